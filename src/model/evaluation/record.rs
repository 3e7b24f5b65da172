//! The stored evaluation and its parts (ratings, parties, lessons; the closed choices are
//! `keys`), and the rules that create, duplicate and change it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::unknown::{keeps_unknown, Unknown};

use super::keys::{Complexity, GovernmentRole, ParticipationLevel, Phase, Score, Status};
use crate::content;
use crate::model::evaluation::{example_complexity, WERKVORMEN};

/// A score with what went well and what could be better (one matter or condition).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rating {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub went_well: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub could_be_better: String,
}

impl Rating {
    pub fn is_empty(&self) -> bool {
        self.score.is_none() && self.went_well.is_empty() && self.could_be_better.is_empty()
    }
}

/// A party involved in the case, and its role in it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

/// A lesson for the ontwikkelagenda.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Lesson {
    /// Unique within its evaluation.
    pub id: String,
    #[serde(default)]
    pub text: String,
    /// The matter of maatwerk it belongs to (`zaak-*`), if tagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matter: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub action: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Whether the lesson is about maatschappelijke initiatieven (gathered into the
    /// succesfactoren worksheet).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub initiative: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", rename_all = "camelCase")]
pub struct Evaluation {
    pub id: String,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub status: Status,
    /// When the status last became "afgerond".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,

    // The case.
    pub title: String,
    /// The seed's example case this evaluates (`voorbeeld-01` … `voorbeeld-12`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complexity: Option<Complexity>,
    /// The kern (village or town) where it happened.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Start and end of the period, `YYYY-MM-DD` or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub period_start: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub period_end: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality_role: Option<GovernmentRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participation_level: Option<ParticipationLevel>,
    /// Names of the werkvormen used (suggestions from [`WERKVORMEN`], free text allowed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub werkvormen: Vec<String>,
    /// Why the parties worked together, and whether that came true.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub motives: String,

    /// Per matter of maatwerk, by content id (`zaak-belangen` …).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub matters: BTreeMap<String, Rating>,
    /// Openheid and duidelijkheid, by [`CONDITIONS`] key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub conditions: BTreeMap<String, Rating>,

    /// Helping behaviours shown (`helpen-*` ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub helped: Vec<String>,
    /// Behaviours to avoid that happened (`liever-niet-*` ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoided: Vec<String>,
    /// Valkuilen that occurred (`valkuil-*` id → note).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pitfalls: BTreeMap<String, String>,

    /// Whether the raad was involved; regie vanuit de raad is asked only then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub raad_involved: bool,
    /// Points of regie vanuit de raad that were put into practice (`regie-*` ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regie: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub regie_note: String,

    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<Lesson>,

    /// What the JSON it was read from held that this version does not know (kept and
    /// written back: `model::unknown`).
    #[serde(skip)]
    pub unknown: Unknown,
}

keeps_unknown!(Evaluation);

impl Evaluation {
    pub fn new(id: String, title: String, now: &str) -> Self {
        Evaluation {
            id,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            status: Status::Concept,
            completed_at: None,
            title,
            example: None,
            complexity: None,
            place: String::new(),
            period_start: String::new(),
            period_end: String::new(),
            phase: None,
            parties: Vec::new(),
            municipality_role: None,
            participation_level: None,
            werkvormen: Vec::new(),
            motives: String::new(),
            matters: BTreeMap::new(),
            conditions: BTreeMap::new(),
            helped: Vec::new(),
            avoided: Vec::new(),
            pitfalls: BTreeMap::new(),
            raad_involved: false,
            regie: Vec::new(),
            regie_note: String::new(),
            lessons: Vec::new(),
            unknown: Unknown::default(),
        }
    }

    /// A new evaluation of one of the seed's example cases: its title and complexity.
    pub fn for_example(id: String, example: &str, now: &str) -> Self {
        let title = content::item(example)
            .map(|item| item.text.to_string())
            .unwrap_or_default();
        let mut evaluation = Evaluation::new(id, title, now);
        evaluation.example = Some(example.to_string());
        evaluation.complexity = example_complexity(example);
        evaluation
    }

    /// A new evaluation as "Nieuwe evaluatie" makes it: of an example case when one is
    /// given (its title and complexity), else with the typed title, trimmed.
    pub fn create(id: String, title: &str, example: Option<&str>, now: &str) -> Self {
        match example {
            Some(example) => Evaluation::for_example(id, example, now),
            None => Evaluation::new(id, title.trim().to_string(), now),
        }
    }

    /// A copy under a new id, as a new concept ("… (kopie)").
    pub fn duplicate(&self, id: String, now: &str) -> Evaluation {
        Evaluation {
            id,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            status: Status::Concept,
            completed_at: None,
            title: format!("{} (kopie)", self.title),
            ..self.clone()
        }
    }

    pub fn set_status(&mut self, status: Status, now: &str) {
        if status == Status::Afgerond && self.status != Status::Afgerond {
            self.completed_at = Some(now.to_string());
        }
        if status == Status::Concept {
            self.completed_at = None;
        }
        self.status = status;
    }

    /// The year it is filed under: the start of its period, else the year it was created.
    pub fn year(&self) -> Option<i32> {
        let from = if crate::model::timestamp::is_date(&self.period_start) {
            &self.period_start
        } else {
            &self.created_at
        };
        from.get(..4).and_then(|y| y.parse().ok())
    }

    pub fn matter(&self, id: &str) -> Rating {
        self.matters.get(id).cloned().unwrap_or_default()
    }

    pub fn condition(&self, key: &str) -> Rating {
        self.conditions.get(key).cloned().unwrap_or_default()
    }

    /// Changes one matter's or condition's rating, dropping it when it becomes empty.
    pub fn update_rating(
        map: &mut BTreeMap<String, Rating>,
        key: &str,
        change: impl FnOnce(&mut Rating),
    ) {
        let rating = map.entry(key.to_string()).or_default();
        change(rating);
        if rating.is_empty() {
            map.remove(key);
        }
    }

    /// Ticks or unticks a content item id in a list of ids, keeping unknown ids as they are.
    pub fn toggle(ids: &mut Vec<String>, id: &str, on: bool) {
        let present = ids.iter().any(|x| x == id);
        if on && !present {
            ids.push(id.to_string());
        } else if !on && present {
            ids.retain(|x| x != id);
        }
    }

    /// Changes one matter's rating (see [`Evaluation::update_rating`]).
    pub fn change_matter(&mut self, key: &str, change: impl FnOnce(&mut Rating)) {
        Evaluation::update_rating(&mut self.matters, key, change);
    }

    /// Changes one condition's rating (see [`Evaluation::update_rating`]).
    pub fn change_condition(&mut self, key: &str, change: impl FnOnce(&mut Rating)) {
        Evaluation::update_rating(&mut self.conditions, key, change);
    }

    /// Ticks a valkuil (keeping a note it has) or unticks it (dropping its note).
    pub fn set_pitfall(&mut self, id: &str, occurred: bool) {
        if occurred {
            self.pitfalls.entry(id.to_string()).or_default();
        } else {
            self.pitfalls.remove(id);
        }
    }

    /// The werkvormen that are not among the suggestions, in their order.
    pub fn other_werkvormen(&self) -> Vec<String> {
        self.werkvormen
            .iter()
            .filter(|w| !WERKVORMEN.contains(&w.as_str()))
            .cloned()
            .collect()
    }

    /// Replaces the werkvormen that are not suggestions by those in `text` (separated by
    /// commas, trimmed, empty ones left out); the suggestions ticked stay first.
    pub fn set_other_werkvormen(&mut self, text: &str) {
        self.werkvormen.retain(|w| WERKVORMEN.contains(&w.as_str()));
        self.werkvormen.extend(
            text.split(',')
                .map(|w| w.trim().to_string())
                .filter(|w| !w.is_empty()),
        );
    }

    /// The party at `index`, if there is one.
    pub fn party_mut(&mut self, index: usize) -> Option<&mut Party> {
        self.parties.get_mut(index)
    }

    /// Removes the party at `index`; nothing happens when there is none.
    pub fn remove_party(&mut self, index: usize) {
        if index < self.parties.len() {
            self.parties.remove(index);
        }
    }

    /// Adds an empty lesson with this id at the end.
    pub fn add_lesson(&mut self, id: String) {
        self.lessons.push(Lesson {
            id,
            ..Lesson::default()
        });
    }

    /// The lesson with this id, if there is one.
    pub fn lesson_mut(&mut self, id: &str) -> Option<&mut Lesson> {
        self.lessons.iter_mut().find(|l| l.id == id)
    }

    /// Removes the lesson with this id.
    pub fn remove_lesson(&mut self, id: &str) {
        self.lessons.retain(|l| l.id != id);
    }

    /// The lessons that have text.
    pub fn written_lessons(&self) -> impl Iterator<Item = &Lesson> {
        self.lessons.iter().filter(|l| !l.text.trim().is_empty())
    }
}
