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

/// How much of a section is filled in. `total == 0`: not applicable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn label(self) -> String {
        if self.total == 0 {
            "niet van toepassing".to_string()
        } else if self.done >= self.total {
            "compleet".to_string()
        } else {
            format!("{} van {} ingevuld", self.done, self.total)
        }
    }
}

impl Evaluation {
    /// All sections together: what the evaluation list shows ("12 van 24 ingevuld").
    pub fn total_progress(&self) -> Progress {
        Section::ALL.iter().fold(Progress::default(), |sum, s| {
            let p = self.progress(*s);
            Progress {
                done: sum.done + p.done,
                total: sum.total + p.total,
            }
        })
    }

    pub fn progress(&self, section: Section) -> Progress {
        let count = |flags: &[bool]| Progress {
            done: flags.iter().filter(|f| **f).count(),
            total: flags.len(),
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
            },
            Section::Conditions => Progress {
                done: CONDITIONS
                    .iter()
                    .filter(|(k, _, _)| self.conditions.get(*k).is_some_and(|r| r.score.is_some()))
                    .count(),
                total: CONDITIONS.len(),
            },
            Section::Partner => count(&[!self.helped.is_empty(), !self.avoided.is_empty()]),
            Section::Pitfalls => count(&[!self.pitfalls.is_empty()]),
            Section::Regie if !self.raad_involved => Progress { done: 0, total: 0 },
            Section::Regie => {
                count(&[!self.regie.is_empty() || !self.regie_note.trim().is_empty()])
            }
            Section::Lessons => count(&[self.written_lessons().next().is_some()]),
        }
    }
}
