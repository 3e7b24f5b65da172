//! The group overview of a workshop: many participants' results combined (pure, tested
//! natively). The collected results are kept as an envelope ([`Dataset`]); the statistics are
//! computed here, the slides in [`slides`], the CSV in [`csv`](mod@csv) and the words the
//! page shows in [`describe`].

pub mod csv;
pub mod describe;
pub mod keep;
pub mod slides;

pub use csv::{checklists_csv, csv};
pub use slides::{
    page, pages_of, slides, statements_of, Slide, ITEMS_PER_SLIDE, STATEMENTS_PER_SLIDE,
};

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

/// One content list over all its filled-in copies: the list id, how many copies, and per item
/// the states.
pub type ListStats = (String, usize, Vec<ChecklistItemStats>);

/// Per content list: how many copies, and per item the states.
pub fn summarize_checklists(
    checklists: &[FilledChecklist],
    items_of: impl Fn(&str) -> Vec<String>,
) -> Vec<ListStats> {
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

/// The group with only the result (zelftest or checklist) with this id: what [`remove`] takes
/// out, to put back with [`add`].
pub fn only(group: &Dataset, id: &str) -> Dataset {
    Dataset {
        assessments: group
            .assessments
            .iter()
            .filter(|a| a.id == id)
            .cloned()
            .collect(),
        checklists: group
            .checklists
            .iter()
            .filter(|c| c.id == id)
            .cloned()
            .collect(),
        ..Dataset::default()
    }
}
