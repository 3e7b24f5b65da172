//! Migrations of the envelope from every earlier version to the current one: pure functions
//! on JSON values, one step per version, applied on load and on import.
//!
//! Version 0 is the shape of early test builds (never released, kept so the framework is
//! exercised): no `format` field, `"version": 0`, and records that may lack `createdAt` and
//! `updatedAt`. Version 1 is the current shape (docs/data-format.md).

use serde_json::{Map, Value};

use crate::model::dataset::{FORMAT, VERSION};

/// The record arrays of the envelope, in file order.
pub const KINDS: [&str; 4] = ["evaluations", "assessments", "checklists", "worksheets"];

/// Time given to records without any timestamp: the very beginning, so any real edit made
/// later wins a merge.
pub const UNKNOWN_TIME: &str = "1970-01-01T00:00:00.000Z";

/// One migration step: turns an envelope of version `from` into version `from + 1`.
type Step = fn(Map<String, Value>) -> Map<String, Value>;

/// The steps, indexed by the version they start from.
const STEPS: [Step; VERSION as usize] = [v0_to_v1];

/// Brings an envelope of version `from` (checked by the caller to be ≤ [`VERSION`]) up to
/// the current version.
pub fn migrate(mut envelope: Map<String, Value>, from: u64) -> Map<String, Value> {
    for step in STEPS.iter().skip(from.min(u64::from(VERSION)) as usize) {
        envelope = step(envelope);
    }
    envelope
}

/// Version 0 → 1: adds `format` and `version`, and gives every record `createdAt` and
/// `updatedAt` (from each other, else from the file's `exportedAt`, else [`UNKNOWN_TIME`]).
fn v0_to_v1(mut envelope: Map<String, Value>) -> Map<String, Value> {
    let fallback = envelope
        .get("exportedAt")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or(UNKNOWN_TIME)
        .to_string();
    envelope.insert("format".into(), Value::String(FORMAT.into()));
    envelope.insert("version".into(), Value::from(1));
    for kind in KINDS {
        let Some(Value::Array(records)) = envelope.get_mut(kind) else {
            continue;
        };
        for record in records.iter_mut() {
            let Value::Object(fields) = record else {
                continue;
            };
            let text = |key: &str| fields.get(key).and_then(Value::as_str).map(String::from);
            let created = text("createdAt");
            let updated = text("updatedAt");
            let created_new = created
                .clone()
                .or_else(|| updated.clone())
                .unwrap_or_else(|| fallback.clone());
            let updated_new = updated.or(created).unwrap_or_else(|| fallback.clone());
            fields
                .entry("createdAt")
                .or_insert(Value::String(created_new));
            fields
                .entry("updatedAt")
                .or_insert(Value::String(updated_new));
        }
    }
    envelope
}

/// Prefix of the keys that keep stored data as it was before a migration: one key per
/// version migrated from (`samenwerkingswijzer.voor-migratie.v0`).
pub const COPY_PREFIX: &str = "samenwerkingswijzer.voor-migratie.v";

/// The key that keeps stored text of version `from` as it was before it was migrated. One
/// key per version: reading the same old data again writes nothing new.
pub fn copy_key(from: u64) -> String {
    format!("{COPY_PREFIX}{from}")
}
