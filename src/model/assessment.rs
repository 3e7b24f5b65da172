//! The self-assessment "Hoe goed zijn wij als samenwerkingspartner?": answers, scoring and
//! comparison over time.
//!
//! Scoring (documented in the README): each answered statement scores 0–100. A helping
//! behaviour answered 1..5 scores (answer − 1) × 25; a behaviour to avoid is reversed:
//! (5 − answer) × 25. "Weet ik niet" is left out, not counted as zero. The overall score is
//! the mean of the answered statements, rounded; with no answers there is no score.
//!
//! Perspective: the gemeente's roles rate the gemeente ("wij"), a partner rates the gemeente
//! from outside ("De gemeente …"), each on the statements and in the wording asked of them
//! (content/zelftest.toml, [`WORDING_VERSION`]). A result is scored over the statements its
//! participant was asked, so a statement left out for a role does not count.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::order::sort_stable_by;
use crate::model::unknown::{keeps_unknown, Unknown};

/// Who fills in the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    Raad,
    College,
    AmbtelijkeOrganisatie,
    Samenleving,
    Anders,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Raad,
        Role::College,
        Role::AmbtelijkeOrganisatie,
        Role::Samenleving,
        Role::Anders,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Role::Raad => "Raad",
            Role::College => "College",
            Role::AmbtelijkeOrganisatie => "Ambtelijke organisatie",
            Role::Samenleving => "Partner uit de samenleving",
            Role::Anders => "Anders",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Role::Raad => "raad",
            Role::College => "college",
            Role::AmbtelijkeOrganisatie => "ambtelijke-organisatie",
            Role::Samenleving => "samenleving",
            Role::Anders => "anders",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }
}

/// Whose collaboration the participant rated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Perspective {
    /// One of the gemeente's roles about the gemeente ("wij").
    Gemeente,
    /// A partner about the gemeente.
    Partner,
    /// The participant's own organisation or group: what a partner (or "Anders") rated with
    /// the first wording version, when every role answered the same "wij" statements. Never
    /// written by this version; such a result is shown as it was meant and kept out of the
    /// mirror.
    EigenOrganisatie,
}

impl Perspective {
    /// The perspective of a role: the gemeente's roles rate the gemeente, a partner rates
    /// the gemeente from outside, "Anders" answers from the side it chose (default: the
    /// gemeente's).
    pub fn for_role(role: Role, chosen: Option<Perspective>) -> Perspective {
        match role {
            Role::Raad | Role::College | Role::AmbtelijkeOrganisatie => Perspective::Gemeente,
            Role::Samenleving => Perspective::Partner,
            Role::Anders => match chosen {
                Some(Perspective::Partner) => Perspective::Partner,
                _ => Perspective::Gemeente,
            },
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Perspective::Gemeente => "gemeente",
            Perspective::Partner => "partner",
            Perspective::EigenOrganisatie => "eigen-organisatie",
        }
    }

    /// How a result of this perspective is named: "De gemeente over zichzelf".
    pub fn label(self) -> &'static str {
        match self {
            Perspective::Gemeente => "De gemeente over zichzelf",
            Perspective::Partner => "Partners over de gemeente",
            Perspective::EigenOrganisatie => "Eigen organisatie (oude zelftest)",
        }
    }
}

/// Which wording of the statements a participant reads (content/zelftest.toml): the
/// gemeente's "wij", the college's or the ambtelijke organisatie's own where theirs differs,
/// or a partner's about the gemeente.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reader {
    Wij,
    College,
    Ambtelijk,
    Partner,
}

impl Reader {
    pub const ALL: [Reader; 4] = [
        Reader::Wij,
        Reader::College,
        Reader::Ambtelijk,
        Reader::Partner,
    ];
}

/// The wording version this app asks: 1 was one "wij" text for every role; 2 has a wording
/// per perspective and statement 9 split in two.
pub const WORDING_VERSION: u32 = 2;

/// Whether a statement is a behaviour that helps or one to avoid (scored in reverse).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Helps,
    Avoid,
}

/// One answer: a point on the five-point scale, or "weet ik niet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Answer {
    Scale(u8),
    DontKnow,
}

impl Answer {
    /// The five scale labels for a statement of this direction, from 1 to 5.
    pub fn scale_labels(direction: Direction) -> [&'static str; 5] {
        match direction {
            Direction::Helps => [
                "Helemaal niet",
                "Een beetje",
                "Voor de helft",
                "Grotendeels",
                "Helemaal",
            ],
            Direction::Avoid => ["Nooit", "Zelden", "Soms", "Vaak", "Altijd"],
        }
    }

    /// The question asked for a statement of this direction, for this reader.
    pub fn question(direction: Direction, reader: Reader) -> &'static str {
        match (direction, reader) {
            (Direction::Helps, Reader::Partner) => "In hoeverre doet de gemeente dit?",
            (Direction::Helps, _) => "In hoeverre doen wij dit?",
            (Direction::Avoid, _) => "Hoe vaak komt dit voor?",
        }
    }

    /// The 0–100 score of this answer, `None` for "weet ik niet" or an invalid value.
    pub fn score(self, direction: Direction) -> Option<u32> {
        match self {
            Answer::Scale(value @ 1..=5) => Some(match direction {
                Direction::Helps => (u32::from(value) - 1) * 25,
                Direction::Avoid => (5 - u32::from(value)) * 25,
            }),
            Answer::Scale(_) | Answer::DontKnow => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", rename_all = "camelCase")]
pub struct Assessment {
    pub id: String,
    pub created_at: String,
    pub updated_at: String,
    pub role: Role,
    /// Whose collaboration was rated; absent on results made before wording version 2 (see
    /// [`Assessment::perspective`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perspective: Option<Perspective>,
    /// The wording version of the statements answered; absent means 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<u32>,
    /// Optional name or group label; empty means anonymous.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Answers by stable content item id.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Free-text action points written on the result page.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub actions: String,
    /// Set when every statement has an answer and the result was first shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,

    /// What the JSON it was read from held that this version does not know (kept and
    /// written back: `model::unknown`).
    #[serde(skip)]
    pub unknown: Unknown,
}

keeps_unknown!(Assessment);

/// One statement's score in a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemScore {
    pub item: String,
    pub score: u32,
}

/// The result of an assessment over a set of statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentResult {
    /// 0–100, `None` when nothing was answered on the scale.
    pub overall: Option<u32>,
    /// Scored statements in the given statement order.
    pub items: Vec<ItemScore>,
    pub dont_know: usize,
    pub unanswered: usize,
}

impl AssessmentResult {
    /// Up to `n` best-scoring statements, ties kept in statement order.
    pub fn strongest(&self, n: usize) -> Vec<&ItemScore> {
        let mut items: Vec<&ItemScore> = self.items.iter().collect();
        sort_stable_by(&mut items, |a, b| b.score.cmp(&a.score));
        items.truncate(n);
        items
    }

    /// Up to `n` lowest-scoring statements that are not among the strongest `n`, lowest first.
    pub fn weakest(&self, n: usize) -> Vec<&ItemScore> {
        let strongest = self.strongest(n);
        let mut items: Vec<&ItemScore> = self
            .items
            .iter()
            .filter(|item| !strongest.iter().any(|s| s.item == item.item))
            .collect();
        sort_stable_by(&mut items, |a, b| a.score.cmp(&b.score));
        items.truncate(n);
        items
    }
}

impl Assessment {
    /// What a share link of this zelftest carries, for the share panel: the role, the
    /// answers and the name, never the action points (`model::share::for_sharing`).
    pub fn share_note(&self) -> String {
        let label = self.label.trim();
        let what = if label.is_empty() {
            "je rol en je antwoorden, zonder naam".to_string()
        } else {
            format!("je rol, je antwoorden en je naam “{label}”")
        };
        format!("In de link staan {what}. Je actiepunten gaan niet mee.")
    }

    pub fn new(id: String, role: Role, label: String, now: &str) -> Self {
        Assessment {
            id,
            created_at: now.to_string(),
            updated_at: now.to_string(),
            role,
            perspective: Some(Perspective::for_role(role, None)),
            wording: Some(WORDING_VERSION),
            label,
            answers: BTreeMap::new(),
            actions: String::new(),
            completed_at: None,
            unknown: Unknown::default(),
        }
    }

    /// A new assessment as "Zelftest starten" makes it: the name or group label trimmed
    /// (empty: anonymous); `chosen` is the perspective "Anders" chose (other roles have
    /// theirs).
    pub fn start(
        id: String,
        role: Role,
        chosen: Option<Perspective>,
        label: &str,
        now: &str,
    ) -> Self {
        let mut assessment = Assessment::new(id, role, label.trim().to_string(), now);
        assessment.perspective = Some(Perspective::for_role(role, chosen));
        assessment
    }

    /// The wording version answered: 1 when the record does not say (made before version
    /// 2), at most the newest this app knows.
    pub fn wording_version(&self) -> u32 {
        self.wording.unwrap_or(1).clamp(1, WORDING_VERSION)
    }

    /// Whose collaboration was rated. This is the migration of results made before wording
    /// version 2: they carry no perspective, and every role answered the same "wij"
    /// statements, so the gemeente's roles rated the gemeente and a partner or "Anders"
    /// rated their own organisation ([`Perspective::EigenOrganisatie`]).
    pub fn perspective(&self) -> Perspective {
        if self.wording.unwrap_or(1) < 2 {
            return match self.role {
                Role::Raad | Role::College | Role::AmbtelijkeOrganisatie => Perspective::Gemeente,
                Role::Samenleving | Role::Anders => Perspective::EigenOrganisatie,
            };
        }
        Perspective::for_role(self.role, self.perspective)
    }

    /// The wording of the statements this participant read.
    pub fn reader(&self) -> Reader {
        if self.wording_version() < 2 {
            return Reader::Wij;
        }
        match (self.role, self.perspective()) {
            (Role::College, _) => Reader::College,
            (Role::AmbtelijkeOrganisatie, _) => Reader::Ambtelijk,
            (_, Perspective::Partner) => Reader::Partner,
            _ => Reader::Wij,
        }
    }

    pub fn answer(&mut self, item: &str, answer: Answer, now: &str) {
        self.answers.insert(item.to_string(), answer);
        self.updated_at = now.to_string();
    }

    /// The zelftest's "completed" rule: the first time every one of `items` (the statements)
    /// has an answer, the assessment counts as completed at `now`. A completed assessment
    /// keeps its moment, also when an answer changes later. Returns whether it became
    /// completed by this call.
    pub fn complete_if_answered<'a>(
        &mut self,
        items: impl IntoIterator<Item = &'a str>,
        now: &str,
    ) -> bool {
        if self.completed_at.is_some() {
            return false;
        }
        let all = items
            .into_iter()
            .all(|item| self.answers.contains_key(item));
        if all {
            self.completed_at = Some(now.to_string());
        }
        all
    }

    /// How many of the given statements have an answer (scale or "weet ik niet").
    pub fn answered<'a>(&self, items: impl IntoIterator<Item = &'a str>) -> usize {
        items
            .into_iter()
            .filter(|item| self.answers.contains_key(*item))
            .count()
    }

    /// Scores the assessment over `statements` (item id and direction, in display order).
    pub fn result(&self, statements: &[(&str, Direction)]) -> AssessmentResult {
        let mut items = Vec::new();
        let mut dont_know = 0;
        let mut unanswered = 0;
        for &(item, direction) in statements {
            match self.answers.get(item) {
                None => unanswered += 1,
                Some(answer) => match answer.score(direction) {
                    Some(score) => items.push(ItemScore {
                        item: item.to_string(),
                        score,
                    }),
                    None => dont_know += 1,
                },
            }
        }
        let overall = mean(items.iter().map(|i| i.score));
        AssessmentResult {
            overall,
            items,
            dont_know,
            unanswered,
        }
    }
}

/// The assessments on this device as the zelftest page lists them: newest first.
pub fn newest_first(assessments: &[Assessment]) -> Vec<Assessment> {
    let mut list: Vec<&Assessment> = assessments.iter().collect();
    sort_stable_by(&mut list, |a, b| b.created_at.cmp(&a.created_at));
    list.into_iter().cloned().collect()
}

/// The rounded mean of some 0–100 scores, `None` for none.
pub fn mean(scores: impl IntoIterator<Item = u32>) -> Option<u32> {
    let (sum, count) = scores
        .into_iter()
        .fold((0u64, 0u64), |(s, c), v| (s + u64::from(v), c + 1));
    (count > 0).then(|| ((sum * 2 + count) / (count * 2)) as u32)
}

/// A point in the comparison with earlier assessments on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryPoint {
    pub id: String,
    pub date: String,
    pub overall: u32,
}

/// Earlier completed assessments of the same role and perspective, oldest first, including
/// `current`, each with its overall score over the statements it asked (`scale_of`); those
/// with no score are left out.
pub fn history<'a>(
    all: &[Assessment],
    current: &Assessment,
    scale_of: impl Fn(&Assessment) -> Vec<(&'a str, Direction)>,
) -> Vec<HistoryPoint> {
    let mut points: Vec<HistoryPoint> = all
        .iter()
        .filter(|a| a.role == current.role && a.perspective() == current.perspective())
        .filter(|a| a.id == current.id || a.completed_at.is_some())
        .filter(|a| a.id == current.id || a.created_at <= current.created_at)
        .filter_map(|a| {
            let overall = a.result(&scale_of(a)).overall?;
            Some(HistoryPoint {
                id: a.id.clone(),
                date: a.created_at.clone(),
                overall,
            })
        })
        .collect();
    sort_stable_by(&mut points, |a, b| {
        a.date.cmp(&b.date).then(a.id.cmp(&b.id))
    });
    points
}
