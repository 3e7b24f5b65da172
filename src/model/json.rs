//! One serde path for the whole app: every record type is serialized only to compact JSON
//! text and deserialized only from JSON text. What needs a `serde_json::Value` (the import's
//! checks, the three-way merge, share links) or indented text (export files) goes through
//! that compact text. serde's generic code is then compiled once per type instead of once
//! per format (compact, indented, to `Value`, from `&Value`, from `Value`): measured in
//! docs/size.md, it is the biggest part of the data code in every bundle.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// `value` as a JSON `Value`, through compact text.
pub fn to_value<T: Serialize>(value: &T) -> Result<Value, serde_json::Error> {
    value_from_str(&serde_json::to_string(value)?)
}

/// A `T` read from a JSON `Value`, through compact text.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, serde_json::Error> {
    from_str(&value.to_string())
}

/// A `T` read from JSON text.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    from_str_located(text).map_err(|misfit| misfit.error)
}

/// A step of the path to a value inside JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Why JSON text does not fit a type: serde's error, and the path to the value where it
/// went wrong (for a missing field: to the object that lacks it).
#[derive(Debug)]
pub struct Misfit {
    pub path: Vec<Step>,
    pub error: serde_json::Error,
}

/// A `T` read from JSON text in one pass that also tracks where it is
/// (`serde_path_to_error`), so a value that does not fit is named by its path without
/// reading anything again. Every typed read in the app goes through here, so each type's
/// reading code is compiled once.
#[cfg(feature = "all-kinds")]
pub fn from_str_located<T: DeserializeOwned>(text: &str) -> Result<T, Misfit> {
    count(text);
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut reader).map_err(|error| {
        let path = error
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Seq { index } => Some(Step::Index(*index)),
                serde_path_to_error::Segment::Map { key } => Some(Step::Key(key.clone())),
                serde_path_to_error::Segment::Enum { variant } => Some(Step::Key(variant.clone())),
                serde_path_to_error::Segment::Unknown => None,
            })
            .collect();
        Misfit {
            path,
            error: error.into_inner(),
        }
    })?;
    reader.end().map_err(|error| Misfit {
        path: Vec::new(),
        error,
    })?;
    Ok(value)
}

/// The participant's builds never name the field of a record that does not fit: they read
/// no files, and a stored record that does not fit is kept as it is (`dataset::Kept`). So
/// they read without tracking the path (about 4 KB gzip less: docs/size.md); the path is
/// empty.
#[cfg(not(feature = "all-kinds"))]
pub fn from_str_located<T: DeserializeOwned>(text: &str) -> Result<T, Misfit> {
    count(text);
    serde_json::from_str(text).map_err(|error| Misfit {
        path: Vec::new(),
        error,
    })
}

/// A JSON `Value` read from text.
pub fn value_from_str(text: &str) -> Result<Value, serde_json::Error> {
    count(text);
    serde_json::from_str(text)
}

std::thread_local! {
    static PARSED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn count(text: &str) {
    PARSED.with(|parsed| parsed.set(parsed.get().saturating_add(text.len() as u64)));
}

/// How many bytes of JSON text this thread has parsed through this module: every parse of
/// a record or a `Value` goes through here, so a test can bound the work of reading a file
/// by the file's size, whatever the machine's speed (tests/import_work.rs).
pub fn bytes_parsed() -> u64 {
    PARSED.with(|parsed| parsed.get())
}

/// serde's message without the " at line L column C" it adds when reading text: the place
/// in our own intermediate text means nothing to a person (the import names a JSON path).
pub fn message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let place = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&place) {
        Some(plain) => plain.to_string(),
        None => text,
    }
}

/// Indented JSON for files people may open (two spaces, as `serde_json::to_string_pretty`),
/// with the fields in the order of the types.
pub fn to_string_pretty<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    Ok(indent(&serde_json::to_string(value)?))
}

/// Whether `text` is `compact` with only whitespace between tokens added (as
/// [`to_string_pretty`] or any pretty printer writes it): one pass over the bytes, nothing
/// allocated.
pub fn same_but_whitespace(compact: &str, text: &str) -> bool {
    let mut expected = compact.bytes();
    let mut in_string = false;
    let mut escaped = false;
    for byte in text.bytes() {
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
        } else if matches!(byte, b' ' | b'\n' | b'\r' | b'\t') {
            continue;
        } else if byte == b'"' {
            in_string = true;
        }
        if expected.next() != Some(byte) {
            return false;
        }
    }
    expected.next().is_none()
}

/// Indents compact JSON text exactly as serde_json's pretty printer would have written it:
/// a newline and two spaces per level inside non-empty objects and arrays, `": "` between a
/// key and its value; empty `{}` and `[]` stay on one line. Text inside strings is copied as
/// it is. Meant for compact JSON (no whitespace between tokens), as `serde_json` writes it.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let closing = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&closing) {
                    // Empty: "{}" or "[]" on one line.
                    out.push(closing);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}
