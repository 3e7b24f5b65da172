//! The app shells: router, layout and the shared state every page gets through context.
//! Five entry points (bins) mount them, each with the routes of one group of tools, so a
//! page loads only its group's wasm (docs/size.md): the participant's two tools, each alone
//! (`zelftest.rs`, `checklists.rs`), the evaluations (`evaluations.rs`: the list and the
//! editor), the facilitator's data tools (`facilitator.rs`: groep, gegevens) and the rest
//! (`main.rs`: the guidance as the app renders it for pre-rendering, voorbeelden, zoeken,
//! ontwikkelagenda, werkbladen). A link to another group's route is a page load (the router,
//! `components::router`, takes over only links to its own routes). Which page is in which
//! bundle is declared once, in routes.json: build.rs generates the route tables from it, and
//! the host's files (scripts/entries.mjs) read it too; here is only what each page shows.

use leptos::prelude::*;

use crate::components::layout::Layout;
use crate::components::router::{provide_router, Route, RouteView};
use crate::pages;
#[cfg(feature = "all-kinds")]
use crate::routes;
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

// The route table of every bundle, generated from routes.json by build.rs: per bundle (under
// its Cargo feature) an enum of its pages, `MainPage` …, and `MAIN_ROUTES` …, whose entries
// show their page through the bundle's `…_view` below.
include!(concat!(env!("OUT_DIR"), "/route_tables.rs"));

/// The main app's pages: the guidance as the app renders it (to pre-render it), voorbeelden,
/// zoeken, ontwikkelagenda, werkbladen.
#[cfg(feature = "all-kinds")]
fn main_view(page: MainPage) -> AnyView {
    match page {
        MainPage::Start => pages::start::StartPage().into_any(),
        MainPage::Evaluation2017 => view! {
            <pages::guidance::SectionPage path=routes::Page::Evaluation2017.path()/>
        }
        .into_any(),
        MainPage::Handreikingen => pages::guidance::HandreikingenPage().into_any(),
        MainPage::Handreiking => pages::guidance::HandreikingPage().into_any(),
        MainPage::Examples => pages::examples::ExamplesPage().into_any(),
        MainPage::Agenda => pages::agenda::AgendaPage().into_any(),
        MainPage::Worksheets => pages::worksheets::WorksheetsPage().into_any(),
        MainPage::Worksheet => pages::worksheets::WorksheetPage().into_any(),
        MainPage::Search => pages::search::SearchPage().into_any(),
    }
}

/// The evaluations: the list (with import and export) and the editor.
#[cfg(feature = "all-kinds")]
fn evaluations_view(page: EvaluationsPage) -> AnyView {
    match page {
        EvaluationsPage::Evaluations => pages::evaluations::EvaluationsPage().into_any(),
        EvaluationsPage::Evaluation => pages::evaluations::EvaluationPage().into_any(),
    }
}

/// The facilitator's data tools: the group overview (where share links arrive) and the data
/// page (export, import, merge).
#[cfg(feature = "all-kinds")]
fn facilitator_view(page: FacilitatorPage) -> AnyView {
    match page {
        FacilitatorPage::Group => pages::group::GroupPage().into_any(),
        FacilitatorPage::Data => pages::data::DataPage().into_any(),
    }
}

/// The zelftest: what a workshop participant opens on a tablet. Each of the participant's two
/// tools is its own bundle, so neither carries the other's pages and content (docs/size.md).
#[cfg(feature = "assessments")]
fn zelftest_view(page: ZelftestPage) -> AnyView {
    match page {
        ZelftestPage::Assessments => pages::assessment::AssessmentsPage().into_any(),
        ZelftestPage::Assessment => pages::assessment::AssessmentPage().into_any(),
    }
}

/// The checklists (see [`zelftest_view`]).
#[cfg(feature = "checklists")]
fn checklists_view(page: ChecklistsPage) -> AnyView {
    match page {
        ChecklistsPage::Checklists => pages::checklists::ChecklistsPage().into_any(),
        ChecklistsPage::Checklist => pages::checklists::ChecklistPage().into_any(),
    }
}

/// The main app. A release build has only its own group's routes; a debug build (the dev
/// server, which serves one page for every path) has every route.
#[cfg(feature = "all-kinds")]
#[component]
pub fn App() -> impl IntoView {
    #[cfg(not(debug_assertions))]
    let routes: &'static [&'static [Route]] = &[MAIN_ROUTES];
    #[cfg(debug_assertions)]
    let routes: &'static [&'static [Route]] = EVERY_ROUTE;
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
#[cfg(all(not(target_arch = "wasm32"), feature = "all-kinds"))]
pub fn render(path: &str) -> (String, String) {
    use std::sync::Arc;

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
    let html = owner.with(|| view! { <Shell routes=EVERY_ROUTE/> }.to_html());
    let title = crate::components::title::rendered_title();
    (html, title)
}
