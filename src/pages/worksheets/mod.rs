//! `/werkbladen` (the four worksheets: yours, and start a new one) and `/werkbladen/{id}`
//! (fill one in; `voorbeeld-woningbouw` shows the seed's housing example to copy). One file
//! a job: `list` (the overview), `sheet` (the page of one sheet and its common fields),
//! `housing_example`, and the rows of each kind: `choice_questions`, `canvas`,
//! `werkvormen`, `success_factors`. Every change goes through the store (`Editing`).

mod canvas;
mod choice_questions;
mod housing_example;
mod list;
mod sheet;
mod success_factors;
mod werkvormen;

use leptos::prelude::*;

pub use list::WorksheetsPage;
pub use sheet::WorksheetPage;

use crate::components::actions::{delete_with_undo, Notices};
use crate::model::worksheet::{Body, Worksheet};
use crate::store::{Editing, Store};

/// The sheet being edited: read from the store, changed only through it.
type Sheet = Editing<Worksheet>;

/// The content of kind `B` of the sheet being edited: what the rows of one kind read and
/// change (through the sheet, so through the store).
struct Part<B: Body> {
    sheet: Sheet,
    kind: std::marker::PhantomData<fn() -> B>,
}

impl<B: Body> Clone for Part<B> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<B: Body> Copy for Part<B> {}

impl<B: Body + 'static> Part<B> {
    fn new(sheet: Sheet) -> Self {
        Part {
            sheet,
            kind: std::marker::PhantomData,
        }
    }

    fn store(self) -> Store {
        self.sheet.store()
    }

    fn id(self) -> String {
        self.sheet.id()
    }

    /// Reads the content, tracked; the default when the sheet is gone or of another kind.
    fn with<T: Default>(self, read: impl FnOnce(&B) -> T) -> T {
        self.sheet
            .with(|w| w.body::<B>().map(read).unwrap_or_default())
    }

    /// Reads the content without tracking (initial values of fields).
    fn with_untracked<T: Default>(self, read: impl FnOnce(&B) -> T) -> T {
        self.sheet
            .with_untracked(|w| w.body::<B>().map(read).unwrap_or_default())
    }

    /// Changes the content as stored now (`Store::edit`); nothing if it is of another kind.
    fn change(self, change: impl FnOnce(&mut B)) {
        self.sheet.change(|w| {
            if let Some(body) = w.body_mut::<B>() {
                change(body)
            }
        });
    }
}

/// Removes a worksheet and offers "Ongedaan maken".
fn delete_sheet(store: Store, notices: Notices, id: &str) {
    delete_with_undo::<Worksheet>(store, notices, id, |w| {
        format!("Werkblad “{}” is verwijderd.", w.display_title())
    });
}

/// Stores a new sheet and opens it (`go` from `components::router::use_go`).
fn open_new(store: Store, go: &dyn Fn(&str), sheet: Worksheet) {
    let id = sheet.id.clone();
    store.add(sheet);
    go(&crate::routes::worksheet(&id));
}

/// The ids of the rows picked by `rows`, tracked: for `<For>`.
fn row_ids<B: Body + 'static>(part: Part<B>, rows: fn(&B) -> Vec<String>) -> Memo<Vec<String>> {
    Memo::new(move |_| part.with(rows))
}
