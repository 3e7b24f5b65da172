//! The domain as plain data and pure functions: no Leptos, no browser. Tested natively.

pub mod assessment;
pub mod checklist;
pub mod copies;
pub mod dataset;
pub mod evaluation;
pub mod export_meta;
pub mod fold;
#[cfg(feature = "all-kinds")]
pub mod group;
pub mod ids;
pub mod import;
pub mod json;
pub mod merge;
pub mod migrate;
pub mod raw;
#[cfg(feature = "all-kinds")]
pub mod recent;
pub mod record;
pub mod search;
pub mod share;
pub mod timestamp;
pub mod unknown;
pub mod wording;
pub mod words;
pub mod worksheet;
