#![cfg(all(not(target_arch = "wasm32"), feature = "all-kinds"))]
//! The mirror (issue 24): the gemeente's own picture beside the partners', averages only from
//! MIN_ANSWERS answers on, old partner results about their own organisation left out,
//! statements left out for a role not counted; 0, 1, 2 and many per perspective.

use samenwerkingswijzer::content::{assessment_scale, scale_of};
use samenwerkingswijzer::model::assessment::{Answer, Assessment, Direction, Perspective, Role};
use samenwerkingswijzer::model::mirror::{mirror, Mirror, Sides, MIN_ANSWERS, MIN_GAP};

/// A result of `role` (for Anders: `side`) answering every statement it is asked with
/// `helps` / `avoid` (scale values).
fn result(id: &str, role: Role, side: Option<Perspective>, helps: u8, avoid: u8) -> Assessment {
    let mut a = Assessment::start(id.into(), role, side, "", "2026-12-01T10:00:00.000Z");
    for (statement, direction) in scale_of(&a) {
        let value = if direction == Direction::Helps {
            helps
        } else {
            avoid
        };
        a.answer(statement, Answer::Scale(value), "2026-12-01T10:05:00.000Z");
    }
    a
}

fn build(group: &[Assessment]) -> Mirror {
    mirror(group, &assessment_scale(), |a, id| {
        scale_of(a).iter().any(|(s, _)| *s == id)
    })
}

#[test]
fn no_results_no_sides_and_no_figures() {
    let m = build(&[]);
    assert_eq!(m.sides(), Sides::None);
    assert_eq!(m.rows.len(), assessment_scale().len());
    assert!(m
        .rows
        .iter()
        .all(|r| r.gemeente.average.is_none() && r.partners.average.is_none()));
    assert!(m.differences(5).is_empty());
}

#[test]
fn one_or_two_answers_are_counted_but_never_shown_as_an_average() {
    assert_eq!(MIN_ANSWERS, 3);
    let one = build(&[result("r", Role::Raad, None, 5, 1)]);
    assert_eq!(one.sides(), Sides::GemeenteOnly);
    assert_eq!(one.rows[0].gemeente.answered, 1);
    assert_eq!(
        one.rows[0].gemeente.average, None,
        "one person's answer is not a group's"
    );
    let two = build(&[
        result("r", Role::Raad, None, 5, 1),
        result("c", Role::College, None, 3, 3),
    ]);
    assert_eq!(two.rows[0].gemeente.answered, 2);
    assert_eq!(two.rows[0].gemeente.average, None);
    assert!(two.differences(5).is_empty());
}

#[test]
fn with_one_perspective_only_the_mirror_says_so_and_names_no_difference() {
    let partners = build(&[
        result("p1", Role::Samenleving, None, 2, 4),
        result("p2", Role::Samenleving, None, 2, 4),
        result("p3", Role::Anders, Some(Perspective::Partner), 2, 4),
    ]);
    assert_eq!(partners.sides(), Sides::PartnersOnly);
    assert_eq!((partners.gemeente, partners.partners), (0, 3));
    assert_eq!(partners.rows[0].partners.average, Some(25));
    assert_eq!(partners.rows[0].gemeente.average, None);
    assert!(partners.differences(5).is_empty());
}

#[test]
fn many_per_side_give_both_pictures_and_the_largest_differences_first() {
    // The gemeente sees itself at "Grotendeels"/"Zelden" (75); partners at "Een beetje"/"Vaak"
    // (25), except one statement where they agree.
    let mut group = vec![
        result("r1", Role::Raad, None, 4, 2),
        result("r2", Role::Raad, None, 4, 2),
        result("c", Role::College, None, 4, 2),
        result("a", Role::AmbtelijkeOrganisatie, None, 4, 2),
        result("g", Role::Anders, Some(Perspective::Gemeente), 4, 2),
    ];
    for id in ["p1", "p2", "p3"] {
        let mut p = result(id, Role::Samenleving, None, 2, 4);
        p.answer("helpen-02", Answer::Scale(4), "t");
        group.push(p);
    }
    let m = build(&group);
    assert_eq!(m.sides(), Sides::Both);
    assert_eq!((m.gemeente, m.partners, m.left_out_old), (5, 3, 0));
    let row = |id: &str| m.rows.iter().find(|r| r.id == id).expect("row");
    assert_eq!(row("helpen-01").gemeente.average, Some(75));
    assert_eq!(row("helpen-01").partners.average, Some(25));
    assert_eq!(row("helpen-01").gap(), Some(-50));
    assert_eq!(row("helpen-02").gap(), Some(0));
    let differences: Vec<&str> = m.differences(3).iter().map(|r| r.id.as_str()).collect();
    assert_eq!(differences, ["helpen-01", "helpen-03", "helpen-04"]);
    assert!(m.differences(99).iter().all(|r| r
        .gap()
        .is_some_and(|g| g.unsigned_abs() >= u64::from(MIN_GAP))));
    assert!(!m.differences(99).iter().any(|r| r.id == "helpen-02"));
}

#[test]
fn a_statement_left_out_for_a_role_rests_on_the_others_answers() {
    // liever-niet-03 is not asked of the ambtelijke organisatie: an answer it holds anyway
    // does not count, and the three others make the average.
    let mut ambtelijk = result("a", Role::AmbtelijkeOrganisatie, None, 4, 5);
    ambtelijk.answer("liever-niet-03", Answer::Scale(5), "t");
    let group = vec![
        ambtelijk,
        result("r", Role::Raad, None, 4, 1),
        result("c", Role::College, None, 4, 1),
        result("g", Role::Anders, None, 4, 1),
    ];
    let m = build(&group);
    let row = m
        .rows
        .iter()
        .find(|r| r.id == "liever-niet-03")
        .expect("row");
    assert_eq!(row.gemeente.answered, 3);
    assert_eq!(row.gemeente.average, Some(100));
    let other = m
        .rows
        .iter()
        .find(|r| r.id == "liever-niet-01")
        .expect("row");
    assert_eq!(other.gemeente.answered, 4);
    assert_eq!(other.gemeente.average, Some(75));
}

#[test]
fn old_partner_results_about_their_own_organisation_stay_out_of_the_mirror() {
    let mut old = result("old", Role::Samenleving, None, 5, 1);
    old.perspective = None;
    old.wording = None;
    let mut old_raad = result("old-raad", Role::Raad, None, 3, 3);
    old_raad.perspective = None;
    old_raad.wording = None;
    let m = build(&[old, old_raad]);
    assert_eq!((m.gemeente, m.partners, m.left_out_old), (1, 0, 1));
    assert_eq!(m.rows[0].partners.answered, 0);
    assert_eq!(
        m.rows[0].gemeente.answered, 1,
        "an old raad result still rated the gemeente"
    );
}

#[test]
fn dont_know_is_counted_apart_and_never_makes_an_average() {
    let mut group: Vec<Assessment> = (0..3)
        .map(|i| result(&format!("p{i}"), Role::Samenleving, None, 3, 3))
        .collect();
    group[0].answer("helpen-01", Answer::DontKnow, "t");
    let m = build(&group);
    assert_eq!(m.rows[0].partners.answered, 2);
    assert_eq!(m.rows[0].partners.dont_know, 1);
    assert_eq!(m.rows[0].partners.average, None);
    assert_eq!(m.rows[1].partners.average, Some(50));
}

#[test]
fn the_csv_carries_each_picture_with_its_perspective() {
    use samenwerkingswijzer::model::mirror::csv;
    assert_eq!(csv(&build(&[]), |id| id.to_string()), "");
    let group: Vec<Assessment> = (0..3)
        .map(|i| result(&format!("r{i}"), Role::Raad, None, 4, 2))
        .chain([result("p", Role::Samenleving, None, 2, 4)])
        .collect();
    let text = csv(&build(&group), |id| format!("Tekst; {id}"));
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], "");
    assert_eq!(
        lines[1],
        "Spiegel;Stelling (id);Stelling;Perspectief;Gemiddelde (0-100);Aantal antwoorden;Weet ik niet"
    );
    assert_eq!(
        lines[2],
        "1;helpen-01;\"Tekst; helpen-01\";De gemeente over zichzelf;75;3;0"
    );
    // One partner: counted, no average.
    assert_eq!(
        lines[3],
        "1;helpen-01;\"Tekst; helpen-01\";Partners over de gemeente;;1;0"
    );
    assert_eq!(lines.len(), 2 + 2 * assessment_scale().len() + 1);
}
