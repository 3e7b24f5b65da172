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

/// The router's base, `None` at the root.
pub fn router_base() -> Option<String> {
    let base = base();
    (!base.is_empty()).then(|| base.to_string())
}

/// An app path (starting with `/`) as an href that works under the base path.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// The one way the app navigates: `use_go()` gives a function that opens an app path
/// (starting with `/`, as for [`href`]; a query may follow) under the base path.
///
/// The convention, the same for links and for navigation: app paths are written without the
/// base, and [`href`] adds it. leptos_router 0.8's `use_navigate` (with default options)
/// also prefixes the Router `base` (`resolve_path(base, path)`), so the `href()`-prefixed
/// paths some pages passed it got the base twice (`/samenwerkingswijzer/samenwerkingswijzer/…`)
/// while plain paths were right: two conventions, one of them wrong. Here the full address is
/// made once, by [`href`], and given to the router as it is (`resolve: false`), exactly like
/// following an `<A href=href(..)>` link.
pub fn use_go() -> impl Fn(&str) + Clone + 'static {
    let navigate = leptos_router::hooks::use_navigate();
    move |path: &str| navigate(&href(path), in_app())
}

/// Like [`use_go`], replacing the current history entry and keeping the scroll position
/// (a search field that writes its query into the address).
pub fn use_go_replace() -> impl Fn(&str) + Clone + 'static {
    let navigate = leptos_router::hooks::use_navigate();
    move |path: &str| {
        navigate(
            &href(path),
            leptos_router::NavigateOptions {
                replace: true,
                scroll: false,
                ..in_app()
            },
        )
    }
}

fn in_app() -> leptos_router::NavigateOptions {
    leptos_router::NavigateOptions {
        resolve: false,
        ..Default::default()
    }
}
