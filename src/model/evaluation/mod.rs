//! An evaluation of a real collaboration case ("Evalueren van samenwerking"), built from the
//! seed's own concepts: the seven matters of maatwerk, the goede-samenwerkingspartner
//! behaviours, the valkuilen, regie vanuit de raad, and lessons for the ontwikkelagenda.
//! Untrusted evaluations (files, links, stored data) are checked where all records are:
//! `model::import`. One file a job:
//!
//! - `record`: the stored record and its parts, and the rules that create and change it;
//! - `keys`: the closed choices it is made of (status, phase, roles, …) and the score;
//! - `catalog`: the seed's fixed choices (matters, conditions, werkvormen, example cases);
//! - `progress`: how much of each editor section is filled in;
//! - `list`: search, filters and sorting of the evaluation list;
//! - `agenda`: the ontwikkelagenda and the evaluations of an example case;
//! - `text`: an evaluation in words (titles, period, parties) for lists and the print view.
//!
//! Content items are referred to by their stable ids (`zaak-doelen`, `helpen-03`,
//! `valkuil-07`, `voorbeeld-01`). Ids this version does not know are kept as they are, so
//! data from a newer content version survives a round trip.

mod agenda;
mod catalog;
mod keys;
mod list;
mod progress;
mod record;
mod text;

pub use agenda::*;
pub use catalog::*;
pub use keys::*;
pub use list::*;
pub use progress::*;
pub use record::*;
pub use text::*;
