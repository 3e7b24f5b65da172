//! Worksheets that replace the guidance's missing images: political choice questions, the
//! Maatwerkcanvas, the Werkvormenregister and the succesfactoren for initiatives. One record
//! type with a `kind`; the fields of the other kinds stay empty (and out of the JSON).
//! Also the pure derivations: werkvormen and lessons about initiatives from evaluations.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::unknown::{keeps_unknown, Unknown};

use crate::content;
use crate::model::evaluation::{Evaluation, ParticipationLevel, Score, WERKVORMEN};
use crate::model::fold::fold;

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

    /// A new sheet as "Nieuw werkblad" makes it: a werkvormen register also gets the
    /// werkvormen named in `evaluations` (see [`Worksheet::add_werkvormen_from`]).
    pub fn start(
        id: String,
        kind: Kind,
        evaluations: &[Evaluation],
        now: &str,
        mut make_id: impl FnMut() -> String,
    ) -> Self {
        let mut sheet = Worksheet::new(id, kind, now, &mut make_id);
        if kind == Kind::Werkvormen {
            sheet.add_werkvormen_from(evaluations, make_id);
        }
        sheet
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

    /// Adds the werkvormen named in `evaluations` that the register does not have yet
    /// (names compared without case and accents). Returns how many were added.
    pub fn add_werkvormen_from(
        &mut self,
        evaluations: &[Evaluation],
        mut make_id: impl FnMut() -> String,
    ) -> usize {
        let mut added = 0;
        for usage in werkvormen_in(evaluations) {
            if !self
                .werkvormen
                .iter()
                .any(|w| fold(w.name.trim()) == usage.key)
            {
                self.werkvormen.push(Werkvorm {
                    id: make_id(),
                    name: usage.name,
                    ..Werkvorm::default()
                });
                added += 1;
            }
        }
        added
    }

    /// The werkvormen named in `evaluations` that the register does not have yet, as rows
    /// to show with it. Their ids come from their names (`uit-evaluatie-…`), so a row keeps
    /// its id when it is stored on its first change ([`Worksheet::keep_werkvorm`]): opening a
    /// register shows them without writing anything.
    pub fn werkvormen_to_add(&self, evaluations: &[Evaluation]) -> Vec<Werkvorm> {
        let mut rows = Vec::new();
        let mut register = self.clone();
        let mut names = Vec::new();
        register.add_werkvormen_from(evaluations, String::new);
        for added in register.werkvormen.iter().skip(self.werkvormen.len()) {
            names.push(added.name.clone());
        }
        for name in names {
            let id: String = fold(name.trim())
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            rows.push(Werkvorm {
                id: format!("uit-evaluatie-{id}"),
                name,
                ..Werkvorm::default()
            });
        }
        rows
    }

    /// Stores `row` (one of [`Worksheet::werkvormen_to_add`]) unless a row with its id is
    /// stored already; returns the stored row.
    pub fn keep_werkvorm(&mut self, row: &Werkvorm) -> Option<&mut Werkvorm> {
        if !self.werkvormen.iter().any(|w| w.id == row.id) {
            self.werkvormen.push(row.clone());
        }
        self.werkvormen.iter_mut().find(|w| w.id == row.id)
    }

    /// Lessons about initiatives not yet taken over as a factor.
    pub fn lessons_to_take<'a>(&self, evaluations: &'a [Evaluation]) -> Vec<InitiativeLesson<'a>> {
        initiative_lessons(evaluations)
            .into_iter()
            .filter(|l| {
                !self.factors.iter().any(|f| {
                    f.source
                        .as_ref()
                        .is_some_and(|s| s.evaluation == l.evaluation.id && s.lesson == l.lesson_id)
                })
            })
            .collect()
    }
}

/// The housing example of the seed (list `keuzevragen-woningbouw`) as a worksheet: the three
/// choice questions with the options the questions themselves name.
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

pub fn housing_example(id: String, now: &str, mut make_id: impl FnMut() -> String) -> Worksheet {
    let mut sheet = Worksheet::new(id, Kind::ChoiceQuestions, now, &mut make_id);
    sheet.title = "Woningbouwproject".to_string();
    sheet.subject = "Een woningbouwproject".to_string();
    let options: [&[(&str, &str)]; 3] = [
        &[
            (
                "Hoogbouw",
                "Meer woningen op minder grond; het buitengebied blijft vrij",
            ),
            ("Laagbouw", "Past bij het dorp; vaak gewild bij gezinnen"),
        ],
        &[
            (
                "Meer sociale woningbouw",
                "Betaalbare woningen voor wie ze nodig heeft",
            ),
            (
                "Meer particuliere woningbouw",
                "Meer opbrengst voor de financiën van het project",
            ),
        ],
        &[
            ("Meer parkeerplaatsen", "Minder auto's in de straat"),
            ("Meer groen en speelplek", "Een prettige openbare ruimte"),
        ],
    ];
    let items = content::list("keuzevragen-woningbouw")
        .map(|l| l.items)
        .unwrap_or_default();
    sheet.questions = items
        .iter()
        .zip(options)
        .map(|(item, options)| ChoiceQuestion {
            id: make_id(),
            question: item.text.to_string(),
            options: options
                .iter()
                .map(|(text, pro)| ChoiceOption {
                    id: make_id(),
                    text: text.to_string(),
                    pro: pro.to_string(),
                    con: String::new(),
                })
                .collect(),
            political: Some(true),
            why: "De raad stelt hier de kaders: het gaat over de verdeling van schaarse ruimte en geld.".to_string(),
            decides: Some(Decider::Raad),
        })
        .collect();
    sheet
}

/// The id under which the housing example opens (it is not stored until copied).
pub const HOUSING_EXAMPLE: &str = "voorbeeld-woningbouw";

// ---------------------------------------------------------------------------------------
// Derived from evaluations
// ---------------------------------------------------------------------------------------

/// How one werkvorm fared in the evaluations that name it.
#[derive(Debug, Clone, PartialEq)]
pub struct WerkvormUsage {
    /// Folded name, for matching.
    pub key: String,
    /// The name as first written.
    pub name: String,
    /// Ids of the evaluations that used it.
    pub evaluations: Vec<String>,
    /// Average of the matter scores (1–5, "n.v.t." left out) of those evaluations.
    pub average: Option<f64>,
}

/// Average matter score of one evaluation, if any matter is scored 1–5.
pub fn matter_average(evaluation: &Evaluation) -> Option<f64> {
    let scores: Vec<f64> = evaluation
        .matters
        .values()
        .filter_map(|r| match r.score {
            Some(Score::Scale(n)) => Some(f64::from(n)),
            _ => None,
        })
        .collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

/// Every werkvorm named in `evaluations`, in order of first appearance, with the evaluations
/// that used it and how they scored on the seven matters.
pub fn werkvormen_in(evaluations: &[Evaluation]) -> Vec<WerkvormUsage> {
    let mut usages: Vec<(WerkvormUsage, Vec<f64>)> = Vec::new();
    for evaluation in evaluations {
        let average = matter_average(evaluation);
        for name in &evaluation.werkvormen {
            let key = fold(name.trim());
            if key.is_empty() {
                continue;
            }
            let at = match usages.iter().position(|(u, _)| u.key == key) {
                Some(at) => at,
                None => {
                    usages.push((
                        WerkvormUsage {
                            key,
                            name: name.trim().to_string(),
                            evaluations: Vec::new(),
                            average: None,
                        },
                        Vec::new(),
                    ));
                    usages.len() - 1
                }
            };
            let (usage, scores) = &mut usages[at];
            if !usage.evaluations.contains(&evaluation.id) {
                usage.evaluations.push(evaluation.id.clone());
                scores.extend(average);
            }
        }
    }
    usages
        .into_iter()
        .map(|(mut usage, scores)| {
            usage.average =
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
            usage
        })
        .collect()
}

/// The usage of the werkvorm called `name`, if evaluations name it.
pub fn usage_of<'a>(usages: &'a [WerkvormUsage], name: &str) -> Option<&'a WerkvormUsage> {
    let key = fold(name.trim());
    usages.iter().find(|u| u.key == key)
}

/// A written lesson tagged as being about maatschappelijke initiatieven.
#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeLesson<'a> {
    pub evaluation: &'a Evaluation,
    pub lesson_id: String,
    pub text: String,
}

/// Every written lesson about initiatives, most recently edited evaluation first.
pub fn initiative_lessons(evaluations: &[Evaluation]) -> Vec<InitiativeLesson<'_>> {
    let mut sorted: Vec<&Evaluation> = evaluations.iter().collect();
    sorted.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
    sorted
        .into_iter()
        .flat_map(|evaluation| {
            evaluation
                .written_lessons()
                .filter(|l| l.initiative)
                .map(move |l| InitiativeLesson {
                    evaluation,
                    lesson_id: l.id.clone(),
                    text: l.text.clone(),
                })
        })
        .collect()
}

/// A factor taken over from a lesson.
pub fn factor_from(lesson: &InitiativeLesson, id: String) -> Factor {
    Factor {
        id,
        text: lesson.text.clone(),
        note: String::new(),
        source: Some(LessonRef {
            evaluation: lesson.evaluation.id.clone(),
            lesson: lesson.lesson_id.clone(),
        }),
    }
}
