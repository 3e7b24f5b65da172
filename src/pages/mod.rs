//! One module per route. Pages compose components and state; they hold no business rules.

pub mod assessment;
pub mod checklists;
pub mod guidance;
pub mod not_found;
pub mod search;
pub mod start;
