//! The app's base path (it may be hosted under a sub-path such as `/samenwerkingswijzer/`)
//! and links that respect it. Trunk writes the public URL into `<base href>` at build time.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The base path without a trailing slash: `""` at the root, `"/samenwerkingswijzer"` under
/// a sub-path.
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

/// An app path (starting with `/`) as an href that works under the base path.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// The one way the app navigates: `use_go()` gives a function that opens an app path
/// (starting with `/`, as for [`href`]; a query may follow) under the base path: in this page
/// when it is a route of this page's bundle, else by loading it from the host
/// (`components::router`).
pub fn use_go() -> impl Fn(&str) + Clone + 'static {
    let navigate = crate::components::router::use_navigate();
    move |path: &str| navigate(path, false, true)
}

/// Like [`use_go`], replacing the current history entry and keeping the scroll position
/// (a search field that writes its query into the address).
pub fn use_go_replace() -> impl Fn(&str) + Clone + 'static {
    let navigate = crate::components::router::use_navigate();
    move |path: &str| navigate(path, true, false)
}
