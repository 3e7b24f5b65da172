//! Worksheets as an enum of kinds (issue 23, item 4) keep the stored format: every sheet the
//! one-struct version wrote (`OldWorksheet` below, copied from it) reads the same and is
//! written back byte for byte; unknown fields, at the top and inside a kind's rows, survive
//! a load and a save; a sheet of a kind this version does not know survives stored data
//! unchanged; the JSON Schema (schema/) accepts what is written; and an import names the
//! field that does not fit inside a kind, in Dutch.
#![cfg(all(not(target_arch = "wasm32"), feature = "all-kinds"))]

use std::collections::BTreeMap;

use proptest::prelude::*;
use samenwerkingswijzer::model::dataset::{Dataset, APP_VERSION};
use samenwerkingswijzer::model::evaluation::ParticipationLevel;
use samenwerkingswijzer::model::import::{self, BundledContent, ImportError};
use samenwerkingswijzer::model::json;
use samenwerkingswijzer::model::worksheet::{
    CanvasEntry, CanvasSheet, ChoiceOption, ChoiceQuestion, ChoiceSheet, Decider, Factor, Kind,
    LessonRef, Werkvorm, Worksheet,
};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// 2026-12-01: every time below lies before it.
const READ_AT: i64 = 1_796_000_000_000;
const TIMES: [&str; 3] = [
    "2026-11-01T10:00:00.000Z",
    "2026-11-02T11:30:00.000Z",
    "2026-11-29T23:59:59.999Z",
];

/// The worksheet as the one-struct version declared it (src/model/worksheet/mod.rs before
/// the kinds): the reference for the format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct OldWorksheet {
    id: String,
    created_at: String,
    updated_at: String,
    kind: Kind,
    #[serde(default)]
    title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    subject: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    questions: Vec<ChoiceQuestion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    evaluation: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    matters: BTreeMap<String, CanvasEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    werkvormen: Vec<Werkvorm>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    factors: Vec<Factor>,
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[a-zA-Zé \"\\\\/<>\n]{1,10}"]
}

fn options() -> impl Strategy<Value = Vec<ChoiceOption>> {
    prop::collection::vec((text(), text(), text()), 0..3).prop_map(|options| {
        options
            .into_iter()
            .enumerate()
            .map(|(i, (text, pro, con))| ChoiceOption {
                id: format!("optie-{i}"),
                text,
                pro,
                con,
            })
            .collect()
    })
}

fn questions() -> impl Strategy<Value = Vec<ChoiceQuestion>> {
    let decider = prop::option::of(prop::sample::select(Decider::ALL.to_vec()));
    let question = (
        text(),
        options(),
        prop::option::of(any::<bool>()),
        text(),
        decider,
    );
    prop::collection::vec(question, 0..3).prop_map(|questions| {
        questions
            .into_iter()
            .enumerate()
            .map(
                |(i, (question, options, political, why, decides))| ChoiceQuestion {
                    id: format!("vraag-{i}"),
                    question,
                    options,
                    political,
                    why,
                    decides,
                },
            )
            .collect()
    })
}

fn werkvormen() -> impl Strategy<Value = Vec<Werkvorm>> {
    let level = prop::option::of(prop::sample::select(ParticipationLevel::ALL.to_vec()));
    let row = (text(), text(), level, text(), prop::option::of(1u8..=5));
    prop::collection::vec(row, 0..4).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (name, goal, level, worked, rating))| Werkvorm {
                id: format!("werkvorm-{i}"),
                name,
                goal,
                level,
                for_whom: worked.chars().rev().collect(),
                worked,
                did_not_work: String::new(),
                rating,
            })
            .collect()
    })
}

fn factors() -> impl Strategy<Value = Vec<Factor>> {
    let source = prop::option::of(("[a-z0-9-]{1,8}", "[a-z0-9-]{1,8}"));
    prop::collection::vec((text(), text(), source), 0..3).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (text, note, source))| Factor {
                id: format!("factor-{i}"),
                text,
                note,
                source: source.map(|(evaluation, lesson)| LessonRef { evaluation, lesson }),
            })
            .collect()
    })
}

fn matters() -> impl Strategy<Value = BTreeMap<String, CanvasEntry>> {
    prop::collection::btree_map(
        "zaak-[a-z]{1,8}",
        (text(), text()).prop_map(|(here, asks)| CanvasEntry { here, asks }),
        0..3,
    )
}

/// A sheet as the one-struct version made it: only its kind's fields filled in.
fn old_sheet() -> impl Strategy<Value = OldWorksheet> {
    let head = (
        "[a-z0-9-]{1,12}",
        prop::sample::select(TIMES.to_vec()),
        prop::sample::select(TIMES.to_vec()),
        text(),
        text(),
    );
    let kind = prop::sample::select(Kind::ALL.to_vec());
    let evaluation = prop::option::of("[a-z0-9-]{0,8}");
    (
        head,
        kind,
        questions(),
        evaluation,
        matters(),
        werkvormen(),
        factors(),
    )
        .prop_map(
            |((id, created, updated, title, subject), kind, q, e, m, w, f)| {
                let mut sheet = OldWorksheet {
                    id: format!("w-{id}"),
                    created_at: created.to_string(),
                    updated_at: updated.to_string(),
                    kind,
                    title,
                    subject: String::new(),
                    questions: Vec::new(),
                    evaluation: None,
                    matters: BTreeMap::new(),
                    werkvormen: Vec::new(),
                    factors: Vec::new(),
                };
                match kind {
                    Kind::ChoiceQuestions => (sheet.subject, sheet.questions) = (subject, q),
                    Kind::Canvas => {
                        (sheet.subject, sheet.evaluation, sheet.matters) = (subject, e, m)
                    }
                    Kind::Werkvormen => sheet.werkvormen = w,
                    Kind::SuccessFactors => sheet.factors = f,
                }
                sheet
            },
        )
}

/// Sheets with ids unique within the list.
fn old_sheets() -> impl Strategy<Value = Vec<OldWorksheet>> {
    prop::collection::vec(old_sheet(), 1..5).prop_map(|mut sheets| {
        for (i, sheet) in sheets.iter_mut().enumerate() {
            sheet.id = format!("{}-{i}", sheet.id);
        }
        sheets
    })
}

/// The JSON Schema of the format (schema/), compiled once.
fn schema() -> &'static jsonschema::Validator {
    static SCHEMA: std::sync::OnceLock<jsonschema::Validator> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/schema/samenwerkingswijzer.schema.json"
        ))
        .expect("schema file");
        let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
        jsonschema::validator_for(&schema).expect("schema compiles")
    })
}

fn envelope(worksheets: Value) -> Value {
    json!({
        "format": "samenwerkingswijzer",
        "version": 1,
        "exportedAt": "2026-11-30T09:00:00.000Z",
        "app": "0.1.0",
        "evaluations": [],
        "assessments": [],
        "checklists": [],
        "worksheets": worksheets,
    })
}

fn stored(text: &str) -> Dataset {
    import::parse_stored_at(text, READ_AT).expect("readable")
}

fn file(text: &str) -> Dataset {
    import::parse_file_at(text, &BundledContent, READ_AT)
        .expect("importable")
        .data
}

/// The worksheets as the store writes them, as JSON.
fn saved_sheets(data: &Dataset) -> Value {
    let text = serde_json::to_string(data).expect("JSON");
    serde_json::from_str::<Value>(&text).expect("JSON")["worksheets"].clone()
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

/// Every object inside `value` (itself included) where a field can be added: JSON pointers.
/// Not the `matters` map itself: a new key there is a new matter, which must fit its type.
fn object_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            if !at.ends_with("/matters") {
                out.push(at.clone());
            }
            for (key, child) in fields {
                object_pointers(child, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                object_pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every sheet the one-struct version wrote reads into the kinds and is written back as
    /// the same bytes, one sheet at a time and in stored data, a file and an export; and what
    /// this version writes, the one-struct version reads as the same sheet.
    #[test]
    fn every_sheet_of_the_old_format_is_written_back_byte_for_byte(sheets in old_sheets()) {
        for old in &sheets {
            let old_text = serde_json::to_string(old).expect("JSON");
            let sheet: Worksheet = json::from_str(&old_text).expect("reads");
            prop_assert_eq!(sheet.kind(), old.kind);
            let text = serde_json::to_string(&sheet).expect("JSON");
            prop_assert_eq!(&text, &old_text);
            let back: OldWorksheet = serde_json::from_str(&text).expect("the old version reads it");
            prop_assert_eq!(&back, old);
            // Built by this version's own types: the same too.
            prop_assert_eq!(&serde_json::to_string(&sheet.clone()).expect("JSON"), &old_text);
        }
        let value = envelope(serde_json::to_value(&sheets).expect("JSON"));
        let compact = value.to_string();
        let pretty = serde_json::to_string_pretty(&value).expect("JSON");
        let from_store = stored(&compact);
        let from_file = file(&pretty);
        prop_assert_eq!(&from_store, &from_file);
        prop_assert_eq!(from_store.worksheets.len(), sheets.len());
        let sheets_text = serde_json::to_string(&sheets).expect("JSON");
        prop_assert_eq!(
            &serde_json::to_string(&from_store.worksheets).expect("JSON"),
            &sheets_text
        );
        // Written out again (saved or exported), the whole envelope is the same bytes, and
        // the JSON Schema in the repository accepts it.
        let written = serde_json::to_string(&from_file.stamped("2026-11-30T09:00:00.000Z"))
            .expect("JSON");
        let errors: Vec<String> = schema()
            .iter_errors(&serde_json::from_str::<Value>(&written).expect("JSON"))
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(
            written,
            format!(
                "{{\"format\":\"samenwerkingswijzer\",\"version\":1,\"exportedAt\":\"2026-11-30T09:00:00.000Z\",\"app\":\"{APP_VERSION}\",\"evaluations\":[],\"assessments\":[],\"checklists\":[],\"worksheets\":{sheets_text}}}"
            )
        );
    }

    /// Fields this version does not know, on the sheet and inside any row of its kind, and
    /// the fields of another kind, survive a load and a save as the same JSON (stored and
    /// imported), and an edit of the kind's own fields.
    #[test]
    fn unknown_fields_on_a_sheet_and_in_its_rows_survive_a_load_and_a_save(
        old in old_sheet(),
        added in prop::collection::vec((any::<usize>(), "[a-z]{1,6}", any_json()), 1..5),
        other_kind in any::<bool>(),
    ) {
        let mut sheet = serde_json::to_value(&old).expect("JSON");
        let mut places = Vec::new();
        object_pointers(&sheet, String::new(), &mut places);
        for (choice, name, value) in &added {
            let place = &places[choice % places.len()];
            sheet.pointer_mut(place).expect("an object")[format!("nieuw{name}")] = value.clone();
        }
        if other_kind {
            // A field another kind has (and this sheet's kind does not), of any shape.
            let field = match old.kind {
                Kind::Werkvormen => "factors",
                _ => "werkvormen",
            };
            sheet[field] = json!([{ "id": "x", "name": 7 }]);
        }
        let text = envelope(json!([sheet.clone()])).to_string();
        let data = stored(&text);
        prop_assert_eq!(data.worksheets.len(), 1, "typed, not only kept");
        prop_assert_eq!(saved_sheets(&data), json!([sheet.clone()]));
        prop_assert_eq!(saved_sheets(&file(&text)), json!([sheet.clone()]));
        // Saved and read again: the same dataset.
        prop_assert_eq!(stored(&serde_json::to_string(&data).expect("JSON")), data.clone());
        // An edit of the kind's fields keeps them beside it.
        let mut edited = data.clone();
        edited.worksheets[0].set_subject("Anders".into());
        edited.worksheets[0].title = "Nieuw".into();
        let mut expected = sheet.clone();
        expected["title"] = json!("Nieuw");
        if matches!(old.kind, Kind::ChoiceQuestions | Kind::Canvas) {
            expected["subject"] = json!("Anders");
        }
        prop_assert_eq!(saved_sheets(&edited), json!([expected]));
    }

    /// A sheet of a kind this version does not know, with any fields, does not make stored
    /// data unreadable and is written back unchanged at its place, after an edit of another
    /// sheet too. (Like any record this version cannot read: not shown, `dataset::Kept`.)
    #[test]
    fn a_sheet_of_an_unknown_kind_survives_a_load_and_a_save_unchanged(
        kind in "[a-z]{3,12}",
        fields in prop::collection::btree_map("[a-z]{1,8}", any_json(), 0..5),
        known in old_sheet(),
        first in any::<bool>(),
    ) {
        let mut unknown = json!({
            "id": "nieuw-soort",
            "createdAt": TIMES[0],
            "updatedAt": TIMES[1],
            "title": "Een nieuw werkblad",
        });
        for (key, value) in fields {
            unknown[format!("nieuw{key}")] = value;
        }
        // "x" + letters: never a kind this version knows.
        unknown["kind"] = json!(format!("x{kind}"));
        let known = serde_json::to_value(&known).expect("JSON");
        let sheets = if first {
            json!([unknown.clone(), known])
        } else {
            json!([known, unknown.clone()])
        };
        let data = stored(&envelope(sheets.clone()).to_string());
        prop_assert_eq!(data.worksheets.len(), 1);
        prop_assert_eq!(data.kept.records.len(), 1);
        prop_assert_eq!(saved_sheets(&data), sheets.clone());
        let mut edited = stored(&serde_json::to_string(&data).expect("JSON"));
        edited.worksheets[0].title = "Anders".into();
        let saved = saved_sheets(&edited);
        let list = saved.as_array().expect("a list");
        prop_assert!(list.contains(&unknown), "{} not kept in {}", unknown, saved);
    }
}

/// One sheet of every kind, as a file would hold them: [0] keuzevraagstukken, [1] canvas,
/// [2] werkvormen, [3] succesfactoren.
fn every_kind() -> Value {
    envelope(json!([
        {
            "id": "w-0", "createdAt": TIMES[0], "updatedAt": TIMES[0],
            "kind": "keuzevraagstukken", "title": "Sporthal", "subject": "Een sporthal",
            "questions": [{
                "id": "vraag-1", "question": "Waar?", "political": true, "decides": "raad",
                "options": [{ "id": "optie-1", "text": "Dorp" }, { "id": "optie-2", "text": "Stad" }]
            }]
        },
        {
            "id": "w-1", "createdAt": TIMES[0], "updatedAt": TIMES[0],
            "kind": "maatwerk-canvas", "title": "Nieuwe wijk", "evaluation": "e-1",
            "matters": { "zaak-doelen": { "here": "Groei", "asks": "Doelen delen" } }
        },
        {
            "id": "w-2", "createdAt": TIMES[0], "updatedAt": TIMES[0],
            "kind": "werkvormen", "title": "",
            "werkvormen": [
                { "id": "a", "name": "Enquête", "rating": 3 },
                { "id": "b", "name": "Inloopavond", "level": "informeren" },
                { "id": "c", "name": "Schouw" }
            ]
        },
        {
            "id": "w-3", "createdAt": TIMES[0], "updatedAt": TIMES[0],
            "kind": "succesfactoren", "title": "",
            "factors": [
                { "id": "f-1", "text": "Eén aanspreekpunt", "source": { "evaluation": "e-1", "lesson": "l-1" } },
                { "id": "f-2", "text": "Ruimte" }
            ]
        }
    ]))
}

#[test]
fn the_file_of_every_kind_is_importable() {
    let data = file(&every_kind().to_string());
    let kinds: Vec<Kind> = data.worksheets.iter().map(Worksheet::kind).collect();
    assert_eq!(kinds, Kind::ALL.to_vec());
    assert_eq!(saved_sheets(&data), every_kind()["worksheets"]);
    let choices = data.worksheets[0]
        .body::<ChoiceSheet>()
        .expect("keuzevragen");
    assert_eq!(choices.questions[0].options[1].text, "Stad");
    let canvas = data.worksheets[1].body::<CanvasSheet>().expect("canvas");
    assert_eq!(canvas.evaluation.as_deref(), Some("e-1"));
}

/// The error of importing the file of every kind with `change` made to it.
fn refused(change: impl FnOnce(&mut Value)) -> ImportError {
    let mut value = every_kind();
    change(&mut value);
    import::parse_file_at(&value.to_string(), &BundledContent, READ_AT).expect_err("refused")
}

const WRONG_SORT: &str = "Dit veld klopt niet: de waarde is van een verkeerd soort (bijvoorbeeld tekst waar een getal hoort).";
const UNKNOWN_VALUE: &str = "Dit veld klopt niet: deze waarde kent de app niet.";
const WRONG_SHAPE: &str = "Dit veld klopt niet: de waarde heeft een verkeerde vorm.";
const MISSING: &str = "Dit veld ontbreekt.";

/// One test per place a field can be wrong: the file is refused with the JSON path down to
/// that field and a Dutch message.
macro_rules! names_the_field {
    ($($name:ident: $pointer:literal = $bad:expr => $path:literal, $message:expr;)*) => {$(
        #[test]
        fn $name() {
            let error = refused(|v| {
                let (parent, field) = $pointer.rsplit_once('/').expect("a pointer");
                let parent = v.pointer_mut(parent).expect("a place");
                match $bad {
                    Some(bad) => parent[field] = bad,
                    None => {
                        parent.as_object_mut().expect("an object").remove(field);
                    }
                }
            });
            assert_eq!(error.path, $path);
            assert_eq!(error.message, $message);
            assert_eq!(error.describe(), format!("{} (bij {})", $message, $path));
        }
    )*};
}

names_the_field! {
    an_option_text_that_is_a_number:
        "/worksheets/0/questions/0/options/1/text" = Some(json!(5))
        => "$.worksheets[0].questions[0].options[1].text", WRONG_SORT;
    political_as_text:
        "/worksheets/0/questions/0/political" = Some(json!("ja"))
        => "$.worksheets[0].questions[0].political", WRONG_SORT;
    an_unknown_decider:
        "/worksheets/0/questions/0/decides" = Some(json!("burgemeester"))
        => "$.worksheets[0].questions[0].decides", UNKNOWN_VALUE;
    a_question_without_an_id:
        "/worksheets/0/questions/0/id" = None::<Value>
        => "$.worksheets[0].questions[0].id", MISSING;
    a_subject_that_is_a_list:
        "/worksheets/0/subject" = Some(json!(["Een sporthal"]))
        => "$.worksheets[0].subject", WRONG_SORT;
    a_canvas_entry_that_is_a_number:
        "/worksheets/1/matters/zaak-doelen/asks" = Some(json!(3))
        => "$.worksheets[1].matters.zaak-doelen.asks", WRONG_SORT;
    a_matter_that_is_text:
        "/worksheets/1/matters/zaak-doelen" = Some(json!("Groei"))
        => "$.worksheets[1].matters.zaak-doelen", WRONG_SORT;
    a_linked_evaluation_that_is_a_number:
        "/worksheets/1/evaluation" = Some(json!(7))
        => "$.worksheets[1].evaluation", WRONG_SORT;
    a_rating_of_nine:
        "/worksheets/2/werkvormen/2/rating" = Some(json!(9))
        => "$.worksheets[2].werkvormen[2].rating", WRONG_SHAPE;
    an_unknown_level:
        "/worksheets/2/werkvormen/0/level" = Some(json!("alles"))
        => "$.worksheets[2].werkvormen[0].level", UNKNOWN_VALUE;
    werkvormen_that_are_not_a_list:
        "/worksheets/2/werkvormen" = Some(json!({ "a": 1 }))
        => "$.worksheets[2].werkvormen", WRONG_SORT;
    a_source_without_its_lesson:
        "/worksheets/3/factors/0/source/lesson" = None::<Value>
        => "$.worksheets[3].factors[0].source.lesson", MISSING;
    a_factor_note_that_is_true:
        "/worksheets/3/factors/1/note" = Some(json!(true))
        => "$.worksheets[3].factors[1].note", WRONG_SORT;
    a_title_that_is_a_number:
        "/worksheets/1/title" = Some(json!(1))
        => "$.worksheets[1].title", WRONG_SORT;
    an_unknown_kind_in_a_file:
        "/worksheets/2/kind" = Some(json!("tekening"))
        => "$.worksheets[2].kind", UNKNOWN_VALUE;
    a_sheet_without_a_kind:
        "/worksheets/3/kind" = None::<Value>
        => "$.worksheets[3].kind", MISSING;
}

#[test]
fn a_new_sheet_of_each_kind_has_only_its_kinds_fields() {
    for kind in Kind::ALL {
        let sheet = Worksheet::new("w".into(), kind, TIMES[0], || "r".to_string());
        let value = serde_json::to_value(&sheet).expect("JSON");
        let mut keys: Vec<&str> = value
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        let mut expected = vec!["createdAt", "id", "kind", "title", "updatedAt"];
        if kind == Kind::Werkvormen {
            expected.push("werkvormen");
        }
        expected.sort_unstable();
        assert_eq!(keys, expected, "{kind:?}");
        // A subject only where the kind has one.
        let mut with_subject = sheet.clone();
        with_subject.set_subject("Onderwerp".into());
        assert_eq!(
            with_subject.subject(),
            matches!(kind, Kind::ChoiceQuestions | Kind::Canvas).then_some("Onderwerp")
        );
    }
}
