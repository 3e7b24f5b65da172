//! The group overview of a workshop: many participants' results combined (pure, tested
//! natively). The collected results are kept as an envelope ([`Dataset`]); the summary is
//! computed from it.

use std::collections::BTreeMap;

use crate::model::assessment::{mean, Assessment, Direction, Role};
use crate::model::checklist::{FilledChecklist, ItemState};
use crate::model::dataset::Dataset;
use crate::model::merge;

/// One statement over all participants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementStats {
    pub item: String,
    /// How many answered on the scale, by score bucket 0, 25, 50, 75, 100 (reverse items
    /// already turned, so the bar always reads from weak to strong).
    pub buckets: [usize; 5],
    pub dont_know: usize,
    /// Mean score 0–100 of the scale answers.
    pub average: Option<u32>,
    /// Standard deviation of the scores, in score points (0–50).
    pub spread: Option<u32>,
    /// Mean score per role that answered on the scale, in [`Role::ALL`] order.
    pub by_role: Vec<(Role, u32)>,
}

impl StatementStats {
    pub fn answered(&self) -> usize {
        self.buckets.iter().sum()
    }

    /// The largest difference between two roles' averages (0 with fewer than two roles).
    pub fn role_gap(&self) -> u32 {
        let scores = self.by_role.iter().map(|(_, s)| *s);
        match (scores.clone().max(), scores.min()) {
            (Some(max), Some(min)) if self.by_role.len() > 1 => max - min,
            _ => 0,
        }
    }
}

/// The group's self-assessments summarised.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupSummary {
    pub participants: usize,
    /// Participants per role, every role in [`Role::ALL`] order (zeros included).
    pub per_role: Vec<(Role, usize)>,
    /// Mean of the participants' overall scores.
    pub overall: Option<u32>,
    pub statements: Vec<StatementStats>,
    /// Labels participants chose to give (anonymous ones are not listed).
    pub labels: Vec<String>,
}

impl GroupSummary {
    /// Statements with an average, best first (ties in statement order), at most `n`.
    pub fn strongest(&self, n: usize) -> Vec<&StatementStats> {
        let mut items: Vec<&StatementStats> = self
            .statements
            .iter()
            .filter(|s| s.average.is_some())
            .collect();
        items.sort_by_key(|s| std::cmp::Reverse(s.average));
        items.truncate(n);
        items
    }

    /// Lowest averages first, not among the strongest `n`, at most `n`.
    pub fn weakest(&self, n: usize) -> Vec<&StatementStats> {
        let strongest = self.strongest(n);
        let mut items: Vec<&StatementStats> = self
            .statements
            .iter()
            .filter(|s| s.average.is_some() && !strongest.iter().any(|t| t.item == s.item))
            .collect();
        items.sort_by_key(|s| s.average);
        items.truncate(n);
        items
    }

    /// Statements where the roles' averages differ most (gap ≥ `min_gap`), largest first.
    pub fn disagreements(&self, n: usize, min_gap: u32) -> Vec<&StatementStats> {
        let mut items: Vec<&StatementStats> = self
            .statements
            .iter()
            .filter(|s| s.role_gap() >= min_gap && s.by_role.len() > 1)
            .collect();
        items.sort_by_key(|s| std::cmp::Reverse(s.role_gap()));
        items.truncate(n);
        items
    }
}

/// Rounded population standard deviation of some 0–100 scores.
pub fn spread(scores: &[u32]) -> Option<u32> {
    let n = scores.len() as f64;
    if scores.is_empty() {
        return None;
    }
    let avg = scores.iter().map(|&s| f64::from(s)).sum::<f64>() / n;
    let var = scores
        .iter()
        .map(|&s| (f64::from(s) - avg).powi(2))
        .sum::<f64>()
        / n;
    Some(var.sqrt().round() as u32)
}

/// Summarises the self-assessments over `statements` (item id and direction, in order).
pub fn summarize(assessments: &[Assessment], statements: &[(&str, Direction)]) -> GroupSummary {
    let per_role = Role::ALL
        .iter()
        .map(|&role| (role, assessments.iter().filter(|a| a.role == role).count()))
        .collect();
    let overall = mean(
        assessments
            .iter()
            .filter_map(|a| a.result(statements).overall),
    );
    let stats = statements
        .iter()
        .map(|&(item, direction)| {
            let mut buckets = [0; 5];
            let mut dont_know = 0;
            let mut scores = Vec::new();
            let mut by_role: BTreeMap<Role, Vec<u32>> = BTreeMap::new();
            for a in assessments {
                let Some(answer) = a.answers.get(item) else {
                    continue;
                };
                match answer.score(direction) {
                    Some(score) => {
                        buckets[(score / 25).min(4) as usize] += 1;
                        scores.push(score);
                        by_role.entry(a.role).or_default().push(score);
                    }
                    None => dont_know += 1,
                }
            }
            StatementStats {
                item: item.to_string(),
                buckets,
                dont_know,
                average: mean(scores.iter().copied()),
                spread: spread(&scores),
                by_role: by_role
                    .into_iter()
                    .filter_map(|(role, s)| Some((role, mean(s)?)))
                    .collect(),
            }
        })
        .collect();
    let mut labels: Vec<String> = assessments
        .iter()
        .map(|a| a.label.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    labels.sort();
    labels.dedup();
    GroupSummary {
        participants: assessments.len(),
        per_role,
        overall,
        statements: stats,
        labels,
    }
}

/// One checklist item over all filled-in copies of its list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItemStats {
    pub item: String,
    pub done: usize,
    pub not_done: usize,
    pub not_applicable: usize,
}

/// Per content list: how many copies, and per item the states.
pub fn summarize_checklists(
    checklists: &[FilledChecklist],
    items_of: impl Fn(&str) -> Vec<String>,
) -> Vec<(String, usize, Vec<ChecklistItemStats>)> {
    let mut lists: Vec<String> = checklists.iter().map(|c| c.list.clone()).collect();
    lists.sort();
    lists.dedup();
    lists
        .into_iter()
        .map(|list| {
            let copies: Vec<&FilledChecklist> =
                checklists.iter().filter(|c| c.list == list).collect();
            let items = items_of(&list)
                .into_iter()
                .map(|item| {
                    let count = |state: ItemState| {
                        copies
                            .iter()
                            .filter(|c| c.items.get(&item).and_then(|e| e.state) == Some(state))
                            .count()
                    };
                    ChecklistItemStats {
                        done: count(ItemState::Done),
                        not_done: count(ItemState::NotDone),
                        not_applicable: count(ItemState::NotApplicable),
                        item,
                    }
                })
                .collect();
            (list, copies.len(), items)
        })
        .collect()
}

/// What adding results did: new participants and ones already there (same id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Added {
    pub new: usize,
    pub already: usize,
}

/// Adds the self-assessments and checklists of `incoming` to the group. The same id counts
/// once (the newest version is kept); other kinds are ignored.
pub fn add(group: &Dataset, incoming: &Dataset) -> (Dataset, Added) {
    let mut out = group.clone();
    let mut added = Added::default();
    for a in &incoming.assessments {
        if group.assessments.iter().any(|g| g.id == a.id) {
            added.already += 1;
        } else {
            added.new += 1;
        }
    }
    for c in &incoming.checklists {
        if group.checklists.iter().any(|g| g.id == c.id) {
            added.already += 1;
        } else {
            added.new += 1;
        }
    }
    merge::merge_kind(&mut out.assessments, &incoming.assessments);
    merge::merge_kind(&mut out.checklists, &incoming.checklists);
    (out, added)
}

/// A CSV field for a spreadsheet with `;` separators.
/// Statements on one slide, and checklist items on one slide: what fits a projector.
pub const STATEMENTS_PER_SLIDE: usize = 4;
pub const ITEMS_PER_SLIDE: usize = 6;

/// One slide of the group presentation. `Statements(direction, page, pages)` and
/// `Checklist(list, page, pages)` are one page of a part that is split over several slides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slide {
    Overview,
    Statements(Direction, usize, usize),
    Differences,
    Points,
    Checklist(String, usize, usize),
}

/// The statements of one direction (helps, or to avoid), in the summary's order;
/// `direction_of` gives a statement's direction (`None`: unknown, left out).
pub fn statements_of(
    summary: &GroupSummary,
    direction: Direction,
    direction_of: impl Fn(&str) -> Option<Direction>,
) -> Vec<StatementStats> {
    summary
        .statements
        .iter()
        .filter(|s| direction_of(&s.item) == Some(direction))
        .cloned()
        .collect()
}

/// The slides for this group: the self-assessment slides when there are any (overview, the
/// statements that help, those to avoid, differences, strong and weak points), then every
/// checklist; long parts split over several slides.
pub fn slides(
    summary: &GroupSummary,
    lists: &[(String, usize, Vec<ChecklistItemStats>)],
    direction_of: impl Fn(&str) -> Option<Direction>,
) -> Vec<Slide> {
    let mut out = Vec::new();
    if summary.participants > 0 {
        out.push(Slide::Overview);
        for direction in [Direction::Helps, Direction::Avoid] {
            let count = statements_of(summary, direction, &direction_of).len();
            let pages = pages_of(count, STATEMENTS_PER_SLIDE);
            out.extend((0..pages).map(|p| Slide::Statements(direction, p, pages)));
        }
        out.push(Slide::Differences);
        out.push(Slide::Points);
    }
    for (list, _, items) in lists {
        let pages = pages_of(items.len(), ITEMS_PER_SLIDE);
        out.extend((0..pages).map(|p| Slide::Checklist(list.clone(), p, pages)));
    }
    out
}

/// What "Toevoegen aan groepsoverzicht" takes from this device: the completed zelftests
/// (an unfinished one is left out) and every filled-in checklist.
pub fn own_results(data: &Dataset) -> Dataset {
    Dataset {
        assessments: data
            .assessments
            .iter()
            .filter(|a| a.completed_at.is_some())
            .cloned()
            .collect(),
        checklists: data.checklists.clone(),
        ..Dataset::default()
    }
}

/// The group without the result (zelftest or checklist) with this id.
pub fn remove(group: &Dataset, id: &str) -> Dataset {
    let mut after = group.clone();
    after.assessments.retain(|a| a.id != id);
    after.checklists.retain(|c| c.id != id);
    after
}

/// How many slides `count` rows take at `per` a slide: at least one.
pub fn pages_of(count: usize, per: usize) -> usize {
    count.div_ceil(per.max(1)).max(1)
}

/// The rows on slide `index` (from 0) at `per` a slide.
pub fn page<T>(rows: Vec<T>, index: usize, per: usize) -> Vec<T> {
    rows.into_iter()
        .skip(index.saturating_mul(per))
        .take(per)
        .collect()
}

fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn opt(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The summary as CSV for Dutch spreadsheets: UTF-8 with a byte order mark, `;` between
/// fields, one row per statement. `text_of` gives a statement's text.
pub fn csv(summary: &GroupSummary, text_of: impl Fn(&str) -> String) -> String {
    let mut out = String::from("\u{feff}");
    let mut header = vec![
        "Nr".to_string(),
        "Stelling".into(),
        "Gemiddelde (0-100)".into(),
        "Spreiding".into(),
        "Aantal antwoorden".into(),
        "Weet ik niet".into(),
        "Score 0".into(),
        "Score 25".into(),
        "Score 50".into(),
        "Score 75".into(),
        "Score 100".into(),
    ];
    header.extend(
        Role::ALL
            .iter()
            .map(|r| format!("Gemiddelde {}", r.label())),
    );
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for (index, s) in summary.statements.iter().enumerate() {
        let mut row = vec![
            (index + 1).to_string(),
            csv_field(&text_of(&s.item)),
            opt(s.average),
            opt(s.spread),
            s.answered().to_string(),
            s.dont_know.to_string(),
        ];
        row.extend(s.buckets.iter().map(|b| b.to_string()));
        row.extend(
            Role::ALL
                .iter()
                .map(|role| opt(s.by_role.iter().find(|(r, _)| r == role).map(|(_, v)| *v))),
        );
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The checklist sections of the CSV (empty without checklists): per list a blank line, a
/// header in that list's own answer words ("Vermeden;Trad op;N.v.t." for the valkuilen), then
/// one row per item with the list, item id, item text, copies and the count per state.
/// `lists` comes from [`summarize_checklists`]; `title_of`, `answers_of` and `text_of` give a
/// list's title, a list's three answer words (done, notDone, notApplicable) and an item's text.
pub fn checklists_csv<A: AsRef<str>>(
    lists: &[(String, usize, Vec<ChecklistItemStats>)],
    title_of: impl Fn(&str) -> String,
    answers_of: impl Fn(&str) -> [A; 3],
    text_of: impl Fn(&str) -> String,
) -> String {
    let mut out = String::new();
    for (list, copies, items) in lists {
        let mut header = vec![
            "Checklist".to_string(),
            "Punt (id)".to_string(),
            "Punt".to_string(),
            "Aantal ingevuld".to_string(),
        ];
        header.extend(answers_of(list).iter().map(|w| csv_field(w.as_ref())));
        header.push("Niet ingevuld".to_string());
        out.push_str("\r\n");
        out.push_str(&header.join(";"));
        out.push_str("\r\n");
        for i in items {
            let open = copies.saturating_sub(i.done + i.not_done + i.not_applicable);
            let row = [
                csv_field(&title_of(list)),
                csv_field(&i.item),
                csv_field(&text_of(&i.item)),
                copies.to_string(),
                i.done.to_string(),
                i.not_done.to_string(),
                i.not_applicable.to_string(),
                open.to_string(),
            ];
            out.push_str(&row.join(";"));
            out.push_str("\r\n");
        }
    }
    out
}
