//! The save status in the header: always visible, so nobody wonders whether typing was kept.
//! When saving fails it stays red and offers "Nu exporteren"; the data banner below the
//! header tells about unreadable stored data and about merges with another tab.

use leptos::prelude::*;

use crate::components::paths::href;
use crate::routes;
use crate::store::{SaveStatus, Store};

/// Downloads everything now (used when saving fails).
pub fn export_everything(store: Store) -> Result<(), String> {
    let now = crate::browser::now();
    let name = crate::transfer::download::file_name("", &crate::browser::today());
    store
        .data
        .with_untracked(|data| crate::transfer::download::download_dataset(&name, data, &now))?;
    store.exported(true);
    Ok(())
}

#[component]
pub fn SaveStatusView() -> impl IntoView {
    let store = expect_context::<Store>();
    let status = store.status;
    let failed = move || matches!(status.get(), SaveStatus::Failed(_));
    view! {
        <div class="save-area">
            <div
                role="status"
                class="save-status"
                class:failed=failed
                class:pending=move || matches!(status.get(), SaveStatus::Saving)
            >
                {move || match status.get() {
                    SaveStatus::Idle => "Alles staat op dit apparaat".to_string(),
                    SaveStatus::Saving => "Opslaan…".to_string(),
                    SaveStatus::Saved => "Opgeslagen".to_string(),
                    SaveStatus::Failed(reason) => format!("Niet opgeslagen. {reason}"),
                }}
            </div>
            <Show when=failed>
                <button type="button" class="save-export" on:click=move |_| {
                    let _ = export_everything(store);
                }>"Nu exporteren"</button>
            </Show>
        </div>
    }
}

/// Lasting notices about the stored data: unreadable data kept aside, and changes from
/// another tab merged with a conflict.
#[component]
pub fn DataBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        {move || store.recovery.get().map(|recovery| view! {
            <div class="data-banner" role="alert">
                <p>
                    "De opgeslagen gegevens konden niet worden gelezen ("{recovery.reason}"). "
                    "Ze zijn niet weggegooid: je kunt ze downloaden op de pagina "
                    <a href=href(routes::Page::Data.path())>"Gegevens"</a>"."
                </p>
            </div>
        })}
        {move || store.sync_message.get().map(|message| view! {
            <div class="data-banner" role="alert">
                <p>{message}</p>
                <button type="button" class="secondary" on:click=move |_| store.sync_message.set(None)>
                    "Begrepen"
                </button>
            </div>
        })}
    }
}
