//! The form sections of the evaluation editor: the case, the parties, ratings, pitfalls,
//! regie and lessons. Each field changes the record only through `Edit` (the store).

use leptos::prelude::*;

use super::Edit;
use crate::browser::new_id;
use crate::components::form::{
    focus_later, options, CheckList, ChoiceGroup, SelectField, TextField,
};
use crate::content;
use crate::model::evaluation::{
    examples, matter_label, Complexity, Evaluation, GovernmentRole, Lesson, ParticipationLevel,
    Party, Phase, Rating, Score, MATTERS, WERKVORMEN,
};

#[component]
pub(super) fn CaseFields(edit: Edit) -> impl IntoView {
    let Some(e) = edit.record.get_untracked() else {
        return ().into_any();
    };
    let werkvormen_checked: Vec<String> = e.werkvormen.clone();
    view! {
        <TextField id="ev-titel".into() label="Titel van de casus" value=move || edit.with(|e| e.title.clone())
            on_input=move |v: String| edit.change(|e| e.title = v)/>
        <SelectField id="ev-voorbeeld".into() label="Voorbeeld uit de Samenwerkingswijzer" empty="Geen (eigen casus)"
            options={examples().into_iter().map(|(id, text, _)| (id.to_string(), text.to_string())).collect()}
            selected=e.example.clone()
            kept={e.example.clone().filter(|x| content::item(x).is_none())}
            on_change=Callback::new(move |v: Option<String>| edit.change(|e| e.example = v))/>
        <ChoiceGroup legend="Soort casus" name="ev-soort"
            options=options(Complexity::ALL, Complexity::key, Complexity::label)
            selected=e.complexity.map(|c| c.key().to_string())
            on_change=Callback::new(move |k: String| edit.change(|e| e.complexity = Complexity::from_key(&k)))/>
        <TextField id="ev-plaats".into() label="Plaats (kern)" value=move || edit.with(|e| e.place.clone())
            on_input=move |v: String| edit.change(|e| e.place = v)/>
        <div class="field-row">
            <TextField id="ev-van".into() label="Periode: van" kind="date" value=move || edit.with(|e| e.period_start.clone())
                on_input=move |v: String| edit.change(|e| e.period_start = v)/>
            <TextField id="ev-tot".into() label="Periode: tot" kind="date" value=move || edit.with(|e| e.period_end.clone())
                on_input=move |v: String| edit.change(|e| e.period_end = v)/>
        </div>
        <ChoiceGroup legend="In welke fase is de casus nu?" name="ev-fase"
            hint="De vier deelprocessen van de werkwijze."
            options=options(Phase::ALL, Phase::key, Phase::label)
            selected=e.phase.map(|c| c.key().to_string())
            on_change=Callback::new(move |k: String| edit.change(|e| e.phase = Phase::from_key(&k)))/>
        <PartyFields edit=edit/>
        <ChoiceGroup legend="Rol van de gemeente" name="ev-rol"
            hint="Van meest naar minst sturend (overheidsparticipatietrap)."
            options=options(GovernmentRole::ALL, GovernmentRole::key, GovernmentRole::label)
            selected=e.municipality_role.map(|c| c.key().to_string())
            on_change=Callback::new(move |k: String| edit.change(|e| e.municipality_role = GovernmentRole::from_key(&k)))/>
        <ChoiceGroup legend="Niveau van participatie" name="ev-niveau"
            hint="De participatieladder, van informeren tot meebeslissen."
            options=options(ParticipationLevel::ALL, ParticipationLevel::key, ParticipationLevel::label)
            selected=e.participation_level.map(|c| c.key().to_string())
            on_change=Callback::new(move |k: String| edit.change(|e| e.participation_level = ParticipationLevel::from_key(&k)))/>
        <fieldset class="checks">
            <legend>"Gebruikte werkvormen"</legend>
            <ul class="check-list columns">
                {WERKVORMEN.iter().map(|name| {
                    let id = format!("ev-werkvorm-{}", crate::model::fold::fold(name));
                    let on = werkvormen_checked.iter().any(|w| w == name);
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() checked=on on:change=move |e| {
                                let on = event_target_checked(&e);
                                edit.change(|e| Evaluation::toggle(&mut e.werkvormen, name, on));
                            }/>
                            <label for=id>{*name}</label>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <TextField id="ev-werkvormen-anders".into() label="Andere werkvormen"
                hint="Scheid ze met een komma."
                value=move || edit.with(|e| e.other_werkvormen().join(", "))
                on_input=move |v: String| edit.change(|e| e.set_other_werkvormen(&v))/>
        </fieldset>
        <TextField id="ev-motieven".into() label="Waarom werkten de partijen samen, en is dat gelukt?" multiline=true
            value=move || edit.with(|e| e.motives.clone())
            on_input=move |v: String| edit.change(|e| e.motives = v)/>
    }
    .into_any()
}

#[component]
fn PartyFields(edit: Edit) -> impl IntoView {
    // Parties have no id of their own; these keys keep rows stable while adding and removing.
    let count = edit.with_untracked(|e| e.parties.len());
    let keys = RwSignal::new((0..count).collect::<Vec<usize>>());
    let next = StoredValue::new(count);
    let position = move |key: usize| keys.with_untracked(|k| k.iter().position(|x| *x == key));
    let party_text = move |key: usize, read: fn(&Party) -> String| {
        position(key)
            .and_then(|i| edit.with(|e| e.parties.get(i).map(read)))
            .unwrap_or_default()
    };
    view! {
        <fieldset class="parties">
            <legend>"Betrokken partijen en hun rol"</legend>
            <ul class="party-list">
                <For each=move || keys.get() key=|k| *k children=move |key| {
                    let n = move || position(key).map(|i| i + 1).unwrap_or(0);
                    view! {
                        <li class="party">
                            <TextField id=format!("ev-partij-{key}-naam") label="Partij" value=move || party_text(key, |p| p.name.clone())
                                on_input=move |v: String| if let Some(i) = position(key) {
                                    edit.change(|e| if let Some(p) = e.party_mut(i) { p.name = v })
                                }/>
                            <TextField id=format!("ev-partij-{key}-rol") label="Rol in de casus" value=move || party_text(key, |p| p.role.clone())
                                on_input=move |v: String| if let Some(i) = position(key) {
                                    edit.change(|e| if let Some(p) = e.party_mut(i) { p.role = v })
                                }/>
                            <button type="button" class="secondary" on:click=move |_| {
                                if let Some(i) = position(key) {
                                    edit.change(|e| e.remove_party(i));
                                    keys.update(|k| { k.remove(i); });
                                }
                            }>
                                "Partij verwijderen"
                                <span class="visually-hidden">{move || format!(" (partij {})", n())}</span>
                            </button>
                        </li>
                    }
                }/>
            </ul>
            <button type="button" class="secondary" on:click=move |_| {
                edit.change(|e| e.parties.push(Party::default()));
                let key = next.get_value();
                next.set_value(key + 1);
                keys.update(|k| k.push(key));
                focus_later(format!("ev-partij-{key}-naam"));
            }>"Partij toevoegen"</button>
        </fieldset>
    }
}

/// Score, "wat ging goed" and "wat kan beter" for one matter or condition.
#[component]
pub(super) fn RatingFields(
    edit: Edit,
    key: String,
    label: String,
    conditions: bool,
) -> impl IntoView {
    let rating = edit.with_untracked(|e| {
        if conditions {
            e.condition(&key)
        } else {
            e.matter(&key)
        }
    });
    let update = move |key: String, change: Box<dyn FnOnce(&mut Rating)>| {
        edit.change(|e| {
            if conditions {
                e.change_condition(&key, change)
            } else {
                e.change_matter(&key, change)
            }
        })
    };
    let (k1, k2, k3) = (key.clone(), key.clone(), key.clone());
    let rating_key = key.clone();
    let rating_text = move |read: fn(Rating) -> String| {
        let key = rating_key.clone();
        move || {
            edit.with(|e| {
                read(if conditions {
                    e.condition(&key)
                } else {
                    e.matter(&key)
                })
            })
        }
    };
    view! {
        <div class="rating">
            <ChoiceGroup legend=format!("Score: {label}") name=format!("score-{key}") class="score-choice"
                options=Score::OPTIONS.iter().map(|s| (s.key(), s.label())).collect()
                selected=rating.score.map(Score::key)
                on_change=Callback::new(move |k: String| {
                    let score = Score::from_key(&k);
                    update(k1.clone(), Box::new(move |r| r.score = score));
                })/>
            <div class="field-row">
                <TextField id=format!("goed-{key}") label="Wat ging goed" multiline=true value=rating_text(|r| r.went_well)
                    on_input=move |v: String| update(k2.clone(), Box::new(move |r| r.went_well = v))/>
                <TextField id=format!("beter-{key}") label="Wat kan beter" multiline=true value=rating_text(|r| r.could_be_better)
                    on_input=move |v: String| update(k3.clone(), Box::new(move |r| r.could_be_better = v))/>
            </div>
        </div>
    }
}

#[component]
pub(super) fn PitfallFields(edit: Edit) -> impl IntoView {
    let items = content::list("valkuilen")
        .map(|l| l.items)
        .unwrap_or_default();
    view! {
        <fieldset class="checks">
            <legend>"Welke valkuilen deden zich voor?"</legend>
            <ul class="check-list">
                {items.iter().map(|item| {
                    let id = format!("ev-{}", item.id);
                    let occurred = Memo::new(move |_| edit.with(|e| e.pitfalls.contains_key(item.id)));
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() checked=occurred.get_untracked() on:change=move |e| {
                                let on = event_target_checked(&e);
                                edit.change(|e| e.set_pitfall(item.id, on));
                            }/>
                            <label for=id>{item.text}</label>
                            <Show when=move || occurred.get()>
                                <TextField id=format!("ev-{}-toelichting", item.id) label="Toelichting" multiline=true
                                    value=move || edit.with(|e| e.pitfalls.get(item.id).cloned().unwrap_or_default())
                                    on_input=move |v: String| edit.change(|e| { e.pitfalls.insert(item.id.to_string(), v); })/>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </fieldset>
    }
}

#[component]
pub(super) fn RegieFields(edit: Edit) -> impl IntoView {
    let involved = Memo::new(move |_| edit.with(|e| e.raad_involved));
    view! {
        <p class="check-single">
            <input type="checkbox" id="ev-raad" checked=involved.get_untracked()
                on:change=move |e| { let on = event_target_checked(&e); edit.change(|e| e.raad_involved = on); }/>
            <label for="ev-raad">"De raad was bij deze casus betrokken"</label>
        </p>
        <Show when=move || involved.get() fallback=|| view! { <p class="hint">"Vink dit aan als de raad betrokken was; dan kun je de regie vanuit de raad evalueren."</p> }>
            <CheckList prefix="ev"
                legend="Welke punten van regie vanuit de raad kwamen in de praktijk terug?"
                list="regie"
                checked=edit.with_untracked(|e| e.regie.clone())
                on_toggle=Callback::new(move |(id, on): (String, bool)| edit.change(|e| Evaluation::toggle(&mut e.regie, &id, on)))
            />
            <TextField id="ev-regie-toelichting".into() label="Toelichting op de regie van de raad" multiline=true
                value=move || edit.with(|e| e.regie_note.clone())
                on_input=move |v: String| edit.change(|e| e.regie_note = v)/>
        </Show>
    }
}

#[component]
pub(super) fn LessonFields(edit: Edit) -> impl IntoView {
    let ids = Memo::new(move |_| {
        edit.with(|e| e.lessons.iter().map(|l| l.id.clone()).collect::<Vec<_>>())
    });
    let lesson_index =
        move |id: &str| edit.with_untracked(|e| e.lessons.iter().position(|l| l.id == id));
    let change_lesson = move |id: String, f: Box<dyn FnOnce(&mut Lesson)>| {
        edit.change(|e| {
            if let Some(lesson) = e.lesson_mut(&id) {
                f(lesson);
            }
        })
    };
    view! {
        <p class="hint">"Wat neemt de gemeente mee naar de ontwikkelagenda? Koppel elke les aan een van de zeven zaken."</p>
        <ol class="lesson-list">
            <For each=move || ids.get() key=|id| id.clone() children=move |id| {
                let lesson = lesson_index(&id)
                    .and_then(|i| edit.with_untracked(|e| e.lessons.get(i).cloned()))
                    .unwrap_or_default();
                let number = {
                    let id = id.clone();
                    move || ids.with(|all| all.iter().position(|x| *x == id).map(|i| i + 1).unwrap_or(0))
                };
                let (i1, i2, i3, i4, i5, i6) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                let lesson_text = {
                    let id = id.clone();
                    move |read: fn(&Lesson) -> String| {
                        let id = id.clone();
                        move || edit.with(|e| e.lessons.iter().find(|l| l.id == id).map(read).unwrap_or_default())
                    }
                };
                view! {
                    <li class="lesson">
                        <TextField id=format!("les-{id}-tekst") label="Les" multiline=true value=lesson_text(|l| l.text.clone())
                            on_input=move |v: String| change_lesson(i1.clone(), Box::new(move |l| l.text = v))/>
                        <div class="field-row">
                            <SelectField id=format!("les-{id}-zaak") label="Zaak" empty="Geen zaak"
                                options={MATTERS.iter().map(|m| (m.to_string(), matter_label(m))).collect()}
                                selected=lesson.matter.clone()
                                kept={lesson.matter.clone().filter(|m| !MATTERS.contains(&m.as_str()))}
                                on_change=Callback::new(move |v: Option<String>| change_lesson(i2.clone(), Box::new(move |l| l.matter = v)))/>
                            <TextField id=format!("les-{id}-actie") label="Actie (optioneel)" value=lesson_text(|l| l.action.clone())
                                on_input=move |v: String| change_lesson(i3.clone(), Box::new(move |l| l.action = v))/>
                            <TextField id=format!("les-{id}-eigenaar") label="Eigenaar (optioneel)" value=lesson_text(|l| l.owner.clone())
                                on_input=move |v: String| change_lesson(i4.clone(), Box::new(move |l| l.owner = v))/>
                        </div>
                        <p class="check-single">
                            <input type="checkbox" id=format!("les-{id}-initiatief") checked=lesson.initiative
                                on:change=move |e| { let on = event_target_checked(&e); change_lesson(i6.clone(), Box::new(move |l| l.initiative = on)) }/>
                            <label for=format!("les-{id}-initiatief")>"Deze les gaat over maatschappelijke initiatieven (voor de succesfactoren)"</label>
                        </p>
                        <button type="button" class="secondary" on:click=move |_| {
                            let id = i5.clone();
                            edit.change(|e| e.remove_lesson(&id));
                        }>
                            "Les verwijderen"
                            <span class="visually-hidden">{move || format!(" (les {})", number())}</span>
                        </button>
                    </li>
                }
            }/>
        </ol>
        <button type="button" on:click=move |_| {
            let id = new_id();
            edit.change(|e| e.add_lesson(id.clone()));
            focus_later(format!("les-{id}-tekst"));
        }>"Les toevoegen"</button>
    }
}
