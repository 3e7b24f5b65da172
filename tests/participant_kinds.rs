//! The participant's bundles are built without the `all-kinds` feature, each typing only the
//! kind it edits (`--features assessments` for the zelftest, `--features checklists` for the
//! checklists); they keep the other kinds as JSON (`model::raw`). What another tool wrote must
//! come back unchanged from them: read from storage, written back, exported, merged with
//! another tab, shared, through the fast path and the checked one. scripts/test.sh runs this
//! file in all three builds: `cargo test --test participant_kinds` and
//! `cargo test --no-default-features --features <kind> --test participant_kinds`.
#![cfg(not(target_arch = "wasm32"))]

#[cfg(not(feature = "all-kinds"))]
use proptest::prelude::*;
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::import;
use samenwerkingswijzer::model::json;
use samenwerkingswijzer::model::merge;
use samenwerkingswijzer::model::record::{self, Record};
use samenwerkingswijzer::model::share;
use serde_json::{json, Value};

/// A record of every kind (an evaluation, an assessment, a checklist and two worksheets)
/// exactly as the full app writes them (tests/data_import.rs checks that in the full build).
const EVERY_KIND: &str = include_str!("fixtures/every-kind.json");
/// 2026-12-01: the fixture's times lie before it.
const READ_AT: i64 = 1_796_000_000_000;

/// The records of every kind of an envelope, as JSON.
fn every_kind(text: &str) -> [Value; 4] {
    let envelope: Value = serde_json::from_str(text).expect("JSON");
    ["evaluations", "assessments", "checklists", "worksheets"].map(|kind| envelope[kind].clone())
}

fn read(text: &str) -> Dataset {
    import::parse_stored_at(text, READ_AT).expect("readable")
}

#[test]
fn what_another_tool_wrote_is_stored_and_exported_unchanged() {
    let data = read(EVERY_KIND);
    assert_eq!(data.evaluations.len(), 1);
    assert_eq!(data.worksheets.len(), 2);
    assert_eq!(
        data.evaluations[0].id(),
        "00000000-0000-4000-8000-000000000001"
    );
    assert_eq!(
        data.evaluations[0].completed_at(),
        Some("2026-11-02T10:00:00.000Z")
    );
    // What the store writes (compact) and what an export writes (indented).
    let stored = serde_json::to_string(&data.stamped("2026-11-30T12:00:00.000Z")).expect("JSON");
    assert_eq!(every_kind(&stored), every_kind(EVERY_KIND));
    let exported = json::to_string_pretty(&data).expect("JSON");
    assert_eq!(every_kind(&exported), every_kind(EVERY_KIND));
    // Read again, it is the same dataset.
    assert_eq!(read(&stored).evaluations, data.evaluations);
    assert_eq!(read(&stored).worksheets, data.worksheets);
}

#[test]
fn a_share_link_carries_the_assessments_without_action_points_and_the_checklists() {
    let shared = share::for_sharing(&read(EVERY_KIND));
    let shared: Value =
        serde_json::from_str(&json::to_string_pretty(&shared).expect("JSON")).expect("JSON");
    let [_, mut assessments, checklists, _] = every_kind(EVERY_KIND);
    assessments[0]
        .as_object_mut()
        .expect("an object")
        .remove("actions");
    assert_eq!(shared["assessments"], assessments);
    assert_eq!(shared["checklists"], checklists);
    assert_eq!(shared["evaluations"], json!([]));
    assert_eq!(shared["worksheets"], json!([]));
    assert_eq!(shared["app"], json!(""));
}

#[test]
fn times_are_checked_and_corrected_as_in_the_full_app_and_nothing_else_changes() {
    let mut envelope: Value = serde_json::from_str(EVERY_KIND).expect("JSON");
    // A clock ahead: times from the future are corrected (also an evaluation's
    // completedAt); a worksheet has no completedAt, so one there is left as it is.
    envelope["evaluations"][0]["updatedAt"] = json!("2031-01-01T00:00:00.000Z");
    envelope["evaluations"][0]["completedAt"] = json!("2031-01-01T00:00:00.000Z");
    envelope["worksheets"][0]["completedAt"] = json!("geen tijd");
    let text = envelope.to_string();
    assert!(
        import::read_plain_at(&text, None, READ_AT).is_none(),
        "future times take the checked path"
    );
    let data = read(&text);
    let evaluation = &data.evaluations[0];
    assert!(evaluation.updated_at() < "2026-12-02", "{evaluation:?}");
    assert!(
        evaluation.completed_at().is_some_and(|t| t < "2026-12-02"),
        "{evaluation:?}"
    );
    let mut expected = envelope["evaluations"][0].clone();
    expected["updatedAt"] = json!(evaluation.updated_at());
    expected["completedAt"] = json!(evaluation.completed_at());
    let written = every_kind(&serde_json::to_string(&data).expect("JSON"));
    assert_eq!(written[0][0], expected);
    // A worksheet has no completedAt: one there is not checked, and kept like any unknown
    // field, whether the build types worksheets (`model::unknown`) or keeps them as JSON.
    assert_eq!(written[3][0], envelope["worksheets"][0]);
}

/// `completedAt` is checked exactly on the kinds that have it (`record::has_completed_at`),
/// whether this build types them or keeps them as JSON: a time from the future there sends
/// the envelope through the checked path, which corrects it; on checklists and worksheets it
/// is ignored like any unknown field.
#[test]
fn completed_at_is_checked_on_assessments_and_evaluations_only() {
    for (kind, has) in [
        ("evaluations", true),
        ("assessments", true),
        ("checklists", false),
        ("worksheets", false),
    ] {
        assert_eq!(record::has_completed_at(kind), has, "{kind}");
        let mut envelope: Value = serde_json::from_str(EVERY_KIND).expect("JSON");
        envelope[kind][0]["completedAt"] = json!("2031-01-01T00:00:00.000Z");
        let text = envelope.to_string();
        assert_eq!(
            import::read_plain_at(&text, None, READ_AT).is_some(),
            !has,
            "{kind}: the fast path"
        );
        let data = read(&text);
        let completed = match kind {
            "evaluations" => data.evaluations[0].completed_at(),
            "assessments" => data.assessments[0].completed_at(),
            _ => None,
        };
        if has {
            assert!(
                completed.is_some_and(|t| t < "2026-12-02"),
                "{kind}: corrected, {completed:?}"
            );
        }
    }
}

#[cfg(not(feature = "all-kinds"))]
#[test]
fn an_evaluation_the_full_app_would_refuse_is_kept_as_it_is() {
    // The participant's bundles do not judge kinds they do not use: the full app names the
    // field when it reads this, and nothing is lost on the way.
    let mut envelope: Value = serde_json::from_str(EVERY_KIND).expect("JSON");
    envelope["evaluations"][0]["status"] = json!(5);
    envelope["worksheets"][1]["onbekend"] = json!({ "van": "een nieuwere versie" });
    let data = read(&envelope.to_string());
    let written = every_kind(&serde_json::to_string(&data).expect("JSON"));
    assert_eq!(written[0][0], envelope["evaluations"][0]);
    assert_eq!(written[3][1], envelope["worksheets"][1]);
}

#[test]
fn a_record_without_an_id_or_times_is_refused_as_in_the_full_app() {
    for (field, value) in [
        ("id", json!("")),
        ("id", json!(7)),
        ("createdAt", Value::Null),
    ] {
        let mut envelope: Value = serde_json::from_str(EVERY_KIND).expect("JSON");
        envelope["evaluations"][0][field] = value;
        assert!(
            import::parse_stored_at(&envelope.to_string(), READ_AT).is_err(),
            "{field}"
        );
    }
}

#[test]
fn another_tab_changing_evaluations_and_worksheets_wins_here() {
    let base = read(EVERY_KIND);
    let mut envelope: Value = serde_json::from_str(EVERY_KIND).expect("JSON");
    envelope["evaluations"][0]["title"] = json!("Buurthuis De Zuid, tweede ronde");
    envelope["evaluations"][0]["updatedAt"] = json!("2026-11-20T10:00:00.000Z");
    let removed = envelope["worksheets"]
        .as_array_mut()
        .expect("worksheets")
        .remove(1);
    let theirs = read(&envelope.to_string());
    // This tab (a participant's) changed none of them.
    let mine = base.clone();
    let (merged, conflicts) = merge::merge3_dataset(&base, &mine, &theirs, &mut || {
        "00000000-0000-4000-8000-00000000ffff".to_string()
    });
    assert_eq!(conflicts, 0);
    assert_eq!(merged.evaluations, theirs.evaluations);
    assert_eq!(merged.worksheets, theirs.worksheets);
    assert!(merged
        .worksheets
        .iter()
        .all(|sheet| sheet.id() != removed["id"].as_str().unwrap_or_default()));
}

#[cfg(not(feature = "all-kinds"))]
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        // Decimals that JSON text carries exactly (serde_json reads long ones to the nearest
        // double but one, in every build; the app writes none).
        (-4000i32..4000).prop_map(|n| Value::from(f64::from(n) / 8.0)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[cfg(not(feature = "all-kinds"))]
proptest! {
    /// Any fields on an evaluation or a worksheet (a newer version's, another tool's) survive
    /// a participant's read and write, through either path.
    #[test]
    fn any_fields_survive_a_read_and_a_write(
        extra in prop::collection::btree_map("[a-zA-Z]{1,10}", arb_json(), 0..5),
        future in any::<bool>(),
    ) {
        let mut envelope: Value = serde_json::from_str(EVERY_KIND).expect("JSON");
        for (key, value) in &extra {
            if ["id", "createdAt", "updatedAt", "completedAt"].contains(&key.as_str()) {
                continue;
            }
            envelope["evaluations"][0][key] = value.clone();
            envelope["worksheets"][0][key] = value.clone();
        }
        if future {
            // Another record with a time from the future sends the whole envelope through the
            // checked path.
            envelope["worksheets"][1]["updatedAt"] = json!("2031-01-01T00:00:00.000Z");
        }
        let data = read(&envelope.to_string());
        let written: Value =
            serde_json::from_str(&serde_json::to_string(&data).expect("JSON")).expect("JSON");
        prop_assert_eq!(&written["evaluations"], &envelope["evaluations"]);
        prop_assert_eq!(&written["worksheets"][0], &envelope["worksheets"][0]);
    }
}
