//! Worksheets: every kind round-trips through JSON and the dataset, bad values are refused,
//! the housing example comes from the content, and the werkvormen register and the
//! succesfactoren are derived from evaluations.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::evaluation::{
    Evaluation, Lesson, ParticipationLevel, Rating, Score, WERKVORMEN,
};
use samenwerkingswijzer::model::import;
use samenwerkingswijzer::model::worksheet::derived::{
    factor_from, initiative_lessons, matter_average, usage_of, werkvormen_in,
};
use samenwerkingswijzer::model::worksheet::example::housing_example;
use samenwerkingswijzer::model::worksheet::{
    CanvasEntry, CanvasSheet, ChoiceOption, ChoiceQuestion, ChoiceSheet, Decider, FactorsSheet,
    Kind, RegisterSheet, Worksheet,
};
use serde_json::json;

const T0: &str = "2026-11-29T10:00:00.000Z";
const T1: &str = "2026-11-29T11:00:00.000Z";

fn ids() -> impl FnMut() -> String {
    let mut n = 0u8;
    move || {
        n = n.wrapping_add(1);
        samenwerkingswijzer::model::ids::uuid_v4([n; 16])
    }
}

fn choices(sheet: &mut Worksheet) -> &mut ChoiceSheet {
    sheet
        .body_mut::<ChoiceSheet>()
        .expect("a keuzevraagstukken sheet")
}

fn register(sheet: &Worksheet) -> &RegisterSheet {
    sheet
        .body::<RegisterSheet>()
        .expect("a werkvormen register")
}

fn sheets() -> Vec<Worksheet> {
    let mut next = ids();
    let mut questions = Worksheet::new("w1".into(), Kind::ChoiceQuestions, T0, &mut next);
    questions.set_subject("Nieuwe sporthal".into());
    choices(&mut questions).questions.push(ChoiceQuestion {
        id: "q1".into(),
        question: "Waar komt de sporthal?".into(),
        options: vec![ChoiceOption {
            id: "o1".into(),
            text: "In het dorp".into(),
            pro: "Dichtbij".into(),
            con: "Duurder".into(),
        }],
        political: Some(false),
        why: "Uitvoering".into(),
        decides: Some(Decider::College),
    });
    let mut canvas = Worksheet::new("w2".into(), Kind::Canvas, T0, &mut next);
    let body = canvas.body_mut::<CanvasSheet>().unwrap();
    body.evaluation = Some("e1".into());
    body.matters.insert(
        "zaak-belangen".into(),
        CanvasEntry {
            here: "Ondernemers en bewoners".into(),
            asks: "Apart spreken".into(),
        },
    );
    let mut register = Worksheet::new("w3".into(), Kind::Werkvormen, T0, &mut next);
    let rows = &mut register.body_mut::<RegisterSheet>().unwrap().werkvormen;
    rows[1].rating = Some(5);
    rows[1].level = Some(ParticipationLevel::Meebeslissen);
    rows[1].for_whom = "Ook wie minder talig is".into();
    let mut factors = Worksheet::new("w4".into(), Kind::SuccessFactors, T0, &mut next);
    factors
        .body_mut::<FactorsSheet>()
        .unwrap()
        .factors
        .push(Default::default());
    vec![questions, canvas, register, factors]
}

#[test]
fn every_kind_round_trips_through_the_dataset() {
    let data = Dataset {
        worksheets: sheets(),
        ..Dataset::default()
    };
    let text = serde_json::to_string(&data.stamped(T1)).unwrap();
    let back = import::read(&text, common::now_ms()).unwrap();
    assert_eq!(back.worksheets, data.worksheets);
    assert_eq!(back.record_count(), 4);
}

#[test]
fn the_json_uses_the_documented_names() {
    let value = serde_json::to_value(sheets()).unwrap();
    assert_eq!(value[0]["kind"], "keuzevraagstukken");
    assert_eq!(value[0]["questions"][0]["decides"], "college");
    assert_eq!(value[0]["questions"][0]["options"][0]["pro"], "Dichtbij");
    assert_eq!(value[1]["kind"], "maatwerk-canvas");
    assert_eq!(
        value[1]["matters"]["zaak-belangen"]["asks"],
        "Apart spreken"
    );
    assert_eq!(value[2]["kind"], "werkvormen");
    assert_eq!(
        value[2]["werkvormen"][1]["forWhom"],
        "Ook wie minder talig is"
    );
    assert_eq!(value[2]["werkvormen"][1]["level"], "meebeslissen");
    assert_eq!(value[3]["kind"], "succesfactoren");
    // Fields of other kinds stay out of the JSON.
    assert!(value[1].get("werkvormen").is_none());
    assert!(value[0].get("matters").is_none());
    assert!(value[2].get("createdAt").is_some());
}

#[test]
fn bad_worksheets_are_refused() {
    let base = json!({"id": "x", "createdAt": T0, "updatedAt": T0, "kind": "werkvormen",
        "werkvormen": [{"id": "a", "name": "Enquête", "rating": 3, "level": "informeren"}]});
    assert!(serde_json::from_value::<Worksheet>(base.clone()).is_ok());
    for (key, pointer, bad) in [
        ("rating 0", "/werkvormen/0/rating", json!(0)),
        ("rating 6", "/werkvormen/0/rating", json!(6)),
        ("rating text", "/werkvormen/0/rating", json!("goed")),
        ("kind", "/kind", json!("tekening")),
        ("level", "/werkvormen/0/level", json!("alles")),
    ] {
        let mut value = base.clone();
        *value.pointer_mut(pointer).unwrap() = bad;
        assert!(
            serde_json::from_value::<Worksheet>(value).is_err(),
            "refuses {key}"
        );
    }
    let mut without_kind = base.clone();
    without_kind.as_object_mut().unwrap().remove("kind");
    assert!(serde_json::from_value::<Worksheet>(without_kind).is_err());
    let mut null_rating = base;
    null_rating["werkvormen"][0]["rating"] = json!(null);
    assert!(serde_json::from_value::<Worksheet>(null_rating).is_ok());
}

#[test]
fn a_new_register_starts_with_the_common_werkvormen() {
    let sheet = Worksheet::new("w".into(), Kind::Werkvormen, T0, ids());
    let rows = &register(&sheet).werkvormen;
    let names: Vec<&str> = rows.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(names, WERKVORMEN.to_vec());
    let mut unique: Vec<&str> = rows.iter().map(|w| w.id.as_str()).collect();
    unique.dedup();
    assert_eq!(unique.len(), WERKVORMEN.len());
    let canvas = Worksheet::new("c".into(), Kind::Canvas, T0, ids());
    assert_eq!(canvas.body::<CanvasSheet>(), Some(&CanvasSheet::default()));
    assert!(canvas.body::<RegisterSheet>().is_none());
}

#[test]
fn the_housing_example_comes_from_the_content() {
    let sheet = housing_example("h".into(), T0, ids());
    assert_eq!(sheet.kind(), Kind::ChoiceQuestions);
    let questions = &sheet.body::<ChoiceSheet>().unwrap().questions;
    assert_eq!(questions.len(), 3);
    assert!(questions[0].question.starts_with("Hoogbouw of laagbouw"));
    assert!(questions.iter().all(|q| q.options.len() == 2));
    let copy = sheet.duplicate("k".into(), T1);
    assert_eq!(copy.id, "k");
    assert_eq!(copy.content, sheet.content);
    assert!(copy.title.ends_with("(kopie)"));
}

fn evaluation(id: &str, werkvormen: &[&str], scores: &[u8], updated: &str) -> Evaluation {
    let mut e = Evaluation::new(id.into(), format!("Casus {id}"), T0);
    e.updated_at = updated.into();
    e.werkvormen = werkvormen.iter().map(|w| w.to_string()).collect();
    for (matter, score) in ["zaak-belangen", "zaak-doelen"].iter().zip(scores) {
        e.matters.insert(
            matter.to_string(),
            Rating {
                score: Some(Score::Scale(*score)),
                ..Rating::default()
            },
        );
    }
    e.matters.insert(
        "zaak-communicatie".into(),
        Rating {
            score: Some(Score::NotApplicable),
            ..Rating::default()
        },
    );
    e
}

#[test]
fn werkvormen_are_derived_from_evaluations_with_their_scores() {
    let evaluations = vec![
        evaluation("a", &["Klankbordgroep", "Wijkwandeling"], &[4, 2], T0),
        evaluation("b", &["klankbordgroep ", "Klankbordgroep"], &[5, 5], T1),
        evaluation("c", &["Enquete"], &[], T1),
        evaluation("d", &[""], &[1], T1),
    ];
    assert_eq!(matter_average(&evaluations[0]), Some(3.0));
    assert_eq!(matter_average(&evaluations[2]), None);
    let usages = werkvormen_in(&evaluations);
    let names: Vec<&str> = usages.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["Klankbordgroep", "Wijkwandeling", "Enquete"]);
    assert_eq!(usages[0].evaluations, ["a", "b"]);
    assert_eq!(usages[0].average, Some(4.0));
    assert_eq!(usages[1].average, Some(3.0));
    assert_eq!(usages[2].average, None);
    // Matching ignores case and accents: "Enquete" is the seeded "Enquête".
    assert!(usage_of(&usages, "Enquête").is_some());

    let mut sheet = Worksheet::new("w".into(), Kind::Werkvormen, T0, ids());
    let register = sheet.body_mut::<RegisterSheet>().unwrap();
    let before = register.werkvormen.len();
    let mut next = ids();
    assert_eq!(register.add_werkvormen_from(&evaluations, &mut next), 1);
    assert_eq!(register.werkvormen.len(), before + 1);
    assert_eq!(register.werkvormen.last().unwrap().name, "Wijkwandeling");
    // Running it again adds nothing.
    assert_eq!(register.add_werkvormen_from(&evaluations, &mut next), 0);
}

#[test]
fn success_factors_gather_lessons_about_initiatives() {
    let mut a = evaluation("a", &[], &[], T0);
    a.lessons = vec![
        Lesson {
            id: "l1".into(),
            text: "Geef initiatiefnemers één vast aanspreekpunt".into(),
            initiative: true,
            ..Lesson::default()
        },
        Lesson {
            id: "l2".into(),
            text: "Niet over initiatieven".into(),
            ..Lesson::default()
        },
        Lesson {
            id: "l3".into(),
            text: "  ".into(),
            initiative: true,
            ..Lesson::default()
        },
    ];
    let mut b = evaluation("b", &[], &[], T1);
    b.lessons = vec![Lesson {
        id: "l1".into(),
        text: "Laat ruimte voor eigen aanpak".into(),
        initiative: true,
        ..Lesson::default()
    }];
    let evaluations = vec![a, b];
    let found = initiative_lessons(&evaluations);
    let texts: Vec<&str> = found.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Laat ruimte voor eigen aanpak",
            "Geef initiatiefnemers één vast aanspreekpunt"
        ]
    );

    let mut sheet = Worksheet::new("s".into(), Kind::SuccessFactors, T0, ids());
    let sheet = sheet.body_mut::<FactorsSheet>().unwrap();
    assert_eq!(sheet.lessons_to_take(&evaluations).len(), 2);
    let factor = factor_from(&found[0], "f1".into());
    assert_eq!(factor.source.as_ref().unwrap().evaluation, "b");
    sheet.factors.push(factor);
    let left = sheet.lessons_to_take(&evaluations);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].evaluation.id, "a");
}
