//! The print view of one evaluation (`/evaluaties/{id}?weergave=afdrukken`): every field as
//! text, laid out for paper.

use leptos::prelude::*;

use crate::components::actions::PrintButton;
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::content;
use crate::model::evaluation::{matter_label, Evaluation, Rating, Score, CONDITIONS, MATTERS};
use crate::routes;

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text.to_string()
    }
}

fn item_text(id: &str) -> String {
    content::item(id)
        .map(|i| i.text.to_string())
        .unwrap_or_else(|| id.to_string())
}

#[component]
pub(super) fn PrintView(evaluation: Evaluation) -> impl IntoView {
    let e = evaluation;
    let back = href(&routes::evaluation(&e.id));
    let period = e.period_text();
    let parties = e.parties_text();
    let case_rows: Vec<(&str, String)> = vec![
        ("Status", e.status.label().to_string()),
        (
            "Voorbeeld",
            e.example
                .as_deref()
                .map(item_text)
                .unwrap_or_else(|| "Eigen casus".to_string()),
        ),
        (
            "Soort",
            e.complexity
                .map(|c| c.label().to_string())
                .unwrap_or_else(|| "—".into()),
        ),
        ("Plaats", or_dash(&e.place)),
        ("Periode", period),
        (
            "Fase",
            e.phase
                .map(|c| c.label().to_string())
                .unwrap_or_else(|| "—".into()),
        ),
        ("Partijen", parties),
        (
            "Rol van de gemeente",
            e.municipality_role
                .map(|c| c.label().to_string())
                .unwrap_or_else(|| "—".into()),
        ),
        (
            "Participatie",
            e.participation_level
                .map(|c| c.label().to_string())
                .unwrap_or_else(|| "—".into()),
        ),
        ("Werkvormen", or_dash(&e.werkvormen.join(", "))),
        ("Waarom samen", or_dash(&e.motives)),
        ("Bijgewerkt", crate::browser::local_date(&e.updated_at)),
    ];
    let rating_rows = |keys: Vec<(String, String)>,
                       map: &std::collections::BTreeMap<String, Rating>| {
        keys.into_iter()
            .map(|(key, label)| {
                let r = map.get(&key).cloned().unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{r.score.map(Score::label).unwrap_or_else(|| "—".into())}</td>
                        <td>{or_dash(&r.went_well)}</td>
                        <td>{or_dash(&r.could_be_better)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let mut matter_keys: Vec<(String, String)> = MATTERS
        .iter()
        .map(|m| (m.to_string(), matter_label(m)))
        .collect();
    matter_keys.extend(
        e.matters
            .keys()
            .filter(|k| !MATTERS.contains(&k.as_str()))
            .map(|k| (k.clone(), k.clone())),
    );
    let condition_keys: Vec<(String, String)> = CONDITIONS
        .iter()
        .map(|(k, l, _)| (k.to_string(), l.to_string()))
        .collect();
    let id_list = |ids: &[String]| {
        if ids.is_empty() {
            view! { <p>"Niets aangevinkt."</p> }.into_any()
        } else {
            view! { <ul>{ids.iter().map(|id| view! { <li>{item_text(id)}</li> }).collect_view()}</ul> }.into_any()
        }
    };
    view! {
        <article class="page evaluation-print">
            <Breadcrumb trail=vec![("Evaluaties", Some(routes::Page::Evaluations.path())), ("Afdrukweergave", None)]/>
            <p class="kicker">"Evaluatie van samenwerking"</p>
            <h1>{e.display_title()}</h1>
            <div class="toolbar no-print">
                <PrintButton class="button"/>
                <a href=back class="button secondary">"Terug naar bewerken"</a>
            </div>
            <h2>"De casus"</h2>
            <dl class="facts">
                {case_rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
            <h2>"De zeven zaken van maatwerk"</h2>
            <table class="rating-table">
                <thead><tr><th scope="col">"Zaak"</th><th scope="col">"Score"</th><th scope="col">"Wat ging goed"</th><th scope="col">"Wat kan beter"</th></tr></thead>
                <tbody>{rating_rows(matter_keys, &e.matters)}</tbody>
            </table>
            <h2>"Openheid en duidelijkheid"</h2>
            <table class="rating-table">
                <thead><tr><th scope="col">"Voorwaarde"</th><th scope="col">"Score"</th><th scope="col">"Wat ging goed"</th><th scope="col">"Wat kan beter"</th></tr></thead>
                <tbody>{rating_rows(condition_keys, &e.conditions)}</tbody>
            </table>
            <h2>"Goede samenwerkingspartner"</h2>
            <h3>"Helpend gedrag dat te zien was"</h3>
            {id_list(&e.helped)}
            <h3>"Gedrag dat je liever niet ziet en dat voorkwam"</h3>
            {id_list(&e.avoided)}
            <h2>"Valkuilen"</h2>
            {if e.pitfalls.is_empty() {
                view! { <p>"Geen valkuilen aangevinkt."</p> }.into_any()
            } else {
                view! { <ul>{e.pitfalls.iter().map(|(id, note)| view! {
                    <li>{item_text(id)}{(!note.is_empty()).then(|| view! { <br/><span class="note">{note.clone()}</span> })}</li>
                }).collect_view()}</ul> }.into_any()
            }}
            <h2>"Regie vanuit de raad"</h2>
            {if e.raad_involved {
                view! { {id_list(&e.regie)} <p>{or_dash(&e.regie_note)}</p> }.into_any()
            } else {
                view! { <p>"De raad was niet betrokken."</p> }.into_any()
            }}
            <h2>"Lessen voor de ontwikkelagenda"</h2>
            {if e.written_lessons().next().is_none() {
                view! { <p>"Nog geen lessen."</p> }.into_any()
            } else {
                view! { <ol class="lessons">{e.written_lessons().map(|l| view! {
                    <li>
                        <p class="lesson-text">{l.text.clone()}</p>
                        <p class="meta">
                            "Zaak: " {l.matter.as_deref().map(matter_label).unwrap_or_else(|| "geen".into())}
                            {(!l.action.is_empty()).then(|| format!(" · Actie: {}", l.action))}
                            {(!l.owner.is_empty()).then(|| format!(" · Eigenaar: {}", l.owner))}
                        </p>
                    </li>
                }).collect_view()}</ol> }.into_any()
            }}
        </article>
    }
}
