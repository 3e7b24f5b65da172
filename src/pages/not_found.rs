//! Any path the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::paths::href;
use crate::components::title::use_title;

#[component]
pub fn NotFound() -> impl IntoView {
    use_title(|| "Pagina niet gevonden".to_string());
    view! {
        <article class="page narrow">
            <h1>"Pagina niet gevonden"</h1>
            <p>"Deze pagina bestaat niet (meer). Misschien is de link verouderd of zit er een tikfout in."</p>
            <p>
                <A href=href("/") attr:class="button">"Naar de startpagina"</A>
                " "
                <A href=href("/zoeken") attr:class="button secondary">"Zoeken in de handreikingen"</A>
            </p>
        </article>
    }
}
