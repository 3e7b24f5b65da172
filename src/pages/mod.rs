//! One module per route. Pages compose components and state; they hold no business rules.
//! A page exists only in the builds that type the kinds it reads or edits (the features in
//! Cargo.toml: every bundle has every kind but the participant's two; see `model::raw`).

#[cfg(feature = "all-kinds")]
pub mod agenda;
#[cfg(feature = "assessments")]
pub mod assessment;
#[cfg(feature = "checklists")]
pub mod checklists;
#[cfg(feature = "all-kinds")]
pub mod data;
#[cfg(feature = "all-kinds")]
pub mod evaluations;
#[cfg(feature = "all-kinds")]
pub mod examples;
#[cfg(feature = "all-kinds")]
pub mod group;
pub mod guidance;
pub mod not_found;
pub mod search;
#[cfg(feature = "all-kinds")]
pub mod start;
#[cfg(feature = "all-kinds")]
pub mod worksheets;
