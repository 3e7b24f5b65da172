//! Entry point of the zelftest's app (`/zelftest`, `/zelftest/{id}`): the smallest wasm that
//! runs the self-assessment a workshop participant opens on a tablet. Nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    samenwerkingswijzer::app::mount(samenwerkingswijzer::app::ZelftestApp);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samenwerkingswijzer runs in the browser: use `trunk serve` (see README.md).");
}
