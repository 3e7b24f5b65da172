//! The copies of stored data kept beside it: recovery copies of unreadable data (never two
//! alike, bounded), backups from before an import (the last few, within a budget), what a
//! copy holds, and one person's record taken out of a copy ("Klaar op dit apparaat").

use serde_json::Value;

/// At most this many recovery copies (`herstel.<time>`) are kept; more means something keeps
/// writing unreadable data, and the person must look at the copies first (`/gegevens`).
pub const MAX_RECOVERY_COPIES: usize = 5;

/// At most this many import backups: the newest and two older ones. A wrong import is
/// usually noticed within one or two further imports (the wrong file, then a fix); each
/// backup is a full copy of the data, so more would crowd the browser's 5 MB.
pub const MAX_BACKUPS: usize = 3;

/// Characters that the recovery copies, and separately the older backups, may take
/// together: a fifth of the roughly 5 million a browser gives one site, so the data itself
/// always keeps room to grow.
pub const COPIES_BUDGET: usize = 1_000_000;

/// The record kinds of a dataset envelope, in the order of `merge::KIND_LABELS`.
pub const KINDS: [&str; 4] = ["evaluations", "assessments", "checklists", "worksheets"];

/// What to do with unreadable text that must be kept aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecoveryPlan {
    /// An identical copy exists already (its position among the existing ones).
    AlreadyKept(usize),
    /// Write a new copy.
    Write,
    /// There is no room: too many copies, or too many characters together.
    Full,
}

/// Decides whether `raw` needs a new recovery copy, given the copies kept now. A first
/// copy is always attempted, however large (the browser decides whether it fits).
pub fn recovery_plan<'a>(existing: impl IntoIterator<Item = &'a str>, raw: &str) -> RecoveryPlan {
    let mut count = 0;
    let mut chars = 0usize;
    for (index, copy) in existing.into_iter().enumerate() {
        if copy == raw {
            return RecoveryPlan::AlreadyKept(index);
        }
        count += 1;
        chars = chars.saturating_add(copy.len());
    }
    if count == 0 {
        RecoveryPlan::Write
    } else if count >= MAX_RECOVERY_COPIES || chars.saturating_add(raw.len()) > COPIES_BUDGET {
        RecoveryPlan::Full
    } else {
        RecoveryPlan::Write
    }
}

/// Which older backups to remove, given their sizes in characters, newest first: at most
/// `MAX_BACKUPS - 1` are kept (beside the newest), and only while they fit in the budget
/// together. Returns the positions to remove.
pub fn older_backups_to_drop(sizes_newest_first: &[usize]) -> Vec<usize> {
    let mut total = 0usize;
    let mut drop = Vec::new();
    for (index, size) in sizes_newest_first.iter().enumerate() {
        total = total.saturating_add(*size);
        if index + 1 >= MAX_BACKUPS || total > COPIES_BUDGET {
            drop.push(index);
        }
    }
    drop
}

/// The number of records of each kind in a stored envelope (any version; unknown fields and
/// kinds are ignored), or `None` when the text is not such an envelope.
pub fn record_counts(raw: &str) -> Option<[usize; 4]> {
    let value: Value = serde_json::from_str(raw).ok()?;
    let object = value.as_object()?;
    Some(KINDS.map(|kind| {
        object
            .get(kind)
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    }))
}

/// A copy after taking out the record with `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WithoutRecord {
    /// The copy does not hold it.
    Untouched,
    /// The copy without it.
    Rewritten(String),
    /// The copy mentions it but cannot be read as an envelope: only the whole copy can go.
    RemoveWhole,
}

/// Takes the record with `id` out of a stored copy (a backup, a recovery copy, the group).
pub fn without_record(raw: &str, id: &str) -> WithoutRecord {
    if id.is_empty() || !raw.contains(id) {
        return WithoutRecord::Untouched;
    }
    let Ok(mut value) = serde_json::from_str::<Value>(raw) else {
        return WithoutRecord::RemoveWhole;
    };
    let Some(object) = value.as_object_mut() else {
        return WithoutRecord::RemoveWhole;
    };
    let mut removed = false;
    for kind in KINDS {
        if let Some(records) = object.get_mut(kind).and_then(Value::as_array_mut) {
            let before = records.len();
            records.retain(|r| r.get("id").and_then(Value::as_str) != Some(id));
            removed |= records.len() != before;
        }
    }
    match (removed, serde_json::to_string(&value)) {
        (true, Ok(text)) => WithoutRecord::Rewritten(text),
        // The id occurs elsewhere (a note quoting it, a field of an unknown kind): the
        // record itself is not in this copy.
        (false, _) => WithoutRecord::Untouched,
        (true, Err(_)) => WithoutRecord::RemoveWhole,
    }
}
