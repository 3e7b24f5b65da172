//! The domain as plain data and pure functions: no Leptos, no browser. Tested natively.

pub mod fold;
pub mod search;
