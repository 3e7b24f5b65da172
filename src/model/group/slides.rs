//! The group presentation as a list of slides: which parts, and how long parts split over
//! several slides so each fits a projector.

use crate::model::assessment::Direction;

use super::{GroupSummary, ListStats, StatementStats};

/// Statements on one slide, and checklist items on one slide: what fits a projector.
pub const STATEMENTS_PER_SLIDE: usize = 4;
pub const ITEMS_PER_SLIDE: usize = 6;

/// One slide of the group presentation. `Statements(direction, page, pages)` and
/// `Checklist(list, page, pages)` are one page of a part that is split over several slides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slide {
    Overview,
    /// The gemeente's own picture beside the partners' (`model::mirror`).
    Mirror,
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
/// mirror, and where the gemeente took part the statements that help, those to avoid,
/// differences, strong and weak points), then every checklist; long parts split over several
/// slides.
pub fn slides(
    summary: &GroupSummary,
    lists: &[ListStats],
    direction_of: impl Fn(&str) -> Option<Direction>,
) -> Vec<Slide> {
    let mut out = Vec::new();
    if summary.participants > 0 {
        out.push(Slide::Overview);
        out.push(Slide::Mirror);
    }
    // The gemeente's own picture, when the gemeente took part.
    if summary.own > 0 {
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
