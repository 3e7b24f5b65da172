//! Entry point of the evaluations app (the list and the editor): loaded only when an
//! evaluation page is opened. Nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    samenwerkingswijzer::app::mount(samenwerkingswijzer::app::EvaluationsApp);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samenwerkingswijzer runs in the browser: use `trunk serve` (see README.md).");
}
