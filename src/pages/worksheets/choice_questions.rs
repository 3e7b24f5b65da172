//! The rows of the "Politieke keuzevraagstukken" worksheet: questions with options.

use leptos::prelude::*;

use crate::browser::new_id;
use crate::components::form::{focus_later, options, ChoiceGroup, TextField};
use crate::model::worksheet::{ChoiceOption, ChoiceQuestion, ChoiceSheet, Decider};
use crate::pages::worksheets::{row_ids, Part};

#[component]
pub(super) fn QuestionRows(part: Part<ChoiceSheet>) -> impl IntoView {
    let ids = row_ids(part, |c| c.questions.iter().map(|q| q.id.clone()).collect());
    view! {
        <h2>"Keuzevragen"</h2>
        <ol class="sheet-rows">
            <For each=move || ids.get() key=|id| id.clone() children=move |qid| {
                let q = part.with_untracked(|c| c.questions.iter().find(|q| q.id == qid).cloned()).unwrap_or_default();
                let number = {
                    let qid = qid.clone();
                    Signal::derive(move || ids.with(|all| all.iter().position(|x| *x == qid).map_or(0, |i| i + 1)))
                };
                let (a, b, c, d, e, f, g) = (qid.clone(), qid.clone(), qid.clone(), qid.clone(), qid.clone(), qid.clone(), qid.clone());
                let question_text = {
                    let qid = qid.clone();
                    move |read: fn(&ChoiceQuestion) -> String| {
                        let qid = qid.clone();
                        move || part.with(|c| c.questions.iter().find(|q| q.id == qid).map(read).unwrap_or_default())
                    }
                };
                let option_ids = {
                    let qid = qid.clone();
                    Memo::new(move |_| part.with(|c| {
                        c.questions.iter().find(|q| q.id == qid)
                            .map(|q| q.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>())
                            .unwrap_or_default()
                    }))
                };
                view! {
                    <li class="sheet-row">
                        <TextField id=format!("vraag-{qid}") label="Keuzevraag" multiline=true value=question_text(|q| q.question.clone())
                            on_input=move |v: String| part.change(|c| if let Some(q) = c.question_mut(&a) { q.question = v })/>
                        <ol class="sheet-options">
                            <For each=move || option_ids.get() key=|id| id.clone() children=move |oid| {
                                let option = move |c: &mut ChoiceSheet, qid: &str, oid: &str, f: Box<dyn FnOnce(&mut ChoiceOption)>| {
                                    if let Some(o) = c.option_mut(qid, oid) { f(o) }
                                };
                                let ids = StoredValue::new((g.clone(), oid.clone()));
                                let option_text = move |read: fn(&ChoiceOption) -> String| {
                                    move || ids.with_value(|(q, o)| part.with(|c| {
                                        c.questions.iter().find(|x| x.id == *q)
                                            .and_then(|x| x.options.iter().find(|x| x.id == *o))
                                            .map(read)
                                            .unwrap_or_default()
                                    }))
                                };
                                view! {
                                    <li class="sheet-option">
                                        <TextField id=format!("optie-{oid}") label="Optie" value=option_text(|o| o.text.clone())
                                            on_input=move |v: String| ids.with_value(|(q, o)| part.change(|c| option(c, q, o, Box::new(|o| o.text = v))))/>
                                        <div class="field-row">
                                            <TextField id=format!("optie-{oid}-voor") label="Belangen voor" multiline=true value=option_text(|o| o.pro.clone())
                                                on_input=move |v: String| ids.with_value(|(q, o)| part.change(|c| option(c, q, o, Box::new(|o| o.pro = v))))/>
                                            <TextField id=format!("optie-{oid}-tegen") label="Belangen tegen" multiline=true value=option_text(|o| o.con.clone())
                                                on_input=move |v: String| ids.with_value(|(q, o)| part.change(|c| option(c, q, o, Box::new(|o| o.con = v))))/>
                                        </div>
                                        <button type="button" class="secondary" on:click=move |_| ids.with_value(|(q, o)| part.change(|c| if let Some(q) = c.question_mut(q) { q.options.retain(|x| &x.id != o) }))>
                                            "Optie verwijderen"
                                        </button>
                                    </li>
                                }
                            }/>
                        </ol>
                        <button type="button" class="secondary" on:click=move |_| {
                            let oid = new_id();
                            part.change(|c| if let Some(q) = c.question_mut(&b) { q.options.push(ChoiceOption { id: oid.clone(), ..ChoiceOption::default() }) });
                            focus_later(format!("optie-{oid}"));
                        }>"Optie toevoegen"<span class="visually-hidden">{move || format!(" bij vraag {}", number.get())}</span></button>
                        <ChoiceGroup legend="Is dit politiek relevant?" name=format!("politiek-{qid}")
                            options=vec![("ja".into(), "Ja".into()), ("nee".into(), "Nee".into())]
                            selected=q.political.map(|p| if p { "ja".into() } else { "nee".into() })
                            on_change=Callback::new(move |k: String| part.change(|s| if let Some(q) = s.question_mut(&c) { q.political = Some(k == "ja") }))/>
                        <TextField id=format!("waarom-{qid}") label="Waarom (niet)?" multiline=true value=question_text(|q| q.why.clone())
                            on_input=move |v: String| part.change(|c| if let Some(q) = c.question_mut(&d) { q.why = v })/>
                        <ChoiceGroup legend="Wie besluit?" name=format!("besluit-{qid}")
                            options=options(&Decider::ALL, Decider::key, Decider::label)
                            selected=q.decides.map(|d| d.key().to_string())
                            on_change=Callback::new(move |k: String| part.change(|c| if let Some(q) = c.question_mut(&e) { q.decides = Decider::from_key(&k) }))/>
                        <button type="button" class="secondary" on:click=move |_| { let id = f.clone(); part.change(|c| c.questions.retain(|q| q.id != id)) }>
                            "Vraag verwijderen"<span class="visually-hidden">{move || format!(" (vraag {})", number.get())}</span>
                        </button>
                    </li>
                }
            }/>
        </ol>
        <button type="button" class="no-print" on:click=move |_| {
            let qid = new_id();
            let question = ChoiceQuestion::new(qid.clone(), new_id);
            part.change(|c| c.questions.push(question));
            focus_later(format!("vraag-{qid}"));
        }>"Keuzevraag toevoegen"</button>
    }
}
