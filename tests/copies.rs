//! The copies kept beside the data (issue 22): a recovery copy is not written twice and their
//! number and size are bounded; the last few import backups are kept within a budget; a
//! person's record comes out of every copy ("Klaar op dit apparaat"); and "Vervangen" knows
//! per kind what it removes.
#![cfg(not(target_arch = "wasm32"))]

use samenwerkingswijzer::model::assessment::{Assessment, Role};
use samenwerkingswijzer::model::checklist::FilledChecklist;
use samenwerkingswijzer::model::copies::{
    older_backups_to_drop, record_counts, recovery_plan, without_record, RecoveryPlan,
    WithoutRecord, COPIES_BUDGET, MAX_BACKUPS, MAX_RECOVERY_COPIES,
};
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::merge::removed_by_replace;
use samenwerkingswijzer::model::words::{kinds_listed, listed};
use serde_json::{json, Value};

#[test]
fn an_identical_recovery_copy_is_not_written_again() {
    assert_eq!(recovery_plan([], "kapot"), RecoveryPlan::Write);
    assert_eq!(
        recovery_plan(["iets anders", "kapot"], "kapot"),
        RecoveryPlan::AlreadyKept(1)
    );
    assert_eq!(recovery_plan(["iets anders"], "kapot"), RecoveryPlan::Write);
}

#[test]
fn recovery_copies_are_bounded_in_number_and_size() {
    let five: Vec<String> = (0..MAX_RECOVERY_COPIES)
        .map(|i| format!("kopie {i}"))
        .collect();
    assert_eq!(
        recovery_plan(five.iter().map(String::as_str), "nog een"),
        RecoveryPlan::Full
    );
    // Even when full, an identical copy is found (nothing new is needed).
    assert_eq!(
        recovery_plan(five.iter().map(String::as_str), "kopie 3"),
        RecoveryPlan::AlreadyKept(3)
    );
    let big = "x".repeat(COPIES_BUDGET - 10);
    assert_eq!(
        recovery_plan([big.as_str()], "twaalf tekens"),
        RecoveryPlan::Full
    );
    assert_eq!(recovery_plan([big.as_str()], "negen"), RecoveryPlan::Write);
    // A first copy is always tried, however large.
    let huge = "y".repeat(COPIES_BUDGET * 3);
    assert_eq!(recovery_plan([], &huge), RecoveryPlan::Write);
}

#[test]
fn a_stream_of_unreadable_data_never_holds_more_than_the_bound() {
    // What the store does on every load or storage event: plan, then write when told.
    let mut kept: Vec<String> = Vec::new();
    for round in 0..50 {
        // The same unreadable text on every load, and now and then a new one.
        let raw = format!("kapot {}", round / 7);
        if recovery_plan(kept.iter().map(String::as_str), &raw) == RecoveryPlan::Write {
            kept.push(raw);
        }
    }
    assert_eq!(kept.len(), MAX_RECOVERY_COPIES);
    let mut unique = kept.clone();
    unique.dedup();
    assert_eq!(unique, kept);
}

#[test]
fn older_backups_beyond_the_last_few_or_the_budget_go() {
    assert!(older_backups_to_drop(&[]).is_empty());
    assert!(older_backups_to_drop(&[10]).is_empty());
    // Beside the newest, MAX_BACKUPS - 1 older ones stay.
    let many = vec![10; MAX_BACKUPS + 2];
    let dropped = older_backups_to_drop(&many);
    assert_eq!(
        dropped,
        (MAX_BACKUPS - 1..MAX_BACKUPS + 2).collect::<Vec<_>>()
    );
    // Too large together: the older ones give way.
    assert_eq!(older_backups_to_drop(&[COPIES_BUDGET, 1]), vec![1]);
    assert_eq!(older_backups_to_drop(&[COPIES_BUDGET + 1, 1]), vec![0, 1]);
}

fn envelope() -> Value {
    json!({
        "format": "samenwerkingswijzer",
        "version": 1,
        "exportedAt": "2026-12-06T10:00:00.000Z",
        "assessments": [
            {"id": "a-1", "label": "Wethouder Jansen"},
            {"id": "a-2", "label": "Raadslid"}
        ],
        "checklists": [{"id": "c-1", "title": "Overleg", "note": "zie a-1"}],
        "evaluations": [],
        "toekomst": {"veld": "blijft"}
    })
}

#[test]
fn a_record_comes_out_of_a_copy_and_the_rest_stays() {
    let raw = envelope().to_string();
    let WithoutRecord::Rewritten(text) = without_record(&raw, "a-1") else {
        panic!("a-1 is in the copy");
    };
    let after: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(
        after["assessments"],
        json!([{"id": "a-2", "label": "Raadslid"}])
    );
    assert_eq!(after["checklists"], envelope()["checklists"]);
    assert_eq!(after["toekomst"], json!({"veld": "blijft"}));
    assert_eq!(record_counts(&text), Some([0, 1, 1, 0]));
}

#[test]
fn a_copy_that_does_not_hold_the_record_is_left_alone() {
    let raw = envelope().to_string();
    assert_eq!(without_record(&raw, "a-9"), WithoutRecord::Untouched);
    // Mentioned in a note, but not a record of the copy.
    let only_mentioned = json!({"checklists": [{"id": "c-1", "note": "zie a-7"}]}).to_string();
    assert_eq!(
        without_record(&only_mentioned, "a-7"),
        WithoutRecord::Untouched
    );
    assert_eq!(without_record(&raw, ""), WithoutRecord::Untouched);
}

#[test]
fn an_unreadable_copy_that_mentions_the_record_goes_whole() {
    assert_eq!(
        without_record(r#"{"assessments":[{"id":"a-1" kapot"#, "a-1"),
        WithoutRecord::RemoveWhole
    );
    assert_eq!(
        without_record(r#"["a-1"]"#, "a-1"),
        WithoutRecord::RemoveWhole
    );
}

#[test]
fn record_counts_read_any_envelope() {
    assert_eq!(record_counts(&envelope().to_string()), Some([0, 2, 1, 0]));
    assert_eq!(record_counts("{}"), Some([0, 0, 0, 0]));
    assert_eq!(record_counts("kapot"), None);
    assert_eq!(record_counts("[]"), None);
}

fn assessment(id: &str) -> Assessment {
    Assessment::start(id.into(), Role::Raad, "", "2026-11-01T00:00:00.000Z")
}

fn checklist(id: &str) -> FilledChecklist {
    FilledChecklist::new(
        id.into(),
        "valkuilen",
        String::new(),
        String::new(),
        "2026-11-01T00:00:00.000Z",
    )
}

#[test]
fn vervangen_counts_per_kind_what_is_not_in_the_file() {
    let here = Dataset {
        assessments: vec![assessment("a-1")],
        checklists: vec![checklist("c-1"), checklist("c-2"), checklist("c-3")],
        ..Dataset::default()
    };
    let file = Dataset {
        assessments: vec![assessment("a-1"), assessment("a-2")],
        checklists: vec![checklist("c-2")],
        ..Dataset::default()
    };
    assert_eq!(removed_by_replace(&here, &file), [0, 0, 2, 0]);
    assert_eq!(removed_by_replace(&file, &here), [0, 1, 0, 0]);
    assert_eq!(removed_by_replace(&here, &here), [0; 4]);
}

#[test]
fn counts_per_kind_read_as_a_dutch_list() {
    assert_eq!(
        kinds_listed([0, 3, 2, 1]),
        "3 zelftests, 2 checklists en 1 werkblad"
    );
    assert_eq!(kinds_listed([1, 0, 0, 0]), "1 evaluatie");
    assert_eq!(kinds_listed([0, 0, 2, 2]), "2 checklists en 2 werkbladen");
    assert_eq!(kinds_listed([0; 4]), "");
    assert_eq!(listed(&["a".into(), String::new(), "b".into()]), "a en b");
}
