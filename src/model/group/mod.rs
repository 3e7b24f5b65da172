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
    names_fit, slides, split, statements_of, Page, Slide, Texts, DIFFERENCES, DIFFERENCE_GAP,
    POINTS,
};

use std::collections::BTreeMap;

use crate::model::assessment::{mean, Assessment, Direction, Perspective, Role};
use crate::model::checklist::{FilledChecklist, ItemState};
use crate::model::dataset::Dataset;
use crate::model::merge;
use crate::model::mirror::MIN_ANSWERS;

/// The mean of some scores when at least [`MIN_ANSWERS`] make it (`model::mirror`: fewer would
/// show one or two people's answers as the group's).
fn group_mean(scores: &[u32]) -> Option<u32> {
    if scores.len() >= MIN_ANSWERS {
        mean(scores.iter().copied())
    } else {
        None
    }
}

/// One statement over all participants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementStats {
    pub item: String,
    /// How many answered on the scale, by score bucket 0, 25, 50, 75, 100 (reverse items
    /// already turned, so the bar always reads from weak to strong).
    pub buckets: [usize; 5],
    pub dont_know: usize,
    /// Mean score 0–100 of the scale answers, from [`MIN_ANSWERS`] answers on.
    pub average: Option<u32>,
    /// Standard deviation of the scores, in score points (0–50), from [`MIN_ANSWERS`] answers on.
    pub spread: Option<u32>,
    /// Mean score per role, for the roles with at least [`MIN_ANSWERS`] scale answers, in
    /// [`Role::ALL`] order.
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

/// The group's self-assessments summarised. The statement figures are the gemeente's own
/// picture (results of [`Perspective::Gemeente`]): partners' results are about the gemeente
/// from outside and are compared in `model::mirror`, never mixed in here.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupSummary {
    pub participants: usize,
    /// Participants per role, every role in [`Role::ALL`] order (zeros included).
    pub per_role: Vec<(Role, usize)>,
    /// Per perspective with results: how many, and the mean of their overall scores (from
    /// [`MIN_ANSWERS`] scores on).
    pub per_perspective: Vec<(Perspective, usize, Option<u32>)>,
    /// Mean of the gemeente's own overall scores (from [`MIN_ANSWERS`] scores on).
    pub overall: Option<u32>,
    /// How many results the statement figures rest on (the gemeente's own).
    pub own: usize,
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

/// Summarises the self-assessments over `statements` (statement id and direction, in order);
/// every answer counts.
pub fn summarize(assessments: &[Assessment], statements: &[(&str, Direction)]) -> GroupSummary {
    summarize_asked(assessments, statements, |_, _| true)
}

/// Summarises the self-assessments over `statements`; `asked(assessment, id)` says whether
/// the participant was asked that statement (an answer to one left out for their role does
/// not count).
pub fn summarize_asked(
    assessments: &[Assessment],
    statements: &[(&str, Direction)],
    asked: impl Fn(&Assessment, &str) -> bool,
) -> GroupSummary {
    let per_role = Role::ALL
        .iter()
        .map(|&role| (role, assessments.iter().filter(|a| a.role == role).count()))
        .collect();
    let scored = |a: &Assessment| {
        let own: Vec<(&str, Direction)> = statements
            .iter()
            .copied()
            .filter(|(id, _)| asked(a, id))
            .collect();
        a.result(&own).overall
    };
    let per_perspective: Vec<(Perspective, usize, Option<u32>)> = [
        Perspective::Gemeente,
        Perspective::Partner,
        Perspective::EigenOrganisatie,
    ]
    .into_iter()
    .filter_map(|p| {
        let of: Vec<&Assessment> = assessments
            .iter()
            .filter(|a| a.perspective() == p)
            .collect();
        let scores: Vec<u32> = of.iter().filter_map(|a| scored(a)).collect();
        (!of.is_empty()).then(|| (p, of.len(), group_mean(&scores)))
    })
    .collect();
    let overall = per_perspective
        .iter()
        .find(|(p, _, _)| *p == Perspective::Gemeente)
        .and_then(|(_, _, o)| *o);
    let own: Vec<&Assessment> = assessments
        .iter()
        .filter(|a| a.perspective() == Perspective::Gemeente)
        .collect();
    let stats = statements
        .iter()
        .map(|&(item, direction)| {
            let mut buckets = [0; 5];
            let mut dont_know = 0;
            let mut scores = Vec::new();
            let mut by_role: BTreeMap<Role, Vec<u32>> = BTreeMap::new();
            for a in own.iter().filter(|a| asked(a, item)) {
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
                average: group_mean(&scores),
                spread: if scores.len() >= MIN_ANSWERS {
                    spread(&scores)
                } else {
                    None
                },
                by_role: by_role
                    .into_iter()
                    .filter_map(|(role, s)| Some((role, group_mean(&s)?)))
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
        per_perspective,
        overall,
        own: own.len(),
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
