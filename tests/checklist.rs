//! Filled-in checklists: states, notes, progress and the JSON shape.
#![cfg(not(target_arch = "wasm32"))]

use samenwerkingswijzer::content;
use samenwerkingswijzer::model::checklist::{ChecklistProgress, FilledChecklist, ItemState};

fn valkuilen() -> Vec<&'static str> {
    content::list("valkuilen")
        .map(|l| l.items.iter().map(|i| i.id).collect())
        .unwrap_or_default()
}

#[test]
fn states_and_notes_are_kept_per_item_id_and_progress_counts_them() {
    let mut c = FilledChecklist::new(
        "id".into(),
        "valkuilen",
        "Overleg".into(),
        "2026-11-29".into(),
        "t0",
    );
    c.set_state("valkuil-01", Some(ItemState::Done), "t1");
    c.set_state("valkuil-02", Some(ItemState::NotDone), "t2");
    c.set_state("valkuil-03", Some(ItemState::NotApplicable), "t3");
    c.set_note("valkuil-04", "Nog bespreken".into(), "t4");
    assert_eq!(c.updated_at, "t4");
    assert_eq!(
        c.progress(valkuilen()),
        ChecklistProgress {
            done: 1,
            not_done: 1,
            not_applicable: 1,
            open: 7
        }
    );
    // Clearing a state and the note drops the entry: "untouched" has one form.
    c.set_state("valkuil-01", None, "t5");
    c.set_note("valkuil-04", String::new(), "t6");
    assert!(!c.items.contains_key("valkuil-01") && !c.items.contains_key("valkuil-04"));
}

#[test]
fn unknown_item_ids_are_kept_and_do_not_count_as_progress() {
    let mut c = FilledChecklist::new("id".into(), "valkuilen", String::new(), String::new(), "t0");
    c.set_state("valkuil-99", Some(ItemState::Done), "t1");
    assert_eq!(c.progress(valkuilen()).open, 10);
    let json = serde_json::to_string(&c).unwrap_or_default();
    let back: FilledChecklist = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        back.items.get("valkuil-99").and_then(|e| e.state),
        Some(ItemState::Done)
    );
}

#[test]
fn json_uses_camel_case_and_readable_states() {
    let mut c = FilledChecklist::new("id".into(), "regie", "T".into(), "2026-01-02".into(), "t0");
    c.set_state("regie-01", Some(ItemState::NotApplicable), "t1");
    let json = serde_json::to_value(&c).unwrap_or_default();
    assert_eq!(json["createdAt"], "t0");
    assert_eq!(json["items"]["regie-01"]["state"], "notApplicable");
    assert!(json["items"]["regie-01"].get("note").is_none());
}
