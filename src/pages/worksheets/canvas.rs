//! The rows of the Maatwerkcanvas: the seven matters, with the linked evaluation's ratings.

use leptos::prelude::*;

use crate::components::form::{SelectField, TextField};
use crate::model::evaluation::{matter_label, MATTERS};
use crate::model::worksheet::{CanvasEntry, CanvasSheet};
use crate::pages::worksheets::Part;

#[component]
pub(super) fn CanvasRows(part: Part<CanvasSheet>) -> impl IntoView {
    let store = part.store();
    let linked = part.with_untracked(|c| c.evaluation.clone());
    let evaluations: Vec<(String, String)> = store.data.with_untracked(|d| {
        d.evaluations
            .iter()
            .map(|e| (e.id.clone(), e.title.clone()))
            .collect()
    });
    let linked_id = RwSignal::new(linked.clone());
    let has_evaluations = !evaluations.is_empty();
    view! {
        {has_evaluations.then(|| view! {
            <SelectField id="canvas-evaluatie".into() label="Gekoppelde evaluatie (optioneel)" empty="Geen evaluatie"
                options={evaluations.into_iter().map(|(id, title)| (id, if title.trim().is_empty() { "Zonder titel".to_string() } else { title })).collect()}
                selected=linked.clone()
                kept=None
                on_change=Callback::new(move |v: Option<String>| {
                    linked_id.set(v.clone());
                    part.change(|c| c.evaluation = v);
                })/>
        })}
        <h2>"De zeven zaken"</h2>
        <ol class="sheet-rows">
            {MATTERS.iter().map(|&matter| {
                let entry_text = move |read: fn(&CanvasEntry) -> String| {
                    move || part.with(|c| c.matters.get(matter).map(read).unwrap_or_default())
                };
                let from_evaluation = move || {
                    let id = linked_id.get()?;
                    store.data.with(|d| d.evaluation(&id).map(|e| e.matter(matter))).filter(|r| !r.is_empty()).map(|r| {
                        view! { <p class="hint">"Uit de evaluatie — "{r.summary()}</p> }
                    })
                };
                view! {
                    <li class="sheet-row">
                        <h3 class="row-title">{matter_label(matter)}</h3>
                        {from_evaluation}
                        <div class="field-row">
                            <TextField id=format!("{matter}-hier") label="Wat speelt hier?" multiline=true value=entry_text(|e| e.here.clone())
                                on_input=move |v: String| part.change(|c| { c.matters.entry(matter.to_string()).or_default().here = v; })/>
                            <TextField id=format!("{matter}-vraagt") label="Wat vraagt dat van ons?" multiline=true value=entry_text(|e| e.asks.clone())
                                on_input=move |v: String| part.change(|c| { c.matters.entry(matter.to_string()).or_default().asks = v; })/>
                        </div>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
