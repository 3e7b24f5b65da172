//! When the data was last exported, and when to remind people to export again: browsers may
//! delete site data (Safari after seven days without a visit), so a file is the real backup.

use serde::{Deserialize, Serialize};

/// Remind after this many days with changes that are in no export.
pub const REMINDER_DAYS: f64 = 7.0;
const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportMeta {
    /// When everything was last exported (RFC 3339), if ever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_export: Option<String>,
    /// The first change after the last full export (milliseconds since 1970), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unexported_since: Option<f64>,
}

impl ExportMeta {
    /// A change happened at `now_ms`.
    pub fn changed(&mut self, now_ms: f64) -> bool {
        if self.unexported_since.is_none() {
            self.unexported_since = Some(now_ms);
            true
        } else {
            false
        }
    }

    /// Everything was exported at `now`.
    pub fn exported(&mut self, now: &str) {
        self.last_export = Some(now.to_string());
        self.unexported_since = None;
    }

    /// Whether to show the gentle reminder: changes not in any full export for 7 days.
    pub fn needs_reminder(&self, now_ms: f64) -> bool {
        self.unexported_since
            .is_some_and(|since| now_ms - since >= REMINDER_DAYS * DAY_MS)
    }

    /// Whole days since the first unexported change.
    pub fn days_unexported(&self, now_ms: f64) -> Option<u32> {
        self.unexported_since
            .map(|since| ((now_ms - since).max(0.0) / DAY_MS) as u32)
    }
}
