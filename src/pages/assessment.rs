//! `/zelftest` (start, earlier assessments) and `/zelftest/{id}` (answer the statements, see
//! the result). Scoring lives in `model::assessment`.

use leptos::prelude::*;

use crate::browser::{new_id, now};
use crate::components::actions::{delete_with_undo, use_notices, Notices, RecordActions};
use crate::components::done_here::leave_device;
use crate::components::form::Follow;
use crate::components::kept;
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::components::score_chart::{Bar, ScoreChart};
use crate::components::share::ShareButton;
use crate::components::title::use_title;
use crate::content::{self, Statement};
use crate::model::assessment::{
    history, newest_first, Answer, Assessment, Direction, Perspective, Reader, Role,
};
use crate::model::ids::dutch_date;
use crate::model::words::counted;
use crate::pages::not_found::NotFound;
use crate::store::{Editing, Store};

fn delete_assessment(store: Store, notices: Notices, id: &str) {
    delete_with_undo::<Assessment>(store, notices, id, |_| {
        "De zelftest is verwijderd.".to_string()
    });
}

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

fn describe(assessment: &Assessment) -> String {
    let mut text = format!(
        "{}, {}",
        crate::model::wording::role_words(assessment),
        crate::browser::local_date(&assessment.created_at)
    );
    if !assessment.label.trim().is_empty() {
        text = format!("{} · {text}", assessment.label.trim());
    }
    text
}

#[component]
pub fn AssessmentsPage() -> impl IntoView {
    use_title(|| "Zelftest".to_string());
    let store = expect_context::<Store>();
    let notices = use_notices();
    let go = use_go();
    let role = RwSignal::new(None::<Role>);
    let chosen = RwSignal::new(None::<Perspective>);
    let label = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(role) = role.get_untracked() else {
            error.set(Some("Kies eerst je rol."));
            return;
        };
        let chosen = chosen.get_untracked();
        if role == Role::Anders && chosen.is_none() {
            error.set(Some(
                "Kies eerst of je antwoordt voor de gemeente of als partner.",
            ));
            return;
        }
        let id = new_id();
        let assessment =
            Assessment::start(id.clone(), role, chosen, &label.get_untracked(), &now());
        store.add(assessment);
        go(&format!("/zelftest/{id}"));
    };
    let earlier = Memo::new(move |_| store.data.with(|data| newest_first(&data.assessments)));
    // Answers given in the pre-rendered form before the app ran (issue 26).
    let take_over = kept::take_over(
        store,
        crate::model::kept::ZELFTEST_KEY.to_string(),
        "/zelftest",
        |raw, id| {
            crate::model::kept::assessment(raw, id, &now(), crate::components::router::decode)
        },
    );
    kept::answer_form("zelftest-start", None, take_over);

    view! {
        <article class="page">
            <Breadcrumb trail=vec![("Zelftest", None)]/>
            <h1>"Zelftest"</h1>
            <p class="lead">"Hoe goed is de gemeente als samenwerkingspartner? De raad, het college en de ambtelijke organisatie beantwoorden de stellingen uit de handreiking "
                <a href=href("/handreikingen/goede-samenwerkingsspeler") class="inline-link">"Goede samenwerkingsspeler"</a>
                " over de gemeente zelf; partners uit de samenleving over hoe zij de gemeente zien. Het duurt ongeveer vijf minuten. Je antwoorden blijven op dit apparaat."</p>
            <form class="panel" id="zelftest-start" on:submit=start>
                <fieldset class="role-choice">
                    <legend>"Jouw rol"</legend>
                    <div class="choice-row wrap">
                        {Role::ALL.into_iter().map(|r| view! {
                            <label class="choice" class:chosen=move || role.get() == Some(r)>
                                <input type="radio" name="rol" value=r.key()
                                    prop:checked=move || role.get() == Some(r)
                                    on:change=move |_| { role.set(Some(r)); error.set(None); }/>
                                {r.label()}
                            </label>
                        }).collect_view()}
                    </div>
                </fieldset>
                {move || (role.get() == Some(Role::Anders)).then(|| view! {
                    <fieldset class="role-choice perspective-choice">
                        <legend>"Je antwoordt"</legend>
                        <div class="choice-row wrap">
                            {[(Perspective::Gemeente, "Voor de gemeente"), (Perspective::Partner, "Als partner, over de gemeente")].into_iter().map(|(p, text)| view! {
                                <label class="choice" class:chosen=move || chosen.get() == Some(p)>
                                    <input type="radio" name="perspectief" value=p.key()
                                        prop:checked=move || chosen.get() == Some(p)
                                        on:change=move |_| { chosen.set(Some(p)); error.set(None); }/>
                                    {text}
                                </label>
                            }).collect_view()}
                        </div>
                    </fieldset>
                })}
                <p class="hint role-intro" aria-live="polite">{move || role.get().map(|r| crate::model::wording::role_intro(r, chosen.get()))}</p>
                <div class="field">
                    <label for="zelftest-label">"Naam of groep (niet verplicht)"</label>
                    <input id="zelftest-label" type="text" aria-describedby="zelftest-label-hint"
                        on:input=move |e| label.set(event_target_value(&e))/>
                    <p id="zelftest-label-hint" class="hint">"Deel je je resultaat? Dan ziet de begeleider deze naam. Die kan hem ook op het scherm aan de groep laten zien. Laat dit leeg om anoniem mee te doen."</p>
                </div>
                {move || error.get().map(|message| view! { <p role="alert" class="error">{message}</p> })}
                <button type="submit">"Zelftest starten"</button>
            </form>
            <section aria-labelledby="eerdere">
                <h2 id="eerdere">"Zelftests op dit apparaat"</h2>
                {move || {
                    let list = earlier.get();
                    if list.is_empty() {
                        return view! { <p class="empty">"Nog geen zelftests op dit apparaat."</p> }.into_any();
                    }
                    view! {
                        <ul class="record-list">
                            {list.into_iter().map(|a| {
                                let scale = content::scale_of(&a);
                                let result = a.result(&scale);
                                let answered = a.answered(scale.iter().map(|s| s.0));
                                let status = if answered == scale.len() {
                                    result.overall.map_or("klaar".to_string(), |s| format!("score {s} van 100"))
                                } else {
                                    format!("{answered} van {} beantwoord", scale.len())
                                };
                                let id = a.id.clone();
                                let text = describe(&a);
                                let link_text = text.clone();
                                view! {
                                    <li class="record">
                                        <div class="record-main">
                                            <a href=href(&format!("/zelftest/{}", a.id)) class="record-title">{link_text}</a>
                                            <p class="record-meta">{status}</p>
                                        </div>
                                        <button type="button" class="danger" aria-label=format!("Verwijderen: zelftest {text}") on:click=move |_| delete_assessment(store, notices, &id)>
                                            "Verwijderen"
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </article>
    }
}

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let id = crate::components::router::use_param("id");
    let assessment =
        Memo::new(move |_| store.data.with(|data| data.assessment(&id.get()).cloned()));
    let exists = Memo::new(move |_| assessment.with(|a| a.as_ref().map(|a| a.id.clone())));
    use_title(move || {
        if exists.get().is_some() {
            "Zelftest".to_string()
        } else {
            "Pagina niet gevonden".to_string()
        }
    });
    move || match exists.get() {
        Some(id) => view! { <AssessmentEditor id=id assessment=assessment/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn AssessmentEditor(id: String, assessment: Memo<Option<Assessment>>) -> impl IntoView {
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
    let touch_start = StoredValue::new(None::<(i32, i32)>);
    let on_touch_start = move |event: leptos::ev::TouchEvent| {
        touch_start.set_value(
            event
                .changed_touches()
                .get(0)
                .map(|t| (t.client_x(), t.client_y())),
        );
    };
    let on_touch_end = move |event: leptos::ev::TouchEvent| {
        let Some((x0, y0)) = touch_start.get_value() else {
            return;
        };
        let Some(touch) = event.changed_touches().get(0) else {
            return;
        };
        let (dx, dy) = (touch.client_x() - x0, touch.client_y() - y0);
        if dx.abs() > 60 && dx.abs() > dy.abs() * 2 {
            if dx < 0 {
                step.update(|s| *s = (*s + 1).min(total.saturating_sub(1)));
            } else {
                step.update(|s| *s = s.saturating_sub(1));
            }
            show_current_statement();
        }
    };

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
                go("/zelftest");
            }
        }
    };
    let remove = {
        let id = id.clone();
        Callback::new(move |_| {
            delete_assessment(store, notices, &id);
            go("/zelftest");
        })
    };

    view! {
        <article class="page assessment-page" class:complete=move || complete.get()>
            <Breadcrumb trail=vec![("Zelftest", Some("/zelftest")), ("Invullen", None)]/>
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

#[component]
fn AssessmentResultView(
    assessment: Memo<Option<Assessment>>,
    edit: Editing<Assessment>,
    statements: Vec<&'static Statement>,
    /// The zelftest's id: "Delen" stands next to the score.
    id: String,
    share_note: Signal<String>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let share_data = move || store.data.with_untracked(|data| data.single(&id));
    let scale: Vec<(&'static str, Direction)> =
        statements.iter().map(|s| (s.id, s.direction())).collect();
    let (reader, perspective) = assessment.with_untracked(|a| {
        a.as_ref()
            .map_or((Reader::Wij, Perspective::Gemeente), |a| {
                (a.reader(), a.perspective())
            })
    });
    let result = {
        let scale = scale.clone();
        Memo::new(move |_| assessment.with(|a| a.as_ref().map(|a| a.result(&scale))))
    };
    // Kept in step with another tab's edit, so a keystroke never writes stale text back.
    let actions = Follow::new(
        "actiepunten",
        Signal::derive(move || {
            assessment.with(|a| a.as_ref().map(|a| a.actions.clone()).unwrap_or_default())
        }),
    );
    let numbers: Vec<&'static str> = statements.iter().map(|s| s.id).collect();
    let number_of = move |item: &str| numbers.iter().position(|s| *s == item).map_or(0, |i| i + 1);
    let point_view = {
        let number_of = number_of.clone();
        move |item: String, score: u32| {
            let statement = content::statement(&item);
            let guide = statement.and_then(|s| content::page_by_slug(s.guide));
            // A partner reads the guidance the gemeente was given, so the link says so.
            let read = if reader == Reader::Partner {
                "Wat de handreiking de gemeente hierover aanraadt: "
            } else {
                "Lees: "
            };
            view! {
                <li>
                    <span class="point-number">{format!("Stelling {} – ", number_of(&item))}</span>
                    <span class="point-text">{statement.map_or_else(|| "Onbekende stelling".to_string(), |s| crate::model::wording::answered_point(s.direction(), score, s.text_for(reader).unwrap_or(s.wij)))}</span>
                    <span class="point-score">{format!(" (score {score})")}</span>
                    {guide.map(|g| view! { <br/><a href=href(g.path) class="inline-link">{format!("{read}{}", g.title)}</a> })}
                </li>
            }
        }
    };
    let scale_len = scale.len();
    let history_points = Memo::new(move |_| {
        let current = assessment.get()?;
        Some(
            store
                .data
                .with(|data| history(&data.assessments, &current, content::scale_of)),
        )
    });

    view! {
        <section class="result" aria-labelledby="uitkomst">
            <h2 id="uitkomst">"Uitkomst"</h2>
            <p class="result-about">{crate::model::wording::result_about(perspective)}</p>
            {move || result.get().map(|result| view! {
                <div class="score-summary">
                    <p class="overall">
                        {match result.overall {
                            Some(score) => view! { <span class="score-number">{score}</span><span class="score-of">" van 100"</span> }.into_any(),
                            None => view! { <span>"Geen score: alle antwoorden waren “weet ik niet”."</span> }.into_any(),
                        }}
                    </p>
                    <p class="hint">
                        {format!("Score over {}. ", counted(scale_len, "stelling", "stellingen"))}
                        "Elke stelling telt van 0 tot 100. Bij gedrag dat helpt is “helemaal” 100; bij gedrag dat je liever niet doet is “nooit” 100. "
                        {format!("“Weet ik niet” telt niet mee ({}×).", result.dont_know)}
                    </p>
                </div>
            })}
            // "Delen" next to the score: what the facilitator asks everyone to do.
            <div class="result-share no-print"><ShareButton data=share_data note=share_note/></div>
            {move || result.get().map(|result| {
                // Every answered statement in order; "weet ik niet" gets a row without a bar.
                let bars: Vec<Bar> = assessment.with(|a| {
                    statements.iter().filter_map(|s| {
                        let answer = a.as_ref()?.answers.get(s.id)?;
                        let score = match answer {
                            Answer::DontKnow => None,
                            Answer::Scale(_) => Some(result.items.iter().find(|i| i.item == s.id)?.score),
                        };
                        let word = score.map_or("", |score| crate::model::wording::answer_word(s.direction(), score));
                        Some(Bar { label: number_of(s.id).to_string(), text: s.text_for(reader).unwrap_or(s.wij).to_string(), score, answer: word })
                    }).collect()
                });
                let strongest: Vec<(String, u32)> = result.strongest(3).into_iter().map(|i| (i.item.clone(), i.score)).collect();
                let weakest: Vec<(String, u32)> = result.weakest(3).into_iter().map(|i| (i.item.clone(), i.score)).collect();
                view! {
                    <ScoreChart title="Score per stelling, van 0 tot 100" bars=bars/>
                    <div class="points">
                        <div>
                            <h3>"Sterkste punten"</h3>
                            <ul class="point-list">{strongest.into_iter().map(|(item, score)| point_view(item, score)).collect_view()}</ul>
                        </div>
                        <div>
                            <h3>"Hier valt het meest te winnen"</h3>
                            <ul class="point-list">{weakest.into_iter().map(|(item, score)| point_view(item, score)).collect_view()}</ul>
                        </div>
                    </div>
                }
            })}
            <div class="print-only">
                <h3>"Actiepunten"</h3>
                <p class="print-note-text">{move || assessment.with(|a| a.as_ref().map(|a| a.actions.trim().to_string()).filter(|t| !t.is_empty()).unwrap_or_else(|| "Geen actiepunten.".to_string()))}</p>
            </div>
            <div class="field">
                <label for="actiepunten">"Actiepunten"</label>
                <textarea id="actiepunten" rows="4" placeholder="Wat gaan we doen, wie pakt het op?"
                    on:input=move |e| { let v = event_target_value(&e); edit.change(|a| a.actions = v); actions.reported(); }
                >{actions.initial()}</textarea>
            </div>
            <h3>"Vergelijking met eerdere zelftests"</h3>
            {move || {
                let points = history_points.get().unwrap_or_default();
                if points.len() < 2 {
                    view! { <p class="hint">"Dit is de eerste zelftest met deze rol op dit apparaat. Doe de zelftest later nog eens om de ontwikkeling te zien."</p> }.into_any()
                } else {
                    let mut previous: Option<u32> = None;
                    view! {
                        <table class="history">
                            <caption class="visually-hidden">"Scores van zelftests met dezelfde rol, oudste eerst"</caption>
                            <thead><tr><th scope="col">"Datum"</th><th scope="col">"Score"</th><th scope="col">"Verschil"</th></tr></thead>
                            <tbody>
                                {points.into_iter().map(|p| {
                                    let change = previous.map(|prev| {
                                        let d = i64::from(p.overall) - i64::from(prev);
                                        if d > 0 { format!("+{d}") } else { d.to_string() }
                                    }).unwrap_or_else(|| "–".to_string());
                                    previous = Some(p.overall);
                                    view! { <tr><td>{dutch_date(&p.date)}</td><td>{p.overall}</td><td>{change}</td></tr> }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }
            }}
        </section>
    }
}
