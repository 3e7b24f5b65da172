//! Everything a person keeps in this app, as one versioned envelope. The same shape is stored
//! in localStorage, written to export files and carried in share links (docs/data-format.md).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[cfg(feature = "assessments")]
use crate::model::assessment::Assessment;
#[cfg(feature = "checklists")]
use crate::model::checklist::FilledChecklist;
use crate::model::record::Record;
#[cfg(feature = "all-kinds")]
use crate::model::{evaluation::Evaluation, worksheet::Worksheet};

/// How this build keeps assessments: typed, or as JSON where no page edits them (the
/// checklists' bundle; see `model::raw` and the features in Cargo.toml).
#[cfg(feature = "assessments")]
pub type AssessmentRecord = Assessment;
#[cfg(not(feature = "assessments"))]
pub type AssessmentRecord = crate::model::raw::RawRecord;
/// How this build keeps filled checklists (see [`AssessmentRecord`]).
#[cfg(feature = "checklists")]
pub type ChecklistRecord = FilledChecklist;
#[cfg(not(feature = "checklists"))]
pub type ChecklistRecord = crate::model::raw::RawRecord;
/// How this build keeps evaluations: typed, or as JSON in the participant's bundles
/// (built without the `all-kinds` feature; see `model::raw`).
#[cfg(feature = "all-kinds")]
pub type EvaluationRecord = Evaluation;
#[cfg(not(feature = "all-kinds"))]
pub type EvaluationRecord = crate::model::raw::RawRecord;
/// How this build keeps worksheets (see [`EvaluationRecord`]).
#[cfg(feature = "all-kinds")]
pub type WorksheetRecord = Worksheet;
#[cfg(not(feature = "all-kinds"))]
pub type WorksheetRecord = crate::model::raw::RawRecord;

pub const FORMAT: &str = "samenwerkingswijzer";
/// The envelope version this app writes. Older versions are migrated on load and import.
pub const VERSION: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The envelope: a header and the records of every kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", rename_all = "camelCase")]
pub struct Dataset {
    pub format: String,
    pub version: u32,
    /// When this envelope was written (RFC 3339).
    #[serde(default)]
    pub exported_at: String,
    #[serde(default)]
    pub app: String,
    #[serde(default)]
    pub evaluations: Vec<EvaluationRecord>,
    #[serde(default)]
    pub assessments: Vec<AssessmentRecord>,
    #[serde(default)]
    pub checklists: Vec<ChecklistRecord>,
    #[serde(default)]
    pub worksheets: Vec<WorksheetRecord>,
    /// What stored data held that this version cannot use, written back unchanged.
    #[serde(skip)]
    pub kept: Kept,
}

/// What a stored envelope held that this version of the app cannot use: written back with
/// it, so a tab of an older version does not lose what a newer one stored
/// (docs/data-format.md, "Forward compatibility").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kept {
    /// Fields of the envelope this version does not know.
    pub fields: Map<String, Value>,
    /// Records this version cannot read (a value a newer version added, say), as they were,
    /// in the order they were read.
    pub records: Vec<KeptRecord>,
}

/// A record kept as it was (see [`Kept`]).
#[derive(Debug, Clone, PartialEq)]
pub struct KeptRecord {
    /// The envelope field of its kind (`migrate::KINDS`).
    pub kind: &'static str,
    /// Its position in that list when it was read.
    pub index: usize,
    pub record: Value,
}

impl Kept {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.records.is_empty()
    }

    /// Whether a record with `id` is kept here.
    pub fn has_record(&self, id: &str) -> bool {
        self.records.iter().any(|r| r.record.id() == id)
    }

    /// Lays what is kept over `envelope` (as this version writes it): the kept records back
    /// at their places, unknown fields where the envelope has none of that name.
    pub fn overlay(&self, envelope: &mut Value) {
        let Value::Object(fields) = envelope else {
            return;
        };
        for kept in &self.records {
            if let Some(Value::Array(records)) = fields.get_mut(kept.kind) {
                records.insert(kept.index.min(records.len()), kept.record.clone());
            }
        }
        for (key, value) in &self.fields {
            if !fields.contains_key(key) {
                fields.insert(key.clone(), value.clone());
            }
        }
    }
}

/// The envelope as this version writes it, without what is kept.
struct Known<'a>(&'a Dataset);

impl Serialize for Known<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Dataset::serialize(self.0, s)
    }
}

impl Serialize for Dataset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.kept.is_empty() {
            return Dataset::serialize(self, s);
        }
        let mut value =
            crate::model::json::to_value(&Known(self)).map_err(serde::ser::Error::custom)?;
        self.kept.overlay(&mut value);
        value.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Dataset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Dataset::deserialize(d)
    }
}

impl Default for Dataset {
    fn default() -> Self {
        Dataset {
            format: FORMAT.to_string(),
            version: VERSION,
            exported_at: String::new(),
            app: APP_VERSION.to_string(),
            evaluations: Vec::new(),
            assessments: Vec::new(),
            checklists: Vec::new(),
            worksheets: Vec::new(),
            kept: Kept::default(),
        }
    }
}

impl Dataset {
    #[cfg(feature = "checklists")]
    pub fn checklist(&self, id: &str) -> Option<&FilledChecklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    #[cfg(feature = "all-kinds")]
    pub fn evaluation(&self, id: &str) -> Option<&Evaluation> {
        self.evaluations.iter().find(|e| e.id == id)
    }

    #[cfg(feature = "all-kinds")]
    pub fn worksheet(&self, id: &str) -> Option<&Worksheet> {
        self.worksheets.iter().find(|w| w.id == id)
    }

    #[cfg(feature = "assessments")]
    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    /// A copy holding only the record with `id` (ids are unique across kinds), for
    /// exporting one checklist, assessment, evaluation or worksheet.
    pub fn single(&self, id: &str) -> Dataset {
        Dataset {
            evaluations: self
                .evaluations
                .iter()
                .filter(|r| r.id() == id)
                .cloned()
                .collect(),
            assessments: self
                .assessments
                .iter()
                .filter(|r| r.id() == id)
                .cloned()
                .collect(),
            checklists: self
                .checklists
                .iter()
                .filter(|r| r.id() == id)
                .cloned()
                .collect(),
            worksheets: self
                .worksheets
                .iter()
                .filter(|r| r.id() == id)
                .cloned()
                .collect(),
            ..Dataset::default()
        }
    }

    /// Number of records of every kind together.
    pub fn record_count(&self) -> usize {
        self.evaluations.len()
            + self.assessments.len()
            + self.checklists.len()
            + self.worksheets.len()
    }

    /// A copy stamped for writing out at `now`.
    pub fn stamped(&self, now: &str) -> Dataset {
        Dataset {
            exported_at: now.to_string(),
            app: APP_VERSION.to_string(),
            ..self.clone()
        }
    }
}

/// A kind of record the dataset keeps, and where: what the store's one way of changing a
/// record (`Store::edit`) is generic over.
pub trait Kind: Record + Clone + PartialEq + Send + Sync + 'static {
    fn all(data: &Dataset) -> &[Self];
    fn all_mut(data: &mut Dataset) -> &mut Vec<Self>;

    /// The record with `id`, if the dataset has it.
    fn find<'a>(data: &'a Dataset, id: &str) -> Option<&'a Self> {
        Self::all(data).iter().find(|r| r.id() == id)
    }
}

macro_rules! impl_kind {
    ($($kind:ty => $field:ident),* $(,)?) => {$(
        impl Kind for $kind {
            fn all(data: &Dataset) -> &[Self] { &data.$field }
            fn all_mut(data: &mut Dataset) -> &mut Vec<Self> { &mut data.$field }
        }
    )*};
}

#[cfg(feature = "assessments")]
impl_kind!(Assessment => assessments);
#[cfg(feature = "checklists")]
impl_kind!(FilledChecklist => checklists);
#[cfg(feature = "all-kinds")]
impl_kind!(
    Evaluation => evaluations,
    Worksheet => worksheets,
);
