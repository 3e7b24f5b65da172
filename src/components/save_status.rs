//! The save status in the header: always visible, so nobody wonders whether typing was kept.

use leptos::prelude::*;

use crate::store::{SaveStatus, Store};

#[component]
pub fn SaveStatusView() -> impl IntoView {
    let store = expect_context::<Store>();
    let status = store.status;
    view! {
        <div
            role="status"
            class="save-status"
            class:failed=move || matches!(status.get(), SaveStatus::Failed(_))
            class:pending=move || matches!(status.get(), SaveStatus::Saving)
        >
            {move || match status.get() {
                SaveStatus::Idle => "Alles staat op dit apparaat".to_string(),
                SaveStatus::Saving => "Opslaan…".to_string(),
                SaveStatus::Saved => "Opgeslagen".to_string(),
                SaveStatus::Failed(reason) => format!("Niet opgeslagen: {reason}"),
            }}
        </div>
    }
}
