//! The app shell: router, layout and the shared state every page gets through context.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::layout::Layout;
use crate::pages;
use crate::store::Store;

/// Mounts the app into `<body>`; called by `main`.
pub fn mount() {
    console_error_panic_hook::set_once();
    // Remove the pre-rendered or placeholder content of the static page: the app renders
    // the same route itself.
    if let Some(body) = document().body() {
        body.set_inner_html("");
    }
    mount_to_body(App);
    // Tells tests and scripts that the app has taken over from the pre-rendered page.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

#[component]
pub fn App() -> impl IntoView {
    let store = Store::open();
    provide_context(store);
    let base = crate::components::paths::router_base();

    view! {
        <Router base=base.unwrap_or_default()>
            <Layout>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::start::StartPage/>
                    <Route path=path!("/handreikingen") view=pages::guidance::HandreikingenPage/>
                    <Route path=path!("/handreikingen/:slug") view=pages::guidance::HandreikingPage/>
                    <Route path=path!("/evaluatie-2017") view=|| view! { <pages::guidance::SectionPage path="/evaluatie-2017"/> }/>
                    <Route path=path!("/voorbeelden") view=pages::examples::ExamplesPage/>
                    <Route path=path!("/evaluaties") view=pages::evaluations::EvaluationsPage/>
                    <Route path=path!("/evaluaties/:id") view=pages::evaluation_editor::EvaluationPage/>
                    <Route path=path!("/ontwikkelagenda") view=pages::agenda::AgendaPage/>
                    <Route path=path!("/zoeken") view=pages::search::SearchPage/>
                    <Route path=path!("/checklists") view=pages::checklists::ChecklistsPage/>
                    <Route path=path!("/checklists/:id") view=pages::checklists::ChecklistPage/>
                    <Route path=path!("/zelftest") view=pages::assessment::AssessmentsPage/>
                    <Route path=path!("/zelftest/:id") view=pages::assessment::AssessmentPage/>
                    <Route path=path!("/werkbladen") view=pages::worksheets::WorksheetsPage/>
                    <Route path=path!("/werkbladen/:id") view=pages::worksheets::WorksheetPage/>
                    <Route path=path!("/gegevens") view=pages::data::DataPage/>
                    <Route path=path!("/gegevens") view=pages::data::DataPage/>
                    <Route path=path!("/groep") view=pages::group::GroupPage/>
                </Routes>
            </Layout>
            <crate::components::update::UpdateNotice/>
        </Router>
    }
}
