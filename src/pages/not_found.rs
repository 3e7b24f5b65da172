//! Any path the app does not know.

use leptos::prelude::*;

use crate::components::paths::href;
use crate::components::title::use_title;
use crate::routes;

#[component]
pub fn NotFound() -> impl IntoView {
    use_title(|| "Pagina niet gevonden".to_string());
    view! {
        <article class="page narrow">
            <h1>"Pagina niet gevonden"</h1>
            <p>"Deze pagina bestaat niet (meer). Misschien is de link verouderd of zit er een tikfout in."</p>
            <p>
                <a href=href(routes::Page::Start.path()) class="button">"Naar de startpagina"</a>
                " "
                <a href=href(routes::Page::Search.path()) class="button secondary">"Zoeken in de handreikingen"</a>
            </p>
        </article>
    }
}
