//! "Klaar op dit apparaat": a participant's last step on a shared device. It says what goes,
//! removes their own record and every copy of it (`Store::forget`), and offers "Ongedaan
//! maken" only while the page that removed it stays open (the state lives in that page).

use leptos::prelude::*;

use crate::components::paths::href;
use crate::model::dataset::Kind;
use crate::store::copies::Forgotten;
use crate::store::Store;

/// What "Klaar op dit apparaat" removed, held by the page (see the module).
pub type Done<R> = RwSignal<Option<Forgotten<R>>>;

/// The offer at the end of a record's page, with its confirmation. `what` names the record
/// ("je zelftest"), `name` says which one, `contents` what it holds ("met je antwoorden").
#[component]
pub fn DoneHere<R: Kind>(
    id: String,
    what: &'static str,
    #[prop(into)] name: Signal<String>,
    contents: &'static str,
    done: Done<R>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let copies = RwSignal::new(0usize);
    let id = StoredValue::new(id);
    let open = move |_| {
        copies.set(id.with_value(|id| store.copies_holding(id)));
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let confirm = move |_| {
        close();
        if let Some(forgotten) = id.with_value(|id| store.forget::<R>(id)) {
            done.set(Some(forgotten));
        }
    };
    view! {
        <section class="done-here no-print" aria-labelledby="klaar-kop">
            <h2 id="klaar-kop">"Klaar op dit apparaat?"</h2>
            <p>{format!("Is dit een gedeeld apparaat? Haal {what} er dan af als je klaar bent en gedeeld of geëxporteerd hebt wat je wilt houden, zodat de volgende deelnemer niets van je ziet.")}</p>
            <button type="button" class="secondary" on:click=open>"Klaar op dit apparaat"</button>
            <dialog node_ref=dialog class="confirm-dialog" aria-labelledby="klaar-vraag">
                <h2 id="klaar-vraag">{format!("{} van dit apparaat halen?", capitalized(what))}</h2>
                <p>{move || {
                    let n = copies.get();
                    let extra = match n {
                        0 => String::new(),
                        1 => ", ook uit de reservekopie waar hij in staat".to_string(),
                        n => format!(", ook uit de {n} reservekopieën waar hij in staat"),
                    };
                    format!(
                        "{} “{}” {contents} verdwijnt van dit apparaat{extra}. Wat je gedeeld of geëxporteerd hebt, blijft waar het is.",
                        capitalized(what),
                        name.get()
                    )
                }}</p>
                <div class="dialog-actions">
                    <button type="button" class="danger" on:click=confirm>"Ja, van dit apparaat halen"</button>
                    <button type="button" class="secondary" on:click=move |_| close()>"Annuleren"</button>
                </div>
            </dialog>
        </section>
    }
}

/// The page after "Klaar op dit apparaat": what happened, "Ongedaan maken" while it is open,
/// and the way to start for the next participant (`next`: path and link text).
#[component]
pub fn DoneView<R: Kind>(
    what: &'static str,
    done: Done<R>,
    next: (&'static str, &'static str),
) -> impl IntoView {
    let store = expect_context::<Store>();
    let undo = move |_| {
        if let Some(forgotten) = done.get_untracked() {
            done.set(None);
            store.unforget(forgotten);
        }
    };
    view! {
        <article class="page done-page">
            <h1>"Klaar op dit apparaat"</h1>
            <p role="status">{format!("{} is van dit apparaat gehaald. Je kunt het apparaat doorgeven.", capitalized(what))}</p>
            <p>
                <button type="button" class="secondary" on:click=undo>"Ongedaan maken"</button>
                " kan zolang je op deze pagina blijft."
            </p>
            <p><a href=href(next.0)>{next.1}</a></p>
        </article>
    }
}

/// `what` with a capital first letter ("je zelftest" → "Je zelftest").
fn capitalized(what: &str) -> String {
    let mut chars = what.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
