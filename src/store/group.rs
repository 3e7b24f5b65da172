//! The workshop's group overview, kept under its own storage key (apart from a person's own
//! data, so exporting or deleting "my data" and clearing the group never touch each other).

use leptos::prelude::*;

use crate::model::dataset::Dataset;
use crate::model::import;
use crate::store::local;

const GROUP_KEY: &str = "samenwerkingswijzer-groep";

/// The collected results, loaded when a page asks for them; every change is written at once.
#[derive(Clone, Copy)]
pub struct GroupStore {
    pub data: RwSignal<Dataset>,
    /// A Dutch message when the group could not be read or written.
    pub problem: RwSignal<Option<String>>,
}

impl GroupStore {
    pub fn open() -> GroupStore {
        let (data, problem) = match local::read(GROUP_KEY) {
            Ok(Some(raw)) => match import::parse_stored(&raw) {
                Ok(data) => (data, None),
                Err(e) => (
                    Dataset::default(),
                    Some(format!(
                        "Het bewaarde groepsoverzicht is onleesbaar ({}).",
                        e.describe()
                    )),
                ),
            },
            Ok(None) => (Dataset::default(), None),
            Err(e) => (Dataset::default(), Some(e.message())),
        };
        GroupStore {
            data: RwSignal::new(data),
            problem: RwSignal::new(problem),
        }
    }

    /// Replaces the group and writes it.
    pub fn set(&self, data: Dataset) {
        let text = serde_json::to_string(&data).unwrap_or_default();
        self.data.set(data);
        let result = if self.data.with_untracked(|d| d.record_count() == 0) {
            local::remove(GROUP_KEY)
        } else {
            local::write(GROUP_KEY, &text)
        };
        self.problem.set(result.err().map(|e| {
            format!(
                "Het groepsoverzicht kon niet worden bewaard. {}",
                e.message()
            )
        }));
    }
}
