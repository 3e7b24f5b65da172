//! The evaluation list: text search, filters (status, kind, year) and sorting.

use crate::model::evaluation::{Complexity, Evaluation, Status};
use crate::model::fold::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Last edited first.
    #[default]
    Updated,
    Title,
    /// Latest period (or year) first.
    Period,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Updated, Sort::Title, Sort::Period];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Updated => "bewerkt",
            Sort::Title => "titel",
            Sort::Period => "periode",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Updated => "Laatst bewerkt",
            Sort::Title => "Titel (A–Z)",
            Sort::Period => "Periode (nieuwste eerst)",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilter {
    pub text: String,
    pub status: Option<Status>,
    pub complexity: Option<Complexity>,
    pub year: Option<i32>,
}

/// The evaluations that pass `filter`, sorted.
pub fn list<'a>(
    evaluations: &'a [Evaluation],
    filter: &ListFilter,
    sort: Sort,
) -> Vec<&'a Evaluation> {
    let folded = fold(filter.text.trim());
    let mut items: Vec<&Evaluation> = evaluations
        .iter()
        .filter(|e| {
            filter.status.is_none_or(|s| e.status == s)
                && filter.complexity.is_none_or(|c| e.complexity == Some(c))
                && filter.year.is_none_or(|y| e.year() == Some(y))
                && e.matches(&folded)
        })
        .collect();
    match sort {
        Sort::Updated => items.sort_by(|a, b| b.updated_at.cmp(&a.updated_at)),
        Sort::Title => items.sort_by_cached_key(|e| (fold(&e.title), e.id.clone())),
        Sort::Period => items.sort_by(|a, b| {
            let key = |e: &Evaluation| {
                if e.period_start.is_empty() {
                    e.created_at.clone()
                } else {
                    e.period_start.clone()
                }
            };
            key(b).cmp(&key(a))
        }),
    }
    items
}

/// Every year that evaluations are filed under, newest first.
pub fn years(evaluations: &[Evaluation]) -> Vec<i32> {
    let mut years: Vec<i32> = evaluations.iter().filter_map(Evaluation::year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

impl Evaluation {
    /// werkvormen.
    fn matches(&self, folded_query: &str) -> bool {
        if folded_query.is_empty() {
            return true;
        }
        let mut haystack = fold(&self.title);
        for extra in [&self.place, &self.motives] {
            haystack.push(' ');
            haystack.push_str(&fold(extra));
        }
        for party in &self.parties {
            haystack.push(' ');
            haystack.push_str(&fold(&party.name));
        }
        for werkvorm in &self.werkvormen {
            haystack.push(' ');
            haystack.push_str(&fold(werkvorm));
        }
        folded_query
            .split_whitespace()
            .all(|term| haystack.contains(term))
    }
}
