//! An evaluation of a real collaboration case ("Evalueren van samenwerking"), built from the
//! seed's own concepts: the seven matters of maatwerk, the goede-samenwerkingspartner
//! behaviours, the valkuilen, regie vanuit de raad, and lessons for the ontwikkelagenda.
//! Also the pure logic around it: progress per section, list filters, the agenda. Untrusted
//! evaluations (files, links, stored data) are checked where all records are: `model::import`.
//!
//! Content items are referred to by their stable ids (`zaak-doelen`, `helpen-03`,
//! `valkuil-07`, `voorbeeld-01`). Ids this version does not know are kept as they are, so
//! data from a newer content version survives a round trip.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content;
use crate::model::fold::fold;

/// The seven matters of maatwerk (content list `zeven-zaken`), in the seed's order.
pub const MATTERS: [&str; 7] = [
    "zaak-belangen",
    "zaak-belanghebbenden",
    "zaak-doelen",
    "zaak-rolverdeling",
    "zaak-spelregels",
    "zaak-verwachtingenmanagement",
    "zaak-communicatie",
];

/// Conditions for cooperation from the guide's working method: (key, label, explanation).
pub const CONDITIONS: [(&str, &str, &str); 2] = [
    (
        "openheid",
        "Openheid",
        "Ruimte in het beleid, bereidheid om invloed te delen, een open proces.",
    ),
    (
        "duidelijkheid",
        "Duidelijkheid",
        "Heldere rollen en startposities; met één mond praten.",
    ),
];

/// Common participation werkvormen, offered as suggestions (free text is allowed too).
pub const WERKVORMEN: [&str; 12] = [
    "Enquête",
    "Inloopavond",
    "Burgerpanel",
    "Burgerforum",
    "Burgerberaad",
    "Klankbordgroep",
    "Wereldcafé",
    "Dialoogtafel",
    "Focusgroep",
    "Schouw",
    "Brainstorm",
    "Storytelling",
];

macro_rules! key_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal, $label:literal;)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $key)] $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The key used in JSON.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }

            /// Dutch label shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)* }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// Every key, for messages and the schema.
            pub fn keys() -> Vec<&'static str> {
                Self::ALL.iter().map(|v| v.key()).collect()
            }
        }
    };
}

key_enum!(
    /// Whether an evaluation is still being written or finished.
    Status {
        Concept => "concept", "Concept";
        Afgerond => "afgerond", "Afgerond";
    }
);

#[allow(clippy::derivable_impls)]
impl Default for Status {
    fn default() -> Self {
        Status::Concept
    }
}

key_enum!(
    /// The seed's two kinds of example cases: simpler ones, and complex ones with different
    /// interests.
    Complexity {
        Eenvoudig => "eenvoudig", "Eenvoudig";
        Complex => "complex", "Complex (verschillende belangen)";
    }
);

key_enum!(
    /// The four sub-processes of the guide's working method: where the case is now.
    Phase {
        Verkennen => "verkennen", "Verkennen";
        Ontwerpen => "ontwerpen", "Ontwerpen";
        Realiseren => "realiseren", "Realiseren";
        Evalueren => "evalueren", "Evalueren en bijsturen";
    }
);

key_enum!(
    /// The municipality's role on the overheidsparticipatietrap (Rob 2012), most steering first.
    GovernmentRole {
        Reguleren => "reguleren", "Reguleren";
        Regisseren => "regisseren", "Regisseren";
        Stimuleren => "stimuleren", "Stimuleren";
        Faciliteren => "faciliteren", "Faciliteren";
        Loslaten => "loslaten", "Loslaten";
    }
);

key_enum!(
    /// The level on the participatieladder.
    ParticipationLevel {
        Informeren => "informeren", "Informeren";
        Raadplegen => "raadplegen", "Raadplegen";
        Adviseren => "adviseren", "Adviseren";
        Coproduceren => "coproduceren", "Coproduceren";
        Meebeslissen => "meebeslissen", "Meebeslissen";
    }
);

/// A score: 1 (slecht) to 5 (goed), or "n.v.t.". In JSON a number 1–5 or the text `"nvt"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    Scale(u8),
    NotApplicable,
}

impl Score {
    pub const NVT: &'static str = "nvt";
    pub const OPTIONS: [Score; 6] = [
        Score::Scale(1),
        Score::Scale(2),
        Score::Scale(3),
        Score::Scale(4),
        Score::Scale(5),
        Score::NotApplicable,
    ];

    pub fn label(self) -> String {
        match self {
            Score::Scale(n) => n.to_string(),
            Score::NotApplicable => "n.v.t.".to_string(),
        }
    }

    pub fn key(self) -> String {
        match self {
            Score::Scale(n) => n.to_string(),
            Score::NotApplicable => Self::NVT.to_string(),
        }
    }
}

impl Serialize for Score {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Score::Scale(n) => serializer.serialize_u8(*n),
            Score::NotApplicable => serializer.serialize_str(Self::NVT),
        }
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScoreVisitor;
        impl serde::de::Visitor<'_> for ScoreVisitor {
            type Value = Score;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("1–5 of \"nvt\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Score, E> {
                match v {
                    1..=5 => Ok(Score::Scale(v as u8)),
                    _ => Err(E::custom("verwacht 1–5 of n.v.t.")),
                }
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Score, E> {
                u64::try_from(v)
                    .map_err(|_| E::custom("verwacht 1–5 of n.v.t."))
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Score, E> {
                if v == Score::NVT {
                    Ok(Score::NotApplicable)
                } else {
                    Err(E::custom("verwacht 1–5 of n.v.t."))
                }
            }
        }
        deserializer.deserialize_any(ScoreVisitor)
    }
}

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
#[serde(rename_all = "camelCase")]
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
}

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

    /// The lessons that have text.
    pub fn written_lessons(&self) -> impl Iterator<Item = &Lesson> {
        self.lessons.iter().filter(|l| !l.text.trim().is_empty())
    }

    /// Whether the text search `query` (already folded) matches title, place, parties or
    /// werkvormen.
    fn matches(&self, folded_query: &str) -> bool {
        if folded_query.is_empty() {
            return true;
        }
        let mut haystack = fold(&self.title);
        for extra in [&self.place, &self.motives] {
            haystack.push(' ');
            haystack.push_str(&fold(extra));
        }
        for party in &self.parties {
            haystack.push(' ');
            haystack.push_str(&fold(&party.name));
        }
        for werkvorm in &self.werkvormen {
            haystack.push(' ');
            haystack.push_str(&fold(werkvorm));
        }
        folded_query
            .split_whitespace()
            .all(|term| haystack.contains(term))
    }
}

/// Whether an example case of the seed is simple or complex, from the list it is in.
pub fn example_complexity(example: &str) -> Option<Complexity> {
    let in_list = |list: &str| {
        content::list(list).is_some_and(|l| l.items.iter().any(|item| item.id == example))
    };
    if in_list("voorbeelden-eenvoudig") {
        Some(Complexity::Eenvoudig)
    } else if in_list("voorbeelden-complex") {
        Some(Complexity::Complex)
    } else {
        None
    }
}

/// The seed's 12 example cases, simple ones first: (id, title, complexity).
pub fn examples() -> Vec<(&'static str, &'static str, Complexity)> {
    [
        ("voorbeelden-eenvoudig", Complexity::Eenvoudig),
        ("voorbeelden-complex", Complexity::Complex),
    ]
    .into_iter()
    .filter_map(|(list, complexity)| content::list(list).map(|l| (l, complexity)))
    .flat_map(|(list, complexity)| {
        list.items
            .iter()
            .map(move |item| (item.id, item.text, complexity))
    })
    .collect()
}

/// The example case whose title is exactly `title` (ignoring case and accents).
pub fn example_by_title(title: &str) -> Option<&'static str> {
    let wanted = fold(title.trim());
    examples()
        .into_iter()
        .find(|(_, text, _)| fold(text) == wanted)
        .map(|(id, _, _)| id)
}

/// The label of a matter of maatwerk, or the id itself when unknown.
pub fn matter_label(id: &str) -> String {
    content::item(id)
        .map(|item| item.text.to_string())
        .unwrap_or_else(|| id.to_string())
}

// ---------------------------------------------------------------------------------------
// Progress per section
// ---------------------------------------------------------------------------------------

/// The editor's sections, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Case,
    Matters,
    Conditions,
    Partner,
    Pitfalls,
    Regie,
    Lessons,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Case,
        Section::Matters,
        Section::Conditions,
        Section::Partner,
        Section::Pitfalls,
        Section::Regie,
        Section::Lessons,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Case => "De casus",
            Section::Matters => "De zeven zaken van maatwerk",
            Section::Conditions => "Openheid en duidelijkheid",
            Section::Partner => "Goede samenwerkingspartner",
            Section::Pitfalls => "Valkuilen",
            Section::Regie => "Regie vanuit de raad",
            Section::Lessons => "Lessen voor de ontwikkelagenda",
        }
    }

    /// Stable key for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Section::Case => "casus",
            Section::Matters => "zaken",
            Section::Conditions => "voorwaarden",
            Section::Partner => "partner",
            Section::Pitfalls => "valkuilen",
            Section::Regie => "regie",
            Section::Lessons => "lessen",
        }
    }
}

/// How much of a section is filled in. `total == 0`: not applicable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn label(self) -> String {
        if self.total == 0 {
            "niet van toepassing".to_string()
        } else if self.done >= self.total {
            "compleet".to_string()
        } else {
            format!("{} van {} ingevuld", self.done, self.total)
        }
    }
}

impl Evaluation {
    pub fn progress(&self, section: Section) -> Progress {
        let count = |flags: &[bool]| Progress {
            done: flags.iter().filter(|f| **f).count(),
            total: flags.len(),
        };
        match section {
            Section::Case => count(&[
                !self.title.trim().is_empty(),
                self.complexity.is_some(),
                !self.place.trim().is_empty(),
                !self.period_start.is_empty(),
                self.parties.iter().any(|p| !p.name.trim().is_empty()),
                self.municipality_role.is_some(),
                self.participation_level.is_some(),
                !self.werkvormen.is_empty(),
            ]),
            Section::Matters => Progress {
                done: MATTERS
                    .iter()
                    .filter(|m| self.matters.get(**m).is_some_and(|r| r.score.is_some()))
                    .count(),
                total: MATTERS.len(),
            },
            Section::Conditions => Progress {
                done: CONDITIONS
                    .iter()
                    .filter(|(k, _, _)| self.conditions.get(*k).is_some_and(|r| r.score.is_some()))
                    .count(),
                total: CONDITIONS.len(),
            },
            Section::Partner => count(&[!self.helped.is_empty(), !self.avoided.is_empty()]),
            Section::Pitfalls => count(&[!self.pitfalls.is_empty()]),
            Section::Regie if !self.raad_involved => Progress { done: 0, total: 0 },
            Section::Regie => {
                count(&[!self.regie.is_empty() || !self.regie_note.trim().is_empty()])
            }
            Section::Lessons => count(&[self.written_lessons().next().is_some()]),
        }
    }
}

// ---------------------------------------------------------------------------------------
// The list: search, filters, sorting
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Last edited first.
    #[default]
    Updated,
    Title,
    /// Latest period (or year) first.
    Period,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Updated, Sort::Title, Sort::Period];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Updated => "bewerkt",
            Sort::Title => "titel",
            Sort::Period => "periode",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Updated => "Laatst bewerkt",
            Sort::Title => "Titel (A–Z)",
            Sort::Period => "Periode (nieuwste eerst)",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilter {
    pub text: String,
    pub status: Option<Status>,
    pub complexity: Option<Complexity>,
    pub year: Option<i32>,
}

/// The evaluations that pass `filter`, sorted.
pub fn list<'a>(
    evaluations: &'a [Evaluation],
    filter: &ListFilter,
    sort: Sort,
) -> Vec<&'a Evaluation> {
    let folded = fold(filter.text.trim());
    let mut items: Vec<&Evaluation> = evaluations
        .iter()
        .filter(|e| {
            filter.status.is_none_or(|s| e.status == s)
                && filter.complexity.is_none_or(|c| e.complexity == Some(c))
                && filter.year.is_none_or(|y| e.year() == Some(y))
                && e.matches(&folded)
        })
        .collect();
    match sort {
        Sort::Updated => items.sort_by(|a, b| b.updated_at.cmp(&a.updated_at)),
        Sort::Title => items.sort_by_cached_key(|e| (fold(&e.title), e.id.clone())),
        Sort::Period => items.sort_by(|a, b| {
            let key = |e: &Evaluation| {
                if e.period_start.is_empty() {
                    e.created_at.clone()
                } else {
                    e.period_start.clone()
                }
            };
            key(b).cmp(&key(a))
        }),
    }
    items
}

/// Every year that evaluations are filed under, newest first.
pub fn years(evaluations: &[Evaluation]) -> Vec<i32> {
    let mut years: Vec<i32> = evaluations.iter().filter_map(Evaluation::year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

// ---------------------------------------------------------------------------------------
// The ontwikkelagenda and the example cases
// ---------------------------------------------------------------------------------------

/// Which lessons go on the agenda: by the evaluation's status and year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AgendaFilter {
    pub status: Option<Status>,
    pub year: Option<i32>,
}

/// One lesson on the agenda with the evaluation (the case) it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgendaLesson<'a> {
    pub evaluation: &'a Evaluation,
    pub lesson: &'a Lesson,
}

/// The lessons of one matter; `matter` is `None` for lessons not tagged with a matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaGroup<'a> {
    pub matter: Option<String>,
    pub lessons: Vec<AgendaLesson<'a>>,
}

/// Every written lesson of every evaluation that passes `filter`, grouped by matter: the
/// seven matters in the seed's order (always present, possibly empty), then matters this
/// version does not know, then untagged lessons (only when there are any). Within a group,
/// the most recently edited evaluation comes first; an evaluation's lessons keep their order.
pub fn agenda<'a>(evaluations: &'a [Evaluation], filter: AgendaFilter) -> Vec<AgendaGroup<'a>> {
    let mut sorted: Vec<&Evaluation> = evaluations
        .iter()
        .filter(|e| filter.status.is_none_or(|s| e.status == s))
        .filter(|e| filter.year.is_none_or(|y| e.year() == Some(y)))
        .collect();
    sorted.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));

    let mut groups: Vec<AgendaGroup> = MATTERS
        .iter()
        .map(|m| AgendaGroup {
            matter: Some(m.to_string()),
            lessons: Vec::new(),
        })
        .collect();
    let mut untagged = AgendaGroup {
        matter: None,
        lessons: Vec::new(),
    };
    for evaluation in sorted {
        for lesson in evaluation.written_lessons() {
            let item = AgendaLesson { evaluation, lesson };
            match &lesson.matter {
                None => untagged.lessons.push(item),
                Some(matter) => match groups
                    .iter_mut()
                    .find(|g| g.matter.as_ref() == Some(matter))
                {
                    Some(group) => group.lessons.push(item),
                    None => groups.push(AgendaGroup {
                        matter: Some(matter.clone()),
                        lessons: vec![item],
                    }),
                },
            }
        }
    }
    if !untagged.lessons.is_empty() {
        groups.push(untagged);
    }
    groups
}

/// The evaluations of one example case, most recently edited first.
pub fn of_example<'a>(evaluations: &'a [Evaluation], example: &str) -> Vec<&'a Evaluation> {
    let mut found: Vec<&Evaluation> = evaluations
        .iter()
        .filter(|e| e.example.as_deref() == Some(example))
        .collect();
    found.sort_by(|a, b| b.updated_at.cmp(&a.updated_at));
    found
}
