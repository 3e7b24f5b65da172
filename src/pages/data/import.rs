//! "Importeren": files read and checked, a preview of what changes per kind, then
//! "Samenvoegen" or "Vervangen" (which says what it removes), undoable.

use leptos::prelude::*;

use crate::components::actions::use_notices;
use crate::components::modal::Modal;
use crate::model::dataset::Dataset;
use crate::model::import::{ImportWarning, TimeCorrection, MAX_RECORDS};
use crate::model::merge::{self, Preview, KIND_LABELS};
use crate::model::words::{counted, kinds_listed, listed, merge_report, noun};
use crate::store::Store;
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
pub(super) fn ImportSection(store: Store) -> impl IntoView {
    let errors = RwSignal::new(Vec::<String>::new());
    let pending = RwSignal::new(None::<PendingImport>);
    let report = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let notices = use_notices();

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
            // A modal while there is something to decide.
            <Modal
                open=Signal::derive(move || pending.with(Option::is_some))
                on_close=Callback::new(move |()| pending.set(None))
                class="import-dialog"
                labelledby="voorbeeld-kop"
            >
                {move || pending.get().map(|job| view! { <ImportPreview job=job/> })}
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| finish(false)>"Samenvoegen"</button>
                    <button type="button" class="secondary" on:click=move |_| finish(true)>"Vervangen"</button>
                    <button type="button" class="secondary" on:click=move |_| pending.set(None)>"Annuleren"</button>
                </div>
            </Modal>
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
