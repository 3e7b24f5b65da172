//! A modal dialog: a `<dialog>` shown with `showModal` while a signal says it is open, closed
//! when the signal says so, and reporting when it closes by itself (Escape).

use leptos::prelude::*;

/// A modal `<dialog>` open while `open` is true. `on_close` runs whenever the dialog closes
/// (Escape, or `open` turning false), so the owner can set `open` back.
#[component]
pub fn Modal(
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
    class: &'static str,
    /// The id of the dialog's heading.
    labelledby: &'static str,
    children: Children,
) -> impl IntoView {
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = open.get();
        if let Some(dialog) = dialog_ref.get() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
    view! {
        <dialog node_ref=dialog_ref class=class aria-labelledby=labelledby
            on:close=move |_| on_close.run(())>
            {children()}
        </dialog>
    }
}
