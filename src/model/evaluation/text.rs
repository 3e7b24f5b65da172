//! An evaluation in words, for lists, headings and the print view: its title (with a
//! placeholder), its period and its parties.

use crate::model::evaluation::{Evaluation, Rating};
use crate::model::ids::dutch_date;

/// A title to show; an empty one gets a placeholder.
pub fn display_title(title: &str) -> String {
    if title.trim().is_empty() {
        "Evaluatie zonder titel".to_string()
    } else {
        title.to_string()
    }
}

impl Evaluation {
    /// The title to show (see [`display_title`]).
    pub fn display_title(&self) -> String {
        display_title(&self.title)
    }

    /// The period in words: "3 maart 2024 tot 1 juni 2024", "vanaf …", "tot …" or "—".
    pub fn period_text(&self) -> String {
        match (self.period_start.as_str(), self.period_end.as_str()) {
            ("", "") => "—".to_string(),
            (from, "") => format!("vanaf {}", dutch_date(from)),
            ("", to) => format!("tot {}", dutch_date(to)),
            (from, to) => format!("{} tot {}", dutch_date(from), dutch_date(to)),
        }
    }

    /// The parties with their roles, "Naam (rol); Naam", or "—" when there are none.
    pub fn parties_text(&self) -> String {
        if self.parties.is_empty() {
            return "—".to_string();
        }
        self.parties
            .iter()
            .map(|p| {
                if p.role.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, p.role)
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

impl Rating {
    /// The rating in one line: "Score: 4 · ging goed: … · kan beter: …" (a part without
    /// text is left out; no score is "–").
    pub fn summary(&self) -> String {
        let mut parts = vec![format!(
            "Score: {}",
            self.score.map_or("–".into(), |s| s.label())
        )];
        if !self.went_well.is_empty() {
            parts.push(format!("ging goed: {}", self.went_well));
        }
        if !self.could_be_better.is_empty() {
            parts.push(format!("kan beter: {}", self.could_be_better));
        }
        parts.join(" · ")
    }
}
