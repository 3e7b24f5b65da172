//! What the evaluation pages and others do with whole evaluations: create, duplicate,
//! delete with undo, export.

use leptos::prelude::*;

use crate::browser::{new_id, now, today};
use crate::components::actions::{delete_with_undo, use_notices};
use crate::model::dataset::Dataset;
use crate::model::evaluation::{display_title, Evaluation};
use crate::store::Store;
use crate::transfer::download::{download_dataset, file_name};

/// Creates an evaluation and returns its id. With an example case id, it starts from that
/// case's title and complexity.
pub fn create_evaluation(store: Store, title: &str, example: Option<&str>) -> String {
    let id = new_id();
    store.add(Evaluation::create(id.clone(), title, example, &now()));
    id
}

/// Duplicates an evaluation; returns the new id.
pub fn duplicate_evaluation(store: Store, id: &str) -> Option<String> {
    let notices = use_notices();
    let original = store.data.with_untracked(|d| d.evaluation(id).cloned())?;
    let copy = original.duplicate(new_id(), &now());
    let new = copy.id.clone();
    store.add(copy);
    notices.show(format!("Kopie gemaakt: “{}”", original.title), None);
    Some(new)
}

/// Deletes an evaluation and offers "Ongedaan maken".
pub fn delete_evaluation(store: Store, id: &str) {
    // Context first: the update removes the row (and its reactive owner) that called this.
    let notices = use_notices();
    delete_with_undo::<Evaluation>(store, notices, id, |e| {
        format!("Evaluatie “{}” is verwijderd.", display_title(&e.title))
    });
}

/// Downloads the given evaluations as one export file.
/// Exports the evaluations with these ids (in stored order) as one file.
pub fn export_evaluation_ids(store: Store, ids: &[String], what: &str) -> Result<(), String> {
    let chosen: Vec<Evaluation> = store.data.with_untracked(|d| {
        d.evaluations
            .iter()
            .filter(|e| ids.contains(&e.id))
            .cloned()
            .collect()
    });
    export_evaluations(chosen, what)
}

pub fn export_evaluations(evaluations: Vec<Evaluation>, what: &str) -> Result<(), String> {
    let data = Dataset {
        evaluations,
        ..Dataset::default()
    };
    download_dataset(&file_name(what, &today()), &data, &now())
}
