//! Offline support in the page: registers the service worker (relative to the base path) and
//! shows "Er is een nieuwe versie" with a reload that saves everything first.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::components::paths::href;
use crate::store::{SaveStatus, Store};

/// The notice, plus the registration behind it. Place it once, inside the app.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let store = expect_context::<Store>();
    let available = RwSignal::new(false);
    let blocked = RwSignal::new(false);
    let registration = StoredValue::new_local(None::<ServiceWorkerRegistration>);
    let reloading = StoredValue::new(false);
    register(available, registration, reloading);

    let reload = move |_| {
        // Commit the field being typed in (its change event) and write the data now.
        if let Some(element) = document()
            .active_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.blur();
        }
        store.save_now();
        if matches!(store.status.get_untracked(), SaveStatus::Failed(_)) {
            // Reloading now would lose what is only in memory.
            blocked.set(true);
            return;
        }
        reloading.set_value(true);
        let waiting = registration.with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        match waiting {
            // The page reloads when the new worker has taken over (`controllerchange`).
            Some(worker) => {
                if worker
                    .post_message(&JsValue::from_str("SKIP_WAITING"))
                    .is_err()
                {
                    reload_page();
                }
            }
            None => reload_page(),
        }
    };

    view! {
        <div class="update-bar" role="status" aria-live="polite">
            {move || available.get().then(|| view! {
                <div class="notice update-notice">
                    <span>
                        "Er is een nieuwe versie van de Samenwerkingswijzer."
                        {move || if blocked.get() {
                            " Vernieuwen kan pas als je gegevens zijn opgeslagen; dat lukt nu niet."
                        } else {
                            ""
                        }}
                    </span>
                    <button type="button" class="secondary" on:click=reload>"Nu vernieuwen"</button>
                </div>
            })}
        </div>
    }
}

fn reload_page() {
    let _ = window().location().reload();
}

/// Registers `sw.js` under the base path and watches for a new version.
fn register(
    available: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    reloading: StoredValue<bool>,
) {
    // `trunk serve` (a debug build) rebuilds and reloads constantly: a cache-first worker
    // would serve the previous build there. Rendered natively at build time (`app::render`)
    // there is no browser to register with.
    if cfg!(debug_assertions) || cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let navigator = window().navigator();
    // Absent on plain-http pages other than localhost, and in old browsers.
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();

    // A new worker took over because this page asked for it: load the new version.
    let on_controller_change = Closure::<dyn FnMut()>::new(move || {
        if reloading.get_value() {
            reload_page();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    let watched = container.clone();
    let on_registered = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
        let Ok(reg) = value.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(&watched, &reg, available);
        check_on_return(&reg);
        registration.set_value(Some(reg));
    });
    let on_failed = Closure::<dyn FnMut(JsValue)>::new(|_| {
        // Without a worker the app still works online; nothing to tell the user.
    });
    let _ = container
        .register(&href("/sw.js"))
        .then(&on_registered)
        .catch(&on_failed);
    on_registered.forget();
    on_failed.forget();
}

/// Shows the notice when a new worker is installed next to the one controlling this page.
fn watch(
    container: &ServiceWorkerContainer,
    reg: &ServiceWorkerRegistration,
    available: RwSignal<bool>,
) {
    // The first install has no controller yet: that is not an update.
    if reg.waiting().is_some() && container.controller().is_some() {
        available.set(true);
    }
    let container = container.clone();
    let reg_ = reg.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = reg_.installing() else {
            return;
        };
        let container = container.clone();
        let worker_ = worker.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if worker_.state() == ServiceWorkerState::Installed && container.controller().is_some()
            {
                available.set(true);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// A page can stay open all day in a workshop: look for a new version whenever it comes
/// back into view (offline that fails quietly).
fn check_on_return(reg: &ServiceWorkerRegistration) {
    let reg = reg.clone();
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let handle = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            if let Ok(promise) = reg.update() {
                let _ = promise.catch(&ignore);
            }
        }
    });
    // Lives as long as the app.
    std::mem::forget(handle);
}
