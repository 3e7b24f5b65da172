//! The handle an editor holds for the one record it edits: reads follow the store (so a
//! change saved by another tab shows up), and every change goes through [`Store::edit`].

use std::marker::PhantomData;

use leptos::prelude::*;

use crate::model::dataset::Kind;
use crate::store::Store;

/// One record of kind `R` in the store, by id. `Copy`, so every field's closure can hold it.
pub struct Editing<R: Kind> {
    store: Store,
    id: StoredValue<String>,
    /// The record as stored now; `None` once it is deleted.
    pub record: Memo<Option<R>>,
    kind: PhantomData<fn() -> R>,
}

impl<R: Kind> Clone for Editing<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: Kind> Copy for Editing<R> {}

impl<R: Kind> Editing<R> {
    pub fn new(store: Store, id: &str) -> Self {
        let id = StoredValue::new(id.to_string());
        let record = Memo::new(move |_| {
            store
                .data
                .with(|data| id.with_value(|id| R::find(data, id).cloned()))
        });
        Editing {
            store,
            id,
            record,
            kind: PhantomData,
        }
    }

    pub fn id(self) -> String {
        self.id.get_value()
    }

    pub fn store(self) -> Store {
        self.store
    }

    /// Changes the record as stored now (see [`Store::edit`]).
    pub fn change(self, change: impl FnOnce(&mut R)) {
        let id = self.id.get_value();
        self.store.edit::<R>(&id, change);
    }

    /// Reads the record, tracked; the default when it is gone.
    pub fn with<T: Default>(self, read: impl FnOnce(&R) -> T) -> T {
        self.record
            .with(|r| r.as_ref().map(read))
            .unwrap_or_default()
    }

    /// Reads the record without tracking (initial values of fields); the default when gone.
    pub fn with_untracked<T: Default>(self, read: impl FnOnce(&R) -> T) -> T {
        self.record
            .with_untracked(|r| r.as_ref().map(read))
            .unwrap_or_default()
    }
}
