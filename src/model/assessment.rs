//! The self-assessment "Hoe goed zijn wij als samenwerkingspartner?": answers, scoring and
//! comparison over time.
//!
//! Scoring (documented in the README): each answered statement scores 0–100. A helping
//! behaviour answered 1..5 scores (answer − 1) × 25; a behaviour to avoid is reversed:
//! (5 − answer) × 25. "Weet ik niet" is left out, not counted as zero. The overall score is
//! the mean of the answered statements, rounded; with no answers there is no score.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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

    /// The question asked for a statement of this direction.
    pub fn question(direction: Direction) -> &'static str {
        match direction {
            Direction::Helps => "In hoeverre doen wij dit?",
            Direction::Avoid => "Hoe vaak komt dit voor?",
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
        items.sort_by_key(|item| std::cmp::Reverse(item.score));
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
        items.sort_by_key(|item| item.score);
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
            label,
            answers: BTreeMap::new(),
            actions: String::new(),
            completed_at: None,
            unknown: Unknown::default(),
        }
    }

    /// A new assessment as "Zelftest starten" makes it: the name or group label trimmed
    /// (empty: anonymous).
    pub fn start(id: String, role: Role, label: &str, now: &str) -> Self {
        Assessment::new(id, role, label.trim().to_string(), now)
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
    let mut list = assessments.to_vec();
    list.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    list
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

/// Earlier completed assessments of the same role, oldest first, including `current`, each
/// with its overall score; those with no score are left out.
pub fn history(
    all: &[Assessment],
    current: &Assessment,
    statements: &[(&str, Direction)],
) -> Vec<HistoryPoint> {
    let mut points: Vec<HistoryPoint> = all
        .iter()
        .filter(|a| a.role == current.role && (a.id == current.id || a.completed_at.is_some()))
        .filter(|a| a.id == current.id || a.created_at <= current.created_at)
        .filter_map(|a| {
            let overall = a.result(statements).overall?;
            Some(HistoryPoint {
                id: a.id.clone(),
                date: a.created_at.clone(),
                overall,
            })
        })
        .collect();
    points.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    points
}
