//! The answer forms written into `/zelftest` and `/checklists` at build time (issue 26), so a
//! participant answers before the app has arrived, and without it: the zelftest's role
//! choice, name and every statement with its scale, and every checklist's items, as real form
//! controls with the app's labels, order, ids and names, generated from `content/` like the
//! app. `public/answer-first.js` (inline in those pages) shows the chosen role's wording and
//! the named list, keeps every field (`model::kept`) and shows a message when the app cannot
//! run. Run by `examples/answer_first.rs` from scripts/prerender.mjs. Native only.

use std::fmt::Write;

use crate::content::{self, Statement};
use crate::model::assessment::{Answer, Direction, Perspective, Reader, Role, WORDING_VERSION};
use crate::model::checklist::ItemState;
use crate::model::wording::{part_intro, role_intro};

/// The form's id: the app finds the form by it when it starts (`components::kept`).
pub const FORM_ID: &str = "vooraf";

/// How a reader is named in the form's `data-` attributes and by the script.
pub fn reader_key(reader: Reader) -> &'static str {
    match reader {
        Reader::Wij => "wij",
        Reader::College => "college",
        Reader::Ambtelijk => "ambtelijk",
        Reader::Partner => "partner",
    }
}

/// Text escaped for HTML content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// ` data-college="…" data-partner="…"` for the readers whose text differs from the
/// raad's (`wij`), with `data-wij` when any does; empty when all read the same.
fn variants(text: impl Fn(Reader) -> Option<&'static str>) -> String {
    let wij = text(Reader::Wij).unwrap_or_default();
    let mut out = String::new();
    for reader in [Reader::College, Reader::Ambtelijk, Reader::Partner] {
        if let Some(other) = text(reader).filter(|t| *t != wij) {
            let _ = write!(out, r#" data-{}="{}""#, reader_key(reader), escape(other));
        }
    }
    if !out.is_empty() {
        out = format!(r#" data-wij="{}"{out}"#, escape(wij));
    }
    out
}

/// The message shown when the app cannot run here (no WebAssembly, or its download failed).
fn message(kind: &str) -> String {
    format!(
        r#"<p class="vooraf-melding error" role="alert" hidden>Deze browser kan de app niet starten, en die is nodig voor {}. Je antwoorden blijven bewaard op dit apparaat: ze staan er als {kind} zodra de app hier weer start, bijvoorbeeld in een andere browser of na een nieuwe poging met een goede verbinding.</p>"#,
        if kind == "zelftest" {
            "je score"
        } else {
            "het bewaren als checklist"
        }
    )
}

/// The statements of the current wording version, each with the readers it is asked of.
fn asked() -> Vec<&'static Statement> {
    content::statements_for(WORDING_VERSION, Reader::Wij)
        .into_iter()
        .chain(
            Reader::ALL
                .into_iter()
                .flat_map(|r| content::statements_for(WORDING_VERSION, r)),
        )
        .fold(Vec::new(), |mut all: Vec<&'static Statement>, s| {
            if !all.iter().any(|a| a.id == s.id) {
                all.push(s);
            }
            all
        })
}

/// Checks what the form relies on: every reader's statements are the union's in the same
/// order, and the "liever niet" part starts at the same statement for every reader (the
/// form draws one part break). An error names what breaks it.
pub fn check() -> Result<(), String> {
    let all = asked();
    let order: Vec<&str> = all.iter().map(|s| s.id).collect();
    let mut first_avoid = None;
    for reader in Reader::ALL {
        let own: Vec<&str> = content::statements_for(WORDING_VERSION, reader)
            .iter()
            .map(|s| s.id)
            .collect();
        let in_order: Vec<&str> = order
            .iter()
            .copied()
            .filter(|id| own.contains(id))
            .collect();
        if in_order != own {
            return Err(format!(
                "{}: statements in another order",
                reader_key(reader)
            ));
        }
        let first = content::statements_for(WORDING_VERSION, reader)
            .iter()
            .find(|s| s.direction() == Direction::Avoid)
            .map(|s| s.id);
        if first_avoid.is_some_and(|f| f != first) {
            return Err(format!(
                "{}: the \"liever niet\" part starts elsewhere",
                reader_key(reader)
            ));
        }
        first_avoid = Some(first);
    }
    Ok(())
}

/// The zelftest's form: what `/zelftest`'s start page asks (role, "Anders"'s perspective,
/// name), then what `/zelftest/{id}` shows (progress, every statement with its scale in the
/// raad's wording and the others' as `data-` attributes, the part breaks, "Vorige" and
/// "Volgende"), as the app renders them.
pub fn zelftest_form() -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<form class="panel vooraf" id="{FORM_ID}" data-kind="zelftest">{}"#,
        message("zelftest")
    );
    html.push_str(
        r#"<fieldset class="role-choice"><legend>Jouw rol</legend><div class="choice-row wrap">"#,
    );
    for role in Role::ALL {
        let _ = write!(
            html,
            r#"<label class="choice"><input type="radio" name="rol" value="{}">{}</label>"#,
            role.key(),
            escape(role.label())
        );
    }
    html.push_str(r#"</div></fieldset><fieldset class="role-choice perspective-choice" hidden><legend>Je antwoordt</legend><div class="choice-row wrap">"#);
    for (perspective, text) in [
        (Perspective::Gemeente, "Voor de gemeente"),
        (Perspective::Partner, "Als partner, over de gemeente"),
    ] {
        let _ = write!(
            html,
            r#"<label class="choice"><input type="radio" name="perspectief" value="{}">{text}</label>"#,
            perspective.key()
        );
    }
    html.push_str(r#"</div></fieldset><p class="hint role-intro" aria-live="polite""#);
    for role in Role::ALL {
        let _ = write!(
            html,
            r#" data-{}="{}""#,
            role.key(),
            escape(role_intro(role, None))
        );
    }
    for perspective in [Perspective::Gemeente, Perspective::Partner] {
        let _ = write!(
            html,
            r#" data-anders-{}="{}""#,
            perspective.key(),
            escape(role_intro(Role::Anders, Some(perspective)))
        );
    }
    html.push_str(r#"></p><div class="field"><label for="zelftest-label">Naam of groep (niet verplicht)</label><input id="zelftest-label" name="naam" type="text" aria-describedby="zelftest-label-hint"><p id="zelftest-label-hint" class="hint">Deel je je resultaat? Dan ziet de begeleider deze naam. Die kan hem ook op het scherm aan de groep laten zien. Laat dit leeg om anoniem mee te doen.</p></div><p class="error vooraf-fout" role="alert" hidden data-rol="Kies eerst je rol." data-perspectief="Kies eerst of je antwoordt voor de gemeente of als partner."></p><button type="submit">Zelftest starten</button>"#);

    let all = asked();
    let total = all.len();
    html.push_str(r#"<div class="vooraf-stellingen" hidden>"#);
    // What the editor says above the statements for a reader with statements left out.
    for reader in Reader::ALL {
        let left: Vec<&Statement> = all
            .iter()
            .copied()
            .filter(|s| s.left_out_for(reader).is_some())
            .collect();
        if left.is_empty() {
            continue;
        }
        let _ = write!(
            html,
            r#"<div class="left-out hint" data-voor="{}" hidden><p>Niet gevraagd aan jouw rol ({}), en dus niet in je score:</p><ul>"#,
            reader_key(reader),
            left.len()
        );
        for s in left {
            let _ = write!(
                html,
                "<li>“{}” {}</li>",
                escape(s.wij),
                escape(s.left_out_for(reader).unwrap_or_default())
            );
        }
        html.push_str("</ul></div>");
    }
    let _ = write!(
        html,
        r#"<div class="progress-line sticky-progress" role="status"><progress max="{total}" value="0"></progress><span>0 van {total} beantwoord</span></div><p class="hint no-print">Kies bij elke stelling wat het beste past. Weet je het niet, kies dan “Weet ik niet”: dat telt niet mee in de score.</p><ol class="statements">"#
    );
    let first_avoid = all.iter().position(|s| s.direction() == Direction::Avoid);
    for (index, statement) in all.iter().enumerate() {
        let direction = statement.direction();
        let skip: Vec<&str> = Reader::ALL
            .into_iter()
            .filter(|r| statement.left_out_for(*r).is_some())
            .map(reader_key)
            .collect();
        let _ = write!(
            html,
            r#"<li class="statement{}"{}>"#,
            if index == 0 { " current" } else { "" },
            if skip.is_empty() {
                String::new()
            } else {
                format!(r#" data-skip="{}""#, skip.join(" "))
            }
        );
        if index == 0 || Some(index) == first_avoid {
            let (title, explain) = part_intro(direction, Reader::Wij);
            let _ = write!(
                html,
                r#"<div class="part-intro"><h2{}>{}</h2><p{}>{}</p></div>"#,
                variants(|r| Some(part_intro(direction, r).0)),
                escape(title),
                variants(|r| Some(part_intro(direction, r).1)),
                escape(explain)
            );
        }
        let _ = write!(
            html,
            r#"<fieldset><legend><span class="statement-number">Stelling {} van {total}</span><span class="statement-text"{}>{}</span><span class="statement-question"{}>{}</span></legend><div class="likert">"#,
            index + 1,
            variants(|r| statement.text_for(r)),
            escape(statement.wij),
            variants(|r| Some(Answer::question(direction, r))),
            escape(Answer::question(direction, Reader::Wij))
        );
        let labels = Answer::scale_labels(direction);
        let options = (1..=5u8)
            .map(|v| (labels[usize::from(v - 1)], v.to_string()))
            .chain(std::iter::once(("Weet ik niet", "weet-niet".to_string())));
        for (label, key) in options {
            let id = format!("{}-{key}", statement.id);
            let _ = write!(
                html,
                r#"<label class="choice{}" for="{id}"><input type="radio" id="{id}" name="{}" value="{key}"><span>{label}</span></label>"#,
                if key == "weet-niet" { " dont-know" } else { "" },
                statement.id
            );
        }
        html.push_str("</div></fieldset></li>");
    }
    let _ = write!(
        html,
        r#"</ol><nav class="statement-nav no-print" aria-label="Stellingen"><button type="button" class="secondary" data-stap="-1" disabled>Vorige</button><span>Stelling 1 van {total}</span><button type="button" data-stap="1">Volgende</button></nav></div></form>"#
    );
    html
}

/// Every checklist's form: the title and date as the start form names them
/// (`checklist-titel`, `checklist-datum`), then as `/checklists/{id}` shows it (progress, the
/// list's lead-in, every item with the list's answer words and a note), each list hidden
/// until the script shows the one `?nieuw=` names.
pub fn checklists_form() -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<form class="panel vooraf" id="{FORM_ID}" data-kind="checklist" hidden>{}"#,
        message("checklist")
    );
    for list in content::checklists() {
        let _ = write!(
            html,
            r#"<h2 data-lijst="{}" hidden>Nieuwe checklist: {}</h2>"#,
            list.id,
            escape(list.title)
        );
    }
    html.push_str(r#"<div class="form-grid"><div class="field"><label for="checklist-titel">Titel (de casus of het overleg)</label><input id="checklist-titel" name="titel" type="text" placeholder="Bijvoorbeeld: Buurtwinkel Espel"></div><div class="field"><label for="checklist-datum">Datum</label><input id="checklist-datum" name="datum" type="date"></div><div class="form-actions"><button type="submit">Checklist starten</button><a href="checklists" class="button secondary">Annuleren</a></div></div>"#);
    for list in content::checklists() {
        let total = list.items.len();
        let words: Vec<&str> = ItemState::ALL.iter().map(|s| list.answer(*s)).collect();
        let _ = write!(
            html,
            r#"<div data-lijst="{}" hidden><div class="progress-line" role="status"><progress max="{total}" value="0"></progress><span data-woorden="{}">0 van {total} ingevuld · {}</span></div>"#,
            list.id,
            escape(&words.join("|")),
            escape(
                &words
                    .iter()
                    .map(|w| format!("{w}: 0"))
                    .collect::<Vec<_>>()
                    .join(" · ")
            )
        );
        if !list.lead.is_empty() {
            let _ = write!(
                html,
                r#"<p class="checklist-lead">{}</p>"#,
                escape(list.lead)
            );
        }
        html.push_str(r#"<ol class="checklist-items">"#);
        for (index, item) in list.items.iter().enumerate() {
            let number = index + 1;
            let _ = write!(
                html,
                r#"<li class="checklist-item"><fieldset><legend><span class="item-number">{number}. </span>{}</legend><div class="choice-row">"#,
                escape(item.text)
            );
            for state in ItemState::ALL {
                let id = format!("{}-{}", item.id, state.key());
                let _ = write!(
                    html,
                    r#"<label class="choice" for="{id}"><input type="radio" id="{id}" name="{}" value="{}">{}</label>"#,
                    item.id,
                    state.key(),
                    escape(list.answer(state))
                );
            }
            let _ = write!(
                html,
                r#"</div><div class="field note-field"><label for="notitie-{0}">Notitie bij punt {number}</label><textarea id="notitie-{0}" name="notitie-{0}" rows="2"></textarea></div></fieldset></li>"#,
                item.id
            );
        }
        html.push_str("</ol></div>");
    }
    html.push_str("</form>");
    html
}
