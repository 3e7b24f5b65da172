//! The mirror of a werkatelier (issue 24): per statement, the gemeente's own picture (its
//! roles about the gemeente) beside the partners' picture (partners about the gemeente), and
//! the statements where the two differ most. Pure, tested natively (tests/mirror.rs).
//!
//! An average is shown only where at least [`MIN_ANSWERS`] people answered on the scale:
//! with one answer the "average" is that person's answer, and with two each of them can work
//! out the other's from their own. From three on, a figure is the group's. Results of the
//! first wording version made by a partner rated their own organisation
//! ([`Perspective::EigenOrganisatie`]) and are left out.

use crate::model::assessment::{mean, Assessment, Direction, Perspective};

/// The fewest scale answers an average of a group rests on (see the module).
pub const MIN_ANSWERS: usize = 3;

/// The smallest difference between the two pictures worth naming, in score points (0–100):
/// one step on the five-point scale.
pub const MIN_GAP: u32 = 25;

/// One side's picture of one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Picture {
    /// Answers on the scale.
    pub answered: usize,
    /// "Weet ik niet".
    pub dont_know: usize,
    /// Mean score 0–100, only with at least [`MIN_ANSWERS`] scale answers.
    pub average: Option<u32>,
}

impl Picture {
    fn of(scores: &[u32], dont_know: usize) -> Picture {
        Picture {
            answered: scores.len(),
            dont_know,
            average: if scores.len() >= MIN_ANSWERS {
                mean(scores.iter().copied())
            } else {
                None
            },
        }
    }
}

/// One statement in the mirror.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirrorRow {
    /// The statement id.
    pub id: String,
    pub direction: Direction,
    /// The gemeente's roles about the gemeente.
    pub gemeente: Picture,
    /// Partners about the gemeente.
    pub partners: Picture,
}

impl MirrorRow {
    /// How far the partners' average lies from the gemeente's (partners minus gemeente, in
    /// score points: negative when partners see it worse), when both have an average.
    pub fn gap(&self) -> Option<i64> {
        Some(i64::from(self.partners.average?) - i64::from(self.gemeente.average?))
    }
}

/// The mirror of a group's results.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mirror {
    /// Results from the gemeente's roles.
    pub gemeente: usize,
    /// Results from partners.
    pub partners: usize,
    /// Old partner results about their own organisation, left out.
    pub left_out_old: usize,
    pub rows: Vec<MirrorRow>,
}

/// Which pictures the group has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sides {
    None,
    GemeenteOnly,
    PartnersOnly,
    Both,
}

impl Mirror {
    pub fn sides(&self) -> Sides {
        match (self.gemeente > 0, self.partners > 0) {
            (false, false) => Sides::None,
            (true, false) => Sides::GemeenteOnly,
            (false, true) => Sides::PartnersOnly,
            (true, true) => Sides::Both,
        }
    }

    /// The statements where partners see the gemeente most differently from how it sees
    /// itself: both averages present, at least [`MIN_GAP`] apart, largest gap first (ties in
    /// statement order), at most `n`.
    pub fn differences(&self, n: usize) -> Vec<&MirrorRow> {
        let mut rows: Vec<&MirrorRow> = self
            .rows
            .iter()
            .filter(|r| {
                r.gap()
                    .is_some_and(|g| g.unsigned_abs() >= u64::from(MIN_GAP))
            })
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.gap().map_or(0, i64::abs)));
        rows.truncate(n);
        rows
    }
}

/// Builds the mirror over `statements` (statement id and direction, in display order).
/// `asked(assessment, id)` says whether that participant was asked the statement: an answer
/// to a statement left out for their role does not count.
pub fn mirror(
    assessments: &[Assessment],
    statements: &[(&str, Direction)],
    asked: impl Fn(&Assessment, &str) -> bool,
) -> Mirror {
    let side = |p: Perspective| {
        assessments
            .iter()
            .filter(move |a| a.perspective() == p)
            .collect::<Vec<_>>()
    };
    let gemeente = side(Perspective::Gemeente);
    let partners = side(Perspective::Partner);
    let picture = |group: &[&Assessment], id: &str, direction: Direction| {
        let mut scores = Vec::new();
        let mut dont_know = 0;
        for a in group.iter().filter(|a| asked(a, id)) {
            match a.answers.get(id).map(|answer| answer.score(direction)) {
                Some(Some(score)) => scores.push(score),
                Some(None) => dont_know += 1,
                None => {}
            }
        }
        Picture::of(&scores, dont_know)
    };
    Mirror {
        gemeente: gemeente.len(),
        partners: partners.len(),
        left_out_old: side(Perspective::EigenOrganisatie).len(),
        rows: statements
            .iter()
            .map(|&(id, direction)| MirrorRow {
                id: id.to_string(),
                direction,
                gemeente: picture(&gemeente, id, direction),
                partners: picture(&partners, id, direction),
            })
            .collect(),
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The mirror as a section of the group's CSV: a blank line, a header, then per statement one
/// row per perspective (the gemeente about itself, partners about the gemeente) with its
/// average (empty below [`MIN_ANSWERS`]), answers and "weet ik niet". `text_of` gives a
/// statement's text. Empty without results.
pub fn csv(mirror: &Mirror, text_of: impl Fn(&str) -> String) -> String {
    if mirror.sides() == Sides::None {
        return String::new();
    }
    let mut out = String::from("\r\n");
    out.push_str("Spiegel;Stelling (id);Stelling;Perspectief;Gemiddelde (0-100);Aantal antwoorden;Weet ik niet\r\n");
    for (index, row) in mirror.rows.iter().enumerate() {
        for (perspective, picture) in [
            (Perspective::Gemeente, &row.gemeente),
            (Perspective::Partner, &row.partners),
        ] {
            let fields = [
                (index + 1).to_string(),
                csv_field(&row.id),
                csv_field(&text_of(&row.id)),
                perspective.label().to_string(),
                picture.average.map(|a| a.to_string()).unwrap_or_default(),
                picture.answered.to_string(),
                picture.dont_know.to_string(),
            ];
            out.push_str(&fields.join(";"));
            out.push_str("\r\n");
        }
    }
    out
}
