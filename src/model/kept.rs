//! Answers given before the app ran (issue 26): the pre-rendered forms of `/zelftest` and
//! `/checklists?nieuw=…` keep every field as it is given in localStorage
//! (`public/answer-first.js`), and the app turns what was kept into a record when it starts.
//! The kept text is the form's fields as `name=value` pairs joined by `&`, each part
//! percent-encoded (`encodeURIComponent`; no JSON parser in the participant's wasm for it,
//! which would cost 2.5 KB gzip), named as the form's controls name them:
//! `rol`, `perspectief`, `naam`, each statement id (`"1"`…`"5"`, `"weet-niet"`) and `start`
//! ("Zelftest starten" was pressed) for the zelftest; `lijst`, `titel`, `datum`, each item id (an [`ItemState`] key) and
//! `notitie-<item>` for a checklist.

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

/// How a kept value is percent-decoded: the browser's `decodeURIComponent` in the app
/// (`components::router::decode`, no decoder of its own in the wasm), any equal one in tests.
pub type Decode = fn(&str) -> String;

/// The kept field `name` (names are plain: `[a-z0-9-]`), decoded.
pub fn field(raw: &str, name: &str, decode: Decode) -> Option<String> {
    raw.split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| decode(value))
}

/// An answer as the form's radio value says it.
pub fn answer_of(value: &str) -> Option<Answer> {
    match value {
        "weet-niet" => Some(Answer::DontKnow),
        "1" => Some(Answer::Scale(1)),
        "2" => Some(Answer::Scale(2)),
        "3" => Some(Answer::Scale(3)),
        "4" => Some(Answer::Scale(4)),
        "5" => Some(Answer::Scale(5)),
        _ => None,
    }
}

/// The zelftest the kept fields describe, with the answers to the statements its role is
/// asked; `None` until at least one of them is answered (the app takes over from the form at
/// the first answer, so a role or a name alone stays in the form), unless "Zelftest starten"
/// was pressed (`start`: a role is enough).
pub fn assessment(raw: &str, id: String, now: &str, decode: Decode) -> Option<Assessment> {
    let role = Role::from_key(&field(raw, "rol", decode)?)?;
    let chosen = match field(raw, "perspectief", decode).as_deref() {
        Some("gemeente") => Some(Perspective::Gemeente),
        Some("partner") => Some(Perspective::Partner),
        _ => None,
    };
    if role == Role::Anders && chosen.is_none() {
        return None;
    }
    let label = field(raw, "naam", decode).unwrap_or_default();
    let mut assessment = Assessment::start(id, role, chosen, &label, now);
    for statement in content::statements_of(&assessment) {
        if let Some(answer) = field(raw, statement.id, decode).and_then(|v| answer_of(&v)) {
            assessment.answer(statement.id, answer, now);
        }
    }
    (field(raw, "start", decode).is_some() || !assessment.answers.is_empty()).then_some(assessment)
}

/// The checklist the kept fields describe (any field given counts: the form's title, date
/// and notes are the editor's own), or `None` for a list that is not a checklist.
pub fn checklist(
    raw: &str,
    id: String,
    today: &str,
    now: &str,
    decode: Decode,
) -> Option<FilledChecklist> {
    let list = content::list(&field(raw, "lijst", decode)?).filter(|l| l.checklist)?;
    let date = field(raw, "datum", decode)
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| today.to_string());
    let title = field(raw, "titel", decode).unwrap_or_default();
    let mut filled = FilledChecklist::new(id, list.id, title, date, now);
    for item in list.items {
        let state = field(raw, item.id, decode)
            .and_then(|v| ItemState::ALL.into_iter().find(|s| s.key() == v));
        if state.is_some() {
            filled.set_state(item.id, state, now);
        }
        if let Some(note) = field(raw, &format!("notitie-{}", item.id), decode) {
            if !note.trim().is_empty() {
                filled.set_note(item.id, note, now);
            }
        }
    }
    Some(filled)
}
