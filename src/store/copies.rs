//! The copies the store keeps beside the data (recovery copies, import backups) and the two
//! ways of leaving a shared device clean: "Alles verwijderen" and "Klaar op dit apparaat".
//! What is kept and how much is decided in `model::copies`.

use leptos::prelude::*;

use super::{local, SaveStatus, Store, BACKUP_KEY, DATA_KEY, RECOVERY_PREFIX};
use crate::browser::{now, now_ms};
use crate::model::copies;
use crate::model::dataset::Dataset;
use crate::model::export_meta::ExportMeta;
use crate::model::import;
use crate::model::order::sort_stable_by;

/// Every key the app writes starts with this (the data, the group, every copy, the export
/// bookkeeping); "Alles verwijderen" removes them all, so a new key must start with it too.
pub const APP_PREFIX: &str = DATA_KEY;
/// Prefix of the older import backups (`reservekopie.<time>`); the newest is [`BACKUP_KEY`].
pub const OLDER_BACKUP_PREFIX: &str = "samenwerkingswijzer.reservekopie.";

/// Why unreadable data could not be kept aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NotKept {
    /// The recovery copies already take all the room they may (`model::copies`).
    Full,
    /// The browser refused the write.
    WriteFailed,
}

impl NotKept {
    /// The Dutch status: nothing is written over the unreadable data.
    pub(super) fn message(self) -> String {
        String::from(match self {
            NotKept::Full => "De opgeslagen gegevens zijn onleesbaar en er is geen ruimte voor nog een kopie; er wordt niets overschreven. Verwijder oude kopieën op de pagina Gegevens.",
            NotKept::WriteFailed => "De opgeslagen gegevens zijn onleesbaar en konden niet veilig apart worden gezet; er wordt niets overschreven. Download ze op de pagina Gegevens.",
        })
    }
}

/// Keys of the recovery copies, oldest first.
pub(super) fn recovery_keys() -> Vec<String> {
    let mut keys = local::keys_with_prefix(RECOVERY_PREFIX);
    sort_stable_by(&mut keys, String::cmp);
    keys
}

/// Keeps `raw` under a new recovery key, unless an identical copy is kept already; returns
/// the key that holds it.
pub(super) fn keep_aside(raw: &str) -> Result<String, NotKept> {
    // Unsorted and without collecting: this runs in `Store::open`, in every bundle.
    let keys = local::keys_with_prefix(RECOVERY_PREFIX);
    let mut chars = 0usize;
    for key in &keys {
        let copy = local::read(key).ok().flatten().unwrap_or_default();
        if copy == raw {
            return Ok(key.clone());
        }
        chars = chars.saturating_add(copy.len());
    }
    if copies::no_room(keys.len(), chars, raw.len()) {
        return Err(NotKept::Full);
    }
    let key = format!("{RECOVERY_PREFIX}{}", now());
    local::write(&key, raw)
        .map(|()| key)
        .map_err(|_| NotKept::WriteFailed)
}

/// Keys of the older import backups, newest first.
fn older_backup_keys() -> Vec<String> {
    let mut keys = local::keys_with_prefix(OLDER_BACKUP_PREFIX);
    sort_stable_by(&mut keys, |a, b| b.cmp(a));
    keys
}

/// Every import backup, newest first.
fn backup_keys() -> Vec<String> {
    let mut keys = Vec::new();
    if matches!(local::read(BACKUP_KEY), Ok(Some(_))) {
        keys.push(BACKUP_KEY.to_string());
    }
    keys.extend(older_backup_keys());
    keys
}

/// When a stored envelope was written (`exportedAt`), if it says so in a usable form.
fn written_at(raw: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(raw).ok()?;
    let time = value.get("exportedAt")?.as_str()?;
    let plain = !time.is_empty()
        && time.len() <= 40
        && time
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | '.' | 'T' | 'Z' | '+'));
    plain.then(|| time.to_string())
}

/// Writes `old` as the newest import backup. The one it replaces moves aside under its own
/// time; older ones go beyond `copies::MAX_BACKUPS` or the budget. Data equal to the newest
/// backup, or empty data, needs no new backup. `Err` when even the newest could not be
/// written (the older ones then have given way already).
pub(super) fn push_backup(old: &Dataset) -> Result<(), ()> {
    if old.record_count() == 0 {
        return Ok(());
    }
    let stamp = now();
    let text = serde_json::to_string(&old.stamped(&stamp)).map_err(|_| ())?;
    if let Ok(Some(newest)) = local::read(BACKUP_KEY) {
        if import::read(&newest, now_ms()).is_ok_and(|b| b.stamped("") == old.stamped("")) {
            return Ok(());
        }
        let moved = format!(
            "{OLDER_BACKUP_PREFIX}{}",
            written_at(&newest).unwrap_or_else(|| stamp.clone())
        );
        let mut entries = vec![(moved.clone(), newest.len())];
        for key in older_backup_keys() {
            if key != moved {
                let size = local::read(&key).ok().flatten().map_or(0, |v| v.len());
                entries.push((key, size));
            }
        }
        let sizes: Vec<usize> = entries.iter().map(|(_, size)| *size).collect();
        let drop = copies::older_backups_to_drop(&sizes);
        for (index, (key, _)) in entries.iter().enumerate() {
            if drop.contains(&index) {
                let _ = local::remove(key);
            } else if index == 0 {
                let _ = local::write(key, &newest);
            }
        }
    }
    if local::write(BACKUP_KEY, &text).is_ok() {
        return Ok(());
    }
    // No room: the older backups give way to the one from before this import.
    for key in older_backup_keys() {
        let _ = local::remove(&key);
    }
    local::write(BACKUP_KEY, &text).map_err(|_| ())
}

/// One import backup, as `/gegevens` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    /// When it was made (just before an import), RFC 3339; empty when unknown.
    pub time: String,
    /// Records per kind, in the order of `merge::KIND_LABELS`.
    pub counts: [usize; 4],
}

/// What "Alles verwijderen" took away, for "Ongedaan maken" while the page is open.
#[derive(Clone)]
pub struct Cleared {
    data: Dataset,
    meta: ExportMeta,
    undo: Option<Dataset>,
    keys: Vec<(String, String)>,
}

/// The keys that hold copies of records besides the data: the import backups and the
/// recovery copies. Not the group (the facilitator's collection, `store::group`), not the
/// copy from before a migration (`migrate::copy_key`: rewriting it would migrate it), not the
/// export bookkeeping.
fn copy_keys() -> Vec<String> {
    let mut keys = local::keys_with_prefix(BACKUP_KEY);
    keys.extend(local::keys_with_prefix(RECOVERY_PREFIX));
    keys
}

impl Store {
    /// The import backups, newest first, with when they were made and what they hold
    /// (unreadable ones are left out: they cannot be put back).
    pub fn backups(&self) -> Vec<Backup> {
        backup_keys()
            .into_iter()
            .filter_map(|key| {
                let raw = local::read(&key).ok().flatten()?;
                let counts = copies::record_counts(&raw)?;
                let time = written_at(&raw).unwrap_or_default();
                Some(Backup { key, time, counts })
            })
            .collect()
    }

    /// Puts the data of the backup under `key` back, like an import with "Vervangen": what
    /// is here now becomes the newest backup first, and "Ongedaan maken" works. `Err` with a
    /// Dutch reason when the backup is gone or unreadable; `Ok` with a warning when the data
    /// from now could not be backed up.
    pub fn restore_backup(&self, key: &str) -> Result<Option<String>, String> {
        let raw = local::read(key)
            .ok()
            .flatten()
            .ok_or_else(|| "Deze reservekopie is er niet meer.".to_string())?;
        let data = import::read(&raw, now_ms())
            .map_err(|e| format!("Deze reservekopie is onleesbaar: {}", e.message()))?;
        Ok(self.replace_with_backup(data))
    }

    /// "Alles verwijderen": removes every key of the app from this browser (the data, the
    /// group overview, every import backup and recovery copy, the export bookkeeping) and
    /// forgets the import's "Ongedaan maken". What was removed is returned, for an undo that
    /// the page offers only while it is open (`undo_clear`).
    pub fn clear_everything(&self) -> Cleared {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        self.pending.set_value(None);
        let keys = local::keys_with_prefix(APP_PREFIX);
        let kept: Vec<(String, String)> = keys
            .iter()
            .filter(|key| key.as_str() != DATA_KEY)
            .filter_map(|key| local::read(key).ok().flatten().map(|v| (key.clone(), v)))
            .collect();
        for key in &keys {
            let _ = local::remove(key);
        }
        let cleared = Cleared {
            data: self.current.get_untracked(),
            meta: self.meta.get_untracked(),
            undo: self.undo.get_untracked(),
            keys: kept,
        };
        self.undo.set(None);
        self.sync_message.set(None);
        self.recovery.set(None);
        self.meta.set(ExportMeta::default());
        self.current.set(Dataset::default());
        self.base.set_value(Dataset::default());
        self.base_raw.set_value(None);
        self.dirty.set_value(false);
        // Nothing is left that writing could harm.
        self.writable.set_value(true);
        self.status_rw.set(SaveStatus::Saved);
        cleared
    }

    /// Puts back what "Alles verwijderen" removed.
    pub fn undo_clear(&self, cleared: Cleared) {
        for (key, value) in &cleared.keys {
            let _ = local::write(key, value);
        }
        self.meta.set(cleared.meta);
        self.undo.set(cleared.undo);
        self.recovery.set(None);
        // Not a change of the data (the export reminder stays as it was): written back.
        self.current.set(cleared.data);
        self.dirty.set_value(true);
        self.save_now();
    }

    /// "Klaar op dit apparaat", before the record itself is deleted (with the usual undo):
    /// takes the record `id` out of every import backup and recovery copy that holds it, and
    /// out of the import's "Ongedaan maken". Copies are read and written as the data is
    /// (`import::read`), so no other JSON code is needed; a copy that cannot be read is left
    /// as it is (it may hold other people's data, and nothing could bring it back), to be
    /// downloaded or deleted on `/gegevens`. Not generic, and nothing to undo: the record is
    /// back in the data when its deletion is undone. Returns the number of copies changed.
    pub fn forget_copies(&self, id: &str) -> usize {
        let mut changed = 0;
        for key in copy_keys() {
            let Ok(Some(raw)) = local::read(&key) else {
                continue;
            };
            if !copies::mentions(&raw, id) {
                continue;
            }
            let Ok(mut copy) = import::read(&raw, now_ms()) else {
                continue;
            };
            if copies::take_out(&mut copy, id) {
                let written = serde_json::to_string(&copy)
                    .is_ok_and(|text| local::write(&key, &text).is_ok());
                if !written {
                    let _ = local::remove(&key);
                }
                changed += 1;
            }
        }
        if let Some(mut before) = self.undo.get_untracked() {
            if copies::take_out(&mut before, id) {
                self.undo.set(Some(before));
            }
        }
        changed
    }
}
