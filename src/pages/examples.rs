//! `/voorbeelden`: the seed's "Leerzame voorbeelden" with, per example case, whether it has
//! been evaluated and in what state, "Evalueer dit voorbeeld", and the lessons of finished
//! evaluations (the seed asks to put those outcomes back here).

use leptos::prelude::*;

use crate::components::content_body::ContentBody;
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::components::title::use_title;
use crate::content;
use crate::model::evaluation::display_title;
use crate::model::evaluation::{examples, matter_label, of_example, Complexity, Status};
use crate::pages::evaluations::create_evaluation;
use crate::pages::not_found::NotFound;
use crate::routes;
use crate::store::Store;

#[derive(Clone, PartialEq)]
struct CaseState {
    id: String,
    title: String,
    status: Status,
    updated: String,
    /// Written lessons of a finished evaluation: (text, matter label).
    lessons: Vec<(String, String)>,
}

#[component]
pub fn ExamplesPage() -> impl IntoView {
    let Some(page) = content::page_by_path(routes::Page::Examples.path()) else {
        return view! { <NotFound/> }.into_any();
    };
    use_title(move || page.title.to_string());
    view! {
        <article class="page">
            <Breadcrumb trail=vec![(page.short, None)]/>
            <h1>{page.title}</h1>
            <ContentBody page=page/>
            <section class="examples" aria-labelledby="stand-van-de-voorbeelden">
                <h2 id="stand-van-de-voorbeelden">"Evaluaties van de voorbeelden"</h2>
                <p>"Per voorbeeld zie je of het al geëvalueerd is. Van afgeronde evaluaties staan de lessen erbij."</p>
                <h3>"Voorbeelden om te evalueren"</h3>
                <ExampleList complexity=Complexity::Eenvoudig/>
                <h3>"Complexere opgaven met verschillende belangen"</h3>
                <ExampleList complexity=Complexity::Complex/>
            </section>
        </article>
    }
    .into_any()
}

#[component]
fn ExampleList(complexity: Complexity) -> impl IntoView {
    view! {
        <ul class="example-list">
            {examples()
                .into_iter()
                .filter(|(_, _, c)| *c == complexity)
                .map(|(id, text, _)| view! { <ExampleItem id=id text=text/> })
                .collect_view()}
        </ul>
    }
}

#[component]
fn ExampleItem(id: &'static str, text: &'static str) -> impl IntoView {
    let store = expect_context::<Store>();
    let go = use_go();
    let states = Memo::new(move |_| {
        store.data.with(|d| {
            of_example(&d.evaluations, id)
                .into_iter()
                .map(|e| CaseState {
                    id: e.id.clone(),
                    title: display_title(&e.title),
                    status: e.status,
                    updated: e.updated_at.clone(),
                    lessons: e
                        .lessons_to_share()
                        .into_iter()
                        .map(|l| {
                            (
                                l.text.clone(),
                                l.matter.as_deref().map(matter_label).unwrap_or_default(),
                            )
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    let title_id = format!("titel-{id}");
    let evaluate = move |_| {
        let new = create_evaluation(store, text, Some(id));
        go(&routes::evaluation(&new));
    };
    view! {
        <li class="example" data-voorbeeld=id>
            <h4 id=title_id.clone()>{text}</h4>
            {move || {
                let states = states.get();
                if states.is_empty() {
                    view! {
                        <p class="meta">"Nog niet geëvalueerd."</p>
                        <button type="button" class="secondary" aria-describedby=title_id.clone() on:click=evaluate.clone()>"Evalueer dit voorbeeld"</button>
                    }
                    .into_any()
                } else {
                    view! {
                        <ul class="example-evaluations">
                            {states.into_iter().map(|s| view! {
                                <li>
                                    <a href=href(&routes::evaluation(&s.id))>{s.title}</a>
                                    " "
                                    <span class=format!("badge {}", s.status.key())>{s.status.label()}</span>
                                    <span class="meta">{format!(" · bijgewerkt op {}", crate::browser::local_date(&s.updated))}</span>
                                    {(!s.lessons.is_empty()).then(|| view! {
                                        <p class="lessons-heading">"Lessen"</p>
                                        <ul class="example-lessons">
                                            {s.lessons.into_iter().map(|(text, matter)| view! {
                                                <li>
                                                    {text}
                                                    {(!matter.is_empty()).then(|| view! { <span class="meta">{format!(" ({matter})")}</span> })}
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </li>
    }
}
