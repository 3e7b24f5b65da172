//! The result of a zelftest: the score and the score per statement, the strongest points and
//! where most is to be gained, the action points, and the comparison with earlier zelftests.

use leptos::prelude::*;

use crate::components::form::Follow;
use crate::components::paths::href;
use crate::components::score_chart::{Bar, ScoreChart};
use crate::components::share::ShareButton;
use crate::content::{self, Statement};
use crate::model::assessment::{history, Answer, Assessment, Direction, Perspective, Reader};
use crate::model::ids::dutch_date;
use crate::model::words::counted;
use crate::store::{Editing, Store};

#[component]
pub(super) fn AssessmentResultView(
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
