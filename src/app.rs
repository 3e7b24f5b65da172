//! The app shells: router, layout and the shared state every page gets through context.
//! Five entry points (bins) mount them, each with the routes of one group of tools, so a
//! page loads only its group's wasm (docs/size.md): the participant's two tools, each alone
//! (`zelftest.rs`, `checklists.rs`), the evaluations (`evaluations.rs`: the list and the
//! editor), the facilitator's data tools (`facilitator.rs`: groep, gegevens) and the rest
//! (`main.rs`: the guidance as the app renders it for pre-rendering, voorbeelden, zoeken,
//! ontwikkelagenda, werkbladen). A link to another group's route is a page load
//! ([`OtherEntry`]). The route table of the host files is in scripts/entries.mjs: keep the
//! two in step (tests/route_tables.rs compares them, and the debug `App` with all of them).

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::layout::Layout;
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
    take_over_body();
    mount_to_body(app);
    mark_ready();
}

/// Removes the pre-rendered or placeholder content of the static page: the app renders the
/// same route itself.
fn take_over_body() {
    console_error_panic_hook::set_once();
    let _ = LOADED_PATH.set(window().location().pathname().unwrap_or_default());
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

/// The main app. A release build has only its own group's routes; a debug build (the dev
/// server, which serves one page for every path) has every route.
#[cfg(not(debug_assertions))]
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Shell>
            <Routes fallback=OtherEntry>
                <Route path=path!("/") view=pages::start::StartPage/>
                <Route path=path!("/handreikingen") view=pages::guidance::HandreikingenPage/>
                <Route path=path!("/handreikingen/:slug") view=pages::guidance::HandreikingPage/>
                <Route path=path!("/evaluatie-2017") view=|| view! { <pages::guidance::SectionPage path="/evaluatie-2017"/> }/>
                <Route path=path!("/voorbeelden") view=pages::examples::ExamplesPage/>
                <Route path=path!("/ontwikkelagenda") view=pages::agenda::AgendaPage/>
                <Route path=path!("/zoeken") view=pages::search::SearchPage/>
                <Route path=path!("/werkbladen") view=pages::worksheets::WorksheetsPage/>
                <Route path=path!("/werkbladen/:id") view=pages::worksheets::WorksheetPage/>
            </Routes>
        </Shell>
    }
}

/// The debug build's app: every route in one (see the release [`App`]).
#[cfg(debug_assertions)]
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Shell>
            <Routes fallback=pages::not_found::NotFound>
                <Route path=path!("/") view=pages::start::StartPage/>
                <Route path=path!("/handreikingen") view=pages::guidance::HandreikingenPage/>
                <Route path=path!("/handreikingen/:slug") view=pages::guidance::HandreikingPage/>
                <Route path=path!("/evaluatie-2017") view=|| view! { <pages::guidance::SectionPage path="/evaluatie-2017"/> }/>
                <Route path=path!("/voorbeelden") view=pages::examples::ExamplesPage/>
                <Route path=path!("/evaluaties") view=pages::evaluations::EvaluationsPage/>
                <Route path=path!("/evaluaties/:id") view=pages::evaluations::EvaluationPage/>
                <Route path=path!("/ontwikkelagenda") view=pages::agenda::AgendaPage/>
                <Route path=path!("/zoeken") view=pages::search::SearchPage/>
                <Route path=path!("/checklists") view=pages::checklists::ChecklistsPage/>
                <Route path=path!("/checklists/:id") view=pages::checklists::ChecklistPage/>
                <Route path=path!("/zelftest") view=pages::assessment::AssessmentsPage/>
                <Route path=path!("/zelftest/:id") view=pages::assessment::AssessmentPage/>
                <Route path=path!("/werkbladen") view=pages::worksheets::WorksheetsPage/>
                <Route path=path!("/werkbladen/:id") view=pages::worksheets::WorksheetPage/>
                <Route path=path!("/gegevens") view=pages::data::DataPage/>
                <Route path=path!("/groep") view=pages::group::GroupPage/>
            </Routes>
        </Shell>
    }
}

/// The evaluations: the list (with import and export) and the editor.
#[component]
pub fn EvaluationsApp() -> impl IntoView {
    view! {
        <Shell>
            <Routes fallback=OtherEntry>
                <Route path=path!("/evaluaties") view=pages::evaluations::EvaluationsPage/>
                <Route path=path!("/evaluaties/:id") view=pages::evaluations::EvaluationPage/>
            </Routes>
        </Shell>
    }
}

/// The facilitator's data tools: the group overview (where share links arrive) and the data
/// page (export, import, merge).
#[component]
pub fn FacilitatorApp() -> impl IntoView {
    view! {
        <Shell>
            <Routes fallback=OtherEntry>
                <Route path=path!("/gegevens") view=pages::data::DataPage/>
                <Route path=path!("/groep") view=pages::group::GroupPage/>
            </Routes>
        </Shell>
    }
}

/// The zelftest only: what a workshop participant opens on a tablet. Each of the
/// participant's two tools is its own bundle, so neither carries the other's pages and
/// content (docs/size.md); every other route is a page load away (see [`OtherEntry`]).
#[component]
pub fn ZelftestApp() -> impl IntoView {
    view! {
        <Shell>
            <Routes fallback=OtherEntry>
                <Route path=path!("/zelftest") view=pages::assessment::AssessmentsPage/>
                <Route path=path!("/zelftest/:id") view=pages::assessment::AssessmentPage/>
            </Routes>
        </Shell>
    }
}

/// The checklists only (see [`ZelftestApp`]).
#[component]
pub fn ChecklistsApp() -> impl IntoView {
    view! {
        <Shell>
            <Routes fallback=OtherEntry>
                <Route path=path!("/checklists") view=pages::checklists::ChecklistsPage/>
                <Route path=path!("/checklists/:id") view=pages::checklists::ChecklistPage/>
            </Routes>
        </Shell>
    }
}

/// What every app has around its routes: the store in context, the router under the base
/// path, the layout and the update notice.
#[component]
fn Shell(children: Children) -> impl IntoView {
    let store = Store::open();
    provide_context(store);
    let base = crate::components::paths::router_base();
    view! {
        <Router base=base.unwrap_or_default()>
            <Layout>{children()}</Layout>
            <crate::components::update::UpdateNotice/>
        </Router>
    }
}

/// A route of another entry point, reached through an in-app link: load that page from the
/// host (a full page load, as between the static guidance pages), which brings the entry
/// point that has it. A path this page was loaded with is not ours to reload (that would
/// loop): it is unknown.
#[component]
fn OtherEntry() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    // The router's location: the browser's address bar only follows once this view is shown.
    let path = location.pathname.get_untracked();
    if Some(path.as_str()) == LOADED_PATH.get().map(String::as_str) {
        return pages::not_found::NotFound().into_any();
    }
    let search = location.search.get_untracked();
    let query = if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    };
    let target = format!("{path}{query}{}", location.hash.get_untracked());
    load_from_host(path, target, 20);
    ().into_any()
}

/// Reloads once the router has put `path` into the address bar (so the history keeps the
/// page we came from), or goes to `target` if it has not done so after a moment.
fn load_from_host(path: String, target: String, tries: u32) {
    set_timeout(
        move || {
            let location = window().location();
            if location.pathname().ok().as_deref() == Some(path.as_str()) {
                let _ = location.reload();
            } else if tries == 0 {
                let _ = location.assign(&target);
            } else {
                load_from_host(path, target, tries - 1);
            }
        },
        std::time::Duration::from_millis(10),
    );
}

/// The path the page was loaded with (set when an app mounts).
static LOADED_PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
