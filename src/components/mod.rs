//! Reusable view pieces shared by the pages.

pub mod actions;
pub mod content_body;
pub mod done_here;
pub mod filters;
pub mod form;
pub mod kept;
pub mod layout;
pub mod modal;
pub mod paths;
pub mod router;
pub mod save_status;
pub mod scanner;
pub mod score_chart;
pub mod share;
pub mod swipe;
pub mod title;
pub mod update;
