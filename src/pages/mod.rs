//! One module per route. Pages compose components and state; they hold no business rules.

pub mod agenda;
pub mod assessment;
pub mod checklists;
pub mod data;
pub mod evaluations;
pub mod examples;
pub mod group;
pub mod guidance;
pub mod not_found;
pub mod search;
pub mod start;
pub mod worksheets;
