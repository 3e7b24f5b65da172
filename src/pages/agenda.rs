//! `/ontwikkelagenda`: every lesson from every evaluation, grouped by the seven matters of
//! maatwerk, with its case; filterable by status and year, printable and exportable.

use leptos::prelude::*;

use crate::components::actions::PrintButton;
use crate::components::filters::{StatusFilter, YearFilter};
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::title::use_title;
use crate::model::evaluation::display_title;
use crate::model::evaluation::{agenda, matter_label, years, AgendaFilter, Status};
use crate::pages::evaluations::export_evaluation_ids;
use crate::routes;
use crate::store::Store;

/// One lesson as shown: owned, so the view does not borrow the store.
#[derive(Clone, PartialEq)]
struct Shown {
    text: String,
    action: String,
    owner: String,
    case_id: String,
    case_title: String,
    status: Status,
    year: Option<i32>,
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    use_title(|| "Ontwikkelagenda".to_string());
    let store = expect_context::<Store>();
    let status = RwSignal::new(None::<Status>);
    let year = RwSignal::new(None::<i32>);
    let all_years = Memo::new(move |_| store.data.with(|d| years(&d.evaluations)));
    let filter = move || AgendaFilter {
        status: status.get(),
        year: year.get(),
    };
    let groups = Memo::new(move |_| {
        let filter = filter();
        store.data.with(|d| {
            agenda(&d.evaluations, filter)
                .into_iter()
                .map(|g| {
                    let lessons: Vec<Shown> = g
                        .lessons
                        .iter()
                        .map(|l| Shown {
                            text: l.lesson.text.clone(),
                            action: l.lesson.action.clone(),
                            owner: l.lesson.owner.clone(),
                            case_id: l.evaluation.id.clone(),
                            case_title: display_title(&l.evaluation.title),
                            status: l.evaluation.status,
                            year: l.evaluation.year(),
                        })
                        .collect();
                    (g.matter, lessons)
                })
                .collect::<Vec<_>>()
        })
    });
    let count = Memo::new(move |_| groups.with(|g| g.iter().map(|(_, l)| l.len()).sum::<usize>()));
    let export_error = RwSignal::new(None::<String>);
    let export = move |_| {
        let ids: Vec<String> = groups.with_untracked(|g| {
            g.iter()
                .flat_map(|(_, l)| l.iter().map(|s| s.case_id.clone()))
                .collect()
        });
        export_error.set(export_evaluation_ids(store, &ids, "ontwikkelagenda").err());
    };

    view! {
        <article class="page wide agenda">
            <Breadcrumb trail=vec![("Evaluaties", Some(routes::Page::Evaluations.path())), ("Ontwikkelagenda", None)]/>
            <h1>"Ontwikkelagenda"</h1>
            <p class="lead">
                "Alle lessen uit de "
                <a href=href(routes::Page::Evaluations.path())>"evaluaties"</a>
                ", geordend naar de zeven zaken van maatwerk. Zo ziet de gemeente waar zij samen aan wil werken."
            </p>
            <form class="filters no-print" aria-label="Lessen filteren" on:submit=|e| e.prevent_default()>
                <StatusFilter id="agenda-status" label="Status van de evaluatie" status=status/>
                <YearFilter id="agenda-jaar" years=all_years year=year/>
            </form>
            <div class="toolbar no-print">
                <PrintButton/>
                <button type="button" class="secondary" on:click=export disabled=move || count.get() == 0>"Exporteren"</button>
            </div>
            {move || export_error.get().map(|e| view! { <p role="alert" class="error">{e}</p> })}
            <p role="status" class="result-count">
                {move || match count.get() {
                    0 => "Nog geen lessen. Voeg lessen toe in een evaluatie.".to_string(),
                    1 => "1 les".to_string(),
                    n => format!("{n} lessen"),
                }}
            </p>
            // The matters with lessons, each in its block; those without in one line below
            // (not a block each saying so).
            {move || groups.get().into_iter().filter(|(_, lessons)| !lessons.is_empty()).map(|(matter, lessons)| {
                let heading = matter.as_deref().map(matter_label).unwrap_or_else(|| "Zonder zaak".to_string());
                view! {
                    <section class="agenda-group">
                        <h2>{heading}</h2>
                        <ul class="agenda-lessons">
                            {lessons.into_iter().map(|l| view! {
                                <li>
                                    <p class="lesson-text">{l.text}</p>
                                    {(!l.action.is_empty() || !l.owner.is_empty()).then(|| view! {
                                        <p class="meta">
                                            {(!l.action.is_empty()).then(|| format!("Actie: {}", l.action))}
                                            {(!l.action.is_empty() && !l.owner.is_empty()).then_some(" · ")}
                                            {(!l.owner.is_empty()).then(|| format!("Eigenaar: {}", l.owner))}
                                        </p>
                                    })}
                                    <p class="meta">
                                        "Uit: "
                                        <a href=href(&routes::evaluation(&l.case_id))>{l.case_title}</a>
                                        {format!(" ({}{})", l.status.label(), l.year.map(|y| format!(", {y}")).unwrap_or_default())}
                                    </p>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
            {move || {
                let empty: Vec<String> = groups.with(|g| {
                    g.iter()
                        .filter(|(matter, lessons)| lessons.is_empty() && matter.is_some())
                        .filter_map(|(matter, _)| matter.as_deref().map(matter_label))
                        .collect()
                });
                // With no lessons at all the count above says so already.
                (count.get() > 0 && !empty.is_empty()).then(|| view! {
                    <p class="agenda-empty">{format!("Nog geen lessen bij: {}.", empty.join(", "))}</p>
                })
            }}
        </article>
    }
}
