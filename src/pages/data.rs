//! `/gegevens`: export (all or a choice of kinds), import with a preview and "samenvoegen"
//! or "vervangen" (undoable; "vervangen" says per kind what it removes), the backups from
//! before the last imports to put back, the storage status with the export reminder,
//! unreadable data to download, and "Alles verwijderen" after a confirmation that names
//! everything it removes and offers a download first.

use leptos::prelude::*;

use crate::browser::{now, today};
use crate::components::actions::use_notices;
use crate::components::layout::Breadcrumb;
use crate::components::save_status::export_everything;
use crate::components::title::use_title;
use crate::model::copies;
use crate::model::dataset::Dataset;
use crate::model::import::{ImportWarning, TimeCorrection, MAX_RECORDS};
use crate::model::merge::{self, Preview, KIND_LABELS};
use crate::model::words::{
    counted, kinds_listed, listed, merge_report, noun, storage_use, stored_summary,
};
use crate::store::copies::{Cleared, OLDER_BACKUP_PREFIX};
use crate::store::group::GROUP_KEY;
use crate::store::{local, quota, Store, BACKUP_KEY};
use crate::transfer::download::{download_dataset, download_text, file_name};
use crate::transfer::import::{chosen_files, read_files, readable};

/// Files read and checked, waiting for the person's choice.
#[derive(Clone)]
struct PendingImport {
    names: Vec<String>,
    data: Dataset,
    preview: Preview,
    /// What "Vervangen" would remove here, per kind.
    removed: [usize; 4],
    warnings: Vec<(String, ImportWarning)>,
    /// Times from the future that were replaced, per file.
    corrections: Vec<(String, TimeCorrection)>,
}

/// What the import report says about times from the future (a device with a wrong clock).
fn corrections_note(count: usize) -> Option<String> {
    match count {
        0 => None,
        1 => Some("Eén tijdstip lag in de toekomst (een verkeerd ingestelde klok?) en is vervangen, zodat het niet alles overschrijft wat hier later verandert.".into()),
        n => Some(format!("{n} tijdstippen lagen in de toekomst (een verkeerd ingestelde klok?) en zijn vervangen, zodat ze niet alles overschrijven wat hier later verandert.")),
    }
}

#[component]
pub fn DataPage() -> impl IntoView {
    use_title(|| "Gegevens".to_string());
    let store = expect_context::<Store>();
    view! {
        <article class="page data-page">
            <Breadcrumb trail=vec![("Gegevens", None)]/>
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

fn date_of(timestamp: &str) -> String {
    crate::browser::local_date_time(timestamp)
}

#[component]
fn RecoverySection(store: Store) -> impl IntoView {
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
fn StatusSection(store: Store) -> impl IntoView {
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
    let now_ms = js_sys::Date::now();
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

#[component]
fn ExportSection(store: Store) -> impl IntoView {
    let chosen = RwSignal::new([true; 4]);
    let message = RwSignal::new(None::<Result<String, String>>);
    let export = move |_| {
        let kinds = chosen.get_untracked();
        let everything = kinds.iter().all(|&k| k);
        let data = store.data.with_untracked(|d| merge::select(d, kinds));
        let name = file_name(if everything { "" } else { "keuze" }, &today());
        match download_dataset(&name, &data, &now()) {
            Ok(()) => {
                store.exported(everything);
                message.set(Some(Ok(format!(
                    "{name} is gedownload ({}).",
                    counted(data.record_count(), "onderdeel", "onderdelen")
                ))));
            }
            Err(e) => message.set(Some(Err(e))),
        }
    };
    view! {
        <section class="data-section" aria-labelledby="export-kop">
            <h2 id="export-kop">"Exporteren"</h2>
            <p>"Download je gegevens als één .json-bestand met de datum in de naam."</p>
            <fieldset class="kinds">
                <legend>"Wat wil je exporteren?"</legend>
                {KIND_LABELS.iter().enumerate().map(|(i, (key, label))| {
                    let id = format!("export-{key}");
                    view! {
                        <div class="check">
                            <input
                                type="checkbox"
                                id=id.clone()
                                prop:checked=move || chosen.get()[i]
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    chosen.update(|c| c[i] = on);
                                }
                            />
                            <label for=id>{move || format!("{} ({})", label, store.data.with(merge::counts)[i])}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button
                type="button"
                disabled=move || chosen.get().iter().all(|&k| !k)
                on:click=export
            >"Exporteren"</button>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p role="alert" class="error">{text}</p> }.into_any(),
            })}
        </section>
    }
}

/// The report after an import, in Dutch.
fn report_text(replaced: bool, report: &Preview, count: usize) -> String {
    if replaced {
        return format!(
            "Vervangen: er {} nu {} uit het bestand in de app.",
            noun(count, "staat", "staan"),
            counted(count, "onderdeel", "onderdelen")
        );
    }
    let t = report.total();
    merge_report(t.new, t.newer_in_file, t.newer_here, t.identical)
}

#[component]
fn ImportSection(store: Store) -> impl IntoView {
    let errors = RwSignal::new(Vec::<String>::new());
    let pending = RwSignal::new(None::<PendingImport>);
    let report = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let notices = use_notices();

    // Open the dialog as a modal while there is something to decide.
    Effect::new(move |_| {
        let open = pending.with(Option::is_some);
        if let Some(dialog) = dialog_ref.get() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });

    let on_pick = move |ev: leptos::ev::Event| {
        let Some((_, files)) = chosen_files(&ev) else {
            return;
        };
        errors.set(Vec::new());
        report.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let picked = read_files(files).await;
            // Let the same file be picked again later.
            if let Some(input) = input_ref.get_untracked() {
                input.set_value("");
            }
            busy.set(false);
            let (good, bad) = readable(picked);
            if !bad.is_empty() {
                errors.set(bad);
                return;
            }
            let datasets: Vec<Dataset> = good.iter().map(|(_, f)| f.data.clone()).collect();
            let data = merge::combine(&datasets);
            if data.record_count() > MAX_RECORDS {
                errors.set(vec![format!(
                    "Samen hebben deze bestanden {}; de app leest er hoogstens {} per keer.",
                    counted(data.record_count(), "onderdeel", "onderdelen"),
                    crate::model::words::number(MAX_RECORDS)
                )]);
                return;
            }
            let (preview, removed) = store.data.with_untracked(|here| {
                (
                    merge::preview(here, &data),
                    merge::removed_by_replace(here, &data),
                )
            });
            pending.set(Some(PendingImport {
                names: good.iter().map(|(name, _)| name.clone()).collect(),
                warnings: good
                    .iter()
                    .flat_map(|(name, f)| f.warnings.iter().map(|w| (name.clone(), w.clone())))
                    .collect(),
                corrections: good
                    .iter()
                    .flat_map(|(name, f)| f.corrections.iter().map(|c| (name.clone(), c.clone())))
                    .collect(),
                data,
                preview,
                removed,
            }));
        });
    };

    let finish = move |replace: bool| {
        let Some(job) = pending.get_untracked() else {
            return;
        };
        let (new, result) = if replace {
            (job.data.clone(), job.preview)
        } else {
            store
                .data
                .with_untracked(|here| merge::merge(here, &job.data))
        };
        let count = new.record_count();
        let warning = store.replace_with_backup(new);
        pending.set(None);
        let mut text = report_text(replace, &result, count);
        if let Some(note) = corrections_note(job.corrections.len()) {
            text.push(' ');
            text.push_str(&note);
        }
        if let Some(w) = warning {
            text.push(' ');
            text.push_str(&w);
        }
        report.set(Some(text));
    };
    let undo = move |_| {
        if store.undo_last() {
            report.set(None);
            notices.show("De import is ongedaan gemaakt.", None);
        }
    };

    view! {
        <section class="data-section" aria-labelledby="import-kop">
            <h2 id="import-kop">"Importeren"</h2>
            <p>
                "Haal gegevens uit een of meer exportbestanden binnen. Je ziet eerst wat er verandert; "
                "pas daarna kies je. Vóór elke import bewaart de app een reservekopie."
            </p>
            <label for="import-bestanden" class="file-label">"Importeren: kies een of meer bestanden (.json)"</label>
            <input
                id="import-bestanden"
                node_ref=input_ref
                type="file"
                multiple
                accept=".json,application/json"
                on:change=on_pick
            />
            <Show when=move || busy.get()>
                <p role="status">"Bestanden lezen…"</p>
            </Show>
            <Show when=move || !errors.get().is_empty()>
                <div role="alert" class="error-box">
                    <p><strong>"Er is niets veranderd. "</strong>"Dit ging mis:"</p>
                    <ul>{move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                </div>
            </Show>
            {move || report.get().map(|text| view! {
                <div class="report" role="status">
                    <p>{text}</p>
                    <Show when=move || store.undo.with(Option::is_some)>
                        <button type="button" class="secondary" on:click=undo>"Ongedaan maken"</button>
                    </Show>
                </div>
            })}
            <dialog
                node_ref=dialog_ref
                class="import-dialog"
                aria-labelledby="voorbeeld-kop"
                on:close=move |_| pending.set(None)
            >
                {move || pending.get().map(|job| view! { <ImportPreview job=job/> })}
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| finish(false)>"Samenvoegen"</button>
                    <button type="button" class="secondary" on:click=move |_| finish(true)>"Vervangen"</button>
                    <button type="button" class="secondary" on:click=move |_| pending.set(None)>"Annuleren"</button>
                </div>
            </dialog>
            <Show when=move || store.undo.with(Option::is_some) && report.with(Option::is_none)>
                <p>
                    <button type="button" class="secondary" on:click=undo>"Ongedaan maken"</button>
                    " zet je gegevens terug zoals ze waren vóór de laatste import."
                </p>
            </Show>
        </section>
    }
}

#[component]
fn ImportPreview(job: PendingImport) -> impl IntoView {
    let rows: Vec<_> = KIND_LABELS
        .iter()
        .zip(job.preview.kinds)
        .filter(|(_, c)| c.total() > 0)
        .map(|((_, label), c)| {
            view! {
                <tr>
                    <th scope="row">{*label}</th>
                    <td>{c.new}</td>
                    <td>{c.identical}</td>
                    <td>{c.newer_here}</td>
                    <td>{c.newer_in_file}</td>
                </tr>
            }
        })
        .collect();
    let empty = rows.is_empty();
    let several = job.names.len() > 1;
    let replace_note = {
        let gone = kinds_listed(job.removed);
        let older = job.preview.total().newer_here;
        let file = if several {
            "de bestanden"
        } else {
            "het bestand"
        };
        let mut parts = Vec::new();
        if !gone.is_empty() {
            parts.push(format!(
                "verwijdert {gone} die niet in {file} {}",
                noun(job.removed.iter().sum(), "staat", "staan")
            ));
        }
        if older > 0 {
            parts.push(format!(
                "zet {} terug naar de oudere versie uit {file}",
                counted(older, "onderdeel", "onderdelen")
            ));
        }
        if parts.is_empty() {
            format!("Vervangen verwijdert niets: alles wat hier staat, staat ook in {file}.")
        } else {
            format!("Vervangen {}.", listed(&parts))
        }
    };
    let names = job.names.join(", ");
    view! {
        <h2 id="voorbeeld-kop">"Voorbeeld van de import"</h2>
        <p>{format!("Uit: {names}")}</p>
        {if empty {
            view! { <p>"Deze bestanden bevatten geen onderdelen."</p> }.into_any()
        } else {
            view! {
                <table class="preview-table">
                    <caption>"Wat er in de bestanden staat, per soort"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Soort"</th>
                            <th scope="col">"Nieuw"</th>
                            <th scope="col">"Gelijk"</th>
                            <th scope="col">"Nieuwer hier"</th>
                            <th scope="col">"Nieuwer in bestand"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }.into_any()
        }}
        {(!job.warnings.is_empty()).then(|| view! {
            <div class="warnings">
                <p>"Deze onderdelen kent deze versie van de app niet. Ze worden bewaard, maar niet getoond:"</p>
                <ul>
                    {job.warnings.iter().take(20).map(|(name, w)| view! {
                        <li>{format!("{name}: {}", w.describe())}</li>
                    }).collect_view()}
                </ul>
            </div>
        })}
        {(!job.corrections.is_empty()).then(|| view! {
            <div class="warnings">
                <p>{corrections_note(job.corrections.len())}</p>
                <ul>
                    {job.corrections.iter().take(20).map(|(name, c)| view! {
                        <li>{format!("{name}: {}", c.describe())}</li>
                    }).collect_view()}
                </ul>
            </div>
        })}
        <p>
            <strong>"Samenvoegen"</strong>
            " houdt alles wat hier staat en neemt per onderdeel de nieuwste versie. "
            <strong>"Vervangen"</strong>
            " zet alleen de inhoud van de bestanden in de app. Allebei kun je daarna ongedaan maken."
        </p>
        <p class="replace-note"><strong>{replace_note}</strong></p>
    }
}

#[component]
fn BackupSection(store: Store) -> impl IntoView {
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
fn DeleteSection(store: Store) -> impl IntoView {
    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    let summary = RwSignal::new(DeleteSummary::default());
    // What was removed, for "Ongedaan maken" while this page is open: it lives in this
    // component, so leaving the page or a reload forgets it (a shared tablet keeps nothing).
    let cleared = RwSignal::new(None::<Cleared>);
    let open = move |_| {
        summary.set(DeleteSummary::now(store));
        if let Some(dialog) = dialog_ref.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let close = move || {
        if let Some(dialog) = dialog_ref.get_untracked() {
            dialog.close();
        }
    };
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
            <dialog node_ref=dialog_ref class="confirm-dialog" aria-labelledby="verwijder-vraag">
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
            </dialog>
        </section>
    }
}
