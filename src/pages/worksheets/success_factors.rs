//! The rows of the succesfactoren worksheet, and lessons about initiatives to take over.

use leptos::prelude::*;

use crate::browser::new_id;
use crate::components::form::{focus_later, TextField};
use crate::model::worksheet::derived::factor_from;
use crate::model::worksheet::{Factor, FactorsSheet};
use crate::pages::worksheets::{row_ids, Part};

#[component]
pub(super) fn FactorRows(part: Part<FactorsSheet>) -> impl IntoView {
    let store = part.store();
    let to_take = Memo::new(move |_| {
        store.data.with(|d| {
            {
                d.worksheet(&part.id())
                    .and_then(|w| w.body::<FactorsSheet>())
                    .map(|w| {
                        w.lessons_to_take(&d.evaluations)
                            .iter()
                            .map(|l| (factor_from(l, String::new()), l.evaluation.title.clone()))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            }
        })
    });
    let ids = row_ids(part, |s| s.factors.iter().map(|f| f.id.clone()).collect());
    view! {
        <section class="panel no-print" aria-labelledby="lessen-initiatieven">
            <h2 id="lessen-initiatieven">"Lessen over initiatieven uit jullie evaluaties"</h2>
            <p class="hint">"In een evaluatie kun je bij een les aanvinken dat die over maatschappelijke initiatieven gaat. Die lessen verschijnen hier."</p>
            {move || {
                let lessons = to_take.get();
                if lessons.is_empty() {
                    view! { <p class="empty">"Er zijn geen nieuwe lessen over initiatieven."</p> }.into_any()
                } else {
                    view! {
                        <ul class="record-list">
                            {lessons.into_iter().map(|(factor, case)| {
                                let label = format!("Overnemen: {}", factor.text);
                                let text = factor.text.clone();
                                view! {
                                    <li class="record">
                                        <div class="record-main"><p>{text}</p><p class="record-meta">{format!("Uit: {case}")}</p></div>
                                        <button type="button" class="secondary" aria-label=label on:click=move |_| {
                                            let factor = Factor { id: new_id(), ..factor.clone() };
                                            part.change(|s| s.factors.push(factor));
                                        }>"Overnemen"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
        <h2>"Succesfactoren"</h2>
        <ol class="sheet-rows">
            <For each=move || ids.get() key=|id| id.clone() children=move |fid| {
                let f = part.with_untracked(|s| s.factors.iter().find(|f| f.id == fid).cloned()).unwrap_or_default();
                let key = StoredValue::new(fid.clone());
                let factor_text = move |read: fn(&Factor) -> String| {
                    move || key.with_value(|id| part.with(|s| s.factors.iter().find(|f| f.id == *id).map(read).unwrap_or_default()))
                };
                let set = move |change: Box<dyn FnOnce(&mut Factor)>| key.with_value(|id| part.change(|s| if let Some(f) = s.factor_mut(id) { change(f) }));
                let source = f.source.as_ref().and_then(|s| store.data.with_untracked(|d| d.evaluation(&s.evaluation).map(|e| e.title.clone())));
                view! {
                    <li class="sheet-row">
                        <TextField id=format!("factor-{fid}") label="Succesfactor" multiline=true value=factor_text(|f| f.text.clone())
                            on_input=move |x: String| set(Box::new(|f| f.text = x))/>
                        {source.map(|title| view! { <p class="hint">{format!("Uit de evaluatie: {title}")}</p> })}
                        <TextField id=format!("factor-{fid}-toelichting") label="Toelichting (optioneel)" value=factor_text(|f| f.note.clone())
                            on_input=move |x: String| set(Box::new(|f| f.note = x))/>
                        <button type="button" class="secondary no-print" on:click=move |_| key.with_value(|id| part.change(|s| s.factors.retain(|f| &f.id != id)))>
                            "Succesfactor verwijderen"
                        </button>
                    </li>
                }
            }/>
        </ol>
        <button type="button" class="no-print" on:click=move |_| {
            let fid = new_id();
            part.change(|s| s.factors.push(Factor { id: fid.clone(), ..Factor::default() }));
            focus_later(format!("factor-{fid}"));
        }>"Succesfactor toevoegen"</button>
    }
}
