//! Thin wrappers over browser APIs that the rest of the app needs as plain values: the time,
//! random record ids, media queries.

use crate::model::ids::uuid_v4;

/// The current time as RFC 3339 in UTC (`2026-11-29T10:57:27.000Z`).
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
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
