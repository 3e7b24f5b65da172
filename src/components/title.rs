//! Sets the document title for a route ("<pagina> · Samenwerkingswijzer").

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;

pub const APP_NAME: &str = "Samenwerkingswijzer";

/// Sets `document.title` while the calling page is shown; `page` may be reactive.
#[cfg(target_arch = "wasm32")]
pub fn use_title(page: impl Fn() -> String + 'static) {
    Effect::new(move |_| document().set_title(&full_title(&page())));
}

/// The document title for a page called `page` (the app's name alone for the start page).
fn full_title(page: &str) -> String {
    if page.is_empty() {
        APP_NAME.to_string()
    } else {
        format!("{page} · {APP_NAME}")
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The title of the page rendered natively at build time (`app::render`).
    static RENDERED_TITLE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Rendered natively at build time (`app::render`), where effects do not run: the title the
/// page sets, read once and kept for [`rendered_title`].
#[cfg(not(target_arch = "wasm32"))]
pub fn use_title(page: impl Fn() -> String + 'static) {
    RENDERED_TITLE.set(full_title(&page()));
}

/// The title the page rendered last natively set (empty when it set none).
#[cfg(not(target_arch = "wasm32"))]
pub fn rendered_title() -> String {
    RENDERED_TITLE.take()
}
