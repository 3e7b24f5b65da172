//! Entry point of the checklists' app (`/checklists`, `/checklists/{id}`, a checklist opened
//! from a handreiking): the smallest wasm for the lists a workshop participant fills in on a
//! tablet. Nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    samenwerkingswijzer::app::mount(samenwerkingswijzer::app::ChecklistsApp);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samenwerkingswijzer runs in the browser: use `trunk serve` (see README.md).");
}
