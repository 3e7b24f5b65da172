//! The group overview as full-screen slides for a projector (`model::group::slides` decides
//! which, and where a long part splits): one section, or one page of a long one, per slide;
//! keys, buttons and swipes move. The browser is asked for fullscreen where it allows it.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::components::swipe::{swipe_handlers, Swipe};
use crate::model::group::{self, describe, GroupSummary, ListStats, Slide};

use super::mirror::{difference_ids, MirrorSection};
use super::summary::{
    ChecklistTable, Differences, NamesSlide, Overview, PointsSlide, StatementGroup,
};

/// Calls the first of the methods `names` that `target` has (none: nothing happens, as on an
/// iPhone, which has no fullscreen for elements); a refusal (a rejected promise) is no error.
fn call_first(target: &JsValue, names: &[&str]) {
    let Some(method) = names.iter().find_map(|name| {
        js_sys::Reflect::get(target, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    }) else {
        return;
    };
    if let Ok(promise) = method
        .call0(target)
        .and_then(|r| r.dyn_into::<js_sys::Promise>())
    {
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// Leaves fullscreen if the page is in it.
fn exit_fullscreen() {
    let document: JsValue = document().into();
    let active = ["fullscreenElement", "webkitFullscreenElement"]
        .iter()
        .any(|name| {
            js_sys::Reflect::get(&document, &JsValue::from_str(name))
                .is_ok_and(|el| !el.is_null() && !el.is_undefined())
        });
    if active {
        call_first(&document, &["exitFullscreen", "webkitExitFullscreen"]);
    }
}

/// Full-screen slides for a projector: overview, the mirror, the two statement groups,
/// differences, strongest, weakest, and the checklists; each slide fits the screen at its full
/// text size (long parts are split). Enter, →, Page Down, space, a swipe to the left or
/// "Volgende" go on; ←, Page Up or a swipe to the right go back; Home and End go to the first
/// and the last slide; Escape or "Sluiten" close. Focus starts on "Volgende", so Enter goes on.
#[component]
pub fn Presentation(
    summary: Memo<GroupSummary>,
    mirror: Memo<crate::model::mirror::Mirror>,
    checklists: Memo<Vec<ListStats>>,
    presenting: RwSignal<bool>,
    /// Whether the overview slide lists the names participants typed.
    show_names: RwSignal<bool>,
) -> impl IntoView {
    let names = show_names.get_untracked();
    let slides = Memo::new(move |_| {
        let (differences, note) = mirror.with(|m| (difference_ids(m), m.left_out_old > 0));
        checklists.with(|lists| {
            summary.with(|s| {
                group::slides(s, &differences, note, lists, names, &describe::ContentTexts)
            })
        })
    });
    let count = move || slides.with(Vec::len);
    let slide = RwSignal::new(0usize);
    let next = move || slide.update(|s| *s = (*s + 1).min(count().saturating_sub(1)));
    let previous = move || slide.update(|s| *s = s.saturating_sub(1));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let on_control = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.closest("button, a").ok().flatten().is_some());
        match ev.key().as_str() {
            // Enter or Space on a focused button presses that button, as everywhere.
            "Enter" | " " if on_control => {}
            "Enter" | "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                next();
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                previous();
            }
            "Home" => {
                ev.prevent_default();
                slide.set(0);
            }
            "End" => {
                ev.prevent_default();
                slide.set(count().saturating_sub(1));
            }
            "Escape" => presenting.set(false),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    // Swipes on a tablet.
    let (on_touch_start, on_touch_end) = swipe_handlers(move |swipe| match swipe {
        Swipe::Left => next(),
        Swipe::Right => previous(),
    });

    // Every slide starts at its top (on a phone a slide may scroll; on a laptop or a
    // projector every slide fits, `model::group::slides`).
    let frame_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        slide.track();
        if let Some(frame) = frame_ref.get() {
            frame.set_scroll_top(0);
        }
    });
    // Fullscreen where the browser allows it (still within the tap on "Presenteren"), and
    // out of it when the presentation closes.
    let show_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(show) = show_ref.get() {
            call_first(
                &show.into(),
                &["requestFullscreen", "webkitRequestFullscreen"],
            );
        }
    });
    on_cleanup(exit_fullscreen);
    // Focus starts on "Volgende" (not "Sluiten"), so Enter goes on.
    let next_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = next_ref.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="presentation" node_ref=show_ref role="dialog" aria-modal="true" aria-label="Presentatie van het groepsoverzicht"
            on:touchstart=on_touch_start on:touchend=on_touch_end>
            <div class="slide" node_ref=frame_ref>
                <div class="slide-body" data-slide=move || slide.get() + 1>
                    {move || {
                        let s = summary.get();
                        let current = slides.with(|all| all.get(slide.get()).cloned());
                        match current {
                            None | Some(Slide::Overview) => {
                                let hide = !names || !group::names_fit(&s.labels);
                                view! { <Overview summary=s hide_names=hide/> }.into_any()
                            }
                            Some(Slide::Names) => view! { <NamesSlide summary=s/> }.into_any(),
                            Some(Slide::Mirror(page)) => view! { <MirrorSection mirror=mirror.get() page=page/> }.into_any(),
                            Some(Slide::Statements(direction, page)) => view! { <StatementGroup summary=s direction=direction page=page/> }.into_any(),
                            Some(Slide::Differences(page)) => view! { <Differences summary=s page=page/> }.into_any(),
                            Some(Slide::Strongest) => view! { <PointsSlide summary=s strongest=true/> }.into_any(),
                            Some(Slide::Weakest) => view! { <PointsSlide summary=s strongest=false/> }.into_any(),
                            Some(Slide::Checklist(list, page)) => {
                                let found = checklists.with(|lists| lists.iter().find(|(l, _, _)| *l == list).cloned());
                                found.map(|(list, copies, items)| view! { <ChecklistTable list=list copies=copies items=items page=page/> }).into_any()
                            }
                        }
                    }}
                </div>
            </div>
            <nav class="slide-nav" aria-label="Dia’s">
                <button type="button" class="secondary" on:click=move |_| previous() disabled=move || slide.get() == 0>"Vorige"</button>
                <span role="status">{move || format!("{} van {}", slide.get() + 1, count())}</span>
                <button type="button" node_ref=next_ref on:click=move |_| next() disabled=move || { slide.get() + 1 >= count() }>"Volgende"</button>
                <button type="button" class="secondary" on:click=move |_| presenting.set(false)>"Sluiten"</button>
            </nav>
        </div>
    }
}
