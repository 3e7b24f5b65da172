//! The app shells: router, layout and the shared state every page gets through context.
//! Five entry points (bins) mount them, each with the routes of one group of tools, so a
//! page loads only its group's wasm (docs/size.md): the participant's two tools, each alone
//! (`zelftest.rs`, `checklists.rs`), the evaluations (`evaluations.rs`: the list and the
//! editor), the facilitator's data tools (`facilitator.rs`: groep, gegevens) and the rest
//! (`main.rs`: the guidance as the app renders it for pre-rendering, voorbeelden, zoeken,
//! ontwikkelagenda, werkbladen). A link to another group's route is a page load (the router,
//! `components::router`, takes over only links to its own routes). The route table of the
//! host files is in scripts/entries.mjs: keep the two in step (tests/route_tables.rs compares
//! them).

use leptos::prelude::*;

use crate::components::layout::Layout;
use crate::components::router::{provide_router, Route, RouteView};
use crate::pages;
use crate::store::Store;

/// Mounts `app` (one of the apps below: [`App`], [`ZelftestApp`], [`ChecklistsApp`],
/// [`EvaluationsApp`], [`FacilitatorApp`]) into `<body>` in place of the page's pre-rendered
/// content; each entry point's `main` calls this once with its app.
pub fn mount<F, V>(app: F)
where
    F: FnOnce() -> V + 'static,
    V: IntoView,
{
    // The answer form of /zelftest or /checklists, kept for the start page (issue 26).
    crate::components::kept::keep_form();
    take_over_body();
    mount_to_body(app);
    mark_ready();
}

/// Removes the pre-rendered or placeholder content of the static page: the app renders the
/// same route itself.
fn take_over_body() {
    #[cfg(feature = "all-kinds")]
    console_error_panic_hook::set_once();
    if let Some(body) = document().body() {
        body.set_inner_html("");
    }
}

fn mark_ready() {
    // Tells tests and scripts that the app has taken over from the pre-rendered page.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The main app's routes: the guidance as the app renders it (to pre-render it), voorbeelden,
/// zoeken, ontwikkelagenda, werkbladen.
#[cfg(feature = "all-kinds")]
const MAIN_ROUTES: &[Route] = &[
    Route::new("/", || pages::start::StartPage().into_any()),
    Route::new("/handreikingen", || {
        pages::guidance::HandreikingenPage().into_any()
    }),
    Route::new("/handreikingen/:slug", || {
        pages::guidance::HandreikingPage().into_any()
    }),
    Route::new("/evaluatie-2017", || {
        view! { <pages::guidance::SectionPage path="/evaluatie-2017"/> }.into_any()
    }),
    Route::new("/voorbeelden", || {
        pages::examples::ExamplesPage().into_any()
    }),
    Route::new("/ontwikkelagenda", || {
        pages::agenda::AgendaPage().into_any()
    }),
    Route::new("/zoeken", || pages::search::SearchPage().into_any()),
    Route::new("/werkbladen", || {
        pages::worksheets::WorksheetsPage().into_any()
    }),
    Route::new("/werkbladen/:id", || {
        pages::worksheets::WorksheetPage().into_any()
    }),
];

/// The evaluations: the list (with import and export) and the editor.
#[cfg(feature = "all-kinds")]
const EVALUATIONS_ROUTES: &[Route] = &[
    Route::new("/evaluaties", || {
        pages::evaluations::EvaluationsPage().into_any()
    }),
    Route::new("/evaluaties/:id", || {
        pages::evaluations::EvaluationPage().into_any()
    }),
];

#[cfg(feature = "all-kinds")]
/// The facilitator's data tools: the group overview (where share links arrive) and the data
/// page (export, import, merge).
const FACILITATOR_ROUTES: &[Route] = &[
    Route::new("/gegevens", || pages::data::DataPage().into_any()),
    Route::new("/groep", || pages::group::GroupPage().into_any()),
];

#[cfg(feature = "assessments")]
/// The zelftest: what a workshop participant opens on a tablet. Each of the participant's two
/// tools is its own bundle, so neither carries the other's pages and content (docs/size.md).
const ZELFTEST_ROUTES: &[Route] = &[
    Route::new("/zelftest", || {
        pages::assessment::AssessmentsPage().into_any()
    }),
    Route::new("/zelftest/:id", || {
        pages::assessment::AssessmentPage().into_any()
    }),
];

#[cfg(feature = "checklists")]
/// The checklists (see [`ZELFTEST_ROUTES`]).
const CHECKLISTS_ROUTES: &[Route] = &[
    Route::new("/checklists", || {
        pages::checklists::ChecklistsPage().into_any()
    }),
    Route::new("/checklists/:id", || {
        pages::checklists::ChecklistPage().into_any()
    }),
];

/// The main app. A release build has only its own group's routes; a debug build (the dev
/// server, which serves one page for every path) has every route.
#[cfg(feature = "all-kinds")]
#[component]
pub fn App() -> impl IntoView {
    #[cfg(not(debug_assertions))]
    let routes: &'static [&'static [Route]] = &[MAIN_ROUTES];
    #[cfg(debug_assertions)]
    let routes: &'static [&'static [Route]] = &[
        MAIN_ROUTES,
        ZELFTEST_ROUTES,
        CHECKLISTS_ROUTES,
        EVALUATIONS_ROUTES,
        FACILITATOR_ROUTES,
    ];
    view! { <Shell routes=routes/> }
}

/// The evaluations' entry point.
#[cfg(feature = "all-kinds")]
#[component]
pub fn EvaluationsApp() -> impl IntoView {
    view! { <Shell routes=&[EVALUATIONS_ROUTES]/> }
}

/// The facilitator's entry point.
#[cfg(feature = "all-kinds")]
#[component]
pub fn FacilitatorApp() -> impl IntoView {
    view! { <Shell routes=&[FACILITATOR_ROUTES]/> }
}

/// The zelftest's entry point.
#[cfg(feature = "assessments")]
#[component]
pub fn ZelftestApp() -> impl IntoView {
    view! { <Shell routes=&[ZELFTEST_ROUTES]/> }
}

/// The checklists' entry point.
#[cfg(feature = "checklists")]
#[component]
pub fn ChecklistsApp() -> impl IntoView {
    view! { <Shell routes=&[CHECKLISTS_ROUTES]/> }
}

/// The page for an address no route of the bundle has.
fn not_found() -> AnyView {
    pages::not_found::NotFound().into_any()
}

/// What every app has around its routes: the store in context, the router, the layout and
/// the update notice.
#[component]
fn Shell(routes: &'static [&'static [Route]]) -> impl IntoView {
    let store = Store::open();
    provide_context(store);
    provide_router(routes);
    view! {
        <Layout><RouteView not_found=not_found/></Layout>
        <crate::components::update::UpdateNotice/>
    }
}

/// Rendered natively at build time (feature `ssr`; `examples/prerender.rs`): the `<body>` the
/// app renders at the app path `path` for a first visitor, as HTML, and the page's title. The
/// same shell, layout and pages as in the browser, with every bundle's routes. What they read
/// from the browser comes from native stand-ins: the base path is the root
/// (`components::paths`), the address is `path` without a query
/// (`components::router::render_at`), nothing is stored (`store::local`), and the title is
/// kept rather than set (`components::title`); Leptos runs no effect and adds no listener
/// outside a browser. Leptos's markers for hydration (`<!>`) are left in.
#[cfg(not(target_arch = "wasm32"))]
pub fn render(path: &str) -> (String, String) {
    use std::sync::Arc;

    let tables: &'static [&'static [Route]] = &[
        MAIN_ROUTES,
        ZELFTEST_ROUTES,
        CHECKLISTS_ROUTES,
        EVALUATIONS_ROUTES,
        FACILITATOR_ROUTES,
    ];
    // A task a page starts while it renders runs at once, to its end or its first wait (then
    // it is dropped): natively nothing it awaits from the browser would ever come.
    struct AtOnce;
    impl any_spawner::CustomExecutor for AtOnce {
        fn spawn(&self, mut task: any_spawner::PinnedFuture<()>) {
            let _ = task
                .as_mut()
                .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()));
        }
        fn spawn_local(&self, mut task: any_spawner::PinnedLocalFuture<()>) {
            let _ = task
                .as_mut()
                .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()));
        }
        fn poll_local(&self) {}
    }
    // Set once per thread; a second render finds it set.
    let _ = any_spawner::Executor::init_local_custom_executor(AtOnce);
    crate::components::router::render_at(path);
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| view! { <Shell routes=tables/> }.to_html());
    let title = crate::components::title::rendered_title();
    (html, title)
}
