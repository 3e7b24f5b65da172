//! The browser's own view of this site's storage: `navigator.storage.estimate()`,
//! `persisted()` and `persist()`. Every call degrades to `None` where a browser lacks it.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let has = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if has.is_undefined() || has.is_null() {
        return None;
    }
    Some(navigator.storage())
}

fn has_method(manager: &web_sys::StorageManager, name: &str) -> bool {
    js_sys::Reflect::get(manager, &JsValue::from_str(name)).is_ok_and(|f| f.is_function())
}

/// Bytes used and the browser's limit for this site, if it tells.
pub async fn estimate() -> Option<(f64, f64)> {
    let manager = storage_manager()?;
    if !has_method(&manager, "estimate") {
        return None;
    }
    let result = JsFuture::from(manager.estimate().ok()?).await.ok()?;
    let number = |key: &str| {
        js_sys::Reflect::get(&result, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_f64())
    };
    Some((number("usage").unwrap_or(0.0), number("quota")?))
}

/// Whether the browser has promised to keep this site's data.
#[cfg(target_arch = "wasm32")]
pub async fn persisted() -> Option<bool> {
    let manager = storage_manager()?;
    if !has_method(&manager, "persisted") {
        return None;
    }
    JsFuture::from(manager.persisted().ok()?)
        .await
        .ok()?
        .as_bool()
}

/// Rendered natively at build time (`app::render`): no promise, as every browser answers a
/// first visit, so `/gegevens` renders as a browser shows it to a first visitor.
#[cfg(not(target_arch = "wasm32"))]
pub async fn persisted() -> Option<bool> {
    Some(false)
}

/// Asks the browser to keep this site's data; returns whether it promised.
pub async fn persist() -> Option<bool> {
    let manager = storage_manager()?;
    if !has_method(&manager, "persist") {
        return None;
    }
    JsFuture::from(manager.persist().ok()?)
        .await
        .ok()?
        .as_bool()
}
