//! The seed's fixed choices for an evaluation: the seven matters of maatwerk, the two
//! conditions, the suggested werkvormen and the 12 example cases.

use crate::content;
use crate::model::evaluation::Complexity;
use crate::model::fold::fold;

/// The seven matters of maatwerk (content list `zeven-zaken`), in the seed's order.
pub const MATTERS: [&str; 7] = [
    "zaak-belangen",
    "zaak-belanghebbenden",
    "zaak-doelen",
    "zaak-rolverdeling",
    "zaak-spelregels",
    "zaak-verwachtingenmanagement",
    "zaak-communicatie",
];

/// Conditions for cooperation from the guide's working method: (key, label, explanation).
pub const CONDITIONS: [(&str, &str, &str); 2] = [
    (
        "openheid",
        "Openheid",
        "Ruimte in het beleid, bereidheid om invloed te delen, een open proces.",
    ),
    (
        "duidelijkheid",
        "Duidelijkheid",
        "Heldere rollen en startposities; met één mond praten.",
    ),
];

/// Common participation werkvormen, offered as suggestions (free text is allowed too).
pub const WERKVORMEN: [&str; 12] = [
    "Enquête",
    "Inloopavond",
    "Burgerpanel",
    "Burgerforum",
    "Burgerberaad",
    "Klankbordgroep",
    "Wereldcafé",
    "Dialoogtafel",
    "Focusgroep",
    "Schouw",
    "Brainstorm",
    "Storytelling",
];

/// Whether an example case of the seed is simple or complex, from the list it is in.
pub fn example_complexity(example: &str) -> Option<Complexity> {
    let in_list = |list: &str| {
        content::list(list).is_some_and(|l| l.items.iter().any(|item| item.id == example))
    };
    if in_list("voorbeelden-eenvoudig") {
        Some(Complexity::Eenvoudig)
    } else if in_list("voorbeelden-complex") {
        Some(Complexity::Complex)
    } else {
        None
    }
}

/// The seed's 12 example cases, simple ones first: (id, title, complexity).
pub fn examples() -> Vec<(&'static str, &'static str, Complexity)> {
    [
        ("voorbeelden-eenvoudig", Complexity::Eenvoudig),
        ("voorbeelden-complex", Complexity::Complex),
    ]
    .into_iter()
    .filter_map(|(list, complexity)| content::list(list).map(|l| (l, complexity)))
    .flat_map(|(list, complexity)| {
        list.items
            .iter()
            .map(move |item| (item.id, item.text, complexity))
    })
    .collect()
}

/// The example case whose title is exactly `title` (ignoring case and accents).
pub fn example_by_title(title: &str) -> Option<&'static str> {
    let wanted = fold(title.trim());
    examples()
        .into_iter()
        .find(|(_, text, _)| fold(text) == wanted)
        .map(|(id, _, _)| id)
}

/// The label of a matter of maatwerk, or the id itself when unknown.
pub fn matter_label(id: &str) -> String {
    content::item(id)
        .map(|item| item.text.to_string())
        .unwrap_or_else(|| id.to_string())
}
