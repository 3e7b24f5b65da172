//! A horizontal bar chart of 0–100 scores in SVG: prints well, and carries a text
//! alternative (a title, and a table for screen readers and print).

use leptos::prelude::*;

/// One bar: a short label, the full text for the table, and a 0–100 score.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub text: String,
    pub score: u32,
}

const ROW: u32 = 26;
const LABEL_WIDTH: u32 = 40;
const CHART_WIDTH: u32 = 600;

#[component]
pub fn ScoreChart(#[prop(into)] title: String, bars: Vec<Bar>) -> impl IntoView {
    let height = bars.len() as u32 * ROW + 24;
    let plot = CHART_WIDTH - LABEL_WIDTH - 50;
    let title_id = "score-chart-title";
    let table_rows = bars.clone();
    view! {
        <figure class="score-chart">
            <svg
                viewBox=format!("0 0 {CHART_WIDTH} {height}")
                role="img"
                aria-labelledby=title_id
                preserveAspectRatio="xMinYMin meet"
            >
                <title id=title_id>{title.clone()}</title>
                {[0u32, 50, 100].into_iter().map(|tick| {
                    let x = LABEL_WIDTH + plot * tick / 100;
                    view! {
                        <line class="grid" x1=x x2=x y1="0" y2=height - 18/>
                        <text class="tick" x=x y=height - 4 text-anchor="middle">{tick}</text>
                    }
                }).collect_view()}
                {bars.into_iter().enumerate().map(|(index, bar)| {
                    let y = index as u32 * ROW;
                    let width = (plot * bar.score.min(100) / 100).max(2);
                    let band = match bar.score { 0..=39 => "low", 40..=69 => "mid", _ => "high" };
                    view! {
                        <g class=format!("bar {band}")>
                            <text class="bar-label" x=LABEL_WIDTH - 8 y=y + 17 text-anchor="end">{bar.label.clone()}</text>
                            <rect x=LABEL_WIDTH y=y + 4 width=width height=ROW - 8 rx="3"/>
                            <text class="bar-value" x=LABEL_WIDTH + width + 6 y=y + 17>{bar.score}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>
                <details class="chart-table">
                    <summary>"Toon de scores als tabel"</summary>
                    <table>
                        <thead><tr><th scope="col">"Nr."</th><th scope="col">"Stelling"</th><th scope="col">"Score"</th></tr></thead>
                        <tbody>
                            {table_rows.into_iter().map(|bar| view! {
                                <tr><td>{bar.label}</td><td>{bar.text}</td><td>{bar.score}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}
