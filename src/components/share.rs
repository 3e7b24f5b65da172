//! "Delen": a result as a link that carries it in the URL fragment, shown as a QR code (SVG)
//! and as a copyable link, and where the device has a share sheet (`navigator.share`),
//! "Delen via…" with the link and, where allowed, the result as a JSON file. Nothing is sent
//! to a server of ours.

use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::components::paths::base;
use crate::model::dataset::Dataset;
use crate::model::share;

/// The app's own address (origin and base path), e.g. `https://example.org/samenwerkingswijzer`.
pub fn app_base_url() -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", base())
}

/// `navigator.share`, where the browser has it (tablets and phones, some desktops).
fn share_function() -> Option<Function> {
    let navigator = window().navigator();
    Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// The share data: the link, and the JSON file where `navigator.canShare({files})` allows it.
fn share_data(link: &str, json: &str, file_name: &str) -> Object {
    let set = |target: &Object, key: &str, value: &JsValue| {
        let _ = Reflect::set(target, &JsValue::from_str(key), value);
    };
    let data = Object::new();
    set(
        &data,
        "title",
        &JsValue::from_str("Resultaat uit de Samenwerkingswijzer"),
    );
    set(
        &data,
        "text",
        &JsValue::from_str("Mijn resultaat voor het groepsoverzicht van de begeleider."),
    );
    set(&data, "url", &JsValue::from_str(link));
    let navigator = window().navigator();
    let can_share = Reflect::get(&navigator, &JsValue::from_str("canShare"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let file_ctor = Reflect::get(&window(), &JsValue::from_str("File"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    if let (Some(can_share), Some(file_ctor)) = (can_share, file_ctor) {
        let options = Object::new();
        set(&options, "type", &JsValue::from_str("application/json"));
        let parts = Array::of1(&JsValue::from_str(json));
        let file = Reflect::construct(
            &file_ctor,
            &Array::of3(&parts, &JsValue::from_str(file_name), &options),
        );
        if let Ok(file) = file {
            let with_file = Object::assign(&Object::new(), &data);
            set(&with_file, "files", &Array::of1(&file));
            let allowed = can_share
                .call1(&navigator, &with_file)
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if allowed {
                return with_file;
            }
        }
    }
    data
}

/// The "Delen" button and, once pressed, the QR code and link for `data()`; `note` says what
/// the link carries (the kind's `share_note`).
#[component]
pub fn ShareButton<F>(data: F, #[prop(into)] note: Signal<String>) -> impl IntoView
where
    F: Fn() -> Dataset + Send + Sync + 'static,
{
    let data = StoredValue::new(data);
    let open = RwSignal::new(false);
    let copied = RwSignal::new(None::<&'static str>);
    let shared = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        let digits = share::encode(&data.with_value(|d| d()));
        let prefix = format!("{}/groep#{}", app_base_url(), share::KEY);
        let qr = share::qr(&prefix, &digits);
        Some((format!("{prefix}{digits}"), qr))
    });
    let copy = move |_| {
        let Some((link, _)) = shared.get_untracked() else {
            return;
        };
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&link);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(if ok {
                "De link is gekopieerd."
            } else {
                "Kopiëren lukte niet. Selecteer de link en kopieer hem zelf."
            }));
        });
    };
    let via = share_function().is_some();
    let share_via = move |_| {
        let (Some((link, _)), Some(share)) = (shared.get_untracked(), share_function()) else {
            return;
        };
        let envelope =
            share::for_sharing(&data.with_value(|d| d())).stamped(&crate::browser::now());
        let json = crate::model::json::to_string_pretty(&envelope).unwrap_or_default();
        let name = format!(
            "samenwerkingswijzer-resultaat-{}.json",
            crate::browser::today()
        );
        let navigator = window().navigator();
        let Some(promise) = share
            .call1(&navigator, &share_data(&link, &json, &name))
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        else {
            copied.set(Some(
                "Delen via het apparaat lukte niet. Gebruik de link of de QR-code.",
            ));
            return;
        };
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => copied.set(Some("Gedeeld via het apparaat.")),
                Err(error) => {
                    let name = Reflect::get(&error, &JsValue::from_str("name"))
                        .ok()
                        .and_then(|n| n.as_string());
                    // Closing the share sheet is a choice, not an error.
                    if name.as_deref() != Some("AbortError") {
                        copied.set(Some(
                            "Delen via het apparaat lukte niet. Gebruik de link of de QR-code.",
                        ));
                    }
                }
            }
        });
    };
    view! {
        <button type="button" class="secondary" aria-expanded=move || open.get().to_string()
            on:click=move |_| {
                open.update(|o| *o = !*o);
                // The panel opens below the buttons, often below the fold: bring it into view.
                if open.get_untracked() {
                    request_animation_frame(|| {
                        if let Ok(Some(panel)) = document().query_selector(".share-panel") {
                            crate::browser::scroll_below_sticky(&panel, &[".site-header"], true);
                        }
                    });
                }
            }>"Delen"</button>
        {move || shared.get().map(|(link, qr)| view! {
            <section class="share-panel" aria-labelledby="delen-kop">
                <h2 id="delen-kop">"Delen met de begeleider"</h2>
                <p>"Laat de begeleider deze QR-code scannen, of stuur de link. Het resultaat zit in de link zelf en gaat niet via een server."</p>
                <p class="share-note">{move || note.get()}</p>
                {match qr {
                    Some(qr) => view! {
                        <svg class="qr" role="img" aria-label="QR-code met de link naar je resultaat"
                            viewBox=format!("0 0 {0} {0}", qr.size) data-version=qr.version.to_string()
                            shape-rendering="crispEdges">
                            <rect width="100%" height="100%" fill="#fff"/>
                            <path d=qr.path fill="#000"/>
                        </svg>
                    }.into_any(),
                    None => view! { <p role="alert">"Dit resultaat is te groot voor een QR-code. Gebruik de link of “Exporteren”."</p> }.into_any(),
                }}
                <label for="deel-link">"Link"</label>
                <input id="deel-link" class="share-link" type="text" readonly value=link.clone()
                    on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); }/>
                <div class="dialog-actions">
                    <button type="button" on:click=copy>"Link kopiëren"</button>
                    {via.then(|| view! { <button type="button" class="secondary" on:click=share_via>"Delen via…"</button> })}
                </div>
                <p role="status">{move || copied.get()}</p>
            </section>
        })}
    }
}
