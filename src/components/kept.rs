//! The pre-rendered answer form of `/zelftest` and `/checklists?nieuw=…` when the app starts
//! (issue 26; `answer_first`, `public/answer-first.js`): taken out of the body before the app
//! empties it, shown again by the start page in place of the app's own form until the
//! participant's first answer, then turned into a record (`model::kept`) through the store,
//! with the app's editor opened at the same statement. The inline script keeps and restores
//! the focus and the place on the screen: the app tells it with two window events,
//! `vooraf-weg` before the form leaves the page and `vooraf-terug` once the page that
//! follows is rendered; it tells the app `vooraf` after each answer or "… starten".

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

use crate::components::router::use_navigate;
use crate::model::dataset::Kind;
use crate::store::{local, SaveStatus, Store};

/// What [`take_over`] gives: one function, called from more than one place (not inlined
/// into each: the participant's wasm is tight).
pub type TakeOver = Rc<dyn Fn() -> bool>;

thread_local! {
    static FORM: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    static STEP: Cell<usize> = const { Cell::new(0) };
}

fn tell(name: &str) {
    if let Ok(event) = web_sys::Event::new(name) {
        let _ = window().dispatch_event(&event);
    }
}

/// Called by `app::mount` before it empties the body: keeps the answer form, if the page has
/// one (the script keeps where the participant was).
pub fn keep_form() {
    let Some(form) = document().get_element_by_id("vooraf") else {
        return;
    };
    tell("vooraf-weg");
    form.remove();
    FORM.with(|f| *f.borrow_mut() = Some(form));
}

/// The statement a phone showed in the form when the app took over (for the editor's first
/// statement), once; 0 after.
pub fn take_step() -> usize {
    STEP.with(|s| s.replace(0))
}

/// For a start page: when the fields kept before the app make a record, takes them over
/// (`take_over`) at once; else puts the kept form, if the page came with one (for a
/// checklist: the `list` its address names), in place of the element `own` (the page's own
/// form, rendered as always: the page's view stays as it was), before the page is painted,
/// and takes over after each answer until that makes the record. Returns whether there is a
/// kept form to show.
pub fn answer_form(own: &'static str, list: Option<&str>, take_over: TakeOver) -> bool {
    let form = FORM
        .with(|f| f.borrow().clone())
        .filter(|form| list.is_none() || form.get_attribute("data-lijst").as_deref() == list);
    let first = take_over.clone();
    let shown = form.clone();
    // Right after the page is mounted (a microtask of the same task): no tap or keystroke can
    // reach the page's own form first, which a frame's wait allowed (WebKit's MiniBrowser
    // delays frames).
    let done = StoredValue::new(false);
    Effect::new(move |_| {
        if done.get_value() {
            return;
        }
        done.set_value(true);
        if first() {
            return;
        }
        let slot = document().get_element_by_id(own);
        if let (Some(slot), Some(form)) = (slot, shown.as_ref()) {
            let _ = slot.replace_with_with_node_1(form);
            tell("vooraf-terug");
        }
    });
    if form.is_none() {
        return false;
    }
    let listener = window_event_listener_untyped("vooraf", move |_| {
        take_over();
    });
    on_cleanup(move || listener.remove());
    true
}

/// Takes the kept form off the page for good (the page shows its own form instead).
pub fn remove_form() {
    if let Some(form) = FORM.with(|f| f.borrow_mut().take()) {
        form.remove();
    }
}

/// Adds the record the fields kept under `key` make (`make(raw, id)`) through the store and
/// forgets the kept fields once the record is stored (until then a reload finds them);
/// returns its id.
pub fn keep_record<R: Kind>(
    store: Store,
    key: &str,
    make: &dyn Fn(&str, String) -> Option<R>,
) -> Option<String> {
    let raw = local::read(key).ok().flatten()?;
    let id = crate::browser::new_id();
    let record = make(&raw, id.clone())?;
    store.add(record);
    // A new record is written at once; the status says whether it was.
    if matches!(store.status.get_untracked(), SaveStatus::Saved) {
        let _ = local::remove(key);
    }
    Some(id)
}

/// A function that takes over the fields kept under `key` ([`keep_record`]) and opens
/// `{path}/{id}` at the statement the participant was at (the script puts the focus and
/// the place on the screen back). Returns whether it did.
pub fn take_over<R: Kind>(
    store: Store,
    key: String,
    path: &'static str,
    make: fn(&str, String) -> Option<R>,
) -> TakeOver {
    let navigate = use_navigate();
    Rc::new(move || {
        let Some(id) = keep_record(store, &key, &make) else {
            return false;
        };
        if let Some(form) = FORM.with(|f| f.borrow_mut().take()) {
            // A few digits the script wrote (no `str::parse` in the wasm for it).
            let step = form.get_attribute("data-stap").unwrap_or_default();
            let step = step.bytes().fold(0usize, |n, b| {
                n.saturating_mul(10)
                    .saturating_add(usize::from(b.wrapping_sub(b'0') % 10))
            });
            STEP.with(|s| s.set(step));
            if form.is_connected() {
                tell("vooraf-weg");
            }
        }
        navigate(&format!("{path}/{id}"), false, false);
        // The script waits for the editor's rendering (a microtask) before it looks.
        tell("vooraf-terug");
        true
    })
}
