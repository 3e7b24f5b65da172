//! Filter controls shared by the evaluation list and the ontwikkelagenda: an evaluation's
//! status and the year it is filed under, each "Alle" or one value.

use leptos::prelude::*;

use crate::model::evaluation::Status;

/// A status filter: "Alle", "Concept" or "Afgerond".
#[component]
pub fn StatusFilter(
    id: &'static str,
    label: &'static str,
    status: RwSignal<Option<Status>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |e| status.set(Status::from_key(&event_target_value(&e)))>
                <option value="">"Alle"</option>
                {Status::ALL.iter().map(|s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
            </select>
        </div>
    }
}

/// A year filter: "Alle" or one of `years` (the years evaluations are filed under).
#[component]
pub fn YearFilter(
    id: &'static str,
    years: Memo<Vec<i32>>,
    year: RwSignal<Option<i32>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>"Jaar"</label>
            <select id=id on:change=move |e| year.set(event_target_value(&e).parse().ok())>
                <option value="">"Alle"</option>
                {move || years.get().into_iter().map(|y| view! {
                    <option value=y.to_string() selected=move || year.get() == Some(y)>{y}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
