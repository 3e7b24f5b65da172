//! A filled-in checklist: one of the content's lists, ticked off for a case or a meeting.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::order::sort_stable_by;
use crate::model::unknown::{keeps_unknown, Unknown};

/// The state of one checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ItemState {
    Done,
    NotDone,
    NotApplicable,
}

impl ItemState {
    pub const ALL: [ItemState; 3] = [
        ItemState::Done,
        ItemState::NotDone,
        ItemState::NotApplicable,
    ];

    /// The generic Dutch word; a checklist shows its own words (`ContentList::answer`).
    pub fn label(self) -> &'static str {
        match self {
            ItemState::Done => "Gedaan",
            ItemState::NotDone => "Niet gedaan",
            ItemState::NotApplicable => "N.v.t.",
        }
    }

    /// A stable short key for ids and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            ItemState::Done => "gedaan",
            ItemState::NotDone => "niet-gedaan",
            ItemState::NotApplicable => "nvt",
        }
    }
}

/// What was filled in for one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistEntry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ItemState>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", rename_all = "camelCase")]
pub struct FilledChecklist {
    pub id: String,
    pub created_at: String,
    pub updated_at: String,
    /// The content list this checklist is made from (e.g. `valkuilen`).
    pub list: String,
    pub title: String,
    /// The date of the case or meeting, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// Entries by stable content item id.
    #[serde(default)]
    pub items: BTreeMap<String, ChecklistEntry>,

    /// What the JSON it was read from held that this version does not know (kept and
    /// written back: `model::unknown`).
    #[serde(skip)]
    pub unknown: Unknown,
}

keeps_unknown!(FilledChecklist);

/// Counts of a checklist's progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChecklistProgress {
    pub done: usize,
    pub not_done: usize,
    pub not_applicable: usize,
    pub open: usize,
}

impl FilledChecklist {
    pub fn new(id: String, list: &str, title: String, date: String, now: &str) -> Self {
        FilledChecklist {
            id,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            list: list.to_string(),
            title,
            date,
            items: BTreeMap::new(),
            unknown: Unknown::default(),
        }
    }

    /// The title to show: its own, or `fallback` while it has none.
    pub fn display_title(&self, fallback: &str) -> String {
        if self.title.trim().is_empty() {
            fallback.to_string()
        } else {
            self.title.clone()
        }
    }

    pub fn entry(&self, item: &str) -> ChecklistEntry {
        self.items.get(item).cloned().unwrap_or_default()
    }

    /// Sets or clears an item's state (choosing the current state again clears it).
    pub fn set_state(&mut self, item: &str, state: Option<ItemState>, now: &str) {
        let entry = self.items.entry(item.to_string()).or_default();
        entry.state = state;
        self.tidy(item);
        self.updated_at = now.to_string();
    }

    pub fn set_note(&mut self, item: &str, note: String, now: &str) {
        self.items.entry(item.to_string()).or_default().note = note;
        self.tidy(item);
        self.updated_at = now.to_string();
    }

    /// Drops an entry that holds nothing, so "untouched" has one representation.
    fn tidy(&mut self, item: &str) {
        if self
            .items
            .get(item)
            .is_some_and(|e| e.state.is_none() && e.note.is_empty())
        {
            self.items.remove(item);
        }
    }

    /// Progress over the given item ids (the content list's items, in order).
    pub fn progress<'a>(&self, item_ids: impl IntoIterator<Item = &'a str>) -> ChecklistProgress {
        let mut progress = ChecklistProgress::default();
        for id in item_ids {
            match self.items.get(id).and_then(|e| e.state) {
                Some(ItemState::Done) => progress.done += 1,
                Some(ItemState::NotDone) => progress.not_done += 1,
                Some(ItemState::NotApplicable) => progress.not_applicable += 1,
                None => progress.open += 1,
            }
        }
        progress
    }
}

impl FilledChecklist {
    /// What a share link of this checklist carries, for the share panel: the title, the
    /// date, the answers and every note (`model::share::for_sharing` keeps them all).
    pub fn share_note(&self) -> String {
        let notes = self
            .items
            .values()
            .filter(|e| !e.note.trim().is_empty())
            .count();
        let mut parts = Vec::new();
        if !self.title.trim().is_empty() {
            parts.push(format!("de titel “{}”", self.title.trim()));
        }
        if !self.date.is_empty() {
            parts.push("de datum".to_string());
        }
        parts.push("je antwoorden".to_string());
        if notes > 0 {
            parts.push(format!(
                "je notities bij {}",
                crate::model::words::counted(notes, "punt", "punten")
            ));
        }
        let last = parts.pop().unwrap_or_default();
        let listed = if parts.is_empty() {
            last
        } else {
            format!("{} en {last}", parts.join(", "))
        };
        let mut text = format!("In de link staan {listed}.");
        if notes > 0 {
            text.push_str(" De begeleider kan je notities dus lezen.");
        }
        text
    }
}

/// The filled-in checklists as the checklists page lists them: last edited first.
pub fn newest_first(checklists: &[FilledChecklist]) -> Vec<FilledChecklist> {
    let mut list: Vec<&FilledChecklist> = checklists.iter().collect();
    sort_stable_by(&mut list, |a, b| b.updated_at.cmp(&a.updated_at));
    list.into_iter().cloned().collect()
}
