//! The rules the pages used to hold, now in `model/`: creating, duplicating and titling
//! records (evaluations, checklists, zelftests, worksheets), the editor's changes to an
//! evaluation, the zelftest's "completed" rule and the group overview's helpers. Text a
//! person types is untrusted here: property tests feed it anything.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use samenwerkingswijzer::content::assessment_scale;
use samenwerkingswijzer::model::assessment::{newest_first, Answer, Assessment, Role};
use samenwerkingswijzer::model::checklist::{self, FilledChecklist};
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::evaluation::{
    display_title, example_by_title, Evaluation, Lesson, Party, Rating, Score, Section, Status,
    WERKVORMEN,
};
use samenwerkingswijzer::model::group;
use samenwerkingswijzer::model::worksheet::{
    newest_first as sheets_newest_first, werkvorm_title, ChoiceQuestion, ChoiceSheet, FactorsSheet,
    Kind, RegisterSheet, Worksheet,
};

const T0: &str = "2026-11-29T10:00:00.000Z";
const T1: &str = "2026-11-29T11:00:00.000Z";
const T2: &str = "2026-11-29T12:00:00.000Z";

fn ids() -> impl FnMut() -> String {
    let mut n = 0u32;
    move || {
        n += 1;
        format!("id-{n}")
    }
}

// ---------------------------------------------------------------------------------------
// Evaluations: create, duplicate, title
// ---------------------------------------------------------------------------------------

#[test]
fn a_new_evaluation_has_the_trimmed_title_or_the_examples_title_and_complexity() {
    let own = Evaluation::create("a".into(), "  Speeltuin Noord  ", None, T0);
    assert_eq!(own.title, "Speeltuin Noord");
    assert_eq!(own.example, None);
    assert_eq!((own.created_at.as_str(), own.updated_at.as_str()), (T0, T0));

    // "Nieuwe evaluatie" with an example's title typed (any case, spaces): that example.
    let (example, title, complexity) = samenwerkingswijzer::model::evaluation::examples()[0];
    let typed = format!("  {}  ", title.to_uppercase());
    let found = example_by_title(&typed);
    assert_eq!(found, Some(example));
    let of_example = Evaluation::create("b".into(), &typed, found, T0);
    assert_eq!(of_example.title, title);
    assert_eq!(of_example.example.as_deref(), Some(example));
    assert_eq!(of_example.complexity, Some(complexity));
}

#[test]
fn a_duplicate_is_a_new_concept_titled_kopie_with_everything_else_kept() {
    let mut e = Evaluation::create("a".into(), "Wijkplan", None, T0);
    e.place = "Oosterhout".into();
    e.set_status(Status::Afgerond, T1);
    let copy = e.duplicate("b".into(), T2);
    assert_eq!(copy.id, "b");
    assert_eq!(copy.title, "Wijkplan (kopie)");
    assert_eq!(copy.place, "Oosterhout");
    assert_eq!(copy.status, Status::Concept);
    assert_eq!(copy.completed_at, None);
    assert_eq!(
        (copy.created_at.as_str(), copy.updated_at.as_str()),
        (T2, T2)
    );
}

#[test]
fn an_empty_title_is_shown_as_evaluatie_zonder_titel() {
    assert_eq!(display_title(""), "Evaluatie zonder titel");
    assert_eq!(display_title(" \t"), "Evaluatie zonder titel");
    assert_eq!(display_title("Wijkplan"), "Wijkplan");
    let e = Evaluation::create("a".into(), "", None, T0);
    assert_eq!(e.display_title(), "Evaluatie zonder titel");
}

#[test]
fn period_and_parties_read_as_the_print_view_shows_them() {
    let mut e = Evaluation::create("a".into(), "x", None, T0);
    assert_eq!(e.period_text(), "—");
    assert_eq!(e.parties_text(), "—");
    e.period_start = "2024-03-01".into();
    assert_eq!(e.period_text(), "vanaf 1 maart 2024");
    e.period_end = "2024-06-30".into();
    assert_eq!(e.period_text(), "1 maart 2024 tot 30 juni 2024");
    e.period_start.clear();
    assert_eq!(e.period_text(), "tot 30 juni 2024");
    e.parties = vec![
        Party {
            name: "Gemeente".into(),
            role: "regie".into(),
        },
        Party {
            name: "Dorpsraad".into(),
            role: String::new(),
        },
    ];
    assert_eq!(e.parties_text(), "Gemeente (regie); Dorpsraad");
}

#[test]
fn total_progress_adds_up_the_sections() {
    let mut e = Evaluation::create("a".into(), "Wijkplan", None, T0);
    let sum = |e: &Evaluation| {
        Section::ALL.iter().fold((0, 0), |(d, t), s| {
            let p = e.progress(*s);
            (d + p.done, t + p.total)
        })
    };
    let p = e.total_progress();
    assert_eq!((p.done, p.total), sum(&e));
    assert_eq!(p.done, 1, "only the title is filled in");
    e.raad_involved = true;
    e.change_matter("zaak-doelen", |r| r.score = Some(Score::Scale(4)));
    let p = e.total_progress();
    assert_eq!((p.done, p.total), sum(&e));
    assert_eq!(p.done, 2);
    assert_eq!(
        p.total,
        sum(&Evaluation::create("b".into(), "", None, T0)).1 + 1
    );
}

// ---------------------------------------------------------------------------------------
// Evaluations: the editor's changes
// ---------------------------------------------------------------------------------------

#[test]
fn an_example_shows_the_written_lessons_of_finished_evaluations_only() {
    let mut e = Evaluation::create("a".into(), "x", None, T0);
    e.add_lesson("l1".into());
    e.add_lesson("l2".into());
    if let Some(l) = e.lesson_mut("l2") {
        l.text = "Eerder beginnen".into();
    }
    assert!(e.lessons_to_share().is_empty(), "a concept shares nothing");
    e.set_status(Status::Afgerond, T1);
    let shared: Vec<&str> = e.lessons_to_share().iter().map(|l| l.id.as_str()).collect();
    assert_eq!(shared, ["l2"]);
}

#[test]
fn score_keys_are_one_to_five_or_nvt() {
    for score in Score::OPTIONS {
        assert_eq!(Score::from_key(&score.key()), Some(score));
    }
    for bad in ["", "0", "6", "-1", "256", "NVT", " 3", "3.0", "drie"] {
        assert_eq!(Score::from_key(bad), None, "{bad:?}");
    }
}

#[test]
fn ratings_change_in_their_own_map_and_an_emptied_rating_goes() {
    let mut e = Evaluation::create("a".into(), "x", None, T0);
    e.change_matter("zaak-doelen", |r| r.went_well = "veel".into());
    e.change_condition("openheid", |r| r.score = Some(Score::NotApplicable));
    assert_eq!(e.matter("zaak-doelen").went_well, "veel");
    assert!(!e.conditions.contains_key("zaak-doelen"));
    assert_eq!(e.condition("openheid").score, Some(Score::NotApplicable));
    e.change_matter("zaak-doelen", |r| r.went_well.clear());
    assert!(e.matters.is_empty());
    assert_eq!(e.matter("zaak-doelen"), Rating::default());
}

#[test]
fn a_pitfall_keeps_its_note_while_ticked_and_loses_it_when_unticked() {
    let mut e = Evaluation::create("a".into(), "x", None, T0);
    e.set_pitfall("valkuil-01", true);
    assert_eq!(e.pitfalls.get("valkuil-01").map(String::as_str), Some(""));
    e.pitfalls.insert("valkuil-01".into(), "te laat".into());
    e.set_pitfall("valkuil-01", true);
    assert_eq!(
        e.pitfalls.get("valkuil-01").map(String::as_str),
        Some("te laat")
    );
    e.set_pitfall("valkuil-01", false);
    assert!(e.pitfalls.is_empty());
    e.set_pitfall("valkuil-02", false);
    assert!(e.pitfalls.is_empty());
}

#[test]
fn other_werkvormen_are_split_on_commas_after_the_ticked_suggestions() {
    let mut e = Evaluation::create("a".into(), "x", None, T0);
    e.werkvormen = vec!["Eigen vorm".into(), WERKVORMEN[2].into(), "Oud".into()];
    assert_eq!(e.other_werkvormen(), vec!["Eigen vorm", "Oud"]);
    e.set_other_werkvormen(" Wandeling , ,Fietstocht,");
    assert_eq!(e.werkvormen, vec![WERKVORMEN[2], "Wandeling", "Fietstocht"]);
    e.set_other_werkvormen("");
    assert_eq!(e.werkvormen, vec![WERKVORMEN[2]]);
}

#[test]
fn parties_and_lessons_are_changed_by_index_and_id_and_a_missing_one_is_left_alone() {
    let mut e = Evaluation::create("a".into(), "x", None, T0);
    e.parties = vec![Party::default(), Party::default()];
    if let Some(p) = e.party_mut(1) {
        p.name = "Dorpsraad".into();
    }
    assert!(e.party_mut(2).is_none());
    e.remove_party(0);
    e.remove_party(5);
    assert_eq!(e.parties.len(), 1);
    assert_eq!(e.parties[0].name, "Dorpsraad");

    e.add_lesson("l1".into());
    e.add_lesson("l2".into());
    if let Some(l) = e.lesson_mut("l2") {
        l.text = "Eerder beginnen".into();
    }
    assert!(e.lesson_mut("l3").is_none());
    e.remove_lesson("l1");
    e.remove_lesson("l3");
    assert_eq!(
        e.lessons,
        vec![Lesson {
            id: "l2".into(),
            text: "Eerder beginnen".into(),
            ..Lesson::default()
        }]
    );
}

#[test]
fn a_rating_in_one_line_leaves_out_empty_parts() {
    assert_eq!(Rating::default().summary(), "Score: –");
    let r = Rating {
        score: Some(Score::Scale(3)),
        went_well: "open".into(),
        could_be_better: String::new(),
    };
    assert_eq!(r.summary(), "Score: 3 · ging goed: open");
    let r = Rating {
        score: Some(Score::NotApplicable),
        went_well: String::new(),
        could_be_better: "sneller".into(),
    };
    assert_eq!(r.summary(), "Score: n.v.t. · kan beter: sneller");
}

/// A key read as a score is that score's own key: "+3", "03" or " 3" are not "3". Random
/// text is almost never a score, so keys and near-keys are generated too, and a good share
/// of the cases must read as one.
#[test]
fn any_score_key_gives_a_score_that_reads_back_or_nothing() {
    let keys: Vec<String> = Score::OPTIONS.iter().map(|s| s.key()).collect();
    let key = prop_oneof![
        "\\PC{0,6}",
        "[ +0-9nvt.-]{0,3}",
        proptest::sample::select(keys.clone()),
        (proptest::sample::select(keys), "[ +0.]{0,2}", "[ .]{0,1}")
            .prop_map(|(k, before, after)| format!("{before}{k}{after}")),
    ];
    common::property_taking_branch(
        file!(),
        ProptestConfig::default(),
        "the key reads as a score",
        10,
        key,
        |key| {
            let Some(score) = Score::from_key(&key) else {
                return Ok(false);
            };
            prop_assert_eq!(score.key(), key);
            Ok(true)
        },
    );
}

proptest! {
    #[test]
    fn any_text_as_other_werkvormen_keeps_the_suggestions_and_only_trimmed_names(
        text in "\\PC{0,60}",
        ticked in proptest::sample::subsequence(WERKVORMEN.to_vec(), 0..4),
    ) {
        let mut e = Evaluation::create("a".into(), "x", None, T0);
        e.werkvormen = ticked.iter().map(|w| w.to_string()).collect();
        e.set_other_werkvormen(&text);
        let (suggested, other): (Vec<_>, Vec<_>) = e.werkvormen.iter().partition(|w| WERKVORMEN.contains(&w.as_str()));
        let expected_ticked: Vec<&str> = ticked.clone();
        let suggested_now: Vec<&str> = suggested.iter().take(ticked.len()).map(|w| w.as_str()).collect();
        prop_assert_eq!(suggested_now, expected_ticked);
        for name in &other {
            prop_assert!(!name.is_empty());
            prop_assert_eq!(name.trim(), name.as_str());
            prop_assert!(!name.contains(','));
        }
        // Typing the same text again changes nothing.
        let before = e.werkvormen.clone();
        e.set_other_werkvormen(&text);
        prop_assert_eq!(&e.werkvormen, &before);
    }

    #[test]
    fn any_title_is_shown_as_typed_or_as_the_placeholder(title in "\\PC{0,40}") {
        let shown = display_title(&title);
        if title.trim().is_empty() {
            prop_assert_eq!(shown, "Evaluatie zonder titel");
        } else {
            prop_assert_eq!(shown, title.clone());
        }
        let e = Evaluation::create("a".into(), &title, None, T0);
        prop_assert_eq!(e.title.as_str(), title.trim());
    }
}

// ---------------------------------------------------------------------------------------
// Checklists, zelftests, worksheets
// ---------------------------------------------------------------------------------------

#[test]
fn a_checklist_without_a_title_shows_the_fallback() {
    let mut c = FilledChecklist::new("c".into(), "valkuilen", " ".into(), "2026-11-29".into(), T0);
    assert_eq!(c.display_title("Zonder titel"), "Zonder titel");
    c.title = "Overleg".into();
    assert_eq!(c.display_title("Zonder titel"), "Overleg");
}

#[test]
fn checklists_are_listed_last_edited_first() {
    let make = |id: &str, at: &str| {
        FilledChecklist::new(id.into(), "valkuilen", String::new(), String::new(), at)
    };
    let list = [make("a", T1), make("b", T0), make("c", T2)];
    let ids: Vec<String> = checklist::newest_first(&list)
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, ["c", "a", "b"]);
}

#[test]
fn a_zelftest_is_completed_the_first_time_every_statement_has_an_answer() {
    let scale = assessment_scale();
    let items = || scale.iter().map(|s| s.0);
    let mut a = Assessment::start("z".into(), Role::Raad, None, "  Groep A ", T0);
    assert_eq!(a.label, "Groep A");
    let (last, rest) = scale.split_last().expect("statements");
    for (item, _) in rest {
        a.answer(item, Answer::DontKnow, T0);
    }
    assert!(!a.complete_if_answered(items(), T1), "one is still open");
    assert_eq!(a.completed_at, None);
    a.answer(last.0, Answer::Scale(4), T1);
    assert!(a.complete_if_answered(items(), T1));
    assert_eq!(a.completed_at.as_deref(), Some(T1));
    // Later answers never move the moment.
    a.answer(last.0, Answer::Scale(2), T2);
    assert!(!a.complete_if_answered(items(), T2));
    assert_eq!(a.completed_at.as_deref(), Some(T1));
}

#[test]
fn zelftests_are_listed_newest_first() {
    let a = Assessment::start("a".into(), Role::Raad, None, "", T1);
    let b = Assessment::start("b".into(), Role::Raad, None, "", T2);
    let c = Assessment::start("c".into(), Role::Raad, None, "", T0);
    let ids: Vec<String> = newest_first(&[a, b, c]).into_iter().map(|a| a.id).collect();
    assert_eq!(ids, ["b", "a", "c"]);
}

#[test]
fn a_new_werkvormen_register_also_has_the_werkvormen_of_the_evaluations() {
    let mut e = Evaluation::create("e".into(), "x", None, T0);
    e.werkvormen = vec!["Wandeling".into(), WERKVORMEN[0].into()];
    let evaluations = vec![e];
    let sheet = Worksheet::start("w".into(), Kind::Werkvormen, &evaluations, T0, ids());
    let rows = &sheet
        .body::<RegisterSheet>()
        .expect("a register")
        .werkvormen;
    let names: Vec<&str> = rows.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(names.len(), WERKVORMEN.len() + 1);
    assert_eq!(names.last(), Some(&"Wandeling"));
    let mut row_ids: Vec<&str> = rows.iter().map(|w| w.id.as_str()).collect();
    row_ids.sort_unstable();
    row_ids.dedup();
    assert_eq!(row_ids.len(), names.len(), "every row has its own id");

    // Other kinds start empty, whatever the evaluations say.
    let canvas = Worksheet::start("c".into(), Kind::Canvas, &evaluations, T0, ids());
    assert_eq!(canvas, Worksheet::new("c".into(), Kind::Canvas, T0, ids()));
}

#[test]
fn a_new_choice_question_has_two_empty_options_with_their_own_ids() {
    let q = ChoiceQuestion::new("q".into(), ids());
    assert_eq!(q.id, "q");
    assert_eq!(q.options.len(), 2);
    assert_ne!(q.options[0].id, q.options[1].id);
    assert!(q.options.iter().all(|o| o.text.is_empty()));
    assert!(q.question.is_empty() && q.political.is_none() && q.decides.is_none());
}

#[test]
fn rows_are_found_by_id_and_a_missing_one_is_none() {
    let mut sheet = Worksheet::new("w".into(), Kind::ChoiceQuestions, T0, ids());
    let w = sheet.body_mut::<ChoiceSheet>().expect("keuzevragen");
    w.questions.push(ChoiceQuestion::new("q1".into(), ids()));
    w.questions
        .push(ChoiceQuestion::new("q2".into(), || "o".to_string()));
    let second = w.questions[1].options[1].id.clone();
    if let Some(q) = w.question_mut("q2") {
        q.why = "omdat".into();
    }
    assert_eq!(w.questions[1].why, "omdat");
    assert!(w.question_mut("q3").is_none());
    // The first option with that id in the question asked for, not in another question.
    let first_of_q1 = w.questions[0].options[0].id.clone();
    if let Some(o) = w.option_mut("q1", &first_of_q1) {
        o.text = "A".into();
    }
    assert_eq!(w.questions[0].options[0].text, "A");
    assert!(w.questions[1].options.iter().all(|o| o.text.is_empty()));
    assert!(w.option_mut("q3", &second).is_none());
    assert!(w.option_mut("q1", "nope").is_none());

    let mut sheet = Worksheet::new("r".into(), Kind::Werkvormen, T0, ids());
    let r = sheet.body_mut::<RegisterSheet>().expect("a register");
    let id = r.werkvormen[3].id.clone();
    if let Some(v) = r.werkvorm_mut(&id) {
        v.goal = "ophalen".into();
    }
    assert_eq!(r.werkvormen[3].goal, "ophalen");
    assert!(r.werkvorm_mut("nope").is_none());
    let mut sheet = Worksheet::new("s".into(), Kind::SuccessFactors, T0, ids());
    let r = sheet.body_mut::<FactorsSheet>().expect("succesfactoren");
    r.factors
        .push(samenwerkingswijzer::model::worksheet::Factor {
            id: "f".into(),
            ..Default::default()
        });
    if let Some(f) = r.factor_mut("f") {
        f.note = "n".into();
    }
    assert_eq!(r.factors[0].note, "n");
    assert!(r.factor_mut("g").is_none());
}

#[test]
fn worksheets_are_listed_last_edited_first_and_by_kind() {
    let mut a = Worksheet::new("a".into(), Kind::Canvas, T0, ids());
    a.updated_at = T1.into();
    let b = Worksheet::new("b".into(), Kind::Werkvormen, T2, ids());
    let c = Worksheet::new("c".into(), Kind::Canvas, T0, ids());
    let all = [a, b, c];
    let order = |kind| -> Vec<&str> {
        sheets_newest_first(&all, kind)
            .into_iter()
            .map(|w| w.id.as_str())
            .collect()
    };
    assert_eq!(order(None), ["b", "a", "c"]);
    assert_eq!(order(Some(Kind::Canvas)), ["a", "c"]);
    assert!(order(Some(Kind::SuccessFactors)).is_empty());
    assert_eq!(werkvorm_title(" "), "Nieuwe werkvorm");
    assert_eq!(werkvorm_title("Schouw"), "Schouw");
}

#[test]
fn a_worksheet_copy_is_titled_kopie_after_its_shown_title() {
    let mut w = Worksheet::new("a".into(), Kind::ChoiceQuestions, T0, ids());
    assert_eq!(
        w.duplicate("b".into(), T1).title,
        format!("{} (kopie)", Kind::ChoiceQuestions.label())
    );
    w.set_subject("Woningbouw".into());
    let copy = w.duplicate("b".into(), T1);
    assert_eq!(copy.title, "Woningbouw (kopie)");
    assert_eq!((copy.id.as_str(), copy.created_at.as_str()), ("b", T1));
}

// ---------------------------------------------------------------------------------------
// The group overview
// ---------------------------------------------------------------------------------------

#[test]
fn own_results_are_the_completed_zelftests_and_every_checklist() {
    let mut done = Assessment::start("done".into(), Role::Raad, None, "", T0);
    done.completed_at = Some(T1.into());
    let open = Assessment::start("open".into(), Role::Raad, None, "", T0);
    let list = FilledChecklist::new("c".into(), "valkuilen", String::new(), String::new(), T0);
    let data = Dataset {
        assessments: vec![open, done.clone()],
        checklists: vec![list.clone()],
        evaluations: vec![Evaluation::create("e".into(), "x", None, T0)],
        ..Dataset::default()
    };
    let own = group::own_results(&data);
    assert_eq!(own.assessments, vec![done]);
    assert_eq!(own.checklists, vec![list]);
    assert!(own.evaluations.is_empty() && own.worksheets.is_empty());

    let without = group::remove(&data, "c");
    assert!(without.checklists.is_empty());
    assert_eq!(without.assessments.len(), 2);
    let without = group::remove(&without, "open");
    assert_eq!(without.assessments.len(), 1);
    assert_eq!(group::remove(&without, "nobody"), without);
}

#[test]
fn a_part_that_does_not_fit_one_slide_splits_into_the_fewest_even_slides() {
    // Nothing: one (empty) slide, which says there is nothing yet.
    assert_eq!(group::split(&[], 100), vec![(0, 0)]);
    // Fits: one slide.
    assert_eq!(group::split(&[10; 4], 40), vec![(0, 4)]);
    // One row too many: two slides, as even as they can be (not four and one).
    assert_eq!(group::split(&[10; 5], 40), vec![(0, 2), (2, 5)]);
    assert_eq!(group::split(&[10; 12], 40), vec![(0, 4), (4, 8), (8, 12)]);
    // Long rows take more room: the split follows the heights, not the count.
    assert_eq!(
        group::split(&[30, 30, 10, 10], 40),
        vec![(0, 1), (1, 2), (2, 4)]
    );
    // A row taller than a slide gets a slide of its own.
    assert_eq!(
        group::split(&[10, 50, 10], 40),
        vec![(0, 1), (1, 2), (2, 3)]
    );
}

/// The fewest runs of rows that fit `room` each (a row taller than `room` alone).
fn fewest_runs(heights: &[u32], room: u32) -> usize {
    let (mut runs, mut used) = (1, 0);
    for &h in heights {
        if used > 0 && used + h > room {
            runs += 1;
            used = 0;
        }
        used += h;
    }
    runs
}

proptest! {
    #[test]
    fn a_split_holds_every_row_once_in_order_in_the_fewest_slides_that_fit(
        heights in proptest::collection::vec(1u32..80, 0..60),
        room in 20u32..200,
    ) {
        let runs = group::split(&heights, room);
        prop_assert!(!runs.is_empty());
        // Every row once, in order.
        let joined: Vec<usize> = runs.iter().flat_map(|&(s, e)| s..e).collect();
        prop_assert_eq!(joined, (0..heights.len()).collect::<Vec<_>>());
        // Each slide fits, or holds one row that is taller than a slide.
        for &(s, e) in &runs {
            let used: u32 = heights[s..e].iter().sum();
            prop_assert!(used <= room || e - s == 1, "{:?} of {:?} in {}", (s, e), heights, room);
        }
        // No more slides than needed.
        prop_assert_eq!(runs.len(), fewest_runs(&heights, room).max(1));
    }
}
