//! Thin wrappers over browser APIs that the rest of the app needs as plain values: the time,
//! random record ids, media queries, dates in Dutch (Intl).

use crate::model::ids::uuid_v4;

/// The current time as RFC 3339 in UTC (`2026-11-29T10:57:27.000Z`).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The current time in milliseconds since 1970: the moment the model's checks take as an
/// argument (`model::import`, `model::timestamp`).
#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Rendered natively at build time (`app::render`): the system's clock.
#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_millis() as i64)
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// A new random record id (UUID v4). Uses `crypto.getRandomValues`, which, unlike
/// `crypto.randomUUID`, also exists on pages served over plain http.
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in bytes.iter_mut() {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid_v4(bytes)
}

/// Whether a CSS media query matches now (false when it cannot be evaluated).
pub fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}

thread_local! {
    /// The two `Intl.DateTimeFormat(...).format` functions (date; date and time), made once:
    /// a list of a thousand evaluations formats a thousand dates.
    static DATE_FORMATS: std::cell::OnceCell<[js_sys::Function; 2]> = const { std::cell::OnceCell::new() };
}

fn date_format(time: bool) -> js_sys::Function {
    use wasm_bindgen::JsValue;
    let make = |time: bool| {
        let options = js_sys::Object::new();
        let set = |key: &str, value: &str| {
            let _ =
                js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
        };
        set("day", "numeric");
        set("month", "long");
        set("year", "numeric");
        if time {
            set("hour", "2-digit");
            set("minute", "2-digit");
        }
        let locales = js_sys::Array::of1(&JsValue::from_str("nl-NL"));
        js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
    };
    DATE_FORMATS.with(|formats| {
        formats.get_or_init(|| [make(false), make(true)])[usize::from(time)].clone()
    })
}

/// Formats an RFC 3339 timestamp in the person's own time zone with `Intl.DateTimeFormat`
/// (`nl-NL`); `time` adds the hour ("1 december 2026 om 14:05"). Text that is no date is
/// returned as it is.
fn intl_date(timestamp: &str, time: bool) -> String {
    use wasm_bindgen::JsValue;
    let date = js_sys::Date::new(&JsValue::from_str(timestamp));
    if date.get_time().is_nan() {
        return timestamp.to_string();
    }
    date_format(time)
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| crate::model::ids::dutch_date(timestamp))
}

/// A timestamp's day in the person's time zone, in Dutch: "1 december 2026".
pub fn local_date(timestamp: &str) -> String {
    intl_date(timestamp, false)
}

/// A timestamp's day and time in the person's time zone, in Dutch: "1 december 2026 om 14:05".
pub fn local_date_time(timestamp: &str) -> String {
    intl_date(timestamp, true)
}

/// `element.getBoundingClientRect()[field]` ("top", "height" …), through `Reflect` so no
/// extra web-sys features are needed. 0 when it cannot be read.
pub fn rect(element: &web_sys::Element, field: &str) -> f64 {
    use wasm_bindgen::{JsCast, JsValue};
    js_sys::Reflect::get(element, &JsValue::from_str("getBoundingClientRect"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(element).ok())
        .and_then(|r| js_sys::Reflect::get(&r, &JsValue::from_str(field)).ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

/// Whether an element stays put while the page scrolls (`position: sticky` or `fixed`).
pub fn is_stuck(element: &web_sys::Element) -> bool {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window, &JsValue::from_str("getComputedStyle"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&window, element).ok())
        .and_then(|style| js_sys::Reflect::get(&style, &JsValue::from_str("position")).ok())
        .and_then(|p| p.as_string())
        .is_some_and(|p| p == "sticky" || p == "fixed")
}

/// Scrolls the page so `element`'s top sits just below whatever is stuck at the top of the
/// screen (the header, a progress line), found by `stuck_selectors`. With `if_hidden`, only
/// when part of the element is out of view.
pub fn scroll_below_sticky(element: &web_sys::Element, stuck_selectors: &[&str], if_hidden: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let covered: f64 = stuck_selectors
        .iter()
        .filter_map(|selector| document.query_selector(selector).ok().flatten())
        .filter(is_stuck)
        .map(|el| rect(&el, "height"))
        .sum();
    let top = rect(element, "top");
    let fits = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .is_some_and(|height| rect(element, "bottom") <= height);
    if if_hidden && top >= covered && fits {
        return;
    }
    let y = window.scroll_y().unwrap_or(0.0) + top - covered - 8.0;
    window.scroll_to_with_x_and_y(0.0, y.max(0.0));
}
