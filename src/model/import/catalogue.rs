//! Which content ids this app knows (lists, list items, self-assessment statements), and the
//! warnings for those in a file it does not.

#[cfg(feature = "all-kinds")]
use super::errors::{child_path, ImportWarning};
#[cfg(feature = "all-kinds")]
use crate::model::dataset::Dataset;

/// Which content ids this app knows (lists, list items, self-assessment statements).
pub trait Catalogue {
    fn knows_list(&self, id: &str) -> bool;
    fn knows_item(&self, id: &str) -> bool;
    fn knows_statement(&self, id: &str) -> bool;
}

/// The content bundled with the app.
pub struct BundledContent;

impl Catalogue for BundledContent {
    fn knows_list(&self, id: &str) -> bool {
        crate::content::list(id).is_some()
    }
    fn knows_item(&self, id: &str) -> bool {
        crate::content::item(id).is_some()
    }
    fn knows_statement(&self, id: &str) -> bool {
        crate::content::statement(id).is_some()
    }
}

/// Content ids in the data that this app does not know.
#[cfg(feature = "all-kinds")]
pub fn unknown_content(data: &Dataset, catalogue: &dyn Catalogue) -> Vec<ImportWarning> {
    let mut warnings = Vec::new();
    for (i, checklist) in data.checklists.iter().enumerate() {
        let here = format!("$.checklists[{i}]");
        if !catalogue.knows_list(&checklist.list) {
            warnings.push(ImportWarning {
                path: format!("{here}.list"),
                id: checklist.list.clone(),
            });
        }
        for item in checklist.items.keys() {
            if !catalogue.knows_item(item) {
                warnings.push(ImportWarning {
                    path: child_path(&format!("{here}.items"), item),
                    id: item.clone(),
                });
            }
        }
    }
    for (i, assessment) in data.assessments.iter().enumerate() {
        for item in assessment.answers.keys() {
            if !catalogue.knows_statement(item) {
                warnings.push(ImportWarning {
                    path: child_path(&format!("$.assessments[{i}].answers"), item),
                    id: item.clone(),
                });
            }
        }
    }
    warnings
}
