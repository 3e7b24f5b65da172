//! Derived from evaluations: the werkvormen they name with how those evaluations scored,
//! and the lessons about maatschappelijke initiatieven, to take over as success factors.

use super::{Factor, FactorsSheet, Kind, LessonRef, RegisterSheet, Werkvorm, Worksheet};
use crate::model::evaluation::{Evaluation, Score};
use crate::model::fold::fold;

impl Worksheet {
    /// A new sheet as "Nieuw werkblad" makes it: a werkvormen register also gets the
    /// werkvormen named in `evaluations` (see [`RegisterSheet::add_werkvormen_from`]).
    pub fn start(
        id: String,
        kind: Kind,
        evaluations: &[Evaluation],
        now: &str,
        mut make_id: impl FnMut() -> String,
    ) -> Self {
        let mut sheet = Worksheet::new(id, kind, now, &mut make_id);
        if let Some(register) = sheet.body_mut::<RegisterSheet>() {
            register.add_werkvormen_from(evaluations, make_id);
        }
        sheet
    }
}

/// What a werkvormen register takes from the evaluations: their werkvormen.
impl RegisterSheet {
    /// Adds the werkvormen named in `evaluations` that the register does not have yet
    /// (names compared without case and accents). Returns how many were added.
    pub fn add_werkvormen_from(
        &mut self,
        evaluations: &[Evaluation],
        mut make_id: impl FnMut() -> String,
    ) -> usize {
        let mut added = 0;
        for usage in werkvormen_in(evaluations) {
            if !self
                .werkvormen
                .iter()
                .any(|w| fold(w.name.trim()) == usage.key)
            {
                self.werkvormen.push(Werkvorm {
                    id: make_id(),
                    name: usage.name,
                    ..Werkvorm::default()
                });
                added += 1;
            }
        }
        added
    }

    /// The werkvormen named in `evaluations` that the register does not have yet, as rows
    /// to show with it. Their ids come from their names (`uit-evaluatie-…`), so a row keeps
    /// its id when it is stored on its first change ([`RegisterSheet::keep_werkvorm`]):
    /// opening a register shows them without writing anything.
    pub fn werkvormen_to_add(&self, evaluations: &[Evaluation]) -> Vec<Werkvorm> {
        let mut rows = Vec::new();
        let mut register = self.clone();
        let mut names = Vec::new();
        register.add_werkvormen_from(evaluations, String::new);
        for added in register.werkvormen.iter().skip(self.werkvormen.len()) {
            names.push(added.name.clone());
        }
        for name in names {
            let id: String = fold(name.trim())
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            rows.push(Werkvorm {
                id: format!("uit-evaluatie-{id}"),
                name,
                ..Werkvorm::default()
            });
        }
        rows
    }

    /// Stores `row` (one of [`RegisterSheet::werkvormen_to_add`]) unless a row with its id
    /// is stored already; returns the stored row.
    pub fn keep_werkvorm(&mut self, row: &Werkvorm) -> Option<&mut Werkvorm> {
        if !self.werkvormen.iter().any(|w| w.id == row.id) {
            self.werkvormen.push(row.clone());
        }
        self.werkvormen.iter_mut().find(|w| w.id == row.id)
    }
}

/// What the succesfactoren take from the evaluations: their lessons about initiatives.
impl FactorsSheet {
    /// Lessons about initiatives not yet taken over as a factor.
    pub fn lessons_to_take<'a>(&self, evaluations: &'a [Evaluation]) -> Vec<InitiativeLesson<'a>> {
        initiative_lessons(evaluations)
            .into_iter()
            .filter(|l| {
                !self.factors.iter().any(|f| {
                    f.source
                        .as_ref()
                        .is_some_and(|s| s.evaluation == l.evaluation.id && s.lesson == l.lesson_id)
                })
            })
            .collect()
    }
}

/// How one werkvorm fared in the evaluations that name it.
#[derive(Debug, Clone, PartialEq)]
pub struct WerkvormUsage {
    /// Folded name, for matching.
    pub key: String,
    /// The name as first written.
    pub name: String,
    /// Ids of the evaluations that used it.
    pub evaluations: Vec<String>,
    /// Average of the matter scores (1–5, "n.v.t." left out) of those evaluations.
    pub average: Option<f64>,
}

/// Average matter score of one evaluation, if any matter is scored 1–5.
pub fn matter_average(evaluation: &Evaluation) -> Option<f64> {
    let scores: Vec<f64> = evaluation
        .matters
        .values()
        .filter_map(|r| match r.score {
            Some(Score::Scale(n)) => Some(f64::from(n)),
            _ => None,
        })
        .collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

/// Every werkvorm named in `evaluations`, in order of first appearance, with the evaluations
/// that used it and how they scored on the seven matters.
pub fn werkvormen_in(evaluations: &[Evaluation]) -> Vec<WerkvormUsage> {
    let mut usages: Vec<(WerkvormUsage, Vec<f64>)> = Vec::new();
    for evaluation in evaluations {
        let average = matter_average(evaluation);
        for name in &evaluation.werkvormen {
            let key = fold(name.trim());
            if key.is_empty() {
                continue;
            }
            let at = match usages.iter().position(|(u, _)| u.key == key) {
                Some(at) => at,
                None => {
                    usages.push((
                        WerkvormUsage {
                            key,
                            name: name.trim().to_string(),
                            evaluations: Vec::new(),
                            average: None,
                        },
                        Vec::new(),
                    ));
                    usages.len() - 1
                }
            };
            let (usage, scores) = &mut usages[at];
            if !usage.evaluations.contains(&evaluation.id) {
                usage.evaluations.push(evaluation.id.clone());
                scores.extend(average);
            }
        }
    }
    usages
        .into_iter()
        .map(|(mut usage, scores)| {
            usage.average =
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
            usage
        })
        .collect()
}

/// The usage of the werkvorm called `name`, if evaluations name it.
pub fn usage_of<'a>(usages: &'a [WerkvormUsage], name: &str) -> Option<&'a WerkvormUsage> {
    let key = fold(name.trim());
    usages.iter().find(|u| u.key == key)
}

/// A written lesson tagged as being about maatschappelijke initiatieven.
#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeLesson<'a> {
    pub evaluation: &'a Evaluation,
    pub lesson_id: String,
    pub text: String,
}

/// Every written lesson about initiatives, most recently edited evaluation first.
pub fn initiative_lessons(evaluations: &[Evaluation]) -> Vec<InitiativeLesson<'_>> {
    let mut sorted: Vec<&Evaluation> = evaluations.iter().collect();
    sorted.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
    sorted
        .into_iter()
        .flat_map(|evaluation| {
            evaluation
                .written_lessons()
                .filter(|l| l.initiative)
                .map(move |l| InitiativeLesson {
                    evaluation,
                    lesson_id: l.id.clone(),
                    text: l.text.clone(),
                })
        })
        .collect()
}

/// A factor taken over from a lesson.
pub fn factor_from(lesson: &InitiativeLesson, id: String) -> Factor {
    Factor {
        id,
        text: lesson.text.clone(),
        note: String::new(),
        source: Some(LessonRef {
            evaluation: lesson.evaluation.id.clone(),
            lesson: lesson.lesson_id.clone(),
        }),
    }
}
