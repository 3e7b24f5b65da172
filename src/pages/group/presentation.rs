//! The group overview as full-screen slides for a projector (`model::group::slides` decides
//! which): one section, or one page of a long one, per slide; keys, buttons and swipes move.

use leptos::prelude::*;

use crate::model::group::{self, describe, GroupSummary, ListStats, Slide};

use super::mirror::MirrorSection;
use super::summary::{ChecklistTable, Differences, Overview, Points, StatementGroup};

/// Full-screen slides for a projector: overview, the two statement groups, differences,
/// strongest and weakest, and the checklists; each slide fits the screen (long parts are
/// split, and a slide that still overflows is scaled down). Enter, →, Page Down, space, a
/// swipe to the left or "Volgende" go on; ←, Page Up or a swipe to the right go back;
/// Escape or "Sluiten" close. Focus starts on "Volgende", so Enter goes on.
#[component]
pub fn Presentation(
    summary: Memo<GroupSummary>,
    mirror: Memo<crate::model::mirror::Mirror>,
    checklists: Memo<Vec<ListStats>>,
    presenting: RwSignal<bool>,
    /// Whether the overview slide lists the names participants typed.
    show_names: RwSignal<bool>,
) -> impl IntoView {
    let slides = Memo::new(move |_| {
        checklists.with(|lists| summary.with(|s| group::slides(s, lists, describe::direction_of)))
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
            "Escape" => presenting.set(false),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    // Swipes on a tablet.
    let touch_start = StoredValue::new(None::<(i32, i32)>);
    let on_touch_start = move |ev: leptos::ev::TouchEvent| {
        if let Some(t) = ev.changed_touches().get(0) {
            touch_start.set_value(Some((t.client_x(), t.client_y())));
        }
    };
    let on_touch_end = move |ev: leptos::ev::TouchEvent| {
        let (Some((x0, y0)), Some(t)) = (touch_start.get_value(), ev.changed_touches().get(0))
        else {
            return;
        };
        touch_start.set_value(None);
        let (dx, dy) = (t.client_x() - x0, t.client_y() - y0);
        if dx.abs() > 60 && dx.abs() > 2 * dy.abs() {
            if dx < 0 {
                next();
            } else {
                previous();
            }
        }
    };

    // Every slide starts at its top and is scaled down if it still does not fit.
    let frame_ref = NodeRef::<leptos::html::Div>::new();
    let body_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        slide.track();
        let (Some(frame), Some(body)) = (frame_ref.get(), body_ref.get()) else {
            return;
        };
        frame.set_scroll_top(0);
        let _ = web_sys::HtmlElement::style(&body).set_property("zoom", "1");
        request_animation_frame(move || {
            // Both measured from the presentation's top (its `position: fixed` makes it the
            // offset parent of both).
            let room = f64::from(frame.offset_top() + frame.client_height() - body.offset_top());
            let needed = f64::from(body.scroll_height()) + 4.0;
            if needed > room && needed > 0.0 {
                let zoom = (room / needed).max(0.5);
                let _ =
                    web_sys::HtmlElement::style(&body).set_property("zoom", &format!("{zoom:.3}"));
            }
        });
    });
    // Focus starts on "Volgende" (not "Sluiten"), so Enter goes on.
    let next_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = next_ref.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="presentation" role="dialog" aria-modal="true" aria-label="Presentatie van het groepsoverzicht"
            on:touchstart=on_touch_start on:touchend=on_touch_end>
            <div class="slide" node_ref=frame_ref>
                <div class="slide-body" node_ref=body_ref data-slide=move || slide.get() + 1>
                    {move || {
                        let s = summary.get();
                        let current = slides.with(|all| all.get(slide.get()).cloned());
                        match current {
                            None | Some(Slide::Overview) => view! { <Overview summary=s hide_names=!show_names.get_untracked()/> }.into_any(),
                            Some(Slide::Mirror) => view! { <MirrorSection mirror=mirror.get() slide=true/> }.into_any(),
                            Some(Slide::Statements(direction, page, pages)) => view! { <StatementGroup summary=s direction=direction page=(page, pages)/> }.into_any(),
                            Some(Slide::Differences) => view! { <Differences summary=s/> }.into_any(),
                            Some(Slide::Points) => view! { <Points summary=s/> }.into_any(),
                            Some(Slide::Checklist(list, page, pages)) => {
                                let found = checklists.with(|lists| lists.iter().find(|(l, _, _)| *l == list).cloned());
                                found.map(|(list, copies, items)| view! { <ChecklistTable list=list copies=copies items=items page=(page, pages)/> }).into_any()
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
