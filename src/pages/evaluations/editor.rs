//! `/evaluaties/{id}`: the editor of one evaluation (foldable sections with progress, saved as
//! you type); with `?weergave=afdrukken` it shows the print view (`print.rs`) instead.
//!
//! Every change goes through the store (`Editing<Evaluation>`, i.e. `Store::edit`): it is
//! applied to the evaluation as stored now, so what another tab saved meanwhile is kept.
//! Typing stays cheap with hundreds of stored evaluations: fields are uncontrolled inputs,
//! only small memos (progress, title) follow the record, and the store writes after a pause.

use crate::components::router::{use_param, use_query};
use leptos::prelude::*;

use super::actions::{delete_evaluation, duplicate_evaluation, export_evaluations};
use super::fields::{CaseFields, LessonFields, PitfallFields, RatingFields, RegieFields};
use super::print::PrintView;
use super::Edit;
use crate::browser::now;
use crate::components::form::{CheckList, ChoiceGroup};
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::components::title::use_title;
use crate::model::evaluation::{matter_label, Evaluation, Section, Status, CONDITIONS, MATTERS};
use crate::pages::not_found::NotFound;
use crate::routes;
use crate::store::Store;

#[component]
pub fn EvaluationPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let id = use_param("id");
    let weergave = use_query("weergave");
    let print = Memo::new(move |_| weergave.with(|w| w.as_deref() == Some("afdrukken")));
    // The id while the evaluation exists: the editor is rebuilt only when another one is
    // opened, and gives way to "niet gevonden" when it is deleted (also in another tab).
    let exists = Memo::new(move |_| {
        let id = id.get();
        store
            .data
            .with(|d| d.evaluation(&id).is_some())
            .then_some(id)
    });
    move || match exists.get() {
        Some(id) => view! { <Editor id=id print=print/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn Editor(id: String, print: Memo<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    let edit = store.editing::<Evaluation>(&id);
    let title = Memo::new(move |_| edit.with(Evaluation::display_title));
    use_title(move || title.get());
    move || {
        if print.get() {
            match edit.record.get_untracked() {
                Some(evaluation) => view! { <PrintView evaluation=evaluation/> }.into_any(),
                None => view! { <NotFound/> }.into_any(),
            }
        } else {
            view! { <EditForm edit=edit title=title/> }.into_any()
        }
    }
}

#[component]
fn EditForm(edit: Edit, title: Memo<String>) -> impl IntoView {
    let store = edit.store();
    let go = use_go();
    let go_duplicate = go.clone();
    let id_for_print = edit.id();
    let export_error = RwSignal::new(None::<String>);
    let status = edit.with_untracked(|e| Some(e.status));

    view! {
        <article class="page evaluation-editor">
            <Breadcrumb trail=vec![("Evaluaties", Some(routes::Page::Evaluations.path())), ("Evaluatie", None)]/>
            <p class="kicker">"Evaluatie"</p>
            <h1>{move || title.get()}</h1>
            <p class="hint">"Alles wat je invult wordt meteen op dit apparaat bewaard. Open een onderdeel om het in te vullen."</p>
            <div class="toolbar">
                <a href=href(&format!("{}?weergave=afdrukken", routes::evaluation(&id_for_print))) class="button secondary">"Afdrukweergave"</a>
                <button type="button" class="secondary" on:click=move |_| {
                    if let Some(e) = edit.record.get_untracked() {
                        let name = format!("evaluatie {}", e.title);
                        export_error.set(export_evaluations(vec![e], &name).err());
                    }
                }>"Exporteren"</button>
                <button type="button" class="secondary" on:click=move |_| {
                    if let Some(new) = duplicate_evaluation(store, &edit.id()) {
                        go_duplicate(&routes::evaluation(&new));
                    }
                }>"Dupliceren"</button>
                <button type="button" class="danger" on:click=move |_| {
                    delete_evaluation(store, &edit.id());
                    go(routes::Page::Evaluations.path());
                }>"Verwijderen"</button>
            </div>
            {move || export_error.get().map(|e| view! { <p role="alert" class="error">{e}</p> })}

            <ChoiceGroup
                legend="Status"
                name="status"
                class="status-choice"
                options=Status::ALL.iter().map(|s| (s.key().to_string(), s.label().to_string())).collect()
                selected=status.map(|s| s.key().to_string())
                on_change=Callback::new(move |key: String| {
                    if let Some(s) = Status::from_key(&key) {
                        edit.change(|e| e.set_status(s, &now()));
                    }
                })
            />

            <EditorSection edit=edit section=Section::Case open=true>
                <CaseFields edit=edit/>
            </EditorSection>
            <EditorSection edit=edit section=Section::Matters>
                <p class="hint">"Geef per zaak een score van 1 (ging slecht) tot 5 (ging heel goed), of n.v.t."</p>
                {MATTERS.iter().map(|matter| view! {
                    <RatingFields edit=edit key=matter.to_string() label=matter_label(matter) conditions=false/>
                }).collect_view()}
            </EditorSection>
            <EditorSection edit=edit section=Section::Conditions>
                <p class="hint">"Twee voorwaarden voor samenwerking uit de werkwijze van de Samenwerkingswijzer."</p>
                {CONDITIONS.iter().map(|(key, label, text)| view! {
                    <RatingFields edit=edit key=key.to_string() label=format!("{label}: {text}") conditions=true/>
                }).collect_view()}
            </EditorSection>
            <EditorSection edit=edit section=Section::Partner>
                <CheckList prefix="ev"
                    legend="Welk helpend gedrag was er te zien?"
                    list="helpen"
                    checked=edit.with_untracked(|e| e.helped.clone())
                    on_toggle=Callback::new(move |(id, on): (String, bool)| edit.change(|e| Evaluation::toggle(&mut e.helped, &id, on)))
                />
                <CheckList prefix="ev"
                    legend="Welk gedrag dat je liever niet ziet, kwam voor?"
                    list="liever-niet"
                    checked=edit.with_untracked(|e| e.avoided.clone())
                    on_toggle=Callback::new(move |(id, on): (String, bool)| edit.change(|e| Evaluation::toggle(&mut e.avoided, &id, on)))
                />
            </EditorSection>
            <EditorSection edit=edit section=Section::Pitfalls>
                <PitfallFields edit=edit/>
            </EditorSection>
            <EditorSection edit=edit section=Section::Regie>
                <RegieFields edit=edit/>
            </EditorSection>
            <EditorSection edit=edit section=Section::Lessons>
                <LessonFields edit=edit/>
            </EditorSection>
            <p class="editor-end">
                <a href=href(routes::Page::Evaluations.path()) class="button secondary">"Terug naar de evaluaties"</a>
            </p>
        </article>
    }
}

/// A foldable section with its progress in the summary.
#[component]
fn EditorSection(
    edit: Edit,
    section: Section,
    #[prop(optional)] open: bool,
    children: Children,
) -> impl IntoView {
    let progress = Memo::new(move |_| edit.with(|e| e.progress(section)));
    let complete = move || progress.get().complete();
    view! {
        <details class="editor-section" id=format!("onderdeel-{}", section.key()) open=open>
            <summary>
                <span class="section-title">{section.title()}</span>
                <span class="section-progress" class:complete=complete>
                    <span class="visually-hidden">", "</span>
                    {move || progress.get().label()}
                </span>
            </summary>
            <div class="section-body">{children()}</div>
        </details>
    }
}
