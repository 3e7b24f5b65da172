//! How a statement reads as a strength or a weakness: a statement of the "wat we liever niet
//! doen" kind describes behaviour to avoid, so it never stands in a list of strong points in
//! its own words. Every point says what its score means ("Komt zelden voor: we komen
//! afspraken niet na"), for a participant's own result and for the group alike.

use crate::model::assessment::Direction;

/// What a 0–100 score means for a statement of this direction, as a short lead-in.
pub fn score_meaning(direction: Direction, score: u32) -> &'static str {
    match (direction, score) {
        (Direction::Helps, 63..) => "Doen we veel",
        (Direction::Helps, 38..=62) => "Doen we deels",
        (Direction::Helps, _) => "Doen we weinig",
        (Direction::Avoid, 63..) => "Komt zelden voor",
        (Direction::Avoid, 38..=62) => "Komt soms voor",
        (Direction::Avoid, _) => "Komt vaak voor",
    }
}

/// The statement as a point with its meaning: "Komt zelden voor: we komen afspraken niet na".
/// The statement's first letter is lowered (unless it starts an abbreviation) and its final
/// full stop dropped.
pub fn point(direction: Direction, score: u32, text: &str) -> String {
    let text = text.trim().trim_end_matches('.');
    let mut chars = text.chars();
    let body = match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            format!("{}{}", first.to_lowercase(), chars.as_str())
        }
        _ => text.to_string(),
    };
    format!("{}: {body}", score_meaning(direction, score))
}

/// Who "wij" is in the statements, for a participant of this role.
pub fn who_we_are(role: crate::model::assessment::Role) -> &'static str {
    use crate::model::assessment::Role;
    match role {
        Role::Raad => "de gemeenteraad: alle fracties samen",
        Role::College => "het college van burgemeester en wethouders",
        Role::AmbtelijkeOrganisatie => "de ambtelijke organisatie van de gemeente",
        Role::Samenleving => "jouw organisatie of initiatief, als partner van de gemeente",
        Role::Anders => "de groep of organisatie waarvoor je de zelftest invult",
    }
}

/// The zelftest's introduction for a role: who "wij" is, and what to do with a statement
/// that does not fit the role.
pub fn role_intro(role: crate::model::assessment::Role) -> String {
    format!(
        "Als {}: met “wij” bedoelen de stellingen {}. Sommige stellingen gaan vooral over de raad, zoals het mandaat aan het college. Past een stelling niet bij jouw rol, kies dan “weet ik niet”: die telt niet mee in de score.",
        role.label().to_lowercase(),
        who_we_are(role)
    )
}
