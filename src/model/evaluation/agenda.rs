//! The ontwikkelagenda (every written lesson, grouped by matter) and the evaluations of one
//! example case.

use crate::model::evaluation::{Evaluation, Lesson, Status, MATTERS};

/// Which lessons go on the agenda: by the evaluation's status and year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AgendaFilter {
    pub status: Option<Status>,
    pub year: Option<i32>,
}

/// One lesson on the agenda with the evaluation (the case) it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgendaLesson<'a> {
    pub evaluation: &'a Evaluation,
    pub lesson: &'a Lesson,
}

/// The lessons of one matter; `matter` is `None` for lessons not tagged with a matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaGroup<'a> {
    pub matter: Option<String>,
    pub lessons: Vec<AgendaLesson<'a>>,
}

/// Every written lesson of every evaluation that passes `filter`, grouped by matter: the
/// seven matters in the seed's order (always present, possibly empty), then matters this
/// version does not know, then untagged lessons (only when there are any). Within a group,
/// the most recently edited evaluation comes first; an evaluation's lessons keep their order.
pub fn agenda<'a>(evaluations: &'a [Evaluation], filter: AgendaFilter) -> Vec<AgendaGroup<'a>> {
    let mut sorted: Vec<&Evaluation> = evaluations
        .iter()
        .filter(|e| filter.status.is_none_or(|s| e.status == s))
        .filter(|e| filter.year.is_none_or(|y| e.year() == Some(y)))
        .collect();
    sorted.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));

    let mut groups: Vec<AgendaGroup> = MATTERS
        .iter()
        .map(|m| AgendaGroup {
            matter: Some(m.to_string()),
            lessons: Vec::new(),
        })
        .collect();
    let mut untagged = AgendaGroup {
        matter: None,
        lessons: Vec::new(),
    };
    for evaluation in sorted {
        for lesson in evaluation.written_lessons() {
            let item = AgendaLesson { evaluation, lesson };
            match &lesson.matter {
                None => untagged.lessons.push(item),
                Some(matter) => match groups
                    .iter_mut()
                    .find(|g| g.matter.as_ref() == Some(matter))
                {
                    Some(group) => group.lessons.push(item),
                    None => groups.push(AgendaGroup {
                        matter: Some(matter.clone()),
                        lessons: vec![item],
                    }),
                },
            }
        }
    }
    if !untagged.lessons.is_empty() {
        groups.push(untagged);
    }
    groups
}

/// The evaluations of one example case, most recently edited first.
pub fn of_example<'a>(evaluations: &'a [Evaluation], example: &str) -> Vec<&'a Evaluation> {
    let mut found: Vec<&Evaluation> = evaluations
        .iter()
        .filter(|e| e.example.as_deref() == Some(example))
        .collect();
    found.sort_by(|a, b| b.updated_at.cmp(&a.updated_at));
    found
}

impl Evaluation {
    /// The lessons shown with its example case ("leerzame voorbeelden"): the written lessons
    /// of a finished evaluation; a concept shares none yet.
    pub fn lessons_to_share(&self) -> Vec<&Lesson> {
        if self.status == Status::Afgerond {
            self.written_lessons().collect()
        } else {
            Vec::new()
        }
    }
}
