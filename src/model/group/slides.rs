//! The group presentation as a list of slides: which parts, and where a long part splits so
//! every slide fits a projector at its full text size (never scaled down): each row's height
//! is estimated from the length of its text, and a part that does not fit is split into the
//! fewest slides that do, as even as they can be.

use crate::model::assessment::Direction;

use super::{GroupSummary, ListStats, StatementStats};

/// How many strongest and weakest points the presentation and the page name.
pub const POINTS: usize = 3;
/// How many statements "Waar de rollen het meest verschillen" names, and from what gap.
pub const DIFFERENCES: usize = 5;
pub const DIFFERENCE_GAP: u32 = 25;

/// A slide's height for rows, in tenths of a line of body text (1.35 em). The presentation's
/// text follows the screen (public/tools.css: 3vh on a 16:9 screen, 32 px at 1920×1080, 23 px
/// at 1366×768), so a slide holds about the same number of lines at every 16:9 size: 21.9
/// lines at 1366×768, the tightest (the slide bar is not scaled), measured in Chromium; kept
/// below that, as a row's height is estimated from its length (tests/e2e/presentatie.spec.mjs
/// measures every slide).
pub const SLIDE_ROOM: u32 = 205;
/// Characters of a statement on one line across a slide (semibold, wrapped at words; about
/// 95 fit).
pub const LINE_CHARS: usize = 90;
/// Characters of a checklist item on one line of its column beside the three counts (about
/// 70 fit).
pub const CELL_CHARS: usize = 62;
/// Characters of a heading (1.45 em, bold) on one line.
pub const HEADING_CHARS: usize = 55;

/// Heights, in tenths of a line, measured at 1366×768: a one-line heading; a line of text;
/// above the statements (heading, a line of explanation, the legend); the mirror's counts and
/// notes above its rows; a statement's figures and bar with its spacing; a row of text under a
/// statement (role averages, the mirror's figures) with its spacing; a table's header row and
/// margin; the spacing of a table row.
const HEADING: u32 = 18;
const LINE: u32 = 10;
const STATEMENTS_HEAD: u32 = 60;
const MIRROR_HEAD: u32 = 44;
const MIRROR_NOTE: u32 = 25;
const FIGURES: u32 = 14;
const UNDER: u32 = 16;
const TABLE_HEAD: u32 = 26;
const CELL_GAP: u32 = 4;

/// One page of a part split over several slides: the `index`-th of `pages`, holding the
/// part's rows `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub index: usize,
    pub pages: usize,
    pub start: usize,
    pub end: usize,
}

impl Page {
    /// The rows of the whole part that are on this page.
    pub fn rows<T>(&self, rows: Vec<T>) -> Vec<T> {
        rows.into_iter()
            .skip(self.start)
            .take(self.end.saturating_sub(self.start))
            .collect()
    }

    pub fn is_first(&self) -> bool {
        self.index == 0
    }
}

/// One slide of the group presentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slide {
    Overview,
    /// The names participants gave, when the facilitator shows them and they do not fit on
    /// the overview.
    Names,
    /// The gemeente's own picture beside the partners' (`model::mirror`); its rows are the
    /// largest differences.
    Mirror(Page),
    Statements(Direction, Page),
    Differences(Page),
    Strongest,
    Weakest,
    Checklist(String, Page),
}

/// What the slides need to know of the texts they show (from the bundled content in the
/// app, `describe::ContentTexts`; made up in the tests).
pub trait Texts {
    /// A statement's direction (`None`: unknown, left out).
    fn direction(&self, item: &str) -> Option<Direction>;
    /// The length in characters of a statement as the gemeente's slides show it, numbered.
    fn statement_len(&self, item: &str) -> usize;
    /// The length of a statement as the mirror shows it (the partners' wording), numbered.
    fn mirror_len(&self, item: &str) -> usize;
    /// The length of a checklist item's text.
    fn item_len(&self, item: &str) -> usize;
    /// The length of a checklist's heading on its slide.
    fn list_heading_len(&self, list: &str) -> usize;
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

/// Lines a text of `chars` characters takes at `per_line` a line (at least one).
fn lines(chars: usize, per_line: usize) -> u32 {
    u32::try_from(chars.div_ceil(per_line.max(1)).max(1)).unwrap_or(u32::MAX)
}

/// The slides for this group: where there are self-assessments the overview (and the names
/// when they are shown and do not fit there) and the mirror; where the gemeente took part
/// the statements that help, those to avoid, where the roles differ, the strongest and the
/// weakest points; then every checklist. `mirror` is the statements the mirror slide names
/// (its largest differences), `mirror_note` whether it notes old results it leaves out,
/// `show_names` whether the facilitator shows the names.
pub fn slides(
    summary: &GroupSummary,
    mirror: &[String],
    mirror_note: bool,
    lists: &[ListStats],
    show_names: bool,
    texts: &impl Texts,
) -> Vec<Slide> {
    let mut out = Vec::new();
    if summary.participants > 0 {
        out.push(Slide::Overview);
        if show_names && !names_fit(&summary.labels) {
            out.push(Slide::Names);
        }
        // The mirror: its counts and notes, then its largest differences.
        let heights: Vec<u32> = mirror
            .iter()
            .map(|id| LINE * lines(texts.mirror_len(id), LINE_CHARS) + UNDER)
            .collect();
        let head = MIRROR_HEAD + if mirror_note { MIRROR_NOTE } else { 0 };
        out.extend(paged(&heights, head).map(Slide::Mirror));
    }
    // The gemeente's own picture, when the gemeente took part.
    if summary.own > 0 {
        for direction in [Direction::Helps, Direction::Avoid] {
            let heights: Vec<u32> = statements_of(summary, direction, |i| texts.direction(i))
                .iter()
                .map(|s| LINE * lines(texts.statement_len(&s.item), LINE_CHARS) + FIGURES)
                .collect();
            out.extend(
                paged(&heights, STATEMENTS_HEAD)
                    .map(move |page| Slide::Statements(direction, page)),
            );
        }
        let heights: Vec<u32> = summary
            .disagreements(DIFFERENCES, DIFFERENCE_GAP)
            .iter()
            .map(|s| LINE * lines(texts.statement_len(&s.item), LINE_CHARS) + UNDER)
            .collect();
        out.extend(paged(&heights, HEADING + 2 * LINE).map(Slide::Differences));
        out.push(Slide::Strongest);
        // Only when there is a weakest point that is not among the strongest.
        if !summary.weakest(POINTS).is_empty() {
            out.push(Slide::Weakest);
        }
    }
    for (list, _, items) in lists {
        let heights: Vec<u32> = items
            .iter()
            .map(|i| LINE * lines(texts.item_len(&i.item), CELL_CHARS) + CELL_GAP)
            .collect();
        let heading = 15 * lines(texts.list_heading_len(list), HEADING_CHARS);
        out.extend(
            paged(&heights, heading + TABLE_HEAD).map(|page| Slide::Checklist(list.clone(), page)),
        );
    }
    out
}

/// Whether the names fit below the overview's figures (about eight lines are left there).
pub fn names_fit(labels: &[String]) -> bool {
    let chars: usize = labels.iter().map(|l| l.chars().count() + 2).sum();
    lines(chars + 40, LINE_CHARS) <= 7
}

/// The pages of a part whose rows are `heights` tall, below `head` (the heading and what
/// stands above the rows on every page).
fn paged(heights: &[u32], head: u32) -> impl Iterator<Item = Page> {
    let parts = split(heights, SLIDE_ROOM.saturating_sub(head));
    let pages = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(move |(index, (start, end))| Page {
            index,
            pages,
            start,
            end,
        })
}

/// Splits rows of these heights into the fewest runs that each fit `room` (a row taller
/// than `room` gets a run of its own), as even in number of rows as that allows: `n` rows
/// over `k` runs are `n / k` or one more each when that fits, otherwise filled in order.
/// No rows: one empty run, so a part always has a slide (saying it has nothing yet).
pub fn split(heights: &[u32], room: u32) -> Vec<(usize, usize)> {
    if heights.is_empty() {
        return vec![(0, 0)];
    }
    // The fewest runs, filling each in order.
    let mut greedy = Vec::new();
    let (mut start, mut used) = (0, 0u32);
    for (i, &h) in heights.iter().enumerate() {
        if i > start && used.saturating_add(h) > room {
            greedy.push((start, i));
            start = i;
            used = 0;
        }
        used = used.saturating_add(h);
    }
    greedy.push((start, heights.len()));
    // As many runs, each as many rows as the others (or one more).
    let (n, k) = (heights.len(), greedy.len());
    let even: Vec<(usize, usize)> = (0..k).map(|j| (j * n / k, (j + 1) * n / k)).collect();
    let fits = even.iter().all(|&(s, e)| {
        e - s == 1
            || heights
                .iter()
                .skip(s)
                .take(e - s)
                .fold(0u32, |sum, h| sum.saturating_add(*h))
                <= room
    });
    if fits {
        even
    } else {
        greedy
    }
}
