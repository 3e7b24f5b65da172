//! "Exporteren": all data or a choice of kinds, as one file with the date in its name.

use leptos::prelude::*;

use crate::browser::{now, today};
use crate::model::merge::{self, KIND_LABELS};
use crate::model::words::counted;
use crate::store::Store;
use crate::transfer::download::{download_dataset, file_name};

#[component]
pub(super) fn ExportSection(store: Store) -> impl IntoView {
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
