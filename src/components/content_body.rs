//! Renders a content page's body: its pre-rendered HTML, the checklist action after each
//! list that can be used as a checklist, and the tool that replaces each lost image.

use leptos::prelude::*;

use crate::components::paths::href;
use crate::content::{self, Page, Segment};

/// Where the tool that replaces a lost image lives, with a Dutch call to action.
/// Tools not built yet are left out rather than shown as a dead link.
fn tool_link(tool: &str) -> Option<(&'static str, &'static str, &'static str)> {
    match tool {
        "zelftest" => Some((
            "/zelftest",
            "Zelftest: hoe goed zijn wij als samenwerkingspartner?",
            "Beantwoord de stellingen hieronder voor jullie eigen praktijk en zie waar jullie sterk zijn.",
        )),
        "evaluatie" => Some((
            "/evaluaties",
            "Evaluaties: evalueer een samenwerking",
            "Evalueer een samenwerking uit de praktijk en verzamel de lessen voor de ontwikkelagenda.",
        )),
        "keuzevraagstukken" => Some((
            "/werkbladen?soort=keuzevraagstukken",
            "Werkblad: politieke keuzevraagstukken",
            "Ontleed een onderwerp in keuzevragen, met opties, belangen voor en tegen en wie besluit. Met het woningbouwvoorbeeld om te kopiëren.",
        )),
        "maatwerk-canvas" => Some((
            "/werkbladen?soort=maatwerk-canvas",
            "Werkblad: Maatwerkcanvas",
            "Loop de zeven zaken langs voor een nieuwe situatie: wat speelt hier en wat vraagt dat van ons?",
        )),
        "werkvormen" => Some((
            "/werkbladen?soort=werkvormen",
            "Werkblad: Werkvormenregister",
            "Inventariseer en evalueer de werkvormen van de gemeente, aangevuld uit jullie evaluaties.",
        )),
        "succesfactoren" => Some((
            "/werkbladen?soort=succesfactoren",
            "Werkblad: succesfactoren voor initiatieven",
            "Verzamel uit jullie eigen evaluaties wat maakt dat maatschappelijke initiatieven slagen.",
        )),
        _ => None,
    }
}

#[component]
pub fn ContentBody(page: &'static Page) -> impl IntoView {
    page.segments()
        .iter()
        .map(|segment| match *segment {
            Segment::Html(html) => view! { <div class="prose" inner_html=html></div> }.into_any(),
            Segment::ListEnd(list_id) => match content::list(list_id).filter(|list| list.checklist) {
                Some(list) => view! {
                    <p class="list-action">
                        <a href=href(&format!("/checklists?nieuw={}", list.id)) class="button secondary" aria-label=format!("Gebruik als checklist: {}", list.title)>
                            "Gebruik als checklist"
                        </a>
                    </p>
                }
                .into_any(),
                None => ().into_any(),
            },
            Segment::Tool("werkvormen-overzicht") => view! {
                <aside class="tool-card" aria-label="Veelgebruikte werkvormen">
                    <p class="tool-title">"Veelgebruikte werkvormen"</p>
                    <p>"Een eerste overzicht: de werkvormen waarmee het werkvormen register van deze app begint. Vul het register aan met de werkvormen die de gemeente zelf gebruikt, en met hoe ze werkten."</p>
                    <ul class="werkvormen-list">
                        {crate::model::evaluation::WERKVORMEN.iter().map(|name| view! { <li>{*name}</li> }).collect_view()}
                    </ul>
                    <a href=href("/werkbladen?soort=werkvormen") class="button">"Open het werkvormen register"</a>
                </aside>
            }
            .into_any(),
            Segment::Tool(tool) => match tool_link(tool) {
                Some((path, title, text)) => view! {
                    <aside class="tool-card" aria-label=title>
                        <p class="tool-title">{title}</p>
                        <p>{text}</p>
                        <a href=href(path) class="button">"Open het hulpmiddel"</a>
                    </aside>
                }
                .into_any(),
                None => ().into_any(),
            },
        })
        .collect_view()
}
