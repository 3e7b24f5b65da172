//! Prints the content pages as build.rs read them from their front matter, as one JSON array
//! `[{"path", "kind", "slug", "title", "short", "sentence"}]` in the guide's order, so the
//! scripts and tests (scripts/routes.mjs) never parse front matter themselves.
//! Usage: `cargo run --quiet --example pages`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use samenwerkingswijzer::content::{PageKind, PAGES};
    let pages: Vec<serde_json::Value> = PAGES
        .iter()
        .map(|page| {
            // The front matter's words for the kinds (content/README.md).
            let kind = match page.kind {
                PageKind::Start => "start",
                PageKind::Section => "sectie",
                PageKind::Handreiking => "handreiking",
            };
            serde_json::json!({
                "path": page.path,
                "kind": kind,
                "slug": page.slug,
                "title": page.title,
                "short": page.short,
                "sentence": page.summary(),
            })
        })
        .collect();
    println!("{}", serde_json::Value::Array(pages));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
