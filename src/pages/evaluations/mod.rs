//! The evaluations of collaboration cases: the list (`/evaluaties`), the editor of one
//! evaluation (`/evaluaties/{id}`) with its form sections, and its print view
//! (`?weergave=afdrukken`); `actions` holds what other pages share (create, export).

mod actions;
mod editor;
mod fields;
mod list;
mod print;

pub use actions::{create_evaluation, export_evaluation_ids};

/// The evaluation being edited: read from the store, changed only through it.
type Edit = crate::store::Editing<crate::model::evaluation::Evaluation>;
pub use editor::EvaluationPage;
pub use list::EvaluationsPage;
