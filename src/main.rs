//! Entry point: mounts the app in the browser. Nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    samenwerkingswijzer::app::mount(samenwerkingswijzer::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samenwerkingswijzer runs in the browser: use `trunk serve` (see README.md).");
}
