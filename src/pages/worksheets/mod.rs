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
use crate::model::worksheet::Worksheet;
use crate::store::{Editing, Store};

/// The sheet being edited: read from the store, changed only through it.
type Sheet = Editing<Worksheet>;

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
fn row_ids(sheet: Sheet, rows: fn(&Worksheet) -> Vec<String>) -> Memo<Vec<String>> {
    Memo::new(move |_| sheet.with(rows))
}
