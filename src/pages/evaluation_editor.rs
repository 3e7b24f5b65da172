//! `/evaluaties/{id}`: the editor of one evaluation (foldable sections with progress, saved as
//! you type) and its print view (`?weergave=afdrukken`).
//!
//! Every change goes through the store (`Editing<Evaluation>`, i.e. `Store::edit`): it is
//! applied to the evaluation as stored now, so what another tab saved meanwhile is kept.
//! Typing stays cheap with hundreds of stored evaluations: fields are uncontrolled inputs,
//! only small memos (progress, title) follow the record, and the store writes after a pause.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::browser::{new_id, now};
use crate::components::actions::PrintButton;
use crate::components::form::{
    focus_later, options, CheckList, ChoiceGroup, SelectField, TextField,
};
use crate::components::layout::Breadcrumb;
use crate::components::paths::{href, use_go};
use crate::components::title::use_title;
use crate::content;
use crate::model::evaluation::{
    examples, matter_label, Complexity, Evaluation, GovernmentRole, Lesson, ParticipationLevel,
    Party, Phase, Rating, Score, Section, Status, CONDITIONS, MATTERS, WERKVORMEN,
};
use crate::pages::evaluations::{delete_evaluation, duplicate_evaluation, export_evaluations};
use crate::pages::not_found::NotFound;
use crate::store::{Editing, Store};

#[component]
pub fn EvaluationPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let print =
        Memo::new(move |_| query.with(|q| q.get("weergave").as_deref() == Some("afdrukken")));
    // The id while the evaluation exists: the editor is rebuilt only when another one is
    // opened, and gives way to "niet gevonden" when it is deleted (also in another tab).
    let exists = Memo::new(move |_| {
        let id = id.get();
        store
            .data
            .with(|d| d.evaluation(&id).is_some())
            .then_some(id)
    });
    move || match exists.get() {
        Some(id) => view! { <Editor id=id print=print/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// The evaluation being edited: read from the store, changed only through it.
type Edit = Editing<Evaluation>;

#[component]
fn Editor(id: String, print: Memo<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    let edit = store.editing::<Evaluation>(&id);
    let title = Memo::new(move |_| edit.with(Evaluation::display_title));
    use_title(move || title.get());
    move || {
        if print.get() {
            match edit.record.get_untracked() {
                Some(evaluation) => view! { <PrintView evaluation=evaluation/> }.into_any(),
                None => view! { <NotFound/> }.into_any(),
            }
        } else {
            view! { <EditForm edit=edit title=title/> }.into_any()
        }
    }
}

#[component]
fn EditForm(edit: Edit, title: Memo<String>) -> impl IntoView {
    let store = edit.store();
    let go = use_go();
    let go_duplicate = go.clone();
    let id_for_print = edit.id();
    let export_error = RwSignal::new(None::<String>);
    let status = edit.with_untracked(|e| Some(e.status));

    view! {
        <article class="page evaluation-editor">
            <Breadcrumb trail=vec![("Evaluaties", Some("/evaluaties")), ("Evaluatie", None)]/>
            <p class="kicker">"Evaluatie"</p>
            <h1>{move || title.get()}</h1>
            <p class="hint">"Alles wat je invult wordt meteen op dit apparaat bewaard. Open een onderdeel om het in te vullen."</p>
            <div class="toolbar">
                <A href=href(&format!("/evaluaties/{id_for_print}?weergave=afdrukken")) attr:class="button secondary">"Afdrukweergave"</A>
                <button type="button" class="secondary" on:click=move |_| {
                    if let Some(e) = edit.record.get_untracked() {
                        let name = format!("evaluatie {}", e.title);
                        export_error.set(export_evaluations(vec![e], &name).err());
                    }
                }>"Exporteren"</button>
                <button type="button" class="secondary" on:click=move |_| {
                    if let Some(new) = duplicate_evaluation(store, &edit.id()) {
                        go_duplicate(&format!("/evaluaties/{new}"));
                    }
                }>"Dupliceren"</button>
                <button type="button" class="danger" on:click=move |_| {
                    delete_evaluation(store, &edit.id());
                    go("/evaluaties");
                }>"Verwijderen"</button>
            </div>
            {move || export_error.get().map(|e| view! { <p role="alert" class="error">{e}</p> })}

            <ChoiceGroup
                legend="Status"
                name="status"
                class="status-choice"
                options=Status::ALL.iter().map(|s| (s.key().to_string(), s.label().to_string())).collect()
                selected=status.map(|s| s.key().to_string())
                on_change=Callback::new(move |key: String| {
                    if let Some(s) = Status::from_key(&key) {
                        edit.change(|e| e.set_status(s, &now()));
                    }
                })
            />

            <EditorSection edit=edit section=Section::Case open=true>
                <CaseFields edit=edit/>
            </EditorSection>
            <EditorSection edit=edit section=Section::Matters>
                <p class="hint">"Geef per zaak een score van 1 (ging slecht) tot 5 (ging heel goed), of n.v.t."</p>
                {MATTERS.iter().map(|matter| view! {
                    <RatingFields edit=edit key=matter.to_string() label=matter_label(matter) conditions=false/>
                }).collect_view()}
            </EditorSection>
            <EditorSection edit=edit section=Section::Conditions>
                <p class="hint">"Twee voorwaarden voor samenwerking uit de werkwijze van de Samenwerkingswijzer."</p>
                {CONDITIONS.iter().map(|(key, label, text)| view! {
                    <RatingFields edit=edit key=key.to_string() label=format!("{label}: {text}") conditions=true/>
                }).collect_view()}
            </EditorSection>
            <EditorSection edit=edit section=Section::Partner>
                <CheckList prefix="ev"
                    legend="Welk helpend gedrag was er te zien?"
                    list="helpen"
                    checked=edit.with_untracked(|e| e.helped.clone())
                    on_toggle=Callback::new(move |(id, on): (String, bool)| edit.change(|e| Evaluation::toggle(&mut e.helped, &id, on)))
                />
                <CheckList prefix="ev"
                    legend="Welk gedrag dat je liever niet ziet, kwam voor?"
                    list="liever-niet"
                    checked=edit.with_untracked(|e| e.avoided.clone())
                    on_toggle=Callback::new(move |(id, on): (String, bool)| edit.change(|e| Evaluation::toggle(&mut e.avoided, &id, on)))
                />
            </EditorSection>
            <EditorSection edit=edit section=Section::Pitfalls>
                <PitfallFields edit=edit/>
            </EditorSection>
            <EditorSection edit=edit section=Section::Regie>
                <RegieFields edit=edit/>
            </EditorSection>
            <EditorSection edit=edit section=Section::Lessons>
                <LessonFields edit=edit/>
            </EditorSection>
            <p class="editor-end">
                <A href=href("/evaluaties") attr:class="button secondary">"Terug naar de evaluaties"</A>
            </p>
        </article>
    }
}

/// A foldable section with its progress in the summary.
#[component]
fn EditorSection(
    edit: Edit,
    section: Section,
    #[prop(optional)] open: bool,
    children: Children,
) -> impl IntoView {
    let progress = Memo::new(move |_| edit.with(|e| e.progress(section)));
    let complete = move || progress.with(|p| p.total > 0 && p.done >= p.total);
    view! {
        <details class="editor-section" id=format!("onderdeel-{}", section.key()) open=open>
            <summary>
                <span class="section-title">{section.title()}</span>
                <span class="section-progress" class:complete=complete>
                    <span class="visually-hidden">", "</span>
                    {move || progress.get().label()}
                </span>
            </summary>
            <div class="section-body">{children()}</div>
        </details>
    }
}

#[component]
fn CaseFields(edit: Edit) -> impl IntoView {
    let Some(e) = edit.record.get_untracked() else {
        return ().into_any();
    };
    let extra_werkvormen = e.other_werkvormen();
    let werkvormen_checked: Vec<String> = e.werkvormen.clone();
    view! {
        <TextField id="ev-titel".into() label="Titel van de casus" value=e.title.clone()
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
        <TextField id="ev-plaats".into() label="Plaats (kern)" value=e.place.clone()
            on_input=move |v: String| edit.change(|e| e.place = v)/>
        <div class="field-row">
            <TextField id="ev-van".into() label="Periode: van" kind="date" value=e.period_start.clone()
                on_input=move |v: String| edit.change(|e| e.period_start = v)/>
            <TextField id="ev-tot".into() label="Periode: tot" kind="date" value=e.period_end.clone()
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
                value=extra_werkvormen.join(", ")
                on_input=move |v: String| edit.change(|e| e.set_other_werkvormen(&v))/>
        </fieldset>
        <TextField id="ev-motieven".into() label="Waarom werkten de partijen samen, en is dat gelukt?" multiline=true
            value=e.motives.clone()
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
    view! {
        <fieldset class="parties">
            <legend>"Betrokken partijen en hun rol"</legend>
            <ul class="party-list">
                <For each=move || keys.get() key=|k| *k children=move |key| {
                    let party = position(key)
                        .and_then(|i| edit.with_untracked(|e| e.parties.get(i).cloned()))
                        .unwrap_or_default();
                    let n = move || position(key).map(|i| i + 1).unwrap_or(0);
                    view! {
                        <li class="party">
                            <TextField id=format!("ev-partij-{key}-naam") label="Partij" value=party.name
                                on_input=move |v: String| if let Some(i) = position(key) {
                                    edit.change(|e| if let Some(p) = e.party_mut(i) { p.name = v })
                                }/>
                            <TextField id=format!("ev-partij-{key}-rol") label="Rol in de casus" value=party.role
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
fn RatingFields(edit: Edit, key: String, label: String, conditions: bool) -> impl IntoView {
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
                <TextField id=format!("goed-{key}") label="Wat ging goed" multiline=true value=rating.went_well
                    on_input=move |v: String| update(k2.clone(), Box::new(move |r| r.went_well = v))/>
                <TextField id=format!("beter-{key}") label="Wat kan beter" multiline=true value=rating.could_be_better
                    on_input=move |v: String| update(k3.clone(), Box::new(move |r| r.could_be_better = v))/>
            </div>
        </div>
    }
}

#[component]
fn PitfallFields(edit: Edit) -> impl IntoView {
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
                    let note = edit.with_untracked(|e| e.pitfalls.get(item.id).cloned().unwrap_or_default());
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() checked=occurred.get_untracked() on:change=move |e| {
                                let on = event_target_checked(&e);
                                edit.change(|e| e.set_pitfall(item.id, on));
                            }/>
                            <label for=id>{item.text}</label>
                            <Show when=move || occurred.get()>
                                <TextField id=format!("ev-{}-toelichting", item.id) label="Toelichting" multiline=true
                                    value=note.clone()
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
fn RegieFields(edit: Edit) -> impl IntoView {
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
                value=edit.with_untracked(|e| e.regie_note.clone())
                on_input=move |v: String| edit.change(|e| e.regie_note = v)/>
        </Show>
    }
}

#[component]
fn LessonFields(edit: Edit) -> impl IntoView {
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
                view! {
                    <li class="lesson">
                        <TextField id=format!("les-{id}-tekst") label="Les" multiline=true value=lesson.text
                            on_input=move |v: String| change_lesson(i1.clone(), Box::new(move |l| l.text = v))/>
                        <div class="field-row">
                            <SelectField id=format!("les-{id}-zaak") label="Zaak" empty="Geen zaak"
                                options={MATTERS.iter().map(|m| (m.to_string(), matter_label(m))).collect()}
                                selected=lesson.matter.clone()
                                kept={lesson.matter.clone().filter(|m| !MATTERS.contains(&m.as_str()))}
                                on_change=Callback::new(move |v: Option<String>| change_lesson(i2.clone(), Box::new(move |l| l.matter = v)))/>
                            <TextField id=format!("les-{id}-actie") label="Actie (optioneel)" value=lesson.action
                                on_input=move |v: String| change_lesson(i3.clone(), Box::new(move |l| l.action = v))/>
                            <TextField id=format!("les-{id}-eigenaar") label="Eigenaar (optioneel)" value=lesson.owner
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

// ---------------------------------------------------------------------------------------
// Print view
// ---------------------------------------------------------------------------------------

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
fn PrintView(evaluation: Evaluation) -> impl IntoView {
    let e = evaluation;
    let back = href(&format!("/evaluaties/{}", e.id));
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
            <Breadcrumb trail=vec![("Evaluaties", Some("/evaluaties")), ("Afdrukweergave", None)]/>
            <p class="kicker">"Evaluatie van samenwerking"</p>
            <h1>{e.display_title()}</h1>
            <div class="toolbar no-print">
                <PrintButton class="button"/>
                <A href=back attr:class="button secondary">"Terug naar bewerken"</A>
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
