//! The housing example of the seed as a worksheet: what "Voorbeeld: woningbouwproject" opens.

use super::{ChoiceOption, ChoiceQuestion, ChoiceSheet, Content, Decider, Kind, Worksheet};
use crate::content;

/// The housing example of the seed (list `keuzevragen-woningbouw`) as a worksheet: the three
/// choice questions with the options the questions themselves name.
pub fn housing_example(id: String, now: &str, mut make_id: impl FnMut() -> String) -> Worksheet {
    let options: [&[(&str, &str)]; 3] = [
        &[
            (
                "Hoogbouw",
                "Meer woningen op minder grond; het buitengebied blijft vrij",
            ),
            ("Laagbouw", "Past bij het dorp; vaak gewild bij gezinnen"),
        ],
        &[
            (
                "Meer sociale woningbouw",
                "Betaalbare woningen voor wie ze nodig heeft",
            ),
            (
                "Meer particuliere woningbouw",
                "Meer opbrengst voor de financiën van het project",
            ),
        ],
        &[
            ("Meer parkeerplaatsen", "Minder auto's in de straat"),
            ("Meer groen en speelplek", "Een prettige openbare ruimte"),
        ],
    ];
    let items = content::list("keuzevragen-woningbouw")
        .map(|l| l.items)
        .unwrap_or_default();
    let questions = items
        .iter()
        .zip(options)
        .map(|(item, options)| ChoiceQuestion {
            id: make_id(),
            question: item.text.to_string(),
            options: options
                .iter()
                .map(|(text, pro)| ChoiceOption {
                    id: make_id(),
                    text: text.to_string(),
                    pro: pro.to_string(),
                    con: String::new(),
                })
                .collect(),
            political: Some(true),
            why: "De raad stelt hier de kaders: het gaat over de verdeling van schaarse ruimte en geld.".to_string(),
            decides: Some(Decider::Raad),
        })
        .collect();
    let mut sheet = Worksheet::new(id, Kind::ChoiceQuestions, now, &mut make_id);
    sheet.title = "Woningbouwproject".to_string();
    sheet.content = Content::ChoiceQuestions(ChoiceSheet {
        subject: "Een woningbouwproject".to_string(),
        questions,
    });
    sheet
}

/// The id under which the housing example opens (it is not stored until copied).
pub const HOUSING_EXAMPLE: &str = "voorbeeld-woningbouw";
