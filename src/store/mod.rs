//! Persistence: the only code that touches localStorage. Holds the dataset in a signal,
//! saves it debounced after every change, and reports the save status for the layout.
//!
//! Promises kept here (docs/data.md):
//! - A failed write is shown at once and stays visible ("niet opgeslagen", with what to do)
//!   while the data stays in memory; it is retried, and "opgeslagen" is shown only after a
//!   write succeeded.
//! - Stored data that cannot be read is copied verbatim to a recovery key before anything is
//!   written over it (once: an identical copy is not written again; at most
//!   `model::copies::MAX_RECOVERY_COPIES`, and when there is no room nothing is written over
//!   the data); data from a newer app version is never written over at all.
//! - Two tabs: each tab remembers what it last read or wrote (`base`). A change stored by the
//!   other tab is taken over at once when this tab has nothing unsaved, and otherwise merged
//!   three-way (`model::merge::merge3`): a record changed in both tabs keeps the newer
//!   version and a marked copy of the other, so nothing is lost silently. Before every write
//!   the store also re-reads the key, in case a storage event was missed.
//! - Stored data of an older version is copied to its own key (`migrate::copy_key`, one per
//!   version, written again only when the text differs) before the migrated data can be
//!   written over it.
//! - What stored data holds that this version does not know (fields, records with values
//!   of a newer version) is written back with it (`model::unknown`, `dataset::Kept`).
//! - Every import first stores a backup of the data under [`BACKUP_KEY`] (the one before it
//!   moves aside; the last `model::copies::MAX_BACKUPS` are kept, see `copies`); "Ongedaan
//!   maken" puts the data from before the last import back, and `/gegevens` can put any kept
//!   backup back after a reload.
//! - "Alles verwijderen" removes every key of the app ([`copies::APP_PREFIX`]), and its undo
//!   lives only as long as the page that offers it.

pub mod copies;
pub mod editing;
#[cfg(feature = "all-kinds")]
pub mod group;
pub mod local;
pub mod quota;
mod saving;

pub use editing::Editing;
use saving::keep_before_migrating;

use std::time::Duration;

use leptos::prelude::*;

use crate::browser::{now, now_ms};
use crate::model::dataset::{Dataset, Kind};
use crate::model::export_meta::ExportMeta;
use crate::model::import;
use crate::model::merge;

/// The localStorage key of the dataset envelope.
pub const DATA_KEY: &str = "samenwerkingswijzer";
/// Prefix of keys that keep unreadable data verbatim.
pub const RECOVERY_PREFIX: &str = "samenwerkingswijzer.herstel.";
/// The data as it was before the last import (older backups: `copies::OLDER_BACKUP_PREFIX`).
pub const BACKUP_KEY: &str = "samenwerkingswijzer.reservekopie";
/// Export bookkeeping ([`ExportMeta`]).
pub const META_KEY: &str = "samenwerkingswijzer.export";
/// Typing pauses this long before a save.
const SAVE_DELAY: Duration = Duration::from_millis(400);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the app started.
    Idle,
    /// A change waits to be written.
    Saving,
    Saved,
    /// The last write failed; the reason is in Dutch.
    Failed(String),
}

/// Stored data that could not be read, kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    pub key: String,
    pub raw: String,
    pub reason: String,
}

/// The app's data and how it is kept. Pages read `data` and `status`; they change records
/// only through [`Store::edit`] (and [`Store::add`], [`Store::take`], [`Store::restore`],
/// [`Store::replace_with_backup`]), which stamp `updatedAt` and own the save status.
#[derive(Clone, Copy)]
pub struct Store {
    /// The dataset, read-only for pages.
    pub data: ReadSignal<Dataset>,
    /// The save status shown in the header, read-only for pages.
    pub status: ReadSignal<SaveStatus>,
    current: RwSignal<Dataset>,
    status_rw: RwSignal<SaveStatus>,
    pub recovery: RwSignal<Option<Recovery>>,
    /// Last export and unexported changes.
    pub meta: RwSignal<ExportMeta>,
    /// The data before the last import, for "Ongedaan maken" (this session).
    pub undo: RwSignal<Option<Dataset>>,
    /// A Dutch message after another tab's changes were merged in with a conflict.
    pub sync_message: RwSignal<Option<String>>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// False while stored data must not be written over (unreadable and not copied aside,
    /// or from a newer version of the app).
    writable: StoredValue<bool>,
    /// True while this tab holds changes that are not written.
    dirty: StoredValue<bool>,
    /// What this tab last read from or wrote to storage.
    base: StoredValue<Dataset>,
    base_raw: StoredValue<Option<String>>,
}

impl Store {
    /// Loads the dataset from localStorage. Never fails: unreadable data is kept aside and
    /// the app starts with what it can.
    pub fn open() -> Store {
        let mut recovery = None;
        let mut writable = true;
        let mut status = SaveStatus::Idle;
        let stored = local::read(DATA_KEY);
        let base_raw = stored.clone().ok().flatten();
        let data = match stored {
            Ok(None) => Dataset::default(),
            Ok(Some(raw)) => match import::read_migrating(&raw, now_ms()) {
                Ok((data, migrated_from)) => {
                    if let Err(problem) = keep_before_migrating(&raw, migrated_from) {
                        writable = false;
                        status = SaveStatus::Failed(problem);
                    }
                    data
                }
                Err(error) => {
                    if error.is_newer_version() {
                        writable = false;
                        status = SaveStatus::Failed(
                            "De opgeslagen gegevens komen uit een nieuwere versie van de app. Vernieuw de pagina; er wordt niets overschreven.".into(),
                        );
                    }
                    let key = match copies::keep_aside(&raw) {
                        Ok(key) => key,
                        Err(problem) => {
                            writable = false;
                            status = SaveStatus::Failed(problem.message());
                            String::new()
                        }
                    };
                    recovery = Some(Recovery {
                        key,
                        raw,
                        reason: error.message(),
                    });
                    Dataset::default()
                }
            },
            Err(error) => {
                status = SaveStatus::Failed(error.message());
                Dataset::default()
            }
        };
        let meta = local::read(META_KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default();
        let current = RwSignal::new(data.clone());
        let status_rw = RwSignal::new(status);
        let store = Store {
            data: current.read_only(),
            status: status_rw.read_only(),
            current,
            status_rw,
            recovery: RwSignal::new(recovery),
            meta: RwSignal::new(meta),
            undo: RwSignal::new(None),
            sync_message: RwSignal::new(None),
            pending: StoredValue::new(None),
            writable: StoredValue::new(writable),
            dirty: StoredValue::new(false),
            base: StoredValue::new(data),
            base_raw: StoredValue::new(base_raw),
        };
        store.follow_other_tabs();
        store.flush_when_leaving();
        store
    }

    /// The one way to change a record: applies `change` to the record with `id` as it is
    /// stored now (so what another tab saved meanwhile is kept), stamps `updatedAt` when the
    /// record really changed, and schedules the save. Returns whether anything changed; a
    /// record that no longer exists (deleted here or in another tab) is not brought back.
    pub fn edit<R: Kind>(&self, id: &str, change: impl FnOnce(&mut R)) -> bool {
        self.edit_boxed::<R>(id, Box::new(change))
    }

    /// Not generic over the change, so the many edit sites share one copy per kind.
    #[inline(never)]
    fn edit_boxed<R: Kind>(&self, id: &str, change: Box<dyn FnOnce(&mut R) + '_>) -> bool {
        let stamp = now();
        let mut changed = false;
        self.current.maybe_update(|data| {
            if let Some(record) = R::all_mut(data).iter_mut().find(|r| r.id() == id) {
                let before = record.clone();
                change(record);
                if *record != before {
                    record.stamp(&stamp);
                    changed = true;
                }
            }
            changed
        });
        if changed {
            self.changed();
        }
        changed
    }

    /// A handle for an editor of the record with `id` (see [`Editing`]).
    pub fn editing<R: Kind>(&self, id: &str) -> Editing<R> {
        Editing::new(*self, id)
    }

    /// Stores a new record (or replaces the one with its id) and saves at once: a new
    /// record must not wait for the typing pause.
    pub fn add<R: Kind>(&self, record: R) {
        self.update_now(|data| crate::model::record::put(R::all_mut(data), record));
    }

    /// Removes the record with `id` and saves at once; returns it with its position, for
    /// "Ongedaan maken" ([`Store::restore`]).
    pub fn take<R: Kind>(&self, id: &str) -> Option<(usize, R)> {
        let mut taken = None;
        self.update_now(|data| taken = crate::model::record::take(R::all_mut(data), id));
        taken
    }

    /// Puts a taken record back where it was (unless a record with its id exists again).
    pub fn restore<R: Kind>(&self, index: usize, record: R) {
        self.update_now(|data| crate::model::record::restore(R::all_mut(data), index, record));
    }

    /// Replaces the whole dataset (import, undo, delete) and schedules a save.
    fn replace(&self, data: Dataset) {
        self.current.set(data);
        self.changed();
    }

    fn changed(&self) {
        self.dirty.set_value(true);
        let now_ms = js_sys::Date::now();
        let mut meta = self.meta.get_untracked();
        if meta.changed(now_ms) {
            self.meta.set(meta);
            self.write_meta();
        }
        self.schedule_save(SAVE_DELAY);
    }

    /// Changes the dataset and writes at once; for structural changes (a new or deleted
    /// record) that must not wait for the typing pause.
    fn update_now(&self, change: impl FnOnce(&mut Dataset)) {
        self.current.update(change);
        self.changed();
        self.save_now();
    }

    /// Notes an export; `everything` clears the reminder.
    pub fn exported(&self, everything: bool) {
        if everything {
            self.meta.update(|meta| meta.exported(&now()));
            self.write_meta();
        }
    }

    /// Replaces the data with `new` (import or delete), keeping the old data as a backup in
    /// storage and for "Ongedaan maken". Returns a Dutch warning when the backup could not be
    /// stored (it is still kept in memory for this session).
    pub fn replace_with_backup(&self, new: Dataset) -> Option<String> {
        let old = self.current.get_untracked();
        let warning = copies::push_backup(&old).err().map(|()| {
            "De reservekopie paste niet meer in de opslag van de browser. Ongedaan maken kan zolang deze pagina open is; exporteer je gegevens om zeker te zijn.".to_string()
        });
        self.undo.set(Some(old));
        self.replace(new);
        self.save_now();
        warning
    }

    /// Merges `data` (a result received through a link) into the data here, with the same
    /// backup and "Ongedaan maken" as every import.
    pub fn merge_with_backup(&self, data: &Dataset) -> Option<String> {
        let merged = self
            .current
            .with_untracked(|here| merge::merge(here, data).0);
        self.replace_with_backup(merged)
    }

    /// "Ongedaan maken": puts back the data from before the last import.
    pub fn undo_last(&self) -> bool {
        match self.undo.get_untracked() {
            Some(old) => {
                self.undo.set(None);
                self.replace(old);
                self.save_now();
                true
            }
            None => false,
        }
    }

    /// The stored backup from before the last import, as text.
    pub fn stored_backup(&self) -> Option<String> {
        local::read(BACKUP_KEY).ok().flatten()
    }

    /// Keys holding unreadable data kept aside, oldest first.
    pub fn recovery_keys(&self) -> Vec<String> {
        copies::recovery_keys()
    }

    /// Characters stored by this app (all its keys), a measure of the space used.
    pub fn stored_chars(&self) -> usize {
        local::keys_with_prefix(DATA_KEY)
            .iter()
            .filter_map(|key| local::read(key).ok().flatten().map(|v| v.len() + key.len()))
            .sum()
    }
}
