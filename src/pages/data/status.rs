//! The sections about what this browser holds: unreadable data kept aside (to download or
//! remove) and the storage status with the export reminder.

use leptos::prelude::*;

use super::date_of;
use crate::browser::today;
use crate::model::merge;
use crate::model::words::{storage_use, stored_summary};
use crate::store::{quota, Store};
use crate::transfer::download::download_text;

#[component]
pub(super) fn RecoverySection(store: Store) -> impl IntoView {
    let keys = RwSignal::new(store.recovery_keys());
    // Re-read when the store found unreadable data at start-up.
    Effect::new(move |_| {
        store.recovery.track();
        keys.set(store.recovery_keys());
    });
    view! {
        <Show when=move || !keys.get().is_empty()>
            <section class="data-section recovery" aria-labelledby="herstel-kop">
                <h2 id="herstel-kop">"Onleesbare gegevens"</h2>
                <p>
                    "Deze browser had gegevens bewaard die de app niet kon lezen. Ze zijn niet weggegooid. "
                    "Download ze en bewaar het bestand; met een nieuwere versie van de app of met hulp zijn ze misschien terug te halen."
                </p>
                <ul class="plain-list">
                    {move || keys.get().into_iter().enumerate().map(|(index, key)| {
                        let download_key = key.clone();
                        let delete_key = key.clone();
                        view! {
                            <li class="recovery-item">
                                <span>{format!("Kopie {}", index + 1)}</span>
                                <button type="button" on:click=move |_| {
                                    if let Ok(Some(raw)) = crate::store::local::read(&download_key) {
                                        let name = format!("samenwerkingswijzer-onleesbaar-{}-{}.txt", today(), index + 1);
                                        let _ = download_text(&name, "text/plain", &raw);
                                    }
                                }>"Onleesbare gegevens downloaden"</button>
                                <button type="button" class="danger" on:click=move |_| {
                                    let sure = window()
                                        .confirm_with_message("Deze kopie van de onleesbare gegevens verwijderen? Download hem eerst als je twijfelt.")
                                        .unwrap_or(false);
                                    if sure && crate::store::local::remove(&delete_key).is_ok() {
                                        keys.set(store.recovery_keys());
                                    }
                                }>"Kopie verwijderen"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

#[component]
pub(super) fn StatusSection(store: Store) -> impl IntoView {
    let persisted = RwSignal::new(None::<bool>);
    let persist_asked = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        persisted.set(quota::persisted().await);
    });
    let used = Memo::new(move |_| {
        store.data.track();
        store.status.track();
        store.stored_chars()
    });
    let counts = move || store.data.with(merge::counts);
    let now_ms = crate::browser::now_ms() as f64;
    view! {
        <section class="data-section" aria-labelledby="opslag-kop">
            <h2 id="opslag-kop">"Opslag in deze browser"</h2>
            <dl class="facts">
                <dt>"Bewaard"</dt>
                <dd>{move || stored_summary(counts())}</dd>
                <dt>"Ruimte"</dt>
                <dd>{move || storage_use(used.get())}</dd>
                <dt>"Belofte om te bewaren"</dt>
                <dd>
                    {move || match persisted.get() {
                        Some(true) => "ja: de browser heeft beloofd deze gegevens niet zelf op te ruimen.",
                        Some(false) => "nee: als het apparaat vol raakt, mag de browser deze gegevens opruimen.",
                        None => "deze browser kent zo’n belofte niet.",
                    }}
                    <span class="fact-hint">
                        "Een browser mag gegevens van websites wissen als er ruimte nodig is. "
                        "Met deze belofte zegt hij toe dat niet bij deze app te doen; dan verdwijnen je gegevens alleen als jij ze wist."
                    </span>
                </dd>
                <dt>"Laatste export"</dt>
                <dd>{move || store.meta.with(|m| m.last_export.as_deref().map(date_of).unwrap_or_else(|| "nog nooit".to_string()))}</dd>
            </dl>
            <Show when=move || persisted.get() == Some(false)>
                <p>
                    <button type="button" class="secondary" on:click=move |_| {
                        leptos::task::spawn_local(async move {
                            let answer = quota::persist().await;
                            persist_asked.set(true);
                            persisted.set(answer.or(Some(false)));
                        });
                    }>"Vraag de browser om te bewaren"</button>
                </p>
            </Show>
            <Show when=move || persist_asked.get() && persisted.get() == Some(false)>
                <p role="status">"De browser heeft (nog) niets beloofd. Zet de app op je beginscherm of exporteer regelmatig."</p>
            </Show>
            <Show when=move || store.meta.with(|m| m.needs_reminder(now_ms))>
                <p class="reminder" role="status">
                    {move || format!(
                        "Je hebt al {} dagen veranderingen die in geen enkel exportbestand staan. Exporteer alles even, dan heb je een reservekopie.",
                        store.meta.with(|m| m.days_unexported(now_ms).unwrap_or(7))
                    )}
                </p>
            </Show>
            <p class="hint">
                "Safari (op iPhone, iPad en Mac) wist de gegevens van een site die je zeven dagen niet hebt geopend; "
                "zet de app op je beginscherm of exporteer je gegevens regelmatig."
            </p>
        </section>
    }
}
