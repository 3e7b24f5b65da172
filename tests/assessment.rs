//! Self-assessment scoring: reverse items, "weet ik niet", extremes, strongest/weakest and
//! the comparison over time.
#![cfg(not(target_arch = "wasm32"))]

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
    assert_eq!(result.items.len(), 18);
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
    assert_eq!(one.unanswered, 18);
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
    let points = history(&all_assessments, &current, &scale);
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
    fn any_answers_give_a_score_between_0_and_100(values in proptest::collection::vec(0u8..8, 19)) {
        let scale = assessment_scale();
        let answers: Vec<(&str, Answer)> = scale.iter().zip(values).map(|((item, _), v)| {
            (*item, if v == 7 { Answer::DontKnow } else { Answer::Scale(v) })
        }).collect();
        let result = assessment("p", Role::Anders, "t", &answers).result(&scale);
        if let Some(score) = result.overall {
            prop_assert!(score <= 100);
        }
        prop_assert_eq!(result.items.len() + result.dont_know + result.unanswered, 19);
    }
}
