//! `/groep`: the facilitator's group overview. Results come in by file, by share link (the
//! `#d…` fragment, asked before adding), by scanning QR codes with the camera or from this
//! device ([`intake`]); the sections ([`summary`]) show what `model::group` computes; the
//! presentation ([`presentation`]) shows them one per screen for a projector; [`export`]
//! downloads them. A new section is one more component in `summary` placed below (and, for
//! the projector, one more `model::group::Slide`).

mod export;
mod intake;
mod mirror;
mod presentation;
mod summary;

use leptos::prelude::*;

use crate::components::actions::{use_notices, PrintButton};
use crate::components::layout::Breadcrumb;
use crate::components::title::use_title;
use crate::model::assessment::Direction;
use crate::model::group::describe;
use crate::routes;
use crate::store::group::GroupStore;

use intake::{AddResults, Intake, ReceivedDialog};
use mirror::MirrorSection;
use presentation::Presentation;
use summary::{
    ChecklistSummary, Differences, Members, Overview, Points, StatementGroup, StatementsHint,
};

#[component]
pub fn GroupPage() -> impl IntoView {
    use_title(|| "Groepsoverzicht".to_string());
    let group = GroupStore::open();
    let intake = Intake::new(group);
    let notices = use_notices();
    let presenting = RwSignal::new(false);
    // Names participants typed reach the projector only when the facilitator chooses so.
    let show_names = RwSignal::new(false);
    let summary = Memo::new(move |_| group.data.with(describe::summary_of));
    let mirror = Memo::new(move |_| group.data.with(describe::mirror_of));
    let lists = Memo::new(move |_| {
        group
            .data
            .with(|d| describe::checklist_stats(&d.checklists))
    });
    // After the presentation closes, focus goes back to "Presenteren" (re-created then).
    let present_ref = NodeRef::<leptos::html::Button>::new();
    let return_focus = RwSignal::new(false);
    Effect::new(move |was: Option<bool>| {
        let now_presenting = presenting.get();
        if was == Some(true) && !now_presenting {
            return_focus.set(true);
        }
        now_presenting
    });
    Effect::new(move |_| {
        if let Some(button) = present_ref.get() {
            // The old, detached button may still be held until the new one mounts.
            if return_focus.get() && button.is_connected() {
                let _ = button.focus();
                return_focus.set(false);
            }
        }
    });

    let clear = move |_| {
        let before = group.clear();
        intake.message.set(None);
        notices.show(
            "Het groepsoverzicht is gewist.",
            Some(std::sync::Arc::new(move || group.put_back(&before))),
        );
    };

    view! {
        <article class="page group-page">
            <Breadcrumb trail=vec![routes::Page::Group.here()]/>
            <h1>"Groepsoverzicht"</h1>
            <p class="lead">"Verzamel de resultaten van een werkatelier: via bestanden, gedeelde links of dit apparaat. Alles blijft op dit apparaat tot je het wist."</p>
            <ReceivedDialog intake=intake/>
            <AddResults intake=intake/>

            {move || {
                let s = summary.get();
                let checklists = group.data.with(|d| d.checklists.clone());
                if presenting.get() {
                    return view! { <Presentation summary=summary mirror=mirror checklists=lists presenting=presenting show_names=show_names/> }.into_any();
                }
                if s.participants == 0 && checklists.is_empty() {
                    return view! { <p class="empty">"Nog geen resultaten. Voeg hierboven de resultaten van de deelnemers toe."</p> }.into_any();
                }
                view! {
                    <div class="page-actions no-print">
                        <button type="button" node_ref=present_ref on:click=move |_| presenting.set(true)>"Presenteren"</button>
                        <PrintButton/>
                        <button type="button" class="secondary" on:click=move |_| export::export_json(group, notices)>"Exporteren"</button>
                        <button type="button" class="secondary" on:click=move |_| export::export_csv(group, notices)>"Exporteren als CSV"</button>
                        <button type="button" class="danger" on:click=clear>"Groepsoverzicht wissen"</button>
                    </div>
                    <label class="check-single no-print">
                        <input type="checkbox" id="namen-tonen" prop:checked=move || show_names.get()
                            on:change=move |e| show_names.set(event_target_checked(&e))/>
                        <span>"Namen van deelnemers tonen in de presentatie"</span>
                    </label>
                    <p class="hint no-print">"De CSV gebruikt puntkomma’s en UTF-8, zodat hij goed opent in Excel met Nederlandse instellingen."</p>
                    <Overview summary=s.clone()/>
                    <Members group=group/>
                    <MirrorSection mirror=mirror.get()/>
                    // One explanation and legend above both statement groups.
                    <StatementsHint/>
                    <StatementGroup summary=s.clone() direction=Direction::Helps/>
                    <StatementGroup summary=s.clone() direction=Direction::Avoid/>
                    <div class="group-pair">
                        <Differences summary=s.clone()/>
                        <Points summary=s/>
                    </div>
                    <ChecklistSummary checklists=checklists/>
                }.into_any()
            }}
        </article>
    }
}
