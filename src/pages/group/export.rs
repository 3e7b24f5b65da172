//! The group's downloads: the collected results as JSON (to import again) and the summary as
//! CSV for a spreadsheet (`model::group::csv`).

use leptos::prelude::*;

use crate::browser::{now, today};
use crate::components::actions::Notices;
use crate::content;
use crate::model::group::{self, describe};
use crate::store::group::GroupStore;
use crate::transfer::download::{download_text, NOT_CONVERTED};

/// Downloads the group as a JSON envelope; a failure is shown as a notice.
pub fn export_json(group: GroupStore, notices: Notices) {
    let text = group
        .data
        .with_untracked(|d| crate::model::json::to_string_pretty(&d.stamped(&now())));
    let result = text.map_err(|_| NOT_CONVERTED.to_string()).and_then(|t| {
        download_text(
            &format!("samenwerkingswijzer-groep-{}.json", today()),
            "application/json",
            &t,
        )
    });
    if let Err(e) = result {
        notices.show(e, None);
    }
}

/// Downloads the summary and the checklists' counts as one CSV; a failure is a notice.
pub fn export_csv(group: GroupStore, notices: Notices) {
    let (summary, lists, mirror) = group.data.with_untracked(|d| {
        (
            describe::summary_of(d),
            describe::checklist_stats(&d.checklists),
            describe::mirror_of(d),
        )
    });
    let mut text = group::csv(&summary, describe::statement_text);
    text.push_str(&group::checklists_csv(
        &lists,
        |list| content::list(list).map_or_else(|| list.to_string(), |l| l.title.to_string()),
        content::answers,
        describe::item_text,
    ));
    text.push_str(&crate::model::mirror::csv(
        &mirror,
        describe::statement_text,
    ));
    if let Err(e) = download_text(
        &format!("samenwerkingswijzer-groep-{}.csv", today()),
        "text/csv;charset=utf-8",
        &text,
    ) {
        notices.show(e, None);
    }
}
