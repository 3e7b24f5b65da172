//! Evaluations: the format round-trips, the import names the JSON path of what is wrong, the
//! list filters and the ontwikkelagenda aggregate correctly, and the JSON Schema in
//! schema/ accepts every export the app makes and rejects broken ones.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;

use proptest::prelude::*;
use samenwerkingswijzer::model::assessment::{Answer, Assessment, Role};
use samenwerkingswijzer::model::checklist::{FilledChecklist, ItemState};
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::evaluation::{
    self, agenda, examples, list, of_example, years, AgendaFilter, Complexity, Evaluation,
    GovernmentRole, Lesson, ListFilter, ParticipationLevel, Party, Phase, Rating, Score, Section,
    Sort, Status, MATTERS,
};
use samenwerkingswijzer::model::import::{self, BundledContent};
use samenwerkingswijzer::model::record::{put, restore, take};
use samenwerkingswijzer::model::worksheet::example::housing_example;
use samenwerkingswijzer::model::worksheet::{
    CanvasEntry, CanvasSheet, Kind, RegisterSheet, Worksheet,
};
use serde_json::{json, Value};

const T0: &str = "2026-11-29T10:00:00.000Z";
const T1: &str = "2026-11-29T11:00:00.000Z";

fn uuid(n: u8) -> String {
    samenwerkingswijzer::model::ids::uuid_v4([n; 16])
}

/// An evaluation with every field filled, including ids this version does not know.
fn full() -> Evaluation {
    let mut e = Evaluation::for_example(uuid(1), "voorbeeld-04", T0);
    e.place = "Emmeloord".into();
    e.period_start = "2016-03-01".into();
    e.period_end = "2017-01-31".into();
    e.phase = Some(Phase::Evalueren);
    e.parties = vec![
        Party {
            name: "Bewoners Emmelhage".into(),
            role: "Klankbordgroep".into(),
        },
        Party {
            name: "Gemeente".into(),
            role: String::new(),
        },
    ];
    e.municipality_role = Some(GovernmentRole::Regisseren);
    e.participation_level = Some(ParticipationLevel::Adviseren);
    e.werkvormen = vec!["Klankbordgroep".into(), "Eigen vorm: wijkwandeling".into()];
    e.motives = "Samen een wijk maken".into();
    for (i, matter) in MATTERS.iter().enumerate() {
        e.matters.insert(
            matter.to_string(),
            Rating {
                score: Some(if i == 6 {
                    Score::NotApplicable
                } else {
                    Score::Scale(i as u8 % 5 + 1)
                }),
                went_well: format!("goed {i}"),
                could_be_better: format!("beter {i}"),
            },
        );
    }
    e.matters.insert(
        "zaak-uit-de-toekomst".into(),
        Rating {
            score: Some(Score::Scale(3)),
            ..Rating::default()
        },
    );
    e.conditions.insert(
        "openheid".into(),
        Rating {
            score: Some(Score::Scale(4)),
            went_well: "open".into(),
            could_be_better: String::new(),
        },
    );
    e.conditions.insert(
        "duidelijkheid".into(),
        Rating {
            score: Some(Score::NotApplicable),
            ..Rating::default()
        },
    );
    e.helped = vec!["helpen-01".into(), "helpen-11".into(), "helpen-99".into()];
    e.avoided = vec!["liever-niet-03".into()];
    e.pitfalls = BTreeMap::from([
        ("valkuil-02".to_string(), "Te laat betrokken".to_string()),
        ("valkuil-42".to_string(), String::new()),
    ]);
    e.raad_involved = true;
    e.regie = vec!["regie-01".into()];
    e.regie_note = "Raad stelde kaders".into();
    e.lessons = vec![
        Lesson {
            id: uuid(10),
            text: "Spreek spelregels vooraf af".into(),
            matter: Some("zaak-spelregels".into()),
            action: "Startnotitie".into(),
            owner: "Griffie".into(),
            initiative: true,
        },
        Lesson {
            id: uuid(11),
            text: "Zonder zaak".into(),
            matter: None,
            ..Lesson::default()
        },
    ];
    e.set_status(Status::Afgerond, T1);
    e.updated_at = T1.into();
    e
}

fn dataset_with(evaluations: Vec<Evaluation>) -> Dataset {
    Dataset {
        evaluations,
        ..Dataset::default()
    }
}

// ---------------------------------------------------------------------------------------
// Round trip
// ---------------------------------------------------------------------------------------

#[test]
fn a_full_evaluation_round_trips_and_keeps_unknown_ids() {
    let e = full();
    let text = serde_json::to_string(&e).expect("serialise");
    let back: Evaluation = serde_json::from_str(&text).expect("deserialise");
    assert_eq!(back, e);
    assert!(back.helped.contains(&"helpen-99".to_string()));
    assert!(back.pitfalls.contains_key("valkuil-42"));
    assert!(back.matters.contains_key("zaak-uit-de-toekomst"));
}

#[test]
fn the_json_uses_the_documented_names() {
    let value = serde_json::to_value(full()).expect("serialise");
    assert_eq!(value["status"], "afgerond");
    assert_eq!(value["example"], "voorbeeld-04");
    assert_eq!(value["complexity"], "eenvoudig");
    assert_eq!(value["municipalityRole"], "regisseren");
    assert_eq!(value["participationLevel"], "adviseren");
    assert_eq!(value["matters"]["zaak-belangen"]["score"], 1);
    assert_eq!(value["matters"]["zaak-communicatie"]["score"], "nvt");
    assert_eq!(value["matters"]["zaak-belangen"]["wentWell"], "goed 0");
    assert_eq!(
        value["matters"]["zaak-belangen"]["couldBeBetter"],
        "beter 0"
    );
    assert_eq!(value["pitfalls"]["valkuil-02"], "Te laat betrokken");
    assert_eq!(value["lessons"][0]["matter"], "zaak-spelregels");
    assert_eq!(value["raadInvolved"], true);
    assert!(value["completedAt"].is_string());
}

#[test]
fn a_minimal_evaluation_is_small_and_round_trips() {
    let e = Evaluation::new(uuid(2), "Iets".into(), T0);
    let value = serde_json::to_value(&e).expect("serialise");
    let keys: Vec<&str> = value
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["createdAt", "id", "status", "title", "updatedAt"]);
    assert_eq!(
        serde_json::from_value::<Evaluation>(value).expect("back"),
        e
    );
}

#[test]
fn a_dataset_with_evaluations_reads_back() {
    let data = dataset_with(vec![full(), Evaluation::new(uuid(3), "B".into(), T0)]);
    let text = serde_json::to_string(&data.stamped(T1)).expect("serialise");
    let back = import::read(&text, common::now_ms()).expect("read");
    assert_eq!(back.evaluations, data.evaluations);
}

#[test]
fn scores_outside_the_scale_do_not_deserialise() {
    for bad in [
        json!(0),
        json!(6),
        json!(-1),
        json!(2.5),
        json!("3"),
        json!("n.v.t."),
    ] {
        let value = json!({"id": "x", "createdAt": T0, "updatedAt": T0, "title": "t",
            "matters": {"zaak-doelen": {"score": bad}}});
        assert!(
            serde_json::from_value::<Evaluation>(value).is_err(),
            "score {bad} must be refused"
        );
    }
}

#[test]
fn records_can_be_put_taken_and_restored() {
    let mut all = vec![full(), Evaluation::new(uuid(3), "B".into(), T0)];
    let (index, taken) = take(&mut all, &uuid(1)).expect("take");
    assert_eq!(all.len(), 1);
    restore(&mut all, index, taken);
    assert_eq!(all[0].id, uuid(1));
    let mut changed = all[1].clone();
    changed.title = "C".into();
    put(&mut all, changed);
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].title, "C");
}

#[test]
fn duplicate_is_a_new_concept_with_the_same_content() {
    let e = full();
    let copy = e.duplicate(uuid(5), "2026-12-01T00:00:00.000Z");
    assert_eq!(copy.id, uuid(5));
    assert_eq!(copy.status, Status::Concept);
    assert_eq!(copy.completed_at, None);
    assert_eq!(copy.title, format!("{} (kopie)", e.title));
    assert_eq!(copy.created_at, "2026-12-01T00:00:00.000Z");
    assert_eq!(copy.matters, e.matters);
    assert_eq!(copy.lessons, e.lessons);
}

#[test]
fn examples_come_from_the_seed() {
    let all = examples();
    assert_eq!(all.len(), 12);
    assert_eq!(all[0].0, "voorbeeld-01");
    assert_eq!(all[0].1, "Social sofa Emmeloord");
    assert_eq!(all[0].2, Complexity::Eenvoudig);
    assert_eq!(all[11].2, Complexity::Complex);
    assert_eq!(
        evaluation::example_by_title("  mariaschool "),
        Some("voorbeeld-07")
    );
    let e = Evaluation::for_example(uuid(1), "voorbeeld-08", T0);
    assert_eq!(e.title, "Open plan proces Centrum");
    assert_eq!(e.complexity, Some(Complexity::Complex));
}

#[test]
fn progress_per_section() {
    let empty = Evaluation::new(uuid(1), String::new(), T0);
    assert_eq!(empty.progress(Section::Case).done, 0);
    assert_eq!(empty.progress(Section::Case).total, 8);
    assert_eq!(empty.progress(Section::Regie).total, 0, "no raad: n/a");
    let e = full();
    for section in Section::ALL {
        let p = e.progress(section);
        assert_eq!(p.done, p.total, "{section:?} complete");
    }
    assert_eq!(e.progress(Section::Matters).label(), "compleet");
    let mut half = empty.clone();
    half.matters.insert(
        "zaak-doelen".into(),
        Rating {
            score: Some(Score::NotApplicable),
            ..Rating::default()
        },
    );
    assert_eq!(half.progress(Section::Matters).label(), "1 van 7 ingevuld");
}

#[test]
fn a_section_where_one_ticks_what_applied_is_never_complete_after_a_tick() {
    // Issue 25: one tick made "Valkuilen" (and "Regie vanuit de raad") say "compleet".
    let mut e = Evaluation::new(uuid(1), String::new(), T0);
    e.raad_involved = true;
    assert_eq!(
        e.progress(Section::Pitfalls).label(),
        "nog niets aangevinkt"
    );
    e.set_pitfall("valkuil-03", true);
    let pitfalls = e.progress(Section::Pitfalls);
    assert_eq!(pitfalls.label(), "1 aangevinkt");
    assert!(!pitfalls.complete());
    e.set_pitfall("valkuil-04", true);
    assert_eq!(e.progress(Section::Pitfalls).label(), "2 aangevinkt");
    e.regie.push("regie-02".into());
    assert_eq!(e.progress(Section::Regie).label(), "1 aangevinkt");
    assert!(!e.progress(Section::Regie).complete());
    e.helped.push("helpen-01".into());
    e.avoided.push("liever-niet-02".into());
    assert_eq!(e.progress(Section::Partner).label(), "2 aangevinkt");
    assert!(!e.progress(Section::Partner).complete());
    assert_eq!(e.progress(Section::Lessons).label(), "0 lessen");
    // A section of questions is complete when every one is answered, and says so.
    let full = full();
    assert!(full.progress(Section::Matters).complete());
    assert_eq!(full.progress(Section::Lessons).label(), "2 lessen");
    // The evaluation list still counts a ticked section as filled in.
    let total = full.total_progress();
    assert_eq!(total.done, total.total);
}

// ---------------------------------------------------------------------------------------
// List and agenda
// ---------------------------------------------------------------------------------------

fn sample() -> Vec<Evaluation> {
    let mut a = full(); // afgerond, eenvoudig, 2016, updated T1
    a.title = "Klankbordgroep Emmelhage".into();
    let mut b = Evaluation::for_example(uuid(2), "voorbeeld-07", "2025-05-01T09:00:00.000Z");
    b.lessons = vec![
        Lesson {
            id: uuid(20),
            text: "Belangen eerder in beeld".into(),
            matter: Some("zaak-belangen".into()),
            ..Lesson::default()
        },
        Lesson {
            id: uuid(21),
            text: "   ".into(),
            matter: Some("zaak-doelen".into()),
            ..Lesson::default()
        },
        Lesson {
            id: uuid(22),
            text: "Les uit de toekomst".into(),
            matter: Some("zaak-nieuw".into()),
            ..Lesson::default()
        },
    ];
    let mut c = Evaluation::new(
        uuid(3),
        "Ándere casus in Tollebeek".into(),
        "2026-01-02T00:00:00.000Z",
    );
    c.place = "Tollebeek".into();
    c.lessons = vec![Lesson {
        id: uuid(30),
        text: "Spelregels op papier".into(),
        matter: Some("zaak-spelregels".into()),
        ..Lesson::default()
    }];
    vec![a, b, c]
}

fn ids(items: &[&Evaluation]) -> Vec<String> {
    items.iter().map(|e| e.id.clone()).collect()
}

#[test]
fn the_list_filters_and_sorts() {
    let all = sample();
    let every = ListFilter::default();
    assert_eq!(
        ids(&list(&all, &every, Sort::Updated)),
        [uuid(1), uuid(3), uuid(2)]
    );
    assert_eq!(
        ids(&list(&all, &every, Sort::Title)),
        [uuid(3), uuid(1), uuid(2)]
    );
    assert_eq!(
        ids(&list(&all, &every, Sort::Period)),
        [uuid(3), uuid(2), uuid(1)]
    );

    let by = |f: ListFilter| ids(&list(&all, &f, Sort::Updated));
    assert_eq!(
        by(ListFilter {
            status: Some(Status::Afgerond),
            ..every.clone()
        }),
        [uuid(1)]
    );
    assert_eq!(
        by(ListFilter {
            status: Some(Status::Concept),
            ..every.clone()
        }),
        [uuid(3), uuid(2)]
    );
    assert_eq!(
        by(ListFilter {
            complexity: Some(Complexity::Complex),
            ..every.clone()
        }),
        [uuid(2)]
    );
    assert_eq!(
        by(ListFilter {
            year: Some(2016),
            ..every.clone()
        }),
        [uuid(1)]
    );
    assert_eq!(
        by(ListFilter {
            year: Some(2025),
            ..every.clone()
        }),
        [uuid(2)]
    );
    // Search ignores case and accents, and looks at place and parties too.
    assert_eq!(
        by(ListFilter {
            text: "andere".into(),
            ..every.clone()
        }),
        [uuid(3)]
    );
    assert_eq!(
        by(ListFilter {
            text: "TOLLEBEEK".into(),
            ..every.clone()
        }),
        [uuid(3)]
    );
    assert_eq!(
        by(ListFilter {
            text: "bewoners".into(),
            ..every.clone()
        }),
        [uuid(1)]
    );
    assert_eq!(
        by(ListFilter {
            text: "niets zoals dit".into(),
            ..every.clone()
        }),
        Vec::<String>::new()
    );
    assert_eq!(years(&all), [2026, 2025, 2016]);
}

#[test]
fn the_agenda_groups_every_written_lesson_by_matter() {
    let all = sample();
    let groups = agenda(&all, AgendaFilter::default());
    let matters: Vec<Option<&str>> = groups.iter().map(|g| g.matter.as_deref()).collect();
    let mut expected: Vec<Option<&str>> = MATTERS.iter().map(|m| Some(*m)).collect();
    expected.push(Some("zaak-nieuw"));
    expected.push(None);
    assert_eq!(
        matters, expected,
        "seven matters, then unknown, then untagged"
    );

    let texts = |matter: Option<&str>| -> Vec<(String, String)> {
        groups
            .iter()
            .find(|g| g.matter.as_deref() == matter)
            .map(|g| {
                g.lessons
                    .iter()
                    .map(|l| (l.lesson.text.clone(), l.evaluation.id.clone()))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        texts(Some("zaak-belangen")),
        [("Belangen eerder in beeld".into(), uuid(2))]
    );
    // Most recently edited evaluation first.
    assert_eq!(
        texts(Some("zaak-spelregels")),
        [
            ("Spreek spelregels vooraf af".into(), uuid(1)),
            ("Spelregels op papier".into(), uuid(3))
        ]
    );
    assert!(
        texts(Some("zaak-doelen")).is_empty(),
        "blank lessons are left out"
    );
    assert_eq!(texts(None), [("Zonder zaak".into(), uuid(1))]);
    let total: usize = groups.iter().map(|g| g.lessons.len()).sum();
    assert_eq!(total, 5);

    let done = agenda(
        &all,
        AgendaFilter {
            status: Some(Status::Afgerond),
            year: None,
        },
    );
    assert_eq!(done.iter().map(|g| g.lessons.len()).sum::<usize>(), 2);
    let y2025 = agenda(
        &all,
        AgendaFilter {
            status: None,
            year: Some(2025),
        },
    );
    assert_eq!(y2025.iter().map(|g| g.lessons.len()).sum::<usize>(), 2);
    assert_eq!(y2025.len(), 8, "no untagged group without untagged lessons");
}

#[test]
fn evaluations_of_an_example() {
    let all = sample();
    assert_eq!(ids(&of_example(&all, "voorbeeld-04")), [uuid(1)]);
    assert_eq!(ids(&of_example(&all, "voorbeeld-07")), [uuid(2)]);
    assert!(of_example(&all, "voorbeeld-01").is_empty());
}

// ---------------------------------------------------------------------------------------
// Validation: the app's one path for untrusted data (model::import)
// ---------------------------------------------------------------------------------------

/// When the import was made in these tests.
const NOW_MS: i64 = 1_796_000_000_000; // 2026-11-30T00:53:20Z

fn envelope(evaluation: Value) -> String {
    json!({"format": "samenwerkingswijzer", "version": 1, "evaluations": [evaluation]}).to_string()
}

/// Where the import refuses a file holding `evaluation`, if it does.
fn import_error(evaluation: Value) -> Option<String> {
    import::parse_file_at(&envelope(evaluation), &BundledContent, NOW_MS)
        .err()
        .map(|e| e.path)
}

#[test]
fn valid_evaluations_are_imported() {
    for e in sample() {
        let value = serde_json::to_value(&e).expect("serialise");
        assert_eq!(import_error(value), None);
    }
}

#[test]
fn the_import_names_the_json_path_of_what_is_wrong() {
    type Break = fn(&mut Value);
    let cases: [(&str, Break); 13] = [
        ("$.evaluations[0].matters.zaak-doelen.score", |v| {
            v["matters"]["zaak-doelen"]["score"] = json!(7)
        }),
        ("$.evaluations[0].matters.zaak-belangen.wentWell", |v| {
            v["matters"]["zaak-belangen"]["wentWell"] = json!(12)
        }),
        ("$.evaluations[0].conditions.openheid", |v| {
            v["conditions"]["openheid"] = json!("ja")
        }),
        ("$.evaluations[0].lessons[0].matter", |v| {
            v["lessons"][0]["matter"] = json!(3)
        }),
        ("$.evaluations[0].helped[2]", |v| v["helped"][2] = json!(5)),
        ("$.evaluations[0].pitfalls.valkuil-02", |v| {
            v["pitfalls"]["valkuil-02"] = json!(false)
        }),
        ("$.evaluations[0].status", |v| v["status"] = json!("klaar")),
        ("$.evaluations[0].municipalityRole", |v| {
            v["municipalityRole"] = json!("besturen")
        }),
        ("$.evaluations[0].raadInvolved", |v| {
            v["raadInvolved"] = json!("ja")
        }),
        ("$.evaluations[0].createdAt", |v| {
            v["createdAt"] = json!("gisteren")
        }),
        ("$.evaluations[0].updatedAt", |v| {
            v["updatedAt"] = json!("2026-02-29T10:00:00Z")
        }),
        ("$.evaluations[0].completedAt", |v| {
            v["completedAt"] = json!("2026-11-29 10:00")
        }),
        ("$.evaluations[0].id", |v| v["id"] = json!("")),
    ];
    for (path, break_it) in cases {
        let mut value = serde_json::to_value(full()).expect("serialise");
        break_it(&mut value);
        assert_eq!(import_error(value).as_deref(), Some(path), "{path}");
    }
}

#[test]
fn the_import_refuses_an_evaluation_that_is_not_an_object_or_misses_its_stamps() {
    assert_eq!(
        import_error(json!([1])).as_deref(),
        Some("$.evaluations[0]")
    );
    assert_eq!(
        import_error(json!({})).as_deref(),
        Some("$.evaluations[0].id")
    );
    assert_eq!(
        import_error(json!({"id": "x"})).as_deref(),
        Some("$.evaluations[0].createdAt")
    );
}

/// Arbitrary JSON, shallow enough to be fast.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-3i64..9).prop_map(|n| json!(n)),
        prop_oneof![
            Just("nvt".to_string()),
            Just(T0.to_string()),
            Just("2016-03-01".to_string()),
            Just("concept".to_string()),
            Just("complex".to_string()),
            ".{0,6}"
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("score".to_string()),
                    Just("text".to_string()),
                    Just("id".to_string()),
                    Just("zaak-doelen".to_string()),
                    "[a-z]{1,4}"
                ],
                inner,
                0..4
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// The import never panics on a damaged evaluation; what it accepts reads back the same
    /// after an export, and what it refuses is named inside that evaluation.
    #[test]
    fn the_import_accepts_only_what_round_trips(
        base in prop::sample::select(vec![0usize, 1, 2]),
        key in prop::sample::select(vec![
            "id", "createdAt", "updatedAt", "title", "status", "completedAt", "example",
            "complexity", "place", "periodStart", "phase", "parties", "municipalityRole",
            "participationLevel", "werkvormen", "matters", "conditions", "helped",
            "pitfalls", "raadInvolved", "regie", "regieNote", "lessons", "extra",
        ]),
        replacement in arb_json(),
    ) {
        let mut value = serde_json::to_value(&sample()[base]).expect("serialise");
        value[key] = replacement;
        match import::parse_file_at(&envelope(value.clone()), &BundledContent, NOW_MS) {
            Ok(file) => {
                let text = serde_json::to_string(&file.data).expect("export");
                let again = import::parse_file_at(&text, &BundledContent, NOW_MS).expect("reads back");
                prop_assert_eq!(again.data, file.data, "{}", value);
            }
            Err(error) => prop_assert!(error.path.starts_with("$.evaluations[0]"), "{:?}", error),
        }
    }
}

// ---------------------------------------------------------------------------------------
// The JSON Schema
// ---------------------------------------------------------------------------------------

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/samenwerkingswijzer.schema.json"
    ))
    .expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

/// An export with records of every kind, as the app writes it.
fn full_export() -> Value {
    let mut data = dataset_with(sample());
    let mut assessment = Assessment::new(uuid(40), Role::Raad, "Fractie A".into(), T0);
    assessment.answer("helpen-01", Answer::Scale(4), T1);
    assessment.answer("liever-niet-02", Answer::DontKnow, T1);
    assessment.actions = "Meer luisteren".into();
    assessment.completed_at = Some(T1.into());
    data.assessments = vec![
        assessment,
        Assessment::new(uuid(41), Role::Anders, String::new(), T0),
    ];
    let mut checklist = FilledChecklist::new(
        uuid(50),
        "valkuilen",
        "Overleg".into(),
        "2026-11-29".into(),
        T0,
    );
    checklist.set_state("valkuil-01", Some(ItemState::Done), T1);
    checklist.set_note("valkuil-02", "Let op".into(), T1);
    checklist.set_state("valkuil-03", Some(ItemState::NotApplicable), T1);
    data.checklists = vec![checklist];
    let mut counter = 100u8;
    let mut next = move || {
        counter = counter.wrapping_add(1);
        uuid(counter)
    };
    let mut register = Worksheet::new(uuid(60), Kind::Werkvormen, T0, &mut next);
    let rows = &mut register
        .body_mut::<RegisterSheet>()
        .expect("a register")
        .werkvormen;
    rows[0].rating = Some(4);
    rows[0].level = Some(ParticipationLevel::Raadplegen);
    let mut canvas = Worksheet::new(uuid(61), Kind::Canvas, T0, &mut next);
    let body = canvas.body_mut::<CanvasSheet>().expect("a canvas");
    body.evaluation = Some(uuid(1));
    body.matters.insert(
        "zaak-doelen".into(),
        CanvasEntry {
            here: "Nieuwe wijk".into(),
            asks: "Vooraf doelen delen".into(),
        },
    );
    data.worksheets = vec![
        register,
        canvas,
        housing_example(uuid(62), T0, &mut next),
        Worksheet::new(uuid(63), Kind::SuccessFactors, T0, &mut next),
    ];
    serde_json::to_value(data.stamped(T1)).expect("serialise")
}

fn schema_errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn the_schema_accepts_every_export_the_app_makes() {
    let validator = schema();
    let exports = [
        serde_json::to_value(Dataset::default().stamped(T0)).expect("empty"),
        serde_json::to_value(Dataset::default()).expect("unstamped"),
        full_export(),
        serde_json::to_value(dataset_with(vec![full()]).stamped(T1)).expect("one evaluation"),
        serde_json::to_value(
            dataset_with(vec![Evaluation::new(uuid(9), String::new(), T0)]).stamped(T1),
        )
        .expect("blank evaluation"),
    ];
    // The zelftest's perspective and wording version are in the export (issue 24).
    assert_eq!(exports[2]["assessments"][0]["perspective"], "gemeente");
    assert_eq!(exports[2]["assessments"][0]["wording"], 2);
    for export in &exports {
        assert_eq!(
            schema_errors(&validator, export),
            Vec::<String>::new(),
            "export: {export}"
        );
    }
    // And every one of those reads back into the app.
    for export in exports {
        import::read(&export.to_string(), common::now_ms()).expect("reads back");
    }
}

#[test]
fn the_schema_rejects_broken_exports() {
    let validator = schema();
    type Breaker = Box<dyn Fn(&mut Value)>;
    let broken: Vec<(&str, Breaker)> = vec![
        (
            "foreign format",
            Box::new(|v| v["format"] = json!("iets-anders")),
        ),
        ("newer version", Box::new(|v| v["version"] = json!(2))),
        (
            "no version",
            Box::new(|v| {
                v.as_object_mut().map(|o| o.remove("version"));
            }),
        ),
        (
            "evaluations not a list",
            Box::new(|v| v["evaluations"] = json!({})),
        ),
        (
            "evaluation without id",
            Box::new(|v| {
                v["evaluations"][0].as_object_mut().map(|o| o.remove("id"));
            }),
        ),
        (
            "evaluation without title",
            Box::new(|v| {
                v["evaluations"][1]
                    .as_object_mut()
                    .map(|o| o.remove("title"));
            }),
        ),
        (
            "score 7",
            Box::new(|v| v["evaluations"][0]["matters"]["zaak-doelen"]["score"] = json!(7)),
        ),
        (
            "score text",
            Box::new(|v| v["evaluations"][0]["matters"]["zaak-doelen"]["score"] = json!("goed")),
        ),
        (
            "unknown status",
            Box::new(|v| v["evaluations"][0]["status"] = json!("klaar")),
        ),
        (
            "unknown perspective",
            Box::new(|v| v["assessments"][0]["perspective"] = json!("buitenstaander")),
        ),
        (
            "wording version 0",
            Box::new(|v| v["assessments"][0]["wording"] = json!(0)),
        ),
        (
            "unknown role",
            Box::new(|v| v["evaluations"][0]["municipalityRole"] = json!("besturen")),
        ),
        (
            "bad date",
            Box::new(|v| v["evaluations"][0]["periodStart"] = json!("1 maart")),
        ),
        (
            "bad timestamp",
            Box::new(|v| v["evaluations"][0]["updatedAt"] = json!("gisteren")),
        ),
        (
            "lesson without id",
            Box::new(|v| {
                v["evaluations"][0]["lessons"][0]
                    .as_object_mut()
                    .map(|o| o.remove("id"));
            }),
        ),
        (
            "pitfall note a number",
            Box::new(|v| v["evaluations"][0]["pitfalls"]["valkuil-02"] = json!(1)),
        ),
        (
            "assessment role",
            Box::new(|v| v["assessments"][0]["role"] = json!("koning")),
        ),
        (
            "assessment answer 9",
            Box::new(|v| v["assessments"][0]["answers"]["helpen-01"] = json!({"scale": 9})),
        ),
        (
            "checklist state",
            Box::new(|v| v["checklists"][0]["items"]["valkuil-01"]["state"] = json!("half")),
        ),
        (
            "checklist without list",
            Box::new(|v| {
                v["checklists"][0].as_object_mut().map(|o| o.remove("list"));
            }),
        ),
        (
            "worksheet of an unknown kind",
            Box::new(|v| v["worksheets"][0]["kind"] = json!("tekening")),
        ),
        (
            "werkvorm rated 6",
            Box::new(|v| v["worksheets"][0]["werkvormen"][0]["rating"] = json!(6)),
        ),
        (
            "choice question decided by the king",
            Box::new(|v| v["worksheets"][2]["questions"][0]["decides"] = json!("koning")),
        ),
        (
            "lesson initiative not a boolean",
            Box::new(|v| v["evaluations"][0]["lessons"][0]["initiative"] = json!("ja")),
        ),
        (
            "worksheet without id",
            Box::new(|v| {
                v["worksheets"][0].as_object_mut().map(|o| o.remove("id"));
            }),
        ),
    ];
    for (what, break_it) in broken {
        let mut value = full_export();
        break_it(&mut value);
        assert!(
            !validator.is_valid(&value),
            "the schema must reject: {what}"
        );
    }
}

#[test]
fn the_schema_and_the_import_agree_on_broken_evaluations() {
    let validator = schema();
    let cases = [
        json!({"score": 0}),
        json!({"score": "nvt", "wentWell": 1}),
        json!({"couldBeBetter": []}),
    ];
    for rating in cases {
        let mut value = full_export();
        value["evaluations"][0]["matters"]["zaak-doelen"] = rating.clone();
        assert!(!validator.is_valid(&value), "schema rejects {rating}");
        let text = value.to_string();
        assert!(
            import::parse_file_at(&text, &BundledContent, NOW_MS).is_err(),
            "the import refuses {rating}"
        );
    }
}
