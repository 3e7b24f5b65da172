//! Prints the app's own rendering of the routes given as arguments, as one JSON object
//! `{route: {"title": …, "body": html}}`, for scripts/prerender.mjs (`app::render`: the app's
//! views rendered natively by Leptos, no browser). Needs the `ssr` feature:
//! `cargo run --quiet --features ssr --example prerender -- / /handreikingen …`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut pages = serde_json::Map::new();
    for route in std::env::args().skip(1) {
        let (body, title) = samenwerkingswijzer::app::render(&route);
        pages.insert(route, serde_json::json!({ "title": title, "body": body }));
    }
    println!("{}", serde_json::Value::Object(pages));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
