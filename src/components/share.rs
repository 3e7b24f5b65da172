//! "Delen": a result as a link that carries it in the URL fragment, shown as a QR code (SVG)
//! and as a copyable link. Nothing is sent anywhere.

use leptos::prelude::*;

use crate::components::paths::base;
use crate::model::dataset::Dataset;
use crate::model::share;

/// The app's own address (origin and base path), e.g. `https://example.org/samenwerkingswijzer`.
pub fn app_base_url() -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", base())
}

/// The "Delen" button and, once pressed, the QR code and link for `data()`.
#[component]
pub fn ShareButton<F>(data: F) -> impl IntoView
where
    F: Fn() -> Dataset + Send + Sync + 'static,
{
    let open = RwSignal::new(false);
    let copied = RwSignal::new(None::<&'static str>);
    let shared = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        let digits = share::encode(&data());
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
                <p>"Laat de begeleider deze QR-code scannen, of stuur de link. Het resultaat zit in de link zelf en gaat niet via een server. Je actiepunten worden niet gedeeld."</p>
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
                </div>
                <p role="status">{move || copied.get()}</p>
            </section>
        })}
    }
}
