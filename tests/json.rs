//! The one serde path (`model::json`): indented files are byte for byte what serde_json's
//! pretty printer writes, values survive the trip through text, and serde's messages lose
//! only the place in the intermediate text.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use samenwerkingswijzer::model::checklist::FilledChecklist;
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::json;
use serde_json::{json, Value};

/// Any JSON value; with `floats`, also numbers with a fraction. Records hold none (serde_json
/// reads fractions back to the nearest double only with its `float_roundtrip` feature, so a
/// trip through text is exact for them only without fractions).
fn arb_json(floats: bool) -> impl Strategy<Value = Value> {
    let float = any::<f64>()
        .prop_filter("finite", |f| f.is_finite())
        .prop_map(Value::from);
    let number = if floats {
        prop_oneof![any::<i64>().prop_map(Value::from), float].boxed()
    } else {
        any::<i64>().prop_map(Value::from).boxed()
    };
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number,
        // Strings with what could confuse an indenter: quotes, backslashes, brackets,
        // commas, colons, control characters and text beyond ASCII.
        "[\\[\\]{},:\"\\\\a-z \n\t\u{1}é€😀]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map("[a-z{}\\[\\]:,\"\\\\]{0,5}", inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn an_export_is_indented_as_serde_json_would() {
    let mut data = Dataset::default();
    data.checklists.push(FilledChecklist::new(
        "c-1".into(),
        "valkuilen",
        "Buurtwinkel \"Espel\" [concept], {1}: a\\b".into(),
        String::new(),
        "2026-11-29T10:00:00.000Z",
    ));
    let stamped = data.stamped("2026-11-29T10:00:00.000Z");
    let ours = json::to_string_pretty(&stamped).expect("json");
    let serde = serde_json::to_string_pretty(&stamped).expect("json");
    assert_eq!(ours, serde);
    // Fields keep the order of the type: the header first, as people read it.
    assert!(ours.starts_with("{\n  \"format\": \"samenwerkingswijzer\",\n  \"version\": 1,"));
    assert!(ours.contains("\"evaluations\": [],"));
}

#[test]
fn empty_containers_stay_on_one_line() {
    let value = json!({"a": [], "b": {}, "c": [[], {}]});
    assert_eq!(
        json::indent(&value.to_string()),
        "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    [],\n    {}\n  ]\n}"
    );
}

#[test]
fn a_record_survives_the_trip_through_a_value() {
    let c = FilledChecklist::new(
        "c-2".into(),
        "valkuilen",
        "Titel".into(),
        "2026-11-29".into(),
        "2026-11-29T10:00:00.000Z",
    );
    let value = json::to_value(&c).expect("value");
    assert_eq!(value["id"], json!("c-2"));
    assert_eq!(json::from_value::<FilledChecklist>(&value).ok(), Some(c));
}

#[test]
fn messages_lose_only_the_place_in_the_text() {
    let error =
        json::from_value::<FilledChecklist>(&json!({"id": 3})).expect_err("a number is no id");
    let message = json::message(&error);
    assert!(
        message.starts_with("invalid type: integer `3`, expected a string"),
        "{message}"
    );
    assert!(!message.contains(" at line "), "{message}");
    let missing = json::from_value::<FilledChecklist>(&json!({})).expect_err("fields are missing");
    assert!(json::message(&missing).starts_with("missing field `"));
    assert!(!json::message(&missing).contains(" at line "));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn indenting_compact_text_equals_serde_pretty(value in arb_json(true)) {
        let compact = serde_json::to_string(&value).expect("json");
        let pretty = serde_json::to_string_pretty(&value).expect("json");
        prop_assert_eq!(json::indent(&compact), pretty);
    }

    /// The store's test for text it wrote itself (`import::read_plain_at`): compact and
    /// indented text of a value match its compact text; any other value's text does not.
    #[test]
    fn text_that_differs_only_in_whitespace_is_recognised(a in arb_json(true), b in arb_json(true)) {
        let compact = serde_json::to_string(&a).expect("json");
        prop_assert!(json::same_but_whitespace(&compact, &compact));
        prop_assert!(json::same_but_whitespace(&compact, &serde_json::to_string_pretty(&a).expect("json")));
        let other = serde_json::to_string_pretty(&b).expect("json");
        prop_assert_eq!(json::same_but_whitespace(&compact, &other), a == b, "{} / {}", compact, other);
    }

    #[test]
    fn any_text_indents_without_panicking(text in any::<String>()) {
        let _ = json::indent(&text);
    }

    #[test]
    fn values_survive_the_trip_through_text(value in arb_json(false)) {
        let back: Value = json::from_value(&value).expect("a value reads as a value");
        prop_assert_eq!(json::to_value(&back).expect("value"), value);
    }
}
