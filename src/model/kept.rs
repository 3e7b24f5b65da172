//! Answers given before the app ran (issue 26): the pre-rendered forms of `/zelftest` and
//! `/checklists?nieuw=…` keep every field as it is given in localStorage
//! (`public/answer-first.js`), and the app turns what was kept into a record when it starts.
//! The kept text is a JSON object of control name → value, as the form's controls name them:
//! `rol`, `perspectief`, `naam` and each statement id (`"1"`…`"5"`, `"weet-niet"`) for the
//! zelftest; `lijst`, `titel`, `datum`, each item id (an [`ItemState`] key) and
//! `notitie-<item>` for a checklist.

use std::collections::BTreeMap;

use crate::content;
use crate::model::assessment::{Answer, Assessment, Perspective, Role};
use crate::model::checklist::{FilledChecklist, ItemState};

/// Every key this app keeps answers under starts with this; "Alles verwijderen" removes them
/// with the rest of the app's keys (they share the app's prefix).
pub const KEPT_PREFIX: &str = "samenwerkingswijzer.vooraf.";
/// The zelftest's kept answers.
pub const ZELFTEST_KEY: &str = "samenwerkingswijzer.vooraf.zelftest";
/// A checklist's kept answers: this prefix and the list id.
pub const CHECKLIST_PREFIX: &str = "samenwerkingswijzer.vooraf.checklist.";

/// The kept fields; anything unreadable counts as nothing kept.
pub fn fields(raw: &str) -> BTreeMap<String, String> {
    serde_json::from_str::<BTreeMap<String, serde_json::Value>>(raw)
        .map(|map| {
            map.into_iter()
                .filter_map(|(k, v)| v.as_str().map(|v| (k, v.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

/// An answer as the form's radio value says it.
pub fn answer_of(value: &str) -> Option<Answer> {
    match value {
        "weet-niet" => Some(Answer::DontKnow),
        "1" | "2" | "3" | "4" | "5" => value.parse().ok().map(Answer::Scale),
        _ => None,
    }
}

/// The zelftest the kept fields describe, with the answers to the statements its role is
/// asked; `None` until at least one of them is answered (the app takes over from the form at
/// the first answer, so a role or a name alone stays in the form), unless `started` ("Zelftest
/// starten" was pressed: a role is enough).
pub fn assessment(raw: &str, id: String, now: &str, started: bool) -> Option<Assessment> {
    let fields = fields(raw);
    let role = Role::from_key(fields.get("rol")?)?;
    let chosen = match fields.get("perspectief").map(String::as_str) {
        Some("gemeente") => Some(Perspective::Gemeente),
        Some("partner") => Some(Perspective::Partner),
        _ => None,
    };
    if role == Role::Anders && chosen.is_none() {
        return None;
    }
    let label = fields.get("naam").map_or("", String::as_str);
    let mut assessment = Assessment::start(id, role, chosen, label, now);
    for statement in content::statements_of(&assessment) {
        if let Some(answer) = fields.get(statement.id).and_then(|v| answer_of(v)) {
            assessment.answer(statement.id, answer, now);
        }
    }
    (started || !assessment.answers.is_empty()).then_some(assessment)
}

/// The checklist the kept fields describe (any field given counts: the form's title, date
/// and notes are the editor's own), or `None` for a list that is not a checklist.
pub fn checklist(raw: &str, id: String, today: &str, now: &str) -> Option<FilledChecklist> {
    let fields = fields(raw);
    let list = content::list(fields.get("lijst")?).filter(|l| l.checklist)?;
    let date = fields
        .get("datum")
        .filter(|d| !d.trim().is_empty())
        .map_or(today, String::as_str);
    let title = fields.get("titel").cloned().unwrap_or_default();
    let mut filled = FilledChecklist::new(id, list.id, title, date.to_string(), now);
    for item in list.items {
        let state = fields
            .get(item.id)
            .and_then(|v| ItemState::ALL.into_iter().find(|s| s.key() == v));
        if state.is_some() {
            filled.set_state(item.id, state, now);
        }
        if let Some(note) = fields.get(&format!("notitie-{}", item.id)) {
            if !note.trim().is_empty() {
                filled.set_note(item.id, note.clone(), now);
            }
        }
    }
    Some(filled)
}
