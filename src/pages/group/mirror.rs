//! The mirror on `/groep` and its slide (issue 24): per statement the gemeente's own picture
//! beside the partners' picture of the gemeente, and the statements where the two differ most.
//! The figures come from `model::mirror`; averages only from `MIN_ANSWERS` answers on.

use leptos::prelude::*;

use crate::model::group::{describe::mirror_statement, Page};
use crate::model::mirror::{Mirror, MirrorRow, Picture, Sides, MIN_ANSWERS, MIN_GAP};
use crate::model::words::counted;

/// How many differences the page and the slides name.
pub const DIFFERENCES: usize = 5;

/// The statements the mirror names as its largest differences, for the slides' split.
pub fn difference_ids(mirror: &Mirror) -> Vec<String> {
    if mirror.sides() == Sides::Both {
        mirror
            .differences(DIFFERENCES)
            .into_iter()
            .map(|r| r.id.clone())
            .collect()
    } else {
        Vec::new()
    }
}

/// "75 (4 antwoorden)" or "– (2 antwoorden, te weinig)".
fn picture_words(p: &Picture) -> String {
    let answers = counted(p.answered, "antwoord", "antwoorden");
    let dont_know = if p.dont_know > 0 {
        format!(", weet ik niet: {}", p.dont_know)
    } else {
        String::new()
    };
    match p.average {
        Some(average) => format!("{average} ({answers}{dont_know})"),
        None if p.answered == 0 => format!("– (geen antwoorden{dont_know})"),
        None => format!("– ({answers}, te weinig{dont_know})"),
    }
}

fn gap_words(row: &MirrorRow) -> String {
    match row.gap() {
        Some(gap) if gap < 0 => format!("partners {} punten lager", -gap),
        Some(gap) if gap > 0 => format!("partners {gap} punten hoger"),
        Some(_) => "even hoog".to_string(),
        None => "–".to_string(),
    }
}

/// What the group has, in one line, for the mirror's head.
fn sides_words(mirror: &Mirror) -> Option<&'static str> {
    match mirror.sides() {
        Sides::None => Some("Nog geen zelftests van de gemeente of van partners."),
        Sides::GemeenteOnly => Some("Alleen de gemeente heeft de zelftest gedaan: er is nog geen beeld van partners. Vraag partners de zelftest als partner te doen."),
        Sides::PartnersOnly => Some("Alleen partners hebben de zelftest gedaan: er is nog geen beeld van de gemeente zelf. Vraag de raad, het college en de ambtelijke organisatie de zelftest te doen."),
        Sides::Both => None,
    }
}

/// The mirror: on the page every statement; on a slide (`page`: which of the largest
/// differences, `model::group::slides`) only the counts and those differences.
#[component]
pub fn MirrorSection(mirror: Mirror, #[prop(optional)] page: Option<Page>) -> impl IntoView {
    let slide = page.is_some();
    let mut differences: Vec<MirrorRow> = mirror
        .differences(DIFFERENCES)
        .into_iter()
        .cloned()
        .collect();
    let mut heading = "Spiegel: de gemeente en haar partners".to_string();
    if let Some(page) = page {
        differences = page.rows(differences);
        heading = crate::model::group::describe::paged_heading(&heading, page.index, page.pages);
    }
    let first = page.is_none_or(|p| p.is_first());
    let comparable = mirror
        .rows
        .iter()
        .any(|r| r.gemeente.average.is_some() && r.partners.average.is_some());
    view! {
        <section class="group-section mirror" aria-labelledby="spiegel-kop">
            <h2 id="spiegel-kop">{heading}</h2>
            <p class="mirror-counts">
                "De gemeente over zichzelf: "<strong data-testid="spiegel-gemeente">{mirror.gemeente}</strong>
                " · partners over de gemeente: "<strong data-testid="spiegel-partners">{mirror.partners}</strong>
            </p>
            {(!slide).then(|| view! {
                <p class="hint">{format!("Een gemiddelde staat er pas bij {MIN_ANSWERS} of meer antwoorden op een stelling: bij één of twee antwoorden zou het het antwoord van één persoon zijn, of kan iemand dat van de ander afleiden. Score van 0 tot 100, hoger is beter.")}</p>
            })}
            {(first && mirror.left_out_old > 0).then(|| view! {
                <p class="hint">{format!("{} van partners over hun eigen organisatie (gemaakt voor de zelftest partners naar de gemeente liet kijken) {} niet mee in de spiegel.",
                    counted(mirror.left_out_old, "oude zelftest", "oude zelftests"),
                    if mirror.left_out_old == 1 { "telt" } else { "tellen" })}</p>
            })}
            {sides_words(&mirror).map(|text| view! { <p class="mirror-sides">{text}</p> })}
            {(mirror.sides() == Sides::Both).then(|| view! {
                <h3>"Hier zien partners de gemeente anders dan de gemeente zichzelf"</h3>
                {if differences.is_empty() {
                    let why = if comparable {
                        format!("Nergens liggen de gemiddelden {MIN_GAP} punten of meer uit elkaar.")
                    } else {
                        format!("Nog te weinig antwoorden om te vergelijken: minimaal {MIN_ANSWERS} per kant op dezelfde stelling.")
                    };
                    view! { <p class="mirror-none">{why}</p> }.into_any()
                } else {
                    view! {
                        <ol class="mirror-differences">
                            {differences.into_iter().map(|row| view! {
                                <li data-item=row.id.clone()>
                                    <p class="statement-text">{mirror_statement(&row.id)}</p>
                                    <p class="statement-figures">
                                        "De gemeente: "<strong class="avg-gemeente">{row.gemeente.average.map_or("–".to_string(), |a| a.to_string())}</strong>
                                        " · partners: "<strong class="avg-partners">{row.partners.average.map_or("–".to_string(), |a| a.to_string())}</strong>
                                        {format!(" ({})", gap_words(&row))}
                                    </p>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
            })}
            {(!slide && mirror.sides() != Sides::None).then(|| view! {
                <table class="mirror-table">
                    <caption>"Per stelling"</caption>
                    <thead><tr>
                        <th scope="col">"Stelling"</th>
                        <th scope="col">"De gemeente over zichzelf"</th>
                        <th scope="col">"Partners over de gemeente"</th>
                        <th scope="col">"Verschil"</th>
                    </tr></thead>
                    <tbody>
                        {mirror.rows.iter().map(|row| view! {
                            <tr data-item=row.id.clone()>
                                <th scope="row">{mirror_statement(&row.id)}</th>
                                <td class="gemeente">{picture_words(&row.gemeente)}</td>
                                <td class="partners">{picture_words(&row.partners)}</td>
                                <td>{gap_words(row)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
        </section>
    }
}
