//! The copies kept beside the data (issue 22): a recovery copy is not written twice and their
//! number and size are bounded; the last few import backups are kept within a budget; a
//! person's record comes out of a copy ("Klaar op dit apparaat"); and "Vervangen" knows per
//! kind what it removes.
#![cfg(not(target_arch = "wasm32"))]

use samenwerkingswijzer::model::assessment::{Assessment, Role};
use samenwerkingswijzer::model::checklist::FilledChecklist;
use samenwerkingswijzer::model::copies::{
    mentions, no_room, older_backups_to_drop, record_counts, take_out, COPIES_BUDGET, MAX_BACKUPS,
    MAX_RECOVERY_COPIES,
};
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::merge::removed_by_replace;
use samenwerkingswijzer::model::words::{kinds_listed, listed};
use serde_json::{json, Value};

/// What the store does on every load or storage event with unreadable text (`keep_aside`):
/// an identical copy is found first, otherwise a copy is written when there is room.
fn keep(kept: &mut Vec<String>, raw: &str) -> bool {
    if kept.iter().any(|copy| copy == raw) {
        return false;
    }
    let chars = kept.iter().map(String::len).sum();
    if no_room(kept.len(), chars, raw.len()) {
        return false;
    }
    kept.push(raw.to_string());
    true
}

#[test]
fn recovery_copies_are_bounded_in_number_and_size() {
    assert!(!no_room(0, 0, 10));
    assert!(!no_room(MAX_RECOVERY_COPIES - 1, 10, 10));
    assert!(no_room(MAX_RECOVERY_COPIES, 10, 10));
    assert!(no_room(1, COPIES_BUDGET - 10, 11));
    assert!(!no_room(1, COPIES_BUDGET - 10, 10));
    // A first copy is always tried, however large.
    assert!(!no_room(0, 0, COPIES_BUDGET * 3));
}

#[test]
fn a_stream_of_unreadable_data_never_holds_more_than_the_bound_nor_two_alike() {
    let mut kept: Vec<String> = Vec::new();
    let mut written = 0;
    for round in 0..50 {
        // The same unreadable text on every load, and now and then a new one.
        if keep(&mut kept, &format!("kapot {}", round / 7)) {
            written += 1;
        }
    }
    assert_eq!(kept.len(), MAX_RECOVERY_COPIES);
    assert_eq!(written, MAX_RECOVERY_COPIES);
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
        "checklists": [{"id": "c-1", "title": "Overleg"}],
        "evaluations": []
    })
}

#[test]
fn a_record_comes_out_of_a_copy_and_the_rest_stays() {
    let mut copy = Dataset {
        assessments: vec![assessment("a-1"), assessment("a-2")],
        checklists: vec![checklist("c-1")],
        ..Dataset::default()
    };
    assert!(take_out(&mut copy, "a-1"));
    assert_eq!(copy.assessments, vec![assessment("a-2")]);
    assert_eq!(copy.checklists, vec![checklist("c-1")]);
    assert!(!take_out(&mut copy, "a-1"));
    assert!(take_out(&mut copy, "c-1"));
    assert_eq!(copy.record_count(), 1);
}

#[test]
fn only_a_copy_that_mentions_the_record_is_read() {
    let raw = envelope().to_string();
    assert!(mentions(&raw, "a-1"));
    assert!(!mentions(&raw, "a-9"));
    assert!(!mentions(&raw, ""));
    assert!(mentions("{ kapot \"a-1\"", "a-1"));
    // Multi-byte text around it is no problem for the byte search.
    assert!(mentions("één “a-1” ✓", "a-1"));
    assert!(!mentions("a-", "a-1"));
}

#[test]
fn record_counts_read_any_envelope() {
    assert_eq!(record_counts(&envelope().to_string()), Some([0, 2, 1, 0]));
    assert_eq!(record_counts("{}"), Some([0, 0, 0, 0]));
    assert_eq!(record_counts("kapot"), None);
    assert_eq!(record_counts("[]"), None);
}

fn assessment(id: &str) -> Assessment {
    Assessment::start(id.into(), Role::Raad, None, "", "2026-11-01T00:00:00.000Z")
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
