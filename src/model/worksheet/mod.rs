//! Worksheets that replace the guidance's missing images: political choice questions, the
//! Maatwerkcanvas, the Werkvormenregister and the succesfactoren for initiatives. A sheet is
//! the fields every sheet has (id, times, kind, title) and its [`Content`], an enum of the
//! kinds: a kind's fields exist only on that kind. The JSON stays one flat object with a
//! `kind` (docs/data-format.md); how it is read and written, with the path of a field that
//! does not fit, is `format`. The rows are `rows`; the housing example is `example`; what
//! is derived from evaluations (werkvormen, lessons about initiatives) is `derived`.

pub mod derived;
pub mod example;
mod format;
mod rows;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use rows::{CanvasEntry, ChoiceOption, ChoiceQuestion, Decider, Factor, LessonRef, Werkvorm};

use crate::model::evaluation::WERKVORMEN;
use crate::model::unknown::Unknown;

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

/// Politieke keuzevraagstukken: a subject taken apart into choice questions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceSheet {
    /// The subject ("Een woningbouwproject").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<ChoiceQuestion>,
}

/// The Maatwerkcanvas: the seven matters of maatwerk for a new situation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CanvasSheet {
    /// The new situation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// The evaluation it is linked to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// Per matter of maatwerk (`zaak-*`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub matters: BTreeMap<String, CanvasEntry>,
}

/// The Werkvormenregister.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterSheet {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub werkvormen: Vec<Werkvorm>,
}

/// The succesfactoren for maatschappelijke initiatieven.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FactorsSheet {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<Factor>,
}

/// What a sheet holds besides the fields every sheet has: the fields of its kind only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    ChoiceQuestions(ChoiceSheet),
    Canvas(CanvasSheet),
    Werkvormen(RegisterSheet),
    SuccessFactors(FactorsSheet),
}

impl Content {
    /// The empty content of a new sheet of `kind`. The werkvormen register starts with the
    /// common werkvormen names; `make_id` gives ids for the rows.
    pub fn new(kind: Kind, mut make_id: impl FnMut() -> String) -> Content {
        match kind {
            Kind::ChoiceQuestions => Content::ChoiceQuestions(ChoiceSheet::default()),
            Kind::Canvas => Content::Canvas(CanvasSheet::default()),
            Kind::Werkvormen => Content::Werkvormen(RegisterSheet {
                werkvormen: WERKVORMEN
                    .iter()
                    .map(|name| Werkvorm {
                        id: make_id(),
                        name: name.to_string(),
                        ..Werkvorm::default()
                    })
                    .collect(),
            }),
            Kind::SuccessFactors => Content::SuccessFactors(FactorsSheet::default()),
        }
    }

    pub fn kind(&self) -> Kind {
        match self {
            Content::ChoiceQuestions(_) => Kind::ChoiceQuestions,
            Content::Canvas(_) => Kind::Canvas,
            Content::Werkvormen(_) => Kind::Werkvormen,
            Content::SuccessFactors(_) => Kind::SuccessFactors,
        }
    }
}

/// The content of one kind, found in a sheet of that kind only: what an editor of that kind
/// reads and changes (`Worksheet::body`, `Worksheet::body_mut`).
pub trait Body: Sized {
    fn of(content: &Content) -> Option<&Self>;
    fn of_mut(content: &mut Content) -> Option<&mut Self>;
}

macro_rules! body {
    ($($body:ty => $variant:ident),* $(,)?) => {$(
        impl Body for $body {
            fn of(content: &Content) -> Option<&Self> {
                match content {
                    Content::$variant(body) => Some(body),
                    _ => None,
                }
            }
            fn of_mut(content: &mut Content) -> Option<&mut Self> {
                match content {
                    Content::$variant(body) => Some(body),
                    _ => None,
                }
            }
        }
    )*};
}

body!(
    ChoiceSheet => ChoiceQuestions,
    CanvasSheet => Canvas,
    RegisterSheet => Werkvormen,
    FactorsSheet => SuccessFactors,
);

/// A worksheet: what every sheet has, and the content of its kind. Read and written as one
/// flat JSON object (`format`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worksheet {
    pub id: String,
    pub created_at: String,
    pub updated_at: String,
    pub title: String,
    pub content: Content,
    /// What the JSON it was read from held that this version does not know, at the top
    /// level or inside its kind's fields (kept and written back: `model::unknown`).
    pub unknown: Unknown,
}

impl Worksheet {
    /// A new, empty sheet of `kind` (see [`Content::new`]).
    pub fn new(id: String, kind: Kind, now: &str, make_id: impl FnMut() -> String) -> Self {
        Worksheet {
            id,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            title: String::new(),
            content: Content::new(kind, make_id),
            unknown: Unknown::default(),
        }
    }

    pub fn kind(&self) -> Kind {
        self.content.kind()
    }

    /// The content of kind `B`, if this sheet is of that kind.
    pub fn body<B: Body>(&self) -> Option<&B> {
        B::of(&self.content)
    }

    /// The content of kind `B` to change, if this sheet is of that kind.
    pub fn body_mut<B: Body>(&mut self) -> Option<&mut B> {
        B::of_mut(&mut self.content)
    }

    /// The subject (keuzevraagstukken) or the new situation (canvas); `None` for the kinds
    /// without one.
    pub fn subject(&self) -> Option<&str> {
        match &self.content {
            Content::ChoiceQuestions(sheet) => Some(&sheet.subject),
            Content::Canvas(sheet) => Some(&sheet.subject),
            Content::Werkvormen(_) | Content::SuccessFactors(_) => None,
        }
    }

    /// Sets the subject, on the kinds that have one.
    pub fn set_subject(&mut self, subject: String) {
        match &mut self.content {
            Content::ChoiceQuestions(sheet) => sheet.subject = subject,
            Content::Canvas(sheet) => sheet.subject = subject,
            Content::Werkvormen(_) | Content::SuccessFactors(_) => {}
        }
    }

    /// A title to show: the title, else the subject, else the kind.
    pub fn display_title(&self) -> String {
        [Some(self.title.as_str()), self.subject()]
            .into_iter()
            .flatten()
            .find(|t| !t.trim().is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| self.kind().label().to_string())
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

impl ChoiceSheet {
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
}

impl RegisterSheet {
    /// The werkvorm row with this id (stored rows only).
    pub fn werkvorm_mut(&mut self, id: &str) -> Option<&mut Werkvorm> {
        self.werkvormen.iter_mut().find(|v| v.id == id)
    }
}

impl FactorsSheet {
    /// The succesfactor with this id.
    pub fn factor_mut(&mut self, id: &str) -> Option<&mut Factor> {
        self.factors.iter_mut().find(|f| f.id == id)
    }
}

/// The sheets to list (only those of `kind` when given), last edited first.
pub fn newest_first(worksheets: &[Worksheet], kind: Option<Kind>) -> Vec<&Worksheet> {
    let mut list: Vec<&Worksheet> = worksheets
        .iter()
        .filter(|w| kind.is_none_or(|k| k == w.kind()))
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
