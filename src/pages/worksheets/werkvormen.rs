//! The rows of the Werkvormenregister, with the werkvormen named in evaluations.

use leptos::prelude::*;

use crate::browser::new_id;
use crate::components::form::{focus_later, options, ChoiceGroup, TextField};
use crate::model::evaluation::ParticipationLevel;
use crate::model::worksheet::derived::{usage_of, werkvormen_in};
use crate::model::worksheet::{werkvorm_title, RegisterSheet, Werkvorm};
use crate::pages::worksheets::{row_ids, Part};

#[component]
pub(super) fn WerkvormRows(part: Part<RegisterSheet>) -> impl IntoView {
    let store = part.store();
    // Werkvormen named in evaluations since the register was made are shown after the stored
    // rows; they are stored with the first change to one of them, never just by opening.
    let to_add = Memo::new(move |_| {
        store.data.with(|d| {
            {
                d.worksheet(&part.id())
                    .and_then(|w| w.body::<RegisterSheet>())
                    .map(|r| r.werkvormen_to_add(&d.evaluations))
                    .unwrap_or_default()
            }
        })
    });
    let stored = row_ids(part, |r| {
        r.werkvormen.iter().map(|v| v.id.clone()).collect()
    });
    let ids = Memo::new(move |_| {
        let mut ids = stored.get();
        to_add.with(|rows| ids.extend(rows.iter().map(|r| r.id.clone())));
        ids
    });
    let usages = Memo::new(move |_| store.data.with(|d| werkvormen_in(&d.evaluations)));
    let levels = options(
        ParticipationLevel::ALL,
        ParticipationLevel::key,
        ParticipationLevel::label,
    );
    let ratings: Vec<(String, String)> = (1..=5).map(|n| (n.to_string(), n.to_string())).collect();
    view! {
        <p class="hint">"Werkvormen die in evaluaties worden genoemd, komen er vanzelf bij, met hoe die evaluaties scoorden op de zeven zaken."</p>
        <ol class="sheet-rows">
            <For each=move || ids.get() key=|id| id.clone() children=move |vid| {
                let stored_row = part.with_untracked(|r| r.werkvormen.iter().find(|v| v.id == vid).cloned());
                let v = stored_row
                    .or_else(|| to_add.with_untracked(|rows| rows.iter().find(|r| r.id == vid).cloned()))
                    .unwrap_or_default();
                let key = StoredValue::new(vid.clone());
                // A row not stored yet (from the evaluations) shows what it was shown with.
                let shown = StoredValue::new(v.clone());
                let werkvorm_text = move |read: fn(&Werkvorm) -> String| {
                    move || key.with_value(|id| part.with(|r| r.werkvormen.iter().find(|v| v.id == *id).map(read)))
                        .unwrap_or_else(|| shown.with_value(read))
                };
                // A row from the evaluations is stored (with the others shown, in their
                // order, so no row moves) when it is first changed.
                let set = move |f: Box<dyn FnOnce(&mut Werkvorm)>| {
                    let shown = to_add.get_untracked();
                    key.with_value(|id| part.change(|r| {
                        for row in &shown {
                            r.keep_werkvorm(row);
                        }
                        if let Some(v) = r.werkvorm_mut(id) { f(v) }
                    }))
                };
                let name = RwSignal::new(v.name.clone());
                let usage = move || name.with(|n| usages.with(|u| usage_of(u, n).map(|u| {
                    let score = u.average.map_or("geen scores".to_string(), |a| format!("gemiddelde score {}", crate::model::words::one_decimal(a)));
                    format!("In {} gebruikt · {score}", crate::model::words::counted(u.evaluations.len(), "evaluatie", "evaluaties"))
                })));
                view! {
                    <li class="sheet-row">
                        <h3 class="row-title">{move || name.with(|n| werkvorm_title(n))}</h3>
                        {move || usage().map(|text| view! { <p class="badge">{text}</p> })}
                        <div class="field-row">
                            <TextField id=format!("werkvorm-{vid}") label="Naam" value=werkvorm_text(|v| v.name.clone())
                                on_input=move |x: String| { name.set(x.clone()); set(Box::new(|v| v.name = x)) }/>
                            <TextField id=format!("werkvorm-{vid}-doel") label="Doel" value=werkvorm_text(|v| v.goal.clone())
                                on_input=move |x: String| set(Box::new(|v| v.goal = x))/>
                        </div>
                        <ChoiceGroup legend="Niveau van participatie" name=format!("niveau-{vid}") options=levels.clone()
                            selected=v.level.map(|l| l.key().to_string())
                            on_change=Callback::new(move |k: String| set(Box::new(move |v| v.level = ParticipationLevel::from_key(&k))))/>
                        <TextField id=format!("werkvorm-{vid}-voor-wie") label="Voor wie werkt het?" multiline=true value=werkvorm_text(|v| v.for_whom.clone())
                            hint="Denk ook aan deelnemers die minder sterk zijn in praten of schrijven."
                            on_input=move |x: String| set(Box::new(|v| v.for_whom = x))/>
                        <div class="field-row">
                            <TextField id=format!("werkvorm-{vid}-werkte") label="Wanneer werkte het?" multiline=true value=werkvorm_text(|v| v.worked.clone())
                                on_input=move |x: String| set(Box::new(|v| v.worked = x))/>
                            <TextField id=format!("werkvorm-{vid}-niet") label="Wanneer werkte het niet?" multiline=true value=werkvorm_text(|v| v.did_not_work.clone())
                                on_input=move |x: String| set(Box::new(|v| v.did_not_work = x))/>
                        </div>
                        <ChoiceGroup legend="Oordeel (1 = werkt slecht, 5 = werkt goed)" name=format!("oordeel-{vid}") options=ratings.clone()
                            selected=v.rating.map(|r| r.to_string())
                            on_change=Callback::new(move |k: String| set(Box::new(move |v| v.rating = k.parse().ok())))/>
                        {move || key.with_value(|id| stored.with(|s| s.contains(id))).then(|| view! {
                            <button type="button" class="secondary no-print" on:click=move |_| key.with_value(|id| part.change(|r| r.werkvormen.retain(|v| &v.id != id)))>
                                "Werkvorm verwijderen"<span class="visually-hidden">{move || format!(" ({})", name.get())}</span>
                            </button>
                        })}
                    </li>
                }
            }/>
        </ol>
        <button type="button" class="no-print" on:click=move |_| {
            let vid = new_id();
            part.change(|r| r.werkvormen.push(Werkvorm { id: vid.clone(), ..Werkvorm::default() }));
            focus_later(format!("werkvorm-{vid}"));
        }>"Werkvorm toevoegen"</button>
    }
}
