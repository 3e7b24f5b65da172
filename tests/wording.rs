#![cfg(not(target_arch = "wasm32"))]
//! Strengths and weaknesses say what they mean: a "liever niet" statement is never listed as
//! a strength in its own words.

use proptest::prelude::*;
use samenwerkingswijzer::content::{self, StatementKind};
use samenwerkingswijzer::model::assessment::{Answer, Direction, Reader};
use samenwerkingswijzer::model::wording::{answer_word, answered_point, point, score_meaning};

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
        for text in Reader::ALL.into_iter().filter_map(|r| s.text_for(r)) {
            for score in [0, 25, 50, 63, 75, 100] {
                let p = point(Direction::Avoid, score, text);
                assert!(p.starts_with("Komt "), "{p}");
                assert_ne!(p.trim(), text.trim());
                assert!(!p.starts_with(text));
                let own = answered_point(Direction::Avoid, score, text);
                assert_ne!(own.trim(), text.trim());
                assert!(!own.starts_with(text));
            }
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
fn one_participants_point_says_the_answer_they_gave() {
    // Issue 24: the answer "Nooit" read "Komt zelden voor: we komen afspraken niet na".
    let never = Answer::Scale(1)
        .score(Direction::Avoid)
        .expect("a scale answer");
    assert_eq!(
        answered_point(Direction::Avoid, never, "We komen afspraken niet na."),
        "Nooit: we komen afspraken niet na"
    );
    assert_eq!(
        answered_point(Direction::Avoid, 75, "De gemeente komt afspraken niet na."),
        "Zelden: de gemeente komt afspraken niet na"
    );
    assert_eq!(
        answered_point(Direction::Helps, 100, "We geven ruimte en delen invloed."),
        "Helemaal: we geven ruimte en delen invloed"
    );
    // Every answer on the scale comes back as its own word.
    for direction in [Direction::Helps, Direction::Avoid] {
        for value in 1..=5u8 {
            let score = Answer::Scale(value).score(direction).expect("a score");
            assert_eq!(
                answer_word(direction, score),
                Answer::scale_labels(direction)[usize::from(value - 1)]
            );
        }
    }
}

#[test]
fn every_role_is_told_who_is_asked_what_without_the_weet_ik_niet_patch() {
    use samenwerkingswijzer::model::assessment::{Perspective, Role};
    use samenwerkingswijzer::model::wording::role_intro;
    for role in Role::ALL {
        for chosen in [
            None,
            Some(Perspective::Gemeente),
            Some(Perspective::Partner),
        ] {
            let intro = role_intro(role, chosen);
            assert!(!intro.contains("weet ik niet"), "{intro}");
            let sentences = intro.matches(['.', '?']).count();
            assert!(
                (1..=2).contains(&sentences),
                "one or two sentences: {intro}"
            );
        }
    }
    assert!(role_intro(Role::College, None).contains("het college van burgemeester en wethouders"));
    assert!(role_intro(Role::Raad, None).contains("gemeenteraad"));
    assert!(role_intro(Role::Samenleving, None).contains("partner"));
    assert_eq!(
        role_intro(Role::Anders, Some(Perspective::Partner)),
        role_intro(Role::Samenleving, None)
    );
    assert!(role_intro(Role::Anders, None).starts_with("Kies"));
}

#[test]
fn the_two_parts_say_which_side_of_the_scale_is_good() {
    for reader in Reader::ALL {
        let (_, helps) = samenwerkingswijzer::model::wording::part_intro(Direction::Helps, reader);
        let (_, avoid) = samenwerkingswijzer::model::wording::part_intro(Direction::Avoid, reader);
        assert!(helps.contains("rechts goed"), "{helps}");
        assert!(avoid.contains("rechts slecht"), "{avoid}");
        assert!(avoid.starts_with(Answer::question(Direction::Avoid, reader)));
        assert!(helps.starts_with(Answer::question(Direction::Helps, reader)));
    }
}
