//! Prints the answer forms that scripts/prerender.mjs writes into `/zelftest` and
//! `/checklists` (issue 26; `samenwerkingswijzer::answer_first`), as one JSON object
//! `{"zelftest": html, "checklists": html}`. Fails when the content breaks what the forms
//! rely on. Usage: `cargo run --quiet --example answer_first`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use samenwerkingswijzer::answer_first::{check, checklists_form, zelftest_form};
    if let Err(message) = check() {
        eprintln!("answer_first: {message}");
        std::process::exit(1);
    }
    let forms = serde_json::json!({
        "zelftest": zelftest_form(),
        "checklists": checklists_form(),
    });
    println!("{forms}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
