//! `/`: what this is, the sections as cards, and "verder waar je was".

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::content_body::ContentBody;
use crate::components::paths::href;
use crate::components::title::use_title;
use crate::content::{self, PageKind};

/// The cards on the start page: (path, title, text).
const TOOL_CARDS: &[(&str, &str, &str)] = &[
    (
        "/zelftest",
        "Zelftest",
        "Hoe goed zijn wij als samenwerkingspartner? Negentien stellingen, een score en waar het meest te winnen valt.",
    ),
    (
        "/checklists",
        "Checklists",
        "Gebruik de lijsten uit de handreikingen als checklist voor een casus of overleg.",
    ),
    (
        "/evaluaties",
        "Evaluaties",
        "Evalueer een samenwerking: de zeven zaken, valkuilen en lessen.",
    ),
    (
        "/ontwikkelagenda",
        "Ontwikkelagenda",
        "Alle lessen uit de evaluaties, geordend naar de zeven zaken van maatwerk.",
    ),
    (
        "/groep",
        "Groepsoverzicht",
        "Voor begeleiders van een werkatelier: bundel de uitkomsten van alle deelnemers, zonder server.",
    ),
    (
        "/zoeken",
        "Zoeken",
        "Zoek direct in alle tekst van de handreikingen en voorbeelden.",
    ),
    (
        "/gegevens",
        "Gegevens",
        "Exporteer, importeer en bewaar alles wat je invult. Het blijft op dit apparaat.",
    ),
];

#[component]
pub fn StartPage() -> impl IntoView {
    use_title(String::new);
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
            <h2 class="section-heading">"Lezen"</h2>
            <ul class="cards">
                {sections
                    .map(|page| view! {
                        <li class="card">
                            <h3><A href=href(page.path)>{page.title}</A></h3>
                            <p>{page.summary}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
            <h2 class="section-heading">"Aan de slag"</h2>
            <ul class="cards">
                {TOOL_CARDS
                    .iter()
                    .map(|&(path, title, text)| view! {
                        <li class="card tool">
                            <h3><A href=href(path)>{title}</A></h3>
                            <p>{text}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </article>
    }
}
