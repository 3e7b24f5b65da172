//! Answering a zelftest: one statement at a time on a phone (buttons or a swipe), all of
//! them on a larger screen, with the progress that sticks at the top.

use leptos::prelude::*;

use super::result::AssessmentResultView;
use super::{delete_assessment, describe};
use crate::browser::now;
use crate::components::actions::{use_notices, RecordActions};
use crate::components::done_here::leave_device;
use crate::components::kept;
use crate::components::layout::Breadcrumb;
use crate::components::router::use_go;
use crate::components::swipe::{swipe_handlers, Swipe};
use crate::content::{self, Statement};
use crate::model::assessment::{Answer, Assessment, Direction, Perspective, Reader};
use crate::model::words::counted;
use crate::routes;
use crate::store::{Editing, Store};

/// On a phone, after "Vorige", "Volgende" or a swipe: brings the statement now shown to the
/// top of the screen, just below the sticky header and progress line (whatever their height).
fn show_current_statement() {
    show_below_sticky(".statements .statement.current");
}

/// Brings the result's heading to the top of the screen, below what sticks there.
fn show_result() {
    show_below_sticky("#uitkomst");
}

fn show_below_sticky(selector: &'static str) {
    if !crate::browser::media_matches("(max-width: 699px)") {
        return;
    }
    request_animation_frame(|| {
        if let Ok(Some(statement)) = document().query_selector(selector) {
            crate::browser::scroll_below_sticky(
                &statement,
                &[".site-header", ".sticky-progress"],
                false,
            );
        }
    });
}

#[component]
pub(super) fn AssessmentEditor(id: String, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = use_notices();
    let go = use_go();
    // What this participant is asked follows from the role and perspective chosen at the
    // start, which do not change afterwards.
    let (statements, reader, perspective, left_out) = assessment.with_untracked(|a| {
        a.as_ref().map_or(
            (Vec::new(), Reader::Wij, Perspective::Gemeente, Vec::new()),
            |a| {
                (
                    content::statements_of(a),
                    a.reader(),
                    a.perspective(),
                    content::left_out_of(a),
                )
            },
        )
    });
    let scale: Vec<(&'static str, Direction)> =
        statements.iter().map(|s| (s.id, s.direction())).collect();
    let total = scale.len();
    // At the statement a phone showed in the pre-rendered form, after its take-over.
    let step = RwSignal::new(kept::take_step().min(total.saturating_sub(1)));
    let edit = store.editing::<Assessment>(&id);
    let answered = {
        let scale = scale.clone();
        Memo::new(move |_| {
            assessment.with(|a| {
                a.as_ref()
                    .map_or(0, |a| a.answered(scale.iter().map(|s| s.0)))
            })
        })
    };
    let complete = Memo::new(move |_| answered.get() == total);
    // On a phone (one statement per screen) an answer given by a tap moves on after a moment,
    // so the choice is seen: to the next statement (the part break before the "liever niet"
    // statements is the next one's top, so it is shown, not skipped), after the last one to
    // the result, or to the first statement still open. Arrow keys only change the answer.
    let open_ids: Vec<&'static str> = statements.iter().map(|s| s.id).collect();
    let first_open = move || {
        assessment.with_untracked(|a| {
            let a = a.as_ref()?;
            open_ids.iter().position(|id| !a.answers.contains_key(*id))
        })
    };
    let move_on = Callback::new(move |index: usize| {
        if !crate::browser::media_matches("(max-width: 699px)") {
            return;
        }
        let first_open = first_open.clone();
        set_timeout(
            move || {
                if step.get_untracked() != index {
                    return; // the participant moved on already
                }
                if index + 1 < total {
                    step.set(index + 1);
                    show_current_statement();
                } else if complete.get_untracked() {
                    show_result();
                } else if let Some(open) = first_open() {
                    step.set(open);
                    show_current_statement();
                }
            },
            std::time::Duration::from_millis(300),
        );
    });
    // When every statement has an answer, the model's "completed" rule decides.
    let items: Vec<&'static str> = scale.iter().map(|s| s.0).collect();
    Effect::new(move |_| {
        if complete.get() {
            edit.change(|a| {
                a.complete_if_answered(items.iter().copied(), &now());
            });
        }
    });
    let heading = assessment.with_untracked(|a| a.as_ref().map(describe).unwrap_or_default());
    let intro = assessment.with_untracked(|a| {
        a.as_ref()
            .map(|a| crate::model::wording::role_intro(a.role, a.perspective))
    });
    let title = if perspective == Perspective::Partner {
        "Hoe goed is de gemeente als samenwerkingspartner?"
    } else {
        "Hoe goed zijn wij als samenwerkingspartner?"
    };
    let first_avoid = statements
        .iter()
        .position(|s| s.direction() == Direction::Avoid);

    // Swipe left/right on phones to move between statements.
    let (on_touch_start, on_touch_end) = swipe_handlers(move |swipe| {
        match swipe {
            Swipe::Left => step.update(|s| *s = (*s + 1).min(total.saturating_sub(1))),
            Swipe::Right => step.update(|s| *s = s.saturating_sub(1)),
        }
        show_current_statement();
    });

    let share_note = Signal::derive(move || {
        assessment.with(|a| a.as_ref().map(Assessment::share_note).unwrap_or_default())
    });
    let result_id = id.clone();
    // An exported file says what it holds: "samenwerkingswijzer-zelftest-fractie-oost-raad-…".
    let file_words = Signal::stored(assessment.with_untracked(|a| {
        a.as_ref().map_or_else(
            || "zelftest".to_string(),
            |a| format!("zelftest {} {}", a.label.trim(), a.role.label()),
        )
    }));
    // The participant's last step on a shared tablet: their zelftest off the device.
    let leave = {
        let id = id.clone();
        let go = go.clone();
        move |_| {
            let name = assessment.with_untracked(|a| a.as_ref().map(describe).unwrap_or_default());
            let contents = "met je antwoorden en actiepunten";
            if leave_device::<Assessment>(store, notices, &id, "Je zelftest", &name, contents) {
                go(routes::Page::Assessments.path());
            }
        }
    };
    let remove = {
        let id = id.clone();
        Callback::new(move |_| {
            delete_assessment(store, notices, &id);
            go(routes::Page::Assessments.path());
        })
    };

    view! {
        <article class="page assessment-page" class:complete=move || complete.get()>
            <Breadcrumb trail=vec![("Zelftest", Some(routes::Page::Assessments.path())), ("Invullen", None)]/>
            <h1><span class="h1-kicker">"Zelftest"</span>{title}</h1>
            <p class="record-meta">{heading}</p>
            <p class="hint role-intro">{intro}</p>
            {(!left_out.is_empty()).then(|| view! {
                <div class="left-out hint">
                    <p>{format!("Niet gevraagd aan jouw rol ({}), en dus niet in je score:", left_out.len())}</p>
                    <ul>{left_out.iter().map(|s| view! {
                        <li>{format!("“{}” {}", s.wij, s.left_out_for(reader).unwrap_or_default())}</li>
                    }).collect_view()}</ul>
                </div>
            })}
            <div class="progress-line sticky-progress" role="status">
                <progress max=total value=move || answered.get()></progress>
                <span>{move || format!("{} van {total} beantwoord", answered.get())}</span>
            </div>
            <p class="hint no-print">"Kies bij elke stelling wat het beste past. Weet je het niet, kies dan “Weet ik niet”: dat telt niet mee in de score."</p>
            <ol class="statements" on:touchstart=on_touch_start on:touchend=on_touch_end>
                {statements.iter().copied().enumerate().map(|(index, statement)| {
                    let part = if index == 0 {
                        Some(statement.direction())
                    } else if Some(index) == first_avoid {
                        Some(Direction::Avoid)
                    } else {
                        None
                    };
                    view! { <StatementView index=index total=scale.len() statement=statement reader=reader part=part assessment=assessment edit=edit step=step move_on=move_on/> }
                }).collect_view()}
            </ol>
            <nav class="statement-nav no-print" aria-label="Stellingen">
                <button type="button" class="secondary" disabled=move || step.get() == 0
                    on:click=move |_| { step.update(|s| *s = s.saturating_sub(1)); show_current_statement(); }>"Vorige"</button>
                <span>{move || format!("Stelling {} van {total}", step.get() + 1)}</span>
                // After the last statement the button leads to the result once it is there.
                <button type="button" disabled=move || { step.get() + 1 >= total && !complete.get() }
                    on:click=move |_| {
                        if step.get_untracked() + 1 >= total {
                            show_result();
                        } else {
                            step.update(|s| *s += 1);
                            show_current_statement();
                        }
                    }>{move || if step.get() + 1 >= total && complete.get() { "Bekijk uitkomst" } else { "Volgende" }}</button>
            </nav>
            {move || if complete.get() {
                view! { <AssessmentResultView assessment=assessment edit=edit statements=statements.clone() id=result_id.clone() share_note=share_note/> }.into_any()
            } else {
                view! { <p class="result-pending">{move || format!("Nog {} te gaan. Daarna zie je hier de uitkomst.", counted(total - answered.get(), "stelling", "stellingen"))}</p> }.into_any()
            }}
            <RecordActions id=id.clone() file_words=file_words on_delete=remove>
                <button type="button" class="secondary" on:click=leave>"Klaar op dit apparaat"</button>
            </RecordActions>
        </article>
    }
}

#[component]
fn StatementView(
    index: usize,
    total: usize,
    statement: &'static Statement,
    reader: Reader,
    /// The part this statement opens, if it is the first of one.
    part: Option<Direction>,
    assessment: Memo<Option<Assessment>>,
    edit: Editing<Assessment>,
    step: RwSignal<usize>,
    /// Called with `index` after an answer given by a tap (not by the keyboard).
    move_on: Callback<usize>,
) -> impl IntoView {
    let tapped_at = StoredValue::new(f64::MIN);
    let direction = statement.direction();
    let item = statement.id;
    let text = statement.text_for(reader).unwrap_or(statement.wij);
    let answer = Memo::new(move |_| {
        assessment.with(|a| a.as_ref().and_then(|a| a.answers.get(item).copied()))
    });
    let labels = Answer::scale_labels(direction);
    let options: Vec<(Answer, &'static str, String)> = (1..=5u8)
        .map(|v| (Answer::Scale(v), labels[usize::from(v - 1)], v.to_string()))
        .chain(std::iter::once((
            Answer::DontKnow,
            "Weet ik niet",
            "weet-niet".to_string(),
        )))
        .collect();
    view! {
        <li class="statement" class:current=move || step.get() == index class:answered=move || answer.get().is_some()>
            {part.map(|direction| {
                let (title, explain) = crate::model::wording::part_intro(direction, reader);
                view! { <div class="part-intro"><h2>{title}</h2><p>{explain}</p></div> }
            })}
            <fieldset>
                <legend>
                    <span class="statement-number">{format!("Stelling {} van {total}", index + 1)}</span>
                    <span class="statement-text">{text}</span>
                    <span class="statement-question">{Answer::question(direction, reader)}</span>
                </legend>
                <div class="likert" on:pointerdown=move |_| tapped_at.set_value(js_sys::Date::now())>
                    {options.into_iter().map(|(option, label, key)| {
                        let input_id = format!("{item}-{key}");
                        let label_for = input_id.clone();
                        view! {
                            <label class="choice" for=label_for class:chosen=move || answer.get() == Some(option) class:dont-know=matches!(option, Answer::DontKnow)>
                                <input type="radio" id=input_id name=item value=key
                                    prop:checked=move || answer.get() == Some(option)
                                    on:change=move |_| {
                                        edit.change(|a| a.answer(item, option, &now()));
                                        if js_sys::Date::now() - tapped_at.get_value() < 1500.0 {
                                            move_on.run(index);
                                        }
                                    }/>
                                <span>{label}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </li>
    }
}
