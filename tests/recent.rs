//! "Verder waar je was": the newest records of every kind, newest first.
#![cfg(not(target_arch = "wasm32"))]

use samenwerkingswijzer::model::assessment::{Assessment, Role};
use samenwerkingswijzer::model::checklist::FilledChecklist;
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::recent::recent;

#[test]
fn recent_lists_the_newest_records_of_every_kind() {
    let mut data = Dataset::default();
    data.checklists.push(FilledChecklist::new(
        "c1".into(),
        "valkuilen",
        "Oud overleg".into(),
        String::new(),
        "2026-01-01T00:00:00Z",
    ));
    data.checklists.push(FilledChecklist::new(
        "c2".into(),
        "regie",
        " ".into(),
        String::new(),
        "2026-03-01T00:00:00Z",
    ));
    data.assessments.push(Assessment::new(
        "a1".into(),
        Role::Raad,
        String::new(),
        "2026-02-01T00:00:00Z",
    ));
    let items = recent(&data, 2);
    let summary: Vec<(&str, &str, &str)> = items
        .iter()
        .map(|i| (i.path.as_str(), i.kind, i.title.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("/checklists/c2", "Checklist", "Checklist zonder titel"),
            ("/zelftest/a1", "Zelftest", "Raad")
        ]
    );
    assert!(recent(&Dataset::default(), 3).is_empty());
}
