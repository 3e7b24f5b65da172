//! What every stored record has: an id (UUID), `createdAt` and `updatedAt` (RFC 3339).
//! Merging, import previews and multi-tab sync work on this trait, whatever the kind.

/// The kinds (fields of the envelope) whose records have a `completedAt`: only there is it
/// checked and corrected; the other kinds do not have the field and ignore it.
pub const KINDS_WITH_COMPLETED_AT: [&str; 2] = ["assessments", "evaluations"];

/// Whether records of the envelope field `kind` have a `completedAt`.
pub fn has_completed_at(kind: &str) -> bool {
    KINDS_WITH_COMPLETED_AT.contains(&kind)
}

pub trait Record {
    fn id(&self) -> &str;
    fn created_at(&self) -> &str;
    fn updated_at(&self) -> &str;
    /// `completedAt`, for the kinds that have one (see [`has_completed_at`]).
    fn completed_at(&self) -> Option<&str> {
        None
    }
    /// Sets `updatedAt`; only the store calls this when it applies a change (see
    /// `Store::edit`), so every change is stamped the same way.
    fn stamp(&mut self, now: &str);
    /// Keeps what `raw`, the JSON this record was read from, holds that its type does not
    /// write (`model::unknown`); a record kept as JSON already keeps everything.
    fn keep_unknown(&mut self, _raw: &serde_json::Value) {}
    /// How a type not read in one derived pass reads the JSON of one record, naming the field
    /// that does not fit (a worksheet: its kind decides the type of its other fields, read in
    /// a second pass: `model::worksheet`). `None` for the others, which the import reads with
    /// `json::from_str_located` (so their code is what it was: not one byte more in a
    /// participant's bundle).
    fn read_located(_record: &serde_json::Value) -> Option<Result<Self, crate::model::json::Misfit>>
    where
        Self: Sized,
    {
        None
    }
}

macro_rules! impl_record {
    ($($kind:ty $(, completed $completed:ident)?);* $(;)?) => {$(
        impl Record for $kind {
            fn id(&self) -> &str { &self.id }
            fn created_at(&self) -> &str { &self.created_at }
            fn updated_at(&self) -> &str { &self.updated_at }
            $(
                fn completed_at(&self) -> Option<&str> { self.$completed.as_deref() }
            )?
            fn stamp(&mut self, now: &str) { self.updated_at = now.to_string(); }
            fn keep_unknown(&mut self, raw: &serde_json::Value) { self.keep_unknown_from(raw) }
        }
    )*};
}

impl_record!(
    crate::model::checklist::FilledChecklist;
    crate::model::assessment::Assessment, completed completed_at;
    crate::model::evaluation::Evaluation, completed completed_at;
);

/// Records kept as raw JSON until their kind is typed: read the fields by name.
impl Record for serde_json::Value {
    fn id(&self) -> &str {
        self.get("id").and_then(|v| v.as_str()).unwrap_or_default()
    }
    fn created_at(&self) -> &str {
        self.get("createdAt")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
    }
    fn updated_at(&self) -> &str {
        self.get("updatedAt")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
    }
    fn stamp(&mut self, now: &str) {
        if let Some(fields) = self.as_object_mut() {
            fields.insert("updatedAt".into(), serde_json::Value::String(now.into()));
        }
    }
}

/// Inserts `record` or replaces the one with the same id.
pub fn put<R: Record>(records: &mut Vec<R>, record: R) {
    match records.iter_mut().find(|r| r.id() == record.id()) {
        Some(existing) => *existing = record,
        None => records.push(record),
    }
}

/// Removes the record with `id` and returns it with its position, so it can be put back.
pub fn take<R: Record>(records: &mut Vec<R>, id: &str) -> Option<(usize, R)> {
    let index = records.iter().position(|r| r.id() == id)?;
    Some((index, records.remove(index)))
}

/// Puts a taken record back where it was ("Ongedaan maken").
pub fn restore<R: Record>(records: &mut Vec<R>, index: usize, record: R) {
    if records.iter().any(|r| r.id() == record.id()) {
        return;
    }
    records.insert(index.min(records.len()), record);
}
