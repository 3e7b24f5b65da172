//! The pre-rendered answer form of `/zelftest` and `/checklists?nieuw=…` when the app starts
//! (issue 26; `answer_first`, `public/answer-first.js`): taken out of the body before the app
//! empties it, shown again by the start page in place of the app's own form until the
//! participant's first answer, then turned into a record (`model::kept`) through the store,
//! with the app's editor opened at the same statement, focus and scroll.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::rect;
use crate::components::router::use_navigate;
use crate::model::dataset::Kind;
use crate::store::{local, Store, DATA_KEY};

/// Where the participant was in the form: the focused control's id, a statement or item (a
/// selector that finds it in the app's editor too) with its top on the screen, the scroll
/// position, and the statement a phone showed.
#[derive(Clone, Default)]
struct Place {
    focus: Option<String>,
    anchor: Option<(String, f64)>,
    scroll_y: f64,
    step: usize,
}

thread_local! {
    static FORM: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    static PLACE: RefCell<Place> = RefCell::new(Place::default());
    static STEP: Cell<usize> = const { Cell::new(0) };
}

/// Called by `app::mount` before it empties the body: keeps the answer form, if the page has
/// one, and where the participant was in it.
pub fn keep_form() {
    let Some(form) = document().get_element_by_id("vooraf") else {
        return;
    };
    PLACE.with(|p| *p.borrow_mut() = place_in(&form));
    form.remove();
    FORM.with(|f| *f.borrow_mut() = Some(form));
}

/// The statement (or checklist item) an element is in, as a selector the editor also
/// answers to, or the element itself by id.
fn anchor_of(element: &web_sys::Element) -> Option<String> {
    if let Some(item) = element.closest("li").ok().flatten() {
        let name = item
            .query_selector("input[type=radio]")
            .ok()
            .flatten()
            .and_then(|input| input.get_attribute("name"))?;
        return Some(format!("input[name=\"{name}\"]"));
    }
    let id = element.id();
    (!id.is_empty()).then(|| format!("#{id}"))
}

fn place_in(form: &web_sys::Element) -> Place {
    let focused = document()
        .active_element()
        .filter(|active| form.contains(Some(active)));
    // The statements (or the shown list's items) that are on the page, in order.
    let mut visible: Vec<web_sys::Element> = Vec::new();
    let list = form
        .query_selector(".statements, div[data-lijst]:not([hidden]) .checklist-items")
        .ok()
        .flatten();
    let mut next = list.and_then(|l| l.first_element_child());
    while let Some(item) = next {
        next = item.next_element_sibling();
        if !item.has_attribute("hidden") {
            visible.push(item);
        }
    }
    let step = visible
        .iter()
        .position(|item| {
            item.get_attribute("class")
                .is_some_and(|c| c.split_whitespace().any(|c| c == "current"))
        })
        .unwrap_or(0);
    // The focused control's statement, else the first one on the screen.
    let anchored = focused.clone().or_else(|| {
        visible
            .iter()
            .find(|item| rect(item, "height") > 0.0 && rect(item, "top") >= 0.0)
            .cloned()
    });
    let anchor = anchored.and_then(|element| {
        let selector = anchor_of(&element)?;
        let target = element.closest("li").ok().flatten().unwrap_or(element);
        Some((selector, rect(&target, "top")))
    });
    Place {
        focus: focused.map(|f| f.id()).filter(|id| !id.is_empty()),
        anchor,
        scroll_y: window().scroll_y().unwrap_or(0.0),
        step,
    }
}

/// After the next render: the anchor back at its place on the screen, the focus back.
fn restore(place: Place) {
    request_animation_frame(move || {
        let anchor = place.anchor.as_ref().and_then(|(selector, top)| {
            let element = document().query_selector(selector).ok().flatten()?;
            let target = element.closest("li").ok().flatten().unwrap_or(element);
            Some(rect(&target, "top") - top)
        });
        let y = window().scroll_y().unwrap_or(0.0);
        window().scroll_to_with_x_and_y(0.0, anchor.map_or(place.scroll_y, |by| y + by));
        let focus = place
            .focus
            .as_deref()
            .and_then(|id| document().get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = focus {
            let y = window().scroll_y().unwrap_or(0.0);
            let _ = element.focus();
            window().scroll_to_with_x_and_y(0.0, y);
        }
    });
}

/// The statement a phone showed in the form when the app took over (for the editor's first
/// statement), once; 0 after.
pub fn take_step() -> usize {
    STEP.with(|s| s.replace(0))
}

/// For a start page: when the fields kept before the app make a record, takes them over
/// (`take_over`) at once; else shows the kept form, if the page came with one (for a
/// checklist: the `list` its address names), in a `<div>` where the page would show its own
/// form, and takes over after each answer (a radio button) until that makes the record, or
/// when the form's start button is pressed (`take_over(true)`). `None`: no kept form to
/// show, the page shows its own.
pub fn answer_form(
    list: Option<&str>,
    take_over: impl Fn(bool) -> bool + Clone + 'static,
) -> Option<AnyView> {
    let form = FORM
        .with(|f| f.borrow().clone())
        .filter(|form| list.is_none() || form.get_attribute("data-lijst").as_deref() == list);
    let slot = NodeRef::<leptos::html::Div>::new();
    let done = StoredValue::new(false);
    let shown = form.clone();
    let first = take_over.clone();
    Effect::new(move |_| {
        let slot = slot.get();
        if done.get_value() {
            return;
        }
        if first(false) {
            done.set_value(true);
            return;
        }
        if let (Some(slot), Some(form)) = (slot, shown.as_ref()) {
            let _ = slot.append_child(form);
            restore(PLACE.with(|p| std::mem::take(&mut *p.borrow_mut())));
        }
    });
    let form = form?;
    let watch = move |event: &web_sys::Event, started: bool| {
        let target = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let inside = target.is_some_and(|t| {
            form.contains(Some(&t))
                && (started || t.get_attribute("type").as_deref() == Some("radio"))
        });
        if inside && !done.get_value() && take_over(started) {
            done.set_value(true);
        }
    };
    let on_submit = {
        let watch = watch.clone();
        window_event_listener(leptos::ev::submit, move |event| watch(&event, true))
    };
    let on_change = window_event_listener(leptos::ev::change, move |event| watch(&event, false));
    on_cleanup(move || {
        on_change.remove();
        on_submit.remove();
    });
    Some(view! { <div node_ref=slot></div> }.into_any())
}

/// Adds the record the fields kept under `key` make (`make(raw, id)`) through the store and
/// forgets the kept fields once the record is stored (until then a reload finds them);
/// returns its id.
pub fn keep_record<R: Kind>(
    store: Store,
    key: &str,
    make: impl Fn(&str, String) -> Option<R>,
) -> Option<String> {
    let raw = local::read(key).ok().flatten()?;
    let id = crate::browser::new_id();
    let record = make(&raw, id.clone())?;
    store.add(record);
    if matches!(local::read(DATA_KEY), Ok(Some(data)) if data.contains(&id)) {
        let _ = local::remove(key);
    }
    Some(id)
}

/// A function that takes over the fields kept under `key` ([`keep_record`]; `make` gets
/// whether the start button was pressed) and opens `{path}/{id}` at the place the
/// participant was. Returns whether it did.
pub fn take_over<R: Kind>(
    store: Store,
    key: String,
    path: &'static str,
    make: impl Fn(&str, String, bool) -> Option<R> + Clone + 'static,
) -> impl Fn(bool) -> bool + Clone + 'static {
    let navigate = use_navigate();
    move |started| {
        let place = match FORM.with(|f| f.borrow().clone()) {
            Some(form) if form.is_connected() => place_in(&form),
            _ => PLACE.with(|p| p.borrow().clone()),
        };
        let make = make.clone();
        let Some(id) = keep_record(store, &key, move |raw: &str, id| make(raw, id, started)) else {
            return false;
        };
        FORM.with(|f| f.borrow_mut().take());
        STEP.with(|s| s.set(place.step));
        navigate(&format!("{path}/{id}"), false, false);
        restore(place);
        true
    }
}
