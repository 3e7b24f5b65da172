//! `/gegevens`: export (all or a choice of kinds), import with a preview and "samenvoegen"
//! or "vervangen" (undoable; "vervangen" says per kind what it removes), the backups from
//! before the last imports to put back, the storage status with the export reminder,
//! unreadable data to download, and "Alles verwijderen" after a confirmation that names
//! everything it removes and offers a download first.
//!
//! One section per file: `status` (unreadable data, storage), `export`, `import` (with its
//! preview), `backups`, `delete`.

mod backups;
mod delete;
mod export;
mod import;
mod status;

use leptos::prelude::*;

use crate::components::layout::Breadcrumb;
use crate::components::title::use_title;
use crate::routes;
use crate::store::Store;
use backups::BackupSection;
use delete::DeleteSection;
use export::ExportSection;
use import::ImportSection;
use status::{RecoverySection, StatusSection};

#[component]
pub fn DataPage() -> impl IntoView {
    use_title(|| "Gegevens".to_string());
    let store = expect_context::<Store>();
    view! {
        <article class="page data-page">
            <Breadcrumb trail=vec![routes::Page::Data.here()]/>
            <h1>"Gegevens"</h1>
            <p class="lead">
                "Alles wat je invult staat alleen in deze browser, op dit apparaat. Niemand anders kan erbij. "
                "Met een exportbestand zet je je gegevens op een ander apparaat of bewaar je een reservekopie."
            </p>
            <RecoverySection store=store/>
            <StatusSection store=store/>
            <ExportSection store=store/>
            <ImportSection store=store/>
            <BackupSection store=store/>
            <DeleteSection store=store/>
        </article>
    }
}

/// A stored time as the reader says it (date and time, in Dutch).
fn date_of(timestamp: &str) -> String {
    crate::browser::local_date_time(timestamp)
}
