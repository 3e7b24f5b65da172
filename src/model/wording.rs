//! How a statement reads as a strength or a weakness: a statement of the "wat we liever niet
//! doen" kind describes behaviour to avoid, so it never stands in a list of strong points in
//! its own words. A group's point says what its average means ("Komt zelden voor: we komen
//! afspraken niet na"); one participant's point says what they answered ("Nooit: we komen
//! afspraken niet na"). Also the zelftest's introduction per role and perspective.

use crate::model::assessment::{Answer, Direction, Perspective, Role};

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
    format!("{}: {}", score_meaning(direction, score), as_point(text))
}

/// The answer one participant gave that scores `score`: "Nooit" for a behaviour to avoid
/// scoring 100.
pub fn answer_word(direction: Direction, score: u32) -> &'static str {
    let step = (score.min(100) / 25) as usize;
    let labels = Answer::scale_labels(direction);
    let index = match direction {
        Direction::Helps => step,
        Direction::Avoid => 4 - step,
    };
    labels.get(index).copied().unwrap_or("")
}

/// One participant's point in the words of their answer: "Nooit: we komen afspraken niet na".
pub fn answered_point(direction: Direction, score: u32, text: &str) -> String {
    format!("{}: {}", answer_word(direction, score), as_point(text))
}

fn as_point(text: &str) -> String {
    let text = text.trim().trim_end_matches('.');
    let mut chars = text.chars();
    let body = match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            format!("{}{}", first.to_lowercase(), chars.as_str())
        }
        _ => text.to_string(),
    };
    body
}

/// The zelftest's introduction: who is asked what, for a role and (for "Anders") the
/// perspective it chose; `None` for "Anders" before it chose.
pub fn role_intro(role: Role, chosen: Option<Perspective>) -> &'static str {
    match (role, chosen) {
        (Role::Raad, _) => "Met “wij” bedoelen de stellingen de gemeenteraad: alle fracties samen.",
        (Role::College, _) => "Met “wij” bedoelen de stellingen het college van burgemeester en wethouders. Bij het mandaat gaat het om het mandaat dat jullie van de raad krijgen.",
        (Role::AmbtelijkeOrganisatie, _) => "Met “wij” bedoelen de stellingen de ambtelijke organisatie van de gemeente. Stellingen over wat alleen de raad en het college doen, krijg je niet.",
        (Role::Samenleving, _) | (Role::Anders, Some(Perspective::Partner)) => "Je kijkt als partner naar de gemeente: hoe werkt de gemeente met jou en anderen samen? De gemeente beantwoordt dezelfde punten over zichzelf.",
        (Role::Anders, Some(_)) => "Je antwoordt voor de gemeente: met “wij” bedoelen de stellingen de gemeente.",
        (Role::Anders, None) => "Kies of je antwoordt voor de gemeente (“wij”) of als partner die naar de gemeente kijkt.",
    }
}

/// What a result is about, by perspective: a partner's result is how they see the gemeente.
pub fn result_about(perspective: Perspective) -> &'static str {
    match perspective {
        Perspective::Gemeente => "Zo ziet de gemeente zichzelf als samenwerkingspartner.",
        Perspective::Partner => "Zo zie jij de gemeente als samenwerkingspartner.",
        Perspective::EigenOrganisatie => "Deze zelftest is gemaakt voordat partners naar de gemeente keken: de stellingen gingen over je eigen organisatie.",
    }
}

/// The break above each part of the zelftest: its title and one line on how to answer
/// (the scale turns round: in the second part the right-hand answer is the bad one).
pub fn part_intro(
    direction: Direction,
    reader: crate::model::assessment::Reader,
) -> (&'static str, &'static str) {
    use crate::model::assessment::Reader;
    match (direction, reader == Reader::Partner) {
        (Direction::Helps, false) => (
            "Deel 1: wat helpt",
            "In hoeverre doen wij dit? Hier is rechts goed: “Helemaal” is het beste antwoord.",
        ),
        (Direction::Helps, true) => (
            "Deel 1: wat helpt",
            "In hoeverre doet de gemeente dit? Hier is rechts goed: “Helemaal” is het beste antwoord.",
        ),
        (Direction::Avoid, false) => (
            "Deel 2: wat doe je liever niet?",
            "Hoe vaak komt dit voor? Let op: hier is rechts slecht. “Nooit” is het beste antwoord.",
        ),
        (Direction::Avoid, true) => (
            "Deel 2: wat doet de gemeente liever niet?",
            "Hoe vaak komt dit voor? Let op: hier is rechts slecht. “Nooit” is het beste antwoord.",
        ),
    }
}

/// The role of a result, with the perspective where the role alone does not say it: "Anders,
/// als partner over de gemeente"; an old partner's result about its own organisation says so.
pub fn role_words(assessment: &crate::model::assessment::Assessment) -> String {
    match (assessment.role, assessment.perspective()) {
        (_, Perspective::EigenOrganisatie) => format!(
            "{} (oude zelftest over de eigen organisatie)",
            assessment.role.label()
        ),
        (Role::Anders, Perspective::Partner) => "Anders, als partner over de gemeente".to_string(),
        (Role::Anders, _) => "Anders, voor de gemeente".to_string(),
        (role, _) => role.label().to_string(),
    }
}
