#![cfg(not(target_arch = "wasm32"))]
//! Strengths and weaknesses say what they mean: a "liever niet" statement is never listed as
//! a strength in its own words.

use proptest::prelude::*;
use samenwerkingswijzer::content::{self, StatementKind};
use samenwerkingswijzer::model::assessment::Direction;
use samenwerkingswijzer::model::wording::{point, score_meaning};

#[test]
fn avoid_statements_read_as_how_often_they_happen() {
    assert_eq!(
        point(Direction::Avoid, 75, "We komen afspraken niet na."),
        "Komt zelden voor: we komen afspraken niet na"
    );
    assert_eq!(
        point(Direction::Avoid, 0, "We komen afspraken niet na."),
        "Komt vaak voor: we komen afspraken niet na"
    );
    assert_eq!(
        point(Direction::Helps, 100, "We geven ruimte en delen invloed."),
        "Doen we veel: we geven ruimte en delen invloed"
    );
    assert_eq!(point(Direction::Helps, 50, "X"), "Doen we deels: X");
    assert_eq!(
        point(Direction::Helps, 10, "CDA en wij"),
        "Doen we weinig: CDA en wij"
    );
}

#[test]
fn no_avoid_statement_of_the_content_reads_as_itself() {
    let avoid: Vec<_> = content::STATEMENTS
        .iter()
        .filter(|s| s.kind == StatementKind::Avoid)
        .collect();
    assert_eq!(avoid.len(), 8);
    for s in avoid {
        for score in [0, 25, 50, 63, 75, 100] {
            let p = point(Direction::Avoid, score, s.text);
            assert!(p.starts_with("Komt "), "{p}");
            assert_ne!(p.trim(), s.text.trim());
            assert!(!p.starts_with(s.text));
        }
    }
}

proptest! {
    #[test]
    fn every_point_starts_with_its_meaning(score in 0u32..=100, text in ".{0,80}") {
        for direction in [Direction::Helps, Direction::Avoid] {
            let p = point(direction, score, &text);
            prop_assert!(p.starts_with(score_meaning(direction, score)));
        }
    }
}

#[test]
fn every_role_is_told_who_wij_is_and_about_weet_ik_niet() {
    use samenwerkingswijzer::model::assessment::Role;
    use samenwerkingswijzer::model::wording::{role_intro, who_we_are};
    for role in Role::ALL {
        let intro = role_intro(role);
        assert!(intro.contains(who_we_are(role)), "{intro}");
        assert!(intro.contains("“weet ik niet”"), "{intro}");
    }
    assert!(role_intro(Role::College).contains("het college van burgemeester en wethouders"));
}
