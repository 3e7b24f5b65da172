//! Persistence: the only code that touches localStorage. Holds the dataset in a signal,
//! saves it debounced after every change, and reports the save status for the layout.
//!
//! Promises kept here (PRODUCT.md, "Data safety"): a failed write is shown at once and stays
//! visible while the data stays in memory; stored data that cannot be read is copied to a
//! recovery key before anything is written over it.

pub mod local;

use std::time::Duration;

use leptos::prelude::*;

use crate::browser::now;
use crate::model::dataset::{self, Dataset};

/// The localStorage key of the dataset envelope.
pub const DATA_KEY: &str = "samenwerkingswijzer";
/// Prefix of keys that keep unreadable data verbatim.
pub const RECOVERY_PREFIX: &str = "samenwerkingswijzer.herstel.";
/// Typing pauses this long before a save.
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// After a failed write, try again this often.
const RETRY_DELAY: Duration = Duration::from_secs(10);

/// A change to one record, given the current time (RFC 3339) to stamp `updatedAt` with.
pub type Edit<T> = Box<dyn FnOnce(&mut T, &str)>;

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

#[derive(Clone, Copy)]
pub struct Store {
    pub data: RwSignal<Dataset>,
    pub status: RwSignal<SaveStatus>,
    pub recovery: RwSignal<Option<Recovery>>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// False while unreadable stored data could not be copied aside: then nothing is written.
    writable: StoredValue<bool>,
}

impl Store {
    /// Loads the dataset from localStorage. Never fails: unreadable data is kept aside and
    /// the app starts with what it can.
    pub fn open() -> Store {
        let mut recovery = None;
        let mut writable = true;
        let mut status = SaveStatus::Idle;
        let data = match local::read(DATA_KEY) {
            Ok(None) => Dataset::default(),
            Ok(Some(raw)) => match dataset::read(&raw) {
                Ok(data) => data,
                Err(error) => {
                    let key = format!("{RECOVERY_PREFIX}{}", now());
                    if local::write(&key, &raw).is_err() {
                        writable = false;
                        status = SaveStatus::Failed(
                            "de opgeslagen gegevens zijn onleesbaar en konden niet veilig worden bewaard; er wordt niets overschreven".into(),
                        );
                    }
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
        let store = Store {
            data: RwSignal::new(data),
            status: RwSignal::new(status),
            recovery: RwSignal::new(recovery),
            pending: StoredValue::new(None),
            writable: StoredValue::new(writable),
        };
        store.follow_other_tabs();
        store.flush_when_leaving();
        store
    }

    /// Changes the dataset and schedules a save.
    pub fn update(&self, change: impl FnOnce(&mut Dataset)) {
        self.data.update(change);
        self.schedule_save(SAVE_DELAY);
    }

    fn schedule_save(&self, delay: Duration) {
        self.status.set(SaveStatus::Saving);
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        let store = *self;
        let handle = set_timeout_with_handle(move || store.save_now(), delay).ok();
        self.pending.set_value(handle);
    }

    /// Writes the dataset now. On failure the status says so and a retry is scheduled.
    pub fn save_now(&self) {
        self.pending.set_value(None);
        if !self.writable.get_value() {
            return;
        }
        let text = self
            .data
            .with_untracked(|data| serde_json::to_string(&data.stamped(&now())));
        let result = match text {
            Ok(text) => local::write(DATA_KEY, &text),
            Err(error) => Err(local::StoreError::Serialize(error.to_string())),
        };
        match result {
            Ok(()) => self.status.set(SaveStatus::Saved),
            Err(error) => {
                self.status.set(SaveStatus::Failed(error.message()));
                let store = *self;
                let handle = set_timeout_with_handle(move || store.save_now(), RETRY_DELAY).ok();
                self.pending.set_value(handle);
            }
        }
    }

    /// Writes a pending change at once; for structural changes (a new or deleted record)
    /// that must not wait for the typing pause.
    pub fn update_now(&self, change: impl FnOnce(&mut Dataset)) {
        self.data.update(change);
        self.save_now();
    }

    /// Saves what is pending when the page is hidden or left (reload, closing the tab,
    /// switching apps on a tablet): the debounce must never cost a keystroke.
    fn flush_when_leaving(&self) {
        let store = *self;
        let flush = move || {
            if let Some(handle) = store.pending.get_value() {
                handle.clear();
                store.save_now();
            }
        };
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        });
        std::mem::forget(on_hide);
        std::mem::forget(on_visibility);
    }

    /// Another tab saved: take its data when this tab has nothing unsaved.
    fn follow_other_tabs(&self) {
        let store = *self;
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(DATA_KEY) || store.pending.get_value().is_some() {
                return;
            }
            if let Some(Ok(data)) = event.new_value().map(|raw| dataset::read(&raw)) {
                store.data.set(data);
            }
        });
        // The store lives as long as the app; the listener must too.
        std::mem::forget(handle);
    }
}
