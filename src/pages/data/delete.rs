//! "Alles verwijderen": a confirmation that names everything it removes and offers a
//! download first, and "Ongedaan maken" while the page stays open.

use leptos::prelude::*;

use crate::components::modal::Modal;
use crate::components::save_status::export_everything;
use crate::model::copies;
use crate::model::merge;
use crate::model::words::{counted, kinds_listed, noun};
use crate::store::copies::{Cleared, OLDER_BACKUP_PREFIX};
use crate::store::group::GROUP_KEY;
use crate::store::{local, Store, BACKUP_KEY};

/// Everything "Alles verwijderen" removes, counted when the confirmation opens.
#[derive(Clone, Default)]
struct DeleteSummary {
    records: usize,
    counts: [usize; 4],
    /// Results in the group overview, if there is one.
    group: Option<usize>,
    backups: usize,
    recovery: usize,
}

impl DeleteSummary {
    fn now(store: Store) -> DeleteSummary {
        let counts = store.data.with_untracked(merge::counts);
        let group = local::read(GROUP_KEY)
            .ok()
            .flatten()
            .map(|raw| copies::record_counts(&raw).map_or(0, |c| c.iter().sum()));
        let backups = usize::from(matches!(local::read(BACKUP_KEY), Ok(Some(_))))
            + local::keys_with_prefix(OLDER_BACKUP_PREFIX).len();
        DeleteSummary {
            records: counts.iter().sum(),
            counts,
            group,
            backups,
            recovery: store.recovery_keys().len(),
        }
    }

    /// The Dutch list of what goes.
    fn items(&self) -> Vec<String> {
        let mut items = vec![if self.records == 0 {
            "je eigen gegevens: er staan geen onderdelen".to_string()
        } else {
            format!(
                "je eigen gegevens: {} ({})",
                counted(self.records, "onderdeel", "onderdelen"),
                kinds_listed(self.counts)
            )
        }];
        if let Some(n) = self.group {
            items.push(format!(
                "het groepsoverzicht met {} van deelnemers (download het eerst op de pagina Groep als je het wilt houden)",
                counted(n, "resultaat", "resultaten")
            ));
        }
        if self.backups > 0 {
            items.push(counted(
                self.backups,
                "reservekopie van vóór een import",
                "reservekopieën van vóór een import",
            ));
        }
        if self.recovery > 0 {
            items.push(counted(
                self.recovery,
                "kopie van onleesbare gegevens",
                "kopieën van onleesbare gegevens",
            ));
        }
        items
    }
}

#[component]
pub(super) fn DeleteSection(store: Store) -> impl IntoView {
    let asking = RwSignal::new(false);
    let summary = RwSignal::new(DeleteSummary::default());
    // What was removed, for "Ongedaan maken" while this page is open: it lives in this
    // component, so leaving the page or a reload forgets it (a shared tablet keeps nothing).
    let cleared = RwSignal::new(None::<Cleared>);
    let open = move |_| {
        summary.set(DeleteSummary::now(store));
        asking.set(true);
    };
    let close = move || asking.set(false);
    let delete = move |_| {
        cleared.set(Some(store.clear_everything()));
        close();
    };
    let undo = move |_| {
        if let Some(what) = cleared.get_untracked() {
            cleared.set(None);
            store.undo_clear(what);
        }
    };
    view! {
        <section class="data-section" aria-labelledby="verwijder-kop">
            <h2 id="verwijder-kop">"Alles verwijderen"</h2>
            <p>"Haal alles van deze app van dit apparaat, bijvoorbeeld na een werkatelier op een gedeelde tablet: je gegevens, het groepsoverzicht en alle reservekopieën."</p>
            <button type="button" class="danger" on:click=open>"Alles verwijderen"</button>
            <div role="status">
                <Show when=move || cleared.with(Option::is_some)>
                    <p class="report">
                        "Alles is verwijderd: er staat niets van de app meer in deze browser. "
                        <button type="button" class="secondary" on:click=undo>"Ongedaan maken"</button>
                        " kan zolang je op deze pagina blijft."
                    </p>
                </Show>
            </div>
            <Modal open=asking on_close=Callback::new(move |()| close()) class="confirm-dialog" labelledby="verwijder-vraag">
                <h2 id="verwijder-vraag">"Alle gegevens verwijderen?"</h2>
                <p>"Dit verdwijnt uit deze browser:"</p>
                <ul class="delete-list">
                    {move || summary.get().items().into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
                </ul>
                <p>{move || {
                    let n = summary.with(|s| s.records);
                    format!(
                        "Download je gegevens eerst als je {} later nog wilt gebruiken.",
                        noun(n, "het", "ze"),
                    )
                }}</p>
                <div class="dialog-actions">
                    <button type="button" class="secondary" on:click=move |_| { let _ = export_everything(store); }>
                        "Eerst downloaden"
                    </button>
                    <button type="button" class="danger" on:click=delete>"Ja, alles verwijderen"</button>
                    <button type="button" class="secondary" on:click=move |_| close()>"Annuleren"</button>
                </div>
            </Modal>
        </section>
    }
}
