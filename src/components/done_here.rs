//! "Klaar op dit apparaat": a participant's last step on a shared device, a button beside
//! "Delen". The browser's own confirmation says what goes; then their record is taken out of
//! every copy the app keeps (`Store::forget_copies`) and deleted like any record, with
//! "Ongedaan maken" in the notice bar (`delete_with_undo`). Small on purpose, the
//! participant's bundles have little room: a function and one button, the deletion and the
//! notice bar reused, no dialog of its own, and no `to_uppercase` (its Unicode tables would
//! cost about 5 KB).

use leptos::prelude::*;

use crate::components::actions::{delete_with_undo, Notices};
use crate::model::dataset::Kind;
use crate::store::Store;

/// Asks, then removes the record `id` of kind `R` and every copy of it. `subject` names the
/// record as a sentence starts ("Je zelftest"), `name` says which one, `contents` what it
/// holds ("met je antwoorden"). Returns whether it was removed (the page then goes to where
/// the next participant starts).
pub fn leave_device<R: Kind>(
    store: Store,
    notices: Notices,
    id: &str,
    subject: &str,
    name: &str,
    contents: &str,
) -> bool {
    let question = format!(
        "{subject} van dit apparaat halen?\n\n{subject} “{name}” {contents} verdwijnt van dit apparaat, ook uit de reservekopieën, zodat de volgende deelnemer niets van je ziet. Wat je gedeeld of geëxporteerd hebt, blijft."
    );
    if !window().confirm_with_message(&question).unwrap_or(false) {
        return false;
    }
    if !store
        .data
        .with_untracked(|data| R::find(data, id).is_some())
    {
        return false;
    }
    store.forget_copies(id);
    // And answers kept before the app ran (issue 26), which would become the next
    // participant's record when the app starts.
    for key in crate::store::local::keys_with_prefix(crate::model::kept::KEPT_PREFIX) {
        let _ = crate::store::local::remove(&key);
    }
    let message = format!("{subject} is van dit apparaat gehaald. Je kunt het apparaat doorgeven.");
    delete_with_undo::<R>(store, notices, id, move |_| message);
    true
}
