//! "Bewaren op dit apparaat" for a link received on `/groep`: what it keeps (the zelftests and
//! checklists the dialog lists, nothing else), and in words what that changes here: a result
//! that replaces one on this device, one that is already here, and what the link holds that
//! is neither added nor kept.

use crate::model::dataset::Dataset;
use crate::model::merge::{self, Standing};
use crate::model::words::counted;

use super::describe::{assessment_row, checklist_row};

/// What keeping `received` on this device would do.
#[derive(Debug, Clone, PartialEq)]
pub struct KeepPlan {
    /// What is merged into this device's data: only zelftests and checklists.
    pub data: Dataset,
    /// One line per received result that meets one with its id here (replaced, kept, or the
    /// same), naming the result on this device.
    pub notes: Vec<String>,
}

/// What "Bewaren op dit apparaat" merges of `received` into `here`, and what it changes.
pub fn plan(here: &Dataset, received: &Dataset) -> KeepPlan {
    let data = Dataset {
        assessments: received.assessments.clone(),
        checklists: received.checklists.clone(),
        ..Dataset::default()
    };
    let mut notes = Vec::new();
    for a in &data.assessments {
        let mine = here.assessments.iter().find(|m| m.id == a.id);
        if let Some(line) = note(merge::standing(mine, a), mine.map(assessment_row)) {
            notes.push(line);
        }
    }
    for c in &data.checklists {
        let mine = here.checklists.iter().find(|m| m.id == c.id);
        if let Some(line) = note(merge::standing(mine, c), mine.map(checklist_row)) {
            notes.push(line);
        }
    }
    KeepPlan { data, notes }
}

fn note(standing: Standing, mine: Option<String>) -> Option<String> {
    let mine = mine?;
    Some(match standing {
        Standing::New => return None,
        Standing::Identical => format!("Staat al op dit apparaat: {mine}."),
        Standing::NewerHere => {
            format!("Op dit apparaat staat een nieuwere versie, die blijft: {mine}.")
        }
        Standing::NewerInFile => format!("Vervangt op dit apparaat: {mine}."),
    })
}

/// What the link holds besides zelftests and checklists, which neither "Toevoegen" nor
/// "Bewaren" takes: "Ook in de link: 2 evaluaties en 1 werkblad. Die worden niet
/// toegevoegd en niet bewaard." (`None` when there is nothing else.)
pub fn left_out(received: &Dataset) -> Option<String> {
    let mut parts = Vec::new();
    if !received.evaluations.is_empty() {
        parts.push(counted(
            received.evaluations.len(),
            "evaluatie",
            "evaluaties",
        ));
    }
    if !received.worksheets.is_empty() {
        parts.push(counted(received.worksheets.len(), "werkblad", "werkbladen"));
    }
    (!parts.is_empty()).then(|| {
        format!(
            "Ook in de link: {}. Die worden niet toegevoegd en niet bewaard.",
            parts.join(" en ")
        )
    })
}
