//! Self-assessment scoring: reverse items, "weet ik niet", extremes, strongest/weakest and
//! the comparison over time.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use samenwerkingswijzer::content::assessment_scale;
use samenwerkingswijzer::model::assessment::{history, mean, Answer, Assessment, Direction, Role};

fn assessment(id: &str, role: Role, created: &str, answers: &[(&str, Answer)]) -> Assessment {
    let mut a = Assessment::new(id.into(), role, String::new(), created);
    for (item, answer) in answers {
        a.answer(item, *answer, created);
    }
    a
}

fn all(helps: Answer, avoid: Answer) -> Vec<(&'static str, Answer)> {
    assessment_scale()
        .into_iter()
        .map(|(item, direction)| {
            (
                item,
                if direction == Direction::Helps {
                    helps
                } else {
                    avoid
                },
            )
        })
        .collect()
}

#[test]
fn helping_items_score_up_and_avoid_items_score_in_reverse() {
    assert_eq!(Answer::Scale(1).score(Direction::Helps), Some(0));
    assert_eq!(Answer::Scale(5).score(Direction::Helps), Some(100));
    assert_eq!(Answer::Scale(4).score(Direction::Helps), Some(75));
    assert_eq!(Answer::Scale(1).score(Direction::Avoid), Some(100));
    assert_eq!(Answer::Scale(5).score(Direction::Avoid), Some(0));
    assert_eq!(Answer::Scale(2).score(Direction::Avoid), Some(75));
    assert_eq!(Answer::DontKnow.score(Direction::Helps), None);
    assert_eq!(
        Answer::Scale(0).score(Direction::Helps),
        None,
        "out of range is not a score"
    );
    assert_eq!(Answer::Scale(6).score(Direction::Avoid), None);
}

#[test]
fn extremes_give_0_and_100() {
    let scale = assessment_scale();
    let best = assessment(
        "a",
        Role::Raad,
        "2026-01-01T00:00:00Z",
        &all(Answer::Scale(5), Answer::Scale(1)),
    );
    let worst = assessment(
        "b",
        Role::Raad,
        "2026-01-01T00:00:00Z",
        &all(Answer::Scale(1), Answer::Scale(5)),
    );
    assert_eq!(best.result(&scale).overall, Some(100));
    assert_eq!(worst.result(&scale).overall, Some(0));
}

#[test]
fn dont_know_is_left_out_not_counted_as_zero() {
    let scale = assessment_scale();
    let mut answers = all(Answer::Scale(4), Answer::Scale(2));
    answers[0].1 = Answer::DontKnow;
    let result = assessment("a", Role::College, "t", &answers).result(&scale);
    assert_eq!(result.overall, Some(75));
    assert_eq!(result.dont_know, 1);
    assert_eq!(result.items.len(), 19);
}

#[test]
fn all_dont_know_has_no_score_and_one_answer_is_its_own_score() {
    let scale = assessment_scale();
    let none = assessment(
        "a",
        Role::Raad,
        "t",
        &all(Answer::DontKnow, Answer::DontKnow),
    )
    .result(&scale);
    assert_eq!(none.overall, None);
    assert!(none.strongest(3).is_empty() && none.weakest(3).is_empty());
    let one = assessment(
        "b",
        Role::Raad,
        "t",
        &[("liever-niet-03", Answer::Scale(4))],
    )
    .result(&scale);
    assert_eq!(one.overall, Some(25));
    assert_eq!(one.unanswered, 19);
    assert_eq!(one.strongest(3).len(), 1);
    assert!(
        one.weakest(3).is_empty(),
        "a point is never both strongest and weakest"
    );
}

#[test]
fn strongest_and_weakest_are_three_distinct_points() {
    let scale = assessment_scale();
    let answers: Vec<(&str, Answer)> = scale
        .iter()
        .enumerate()
        .map(|(i, (item, direction))| {
            let value = (i % 5) as u8 + 1;
            (
                *item,
                Answer::Scale(if *direction == Direction::Helps {
                    value
                } else {
                    6 - value
                }),
            )
        })
        .collect();
    let result = assessment("a", Role::Raad, "t", &answers).result(&scale);
    let strongest: Vec<u32> = result.strongest(3).iter().map(|i| i.score).collect();
    let weakest: Vec<u32> = result.weakest(3).iter().map(|i| i.score).collect();
    assert_eq!(strongest, [100, 100, 100]);
    assert_eq!(weakest, [0, 0, 0]);
}

#[test]
fn mean_rounds_half_up() {
    assert_eq!(mean([0, 25]), Some(13));
    assert_eq!(mean([]), None);
    assert_eq!(mean([100]), Some(100));
}

#[test]
fn history_compares_completed_assessments_of_the_same_role_oldest_first() {
    let scale = assessment_scale();
    let mut first = assessment(
        "1",
        Role::Raad,
        "2026-01-01T10:00:00Z",
        &all(Answer::Scale(1), Answer::Scale(5)),
    );
    first.completed_at = Some("2026-01-01T10:05:00Z".into());
    let mut other_role = assessment(
        "2",
        Role::College,
        "2026-02-01T10:00:00Z",
        &all(Answer::Scale(5), Answer::Scale(1)),
    );
    other_role.completed_at = Some("x".into());
    let unfinished = assessment(
        "3",
        Role::Raad,
        "2026-02-15T10:00:00Z",
        &[("helpen-01", Answer::Scale(5))],
    );
    let current = assessment(
        "4",
        Role::Raad,
        "2026-03-01T10:00:00Z",
        &all(Answer::Scale(5), Answer::Scale(1)),
    );
    let later = {
        let mut a = assessment(
            "5",
            Role::Raad,
            "2026-04-01T10:00:00Z",
            &all(Answer::Scale(3), Answer::Scale(3)),
        );
        a.completed_at = Some("y".into());
        a
    };
    let all_assessments = vec![current.clone(), later, unfinished, other_role, first];
    let points = history(&all_assessments, &current, |_| scale.clone());
    let summary: Vec<(&str, u32)> = points.iter().map(|p| (p.id.as_str(), p.overall)).collect();
    assert_eq!(summary, [("1", 0), ("4", 100)]);
}

#[test]
fn roles_round_trip_through_their_keys_and_json() {
    for role in Role::ALL {
        assert_eq!(Role::from_key(role.key()), Some(role));
        let json = serde_json::to_string(&role).unwrap_or_default();
        assert_eq!(serde_json::from_str::<Role>(&json).ok(), Some(role));
    }
    let a = assessment(
        "x",
        Role::Samenleving,
        "t",
        &[
            ("helpen-02", Answer::DontKnow),
            ("helpen-03", Answer::Scale(2)),
        ],
    );
    let json = serde_json::to_value(&a).unwrap_or_default();
    assert_eq!(json["answers"]["helpen-02"], "dontKnow");
    assert_eq!(json["answers"]["helpen-03"]["scale"], 2);
    assert_eq!(serde_json::from_value::<Assessment>(json).ok(), Some(a));
}

proptest! {
    #[test]
    fn any_answers_give_a_score_between_0_and_100(values in proptest::collection::vec(0u8..8, 20)) {
        let scale = assessment_scale();
        let answers: Vec<(&str, Answer)> = scale.iter().zip(values).map(|((item, _), v)| {
            (*item, if v == 7 { Answer::DontKnow } else { Answer::Scale(v) })
        }).collect();
        let result = assessment("p", Role::Anders, "t", &answers).result(&scale);
        if let Some(score) = result.overall {
            prop_assert!(score <= 100);
        }
        prop_assert_eq!(result.items.len() + result.dont_know + result.unanswered, 20);
    }
}

/// A file made before issue 24: no perspective, no wording version, 19 statements.
const OLD_FILE: &str = r#"{"format":"samenwerkingswijzer","version":1,"exportedAt":"2026-11-20T10:00:00.000Z","app":"0.1.0",
"assessments":[
 {"id":"old-raad","createdAt":"2026-11-20T09:00:00.000Z","updatedAt":"2026-11-20T09:05:00.000Z","role":"raad",
  "answers":{"helpen-09":{"scale":5},"liever-niet-07":{"scale":1},"liever-niet-03":{"scale":2}},"completedAt":"2026-11-20T09:05:00.000Z"},
 {"id":"old-partner","createdAt":"2026-11-20T09:00:00.000Z","updatedAt":"2026-11-20T09:05:00.000Z","role":"samenleving",
  "label":"Dorpsraad","answers":{"helpen-02":{"scale":2}},"completedAt":"2026-11-20T09:05:00.000Z"},
 {"id":"old-anders","createdAt":"2026-11-20T09:00:00.000Z","updatedAt":"2026-11-20T09:05:00.000Z","role":"anders","answers":{}}
]}"#;

#[test]
fn an_old_file_imports_unchanged_and_keeps_the_meaning_it_was_answered_with() {
    use samenwerkingswijzer::content::{scale_of, statements_of};
    use samenwerkingswijzer::model::assessment::{Perspective, Reader};
    use samenwerkingswijzer::model::import::{parse_file_at, BundledContent};
    let file =
        parse_file_at(OLD_FILE, &BundledContent, common::now_ms()).expect("an old file imports");
    assert!(file.warnings.is_empty(), "{:?}", file.warnings);
    let by_id = |id: &str| {
        file.data
            .assessments
            .iter()
            .find(|a| a.id == id)
            .expect("imported")
            .clone()
    };
    let raad = by_id("old-raad");
    let partner = by_id("old-partner");
    let anders = by_id("old-anders");
    for a in [&raad, &partner, &anders] {
        assert_eq!(a.wording_version(), 1);
        assert_eq!(a.reader(), Reader::Wij, "they all read the one “wij” text");
        assert_eq!(scale_of(a).len(), 19);
        assert!(scale_of(a).iter().any(|(id, _)| *id == "helpen-09"));
    }
    assert_eq!(raad.perspective(), Perspective::Gemeente);
    // A partner's old result rated their own organisation: it stays that.
    assert_eq!(partner.perspective(), Perspective::EigenOrganisatie);
    assert_eq!(anders.perspective(), Perspective::EigenOrganisatie);
    // Old answers still score, on the statements they were answered with.
    let result = raad.result(&scale_of(&raad));
    assert_eq!(result.items.len(), 3);
    assert_eq!(result.overall, Some(92));
    assert_eq!(
        statements_of(&raad).first().map(|s| s.text_of(&raad)),
        Some("We geven ruimte en delen invloed.")
    );
    // Written back, the records are what they were: no field added.
    let json = serde_json::to_value(&partner).unwrap_or_default();
    assert!(json.get("perspective").is_none() && json.get("wording").is_none());
    assert_eq!(json["label"], "Dorpsraad");
}

#[test]
fn a_new_result_records_its_perspective_and_wording_version() {
    use samenwerkingswijzer::model::assessment::{Perspective, Reader, WORDING_VERSION};
    let partner = Assessment::start("p".into(), Role::Samenleving, None, "", "t");
    let json = serde_json::to_value(&partner).unwrap_or_default();
    assert_eq!(json["perspective"], "partner");
    assert_eq!(json["wording"], WORDING_VERSION);
    assert_eq!(partner.reader(), Reader::Partner);
    // "Anders" chooses; the gemeente's roles cannot be a partner.
    let anders = Assessment::start(
        "a".into(),
        Role::Anders,
        Some(Perspective::Partner),
        "",
        "t",
    );
    assert_eq!(anders.perspective(), Perspective::Partner);
    assert_eq!(anders.reader(), Reader::Partner);
    let anders_gemeente = Assessment::start("g".into(), Role::Anders, None, "", "t");
    assert_eq!(anders_gemeente.perspective(), Perspective::Gemeente);
    assert_eq!(anders_gemeente.reader(), Reader::Wij);
    let raad = Assessment::start("r".into(), Role::Raad, Some(Perspective::Partner), "", "t");
    assert_eq!(raad.perspective(), Perspective::Gemeente);
    let college = Assessment::start("c".into(), Role::College, None, "", "t");
    assert_eq!(college.reader(), Reader::College);
    let json = serde_json::to_value(&raad).unwrap_or_default();
    assert_eq!(json["perspective"], "gemeente");
    // Round trip.
    assert_eq!(
        serde_json::from_value::<Assessment>(serde_json::to_value(&anders).unwrap_or_default())
            .ok(),
        Some(anders)
    );
    // A result from a newer wording version reads as the newest this app knows.
    let mut newer = Assessment::start("n".into(), Role::Raad, None, "", "t");
    newer.wording = Some(WORDING_VERSION + 5);
    assert_eq!(newer.wording_version(), WORDING_VERSION);
}

#[test]
fn a_statement_left_out_for_a_role_is_not_asked_and_not_scored() {
    use samenwerkingswijzer::content::scale_of;
    let mut ambtelijk = Assessment::start("a".into(), Role::AmbtelijkeOrganisatie, None, "", "t");
    let scale = scale_of(&ambtelijk);
    assert_eq!(scale.len(), 18);
    assert!(!scale.iter().any(|(id, _)| *id == "liever-niet-03"));
    for (id, direction) in &scale {
        let best = if *direction == Direction::Helps { 5 } else { 1 };
        ambtelijk.answer(id, Answer::Scale(best), "t");
    }
    // An answer to a left-out statement (say, from another app) does not count.
    ambtelijk.answer("liever-niet-03", Answer::Scale(5), "t");
    let result = ambtelijk.result(&scale_of(&ambtelijk));
    assert_eq!(result.overall, Some(100));
    assert_eq!(result.unanswered, 0);
    assert!(ambtelijk.complete_if_answered(scale.iter().map(|s| s.0), "t2"));
}

#[test]
fn history_keeps_an_old_partner_result_apart_from_a_view_of_the_gemeente() {
    use samenwerkingswijzer::content::scale_of;
    let mut old = Assessment::new(
        "old".into(),
        Role::Samenleving,
        String::new(),
        "2026-01-01T00:00:00Z",
    );
    old.perspective = None;
    old.wording = None;
    old.answer("helpen-01", Answer::Scale(5), "t");
    old.completed_at = Some("2026-01-01T00:05:00Z".into());
    let mut now = Assessment::new(
        "now".into(),
        Role::Samenleving,
        String::new(),
        "2026-06-01T00:00:00Z",
    );
    now.answer("helpen-01", Answer::Scale(1), "t");
    let points = history(&[old, now.clone()], &now, scale_of);
    let ids: Vec<&str> = points.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["now"]);
}
