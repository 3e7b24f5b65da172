//! A horizontal bar chart of 0–100 scores, one row per statement, in HTML and CSS: the
//! statement is written above its bar, so every bar says what it is, and the text keeps its
//! size at every screen width (an SVG scaled to a phone made it about 7 px). Statements
//! answered "weet ik niet" get a row of their own instead of silently missing. Prints well.

use leptos::prelude::*;

/// One row: the statement's number, its text, a 0–100 score (`None`: "weet ik niet"), and
/// the answer given in its own words ("Nooit"), shown before the score.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub text: String,
    pub score: Option<u32>,
    pub answer: &'static str,
}

#[component]
pub fn ScoreChart(#[prop(into)] title: String, bars: Vec<Bar>) -> impl IntoView {
    let title_id = "score-chart-title";
    view! {
        <figure class="score-chart" aria-labelledby=title_id>
            <figcaption id=title_id class="chart-title">{title}</figcaption>
            <p class="chart-scale" aria-hidden="true"><span>"0"</span><span>"50"</span><span>"100"</span></p>
            <ol class="chart-rows">
                {bars.into_iter().map(|bar| {
                    let (band, width, value) = match bar.score {
                        Some(score) => {
                            let band = match score { 0..=39 => "low", 40..=69 => "mid", _ => "high" };
                            (band, score.min(100), score.to_string())
                        }
                        None => ("unknown", 0, "weet ik niet".to_string()),
                    };
                    let data_score = value.clone();
                    let answer = (bar.score.is_some() && !bar.answer.is_empty()).then(|| format!("{} · ", bar.answer));
                    view! {
                        <li class=format!("chart-row {band}") data-score=data_score>
                            <span class="chart-text">{format!("{}. {}", bar.label, bar.text)}</span>
                            <span class="chart-line">
                                <span class="chart-track" aria-hidden="true">
                                    {(band != "unknown").then(|| view! {
                                        <span class="chart-fill" style:width=format!("{}%", width.max(1))></span>
                                    })}
                                </span>
                                <span class="chart-value">
                                    {answer}{bar.score.is_some().then_some("score ")}{value}
                                </span>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </figure>
    }
}
