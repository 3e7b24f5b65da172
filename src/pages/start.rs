//! `/`: what this is, the sections as cards (each card one link), and "verder waar je was".

use leptos::prelude::*;

use crate::components::content_body::ContentBody;
use crate::components::paths::href;
use crate::components::title::use_title;
use crate::content::{self, PageKind};
use crate::model::recent::recent;
// The tools' cards: routes.json's, by their order.
use crate::routes;
use crate::store::Store;

#[component]
pub fn StartPage() -> impl IntoView {
    use_title(String::new);
    let store = expect_context::<Store>();
    let recent = Memo::new(move |_| store.data.with(|data| recent(data, 3)));
    let start = content::PAGES
        .iter()
        .find(|page| page.kind == PageKind::Start);
    let sections = content::PAGES
        .iter()
        .filter(|page| page.kind == PageKind::Section);
    view! {
        <article class="page start">
            <p class="kicker">"Samenwerkingswijzer Noordoostpolder"</p>
            <h1>{start.map(|p| p.title).unwrap_or("Samenwerkingswijzer")}</h1>
            {start.map(|page| view! { <ContentBody page=page/> })}
            // Filled from this device's data. On the static start page (no wasm) the same
            // markup is filled by public/static-page.js.
            <section id="verder" class="continue" aria-labelledby="verder-titel" hidden=move || recent.with(Vec::is_empty)>
                <h2 id="verder-titel" class="section-heading">"Verder waar je was"</h2>
                <ul class="record-list">
                    {move || recent.get().into_iter().map(|item| view! {
                        <li class="record">
                            <div class="record-main">
                                <a href=href(&item.path) class="record-title">{item.title}</a>
                                <p class="record-meta">{format!("{} · bijgewerkt {}", item.kind, crate::browser::local_date(&item.updated_at))}</p>
                            </div>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <h2 class="section-heading">"Lezen"</h2>
            <ul class="cards">
                {sections
                    .map(|page| view! {
                        <li class="card linked">
                            <a href=href(page.path) class="card-link">
                                <h3>{page.title}</h3>
                                <p>{page.summary()}</p>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
            <h2 class="section-heading">"Aan de slag"</h2>
            <ul class="cards">
                {routes::CARDS
                    .iter()
                    .map(|&(path, title, text)| view! {
                        <li class="card tool linked">
                            <a href=href(path) class="card-link">
                                <h3>{title}</h3>
                                <p>{text}</p>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </article>
    }
}
