//! The app's own router: the address as a signal, each bundle's route table as plain data,
//! and in-page navigation to the routes of this bundle. Any other address is left to the
//! browser: a page load, which brings the entry point that has it (docs/size.md: leptos_router
//! was 52 KB of the 82 KB gzip that a bundle with one route weighed; this is a few KB).
//!
//! Pages use [`use_param`], [`use_query`] and [`use_app_path`]; links are plain
//! `<a href=href(path)>`; code navigates with [`use_go`] (built on [`use_navigate`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::paths::{base, href};
use crate::routing::{app_path, match_route, split_address, Params};

/// One route: an app path pattern (`/zelftest/:id`) and the page it shows.
pub struct Route {
    pub path: &'static str,
    pub view: fn() -> AnyView,
}

impl Route {
    pub const fn new(path: &'static str, view: fn() -> AnyView) -> Self {
        Route { path, view }
    }
}

/// Where the app is: the app path (without base) and the query (without `?`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Address {
    path: String,
    query: String,
}

/// The router in context: the current address and the routes of this page's bundle.
#[derive(Clone, Copy)]
struct Router {
    address: RwSignal<Address>,
    tables: &'static [&'static [Route]],
}

impl Router {
    fn route_at(&self, index: usize) -> Option<&'static Route> {
        self.tables.iter().flat_map(|table| table.iter()).nth(index)
    }

    /// The route `path` is (its place in the tables, so two routes never compare equal) and
    /// its parameters.
    fn find(&self, path: &str) -> Option<(usize, &'static Route, Params)> {
        self.tables
            .iter()
            .flat_map(|table| table.iter())
            .enumerate()
            .find_map(|(index, route)| {
                match_route(route.path, path).map(|params| (index, route, params))
            })
    }
}

/// Sets up the router for `tables` (the bundle's routes): reads the address, follows the
/// browser's back and forward buttons and takes over clicks on links to routes of this
/// bundle. Call once, in the app's shell, before anything uses the hooks below.
pub fn provide_router(tables: &'static [&'static [Route]]) {
    let router = Router {
        address: RwSignal::new(browser_address()),
        tables,
    };
    provide_context(router);
    let on_popstate = window_event_listener(leptos::ev::popstate, move |_| {
        set_address(router, browser_address());
    });
    let on_click = window_event_listener(leptos::ev::click, move |event| {
        if let Some(target) = in_app_target(router, &event) {
            event.prevent_default();
            go(router, &target, false, true);
        }
    });
    on_cleanup(move || {
        on_popstate.remove();
        on_click.remove();
    });
}

/// The page of the current route, or `not_found` (the app's "Pagina niet gevonden", given by
/// the shell so this floor needs no page) for an address this bundle has no route for (one
/// the page was loaded with: links and [`use_navigate`] take any other to the host). Rebuilt
/// only when the route changes, not when only its parameters or query do.
#[component]
pub fn RouteView(not_found: fn() -> AnyView) -> impl IntoView {
    let router = expect_context::<Router>();
    let route = Memo::new(move |_| {
        router
            .address
            .with(|address| router.find(&address.path).map(|(index, _, _)| index))
    });
    move || match route.get().and_then(|index| router.route_at(index)) {
        Some(route) => (route.view)(),
        None => not_found(),
    }
}

/// The current app path (without base, query or fragment), e.g. `/zelftest/abc`.
pub fn use_app_path() -> Memo<String> {
    let router = expect_context::<Router>();
    Memo::new(move |_| router.address.with(|address| address.path.clone()))
}

/// The route parameter `name` (`id` in `/zelftest/:id`), empty when the route has none.
pub fn use_param(name: &'static str) -> Memo<String> {
    let router = expect_context::<Router>();
    Memo::new(move |_| {
        router.address.with(|address| {
            router
                .find(&address.path)
                .and_then(|(_, _, params)| params.into_iter().find(|(key, _)| *key == name))
                .map(|(_, value)| decode(&value))
                .unwrap_or_default()
        })
    })
}

/// The query parameter `name` (`nieuw` in `/checklists?nieuw=valkuilen`), decoded.
#[cfg(target_arch = "wasm32")]
pub fn use_query(name: &'static str) -> Memo<Option<String>> {
    let router = expect_context::<Router>();
    Memo::new(move |_| {
        router.address.with(|address| {
            web_sys::UrlSearchParams::new_with_str(&address.query)
                .ok()
                .and_then(|params| params.get(name))
        })
    })
}

/// Rendered natively at build time (`app::render`), an address has no query.
#[cfg(not(target_arch = "wasm32"))]
pub fn use_query(_name: &'static str) -> Memo<Option<String>> {
    Memo::new(|_| None)
}

/// The one way the app navigates: `use_go()` gives a function that opens an app path
/// (starting with `/`, as for `paths::href`; a query may follow) under the base path: in this
/// page when it is a route of this page's bundle, else by loading it from the host.
pub fn use_go() -> impl Fn(&str) + Clone + 'static {
    let navigate = use_navigate();
    move |path: &str| navigate(path, false, true)
}

/// Like [`use_go`], replacing the current history entry and keeping the scroll position
/// (a search field that writes its query into the address).
pub fn use_go_replace() -> impl Fn(&str) + Clone + 'static {
    let navigate = use_navigate();
    move |path: &str| navigate(path, true, false)
}

/// A function that opens an app address (an app path; a query and a fragment may follow),
/// replacing the current history entry or not, scrolling to the top (or the fragment) or not:
/// in this page when it is a route of this bundle, else by loading it from the host. Taken
/// from context where it is created, so it can be called from event handlers.
pub fn use_navigate() -> impl Fn(&str, bool, bool) + Clone + 'static {
    let router = use_context::<Router>();
    move |target: &str, replace: bool, scroll: bool| match router {
        Some(router) => go(router, target, replace, scroll),
        None => load(target),
    }
}

fn go(router: Router, target: &str, replace: bool, scroll: bool) {
    let (path, _, fragment) = split_address(target);
    if router.find(path).is_none() {
        load(target);
        return;
    }
    let url = href(target);
    // A link to the address already shown adds no history entry (as leptos_router did).
    let replace = replace || url == current_url();
    let history = window().history();
    let written = match history {
        Ok(history) if replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        Ok(history) => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        Err(error) => Err(error),
    };
    if written.is_err() {
        load(target);
        return;
    }
    set_address(router, browser_address());
    let fragment = fragment.to_string();
    if scroll || !fragment.is_empty() {
        // After the new page has rendered.
        request_animation_frame(move || scroll_to(&fragment));
    }
}

/// A page load of an app address (another bundle's route).
fn load(target: &str) {
    let _ = window().location().assign(&href(target));
}

fn set_address(router: Router, address: Address) {
    if router.address.with_untracked(|current| *current != address) {
        router.address.set(address);
    }
}

/// The element with the id `fragment` scrolled into view, or the top of the page.
fn scroll_to(fragment: &str) {
    let target = (!fragment.is_empty())
        .then(|| document().get_element_by_id(&decode(fragment)))
        .flatten();
    match target {
        Some(element) => element.scroll_into_view(),
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// Percent-decoding by the browser (`decodeURIComponent`); the text as it is when broken.
#[cfg(target_arch = "wasm32")]
pub fn decode(text: &str) -> String {
    js_sys::decode_uri_component(text)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| text.to_string())
}

/// Rendered natively at build time (`app::render`), the paths are the app's own routes and the
/// content's slugs, never percent-encoded.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(text: &str) -> String {
    text.to_string()
}

/// The address shown, as path, query and fragment (the form [`href`] gives).
fn current_url() -> String {
    let location = window().location();
    [location.pathname(), location.search(), location.hash()]
        .into_iter()
        .map(Result::unwrap_or_default)
        .collect()
}

/// The browser's address as an app address (outside the base: the start page).
#[cfg(target_arch = "wasm32")]
fn browser_address() -> Address {
    let location = window().location();
    let pathname = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    Address {
        path: app_path(&pathname, base()).unwrap_or("/").to_string(),
        query: search.strip_prefix('?').unwrap_or(&search).to_string(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The app path rendered natively at build time (`app::render`), in place of the browser's.
    static RENDERED_PATH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Natively (`app::render`), the router is at `path`: the address [`provide_router`] reads.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_at(path: &str) {
    RENDERED_PATH.set(path.to_string());
}

/// Rendered natively at build time: the path given to [`render_at`], without a query.
#[cfg(not(target_arch = "wasm32"))]
fn browser_address() -> Address {
    Address {
        path: RENDERED_PATH.with_borrow(Clone::clone),
        query: String::new(),
    }
}

/// The app address a click opens in this page: a plain left click on a link to a route of
/// this bundle (same origin, under the base path, no `target`, `download` or
/// `rel="external"`), or on a link to a fragment of this page (`href="#…"`). `None` leaves
/// the click to the browser.
fn in_app_target(router: Router, event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.alt_key()
        || event.ctrl_key()
        || event.shift_key()
    {
        return None;
    }
    let anchor = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let external = anchor
        .get_attribute("rel")
        .is_some_and(|rel| rel.split_ascii_whitespace().any(|part| part == "external"));
    if !anchor.target().is_empty() || anchor.has_attribute("download") || external {
        return None;
    }
    if let Some(fragment) = anchor
        .get_attribute("href")
        .and_then(|href| href.strip_prefix('#').map(str::to_string))
    {
        // A jump within this page: `<base href>` would resolve it to the start page.
        let search = window().location().search().unwrap_or_default();
        return Some(format!("{}{search}#{fragment}", browser_address().path));
    }
    let url = web_sys::Url::new(&anchor.href()).ok()?;
    if url.origin() != window().location().origin().ok()? {
        return None;
    }
    let pathname = url.pathname();
    let path = app_path(&pathname, base())?;
    router.find(path)?;
    Some(format!("{path}{}{}", url.search(), url.hash()))
}
