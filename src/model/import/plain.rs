//! The fast path: an envelope this version wrote itself, read straight into the types when
//! nothing in it needs checking or correcting (the common case, and much faster for a large
//! file); anything else goes to `checked`.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::model::dataset::{Dataset, FORMAT, VERSION};
use crate::model::json;
use crate::model::migrate::KINDS;
use crate::model::record::{has_completed_at, Record};
use crate::model::timestamp::{self, Checked};

/// The fast path: an envelope of this version whose every record already is as this app
/// writes it (unique non-empty ids, every time in the app's own RFC 3339 form and not in the
/// future), read straight into the types. `None` for anything else, which then goes through
/// [`parse_checked_at`]; whenever this gives a dataset, that path gives the same one with no
/// corrections (a property test in tests/data_import.rs holds the two together).
pub fn read_plain_at(text: &str, max_records: Option<usize>, now_ms: i64) -> Option<Dataset> {
    let mut data: Dataset = json::from_str(text).ok()?;
    // Text this version wrote itself (the store's compact JSON, an export's indented JSON)
    // holds nothing it does not know: the common case, answered by writing the data again
    // instead of reading the text a second time.
    let unknown = match serde_json::to_string(&data) {
        Ok(written) if json::same_but_whitespace(&written, text) => None,
        _ => match json::value_from_str(text) {
            Ok(Value::Object(envelope)) => Some(envelope),
            _ => return None,
        },
    };
    if data.format != FORMAT || data.version != VERSION {
        return None;
    }
    if max_records.is_some_and(|max| data.record_count() > max) {
        return None;
    }
    let plain = plain_records(&data.evaluations, "evaluations", now_ms)
        && plain_records(&data.assessments, "assessments", now_ms)
        && plain_records(&data.checklists, "checklists", now_ms)
        && plain_records(&data.worksheets, "worksheets", now_ms);
    if !plain {
        return None;
    }
    // As the checked path: the time the envelope was written, if believable, else none.
    data.exported_at = match timestamp::parse_ms(&data.exported_at) {
        Some(ms) if ms <= now_ms.saturating_add(timestamp::DAY_MS) => timestamp::format_ms(ms),
        _ => String::new(),
    };
    // What this version does not know is kept, as on the checked path.
    if let Some(envelope) = unknown {
        data.kept.fields = unknown_fields(&envelope);
        keep_unknown_in(&mut data.evaluations, envelope.get("evaluations"));
        keep_unknown_in(&mut data.assessments, envelope.get("assessments"));
        keep_unknown_in(&mut data.checklists, envelope.get("checklists"));
        keep_unknown_in(&mut data.worksheets, envelope.get("worksheets"));
    }
    Some(data)
}

/// The fields of the envelope this version does not know, to be written back.
pub(super) fn unknown_fields(envelope: &Map<String, Value>) -> Map<String, Value> {
    let known = |key: &str| ENVELOPE_FIELDS.contains(&key) || KINDS.contains(&key);
    let mut fields = Map::new();
    for (key, value) in envelope {
        if !known(key) {
            fields.insert(key.clone(), value.clone());
        }
    }
    fields
}

/// The envelope's fields besides the record lists.
const ENVELOPE_FIELDS: [&str; 4] = ["format", "version", "exportedAt", "app"];

/// Gives every record read straight from `raw` (its list in the envelope) what it does not
/// know (see `model::unknown`).
fn keep_unknown_in<R: Record>(records: &mut [R], raw: Option<&Value>) {
    let Some(Value::Array(raw)) = raw else {
        return;
    };
    for (record, raw) in records.iter_mut().zip(raw) {
        record.keep_unknown(raw);
    }
}

/// Whether every record has a unique non-empty id and only times that need no correction.
fn plain_records<R: Record>(records: &[R], kind: &str, now_ms: i64) -> bool {
    let completed = has_completed_at(kind);
    // The same map type as the checked path's, so no other map is compiled into the wasm.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let kept = |text: &str| matches!(timestamp::check(text, now_ms, ""), Checked::Keep);
    records.iter().enumerate().all(|(index, record)| {
        !record.id().trim().is_empty()
            && seen.insert(record.id().to_string(), index).is_none()
            && kept(record.created_at())
            && kept(record.updated_at())
            && (!completed || record.completed_at().is_none_or(kept))
    })
}
