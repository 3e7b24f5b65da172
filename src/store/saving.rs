//! How the store keeps the dataset in localStorage: the debounced save with its status and
//! retries, the save when the page is left, and following what other tabs store (taken over,
//! or merged three-way when this tab has unsaved changes; unreadable text kept aside first).

use std::time::Duration;

use leptos::prelude::*;

use super::{copies, local, Recovery, SaveStatus, Store, DATA_KEY, META_KEY};
use crate::browser::{new_id, now, now_ms};
use crate::model::dataset::Dataset;
use crate::model::import::{self, ReadError};
use crate::model::merge;

/// After a failed write, try again this often.
const RETRY_DELAY: Duration = Duration::from_secs(10);

/// Keeps stored text of an older version (`migrated_from`) under its own key
/// (`migrate::copy_key`) before the migrated data can be written over it; nothing is written
/// when that key holds the same text already. A Dutch reason when the copy failed (then
/// nothing may be written over the old data).
pub(super) fn keep_before_migrating(raw: &str, migrated_from: Option<u64>) -> Result<(), String> {
    let Some(from) = migrated_from else {
        return Ok(());
    };
    let key = crate::model::migrate::copy_key(from);
    if local::read(&key).ok().flatten().as_deref() == Some(raw) {
        return Ok(());
    }
    local::write(&key, raw).map_err(|_| {
        "de opgeslagen gegevens komen uit een oudere versie van de app en er kon geen kopie van worden bewaard; er wordt niets overschreven. Exporteer je gegevens nu".to_string()
    })
}

impl Store {
    pub(super) fn schedule_save(&self, delay: Duration) {
        // A failure stays visible until a write succeeds; nothing is "being saved" while
        // the store may not write at all (data from a newer version).
        if self.writable.get_value()
            && !matches!(self.status_rw.get_untracked(), SaveStatus::Failed(_))
            && self.status_rw.get_untracked() != SaveStatus::Saving
        {
            self.status_rw.set(SaveStatus::Saving);
        }
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        let store = *self;
        let handle = set_timeout_with_handle(move || store.save_now(), delay).ok();
        self.pending.set_value(handle);
    }

    /// Writes the dataset now. On failure the status says so and a retry is scheduled.
    pub fn save_now(&self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        self.pending.set_value(None);
        if !self.writable.get_value() || !self.dirty.get_value() {
            return;
        }
        // Another tab may have written since this tab last looked (a missed event).
        if let Ok(current) = local::read(DATA_KEY) {
            if current != self.base_raw.get_value() {
                self.absorb(current);
            }
        }
        if !self.writable.get_value() {
            return;
        }
        let text = self
            .current
            .with_untracked(|data| serde_json::to_string(&data.stamped(&now())));
        let result = match text {
            Ok(text) => local::write(DATA_KEY, &text).map(|()| text),
            Err(error) => Err(local::StoreError::Serialize(error.to_string())),
        };
        match result {
            Ok(text) => {
                self.base.set_value(self.current.get_untracked());
                self.base_raw.set_value(Some(text));
                self.dirty.set_value(false);
                self.status_rw.set(SaveStatus::Saved);
            }
            Err(error) => {
                self.status_rw.set(SaveStatus::Failed(error.message()));
                let store = *self;
                let handle = set_timeout_with_handle(move || store.save_now(), RETRY_DELAY).ok();
                self.pending.set_value(handle);
            }
        }
    }

    /// Saves what is pending when the page is hidden or left (reload, closing the tab,
    /// switching apps on a tablet): the debounce must never cost a keystroke.
    pub(super) fn flush_when_leaving(&self) {
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

    /// Takes over what another tab stored (`raw`; `None` when it deleted everything).
    pub(super) fn absorb(&self, raw: Option<String>) {
        let theirs = match raw
            .as_deref()
            .map(|raw| import::read_migrating(raw, now_ms()))
        {
            None => Dataset::default(),
            Some(Ok((data, migrated_from))) => {
                if let Err(problem) =
                    keep_before_migrating(raw.as_deref().unwrap_or_default(), migrated_from)
                {
                    self.writable.set_value(false);
                    self.status_rw.set(SaveStatus::Failed(problem));
                    return;
                }
                data
            }
            // Unreadable or newer data from the other tab (another app version): never
            // write over it unseen.
            Some(Err(error)) => {
                self.keep_unreadable(raw.unwrap_or_default(), error);
                return;
            }
        };
        if self.dirty.get_value() {
            let base = self.base.get_value();
            let mut fresh = new_id;
            let (merged, conflicts) = self
                .current
                .with_untracked(|mine| merge::merge3_dataset(&base, mine, &theirs, &mut fresh));
            self.current.set(merged);
            if conflicts > 0 {
                self.sync_message.set(Some(format!(
                    "In een ander tabblad is hetzelfde veranderd als hier ({conflicts}×). Beide versies zijn bewaard: de oudere staat er als kopie bij, met “uit ander tabblad” in de titel."
                )));
            }
        } else {
            self.current.set(theirs.clone());
        }
        self.base.set_value(theirs);
        self.base_raw.set_value(raw);
    }

    /// Stored text this tab cannot read appeared: newer data stops all writing; anything
    /// else is copied to a recovery key first (and writing stops if that copy fails).
    pub(super) fn keep_unreadable(&self, raw: String, error: ReadError) {
        let kept = copies::keep_aside(&raw);
        if error.is_newer_version() {
            self.writable.set_value(false);
            self.status_rw.set(SaveStatus::Failed(
                "Een ander tabblad gebruikt een nieuwere versie van de app. Vernieuw deze pagina; er wordt hier niets meer opgeslagen.".into(),
            ));
        } else if let Err(problem) = kept {
            self.writable.set_value(false);
            self.status_rw.set(SaveStatus::Failed(problem.message()));
        } else {
            // Copied aside: ours may be written over it at the next save.
            self.base_raw.set_value(Some(raw.clone()));
        }
        self.recovery.set(Some(Recovery {
            key: kept.unwrap_or_default(),
            raw,
            reason: error.message(),
        }));
    }

    /// Another tab saved: take its data, merging when this tab has unsaved changes.
    pub(super) fn follow_other_tabs(&self) {
        let store = *self;
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            match event.key().as_deref() {
                // `try_`: a store whose owner is gone (a test's) ignores the event.
                Some(DATA_KEY) if store.writable.try_get_value() == Some(true) => {
                    store.absorb(event.new_value())
                }
                Some(META_KEY) => {
                    if let Some(meta) = event
                        .new_value()
                        .and_then(|raw| serde_json::from_str(&raw).ok())
                    {
                        store.meta.try_set(meta);
                    }
                }
                _ => {}
            }
        });
        // The store lives as long as the app; the listener must too.
        std::mem::forget(handle);
    }

    pub(super) fn write_meta(&self) {
        if let Ok(text) = serde_json::to_string(&self.meta.get_untracked()) {
            // Bookkeeping only: a failure here is covered by the data's own save status.
            let _ = local::write(META_KEY, &text);
        }
    }
}
