//! Renders a content page's body: its pre-rendered HTML, the checklist action after each
//! list that can be used as a checklist, and the tool that replaces each lost image.

use leptos::prelude::*;

use crate::components::paths::href;
use crate::content::{self, Page, Segment, ToolCard};
use crate::routes;

#[component]
pub fn ContentBody(page: &'static Page) -> impl IntoView {
    page.segments()
        .iter()
        .map(|segment| match *segment {
            Segment::Html(html) => view! { <div class="prose" inner_html=html></div> }.into_any(),
            Segment::ListEnd(list_id) => match content::list(list_id).filter(|list| list.checklist) {
                Some(list) => view! {
                    <p class="list-action">
                        <a href=href(&format!("{}?nieuw={}", routes::Page::Checklists.path(), list.id)) class="button secondary" aria-label=format!("Gebruik als checklist: {}", list.title)>
                            "Gebruik als checklist"
                        </a>
                    </p>
                }
                .into_any(),
                None => ().into_any(),
            },
            Segment::Tool(tool) => match content::tool_card(tool) {
                Some(card @ ToolCard { title, text, .. }) if tool == "werkvormen-overzicht" => view! {
                    <aside class="tool-card" aria-label=title>
                        <p class="tool-title">{title}</p>
                        <p>{text}</p>
                        <ul class="werkvormen-list">
                            {crate::model::evaluation::WERKVORMEN.iter().map(|name| view! { <li>{*name}</li> }).collect_view()}
                        </ul>
                        <a href=href(&card.path()) class="button">"Open het werkvormenregister"</a>
                    </aside>
                }
                .into_any(),
                Some(card @ ToolCard { title, text, .. }) => view! {
                    <aside class="tool-card" aria-label=title>
                        <p class="tool-title">{title}</p>
                        <p>{text}</p>
                        <a href=href(&card.path()) class="button">"Open het hulpmiddel"</a>
                    </aside>
                }
                .into_any(),
                None => ().into_any(),
            },
        })
        .collect_view()
}
