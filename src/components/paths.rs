//! The app's base path (it may be hosted under a sub-path such as `/samenwerkingswijzer/`)
//! and links that respect it. Trunk writes the public URL into `<base href>` at build time.
//! Navigating from code is `components::router::use_go`.

#[cfg(target_arch = "wasm32")]
static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The base path without a trailing slash: `""` at the root, `"/samenwerkingswijzer"` under
/// a sub-path.
#[cfg(target_arch = "wasm32")]
pub fn base() -> &'static str {
    BASE.get_or_init(|| {
        let base_uri = leptos::prelude::document().base_uri().ok().flatten();
        let path = base_uri
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| url.pathname())
            .unwrap_or_default();
        path.trim_end_matches('/').to_string()
    })
}

/// Rendered natively at build time (`app::render`), the app is at the root: scripts/subpath.mjs
/// writes the base of a sub-path site into the HTML, as it does for the rest of the page.
#[cfg(not(target_arch = "wasm32"))]
pub fn base() -> &'static str {
    ""
}

/// An app path (starting with `/`) as an href that works under the base path.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}
