//! `/werkbladen/{id}`: one sheet's page: heading, title and subject, the rows of its kind,
//! and the record actions; or the housing example, or "niet gevonden".

use leptos::prelude::*;

use crate::components::actions::{use_notices, RecordActions};
use crate::components::form::TextField;
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::components::title::use_title;
use crate::content;
use crate::model::worksheet::example::HOUSING_EXAMPLE;
use crate::model::worksheet::{Kind, Worksheet};
use crate::pages::not_found::NotFound;
use crate::pages::worksheets::{delete_sheet, Part, Sheet};
use crate::routes;
use crate::store::Store;

use super::canvas::CanvasRows;
use super::choice_questions::QuestionRows;
use super::housing_example::HousingExample;
use super::success_factors::FactorRows;
use super::werkvormen::WerkvormRows;

#[component]
pub fn WorksheetPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let id = crate::components::router::use_param("id");
    // Rebuilt only when another sheet is opened or the sheet appears or goes, never while typing.
    let found = Memo::new(move |_| {
        let id = id.get();
        store
            .data
            .with(|d| d.worksheet(&id).map(|w| (w.id.clone(), w.kind())))
    });
    use_title(move || {
        let id = id.get();
        if id == HOUSING_EXAMPLE {
            return "Werkbladen: voorbeeld woningbouwproject".into();
        }
        store.data.with(|d| {
            d.worksheet(&id)
                .map(|w| format!("Werkbladen: {}", w.display_title()))
                .unwrap_or_else(|| "Pagina niet gevonden".into())
        })
    });
    move || {
        if id.get() == HOUSING_EXAMPLE {
            return view! { <HousingExample/> }.into_any();
        }
        match found.get() {
            Some((id, kind)) => view! { <SheetEditor id=id kind=kind/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn SheetEditor(id: String, kind: Kind) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = use_notices();
    let go = use_go();
    let sheet: Sheet = store.editing::<Worksheet>(&id);
    let heading = Memo::new(move |_| sheet.with(Worksheet::display_title));
    let remove = Callback::new(move |_| {
        delete_sheet(store, notices, &sheet.id());
        go(routes::Page::Worksheets.path());
    });
    let file_words = Signal::derive(move || format!("werkblad {}", heading.get()));
    let page = content::page_by_slug(kind.page());
    let subject_label = match kind {
        Kind::ChoiceQuestions => Some("Onderwerp"),
        Kind::Canvas => Some("De nieuwe situatie"),
        _ => None,
    };
    let body = match kind {
        Kind::ChoiceQuestions => view! { <QuestionRows part=Part::new(sheet)/> }.into_any(),
        Kind::Canvas => view! { <CanvasRows part=Part::new(sheet)/> }.into_any(),
        Kind::Werkvormen => view! { <WerkvormRows part=Part::new(sheet)/> }.into_any(),
        Kind::SuccessFactors => view! { <FactorRows part=Part::new(sheet)/> }.into_any(),
    };
    view! {
        <article class="page worksheet-page">
            <Breadcrumb trail=vec![("Werkbladen", Some(routes::Page::Worksheets.path())), (kind.label(), None)]/>
            <h1><span class="h1-kicker">{format!("Werkblad · {}", kind.label())}</span>{move || heading.get()}</h1>
            <p class="lead">{kind.purpose()}
                {page.map(|p| view! { " Uit de handreiking "<a href=href(p.path) class="inline-link">{p.title}</a>"." })}
            </p>
            <div class="form-grid">
                <TextField id="werkblad-titel".into() label="Titel" value=move || sheet.with(|w| w.title.clone())
                    on_input=move |v: String| sheet.change(|w| w.title = v)/>
                {subject_label.map(|label| view! {
                    <TextField id="werkblad-onderwerp".into() label=label value=move || sheet.with(|w| w.subject().map(str::to_string).unwrap_or_default())
                        on_input=move |v: String| sheet.change(|w| w.set_subject(v))/>
                })}
            </div>
            {body}
            <RecordActions id=sheet.id() file_words=file_words on_delete=remove/>
        </article>
    }
}
