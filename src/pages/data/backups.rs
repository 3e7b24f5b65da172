//! The backups from before the last imports, to put back.

use leptos::prelude::*;

use super::date_of;
use crate::components::actions::use_notices;
use crate::model::copies;
use crate::model::words::{counted, kinds_listed};
use crate::store::Store;

#[component]
pub(super) fn BackupSection(store: Store) -> impl IntoView {
    let notices = use_notices();
    let message = RwSignal::new(None::<Result<String, String>>);
    // Backups change with every import, restore and deletion: read them again then.
    let backups = Memo::new(move |_| {
        store.data.track();
        store.undo.track();
        store.backups()
    });
    let restore = move |key: String, when: String| match store.restore_backup(&key) {
        Ok(warning) => {
            let mut text = format!(
                "De kopie van {when} is teruggezet. Wat er net stond, is eerst zelf als reservekopie bewaard."
            );
            if let Some(w) = warning {
                text.push(' ');
                text.push_str(&w);
            }
            message.set(Some(Ok(text)));
            notices.show(
                "Reservekopie teruggezet.",
                Some(std::sync::Arc::new(move || {
                    store.undo_last();
                })),
            );
        }
        Err(reason) => message.set(Some(Err(reason))),
    };
    view! {
        <Show when=move || !backups.with(Vec::is_empty) || message.with(Option::is_some)>
            <section class="data-section" aria-labelledby="reservekopie-kop">
                <h2 id="reservekopie-kop">"Reservekopieën van vóór een import"</h2>
                <p>{format!(
                    "Vóór elke import bewaart de app een kopie van je gegevens in deze browser; de laatste {} blijven bewaard. Zet er een terug als een import niet goed uitpakte, ook na het sluiten van de pagina.",
                    copies::MAX_BACKUPS
                )}</p>
                <ul class="plain-list backup-list">
                    {move || backups.get().into_iter().enumerate().map(|(index, backup)| {
                        let when = if backup.time.is_empty() {
                            "onbekende tijd".to_string()
                        } else {
                            date_of(&backup.time)
                        };
                        let total: usize = backup.counts.iter().sum();
                        let what = format!(
                            "{} ({})",
                            counted(total, "onderdeel", "onderdelen"),
                            if total == 0 { "leeg".to_string() } else { kinds_listed(backup.counts) }
                        );
                        let title = if index == 0 {
                            "Kopie van vóór de laatste import".to_string()
                        } else {
                            "Kopie van vóór een eerdere import".to_string()
                        };
                        let label = format!("Terugzetten: {} ({when})", title.to_lowercase());
                        let key = backup.key.clone();
                        let moment = when.clone();
                        view! {
                            <li class="backup-item">
                                <p><strong>{title}</strong>{format!(", gemaakt op {when}: {what}.")}</p>
                                <button type="button" class="secondary" aria-label=label
                                    on:click=move |_| restore(key.clone(), moment.clone())>"Terugzetten"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {move || message.get().map(|m| match m {
                    Ok(text) => view! { <p role="status">{text}</p> }.into_any(),
                    Err(text) => view! { <p role="alert" class="error">{text}</p> }.into_any(),
                })}
            </section>
        </Show>
    }
}
