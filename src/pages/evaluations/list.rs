//! `/evaluaties`: the evaluations of collaboration cases, with search, filters, sorting,
//! "Nieuwe evaluatie", duplicate and delete with undo.

use leptos::prelude::*;

use super::actions::{
    create_evaluation, delete_evaluation, duplicate_evaluation, export_evaluation_ids,
};
use crate::components::filters::{StatusFilter, YearFilter};
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::components::title::use_title;
use crate::model::evaluation::{
    self, display_title, example_by_title, examples, years, Complexity, Evaluation, ListFilter,
    Sort, Status,
};
use crate::model::words::{counted, number};
use crate::routes;
use crate::store::Store;

/// Rows shown at first and added per "Meer evaluaties tonen". With 1,000 evaluations stored,
/// rendering every row took 3.2 s on a slow tablet (issue 11); search, filters, sorting and
/// the export still cover all of them.
const PAGE: usize = 50;

/// What a row of the list needs, so filtering does not clone whole evaluations.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    updated_at: String,
    title: String,
    status: Status,
    complexity: Option<Complexity>,
    place: String,
    year: Option<i32>,
    lessons: usize,
    filled: usize,
    total: usize,
}

impl Row {
    fn of(e: &Evaluation) -> Row {
        let progress = e.total_progress();
        Row {
            id: e.id.clone(),
            updated_at: e.updated_at.clone(),
            title: display_title(&e.title),
            status: e.status,
            complexity: e.complexity,
            place: e.place.clone(),
            year: e.year(),
            lessons: e.written_lessons().count(),
            filled: progress.done,
            total: progress.total,
        }
    }
}

#[component]
pub fn EvaluationsPage() -> impl IntoView {
    use_title(|| "Evaluaties".to_string());
    let store = expect_context::<Store>();
    let text = RwSignal::new(String::new());
    let status = RwSignal::new(None::<Status>);
    let complexity = RwSignal::new(None::<Complexity>);
    let year = RwSignal::new(None::<i32>);
    let sort = RwSignal::new(Sort::Updated);
    let total = Memo::new(move |_| store.data.with(|d| d.evaluations.len()));
    let all_years = Memo::new(move |_| store.data.with(|d| years(&d.evaluations)));
    let rows = Memo::new(move |_| {
        let filter = ListFilter {
            text: text.get(),
            status: status.get(),
            complexity: complexity.get(),
            year: year.get(),
        };
        store.data.with(|d| {
            evaluation::list(&d.evaluations, &filter, sort.get())
                .into_iter()
                .map(Row::of)
                .collect::<Vec<_>>()
        })
    });
    let limit = RwSignal::new(PAGE);
    // Another search, filter or order starts at the top again.
    Effect::watch(
        move || {
            (
                text.get(),
                status.get(),
                complexity.get(),
                year.get(),
                sort.get(),
            )
        },
        move |_, _, _| limit.set(PAGE),
        false,
    );
    let visible = Memo::new(move |_| {
        let limit = limit.get();
        rows.with(|r| r.iter().take(limit).cloned().collect::<Vec<_>>())
    });
    let creating = RwSignal::new(false);
    let export_error = RwSignal::new(None::<String>);

    let export = move |_| {
        let ids: Vec<String> = rows.with_untracked(|r| r.iter().map(|r| r.id.clone()).collect());
        export_error.set(export_evaluation_ids(store, &ids, "evaluaties").err());
    };

    view! {
        <article class="page wide evaluations">
            <Breadcrumb trail=vec![("Evaluaties", None)]/>
            <h1>"Evaluaties"</h1>
            <p class="lead">
                "Evalueer samen hoe een samenwerking ging: de zeven zaken van maatwerk, het gedrag van een goede samenwerkingspartner, de valkuilen en de lessen. "
                "De lessen komen samen in de "
                <a href=href(routes::Page::Agenda.path())>"ontwikkelagenda"</a>
                " en bij de "
                <a href=href(routes::Page::Examples.path())>"leerzame voorbeelden"</a>
                "."
            </p>
            <div class="toolbar">
                <button
                    type="button"
                    aria-expanded=move || creating.get().to_string()
                    aria-controls="nieuwe-evaluatie"
                    on:click=move |_| creating.update(|c| *c = !*c)
                >
                    "Nieuwe evaluatie"
                </button>
                <button type="button" class="secondary" on:click=export disabled=move || rows.with(Vec::is_empty)>
                    "Exporteren"
                </button>
            </div>
            {move || export_error.get().map(|e| view! { <p role="alert" class="error">{e}</p> })}
            <Show when=move || creating.get()>
                <NewEvaluationForm on_cancel=Callback::new(move |_| creating.set(false))/>
            </Show>

            // No evaluations yet: nothing to search or filter (kept hidden, so a filter chosen
            // before the last one was deleted still shows when the next comes).
            <form class="filters" role="search" aria-label="Evaluaties zoeken en filteren" hidden=move || total.get() == 0 on:submit=|e| e.prevent_default()>
                <div class="field grow">
                    <label for="evaluaties-zoeken">"Zoeken"</label>
                    <input id="evaluaties-zoeken" type="search" autocomplete="off"
                        on:input=move |e| text.set(event_target_value(&e))/>
                </div>
                <StatusFilter id="filter-status" label="Status" status=status/>
                <div class="field">
                    <label for="filter-soort">"Soort"</label>
                    <select id="filter-soort" on:change=move |e| complexity.set(Complexity::from_key(&event_target_value(&e)))>
                        <option value="">"Alle"</option>
                        <option value="eenvoudig">"Eenvoudig"</option>
                        <option value="complex">"Complex"</option>
                    </select>
                </div>
                <YearFilter id="filter-jaar" years=all_years year=year/>
                <div class="field">
                    <label for="sorteren">"Sorteren op"</label>
                    <select id="sorteren" on:change=move |e| sort.set(Sort::from_key(&event_target_value(&e)).unwrap_or_default())>
                        {Sort::ALL.iter().map(|s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
                    </select>
                </div>
            </form>

            <p role="status" class="result-count">
                {move || {
                    let shown = rows.with(Vec::len);
                    match (total.get(), shown) {
                        (0, _) => "Er zijn nog geen evaluaties. Begin met “Nieuwe evaluatie” of kies een van de leerzame voorbeelden.".to_string(),
                        (all, shown) if all == shown => counted(all, "evaluatie", "evaluaties"),
                        (all, shown) => format!("{} van {}", number(shown), counted(all, "evaluatie", "evaluaties")),
                    }
                }}
            </p>
            <ul class="evaluation-list">
                <For
                    each=move || visible.get()
                    key=|row| (row.id.clone(), row.updated_at.clone())
                    children=move |row| view! { <EvaluationRow row=row/> }
                />
            </ul>
            {move || {
                let all = rows.with(Vec::len);
                let shown = all.min(limit.get());
                (shown < all).then(|| view! {
                    <p class="more-rows">
                        <button type="button" class="secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                            {format!("Meer evaluaties tonen ({shown} van {all} getoond)")}
                        </button>
                    </p>
                })
            }}
        </article>
    }
}

#[component]
fn EvaluationRow(row: Row) -> impl IntoView {
    let store = expect_context::<Store>();
    let go = use_go();
    let title_id = format!("titel-{}", row.id);
    let id = row.id.clone();
    let id_for_delete = row.id.clone();
    let duplicate = move |_| {
        if let Some(new) = duplicate_evaluation(store, &id) {
            go(&routes::evaluation(&new));
        }
    };
    let meta = [
        row.complexity.map(|c| c.label().to_string()),
        (!row.place.is_empty()).then(|| row.place.clone()),
        row.year.map(|y| y.to_string()),
        Some(counted(row.lessons, "les", "lessen")),
        Some(format!(
            "{} van {} ingevuld",
            number(row.filled),
            counted(row.total, "onderdeel", "onderdelen")
        )),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <li class="evaluation-item">
            <div class="evaluation-main">
                <h2 id=title_id.clone()>
                    <a href=href(&routes::evaluation(&row.id))>{row.title.clone()}</a>
                </h2>
                <p class="meta">
                    <span class=format!("badge {}", row.status.key())>{row.status.label()}</span>
                    " "
                    {meta}
                </p>
                <p class="meta">"Bijgewerkt op " {crate::browser::local_date(&row.updated_at)}</p>
            </div>
            <div class="row-actions">
                <button type="button" class="secondary" aria-describedby=title_id.clone() on:click=duplicate>"Dupliceren"</button>
                <button type="button" class="danger" aria-describedby=title_id
                    on:click=move |_| delete_evaluation(store, &id_for_delete)>"Verwijderen"</button>
            </div>
        </li>
    }
}

/// "Nieuwe evaluatie": a title with suggestions from the seed's 12 example cases.
#[component]
fn NewEvaluationForm(on_cancel: Callback<()>) -> impl IntoView {
    let store = expect_context::<Store>();
    let go = use_go();
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
        }
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = title.get_untracked();
        if text.trim().is_empty() {
            error.set(Some(
                "Geef de casus een titel, bijvoorbeeld een van de voorbeelden.",
            ));
            return;
        }
        let example = example_by_title(&text);
        let id = create_evaluation(store, &text, example);
        go(&routes::evaluation(&id));
    };
    view! {
        <form id="nieuwe-evaluatie" class="new-evaluation panel" on:submit=submit>
            <h2>"Nieuwe evaluatie"</h2>
            <div class="field">
                <label for="nieuwe-titel">"Titel van de casus"</label>
                <p class="hint" id="nieuwe-titel-hint">"Typ een eigen titel of kies een van de 12 leerzame voorbeelden."</p>
                <input id="nieuwe-titel" node_ref=input list="voorbeeld-titels" autocomplete="off"
                    aria-describedby="nieuwe-titel-hint"
                    on:input=move |e| { title.set(event_target_value(&e)); error.set(None); }/>
                <datalist id="voorbeeld-titels">
                    {examples().into_iter().map(|(_, text, _)| view! { <option value=text></option> }).collect_view()}
                </datalist>
            </div>
            {move || error.get().map(|e| view! { <p role="alert" class="error">{e}</p> })}
            <div class="toolbar">
                <button type="submit">"Evaluatie aanmaken"</button>
                <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>"Annuleren"</button>
            </div>
        </form>
    }
}
