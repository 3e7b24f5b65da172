//! How much of each section of the evaluation editor is filled in.

use crate::model::evaluation::{Evaluation, CONDITIONS, MATTERS};

/// The editor's sections, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Case,
    Matters,
    Conditions,
    Partner,
    Pitfalls,
    Regie,
    Lessons,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Case,
        Section::Matters,
        Section::Conditions,
        Section::Partner,
        Section::Pitfalls,
        Section::Regie,
        Section::Lessons,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Case => "De casus",
            Section::Matters => "De zeven zaken van maatwerk",
            Section::Conditions => "Openheid en duidelijkheid",
            Section::Partner => "Goede samenwerkingspartner",
            Section::Pitfalls => "Valkuilen",
            Section::Regie => "Regie vanuit de raad",
            Section::Lessons => "Lessen voor de ontwikkelagenda",
        }
    }

    /// Stable key for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Section::Case => "casus",
            Section::Matters => "zaken",
            Section::Conditions => "voorwaarden",
            Section::Partner => "partner",
            Section::Pitfalls => "valkuilen",
            Section::Regie => "regie",
            Section::Lessons => "lessen",
        }
    }
}

/// How much of a section is filled in. `total == 0`: not applicable. `ticked`: a section
/// where one ticks what applied (behaviours, valkuilen, regie) or adds lessons, with how many;
/// such a section has no end, so it is never "compleet" (issue 25: one tick said so).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub ticked: Option<Ticked>,
}

/// What a section without an end counts: ticks, or lessons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ticked {
    Ticks(usize),
    Lessons(usize),
}

impl Progress {
    /// Whether every question of the section is answered (never for a section where one
    /// ticks what applied).
    pub fn complete(self) -> bool {
        self.ticked.is_none() && self.total > 0 && self.done >= self.total
    }

    pub fn label(self) -> String {
        match self.ticked {
            _ if self.total == 0 => "niet van toepassing".to_string(),
            Some(Ticked::Ticks(0)) => "nog niets aangevinkt".to_string(),
            Some(Ticked::Ticks(n)) => format!("{n} aangevinkt"),
            Some(Ticked::Lessons(n)) => crate::model::words::counted(n, "les", "lessen"),
            None if self.complete() => "compleet".to_string(),
            None => format!("{} van {} ingevuld", self.done, self.total),
        }
    }
}

impl Evaluation {
    /// All sections together: what the evaluation list shows ("12 van 24 ingevuld"); a
    /// section where one ticks what applied counts as filled in once something is ticked.
    pub fn total_progress(&self) -> Progress {
        Section::ALL.iter().fold(Progress::default(), |sum, s| {
            let p = self.progress(*s);
            Progress {
                done: sum.done + p.done,
                total: sum.total + p.total,
                ticked: None,
            }
        })
    }

    pub fn progress(&self, section: Section) -> Progress {
        let count = |flags: &[bool]| Progress {
            done: flags.iter().filter(|f| **f).count(),
            total: flags.len(),
            ticked: None,
        };
        let ticked = |flags: &[bool], ticked: Ticked| Progress {
            ticked: Some(ticked),
            ..count(flags)
        };
        match section {
            Section::Case => count(&[
                !self.title.trim().is_empty(),
                self.complexity.is_some(),
                !self.place.trim().is_empty(),
                !self.period_start.is_empty(),
                self.parties.iter().any(|p| !p.name.trim().is_empty()),
                self.municipality_role.is_some(),
                self.participation_level.is_some(),
                !self.werkvormen.is_empty(),
            ]),
            Section::Matters => Progress {
                done: MATTERS
                    .iter()
                    .filter(|m| self.matters.get(**m).is_some_and(|r| r.score.is_some()))
                    .count(),
                total: MATTERS.len(),
                ticked: None,
            },
            Section::Conditions => Progress {
                done: CONDITIONS
                    .iter()
                    .filter(|(k, _, _)| self.conditions.get(*k).is_some_and(|r| r.score.is_some()))
                    .count(),
                total: CONDITIONS.len(),
                ticked: None,
            },
            Section::Partner => ticked(
                &[!self.helped.is_empty(), !self.avoided.is_empty()],
                Ticked::Ticks(self.helped.len() + self.avoided.len()),
            ),
            Section::Pitfalls => ticked(
                &[!self.pitfalls.is_empty()],
                Ticked::Ticks(self.pitfalls.len()),
            ),
            Section::Regie if !self.raad_involved => Progress::default(),
            Section::Regie => ticked(
                &[!self.regie.is_empty() || !self.regie_note.trim().is_empty()],
                Ticked::Ticks(self.regie.len()),
            ),
            Section::Lessons => {
                let lessons = self.written_lessons().count();
                ticked(&[lessons > 0], Ticked::Lessons(lessons))
            }
        }
    }
}
