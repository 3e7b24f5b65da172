//! "Verder waar je was": the most recently changed records of every kind, for the start page.

use crate::model::dataset::Dataset;
use crate::model::record::Record;

/// One recently changed record, ready to link to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentItem {
    /// The app path of the record (`/zelftest/{id}` …).
    pub path: String,
    /// What kind of record, in Dutch ("Checklist", "Zelftest", "Evaluatie").
    pub kind: &'static str,
    pub title: String,
    pub updated_at: String,
}

fn or_untitled(title: &str, untitled: &str) -> String {
    if title.trim().is_empty() {
        untitled.to_string()
    } else {
        title.trim().to_string()
    }
}

/// The `limit` most recently changed records, newest first.
pub fn recent(data: &Dataset, limit: usize) -> Vec<RecentItem> {
    let mut items: Vec<RecentItem> = Vec::new();
    items.extend(data.checklists.iter().map(|c| RecentItem {
        path: crate::routes::checklist(c.id()),
        kind: "Checklist",
        title: or_untitled(&c.title, "Checklist zonder titel"),
        updated_at: c.updated_at().to_string(),
    }));
    items.extend(data.assessments.iter().map(|a| RecentItem {
        path: crate::routes::assessment(a.id()),
        kind: "Zelftest",
        title: if a.label.trim().is_empty() {
            a.role.label().to_string()
        } else {
            a.label.trim().to_string()
        },
        updated_at: a.updated_at().to_string(),
    }));
    items.extend(data.evaluations.iter().map(|e| RecentItem {
        path: crate::routes::evaluation(e.id()),
        kind: "Evaluatie",
        title: or_untitled(&e.title, "Evaluatie zonder titel"),
        updated_at: e.updated_at().to_string(),
    }));
    items.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.path.cmp(&b.path))
    });
    items.truncate(limit);
    items
}
