//! The group summary as CSV for Dutch spreadsheets (`;` between fields, UTF-8 with a BOM).

use crate::model::assessment::{Perspective, Role};

use super::{GroupSummary, ListStats};

/// A CSV field for a spreadsheet with `;` separators.
fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn opt(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The summary as CSV for Dutch spreadsheets: UTF-8 with a byte order mark, `;` between
/// fields, one row per statement, the last column its perspective (the gemeente's own
/// picture; partners' figures are in `model::mirror::csv`). `text_of` gives a statement's
/// text.
pub fn csv(summary: &GroupSummary, text_of: impl Fn(&str) -> String) -> String {
    let mut out = String::from("\u{feff}");
    let mut header = vec![
        "Nr".to_string(),
        "Stelling".into(),
        "Gemiddelde (0-100)".into(),
        "Spreiding".into(),
        "Aantal antwoorden".into(),
        "Weet ik niet".into(),
        "Score 0".into(),
        "Score 25".into(),
        "Score 50".into(),
        "Score 75".into(),
        "Score 100".into(),
    ];
    header.extend(
        Role::ALL
            .iter()
            .map(|r| format!("Gemiddelde {}", r.label())),
    );
    header.push("Perspectief".into());
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for (index, s) in summary.statements.iter().enumerate() {
        let mut row = vec![
            (index + 1).to_string(),
            csv_field(&text_of(&s.item)),
            opt(s.average),
            opt(s.spread),
            s.answered().to_string(),
            s.dont_know.to_string(),
        ];
        row.extend(s.buckets.iter().map(|b| b.to_string()));
        row.extend(
            Role::ALL
                .iter()
                .map(|role| opt(s.by_role.iter().find(|(r, _)| r == role).map(|(_, v)| *v))),
        );
        // These figures are the gemeente's own picture (see GroupSummary).
        row.push(Perspective::Gemeente.label().to_string());
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The checklist sections of the CSV (empty without checklists): per list a blank line, a
/// header in that list's own answer words ("Vermeden;Trad op;N.v.t." for the valkuilen), then
/// one row per item with the list, item id, item text, copies and the count per state.
/// `lists` comes from [`super::summarize_checklists`]; `title_of`, `answers_of` and `text_of`
/// give a list's title, a list's three answer words (done, notDone, notApplicable) and an
/// item's text.
pub fn checklists_csv<A: AsRef<str>>(
    lists: &[ListStats],
    title_of: impl Fn(&str) -> String,
    answers_of: impl Fn(&str) -> [A; 3],
    text_of: impl Fn(&str) -> String,
) -> String {
    let mut out = String::new();
    for (list, copies, items) in lists {
        let mut header = vec![
            "Checklist".to_string(),
            "Punt (id)".to_string(),
            "Punt".to_string(),
            "Aantal ingevuld".to_string(),
        ];
        header.extend(answers_of(list).iter().map(|w| csv_field(w.as_ref())));
        header.push("Niet ingevuld".to_string());
        out.push_str("\r\n");
        out.push_str(&header.join(";"));
        out.push_str("\r\n");
        for i in items {
            let open = copies.saturating_sub(i.done + i.not_done + i.not_applicable);
            let row = [
                csv_field(&title_of(list)),
                csv_field(&i.item),
                csv_field(&text_of(&i.item)),
                copies.to_string(),
                i.done.to_string(),
                i.not_done.to_string(),
                i.not_applicable.to_string(),
                open.to_string(),
            ];
            out.push_str(&row.join(";"));
            out.push_str("\r\n");
        }
    }
    out
}
