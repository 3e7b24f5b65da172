//! The seed's housing example of the keuzevragen worksheet, read-only, to copy.

use leptos::prelude::*;

use crate::browser::{new_id, now};
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::content;
use crate::model::worksheet::example::{housing_example, HOUSING_EXAMPLE};
use crate::model::worksheet::{ChoiceSheet, Kind};
use crate::pages::worksheets::open_new;
use crate::routes;
use crate::store::Store;

/// The seed's housing example, read-only, with a button to copy it into your own sheets.
#[component]
pub(super) fn HousingExample() -> impl IntoView {
    let store = expect_context::<Store>();
    let go = use_go();
    let example = housing_example(HOUSING_EXAMPLE.into(), &now(), new_id);
    let copy = {
        let example = example.clone();
        move |_| open_new(store, &go, example.duplicate(new_id(), &now()))
    };
    let page = content::page_by_slug(Kind::ChoiceQuestions.page());
    let questions = example
        .body::<ChoiceSheet>()
        .map(|c| c.questions.clone())
        .unwrap_or_default();
    view! {
        <article class="page worksheet-page">
            <Breadcrumb trail=vec![("Werkbladen", Some(routes::Page::Worksheets.path())), ("Voorbeeld woningbouwproject", None)]/>
            <h1><span class="h1-kicker">"Werkblad"</span>"Voorbeeld: keuzevragen bij een woningbouwproject"</h1>
            <p class="lead">
                "De drie keuzevragen komen letterlijk uit de handreiking "
                {page.map(|p| view! { <a href=href(p.path) class="inline-link">{p.short}</a> })}
                ". De opties, hun voordelen en wie besluit zijn niet uit de handreiking: die heeft deze app als voorbeeld bedacht. Kopieer het werkblad om het voor jullie eigen project aan te passen."
            </p>
            <p class="no-print"><button type="button" on:click=copy>"Kopiëren en bewerken"</button></p>
            <ol class="sheet-rows">
                {questions.into_iter().map(|q| view! {
                    <li class="sheet-row">
                        <h2 class="row-title">{q.question}</h2>
                        <p class="source-label">"Keuzevraag uit de handreiking"</p>
                        <div class="app-text">
                            <p class="app-text-label">"Uitgewerkt door deze app, als voorbeeld:"</p>
                            <ul>
                                {q.options.into_iter().map(|o| view! {
                                    <li><strong>{o.text}</strong>{(!o.pro.is_empty()).then(|| format!(" — voor: {}", o.pro))}</li>
                                }).collect_view()}
                            </ul>
                            <p>{format!(
                                "Politiek relevant: {}. {} Wie besluit: {}.",
                                if q.political == Some(true) { "ja" } else { "nee" },
                                q.why,
                                q.decides.map_or("nog open", |d| d.label()).to_lowercase()
                            )}</p>
                        </div>
                    </li>
                }).collect_view()}
            </ol>
        </article>
    }
}
