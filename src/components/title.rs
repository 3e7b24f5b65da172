//! Sets the document title for a route ("<pagina> · Samenwerkingswijzer").

use leptos::prelude::*;

pub const APP_NAME: &str = "Samenwerkingswijzer";

/// Sets `document.title` while the calling page is shown; `page` may be reactive.
pub fn use_title(page: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let page = page();
        let title = if page.is_empty() {
            APP_NAME.to_string()
        } else {
            format!("{page} · {APP_NAME}")
        };
        document().set_title(&title);
    });
}
