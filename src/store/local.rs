//! The localStorage repository: raw text in and out, with errors as values. Storage can be
//! missing or blocked (private modes, disabled cookies) and full; none of that may panic.

use gloo_storage::{LocalStorage, Storage};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// localStorage does not exist or is blocked.
    Unavailable,
    /// The write was refused, usually because the quota is full.
    WriteFailed(String),
    /// The data could not be turned into JSON; the detail (serde's English text) is for
    /// developers only and never shown.
    Serialize(String),
}

impl StoreError {
    /// A Dutch explanation with what to do, in whole sentences.
    pub fn message(&self) -> String {
        match self {
            StoreError::Unavailable => {
                "Deze browser laat de app niets bewaren (privévenster of geblokkeerde opslag). Exporteer je gegevens om ze te bewaren.".into()
            }
            StoreError::WriteFailed(_) => {
                "De opslag van de browser is vol of geweigerd. Exporteer je gegevens nu.".into()
            }
            StoreError::Serialize(_) => {
                "De gegevens konden niet worden omgezet om te bewaren. Exporteer je gegevens nu.".into()
            }
        }
    }
}

/// Checks that localStorage can be reached; `LocalStorage::raw()` would panic otherwise.
#[cfg(target_arch = "wasm32")]
fn available() -> Result<(), StoreError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(()),
        _ => Err(StoreError::Unavailable),
    }
}

/// Rendered natively at build time (`app::render`), the app is on a device that has stored
/// nothing yet (a first visit) and stores nothing: every call below returns at this check.
#[cfg(not(target_arch = "wasm32"))]
fn available() -> Result<(), StoreError> {
    Err(StoreError::Unavailable)
}

pub fn read(key: &str) -> Result<Option<String>, StoreError> {
    #[cfg(not(target_arch = "wasm32"))]
    if available().is_err() {
        return Ok(None);
    }
    available()?;
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| StoreError::Unavailable)
}

pub fn write(key: &str, value: &str) -> Result<(), StoreError> {
    available()?;
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|error| StoreError::WriteFailed(format!("{error:?}")))
}

pub fn remove(key: &str) -> Result<(), StoreError> {
    available()?;
    LocalStorage::raw()
        .remove_item(key)
        .map_err(|_| StoreError::Unavailable)
}

/// All keys that start with `prefix`.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    if available().is_err() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}
