//! Everything a person keeps in this app, as one versioned envelope. The same shape is stored
//! in localStorage, written to export files and carried in share links (see PRODUCT.md).

use serde::{Deserialize, Serialize};

use crate::model::assessment::Assessment;
use crate::model::checklist::FilledChecklist;
use crate::model::evaluation::Evaluation;

pub const FORMAT: &str = "samenwerkingswijzer";
/// The envelope version this app writes. Older versions are migrated on load and import.
pub const VERSION: u32 = 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The envelope: a header and the records of every kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dataset {
    pub format: String,
    pub version: u32,
    /// When this envelope was written (RFC 3339).
    #[serde(default)]
    pub exported_at: String,
    #[serde(default)]
    pub app: String,
    #[serde(default)]
    pub evaluations: Vec<Evaluation>,
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    #[serde(default)]
    pub checklists: Vec<FilledChecklist>,
    #[serde(default)]
    pub worksheets: Vec<serde_json::Value>,
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
        }
    }
}

impl Dataset {
    pub fn checklist(&self, id: &str) -> Option<&FilledChecklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    pub fn evaluation(&self, id: &str) -> Option<&Evaluation> {
        self.evaluations.iter().find(|e| e.id == id)
    }

    pub fn assessment(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
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

/// Why stored text could not be read as a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError(pub crate::model::import::ImportError);

impl ReadError {
    /// A Dutch message for people, with the JSON path.
    pub fn message(&self) -> String {
        self.0.describe()
    }

    /// Whether the text came from a newer version of the app (then it must not be touched).
    pub fn is_newer_version(&self) -> bool {
        self.0.path == "$.version" && self.0.message.contains("nieuwere versie")
    }
}

/// Reads a dataset from JSON text (stored or imported): checks the header, migrates older
/// versions, then reads every record (see `model::import`).
pub fn read(text: &str) -> Result<Dataset, ReadError> {
    crate::model::import::parse_stored(text).map_err(ReadError)
}
