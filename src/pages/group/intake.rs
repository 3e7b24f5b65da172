//! "Resultaten toevoegen" on `/groep`: files, a pasted link, the camera (`components::scanner`)
//! and this device's own results; and a share link opened on this page (the `#d…` fragment),
//! asked about in a dialog before anything is added or kept.

use leptos::prelude::*;

use crate::browser::now_ms;
use crate::components::modal::Modal;
use crate::components::scanner::{ScanOutcome, Scanner};
use crate::model::dataset::Dataset;
use crate::model::group::{self, describe, keep};
use crate::model::import::BundledContent;
use crate::model::words::counted;
use crate::model::{merge, share};
use crate::store::group::GroupStore;
use crate::store::Store;
use crate::transfer::import::{chosen_files, read_files, readable};

/// The group and the page's messages: what adding results needs.
#[derive(Clone, Copy)]
pub struct Intake {
    pub group: GroupStore,
    /// What the last action did (a `status` line).
    pub message: RwSignal<Option<String>>,
    /// What could not be read (an `alert`).
    pub errors: RwSignal<Vec<String>>,
}

impl Intake {
    pub fn new(group: GroupStore) -> Intake {
        Intake {
            group,
            message: RwSignal::new(None),
            errors: RwSignal::new(Vec::new()),
        }
    }

    /// Adds `incoming`'s zelftests and checklists to the group and says what happened.
    pub fn add(&self, incoming: &Dataset) {
        let added = self.group.add(incoming);
        self.message.set(Some(describe::added_message(added)));
    }
}

fn replace_hash_away() {
    let location = window().location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The panel with every way to add results, its messages and the group's storage problem.
#[component]
pub fn AddResults(intake: Intake) -> impl IntoView {
    let store = expect_context::<Store>();
    let Intake {
        group,
        message,
        errors,
    } = intake;

    let on_pick = move |ev: leptos::ev::Event| {
        let Some((input, files)) = chosen_files(&ev) else {
            return;
        };
        errors.set(Vec::new());
        message.set(None);
        leptos::task::spawn_local(async move {
            let picked = read_files(files).await;
            input.set_value("");
            let (good, bad) = readable(picked);
            let good: Vec<_> = good.into_iter().map(|(_, file)| file.data).collect();
            if !good.is_empty() {
                intake.add(&merge::combine(&good));
            }
            errors.set(bad);
        });
    };

    let link_text = RwSignal::new(String::new());
    let add_link = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        message.set(None);
        let text = link_text.get_untracked();
        let fragment = text.split_once('#').map_or(text.as_str(), |(_, f)| f);
        match share::payload(fragment.trim()) {
            None => errors.set(vec![
                "Dit is geen gedeelde link van de Samenwerkingswijzer. Een gedeelde link eindigt op “#d” met een lange reeks cijfers.".into(),
            ]),
            Some(digits) => match share::decode(digits, &BundledContent, now_ms()) {
                Ok(file) => {
                    errors.set(Vec::new());
                    link_text.set(String::new());
                    intake.add(&file.data);
                }
                Err(e) => errors.set(vec![e.message]),
            },
        }
    };

    let on_scan = move |text: &str| {
        match share::read_scanned(text, &BundledContent, now_ms()) {
        share::Scanned::Foreign => ScanOutcome::Refused(
            "Deze QR-code is geen resultaat van de Samenwerkingswijzer. Laat de deelnemer de QR-code uit “Delen” tonen.".into(),
        ),
        share::Scanned::Damaged(why) => {
            ScanOutcome::Refused(format!("Deze QR-code is niet te lezen als resultaat. {why}"))
        }
        share::Scanned::Result(file) => {
            let what = describe::scanned_summary(&file.data);
            let added = group.add(&file.data);
            if added.new > 0 {
                ScanOutcome::Added(what)
            } else {
                ScanOutcome::Already(what)
            }
        }
    }
    };

    let own = Memo::new(move |_| store.data.with(group::own_results));
    let add_own = move |_| {
        errors.set(Vec::new());
        intake.add(&own.get_untracked());
    };

    view! {
        <section class="panel no-print" aria-labelledby="toevoegen-kop">
            <h2 id="toevoegen-kop">"Resultaten toevoegen"</h2>
            <div class="add-ways">
                <div>
                    <label class="file-label" for="groep-bestanden">"Bestanden van deelnemers (één of meer)"</label>
                    <input id="groep-bestanden" type="file" accept=".json,application/json" multiple on:change=on_pick/>
                </div>
                <form on:submit=add_link>
                    <label class="file-label" for="groep-link">"Gedeelde link"</label>
                    <div class="link-row">
                        <input id="groep-link" type="url" inputmode="url" autocomplete="off"
                            prop:value=move || link_text.get()
                            on:input=move |e| link_text.set(event_target_value(&e))/>
                        <button type="submit">"Link toevoegen"</button>
                    </div>
                </form>
                <Scanner on_code=on_scan/>
                <div>
                    <p class="file-label">"Van dit apparaat"</p>
                    <p class="hint">{move || own.with(|d| format!("{} en {} op dit apparaat.", counted(d.assessments.len(), "afgeronde zelftest", "afgeronde zelftests"), counted(d.checklists.len(), "checklist", "checklists")))}</p>
                    <button type="button" class="secondary" on:click=add_own
                        disabled=move || own.with(|d| d.record_count() == 0)>"Toevoegen aan groepsoverzicht"</button>
                </div>
            </div>
            <p role="status" class="group-message">{move || message.get()}</p>
            <div role="alert">
                {move || (!errors.with(Vec::is_empty)).then(|| view! {
                    <ul class="error-box">{errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                })}
            </div>
            {move || group.problem.get().map(|p| view! { <p class="error-box">{p}</p> })}
            {move || group.recovered.get().map(|p| view! { <p class="error-box recovered">{p}</p> })}
        </section>
    }
}

/// A share link opened on this page: its fragment is read (and taken out of the address), and
/// a dialog says what it holds; nothing is added or kept before the facilitator chooses.
#[component]
pub fn ReceivedDialog(intake: Intake) -> impl IntoView {
    let store = expect_context::<Store>();
    let Intake {
        message, errors, ..
    } = intake;
    let received = RwSignal::new(None::<Dataset>);

    let read_fragment = move || {
        let hash = window().location().hash().unwrap_or_default();
        let Some(digits) = share::payload(&hash) else {
            return;
        };
        match share::decode(digits, &BundledContent, now_ms()) {
            Ok(file) => {
                errors.set(Vec::new());
                received.set(Some(file.data));
            }
            Err(e) => errors.set(vec![e.message]),
        }
        replace_hash_away();
    };
    // Rendered at build time (`app::render`), the address has no fragment.
    #[cfg(target_arch = "wasm32")]
    read_fragment();
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| read_fragment());
    on_cleanup(move || on_hash.remove());

    // "Bewaren op dit apparaat" keeps only what the dialog lists, and says what it replaces.
    let plan = Memo::new(move |_| {
        received.with(|r| {
            r.as_ref()
                .map(|r| store.data.with(|here| keep::plan(here, r)))
        })
    });
    let keep_here = move |_| {
        if let Some(plan) = plan.get_untracked() {
            let warning = store.merge_with_backup(&plan.data);
            let done = "Bewaard op dit apparaat. Je vindt het bij Zelftest of Checklists.";
            message.set(Some(match warning {
                Some(warning) => format!("{done} {warning}"),
                None => done.to_string(),
            }));
        }
        received.set(None);
    };
    let add_received = move |_| {
        if let Some(data) = received.get_untracked() {
            intake.add(&data);
        }
        received.set(None);
    };

    view! {
        <Modal open=Signal::derive(move || received.with(Option::is_some))
            on_close=Callback::new(move |()| received.set(None))
            class="import-dialog" labelledby="link-kop">
            <h2 id="link-kop">"Gedeeld resultaat ontvangen"</h2>
            <p>"Deze link bevat:"</p>
            <ul class="received-lines">{move || received.get().map(|d| describe::received_lines(&d).into_iter().map(|l| view! { <li>{l}</li> }).collect_view())}</ul>
            {move || received.with(|d| d.as_ref().and_then(keep::left_out)).map(|l| view! { <p class="left-out">{l}</p> })}
            {move || plan.with(|p| p.as_ref().map(|p| p.notes.clone())).filter(|n| !n.is_empty()).map(|notes| view! {
                <p>"Als je het op dit apparaat bewaart:"</p>
                <ul class="keep-notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            })}
            <p>"Er is nog niets toegevoegd. Wat wil je ermee doen?"</p>
            <div class="dialog-actions">
                <button type="button" on:click=add_received>"Toevoegen aan groepsoverzicht"</button>
                <button type="button" class="secondary" on:click=keep_here
                    disabled=move || plan.with(|p| p.as_ref().is_none_or(|p| p.data.record_count() == 0))>"Bewaren op dit apparaat"</button>
                <button type="button" class="secondary" on:click=move |_| received.set(None)>"Niet toevoegen"</button>
            </div>
        </Modal>
    }
}
