//! Forward compatibility (docs/data-format.md): what a newer version of the app stores within
//! format version 1 — fields this version does not know, at the top level of a record and
//! nested, and values of its enums it does not know — survives a load and a save here
//! unchanged, through every way data is read and written (stored data, an edit, another
//! tab's merge, an export, an import of a file). And a migration keeps a copy.
#![cfg(all(not(target_arch = "wasm32"), feature = "all-kinds"))]

use proptest::prelude::*;
use samenwerkingswijzer::model::dataset::{Dataset, Kind};
use samenwerkingswijzer::model::evaluation::Evaluation;
use samenwerkingswijzer::model::import::{self, BundledContent};
use samenwerkingswijzer::model::json;
use samenwerkingswijzer::model::merge;
use samenwerkingswijzer::model::migrate;
use samenwerkingswijzer::model::record::Record;
use serde_json::{json, Value};

const EVERY_KIND: &str = include_str!("fixtures/every-kind.json");
/// 2026-12-01: the fixture's times lie before it.
const READ_AT: i64 = 1_796_000_000_000;
const KINDS: [&str; 4] = ["evaluations", "assessments", "checklists", "worksheets"];

/// The fixture with lists of objects in every shape a record has: lessons (with ids), parties
/// (without), choice questions with options, werkvormen rows, matters, checklist entries.
fn rich() -> Value {
    let mut envelope: Value = serde_json::from_str(EVERY_KIND).expect("JSON");
    envelope["evaluations"][0]["lessons"] = json!([
        { "id": "les-1", "text": "Eerder beginnen", "matter": "zaak-doelen" },
        { "id": "les-2", "text": "Vaker bellen", "initiative": true }
    ]);
    envelope["evaluations"][0]["parties"] = json!([
        { "name": "Stichting De Zuid", "role": "trekker" },
        { "name": "Gemeente" }
    ]);
    envelope["worksheets"]
        .as_array_mut()
        .expect("worksheets")
        .push(json!({
            "id": "00000000-0000-4000-8000-000000000009",
            "createdAt": "2026-11-04T09:00:00.000Z",
            "updatedAt": "2026-11-04T09:00:00.000Z",
            "kind": "keuzevraagstukken",
            "title": "Woningbouw",
            "questions": [{
                "id": "vraag-1",
                "question": "Hoogbouw of laagbouw?",
                "options": [{ "id": "optie-1", "text": "Hoogbouw" }, { "id": "optie-2", "text": "Laagbouw" }],
                "decides": "raad"
            }]
        }));
    envelope
}

fn stored(text: &str) -> Dataset {
    import::parse_stored_at(text, READ_AT).expect("readable")
}

/// What the store writes of `data`, read back as JSON.
fn saved(data: &Dataset) -> Value {
    serde_json::from_str(&serde_json::to_string(data).expect("JSON")).expect("JSON")
}

fn records(envelope: &Value) -> [Value; 4] {
    KINDS.map(|kind| envelope[kind].clone())
}

/// Every place in the records where an object is: (kind, record index, path inside it).
/// Not inside assessments' answers: an answer is an enum written as `{"scale": n}`, where a
/// second field is not an unknown field but an answer this version cannot read (that the
/// whole record survives then is checked by the enum test below), and not as a new key of a
/// map by content id (matters, items: that is a new entry, which must fit its type).
fn object_places(envelope: &Value) -> Vec<(usize, usize, Vec<String>)> {
    fn walk(value: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match value {
            Value::Object(fields) => {
                let last = path.last().map(String::as_str);
                if last == Some("answers") {
                    return;
                }
                // Maps by content id: a new key there is an entry, not a field.
                if !matches!(last, Some("matters" | "conditions" | "items" | "pitfalls")) {
                    out.push(path.clone());
                }
                for (key, child) in fields {
                    path.push(key.clone());
                    walk(child, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    path.push(i.to_string());
                    walk(child, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut places = Vec::new();
    for (k, kind) in KINDS.iter().enumerate() {
        for (r, record) in envelope[kind]
            .as_array()
            .expect("a list")
            .iter()
            .enumerate()
        {
            let mut paths = Vec::new();
            walk(record, &mut Vec::new(), &mut paths);
            places.extend(paths.into_iter().map(|p| (k, r, p)));
        }
    }
    places
}

fn at<'a>(value: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(value, |v, step| match v {
        Value::Array(items) => &mut items[step.parse::<usize>().expect("index")],
        other => &mut other[step.as_str()],
    })
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        "[a-zé ]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,5}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Unknown fields put at `choices` (indices into the object places) of the rich envelope.
fn with_unknown_fields(choices: &[(usize, String, Value)]) -> Value {
    let mut envelope = rich();
    let places = object_places(&envelope);
    for (choice, name, value) in choices {
        let (k, r, path) = &places[choice % places.len()];
        let record = &mut envelope[KINDS[*k]][*r];
        // "nieuw" + letters: never a field this version knows.
        at(record, path)[format!("nieuw{name}")] = value.clone();
    }
    envelope
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Unknown fields anywhere in any kind survive a load and a save, through the fast path
    /// and the checked one (a record with a time to correct forces it), an edit, another
    /// tab's merge and an import of the file.
    #[test]
    fn unknown_fields_survive_a_load_and_a_save(
        choices in prop::collection::vec((any::<usize>(), "[A-Z][a-z]{0,6}", any_json()), 1..6),
        checked in any::<bool>(),
    ) {
        let mut envelope = with_unknown_fields(&choices);
        if checked {
            // A time without milliseconds: normalised, so the envelope takes the checked path.
            envelope["checklists"][0]["createdAt"] = json!("2026-11-07T09:00:00Z");
        }
        let text = envelope.to_string();
        if checked {
            envelope["checklists"][0]["createdAt"] = json!("2026-11-07T09:00:00.000Z");
        }
        let data = stored(&text);
        prop_assert_eq!(records(&saved(&data)), records(&envelope));
        // Read again and written again: still the same (and the same dataset).
        let again = stored(&serde_json::to_string(&data).expect("JSON"));
        prop_assert_eq!(&again, &data);
        // An export (indented) and an import of it keep them too.
        let exported = json::to_string_pretty(&data).expect("JSON");
        let file = import::parse_file_at(&exported, &BundledContent, READ_AT).expect("importable");
        prop_assert_eq!(records(&saved(&file.data)), records(&envelope));
        // An edit of a known field keeps the unknown ones beside it.
        let mut edited = data.clone();
        edited.evaluations[0].title = "Nieuwe titel".into();
        let mut expected = envelope.clone();
        expected["evaluations"][0]["title"] = json!("Nieuwe titel");
        prop_assert_eq!(records(&saved(&edited)), records(&expected));
        // Another tab's merge: this tab changed the evaluation, the other one nothing.
        let (merged, conflicts) = merge::merge3_dataset(&data, &edited, &data, &mut String::new);
        prop_assert_eq!(conflicts, 0);
        prop_assert_eq!(records(&saved(&merged)), records(&expected));
        // Merging the file into empty data (import "samenvoegen").
        let (combined, _) = merge::merge(&Dataset::default(), &file.data);
        prop_assert_eq!(records(&saved(&combined)), records(&envelope));
    }

    /// One unknown value of an enum (a role, a status, a kind, a state, a phase, a level, an
    /// answer) does not make stored data unreadable: every other record is read, and the
    /// record with it is written back unchanged, at its place.
    #[test]
    fn an_unknown_enum_value_survives_and_leaves_the_rest_readable(
        place in 0usize..9,
        value in "[a-z]{3,10}",
    ) {
        let mut envelope = rich();
        let (kind, pointer) = [
            ("assessments", "/assessments/0/role"),
            ("assessments", "/assessments/0/answers/helpen-01"),
            ("evaluations", "/evaluations/0/status"),
            ("evaluations", "/evaluations/0/phase"),
            ("evaluations", "/evaluations/0/participationLevel"),
            ("checklists", "/checklists/0/items/valkuil-01/state"),
            ("worksheets", "/worksheets/0/kind"),
            ("worksheets", "/worksheets/2/questions/0/decides"),
            ("worksheets", "/worksheets/0/werkvormen/3/level"),
        ][place];
        // "x" + letters: never one of this version's values.
        let (parent, field) = pointer.rsplit_once('/').expect("a pointer");
        envelope.pointer_mut(parent).expect("a place")[field] = json!(format!("x{value}"));
        let data = stored(&envelope.to_string());
        let total: usize = KINDS.iter().map(|k| envelope[k].as_array().map_or(0, Vec::len)).sum();
        prop_assert_eq!(data.record_count(), total - 1, "{}", kind);
        prop_assert_eq!(data.kept.records.len(), 1);
        prop_assert_eq!(records(&saved(&data)), records(&envelope));
        // Still there after another save, an edit elsewhere and a merge with another tab.
        let mut edited = stored(&serde_json::to_string(&data).expect("JSON"));
        edited.checklists.retain(|_| kind != "checklists");
        if let Some(evaluation) = edited.evaluations.first_mut() {
            evaluation.title = "Anders".into();
        }
        let (merged, _) = merge::merge3_dataset(&data, &edited, &data, &mut String::new);
        let written = saved(&merged);
        let segments: Vec<&str> = pointer.split('/').collect();
        let kept = envelope.pointer(&format!("/{}/{}", segments[1], segments[2])).cloned();
        let kept_id = kept.as_ref().and_then(|r| r.get("id")).cloned();
        prop_assert!(
            written[kind].as_array().expect("a list").iter().any(|r| Some(r) == kept.as_ref()),
            "{} {:?} not kept in {}", kind, kept_id, written
        );
    }
}

#[test]
fn a_file_with_an_unknown_enum_value_is_still_refused_with_its_place() {
    // Stored data keeps such a record; a file to import names what this version cannot read.
    let mut envelope = rich();
    envelope["assessments"][0]["role"] = json!("wethouder");
    let error = import::parse_file_at(&envelope.to_string(), &BundledContent, READ_AT)
        .expect_err("refused");
    assert_eq!(error.path, "$.assessments[0].role");
}

#[test]
fn an_assessment_with_the_role_wethouder_comes_back_unchanged() {
    let mut envelope = rich();
    envelope["assessments"][0]["role"] = json!("wethouder");
    envelope["assessments"][0]["perspectief"] = json!({ "als": "wethouder" });
    let data = stored(&envelope.to_string());
    assert!(data.assessments.is_empty());
    assert_eq!(data.evaluations.len(), 1);
    assert_eq!(records(&saved(&data)), records(&envelope));
    // Deleting everything else keeps it; a new record goes beside it.
    let mut fewer = data.clone();
    fewer.evaluations.clear();
    fewer.evaluations.push(Evaluation::new(
        "nieuw".into(),
        "Nieuw".into(),
        "2026-11-30T10:00:00.000Z",
    ));
    let written = saved(&fewer);
    assert_eq!(written["assessments"], envelope["assessments"]);
    assert_eq!(written["evaluations"][0]["id"], json!("nieuw"));
}

#[test]
fn unknown_fields_of_the_envelope_survive_and_unknown_ones_inside_are_not_brought_back() {
    let mut envelope = rich();
    envelope["perspectives"] = json!([{ "id": "p-1" }]);
    envelope["evaluations"][0]["lessons"][0]["weight"] = json!(3);
    envelope["evaluations"][0]["parties"][1]["contact"] = json!("06");
    let data = stored(&envelope.to_string());
    assert_eq!(saved(&data)["perspectives"], envelope["perspectives"]);
    // The lesson with the unknown field removed: its field goes with it, and no other lesson
    // gets it; a party removed before the one with the field: the field stays on no other.
    let mut edited = data.clone();
    edited.evaluations[0].lessons.remove(0);
    let written = saved(&edited);
    assert_eq!(
        written["evaluations"][0]["lessons"],
        json!([{ "id": "les-2", "text": "Vaker bellen", "initiative": true }])
    );
    // A field this version knows, emptied by an edit, is not brought back from the JSON read.
    let mut cleared = data.clone();
    cleared.evaluations[0].place.clear();
    cleared.evaluations[0].lessons.clear();
    let written = saved(&cleared);
    assert!(written["evaluations"][0].get("place").is_none());
    assert!(written["evaluations"][0].get("lessons").is_none());
}

#[test]
fn a_record_made_here_has_nothing_extra_and_a_copy_keeps_the_unknown_fields() {
    let mut envelope = rich();
    envelope["evaluations"][0]["nieuwVeld"] = json!(1);
    let data = stored(&envelope.to_string());
    let copy = data.evaluations[0].duplicate("kopie".into(), "2026-11-30T10:00:00.000Z");
    assert_eq!(json::to_value(&copy).expect("JSON")["nieuwVeld"], json!(1));
    let fresh = Evaluation::new("vers".into(), "Vers".into(), "2026-11-30T10:00:00.000Z");
    assert!(fresh.unknown.is_empty());
    assert_eq!(Evaluation::find(&data, "x"), None);
    assert_eq!(
        data.evaluations[0].id(),
        "00000000-0000-4000-8000-000000000001"
    );
}

#[test]
fn a_migration_says_where_it_came_from_so_the_store_keeps_a_copy() {
    let old =
        r#"{"version": 0, "checklists": [{"id": "c1", "list": "valkuilen", "title": "Oud"}]}"#;
    let (data, from) = import::parse_stored_migrating_at(old, READ_AT).expect("readable");
    assert_eq!(from, Some(0));
    assert_eq!(data.checklists.len(), 1);
    assert_eq!(migrate::copy_key(0), "samenwerkingswijzer.voor-migratie.v0");
    // Current data is not migrated: no copy.
    let (_, from) = import::parse_stored_migrating_at(EVERY_KIND, READ_AT).expect("readable");
    assert_eq!(from, None);
}
