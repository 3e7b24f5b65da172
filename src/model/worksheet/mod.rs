//! Worksheets that replace the guidance's missing images: political choice questions, the
//! Maatwerkcanvas, the Werkvormenregister and the succesfactoren for initiatives. One record
//! type with a `kind`; the fields of the other kinds stay empty (and out of the JSON).
//! The housing example is `example`; what is derived from evaluations (werkvormen, lessons
//! about initiatives) is `derived`.

pub mod derived;
pub mod example;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::unknown::{keeps_unknown, Unknown};

use crate::model::evaluation::{ParticipationLevel, WERKVORMEN};

/// Which worksheet this is. The keys are the tool ids used in the content pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    #[serde(rename = "keuzevraagstukken")]
    ChoiceQuestions,
    #[serde(rename = "maatwerk-canvas")]
    Canvas,
    #[serde(rename = "werkvormen")]
    Werkvormen,
    #[serde(rename = "succesfactoren")]
    SuccessFactors,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::ChoiceQuestions,
        Kind::Canvas,
        Kind::Werkvormen,
        Kind::SuccessFactors,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Kind::ChoiceQuestions => "keuzevraagstukken",
            Kind::Canvas => "maatwerk-canvas",
            Kind::Werkvormen => "werkvormen",
            Kind::SuccessFactors => "succesfactoren",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::ChoiceQuestions => "Politieke keuzevraagstukken",
            Kind::Canvas => "Maatwerkcanvas",
            Kind::Werkvormen => "Werkvormenregister",
            Kind::SuccessFactors => "Succesfactoren voor maatschappelijke initiatieven",
        }
    }

    /// One sentence on what the sheet is for.
    pub fn purpose(self) -> &'static str {
        match self {
            Kind::ChoiceQuestions => "Ontleed een onderwerp in keuzevragen: de opties, de belangen voor en tegen, of het politiek relevant is en wie besluit.",
            Kind::Canvas => "Loop de zeven zaken van maatwerk langs voor een nieuwe situatie: wat speelt hier en wat vraagt dat van ons?",
            Kind::Werkvormen => "Inventariseer en evalueer de werkvormen die de gemeente gebruikt: doel, niveau, voor wie, wanneer het werkte en een oordeel.",
            Kind::SuccessFactors => "Verzamel uit de eigen evaluaties wat maakt dat maatschappelijke initiatieven slagen.",
        }
    }

    /// The handreiking page (slug) the sheet comes from.
    pub fn page(self) -> &'static str {
        match self {
            Kind::ChoiceQuestions => "politieke-keuzevraagstukken",
            Kind::Canvas => "maatwerk",
            Kind::Werkvormen => "werkvormen",
            Kind::SuccessFactors => "maatschappelijke-initiatieven",
        }
    }
}

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", rename_all = "camelCase")]
pub struct Worksheet {
    pub id: String,
    pub created_at: String,
    pub updated_at: String,
    pub kind: Kind,
    #[serde(default)]
    pub title: String,
    /// Keuzevraagstukken: the subject; canvas: the new situation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<ChoiceQuestion>,
    /// Canvas: the evaluation it is linked to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// Canvas: per matter of maatwerk (`zaak-*`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub matters: BTreeMap<String, CanvasEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub werkvormen: Vec<Werkvorm>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<Factor>,

    /// What the JSON it was read from held that this version does not know (kept and
    /// written back: `model::unknown`).
    #[serde(skip)]
    pub unknown: Unknown,
}

keeps_unknown!(Worksheet);

impl Worksheet {
    /// A new, empty sheet of `kind`. The werkvormen register starts with the common werkvormen
    /// names; `make_id` gives ids for the rows.
    pub fn new(id: String, kind: Kind, now: &str, mut make_id: impl FnMut() -> String) -> Self {
        let werkvormen = if kind == Kind::Werkvormen {
            WERKVORMEN
                .iter()
                .map(|name| Werkvorm {
                    id: make_id(),
                    name: name.to_string(),
                    ..Werkvorm::default()
                })
                .collect()
        } else {
            Vec::new()
        };
        Worksheet {
            id,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            kind,
            title: String::new(),
            subject: String::new(),
            questions: Vec::new(),
            evaluation: None,
            matters: BTreeMap::new(),
            werkvormen,
            factors: Vec::new(),
            unknown: Unknown::default(),
        }
    }

    /// A title to show: the title, else the subject, else the kind.
    pub fn display_title(&self) -> String {
        [&self.title, &self.subject]
            .into_iter()
            .find(|t| !t.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| self.kind.label().to_string())
    }

    /// The choice question with this id.
    pub fn question_mut(&mut self, id: &str) -> Option<&mut ChoiceQuestion> {
        self.questions.iter_mut().find(|q| q.id == id)
    }

    /// The option `option` of the choice question `question`.
    pub fn option_mut(&mut self, question: &str, option: &str) -> Option<&mut ChoiceOption> {
        self.question_mut(question)?
            .options
            .iter_mut()
            .find(|o| o.id == option)
    }

    /// The werkvorm row with this id (stored rows only).
    pub fn werkvorm_mut(&mut self, id: &str) -> Option<&mut Werkvorm> {
        self.werkvormen.iter_mut().find(|v| v.id == id)
    }

    /// The succesfactor with this id.
    pub fn factor_mut(&mut self, id: &str) -> Option<&mut Factor> {
        self.factors.iter_mut().find(|f| f.id == id)
    }

    /// A copy under a new id (the row ids stay: they are unique within a sheet).
    pub fn duplicate(&self, id: String, now: &str) -> Worksheet {
        Worksheet {
            id,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            title: format!("{} (kopie)", self.display_title()),
            ..self.clone()
        }
    }
}

/// The sheets to list (only those of `kind` when given), last edited first.
pub fn newest_first(worksheets: &[Worksheet], kind: Option<Kind>) -> Vec<&Worksheet> {
    let mut list: Vec<&Worksheet> = worksheets
        .iter()
        .filter(|w| kind.is_none_or(|k| k == w.kind))
        .collect();
    list.sort_by(|a, b| b.updated_at.cmp(&a.updated_at));
    list
}

/// The heading of a werkvorm row: its name, or "Nieuwe werkvorm" while it has none.
pub fn werkvorm_title(name: &str) -> String {
    if name.trim().is_empty() {
        "Nieuwe werkvorm".to_string()
    } else {
        name.to_string()
    }
}
