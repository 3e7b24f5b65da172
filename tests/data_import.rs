//! Native tests of the data path: reading untrusted files (errors with JSON paths),
//! migrations, the import preview, merging and the two-tab three-way merge; property tests
//! that no input panics and that merging is idempotent, commutative and drops nothing.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use samenwerkingswijzer::model::assessment::{Answer, Assessment, Role};
use samenwerkingswijzer::model::checklist::{FilledChecklist, ItemState};
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::export_meta::ExportMeta;
use samenwerkingswijzer::model::import::{self, BundledContent, MAX_FILE_BYTES, MAX_RECORDS};
use samenwerkingswijzer::model::merge::{self, KindCounts, CONFLICT_SUFFIX};
use samenwerkingswijzer::model::migrate::{self, UNKNOWN_TIME};
use samenwerkingswijzer::model::record::Record;
use serde_json::{json, Value};

fn checklist(id: &str, updated: &str, title: &str) -> FilledChecklist {
    let mut c = FilledChecklist::new(
        id.into(),
        "valkuilen",
        title.into(),
        "2026-11-01".into(),
        "2026-11-01T10:00:00.000Z",
    );
    c.set_state("valkuil-01", Some(ItemState::Done), updated);
    c
}

fn sample() -> Dataset {
    let mut a = Assessment::new(
        "a-1".into(),
        Role::Raad,
        "Raad".into(),
        "2026-11-02T10:00:00.000Z",
    );
    a.answer("helpen-01", Answer::Scale(4), "2026-11-02T11:00:00.000Z");
    Dataset {
        checklists: vec![
            checklist("c-1", "2026-11-01T11:00:00.000Z", "Overleg"),
            checklist("c-2", "2026-11-01T12:00:00.000Z", "Raadsvergadering"),
        ],
        assessments: vec![a],
        evaluations: vec![serde_json::from_value(json!({
            "id": "e-1", "createdAt": "2026-11-03T10:00:00.000Z",
            "updatedAt": "2026-11-03T10:00:00.000Z", "title": "Dorpshuis"
        }))
        .expect("evaluation")],
        ..Dataset::default()
    }
}

fn export(data: &Dataset) -> String {
    serde_json::to_string_pretty(&data.stamped("2026-11-29T10:00:00.000Z")).expect("json")
}

fn parse(text: &str) -> Result<import::ImportedFile, import::ImportError> {
    import::parse_file_at(text, &BundledContent, common::now_ms())
}

fn error(text: &str) -> import::ImportError {
    parse(text).expect_err("refused")
}

// ---- Reading files -------------------------------------------------------------------

#[test]
fn an_export_reads_back_identical() {
    let data = sample();
    let file = parse(&export(&data)).expect("readable");
    assert_eq!(file.data.checklists, data.checklists);
    assert_eq!(file.data.assessments, data.assessments);
    assert_eq!(file.data.evaluations, data.evaluations);
    assert_eq!(merge::preview(&data, &file.data).total().identical, 4);
}

#[test]
fn an_empty_file_is_refused() {
    for text in ["", "   \n"] {
        let e = error(text);
        assert_eq!(
            (e.path.as_str(), e.message.as_str()),
            ("$", "Dit bestand is leeg.")
        );
    }
    assert!(import::check_size(0).is_err());
}

#[test]
fn a_file_that_is_not_json_says_so() {
    let e = error("Dit is een brief.\n");
    assert_eq!(e.path, "$");
    assert!(e.message.starts_with("Dit is geen JSON-bestand"), "{e:?}");
    assert!(e.message.contains("regel 1"), "{e:?}");
}

#[test]
fn a_foreign_json_file_is_not_our_format() {
    let e = error(r#"{"name": "iets anders", "version": 1}"#);
    assert_eq!(e.path, "$.format");
    assert!(
        e.message.contains("niet uit de Samenwerkingswijzer"),
        "{e:?}"
    );
    assert_eq!(error("[1, 2, 3]").path, "$");
    assert_eq!(error(r#"{"format": "excalidraw"}"#).path, "$.version");
    assert_eq!(
        error(r#"{"format": "excalidraw", "version": 1}"#).path,
        "$.format"
    );
}

#[test]
fn a_newer_version_is_refused_with_its_number() {
    let e = error(r#"{"format": "samenwerkingswijzer", "version": 7}"#);
    assert_eq!(e.path, "$.version");
    assert!(e.message.contains("nieuwere versie"), "{e:?}");
    assert!(e.message.contains('7'), "{e:?}");
    let stored = import::read(
        r#"{"format": "samenwerkingswijzer", "version": 2}"#,
        common::now_ms(),
    );
    assert!(stored.expect_err("newer").is_newer_version());
}

#[test]
fn a_wrong_field_is_named_by_its_json_path() {
    let mut value: Value = serde_json::from_str(&export(&sample())).expect("json");
    value["checklists"][1]["items"]["valkuil-01"]["state"] = json!("klaar");
    let e = error(&value.to_string());
    assert_eq!(e.path, "$.checklists[1].items.valkuil-01.state", "{e:?}");
    assert!(e.message.starts_with("Dit veld klopt niet"), "{e:?}");

    let mut value: Value = serde_json::from_str(&export(&sample())).expect("json");
    value["assessments"][0]["role"] = json!(12);
    assert_eq!(error(&value.to_string()).path, "$.assessments[0].role");

    let mut value: Value = serde_json::from_str(&export(&sample())).expect("json");
    value["checklists"][0]
        .as_object_mut()
        .expect("object")
        .remove("title");
    let e = error(&value.to_string());
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        ("$.checklists[0].title", "Dit veld ontbreekt.")
    );

    let mut value: Value = serde_json::from_str(&export(&sample())).expect("json");
    value["evaluations"][0]["updatedAt"] = json!(5);
    assert_eq!(error(&value.to_string()).path, "$.evaluations[0].updatedAt");

    let mut value: Value = serde_json::from_str(&export(&sample())).expect("json");
    value["worksheets"] = json!({"id": "x"});
    assert_eq!(error(&value.to_string()).path, "$.worksheets");

    let mut value: Value = serde_json::from_str(&export(&sample())).expect("json");
    value["evaluations"][0]["id"] = json!("");
    assert_eq!(error(&value.to_string()).path, "$.evaluations[0].id");
}

#[test]
fn a_file_of_50_mb_is_refused_before_reading() {
    let e = import::check_size(50 * 1024 * 1024).expect_err("too big");
    assert!(e.message.contains("te groot"), "{e:?}");
    assert!(e.message.contains("50,0 MB"), "{e:?}");
    assert!(import::check_size(MAX_FILE_BYTES).is_ok());
}

#[test]
fn a_file_with_10000_records_is_refused_clearly() {
    let records: Vec<Value> = (0..10_000)
        .map(|i| json!({"id": format!("e-{i}"), "createdAt": "2026-11-01T10:00:00Z", "updatedAt": "2026-11-01T10:00:00Z", "title": "x"}))
        .collect();
    let text =
        json!({"format": "samenwerkingswijzer", "version": 1, "evaluations": records}).to_string();
    let e = error(&text);
    assert_eq!(e.path, "$");
    assert!(e.message.contains("10.000 onderdelen"), "{e:?}");
    assert!(e.message.contains("5.000"), "{e:?}");
    // Exactly the limit is fine.
    let records: Vec<Value> = (0..MAX_RECORDS)
        .map(|i| json!({"id": format!("e-{i}"), "createdAt": "2026-11-01T10:00:00Z", "updatedAt": "2026-11-01T10:00:00Z", "title": "x"}))
        .collect();
    let text =
        json!({"format": "samenwerkingswijzer", "version": 1, "evaluations": records}).to_string();
    assert_eq!(
        parse(&text).expect("ok").data.evaluations.len(),
        MAX_RECORDS
    );
}

#[test]
fn a_duplicate_id_names_both_places() {
    let mut data = sample();
    data.checklists[1].id = "c-1".into();
    let e = error(&export(&data));
    assert_eq!(e.path, "$.checklists[1].id");
    assert!(e.message.contains("twee keer"), "{e:?}");
    assert!(e.message.contains("$.checklists[0].id"), "{e:?}");
}

#[test]
fn unknown_content_ids_are_kept_and_reported() {
    let mut data = sample();
    data.checklists[0].set_state("valkuil-99", Some(ItemState::Done), "2026-11-05T00:00:00Z");
    data.checklists[1].list = "lijst-uit-de-toekomst".into();
    let file = parse(&export(&data)).expect("readable");
    assert!(file.data.checklists[0].items.contains_key("valkuil-99"));
    assert_eq!(file.data.checklists[1].list, "lijst-uit-de-toekomst");
    let paths: Vec<&str> = file.warnings.iter().map(|w| w.path.as_str()).collect();
    assert!(
        paths.contains(&"$.checklists[0].items.valkuil-99"),
        "{paths:?}"
    );
    assert!(paths.contains(&"$.checklists[1].list"), "{paths:?}");
    assert!(file.warnings[0].describe().contains("onbekend onderdeel"));
}

#[test]
fn error_descriptions_carry_the_path() {
    let e = error(r#"{"format": "samenwerkingswijzer", "version": 1, "checklists": [1]}"#);
    assert_eq!(e.path, "$.checklists[0]");
    assert!(
        e.describe().ends_with("(bij $.checklists[0])"),
        "{}",
        e.describe()
    );
}

// ---- Migrations ------------------------------------------------------------------------

#[test]
fn version_0_files_are_migrated() {
    let v0 = json!({
        "version": 0,
        "exportedAt": "2025-01-01T00:00:00.000Z",
        "evaluations": [
            {"id": "e-old", "title": "Oud"},
            {"id": "e-half", "title": "Half", "updatedAt": "2025-02-01T00:00:00.000Z"}
        ],
        "checklists": [{"id": "c-old", "list": "valkuilen", "title": "Oud"}]
    });
    let file = parse(&v0.to_string()).expect("migrated");
    assert_eq!(file.data.version, 1);
    assert_eq!(
        file.data.evaluations[0].created_at(),
        "2025-01-01T00:00:00.000Z"
    );
    assert_eq!(
        file.data.evaluations[1].created_at(),
        "2025-02-01T00:00:00.000Z"
    );
    assert_eq!(
        file.data.evaluations[1].updated_at(),
        "2025-02-01T00:00:00.000Z"
    );
    assert_eq!(file.data.checklists[0].title, "Oud");
}

#[test]
fn migration_steps_are_pure_and_fill_the_unknown_time() {
    let v0 = json!({"version": 0, "assessments": [{"id": "a", "role": "raad"}]});
    let Value::Object(map) = v0 else {
        unreachable!()
    };
    let once = migrate::migrate(map.clone(), 0);
    assert_eq!(once, migrate::migrate(map, 0));
    assert_eq!(once["format"], "samenwerkingswijzer");
    assert_eq!(once["version"], 1);
    assert_eq!(once["assessments"][0]["createdAt"], UNKNOWN_TIME);
    // Current versions pass through unchanged.
    let Value::Object(current) = serde_json::from_str::<Value>(&export(&sample())).expect("json")
    else {
        unreachable!()
    };
    assert_eq!(migrate::migrate(current.clone(), 1), current);
}

#[test]
fn version_0_without_format_needs_version_0() {
    assert_eq!(
        error(r#"{"version": 1, "evaluations": []}"#).path,
        "$.format"
    );
}

// ---- Preview and merge ---------------------------------------------------------------------

#[test]
fn preview_counts_new_identical_and_newer_on_each_side() {
    let here = sample();
    let mut file = sample();
    file.checklists[0].set_note("valkuil-02", "later".into(), "2026-12-01T00:00:00.000Z");
    file.checklists[1].updated_at = "2026-01-01T00:00:00.000Z".into();
    file.checklists[1].title = "Ouder".into();
    file.checklists
        .push(checklist("c-3", "2026-11-09T00:00:00.000Z", "Nieuw"));
    let preview = merge::preview(&here, &file);
    assert_eq!(
        preview.kinds[2],
        KindCounts {
            new: 1,
            identical: 0,
            newer_here: 1,
            newer_in_file: 1
        }
    );
    assert_eq!(preview.kinds[1].identical, 1);
    let (merged, report) = merge::merge(&here, &file);
    assert_eq!(report, preview);
    assert_eq!(merged.checklists.len(), 3);
    assert_eq!(merged.checklists[0], file.checklists[0]);
    assert_eq!(merged.checklists[1], here.checklists[1]);
}

#[test]
fn several_files_combine_by_the_same_rules() {
    let mut a = sample();
    a.checklists.truncate(1);
    let mut b = sample();
    b.checklists[0].set_note("valkuil-03", "b".into(), "2026-12-02T00:00:00.000Z");
    let all = merge::combine(&[a, b.clone()]);
    assert_eq!(all.checklists.len(), 2);
    assert_eq!(all.checklists[0], b.checklists[0]);
}

#[test]
fn select_keeps_only_the_chosen_kinds() {
    let picked = merge::select(&sample(), [false, true, false, false]);
    assert_eq!(merge::counts(&picked), [0, 1, 0, 0]);
}

#[test]
fn two_tabs_changing_different_records_both_win() {
    let base = sample();
    let mut mine = base.clone();
    mine.checklists[0].title = "Mijn titel".into();
    let mut theirs = base.clone();
    theirs.checklists[1].title = "Hun titel".into();
    theirs
        .checklists
        .push(checklist("c-9", "2026-11-20T00:00:00.000Z", "Nieuw daar"));
    let mut ids = 0;
    let (merged, conflicts) = merge::merge3_dataset(&base, &mine, &theirs, &mut || {
        ids += 1;
        format!("new-{ids}")
    });
    assert_eq!(conflicts, 0);
    let titles: Vec<&str> = merged.checklists.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Mijn titel", "Hun titel", "Nieuw daar"]);
}

#[test]
fn two_tabs_changing_the_same_record_keep_both_versions() {
    let base = sample();
    let mut mine = base.clone();
    mine.checklists[0].title = "Mijn versie".into();
    mine.checklists[0].updated_at = "2026-11-10T00:00:00.000Z".into();
    let mut theirs = base.clone();
    theirs.checklists[0].title = "Hun versie".into();
    theirs.checklists[0].updated_at = "2026-11-11T00:00:00.000Z".into();
    let (merged, conflicts) =
        merge::merge3_dataset(&base, &mine, &theirs, &mut || "kopie-1".to_string());
    assert_eq!(conflicts, 1);
    assert_eq!(merged.checklists[0].title, "Hun versie");
    let copy = merged
        .checklists
        .iter()
        .find(|c| c.id == "kopie-1")
        .expect("loser kept");
    assert_eq!(copy.title, format!("Mijn versie{CONFLICT_SUFFIX}"));
}

#[test]
fn deletions_win_only_over_unchanged_records() {
    let base = sample();
    // Deleted here, unchanged there: gone.
    let mut mine = base.clone();
    mine.checklists.remove(0);
    let (merged, _) = merge::merge3_dataset(&base, &mine, &base, &mut String::new);
    assert_eq!(merged.checklists.len(), 1);
    // Deleted here, changed there: kept.
    let mut theirs = base.clone();
    theirs.checklists[0].title = "Veranderd".into();
    let (merged, _) = merge::merge3_dataset(&base, &mine, &theirs, &mut String::new);
    assert_eq!(merged.checklists.len(), 2);
    // Deleted there, changed here: kept.
    let mut mine = base.clone();
    mine.checklists[0].title = "Veranderd hier".into();
    let mut theirs = base.clone();
    theirs.checklists.remove(0);
    let (merged, _) = merge::merge3_dataset(&base, &mine, &theirs, &mut String::new);
    assert!(merged
        .checklists
        .iter()
        .any(|c| c.title == "Veranderd hier"));
}

#[test]
fn the_export_reminder_comes_after_seven_days_of_unexported_changes() {
    let day = 24.0 * 3600.0 * 1000.0;
    let mut meta = ExportMeta::default();
    assert!(!meta.needs_reminder(100.0 * day));
    assert!(meta.changed(1.0 * day));
    assert!(!meta.changed(2.0 * day), "the first change counts");
    assert!(!meta.needs_reminder(7.5 * day));
    assert!(meta.needs_reminder(8.0 * day));
    assert_eq!(meta.days_unexported(8.0 * day), Some(7));
    meta.exported("2026-11-29T10:00:00.000Z");
    assert!(!meta.needs_reminder(30.0 * day));
}

// ---- Properties ------------------------------------------------------------------------

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-z0-9 -]{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("samenwerkingswijzer"),
            Just("id"),
            Just("valkuil-01"),
            Just("done")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_string()),
                    Just("version".to_string()),
                    Just("checklists".to_string()),
                    Just("id".to_string()),
                    Just("createdAt".to_string()),
                    Just("updatedAt".to_string()),
                    Just("items".to_string()),
                    "[a-z]{1,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A small dataset of checklists from a few ids and times, so merges meet overlaps.
fn arb_dataset() -> impl Strategy<Value = Dataset> {
    prop::collection::vec((0u8..6, 0u8..4, "[a-c]{1,2}"), 0..6).prop_map(|rows| {
        let mut data = Dataset::default();
        for (id, time, title) in rows {
            let id = format!("c-{id}");
            if data.checklists.iter().any(|c| c.id == id) {
                continue;
            }
            let t = format!("2026-11-0{}T00:00:00.000Z", time + 1);
            let mut c = FilledChecklist::new(id, "valkuilen", title, String::new(), &t);
            c.updated_at = t;
            data.checklists.push(c);
        }
        data
    })
}

fn sorted(data: &Dataset) -> Vec<FilledChecklist> {
    let mut v = data.checklists.clone();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_give_an_error_or_a_file(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse(&text);
    }

    #[test]
    fn any_json_gives_an_error_or_a_file(value in arb_json()) {
        let _ = parse(&value.to_string());
        let mut envelope = json!({"format": "samenwerkingswijzer", "version": 1});
        envelope["checklists"] = json!([value.clone()]);
        let _ = parse(&envelope.to_string());
        envelope["assessments"] = value;
        let _ = parse(&envelope.to_string());
    }

    #[test]
    fn any_mutation_of_an_export_gives_an_error_or_a_mergeable_file(
        cut in 0usize..2000, insert in "[\\[\\]{}\",:a-z0-9]{0,3}"
    ) {
        let text = export(&sample());
        let cut = cut.min(text.len());
        let mut cut_at = cut;
        while !text.is_char_boundary(cut_at) { cut_at -= 1; }
        let mutated = format!("{}{}{}", &text[..cut_at], insert, &text[(cut_at + 1).min(text.len())..]);
        if let Ok(file) = parse(&mutated) {
            let (merged, _) = merge::merge(&sample(), &file.data);
            prop_assert!(merged.record_count() >= sample().record_count());
        }
    }

    #[test]
    fn merging_twice_changes_nothing_the_second_time(here in arb_dataset(), file in arb_dataset()) {
        let (once, _) = merge::merge(&here, &file);
        let (twice, report) = merge::merge(&once, &file);
        prop_assert_eq!(&once, &twice);
        prop_assert!(!report.total().changes());
    }

    #[test]
    fn merging_is_commutative_and_drops_nothing(a in arb_dataset(), b in arb_dataset()) {
        let (ab, _) = merge::merge(&a, &b);
        let (ba, _) = merge::merge(&b, &a);
        prop_assert_eq!(sorted(&ab), sorted(&ba));
        for record in a.checklists.iter().chain(&b.checklists) {
            prop_assert!(ab.checklists.iter().any(|c| c.id == record.id));
        }
    }

    #[test]
    fn three_way_merge_never_loses_a_change(base in arb_dataset(), mine in arb_dataset(), theirs in arb_dataset()) {
        let mut n = 0;
        let (merged, _) = merge::merge3_dataset(&base, &mine, &theirs, &mut || { n += 1; format!("copy-{n}") });
        // Every record that one side changed or added (differs from base) is still there.
        for side in [&mine, &theirs] {
            for record in &side.checklists {
                let unchanged = base.checklists.iter().any(|b| b == record);
                if !unchanged {
                    let copy_title = format!("{}{}", record.title, CONFLICT_SUFFIX);
                    let kept = merged.checklists.iter().any(|c| c.items == record.items
                        && c.list == record.list
                        && (c.title == record.title || c.title == copy_title));
                    prop_assert!(kept, "lost {:?}", record);
                }
            }
        }
    }
}

// ---- The fast path (import::read_plain_at) ------------------------------------------------

/// The moment the fast-path tests read at: after every time in `sample()`.
const READ_AT: i64 = 1_796_000_000_000; // 2026-12-01

#[test]
fn data_the_app_wrote_takes_the_fast_path() {
    // An export file, and the stored envelope as the store writes it.
    let data = sample();
    let stored = serde_json::to_string(&data.stamped("2026-11-29T10:00:00.000Z")).expect("json");
    for text in [export(&data), stored] {
        for max in [None, Some(MAX_RECORDS)] {
            let plain = import::read_plain_at(&text, max, READ_AT).expect("the fast path");
            assert_eq!(
                import::parse_checked_at(&text, max, READ_AT),
                Ok((plain.clone(), Vec::new()))
            );
            assert_eq!(plain.checklists, data.checklists);
            assert_eq!(plain.assessments, data.assessments);
            assert_eq!(plain.evaluations, data.evaluations);
            assert_eq!(plain.exported_at, "2026-11-29T10:00:00.000Z");
        }
    }
}

#[test]
fn anything_to_check_or_correct_leaves_the_fast_path() {
    let base = serde_json::to_value(sample().stamped("2026-11-29T10:00:00.000Z")).expect("json");
    type Change = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Change)> = vec![
        ("version 0", Box::new(|v| v["version"] = json!(0))),
        ("a newer version", Box::new(|v| v["version"] = json!(2))),
        ("another format", Box::new(|v| v["format"] = json!("iets"))),
        (
            "a time with an offset",
            Box::new(|v| v["checklists"][0]["updatedAt"] = json!("2026-11-01T12:00:00+01:00")),
        ),
        (
            "a time from the future",
            Box::new(|v| v["assessments"][0]["createdAt"] = json!("2999-01-01T00:00:00.000Z")),
        ),
        (
            "a completedAt that is no time",
            Box::new(|v| v["assessments"][0]["completedAt"] = json!("gisteren")),
        ),
        (
            "an empty id",
            Box::new(|v| v["evaluations"][0]["id"] = json!(" ")),
        ),
        (
            "a duplicate id",
            Box::new(|v| v["checklists"][1]["id"] = json!("c-1")),
        ),
        ("app is null", Box::new(|v| v["app"] = json!(null))),
    ];
    for (what, change) in cases {
        let mut value = base.clone();
        change(&mut value);
        let text = value.to_string();
        assert_eq!(import::read_plain_at(&text, None, READ_AT), None, "{what}");
    }
    // Too many records for a file: the checked path refuses it with its message.
    let text = base.to_string();
    assert_eq!(import::read_plain_at(&text, Some(2), READ_AT), None);
    assert!(import::parse_checked_at(&text, Some(2), READ_AT).is_err());
}

/// A change to one field of an envelope, from values the fast path must judge right.
fn arb_change() -> impl Strategy<Value = (usize, usize, Value)> {
    let value = prop_oneof![
        Just(json!("2026-11-01T10:00:00.000Z")),
        Just(json!("2026-11-01T10:00:00Z")),
        Just(json!("2026-11-01T11:00:00+01:00")),
        Just(json!("2999-01-01T00:00:00.000Z")),
        Just(json!("2026-12-01T23:59:59.999Z")),
        Just(json!("")),
        Just(json!(" ")),
        Just(json!("gisteren")),
        Just(json!("c-1")),
        Just(json!("a-1")),
        Just(json!(null)),
        Just(json!(0)),
        Just(json!(1)),
        Just(json!(2)),
        Just(json!("samenwerkingswijzer")),
        Just(json!([])),
    ];
    (0usize..8, 0usize..4, value)
}

fn apply_change(envelope: &mut Value, (record, field, value): (usize, usize, Value)) {
    const PLACES: [(&str, usize); 4] = [
        ("checklists", 0),
        ("checklists", 1),
        ("assessments", 0),
        ("evaluations", 0),
    ];
    const RECORD_FIELDS: [&str; 4] = ["id", "createdAt", "updatedAt", "completedAt"];
    const ENVELOPE_FIELDS: [&str; 4] = ["version", "format", "exportedAt", "app"];
    match PLACES.get(record) {
        Some((kind, index)) => envelope[*kind][*index][RECORD_FIELDS[field]] = value,
        None => envelope[ENVELOPE_FIELDS[field]] = value,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_fast_path_reads_what_the_checked_path_reads(
        changes in prop::collection::vec(arb_change(), 0..4),
        read_at in prop_oneof![Just(READ_AT), Just(1_700_000_000_000i64), Just(4_000_000_000_000i64)],
        limit in prop_oneof![Just(None), Just(Some(MAX_RECORDS)), Just(Some(3))],
    ) {
        let mut envelope = serde_json::to_value(sample().stamped("2026-11-29T10:00:00.000Z")).expect("json");
        for change in changes {
            apply_change(&mut envelope, change);
        }
        let text = envelope.to_string();
        if let Some(plain) = import::read_plain_at(&text, limit, read_at) {
            prop_assert_eq!(import::parse_checked_at(&text, limit, read_at), Ok((plain, Vec::new())));
        }
    }

    #[test]
    fn the_fast_path_agrees_on_any_mutation_of_an_export(
        cut in 0usize..2000, insert in "[\\[\\]{}\",:a-z0-9]{0,3}"
    ) {
        let text = export(&sample());
        let mut cut_at = cut.min(text.len());
        while !text.is_char_boundary(cut_at) { cut_at -= 1; }
        let rest = text.get((cut_at + 1).min(text.len())..).unwrap_or_default();
        let mutated = format!("{}{}{}", text.get(..cut_at).unwrap_or_default(), insert, rest);
        for limit in [None, Some(MAX_RECORDS)] {
            if let Some(plain) = import::read_plain_at(&mutated, limit, READ_AT) {
                prop_assert_eq!(import::parse_checked_at(&mutated, limit, READ_AT), Ok((plain, Vec::new())));
            }
        }
    }
}

/// tests/fixtures/every-kind.json is what the full app writes (tests/participant_kinds.rs
/// reads it in the participant's build): read and written again, it is the same text.
#[test]
fn the_every_kind_fixture_is_what_the_full_app_writes() {
    let text = include_str!("fixtures/every-kind.json");
    let data = import::parse_stored_at(text, READ_AT).expect("readable");
    assert_eq!(data.evaluations.len(), 1);
    assert_eq!(data.worksheets.len(), 2);
    let written = samenwerkingswijzer::model::json::to_string_pretty(&data).expect("JSON");
    assert_eq!(format!("{written}\n"), text);
}
