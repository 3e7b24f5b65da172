//! "Scannen" on /groep: the device camera reads participants' QR codes continuously. The
//! camera and the decoder live in `public/scanner.js` (with `jsQR.js` where the browser has
//! no `BarcodeDetector`), loaded only when "Scannen" is pressed, so no page carries them in
//! its wasm. This module starts and stops it and hands every text read to the page.

use std::collections::HashSet;

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::paths::href;

/// The global that `scanner.js` sets.
const GLOBAL: &str = "samenwerkingswijzerScanner";

/// What the page made of one scanned text, shown in the status line.
pub enum ScanOutcome {
    /// New in the group: what it was ("raad, 19 antwoorden").
    Added(String),
    /// Already in the group: counted once.
    Already(String),
    /// A code that is not a result of this app, or a broken one: why.
    Refused(String),
}

/// Where the camera is.
#[derive(Clone, PartialEq)]
enum Camera {
    Off,
    Starting,
    On,
}

/// The Dutch message for a camera problem reported by `scanner.js`, naming the other ways.
fn problem_text(kind: &str) -> String {
    let other = "Voeg de resultaten dan toe met een gedeelde link of met bestanden (hierboven).";
    let first = match kind {
        "refused" => "De camera mag niet worden gebruikt: de toestemming is geweigerd. Sta de camera toe in de instellingen van de browser en druk opnieuw op “Scannen”.",
        "absent" => "Er is geen camera gevonden op dit apparaat.",
        "busy" => "De camera is al in gebruik door een andere app of een ander tabblad. Sluit die en druk opnieuw op “Scannen”.",
        "decoder" => "De QR-lezer kon niet worden geladen.",
        _ => "De camera kon niet worden gestart.",
    };
    format!("{first} {other}")
}

/// Loads `scanner.js` once; resolves when its global is there.
fn load_scanner() -> Promise {
    Promise::new(&mut |resolve: Function, reject: Function| {
        if Reflect::has(&window(), &JsValue::from_str(GLOBAL)).unwrap_or(false) {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        }
        let Ok(script) = document().create_element("script") else {
            let _ = reject.call0(&JsValue::NULL);
            return;
        };
        let _ = script.set_attribute("src", &href("/scanner.js"));
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        let _ = script.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = script.add_event_listener_with_callback("error", on_error.unchecked_ref());
        if let Some(body) = document().body() {
            let _ = body.append_child(&script);
        }
    })
}

/// Loads the scanner and starts the camera in `video`; the stop function, or a problem kind.
async fn start(video: JsValue, on_code: &JsValue) -> Result<Function, String> {
    JsFuture::from(load_scanner())
        .await
        .map_err(|_| "decoder".to_string())?;
    let scanner = Reflect::get(&window(), &JsValue::from_str(GLOBAL)).map_err(|_| "decoder")?;
    let start: Function = Reflect::get(&scanner, &JsValue::from_str("start"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or("decoder")?;
    let promise: Promise = start
        .call2(&scanner, &video, on_code)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or("other")?;
    match JsFuture::from(promise).await {
        Ok(stop) => stop.dyn_into().map_err(|_| "other".to_string()),
        Err(kind) => Err(kind.as_string().unwrap_or_else(|| "other".into())),
    }
}

/// The "Scannen" button, the camera view with "Stoppen", and the running status.
/// `on_code` is called once per distinct text read in one scanning round.
#[component]
pub fn Scanner<F>(on_code: F) -> impl IntoView
where
    F: Fn(&str) -> ScanOutcome + Send + Sync + 'static,
{
    let on_code = StoredValue::new(on_code);
    let camera = RwSignal::new(Camera::Off);
    let problem = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let added = RwSignal::new(0usize);
    // Everything read in this round, newest first.
    let log = RwSignal::new(Vec::<String>::new());
    let seen = StoredValue::new(HashSet::<String>::new());
    // The running camera's stop function and the callback it calls; a new round bumps the
    // generation, so a start that finishes after "Stoppen" (or leaving) stops at once.
    let stop_fn = StoredValue::new_local(None::<Function>);
    let callback = StoredValue::new_local(None::<Closure<dyn FnMut(String)>>);
    let generation = StoredValue::new(0u32);
    let video_ref = NodeRef::<leptos::html::Video>::new();

    let stop = move || {
        generation.update_value(|g| *g += 1);
        if let Some(Some(f)) = stop_fn.try_update_value(Option::take) {
            let _ = f.call0(&JsValue::NULL);
        }
        callback.try_update_value(|c| *c = None);
        let _ = camera.try_set(Camera::Off);
    };
    on_cleanup(stop);

    let begin = move |_| {
        let Some(video) = video_ref.get_untracked() else {
            return;
        };
        problem.set(None);
        status.set(Some("De camera wordt gestart…".into()));
        added.set(0);
        log.set(Vec::new());
        seen.update_value(HashSet::clear);
        camera.set(Camera::Starting);
        let handler = Closure::<dyn FnMut(String)>::new(move |text: String| {
            let new = seen
                .try_update_value(|s| s.insert(text.clone()))
                .unwrap_or(false);
            if !new {
                return;
            }
            let Some(outcome) = on_code.try_with_value(|f| f(&text)) else {
                return;
            };
            let line = match outcome {
                ScanOutcome::Added(what) => {
                    added.update(|n| *n += 1);
                    format!("Toegevoegd: {what}.")
                }
                ScanOutcome::Already(what) => {
                    format!("Stond er al in (telt één keer): {what}.")
                }
                ScanOutcome::Refused(why) => why,
            };
            log.update(|l| l.insert(0, line.clone()));
            let count = added.get_untracked();
            status.set(Some(format!(
                "{line} Deze scanronde: {count} {} toegevoegd.",
                if count == 1 {
                    "resultaat"
                } else {
                    "resultaten"
                }
            )));
        });
        let js_handler: JsValue = handler.as_ref().clone();
        callback.set_value(Some(handler));
        let round = generation.get_value() + 1;
        generation.set_value(round);
        let video: JsValue = video.into();
        leptos::task::spawn_local(async move {
            let result = start(video, &js_handler).await;
            let current = generation.try_get_value() == Some(round);
            match result {
                Ok(f) if current => {
                    stop_fn.set_value(Some(f));
                    camera.set(Camera::On);
                    // The first code may already have been read while starting.
                    if log.with_untracked(Vec::is_empty) {
                        status.set(Some(
                            "Houd een QR-code van een deelnemer voor de camera.".into(),
                        ));
                    }
                }
                Ok(f) => {
                    // Stopped (or left the page) while the camera was starting.
                    let _ = f.call0(&JsValue::NULL);
                }
                Err(kind) if current => {
                    callback.set_value(None);
                    camera.set(Camera::Off);
                    status.set(None);
                    problem.set(Some(problem_text(&kind)));
                }
                Err(_) => {}
            }
        });
    };

    view! {
        <div class="scanner">
            <p class="file-label">"QR-code scannen"</p>
            <p class="hint">"Met de camera van dit apparaat: elke QR-code die deelnemers laten zien, komt er meteen bij."</p>
            <Show
                when=move || camera.get() == Camera::Off
                fallback=move || view! {
                    <button type="button" class="secondary" on:click=move |_| {
                        stop();
                        status.update(|s| {
                            if s.is_some() {
                                let count = added.get_untracked();
                                *s = Some(format!("Camera gestopt. Deze scanronde: {count} {} toegevoegd.", if count == 1 { "resultaat" } else { "resultaten" }));
                            }
                        });
                    }>"Stoppen"</button>
                }
            >
                <button type="button" on:click=begin>"Scannen"</button>
            </Show>
            <video node_ref=video_ref class="scanner-video" aria-label="Camerabeeld" muted=true playsinline=true
                hidden=move || camera.get() == Camera::Off></video>
            <p role="status" class="scan-status">{move || status.get()}</p>
            {move || (log.with(Vec::len) > 1).then(|| view! {
                <details class="scan-log">
                    <summary>"Alles wat in deze scanronde is gelezen"</summary>
                    <ul>{log.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                </details>
            })}
            {move || problem.get().map(|p| view! { <p role="alert" class="error-box">{p}</p> })}
        </div>
    }
}
