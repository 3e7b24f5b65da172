//! Reading a hostile file or share link is linear in its size (issue 22, item 1): finding
//! where a record goes wrong takes one pass of the parser, not one per child of the failing
//! list or object. The work is counted in bytes of JSON parsed (`json::bytes_parsed`), so the
//! bound does not depend on the machine's speed; a fuzz run at large sizes bounds the time of
//! every case too, and checks that every message is Dutch.
#![cfg(all(not(target_arch = "wasm32"), feature = "all-kinds"))]

use std::time::{Duration, Instant};

mod common;

use common::miniz_with_dictionary;

use proptest::prelude::*;
use samenwerkingswijzer::model::import::{self, BundledContent, ImportError};
use samenwerkingswijzer::model::json;
use samenwerkingswijzer::model::share;
use serde_json::{json, Value};

/// 2026-12-01.
const READ_AT: i64 = 1_796_000_000_000;

fn envelope(evaluation: Value) -> String {
    json!({
        "format": "samenwerkingswijzer",
        "version": 1,
        "evaluations": [evaluation],
    })
    .to_string()
}

fn evaluation() -> Value {
    json!({
        "id": "00000000-0000-4000-8000-000000000001",
        "createdAt": "2026-11-01T10:00:00.000Z",
        "updatedAt": "2026-11-01T10:00:00.000Z",
        "title": "Groot",
    })
}

/// Reads `text` as a file; returns the error and how many bytes of JSON were parsed.
fn refused(text: &str) -> (ImportError, u64) {
    let before = json::bytes_parsed();
    let error = import::parse_file_at(text, &BundledContent, READ_AT).expect_err("a hostile file");
    (error, json::bytes_parsed() - before)
}

/// At most this many times the input is parsed, whatever its shape: the fast path, the
/// checked path's `Value`, the record's own text and the residue (`model::unknown`).
const PASSES: u64 = 8;

#[test]
fn a_long_list_with_one_bad_element_at_its_end_is_read_in_one_pass() {
    for n in [1_000usize, 20_000, 100_000] {
        let mut record = evaluation();
        let mut werkvormen = vec![json!(""); n];
        werkvormen.push(json!(5));
        record["werkvormen"] = Value::from(werkvormen);
        let text = envelope(record);
        let (error, parsed) = refused(&text);
        assert_eq!(error.path, format!("$.evaluations[0].werkvormen[{n}]"));
        assert!(
            parsed <= PASSES * text.len() as u64,
            "{n} elements: {parsed} bytes parsed for a file of {}",
            text.len()
        );
    }
}

#[test]
fn a_large_object_with_one_bad_entry_is_read_in_one_pass() {
    let n = 50_000usize;
    let mut record = evaluation();
    let mut matters = serde_json::Map::new();
    for i in 0..n {
        matters.insert(format!("zaak-{i:06}"), json!({ "wentWell": "" }));
    }
    matters.insert("zaak-zzz".into(), json!({ "score": 9 }));
    record["matters"] = Value::Object(matters);
    let text = envelope(record);
    let (error, parsed) = refused(&text);
    assert_eq!(error.path, "$.evaluations[0].matters.zaak-zzz.score");
    assert!(parsed <= PASSES * text.len() as u64, "{parsed}");
}

#[test]
fn many_lessons_with_one_bad_field_deep_in_the_last_are_read_in_one_pass() {
    let n = 20_000usize;
    let mut record = evaluation();
    let mut lessons: Vec<Value> = (0..n)
        .map(|i| json!({ "id": format!("les-{i}"), "text": "" }))
        .collect();
    lessons.push(json!({ "id": "laatste", "text": ["geen", "tekst"] }));
    record["lessons"] = Value::from(lessons);
    let text = envelope(record);
    let (error, parsed) = refused(&text);
    assert_eq!(error.path, format!("$.evaluations[0].lessons[{n}].text"));
    assert!(parsed <= PASSES * text.len() as u64, "{parsed}");
}

#[test]
fn deep_nesting_is_refused_in_one_pass_with_a_dutch_message() {
    for depth in [50usize, 126, 5_000] {
        let mut record = evaluation();
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        record["parties"] = json!(null);
        let text = envelope(record).replace("\"parties\":null", &format!("\"parties\":{nested}"));
        let (error, parsed) = refused(&text);
        assert!(parsed <= PASSES * text.len() as u64, "{depth}: {parsed}");
        assert_dutch(&error.describe());
    }
}

#[test]
fn the_link_that_froze_the_group_page_is_refused_at_once() {
    // 85,000 empty strings and a number, deflated: about 400 bytes, under 1,000 digits.
    let mut record = evaluation();
    let mut werkvormen = vec![json!(""); 85_000];
    werkvormen.push(json!(1));
    record["werkvormen"] = Value::from(werkvormen);
    let digits = link_digits(&envelope(record));
    assert!(digits.len() < 1_200, "{} digits", digits.len());
    let before = json::bytes_parsed();
    let started = Instant::now();
    let error = share::decode(&digits, &BundledContent, common::now_ms()).expect_err("refused");
    let parsed = json::bytes_parsed() - before;
    assert!(parsed <= PASSES * 85_000 * 3 + 10_000, "{parsed}");
    assert!(
        error.message.contains("$.evaluations[0].werkvormen[85000]"),
        "{}",
        error.message
    );
    assert_dutch(&error.message);
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// The digits of a share link carrying `text`, made as small as a hostile maker can: with
/// `miniz_oxide`'s best compression (the app's own encoder uses fixed Huffman codes, which
/// make a long repeat about ten times longer; any DEFLATE stream is a valid link).
fn link_digits(text: &str) -> String {
    format!(
        "1{}",
        share::bytes_to_digits(&miniz_with_dictionary(
            &share::dictionary(),
            text.as_bytes()
        ))
    )
}

/// No English from serde (or anything else) in a message for people.
fn assert_dutch(message: &str) {
    for english in [
        "expected",
        "invalid",
        "missing",
        "unknown",
        "at line",
        "recursion",
        "EOF",
        "while parsing",
        "trailing",
        "duplicate field",
    ] {
        assert!(
            !message.contains(english),
            "English in the message: {message}"
        );
    }
}

/// A hostile value of about `size` bytes: long lists, wide objects, deep nesting, long
/// strings, numbers out of range, wrong types.
fn hostile(kind: u8, size: usize, seed: u64) -> Value {
    let n = size.max(1);
    match kind % 8 {
        0 => Value::from(vec![json!(""); n / 3]),
        1 => {
            let mut items = vec![json!(""); n / 3];
            items.push(json!(seed));
            Value::from(items)
        }
        2 => Value::Object((0..n / 12).map(|i| (format!("k{i}"), json!(i))).collect()),
        3 => {
            let depth = (seed as usize % 200).max(1);
            serde_json::from_str(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)))
                .unwrap_or(Value::Null)
        }
        4 => Value::from("x".repeat(n)),
        5 => json!(u64::MAX),
        6 => Value::from(
            (0..n / 20)
                .map(|i| json!({ "id": format!("r{i}"), "text": i }))
                .collect::<Vec<_>>(),
        ),
        _ => json!({ "scale": seed, "state": "misschien" }),
    }
}

/// Every field of every kind where a hostile value may go.
const FIELDS: [(&str, &str); 14] = [
    ("evaluations", "werkvormen"),
    ("evaluations", "lessons"),
    ("evaluations", "matters"),
    ("evaluations", "parties"),
    ("evaluations", "status"),
    ("evaluations", "title"),
    ("assessments", "answers"),
    ("assessments", "role"),
    ("checklists", "items"),
    ("checklists", "title"),
    ("worksheets", "werkvormen"),
    ("worksheets", "questions"),
    ("worksheets", "kind"),
    ("evaluations", "nieuw"),
];

fn record_of(kind: &str) -> Value {
    let mut record = evaluation();
    match kind {
        "assessments" => record["role"] = json!("raad"),
        "checklists" => record["list"] = json!("valkuilen"),
        "worksheets" => record["kind"] = json!("werkvormen"),
        _ => {}
    }
    record
}

/// An envelope whose one record of `FIELDS[field]`'s kind holds a hostile value there.
fn hostile_envelope(field: usize, kind: u8, size: usize, seed: u64) -> String {
    let (records, name) = FIELDS[field];
    let mut record = record_of(records);
    record[name] = hostile(kind, size, seed);
    json!({ "format": "samenwerkingswijzer", "version": 1, records: [record] }).to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Files and share links with a hostile value of up to about 300 KB in any field of any
    /// kind: read or refused with a Dutch message, in one pass, each in well under the time
    /// a person would wait.
    #[test]
    fn hostile_files_and_links_of_any_size_are_answered_quickly_in_dutch(
        field in 0usize..FIELDS.len(),
        kind in any::<u8>(),
        size in prop_oneof![1usize..1_000, 10_000usize..300_000],
        seed in any::<u64>(),
    ) {
        let text = hostile_envelope(field, kind, size, seed);
        let started = Instant::now();
        let before = json::bytes_parsed();
        let file = import::parse_file_at(&text, &BundledContent, READ_AT);
        let parsed = json::bytes_parsed() - before;
        prop_assert!(parsed <= PASSES * text.len() as u64 + 10_000, "{} for {}", parsed, text.len());
        if let Err(error) = &file {
            assert_dutch(&error.describe());
        }
        // The same as a share link, where it fits one.
        if text.len() <= share::MAX_INFLATED {
            let digits = link_digits(&text);
            if digits.len() <= share::MAX_DIGITS {
                match share::decode(&digits, &BundledContent, common::now_ms()) {
                    Ok(linked) => prop_assert_eq!(Some(linked.data), file.ok().map(|f| f.data)),
                    Err(error) => assert_dutch(&error.message),
                }
            }
        }
        prop_assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    }

    /// Stored data too (no limits on size there): read, or refused in Dutch, in one pass.
    #[test]
    fn hostile_stored_data_is_read_in_one_pass(
        field in 0usize..FIELDS.len(),
        kind in any::<u8>(),
        size in 10_000usize..300_000,
        seed in any::<u64>(),
    ) {
        let text = hostile_envelope(field, kind, size, seed);
        let before = json::bytes_parsed();
        let started = Instant::now();
        if let Err(error) = import::parse_stored_at(&text, READ_AT) {
            assert_dutch(&error.describe());
        }
        let parsed = json::bytes_parsed() - before;
        prop_assert!(parsed <= PASSES * text.len() as u64 + 10_000, "{} for {}", parsed, text.len());
        prop_assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    }
}
