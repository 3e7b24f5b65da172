//! Small shared actions: "Afdrukken", and the notice bar that offers "Ongedaan maken" after a
//! deletion (so nothing is lost by one wrong tap).

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

/// "Afdrukken": opens the browser's print dialog; the print stylesheet hides the chrome.
#[component]
pub fn PrintButton(#[prop(optional, into)] class: Option<String>) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class.unwrap_or_else(|| "secondary".to_string())
            on:click=move |_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }
        >
            "Afdrukken"
        </button>
    }
}

/// What "Ongedaan maken" runs. A plain shared closure rather than a `Callback`: it must
/// outlive the page that offered it (deleting from an editor navigates away).
pub type Undo = Arc<dyn Fn() + Send + Sync>;

/// Deletes the record `id` of kind `R` (saved at once) and offers "Ongedaan maken" with
/// `message(&record)`. The one way every page deletes.
pub fn delete_with_undo<R>(
    store: crate::store::Store,
    notices: Notices,
    id: &str,
    message: impl FnOnce(&R) -> String,
) where
    R: crate::model::dataset::Kind,
{
    if let Some((index, record)) = store.take::<R>(id) {
        notices.show(
            message(&record),
            Some(Arc::new(move || store.restore(index, record.clone()))),
        );
    }
}

/// The row under a record's editor: "Afdrukken", "Exporteren" (this record as a file) and
/// "Verwijderen" (with "Ongedaan maken", offered by `on_delete`).
#[component]
pub fn RecordActions(
    /// The record's id.
    #[prop(into)]
    id: String,
    /// Words for the file name, e.g. "checklist Overleg".
    file_words: Signal<String>,
    on_delete: Callback<()>,
    /// More actions for this record ("Delen"), placed before "Verwijderen".
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let store = expect_context::<crate::store::Store>();
    let notices = use_notices();
    let export = move |_| {
        let data = store.data.with_untracked(|data| data.single(&id));
        let name = crate::transfer::download::file_name(
            &file_words.get_untracked(),
            &crate::browser::today(),
        );
        // Say that it happened and under which name: a download can go unnoticed.
        match crate::transfer::download::download_dataset(&name, &data, &crate::browser::now()) {
            Ok(_) => notices.show(
                format!("Geëxporteerd als {name}. Je vindt het bij je downloads."),
                None,
            ),
            Err(message) => notices.show(message, None),
        }
    };
    view! {
        <div class="page-actions no-print">
            <PrintButton/>
            <button type="button" class="secondary" on:click=export>"Exporteren"</button>
            {children.map(|children| children())}
            <button type="button" class="danger" on:click=move |_| on_delete.run(())>"Verwijderen"</button>
        </div>
    }
}

/// A message at the bottom of the screen, optionally with "Ongedaan maken".
#[derive(Clone)]
pub struct Notice {
    pub message: String,
    pub undo: Option<Undo>,
}

/// The app-wide notice bar, provided in context by the layout.
#[derive(Clone, Copy)]
pub struct Notices {
    current: RwSignal<Option<Notice>>,
    generation: StoredValue<u64>,
}

/// How long a notice with an undo stays on screen.
const NOTICE_TIME: Duration = Duration::from_secs(12);

impl Notices {
    pub fn new() -> Self {
        Notices {
            current: RwSignal::new(None),
            generation: StoredValue::new(0),
        }
    }

    /// Shows `message`; `undo` runs when the person chooses "Ongedaan maken".
    pub fn show(&self, message: impl Into<String>, undo: Option<Undo>) {
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        self.current.set(Some(Notice {
            message: message.into(),
            undo,
        }));
        let notices = *self;
        set_timeout(
            move || {
                if notices.generation.get_value() == generation {
                    notices.current.set(None);
                }
            },
            NOTICE_TIME,
        );
    }

    pub fn dismiss(&self) {
        self.current.set(None);
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}

/// The notices from context (the layout provides them).
pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

/// The bar itself; placed once, in the layout.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let notices = use_notices();
    view! {
        <div class="notice-bar" role="status" aria-live="polite">
            {move || notices.current.get().map(|notice| {
                let undo = notice.undo.clone();
                view! {
                    <div class="notice">
                        <span>{notice.message}</span>
                        {undo.map(|undo| view! {
                            <button type="button" class="secondary" on:click=move |_| {
                                undo();
                                notices.dismiss();
                            }>"Ongedaan maken"</button>
                        })}
                        <button type="button" class="close" aria-label="Melding sluiten" on:click=move |_| notices.dismiss()>"×"</button>
                    </div>
                }
            })}
        </div>
    }
}
