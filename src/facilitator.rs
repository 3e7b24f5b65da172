//! Entry point of the facilitator's data tools (groep, gegevens): loaded only when one of
//! them is opened. Nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    samenwerkingswijzer::app::mount(samenwerkingswijzer::app::FacilitatorApp);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samenwerkingswijzer runs in the browser: use `trunk serve` (see README.md).");
}
