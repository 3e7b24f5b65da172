//! Records of the kinds a bundle does not edit, kept as the JSON they were read as. The
//! participant's bundles are built without the `all-kinds` feature, each typing only its own
//! kind (the zelftest assessments, the checklists filled checklists; Cargo.toml): their
//! `Dataset` holds the other kinds as [`RawRecord`]s, so they carry none of those kinds' serde
//! code (docs/size.md: about 30 KB gzip of each bundle). Stored, merged and
//! exported like any record, checked and corrected as far as every record is (id,
//! `createdAt`, `updatedAt`, and `completedAt` where the kind has one: see
//! `record::has_completed_at`), and otherwise written back as the same JSON values, unknown
//! fields included (the keys of an object in alphabetical order, as serde_json's map keeps
//! them: the same record, not the same bytes). One type for every kind a build keeps this
//! way, so the generic reading and merging code is compiled once for them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::record::Record;

/// A record as JSON (see the module).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawRecord(pub Value);

impl Record for RawRecord {
    fn id(&self) -> &str {
        self.0.id()
    }
    fn created_at(&self) -> &str {
        self.0.created_at()
    }
    fn updated_at(&self) -> &str {
        self.0.updated_at()
    }
    /// The field as it is; only read for the kinds that have it.
    fn completed_at(&self) -> Option<&str> {
        self.0.get("completedAt").and_then(Value::as_str)
    }
    fn stamp(&mut self, now: &str) {
        self.0.stamp(now)
    }
}
