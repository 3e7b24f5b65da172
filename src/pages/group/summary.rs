//! The sections of the group overview, on the page and (one or a page of one per slide) in
//! the presentation: participants, the results added, the two statement groups, where the
//! roles differ, strong and weak points, and the checklists. Words come from
//! `model::group::describe`.

use leptos::prelude::*;

use crate::components::actions::use_notices;
use crate::components::paths::href;
use crate::content;
use crate::model::assessment::{Direction, Perspective};
use crate::model::checklist::FilledChecklist;
use crate::model::group::{
    self, describe, ChecklistItemStats, GroupSummary, Page, StatementStats, DIFFERENCES,
    DIFFERENCE_GAP, POINTS,
};
use crate::store::group::GroupStore;

/// The participants per role; the names they typed unless `hide_names` (the presentation
/// shows them only when the facilitator chooses to, and on a slide of their own when they do
/// not fit here).
#[component]
pub fn Overview(summary: GroupSummary, #[prop(optional)] hide_names: bool) -> impl IntoView {
    view! {
        <section class="group-section overview" aria-labelledby="deelnemers-kop">
            <h2 id="deelnemers-kop">"Deelnemers"</h2>
            <p class="big-number"><span data-testid="deelnemers">{summary.participants}</span>{format!(" {}", crate::model::words::noun(summary.participants, "zelftest", "zelftests"))}</p>
            // Group figures per perspective, never mixed; an average only from MIN_ANSWERS on.
            <ul class="perspective-figures">
                {summary.per_perspective.iter().map(|&(perspective, n, overall)| view! {
                    <li data-perspective=perspective.key()>
                        {format!("{}: {}", perspective.label(), n)}
                        {match (perspective, overall) {
                            (Perspective::EigenOrganisatie, _) => view! { " · niet in de groepscijfers: ze gingen over de eigen organisatie" }.into_any(),
                            (Perspective::Gemeente, Some(o)) => view! { " · gemiddelde score "<span data-testid="gemiddelde">{o}</span>" van 100" }.into_any(),
                            (_, Some(o)) => view! { {format!(" · gemiddelde score {o} van 100")} }.into_any(),
                            (_, None) => view! { {format!(" · te weinig voor een gemiddelde (minimaal {})", crate::model::mirror::MIN_ANSWERS)} }.into_any(),
                        }}
                    </li>
                }).collect_view()}
            </ul>
            <table class="role-table">
                <caption class="visually-hidden">"Aantal deelnemers per rol"</caption>
                <thead><tr><th scope="col">"Rol"</th><th scope="col">"Aantal"</th></tr></thead>
                <tbody>
                    {summary.per_role.iter().map(|(role, n)| view! {
                        <tr data-role=role.key()><th scope="row">{role.label()}</th><td>{*n}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(!summary.labels.is_empty() && !hide_names).then(|| view! {
                <p class="names">"Namen die deelnemers zelf opgaven: "{summary.labels.join(", ")}</p>
            })}
            {summary.labels.is_empty().then(|| view! { <p class="hint">"Alle zelftests zijn anoniem."</p> })}
        </section>
    }
}

/// A distribution bar: how many scored 0, 25, 50, 75 and 100, weak to strong.
#[component]
fn DistributionBar(stats: StatementStats) -> impl IntoView {
    let label = describe::distribution_label(&stats);
    // Nobody answered on the scale: a quiet line, not an empty bar.
    if stats.answered() == 0 {
        return view! { <p class="dist dist-none" role="img" aria-label=label>"geen antwoorden op de schaal"</p> }.into_any();
    }
    view! {
        <div class="dist" role="img" aria-label=label>
            {stats.buckets.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| view! {
                <span class=format!("dist-part b{i}") style:flex-grow=n.to_string()>{*n}</span>
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// Every result in the group, each with "Verwijderen" (and "Ongedaan maken" after it), for
/// a result added by mistake.
#[component]
pub fn Members(group: GroupStore) -> impl IntoView {
    let notices = use_notices();
    let remove = move |id: String| {
        let removed = group.remove(&id);
        notices.show(
            "Het resultaat is uit het groepsoverzicht verwijderd.",
            Some(std::sync::Arc::new(move || group.put_back(&removed))),
        );
    };
    view! {
        <details class="group-section members no-print">
            <summary>{move || format!("Toegevoegde resultaten ({})", group.data.with(|d| d.record_count()))}</summary>
            <p class="hint">"Per ongeluk toegevoegd? Verwijder één resultaat; de rest blijft staan."</p>
            <ul class="member-list">
                {move || group.data.with(describe::member_rows).into_iter().map(|(id, text)| {
                    let label = format!("Verwijderen: {text}");
                    view! {
                        <li>
                            <span>{text}</span>
                            <button type="button" class="secondary" aria-label=label on:click=move |_| remove(id.clone())>"Verwijderen"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}

/// The colours of the distribution bars, explained: once on the page, on every statement
/// slide.
#[component]
pub fn DistributionLegend() -> impl IntoView {
    view! {
        <div class="dist-legend">
            <p class="legend-title">"Kleuren van de balk (score per deelnemer):"</p>
            <ul>
                {["0 · zwak", "25", "50", "75", "100 · sterk"].into_iter().enumerate().map(|(i, label)| view! {
                    <li><span class=format!("dist-swatch b{i}") aria-hidden="true"></span>{label}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// What the statement figures mean, once above them on the page.
#[component]
pub fn StatementsHint() -> impl IntoView {
    view! {
        <div class="statements-hint">
            <p class="hint">"Score van 0 tot 100 (hoger is beter; bij “liever niet” is “nooit” 100). "
                "Spreiding: hoe ver de scores van de deelnemers uiteenlopen, in punten (0: iedereen gaf hetzelfde; 25 of meer: de groep is het oneens)."</p>
            <DistributionLegend/>
        </div>
    }
}

/// One statement group, or one page of it on a slide (with a short hint and the legend).
#[component]
pub fn StatementGroup(
    summary: GroupSummary,
    direction: Direction,
    #[prop(optional)] page: Option<Page>,
) -> impl IntoView {
    let (title, id) = match direction {
        Direction::Helps => ("Zo helpen we", "groep-helpen"),
        Direction::Avoid => ("Wat we liever niet doen", "groep-liever-niet"),
    };
    let mut rows = group::statements_of(&summary, direction, describe::direction_of);
    let heading = match page {
        Some(page) => {
            rows = page.rows(rows);
            describe::paged_heading(title, page.index, page.pages)
        }
        None => title.to_string(),
    };
    view! {
        <section class="group-section statements" aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {page.is_some().then(|| view! {
                <p class="hint">"Score van 0 tot 100, hoger is beter. Spreiding 25 of meer: de groep is het oneens."</p>
                <DistributionLegend/>
            })}
            <ol class="group-statements">
                {rows.into_iter().map(|s| {
                    let item = s.item.clone();
                    view! {
                        <li data-item=item>
                            <p class="statement-text">{describe::numbered(&s.item)}</p>
                            <div class="statement-measures">
                                <p class="statement-figures">
                                    "Gemiddeld "<strong class="avg">{s.average.map_or("–".to_string(), |a| a.to_string())}</strong>
                                    {format!(" · spreiding {} · weet ik niet: ", s.spread.map_or("–".to_string(), |v| v.to_string()))}
                                    <span class="dont-know">{s.dont_know}</span>
                                </p>
                                <DistributionBar stats=s/>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Where the roles differ most, or one page of it on a slide.
#[component]
pub fn Differences(summary: GroupSummary, #[prop(optional)] page: Option<Page>) -> impl IntoView {
    let mut rows: Vec<StatementStats> = summary
        .disagreements(DIFFERENCES, DIFFERENCE_GAP)
        .into_iter()
        .cloned()
        .collect();
    let title = "Waar de rollen het meest verschillen";
    let heading = match page {
        Some(page) => {
            rows = page.rows(rows);
            describe::paged_heading(title, page.index, page.pages)
        }
        None => title.to_string(),
    };
    view! {
        <section class="group-section differences-section" aria-labelledby="verschil-kop">
            <h2 id="verschil-kop">{heading}</h2>
            {if rows.is_empty() {
                view! { <p class="hint">{format!("Geen grote verschillen tussen rollen. Een rol telt hier pas mee als er van die rol {} of meer antwoorden op een stelling zijn.", crate::model::mirror::MIN_ANSWERS)}</p> }.into_any()
            } else {
                view! {
                    <ol class="differences">
                        {rows.into_iter().map(|s| view! {
                            <li>
                                <p class="statement-text">{describe::numbered(&s.item)}</p>
                                <p>{describe::role_averages(&s)}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

/// One strong or weak point: the statement's number and what its score means, its average
/// and answers; on the page a link to the handreiking about it (not on a slide: a projector
/// cannot follow it).
fn point_item(s: &StatementStats, link: bool) -> impl IntoView {
    let guide = link
        .then(|| content::statement(&s.item).and_then(|st| content::page_by_slug(st.guide)))
        .flatten();
    view! {
        <li data-item=s.item.clone()>
            {describe::point_text(&s.item, s.average.unwrap_or(0))}{format!(" (gemiddeld {}, {})", s.average.unwrap_or(0), crate::model::words::counted(s.answered(), "antwoord", "antwoorden"))}
            {guide.map(|g| view! { <br/><a href=href(g.path) class="inline-link">{format!("Lees: {}", g.title)}</a> })}
        </li>
    }
}

/// Says that there are no points yet, when no statement has enough answers.
fn no_points_yet(summary: &GroupSummary) -> impl IntoView {
    summary.strongest(1).is_empty().then(|| view! {
        <p class="hint">{format!("Nog geen: een punt telt pas mee als {} of meer mensen van de gemeente de stelling beantwoordden.", crate::model::mirror::MIN_ANSWERS)}</p>
    })
}

/// The strongest and the weakest points, one list each.
#[component]
pub fn Points(summary: GroupSummary) -> impl IntoView {
    view! {
        <section class="group-section points" aria-labelledby="punten-kop">
            <h2 id="punten-kop">"Sterkste en zwakste punten"</h2>
            {no_points_yet(&summary)}
            <h3>"Sterkste punten van de groep"</h3>
            <ol class="point-list strongest">{summary.strongest(POINTS).iter().map(|s| point_item(s, true)).collect_view()}</ol>
            <h3>"Hier valt voor de groep het meest te winnen"</h3>
            <ol class="point-list weakest">{summary.weakest(POINTS).iter().map(|s| point_item(s, true)).collect_view()}</ol>
        </section>
    }
}

/// The strongest points (`strongest`) or the weakest, as one slide: one list, no links.
#[component]
pub fn PointsSlide(summary: GroupSummary, strongest: bool) -> impl IntoView {
    let (title, class, rows) = if strongest {
        (
            "Sterkste punten van de groep",
            "point-list strongest",
            summary.strongest(POINTS),
        )
    } else {
        (
            "Hier valt voor de groep het meest te winnen",
            "point-list weakest",
            summary.weakest(POINTS),
        )
    };
    view! {
        <section class="group-section points" aria-labelledby="punten-kop">
            <h2 id="punten-kop">{title}</h2>
            {strongest.then(|| no_points_yet(&summary))}
            <ol class=class>{rows.iter().map(|s| point_item(s, false)).collect_view()}</ol>
        </section>
    }
}

/// The names participants gave, on a slide of their own when they do not fit the overview.
#[component]
pub fn NamesSlide(summary: GroupSummary) -> impl IntoView {
    view! {
        <section class="group-section" aria-labelledby="namen-kop">
            <h2 id="namen-kop">"Namen die deelnemers zelf opgaven"</h2>
            <p class="names">{summary.labels.join(", ")}</p>
        </section>
    }
}

/// One filled-in list over all copies, or one page of it on a slide.
#[component]
pub fn ChecklistTable(
    list: String,
    copies: usize,
    items: Vec<ChecklistItemStats>,
    #[prop(optional)] page: Option<Page>,
) -> impl IntoView {
    let title = content::list(&list).map_or("Onbekende lijst", |l| l.title);
    // The list's own answer words ("Vermeden / Trad op / N.v.t." for the valkuilen).
    let words = content::answers(&list);
    let heading = format!("Checklist: {title} ({copies}×)");
    let (heading, items) = match page {
        Some(page) => (
            describe::paged_heading(&heading, page.index, page.pages),
            page.rows(items),
        ),
        None => (heading, items),
    };
    view! {
        <section class="group-section checklist-summary" data-list=list.clone()>
            <h2>{heading}</h2>
            <table class="preview-table">
                <thead><tr><th scope="col">"Punt"</th><th scope="col">{words[0]}</th><th scope="col">{words[1]}</th><th scope="col">{words[2]}</th></tr></thead>
                <tbody>
                    {items.into_iter().map(|i| view! {
                        <tr data-item=i.item.clone()><td>{describe::item_text(&i.item)}</td>
                        <td>{i.done}</td><td>{i.not_done}</td><td>{i.not_applicable}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// Every filled-in list, one table each (side by side where the screen is wide).
#[component]
pub fn ChecklistSummary(checklists: Vec<FilledChecklist>) -> impl IntoView {
    view! {
        <div class="checklist-columns">
            {describe::checklist_stats(&checklists)
                .into_iter()
                .map(|(list, copies, items)| view! { <ChecklistTable list=list copies=copies items=items/> })
                .collect_view()}
        </div>
    }
}
