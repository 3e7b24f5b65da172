//! The rows a worksheet is made of: choice questions with their options, the canvas's
//! entries, werkvormen, success factors; and who decides a choice question.

use serde::{Deserialize, Serialize};

use crate::model::evaluation::ParticipationLevel;

/// Who takes the decision on a choice question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decider {
    Raad,
    College,
    Samenleving,
}

impl Decider {
    pub const ALL: [Decider; 3] = [Decider::Raad, Decider::College, Decider::Samenleving];

    pub fn key(self) -> &'static str {
        match self {
            Decider::Raad => "raad",
            Decider::College => "college",
            Decider::Samenleving => "samenleving",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Decider::Raad => "De raad",
            Decider::College => "Het college",
            Decider::Samenleving => "De samenleving",
        }
    }

    pub fn from_key(key: &str) -> Option<Decider> {
        Decider::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// One option of a choice question, with the interests for and against it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceOption {
    pub id: String,
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pro: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub con: String,
}

/// A choice question ("Hoogbouw of laagbouw?").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceQuestion {
    pub id: String,
    #[serde(default)]
    pub question: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceOption>,
    /// Whether it is politically relevant; `None` while undecided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub political: Option<bool>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decides: Option<Decider>,
}

impl ChoiceQuestion {
    /// A new, empty question with two empty options to fill in ("Keuzevraag toevoegen").
    pub fn new(id: String, mut make_id: impl FnMut() -> String) -> Self {
        let option = |id: String| ChoiceOption {
            id,
            ..ChoiceOption::default()
        };
        ChoiceQuestion {
            id,
            options: vec![option(make_id()), option(make_id())],
            ..ChoiceQuestion::default()
        }
    }
}

/// One matter of maatwerk on the canvas.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CanvasEntry {
    /// What plays here.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub here: String,
    /// What that asks of us.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub asks: String,
}

/// One werkvorm in the register.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Werkvorm {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<ParticipationLevel>,
    /// For whom it works, e.g. also participants who are less strong verbally.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub for_whom: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub worked: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub did_not_work: String,
    /// 1 (werkt slecht) … 5 (werkt goed).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "one_to_five"
    )]
    pub rating: Option<u8>,
}

/// A rating 1–5 or null; anything else is refused, as in the JSON Schema.
fn one_to_five<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u8>, D::Error> {
    match Option::<u8>::deserialize(deserializer)? {
        Some(n) if !(1..=5).contains(&n) => Err(serde::de::Error::custom("verwacht 1–5")),
        rating => Ok(rating),
    }
}

/// Where a success factor came from: a lesson of an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LessonRef {
    pub evaluation: String,
    pub lesson: String,
}

/// One success factor for maatschappelijke initiatieven.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Factor {
    pub id: String,
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LessonRef>,
}
