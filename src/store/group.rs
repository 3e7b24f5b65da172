//! The workshop's group overview, kept under its own storage key (apart from a person's own
//! data, so exporting or deleting "my data" and clearing the group never touch each other).
//!
//! Two tabs (a link opened from mail next to the scanning tab): every change is applied to
//! the group as it is stored at that moment, never to this tab's copy of it, and a change
//! stored by another tab is taken over at once (`storage` event). Stored text this tab
//! cannot read is copied verbatim to a recovery key (listed on `/gegevens`) before anything
//! is written over it; if that copy fails, or the group comes from a newer version of the
//! app, nothing is written at all.

use leptos::prelude::*;

use crate::browser::{now, now_ms};
use crate::model::dataset::Dataset;
use crate::model::group::{self, Added};
use crate::model::import;
use crate::store::{local, RECOVERY_PREFIX};

pub const GROUP_KEY: &str = "samenwerkingswijzer-groep";

/// The collected results, loaded when a page asks for them; every change is written at once.
#[derive(Clone, Copy)]
pub struct GroupStore {
    /// The group, read-only for pages: they change it through [`GroupStore::add`],
    /// [`GroupStore::remove`], [`GroupStore::clear`] and [`GroupStore::put_back`].
    pub data: ReadSignal<Dataset>,
    /// A Dutch message when the group cannot be read or written now.
    pub problem: RwSignal<Option<String>>,
    /// A Dutch message when unreadable stored text was copied aside (for as long as the page
    /// is open).
    pub recovered: RwSignal<Option<String>>,
    current: RwSignal<Dataset>,
    /// Results this tab could not write (storage full): kept in memory and added to what is
    /// stored at every change, until a write succeeds.
    unsaved: StoredValue<Option<Dataset>>,
}

/// What is stored under the group's key now.
enum Stored {
    Group(Dataset),
    /// Unreadable, copied aside (or newer, left alone): the message says which.
    Unreadable {
        writable: bool,
        message: String,
    },
    /// Storage cannot be reached.
    Unavailable(String),
}

impl GroupStore {
    /// Loads the group and follows other tabs' changes to it while the page is open.
    pub fn open() -> GroupStore {
        let current = RwSignal::new(Dataset::default());
        let store = GroupStore {
            data: current.read_only(),
            problem: RwSignal::new(None),
            recovered: RwSignal::new(None),
            current,
            unsaved: StoredValue::new(None),
        };
        store.take_over(read_stored());
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            // `None`: the whole storage was cleared.
            if event.key().is_none_or(|key| key == GROUP_KEY) {
                store.take_over(read_stored());
            }
        });
        on_cleanup(move || handle.remove());
        store
    }

    /// Shows what is stored (and says why when that is nothing readable).
    fn take_over(&self, stored: Stored) {
        match stored {
            Stored::Group(data) => {
                let shown = match self.unsaved.get_value() {
                    Some(unsaved) => group::add(&data, &unsaved).0,
                    None => {
                        self.problem.set(None);
                        data
                    }
                };
                self.current.set(shown);
            }
            Stored::Unreadable { writable, message } => {
                self.current.set(Dataset::default());
                if writable {
                    self.problem.set(None);
                    self.recovered.set(Some(message));
                } else {
                    self.problem.set(Some(message));
                }
            }
            Stored::Unavailable(message) => self.problem.set(Some(message)),
        }
    }

    /// The one way to change the group: `change` gets the group as stored now (so what another
    /// tab added meanwhile is kept), and its result is written at once. Returns what `change`
    /// returned, or `None` when nothing could be written (the problem says why).
    fn update<T>(&self, change: impl FnOnce(&Dataset) -> (Dataset, T)) -> Option<T> {
        let stored = match read_stored() {
            Stored::Group(data) => data,
            // Copied aside (or just taken over from a tab that could not copy it): start anew.
            Stored::Unreadable {
                writable: true,
                message,
            } => {
                self.recovered.set(Some(message));
                Dataset::default()
            }
            other => {
                self.take_over(other);
                return None;
            }
        };
        let fresh = match self.unsaved.get_value() {
            Some(unsaved) => group::add(&stored, &unsaved).0,
            None => stored,
        };
        let (after, result) = change(&fresh);
        let written = match serde_json::to_string(&after) {
            Ok(_) if after.record_count() == 0 => local::remove(GROUP_KEY),
            Ok(text) => local::write(GROUP_KEY, &text),
            Err(e) => Err(local::StoreError::Serialize(e.to_string())),
        };
        match written {
            Ok(()) => {
                self.unsaved.set_value(None);
                self.problem.set(None);
            }
            Err(e) => {
                self.unsaved.set_value(Some(after.clone()));
                self.problem.set(Some(format!(
                    "Het groepsoverzicht kon niet worden bewaard. {}",
                    e.message()
                )));
            }
        }
        self.current.set(after);
        Some(result)
    }

    /// Adds `incoming`'s zelftests and checklists (see [`group::add`]).
    pub fn add(&self, incoming: &Dataset) -> Added {
        self.update(|g| group::add(g, incoming)).unwrap_or_default()
    }

    /// Removes the result with `id`; returns it (as a group of one) for "Ongedaan maken".
    pub fn remove(&self, id: &str) -> Dataset {
        self.update(|g| (group::remove(g, id), group::only(g, id)))
            .unwrap_or_default()
    }

    /// Empties the group; returns what it held, for "Ongedaan maken".
    pub fn clear(&self) -> Dataset {
        self.update(|g| (Dataset::default(), g.clone()))
            .unwrap_or_default()
    }

    /// "Ongedaan maken": puts removed results back next to whatever was added meanwhile.
    pub fn put_back(&self, removed: &Dataset) {
        self.update(|g| (group::add(g, removed).0, ()));
    }
}

/// Reads the group's key. Unreadable text is copied to a recovery key first, unless the same
/// text is already kept there.
fn read_stored() -> Stored {
    let raw = match local::read(GROUP_KEY) {
        Ok(None) => return Stored::Group(Dataset::default()),
        Ok(Some(raw)) => raw,
        Err(e) => return Stored::Unavailable(e.message()),
    };
    let error = match import::read(&raw, now_ms()) {
        Ok(data) => return Stored::Group(data),
        Err(error) => error,
    };
    let kept = local::keys_with_prefix(RECOVERY_PREFIX)
        .iter()
        .any(|key| local::read(key).ok().flatten().as_deref() == Some(raw.as_str()));
    let copied = kept || local::write(&format!("{RECOVERY_PREFIX}groep.{}", now()), &raw).is_ok();
    let why = error.message();
    if error.is_newer_version() {
        Stored::Unreadable {
            writable: false,
            message: format!("Het bewaarde groepsoverzicht komt uit een nieuwere versie van de app ({why}). Vernieuw de pagina; er wordt niets overschreven."),
        }
    } else if copied {
        Stored::Unreadable {
            writable: true,
            message: format!("Het bewaarde groepsoverzicht was onleesbaar ({why}). Er is een kopie van bewaard; die vind je bij Gegevens, onder “Onleesbare gegevens”."),
        }
    } else {
        Stored::Unreadable {
            writable: false,
            message: format!("Het bewaarde groepsoverzicht is onleesbaar ({why}) en kon niet veilig apart worden gezet; er wordt niets overschreven. Maak ruimte in de opslag en vernieuw de pagina."),
        }
    }
}
