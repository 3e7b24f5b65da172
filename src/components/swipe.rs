//! A sideways swipe on a touch screen (the zelftest's statements, the group's slides): more
//! than 60 px left or right and at least twice as far as up or down, from `touchstart` to
//! `touchend`.

use leptos::ev::TouchEvent;
use leptos::prelude::*;

/// Which way a finger swiped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swipe {
    /// To the left: on to the next.
    Left,
    /// To the right: back to the previous.
    Right,
}

/// The `on:touchstart` and `on:touchend` handlers that call `on_swipe` after a sideways swipe.
pub fn swipe_handlers(
    on_swipe: impl Fn(Swipe) + Copy + 'static,
) -> (
    impl Fn(TouchEvent) + Copy + 'static,
    impl Fn(TouchEvent) + Copy + 'static,
) {
    let start = StoredValue::new(None::<(i32, i32)>);
    let on_touch_start = move |event: TouchEvent| {
        start.set_value(
            event
                .changed_touches()
                .get(0)
                .map(|touch| (touch.client_x(), touch.client_y())),
        );
    };
    let on_touch_end = move |event: TouchEvent| {
        let (Some((x0, y0)), Some(touch)) = (start.get_value(), event.changed_touches().get(0))
        else {
            return;
        };
        start.set_value(None);
        let (dx, dy) = (touch.client_x() - x0, touch.client_y() - y0);
        if dx.abs() > 60 && dx.abs() > 2 * dy.abs() {
            on_swipe(if dx < 0 { Swipe::Left } else { Swipe::Right });
        }
    };
    (on_touch_start, on_touch_end)
}
