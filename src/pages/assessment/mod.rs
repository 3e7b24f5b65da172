//! `/zelftest` (start, earlier assessments) and `/zelftest/{id}` (answer the statements, see
//! the result). Scoring lives in `model::assessment`.
//!
//! The list and the page of one assessment are here; answering is `editor`, the result
//! `result`.

mod editor;
mod result;

use leptos::prelude::*;

use editor::AssessmentEditor;

use crate::browser::{new_id, now};
use crate::components::actions::{delete_with_undo, use_notices, Notices};
use crate::components::kept;
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::components::title::use_title;
use crate::content;
use crate::model::assessment::{newest_first, Assessment, Perspective, Role};
use crate::pages::not_found::NotFound;
use crate::routes;
use crate::store::Store;

fn delete_assessment(store: Store, notices: Notices, id: &str) {
    delete_with_undo::<Assessment>(store, notices, id, |_| {
        "De zelftest is verwijderd.".to_string()
    });
}

fn describe(assessment: &Assessment) -> String {
    let mut text = format!(
        "{}, {}",
        crate::model::wording::role_words(assessment),
        crate::browser::local_date(&assessment.created_at)
    );
    if !assessment.label.trim().is_empty() {
        text = format!("{} · {text}", assessment.label.trim());
    }
    text
}

#[component]
pub fn AssessmentsPage() -> impl IntoView {
    use_title(|| "Zelftest".to_string());
    let store = expect_context::<Store>();
    let notices = use_notices();
    let go = use_go();
    let role = RwSignal::new(None::<Role>);
    let chosen = RwSignal::new(None::<Perspective>);
    let label = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(role) = role.get_untracked() else {
            error.set(Some("Kies eerst je rol."));
            return;
        };
        let chosen = chosen.get_untracked();
        if role == Role::Anders && chosen.is_none() {
            error.set(Some(
                "Kies eerst of je antwoordt voor de gemeente of als partner.",
            ));
            return;
        }
        let id = new_id();
        let assessment =
            Assessment::start(id.clone(), role, chosen, &label.get_untracked(), &now());
        store.add(assessment);
        go(&routes::assessment(&id));
    };
    let earlier = Memo::new(move |_| store.data.with(|data| newest_first(&data.assessments)));
    // Answers given in the pre-rendered form before the app ran (issue 26).
    let take_over = kept::take_over(
        store,
        crate::model::kept::ZELFTEST_KEY.to_string(),
        routes::Page::Assessments.path(),
        |raw, id| {
            crate::model::kept::assessment(raw, id, &now(), crate::components::router::decode)
        },
    );
    kept::answer_form("zelftest-start", None, take_over);

    view! {
        <article class="page">
            <Breadcrumb trail=vec![("Zelftest", None)]/>
            <h1>"Zelftest"</h1>
            <p class="lead">"Hoe goed is de gemeente als samenwerkingspartner? De raad, het college en de ambtelijke organisatie beantwoorden de stellingen uit de handreiking "
                <a href=href(&routes::handreiking("goede-samenwerkingsspeler")) class="inline-link">"Goede samenwerkingsspeler"</a>
                " over de gemeente zelf; partners uit de samenleving over hoe zij de gemeente zien. Het duurt ongeveer vijf minuten. Je antwoorden blijven op dit apparaat."</p>
            <form class="panel" id="zelftest-start" on:submit=start>
                <fieldset class="role-choice">
                    <legend>"Jouw rol"</legend>
                    <div class="choice-row wrap">
                        {Role::ALL.into_iter().map(|r| view! {
                            <label class="choice" class:chosen=move || role.get() == Some(r)>
                                <input type="radio" name="rol" value=r.key()
                                    prop:checked=move || role.get() == Some(r)
                                    on:change=move |_| { role.set(Some(r)); error.set(None); }/>
                                {r.label()}
                            </label>
                        }).collect_view()}
                    </div>
                </fieldset>
                {move || (role.get() == Some(Role::Anders)).then(|| view! {
                    <fieldset class="role-choice perspective-choice">
                        <legend>"Je antwoordt"</legend>
                        <div class="choice-row wrap">
                            {[(Perspective::Gemeente, "Voor de gemeente"), (Perspective::Partner, "Als partner, over de gemeente")].into_iter().map(|(p, text)| view! {
                                <label class="choice" class:chosen=move || chosen.get() == Some(p)>
                                    <input type="radio" name="perspectief" value=p.key()
                                        prop:checked=move || chosen.get() == Some(p)
                                        on:change=move |_| { chosen.set(Some(p)); error.set(None); }/>
                                    {text}
                                </label>
                            }).collect_view()}
                        </div>
                    </fieldset>
                })}
                <p class="hint role-intro" aria-live="polite">{move || role.get().map(|r| crate::model::wording::role_intro(r, chosen.get()))}</p>
                <div class="field">
                    <label for="zelftest-label">"Naam of groep (niet verplicht)"</label>
                    <input id="zelftest-label" type="text" aria-describedby="zelftest-label-hint"
                        on:input=move |e| label.set(event_target_value(&e))/>
                    <p id="zelftest-label-hint" class="hint">"Deel je je resultaat? Dan ziet de begeleider deze naam. Die kan hem ook op het scherm aan de groep laten zien. Laat dit leeg om anoniem mee te doen."</p>
                </div>
                {move || error.get().map(|message| view! { <p role="alert" class="error">{message}</p> })}
                <button type="submit">"Zelftest starten"</button>
            </form>
            <section aria-labelledby="eerdere">
                <h2 id="eerdere">"Zelftests op dit apparaat"</h2>
                {move || {
                    let list = earlier.get();
                    if list.is_empty() {
                        return view! { <p class="empty">"Nog geen zelftests op dit apparaat."</p> }.into_any();
                    }
                    view! {
                        <ul class="record-list">
                            {list.into_iter().map(|a| {
                                let scale = content::scale_of(&a);
                                let result = a.result(&scale);
                                let answered = a.answered(scale.iter().map(|s| s.0));
                                let status = if answered == scale.len() {
                                    result.overall.map_or("klaar".to_string(), |s| format!("score {s} van 100"))
                                } else {
                                    format!("{answered} van {} beantwoord", scale.len())
                                };
                                let id = a.id.clone();
                                let text = describe(&a);
                                let link_text = text.clone();
                                view! {
                                    <li class="record">
                                        <div class="record-main">
                                            <a href=href(&routes::assessment(&a.id)) class="record-title">{link_text}</a>
                                            <p class="record-meta">{status}</p>
                                        </div>
                                        <button type="button" class="danger" aria-label=format!("Verwijderen: zelftest {text}") on:click=move |_| delete_assessment(store, notices, &id)>
                                            "Verwijderen"
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </article>
    }
}

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let id = crate::components::router::use_param("id");
    let assessment =
        Memo::new(move |_| store.data.with(|data| data.assessment(&id.get()).cloned()));
    let exists = Memo::new(move |_| assessment.with(|a| a.as_ref().map(|a| a.id.clone())));
    use_title(move || {
        if exists.get().is_some() {
            "Zelftest".to_string()
        } else {
            "Pagina niet gevonden".to_string()
        }
    });
    move || match exists.get() {
        Some(id) => view! { <AssessmentEditor id=id assessment=assessment/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}
