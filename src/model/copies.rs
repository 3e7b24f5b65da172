//! The copies of stored data kept beside it: recovery copies of unreadable data (never two
//! alike, bounded), backups from before an import (the last few, within a budget), what a
//! copy holds, and one person's record taken out of a copy ("Klaar op dit apparaat").

use serde_json::Value;

use crate::model::dataset::Dataset;
use crate::model::record::Record;

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

/// Whether there is no room for another recovery copy of `new` characters, beside `count`
/// copies of `chars` characters together: at most [`MAX_RECOVERY_COPIES`], together within
/// [`COPIES_BUDGET`]. A first copy is always attempted, however large (the browser decides
/// whether it fits). The caller first looks for an identical copy: one is never written twice.
pub fn no_room(count: usize, chars: usize, new: usize) -> bool {
    count > 0 && (count >= MAX_RECOVERY_COPIES || chars.saturating_add(new) > COPIES_BUDGET)
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
    Some(crate::model::migrate::KINDS.map(|kind| {
        object
            .get(kind)
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    }))
}

/// Whether the text of a stored copy mentions `id` at all (a plain byte search:
/// `str::contains` would add its searcher to the participant's bundle).
pub fn mentions(raw: &str, id: &str) -> bool {
    !id.is_empty() && raw.as_bytes().windows(id.len()).any(|w| w == id.as_bytes())
}

/// Takes the record with `id` out of a copy read as a dataset (ids are unique across
/// kinds); returns whether it was there.
pub fn take_out(data: &mut Dataset, id: &str) -> bool {
    let before = data.record_count();
    data.evaluations.retain(|r| r.id() != id);
    data.assessments.retain(|r| r.id() != id);
    data.checklists.retain(|r| r.id() != id);
    data.worksheets.retain(|r| r.id() != id);
    data.record_count() != before
}
