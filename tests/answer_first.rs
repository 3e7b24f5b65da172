//! The answer forms pre-rendered into /zelftest and /checklists (issue 26,
//! `answer_first`) and the take-over of what was kept in them (`model::kept`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use samenwerkingswijzer::answer_first::{
    check, checklists_form, escape, reader_key, zelftest_form,
};
use samenwerkingswijzer::content;
use samenwerkingswijzer::model::assessment::{Answer, Perspective, Reader, Role, WORDING_VERSION};
use samenwerkingswijzer::model::checklist::ItemState;
use samenwerkingswijzer::model::kept;

/// Percent-decoding as the browser's `decodeURIComponent` (the app's decoder).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (byte, hex) {
            (b'%', Some(value)) => {
                out.push(value);
                i += 3;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

fn assessment(
    raw: &str,
    id: String,
    now: &str,
) -> Option<samenwerkingswijzer::model::assessment::Assessment> {
    kept::assessment(raw, id, now, decode)
}

/// Every `id="…"` in the HTML, in order.
fn ids(html: &str) -> Vec<&str> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[test]
fn the_content_fits_one_form() {
    assert_eq!(check(), Ok(()));
}

#[test]
fn zelftest_form_has_every_statement_with_the_apps_ids_and_labels_in_order() {
    let html = zelftest_form();
    let all = ids(&html);
    let unique: BTreeSet<&str> = all.iter().copied().collect();
    assert_eq!(all.len(), unique.len(), "duplicate ids");
    for role in Role::ALL {
        assert!(html.contains(&format!(
            r#"<input type="radio" name="rol" value="{}">{}</label>"#,
            role.key(),
            role.label()
        )));
    }
    assert!(html.contains(r#"name="perspectief" value="partner""#));
    assert!(html.contains(r#"<input id="zelftest-label" name="naam""#));
    // Every statement any reader is asked, in the app's order, with its six answers.
    let mut position = 0;
    for reader in Reader::ALL {
        let mut last = 0;
        for statement in content::statements_for(WORDING_VERSION, reader) {
            let labels = Answer::scale_labels(statement.direction());
            for (value, label) in ["1", "2", "3", "4", "5"].iter().zip(labels) {
                let control = format!(
                    r#"<input type="radio" id="{0}-{value}" name="{0}" value="{value}"><span>{label}</span>"#,
                    statement.id
                );
                let at = html.find(&control).unwrap_or_else(|| panic!("{control}"));
                assert!(at > last, "{} out of order", statement.id);
                last = at;
            }
            assert!(html.contains(&format!(r#"id="{}-weet-niet""#, statement.id)));
            // The reader's wording is the text or one of the element's data attributes.
            let text = escape(statement.text_for(reader).unwrap_or_default());
            assert!(
                html.contains(&format!(">{text}</span>"))
                    || html.contains(&format!(r#"data-{}="{text}""#, reader_key(reader))),
                "{}: {} wording",
                statement.id,
                reader_key(reader)
            );
        }
        position = position.max(last);
    }
    assert!(position > 0);
    // Left out for the ambtelijke organisatie, on purpose and visibly.
    for statement in content::statements_for(WORDING_VERSION, Reader::Wij) {
        if statement.left_out_for(Reader::Ambtelijk).is_some() {
            let control = html
                .find(&format!(r#"id="{}-1""#, statement.id))
                .expect("the statement's first answer");
            let item = html[..control]
                .rfind(r#"<li class="statement"#)
                .expect("its list item");
            let opening = &html[item..control];
            let tag = &opening[..opening.find('>').expect("the item's tag")];
            assert!(
                tag.contains(r#"data-skip="ambtelijk""#),
                "{}: {tag}",
                statement.id
            );
        }
    }
    // One part break before the "liever niet" statements, besides the first part's.
    assert_eq!(html.matches(r#"<div class="part-intro">"#).count(), 2);
    assert!(html.contains("Deel 2: wat doe je liever niet?"));
    assert!(html.contains(r#"data-partner="Deel 2: wat doet de gemeente liever niet?""#));
}

#[test]
fn checklist_forms_have_every_list_with_its_words_and_unique_ids() {
    let html = checklists_form();
    let all = ids(&html);
    let unique: BTreeSet<&str> = all.iter().copied().collect();
    assert_eq!(all.len(), unique.len(), "duplicate ids");
    for list in content::checklists() {
        assert!(html.contains(&format!(r#"<div data-lijst="{}" hidden>"#, list.id)));
        for item in list.items {
            for state in ItemState::ALL {
                assert!(html.contains(&format!(
                    r#"<input type="radio" id="{0}-{1}" name="{0}" value="{1}">{2}</label>"#,
                    item.id,
                    state.key(),
                    escape(list.answer(state))
                )));
            }
            assert!(html.contains(&format!(r#"<textarea id="notitie-{}""#, item.id)));
        }
    }
}

#[test]
fn kept_zelftest_answers_make_one_zelftest_from_the_first_answer() {
    let now = "2026-12-07T01:00:00.000Z";
    // A role or a name alone stays in the form.
    assert!(assessment("rol=raad&naam=A", "x".into(), now).is_none());
    assert!(assessment("rol=anders&helpen-01=3", "x".into(), now,).is_none());
    assert!(assessment("rol=raad&helpen-01=%ZZ3", "x".into(), now).is_none());
    assert!(assessment("rol=raad&helpen-01=9", "x".into(), now).is_none());
    assert!(assessment("rol=koning&helpen-01=3", "x".into(), now,).is_none());
    // "Zelftest starten": a role is enough, "Anders" also needs its side.
    let started = assessment("rol=raad&naam=A&start=1", "x".into(), now);
    assert_eq!(
        started.map(|a| (a.role, a.label)),
        Some((Role::Raad, "A".to_string()))
    );
    assert!(assessment("rol=anders&start=1", "x".into(), now).is_none());
    let a = assessment(
        "rol=anders&perspectief=partner&naam=%20J%C3%A9t%20%26%20co%20&helpen-01=3&liever-niet-02=weet-niet&helpen-02=9",
        "id-1".into(),
        now,
    )
    .expect("a zelftest");
    assert_eq!(a.id, "id-1");
    assert_eq!(a.role, Role::Anders);
    assert_eq!(a.perspective(), Perspective::Partner);
    assert_eq!(a.label, "Jét & co");
    assert_eq!(a.answers.len(), 2);
    assert_eq!(a.answers.get("helpen-01"), Some(&Answer::Scale(3)));
    assert_eq!(a.answers.get("liever-niet-02"), Some(&Answer::DontKnow));
    // A statement left out for the role does not count, even when answered before a switch.
    let left_out = content::statements_for(WORDING_VERSION, Reader::Wij)
        .into_iter()
        .find(|s| s.left_out_for(Reader::Ambtelijk).is_some())
        .expect("a statement left out for the ambtelijke organisatie");
    let raw = format!("rol=ambtelijke-organisatie&helpen-01=5&{}=2", left_out.id);
    let a = assessment(&raw, "id-2".into(), now).expect("a zelftest");
    assert_eq!(a.answers.len(), 1);
}

#[test]
fn kept_checklist_fields_make_a_checklist() {
    let list = content::checklists().next().expect("a checklist");
    let item = &list.items[0];
    let raw = format!(
        "lijst={}&titel=Buurtwinkel%20Espel&{}=niet-gedaan&notitie-{}=Vragen%3F%0Aja&datum=",
        list.id, item.id, item.id
    );
    let c = kept::checklist(
        &raw,
        "c1".into(),
        "2026-12-07",
        "2026-12-07T01:00:00.000Z",
        decode,
    )
    .expect("a checklist");
    assert_eq!(c.list, list.id);
    assert_eq!(c.title, "Buurtwinkel Espel");
    assert_eq!(c.date, "2026-12-07");
    assert_eq!(c.entry(item.id).state, Some(ItemState::NotDone));
    assert_eq!(c.entry(item.id).note, "Vragen?\nja");
    assert!(kept::checklist("lijst=bestaat-niet", "c".into(), "d", "n", decode).is_none());
    assert!(kept::ZELFTEST_KEY.starts_with(kept::KEPT_PREFIX));
    assert!(kept::CHECKLIST_PREFIX.starts_with(kept::KEPT_PREFIX));
    // "Alles verwijderen" removes every key with the app's prefix.
    assert!(kept::KEPT_PREFIX.starts_with("samenwerkingswijzer"));
}
