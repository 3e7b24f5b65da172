//! What the group page says about results, in words from the bundled content: the lines of a
//! received link, a scanned code in a few words, a member's row, the message after adding,
//! and a strong or weak point with what its score means (`model::wording`).

use crate::content;
use crate::model::assessment::{Assessment, Direction};
use crate::model::checklist::FilledChecklist;
use crate::model::dataset::Dataset;
use crate::model::wording;

use super::{summarize_checklists, Added, ListStats, StatementStats};

/// The statement's number in the zelftest (from 1; 0 for an unknown item).
pub fn statement_number(item: &str) -> usize {
    content::assessment_scale()
        .iter()
        .position(|(id, _)| *id == item)
        .map_or(0, |i| i + 1)
}

/// The statement's text (its id when the content does not know it).
pub fn statement_text(item: &str) -> String {
    content::statement(item).map_or_else(|| item.to_string(), |s| s.wij.to_string())
}

/// "3. Tekst van de stelling".
pub fn numbered(item: &str) -> String {
    format!("{}. {}", statement_number(item), statement_text(item))
}

/// The statement as both sides can read it, for the mirror: the partners' wording is about
/// the gemeente in the third person ("2. De gemeente stelt minder regels.").
pub fn mirror_statement(item: &str) -> String {
    let text = content::statement(item).map_or(item, |s| {
        if s.partner.is_empty() {
            s.wij
        } else {
            s.partner
        }
    });
    format!("{}. {text}", statement_number(item))
}

/// The lengths of the bundled texts, from which `model::group::slides` splits a part.
pub struct ContentTexts;

impl super::Texts for ContentTexts {
    fn direction(&self, item: &str) -> Option<Direction> {
        direction_of(item)
    }
    fn statement_len(&self, item: &str) -> usize {
        numbered(item).chars().count()
    }
    fn mirror_len(&self, item: &str) -> usize {
        mirror_statement(item).chars().count()
    }
    fn item_len(&self, item: &str) -> usize {
        item_text(item).chars().count()
    }
    fn list_heading_len(&self, list: &str) -> usize {
        // "Checklist: Titel (12×) (2 van 3)"
        list_title(list).chars().count() + 28
    }
}

/// A statement's direction (helps, or to avoid), from the content.
pub fn direction_of(item: &str) -> Option<Direction> {
    content::statement(item).map(|s| s.direction())
}

/// A strong or weak point in words that say what its score means: "4. Komt zelden voor: …".
pub fn point_text(item: &str, score: u32) -> String {
    let direction = direction_of(item).unwrap_or(Direction::Helps);
    format!(
        "{}. {}",
        statement_number(item),
        wording::point(direction, score, &statement_text(item))
    )
}

/// Whether this participant was asked the statement (its role and wording version).
fn asked(a: &Assessment, id: &str) -> bool {
    content::scale_of(a).iter().any(|(s, _)| *s == id)
}

/// The group's self-assessments summarised over the bundled statements, each participant's
/// answers to the statements they were asked.
pub fn summary_of(data: &Dataset) -> super::GroupSummary {
    super::summarize_asked(&data.assessments, &content::assessment_scale(), asked)
}

/// The group's mirror: the gemeente's own picture beside the partners' (`model::mirror`).
pub fn mirror_of(data: &Dataset) -> crate::model::mirror::Mirror {
    crate::model::mirror::mirror(&data.assessments, &content::assessment_scale(), asked)
}

/// Per bundled list: copies and the item states (items in the list's order).
pub fn checklist_stats(checklists: &[FilledChecklist]) -> Vec<ListStats> {
    summarize_checklists(checklists, |list| {
        content::list(list)
            .map(|l| l.items.iter().map(|i| i.id.to_string()).collect())
            .unwrap_or_default()
    })
}

/// A list's title ("onbekende lijst" when the content does not know it).
pub fn list_title(list: &str) -> &'static str {
    content::list(list).map_or("onbekende lijst", |l| l.title)
}

/// A checklist item's text (its id when the content does not know it).
pub fn item_text(item: &str) -> String {
    content::item(item).map_or_else(|| item.to_string(), |i| i.text.to_string())
}

/// How many of the statements they were asked this participant answered, and of how many.
fn answered(a: &Assessment) -> (usize, usize) {
    let scale = content::scale_of(a);
    (a.answered(scale.iter().map(|s| s.0)), scale.len())
}

/// The participant's name in quotes, or "anoniem".
fn name_or_anonymous(a: &Assessment) -> String {
    let label = a.label.trim();
    if label.is_empty() {
        "anoniem".to_string()
    } else {
        format!("“{label}”")
    }
}

/// What a received link holds, one line per result.
pub fn received_lines(data: &Dataset) -> Vec<String> {
    let mut lines: Vec<String> = data
        .assessments
        .iter()
        .map(|a| {
            let (answered, total) = answered(a);
            format!(
                "Zelftest · {} · {answered} van {total} stellingen beantwoord · {}",
                wording::role_words(a),
                name_or_anonymous(a)
            )
        })
        .collect();
    lines.extend(data.checklists.iter().map(checklist_row));
    lines
}

/// A scanned result in a few words: "raad, 19 antwoorden" or "checklist “Valkuilen”".
pub fn scanned_summary(data: &Dataset) -> String {
    let mut parts: Vec<String> = data
        .assessments
        .iter()
        .map(|a| {
            let (n, _) = answered(a);
            let label = a.label.trim();
            let role = a.role.label().to_lowercase();
            let who = if label.is_empty() {
                role
            } else {
                format!("{role} “{label}”")
            };
            format!(
                "{who}, {n} {}",
                if n == 1 { "antwoord" } else { "antwoorden" }
            )
        })
        .collect();
    parts.extend(
        data.checklists
            .iter()
            .map(|c| format!("checklist “{}”", list_title(&c.list))),
    );
    parts.join("; ")
}

/// A zelftest in one row: "Zelftest · Raad · “Team Noord” · 12 van 20 beantwoord", counted
/// over the statements this participant was asked; the role says the perspective where the
/// role alone does not (`wording::role_words`).
pub fn assessment_row(a: &Assessment) -> String {
    let (answered, total) = answered(a);
    format!(
        "Zelftest · {} · {} · {answered} van {total} beantwoord",
        wording::role_words(a),
        name_or_anonymous(a),
    )
}

/// A checklist in one row: "Checklist “Valkuilen” · Overleg maart".
pub fn checklist_row(c: &FilledChecklist) -> String {
    format!("Checklist “{}” · {}", list_title(&c.list), c.title)
}

/// Every result in the group as (id, row text), for "Toegevoegde resultaten".
pub fn member_rows(data: &Dataset) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = data
        .assessments
        .iter()
        .map(|a| (a.id.clone(), assessment_row(a)))
        .collect();
    rows.extend(
        data.checklists
            .iter()
            .map(|c| (c.id.clone(), checklist_row(c))),
    );
    rows
}

/// The message after results were added.
pub fn added_message(added: Added) -> String {
    crate::model::words::group_added(added.new, added.already)
}

/// A distribution bar read aloud: how many scored 0, 25, 50, 75 and 100, and "weet ik niet".
pub fn distribution_label(stats: &StatementStats) -> String {
    format!(
        "Verdeling van de scores: {}. Weet ik niet: {}.",
        stats
            .buckets
            .iter()
            .enumerate()
            .map(|(i, n)| format!("score {} {}×", i * 25, n))
            .collect::<Vec<_>>()
            .join(", "),
        stats.dont_know
    )
}

/// The roles' averages on one statement: "Raad: 75 · College: 25 (verschil 50)".
pub fn role_averages(stats: &StatementStats) -> String {
    format!(
        "{} (verschil {})",
        stats
            .by_role
            .iter()
            .map(|(r, v)| format!("{}: {v}", r.label()))
            .collect::<Vec<_>>()
            .join(" · "),
        stats.role_gap()
    )
}

/// A heading for one page of a part split over `pages` slides: "Titel (2 van 3)".
pub fn paged_heading(title: &str, index: usize, pages: usize) -> String {
    if pages > 1 {
        format!("{title} ({} van {pages})", index + 1)
    } else {
        title.to_string()
    }
}
