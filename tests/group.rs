#![cfg(not(target_arch = "wasm32"))]
//! Group overview: aggregation, share-link encoding and its decoder on hostile input.

mod common;

use common::full_assessment_of;
use proptest::prelude::*;
use samenwerkingswijzer::content;
use samenwerkingswijzer::model::assessment::{Answer, Assessment, Direction, Perspective, Role};
use samenwerkingswijzer::model::checklist::FilledChecklist;
use samenwerkingswijzer::model::dataset::Dataset;
use samenwerkingswijzer::model::group::{self, describe};
use samenwerkingswijzer::model::import::BundledContent;
use samenwerkingswijzer::model::share;

const T: &str = "2026-11-29T10:00:00.000Z";

fn person(id: &str, role: Role, answers: &[(&str, Answer)]) -> Assessment {
    let mut a = Assessment::new(id.into(), role, String::new(), T);
    for (item, answer) in answers {
        a.answer(item, *answer, T);
    }
    a
}

const SCALE: [(&str, Direction); 2] = [("h", Direction::Helps), ("a", Direction::Avoid)];

#[test]
fn averages_spread_and_buckets() {
    let people = [
        person(
            "1",
            Role::Raad,
            &[("h", Answer::Scale(5)), ("a", Answer::Scale(1))],
        ),
        person(
            "2",
            Role::Raad,
            &[("h", Answer::Scale(1)), ("a", Answer::Scale(5))],
        ),
        person(
            "3",
            Role::College,
            &[("h", Answer::DontKnow), ("a", Answer::Scale(3))],
        ),
        person("4", Role::College, &[("h", Answer::Scale(3))]),
    ];
    let s = group::summarize(&people, &SCALE);
    assert_eq!(s.participants, 4);
    assert_eq!(s.per_role[0], (Role::Raad, 2));
    assert_eq!(s.per_role[1], (Role::College, 2));
    let h = &s.statements[0];
    assert_eq!(h.average, Some(50));
    assert_eq!(h.spread, Some(41));
    assert_eq!(h.dont_know, 1);
    assert_eq!(h.buckets, [1, 0, 1, 0, 1]);
    assert_eq!(h.answered(), 3);
    // Reverse item: "nooit" (1) scores 100, "altijd" (5) scores 0, "soms" 50.
    let a = &s.statements[1];
    assert_eq!(a.buckets, [1, 0, 1, 0, 1]);
    assert_eq!(a.average, Some(50));
    assert_eq!(a.spread, Some(41));
    assert_eq!(a.dont_know, 0);
}

#[test]
fn dont_know_is_left_out_not_zero() {
    let people = [
        person("1", Role::Raad, &[("h", Answer::Scale(4))]),
        person("2", Role::Raad, &[("h", Answer::DontKnow)]),
        person("3", Role::College, &[("h", Answer::Scale(4))]),
        person("4", Role::Anders, &[("h", Answer::Scale(4))]),
    ];
    let s = group::summarize(&people, &SCALE);
    assert_eq!(s.statements[0].average, Some(75));
    assert_eq!(s.statements[0].spread, Some(0));
    assert_eq!(s.statements[0].dont_know, 1);
    assert_eq!(s.statements[1].average, None);
    assert_eq!(s.statements[1].spread, None);
    assert_eq!(s.overall, Some(75));
}

#[test]
fn one_or_two_answers_are_never_shown_as_a_group_figure() {
    // Issue 24: "1 zelftests · gemiddelde score 55" and "Waar de rollen het meest verschillen"
    // with one college member were one person's answers.
    let one = [person("1", Role::Raad, &[("h", Answer::Scale(5))])];
    let s = group::summarize(&one, &SCALE);
    assert_eq!(s.statements[0].answered(), 1, "counted");
    assert_eq!(s.statements[0].average, None, "but not averaged");
    assert_eq!(s.statements[0].spread, None);
    assert_eq!(s.overall, None);
    assert!(s.strongest(3).is_empty() && s.weakest(3).is_empty());
    let two = [
        person("1", Role::Raad, &[("h", Answer::Scale(5))]),
        person("2", Role::College, &[("h", Answer::Scale(1))]),
    ];
    let s = group::summarize(&two, &SCALE);
    assert_eq!(s.statements[0].average, None);
    assert!(s.statements[0].by_role.is_empty());
    assert!(s.disagreements(3, 1).is_empty());
    // Three make a group figure, but a role with one member has no average of its own.
    let three = [
        person("1", Role::Raad, &[("h", Answer::Scale(5))]),
        person("2", Role::Raad, &[("h", Answer::Scale(5))]),
        person("3", Role::College, &[("h", Answer::Scale(1))]),
    ];
    let s = group::summarize(&three, &SCALE);
    assert_eq!(s.statements[0].average, Some(67));
    assert!(s.statements[0].by_role.is_empty());
    assert_eq!(s.overall, Some(67));
}

#[test]
fn group_figures_are_per_perspective_never_mixed() {
    let gemeente = (0..3).map(|i| person(&format!("g{i}"), Role::Raad, &[("h", Answer::Scale(5))]));
    let partners = (0..3).map(|i| {
        person(
            &format!("p{i}"),
            Role::Samenleving,
            &[("h", Answer::Scale(1))],
        )
    });
    let mut old = person("old", Role::Samenleving, &[("h", Answer::Scale(3))]);
    old.perspective = None;
    old.wording = None;
    let people: Vec<Assessment> = gemeente.chain(partners).chain([old]).collect();
    let s = group::summarize(&people, &SCALE);
    assert_eq!(s.participants, 7);
    assert_eq!(s.own, 3);
    // The statement figures are the gemeente's own picture only.
    assert_eq!(s.statements[0].average, Some(100));
    assert_eq!(s.statements[0].answered(), 3);
    assert_eq!(s.overall, Some(100));
    assert_eq!(
        s.per_perspective,
        vec![
            (Perspective::Gemeente, 3, Some(100)),
            (Perspective::Partner, 3, Some(0)),
            (Perspective::EigenOrganisatie, 1, None),
        ]
    );
    // An answer to a statement not asked of a participant does not count.
    let asked = group::summarize_asked(&people, &SCALE, |a, _| a.id != "g0");
    assert_eq!(asked.statements[0].answered(), 2);
    assert_eq!(asked.statements[0].average, None);
}

#[test]
fn roles_that_disagree_most_come_first() {
    // Three of each role: every role's average rests on three answers.
    let of = |role: Role, h: u8, a: u8| {
        (0..3)
            .map(|i| {
                person(
                    &format!("{}{i}", role.key()),
                    role,
                    &[("h", Answer::Scale(h)), ("a", Answer::Scale(a))],
                )
            })
            .collect::<Vec<_>>()
    };
    let people: Vec<Assessment> = [
        of(Role::Raad, 5, 2),
        of(Role::College, 1, 2),
        of(Role::AmbtelijkeOrganisatie, 3, 3),
    ]
    .concat();
    let s = group::summarize(&people, &SCALE);
    assert_eq!(s.statements[0].role_gap(), 100);
    assert_eq!(s.statements[1].role_gap(), 25);
    let d = s.disagreements(3, 1);
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].item, "h");
    assert_eq!(
        s.statements[0].by_role,
        vec![
            (Role::Raad, 100),
            (Role::College, 0),
            (Role::AmbtelijkeOrganisatie, 50)
        ]
    );
    // One role only: no disagreement.
    let one = group::summarize(&people[..3], &SCALE);
    assert!(one.disagreements(3, 1).is_empty());
}

#[test]
fn strongest_and_weakest_do_not_overlap() {
    let people: Vec<Assessment> = (0..3)
        .map(|i| {
            person(
                &i.to_string(),
                Role::Raad,
                &[("h", Answer::Scale(5)), ("a", Answer::Scale(5))],
            )
        })
        .collect();
    let s = group::summarize(&people, &SCALE);
    assert_eq!(s.strongest(1)[0].item, "h");
    assert_eq!(s.weakest(1)[0].item, "a");
    assert!(
        s.weakest(3).iter().all(|w| w.item != "h" && w.item != "a") || s.strongest(3).len() == 2
    );
}

#[test]
fn labels_only_when_given() {
    let mut named = person("1", Role::Raad, &[]);
    named.label = " Team Noord ".into();
    let s = group::summarize(&[named, person("2", Role::Raad, &[])], &SCALE);
    assert_eq!(s.labels, vec!["Team Noord".to_string()]);
}

#[test]
fn the_same_id_counts_once() {
    let one = Dataset {
        assessments: vec![person("1", Role::Raad, &[("h", Answer::Scale(5))])],
        ..Dataset::default()
    };
    let (g, added) = group::add(&Dataset::default(), &one);
    assert_eq!(added, group::Added { new: 1, already: 0 });
    let (g, added) = group::add(&g, &one);
    assert_eq!(added, group::Added { new: 0, already: 1 });
    assert_eq!(g.assessments.len(), 1);
}

#[test]
fn csv_opens_in_dutch_spreadsheets() {
    let people: Vec<Assessment> = (0..3)
        .map(|i| person(&i.to_string(), Role::Raad, &[("h", Answer::Scale(5))]))
        .collect();
    let s = group::summarize(&people, &SCALE);
    let text = group::csv(&s, |item| format!("Stelling; \"{item}\""));
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].contains("Gemiddelde (0-100);Spreiding"));
    assert!(lines[0].ends_with(";Perspectief"));
    assert!(lines[1].starts_with("1;\"Stelling; \"\"h\"\"\";100;0;3;0;0;0;0;0;3;100;"));
    assert!(
        lines[1].ends_with(";De gemeente over zichzelf"),
        "{}",
        lines[1]
    );
    // One answer: counted, no average.
    let one = group::summarize(&people[..1], &SCALE);
    let text = group::csv(&one, |item| item.to_string());
    assert!(text.contains("\r\n1;h;;;1;0;0;0;0;0;1;"), "{text}");
}

#[test]
fn csv_has_a_checklist_section_with_counts_per_state() {
    use samenwerkingswijzer::model::checklist::{FilledChecklist, ItemState};
    let copy = |id: &str, states: &[(&str, Option<ItemState>)]| {
        let mut c = FilledChecklist::new(
            id.into(),
            "valkuilen",
            String::new(),
            "2026-11-29".into(),
            T,
        );
        for (item, state) in states {
            c.set_state(item, *state, T);
        }
        c
    };
    let copies = [
        copy(
            "a",
            &[
                ("v1", Some(ItemState::Done)),
                ("v2", Some(ItemState::NotApplicable)),
            ],
        ),
        copy(
            "b",
            &[
                ("v1", Some(ItemState::Done)),
                ("v2", Some(ItemState::NotDone)),
            ],
        ),
    ];
    let lists =
        group::summarize_checklists(&copies, |_| vec!["v1".into(), "v2".into(), "v3".into()]);
    let section = group::checklists_csv(
        &lists,
        |l| format!("Lijst {l}"),
        content::answers,
        |i| format!("Tekst; {i}"),
    );
    let lines: Vec<&str> = section.split("\r\n").collect();
    assert_eq!(lines[0], "", "a blank line separates the sections");
    assert_eq!(
        lines[1], "Checklist;Punt (id);Punt;Aantal ingevuld;Vermeden;Trad op;N.v.t.;Niet ingevuld",
        "the valkuilen's header uses their own answer words"
    );
    assert_eq!(lines[2], "Lijst valkuilen;v1;\"Tekst; v1\";2;2;0;0;0");
    assert_eq!(lines[3], "Lijst valkuilen;v2;\"Tekst; v2\";2;0;1;1;0");
    assert_eq!(lines[4], "Lijst valkuilen;v3;\"Tekst; v3\";2;0;0;0;2");
    assert_eq!(lines.len(), 6);
    // No checklists: no section, so the statement rows stay the whole file.
    assert_eq!(
        group::checklists_csv(&[], |l| l.into(), content::answers, |i| i.into()),
        ""
    );
}

#[test]
fn csv_gives_each_checklist_its_own_answer_words() {
    use samenwerkingswijzer::model::checklist::{FilledChecklist, ItemState};
    let copy = |id: &str, list: &str, item: &str| {
        let mut c = FilledChecklist::new(id.into(), list, String::new(), "2026-11-29".into(), T);
        c.set_state(item, Some(ItemState::NotDone), T);
        c
    };
    let copies = [
        copy("a", "helpen", "helpen-01"),
        copy("b", "valkuilen", "valkuil-01"),
        copy("c", "raad", "raad-01"),
        copy("d", "liever-niet", "liever-niet-01"),
    ];
    let lists = group::summarize_checklists(&copies, |list| {
        content::list(list)
            .map(|l| l.items.iter().take(1).map(|i| i.id.to_string()).collect())
            .unwrap_or_default()
    });
    let section = group::checklists_csv(
        &lists,
        |l| l.to_string(),
        content::answers,
        |i| i.to_string(),
    );
    let headers: Vec<&str> = section
        .split("\r\n")
        .filter(|l| l.starts_with("Checklist;"))
        .collect();
    let words = |h: &str| h.split(';').skip(4).take(3).collect::<Vec<_>>().join(" / ");
    let mut found: Vec<String> = headers.iter().map(|h| words(h)).collect();
    found.sort();
    assert_eq!(
        found,
        [
            "Gedaan / Niet gedaan / N.v.t.",
            "Klopt / Klopt niet / N.v.t.",
            "Vermeden / Kwam voor / N.v.t.",
            "Vermeden / Trad op / N.v.t.",
        ]
    );
    // Every list's rows follow its own header, after a blank line.
    let lines: Vec<&str> = section.split("\r\n").collect();
    for (index, line) in lines.iter().enumerate() {
        if line.starts_with("Checklist;") {
            assert_eq!(lines[index - 1], "");
            let list = lines[index + 1].split(';').next().unwrap_or_default();
            let expected = content::answers(list).join(";");
            assert!(line.contains(&expected), "{line} for {list}");
        }
    }
}

fn full_assessment() -> Dataset {
    full_assessment_of(Role::AmbtelijkeOrganisatie)
}

#[test]
fn a_share_link_round_trips() {
    let data = full_assessment();
    let digits = share::encode(&data);
    assert!(digits.bytes().all(|b| b.is_ascii_digit()));
    let back = share::decode(&digits, &BundledContent, common::now_ms()).expect("decodes");
    let mut expected = data.assessments.clone();
    expected[0].actions.clear();
    // The role implies the perspective, so the link leaves it out; it reads the same.
    let perspective = expected[0].perspective();
    expected[0].perspective = None;
    assert_eq!(back.data.assessments, expected);
    assert_eq!(back.data.assessments[0].label, "Team Noord");
    assert_eq!(back.data.assessments[0].perspective(), perspective);
    assert_eq!(back.data.assessments[0].wording_version(), 2);
    // "Anders" chose its perspective: the link keeps it.
    let mut anders = full_assessment_of(Role::Anders);
    anders.assessments[0].perspective = Some(Perspective::Partner);
    let back =
        share::decode(&share::encode(&anders), &BundledContent, common::now_ms()).expect("decodes");
    assert_eq!(back.data.assessments[0].perspective(), Perspective::Partner);
    let link = share::link("https://example.org/samenwerkingswijzer/", &data);
    assert_eq!(
        share::payload(link.split_once('#').expect("hash").1),
        Some(digits.as_str())
    );
}

#[test]
fn a_full_result_of_every_role_fits_a_small_qr_code() {
    // Before issue 24 (19 statements, no perspective): the ambtelijke organisatie's result
    // was QR version 10 (M), 388 digits. After: the wording version and the 20th statement
    // (helpen-09 split) make 20 answers QR version 11 (M); the preset dictionary of share.rs
    // is unchanged, and a perspective the role implies is left out of the link.
    for role in Role::ALL {
        let data = full_assessment_of(role);
        let digits = share::encode(&data);
        let prefix = "https://samenwerkingswijzer.example.nl/groep#d";
        let qr = share::qr(prefix, &digits).expect("fits");
        println!(
            "{role:?}: {} answers, json {} bytes, deflated {} bytes, {} digits, QR version {} (M)",
            data.assessments[0].answers.len(),
            share::compact_json(&share::for_sharing(&data)).len(),
            (digits.len() - 1) * 7 / 17,
            digits.len(),
            qr.version
        );
        assert!(qr.version <= 11, "{role:?}: version {}", qr.version);
    }
}

#[test]
fn digits_round_trip_for_every_length() {
    for len in 0..40usize {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 255) as u8).collect();
        let digits = share::bytes_to_digits(&bytes);
        assert_eq!(share::digits_to_bytes(&digits), Some(bytes));
    }
    assert_eq!(share::bytes_to_digits(&[255; 7]), "72057594037927935");
}

#[test]
fn damaged_and_foreign_links_say_so() {
    let digits = share::encode(&full_assessment());
    let cut = &digits[..digits.len() / 2];
    assert!(share::decode(cut, &BundledContent, common::now_ms())
        .unwrap_err()
        .message
        .contains("beschadigd"));
    assert!(share::decode("abc", &BundledContent, common::now_ms())
        .unwrap_err()
        .message
        .contains("beschadigd"));
    assert!(share::decode("9123", &BundledContent, common::now_ms())
        .unwrap_err()
        .message
        .contains("nieuwere versie"));
    assert!(share::decode("", &BundledContent, common::now_ms()).is_err());
    // Valid compression of something that is not ours.
    let foreign = miniz_oxide::deflate::compress_to_vec(br#"{"hello": 1}"#, 10);
    let link = format!("1{}", share::bytes_to_digits(&foreign));
    let e = share::decode(&link, &BundledContent, common::now_ms()).unwrap_err();
    assert!(e.message.contains("geen resultaat"), "{e:?}");
    assert_eq!(share::payload("#main"), None);
}

#[test]
fn a_scanned_code_is_a_result_damaged_or_foreign() {
    let data = full_assessment();
    let link = share::link("https://example.org/", &data);
    match share::read_scanned(&link, &BundledContent, common::now_ms()) {
        share::Scanned::Result(file) => assert_eq!(file.data.assessments.len(), 1),
        other => panic!("expected a result, got {other:?}"),
    }
    // The same app hosted elsewhere is still ours.
    let elsewhere = link.replace("https://example.org/", "http://127.0.0.1:8080/sub/");
    assert!(matches!(
        share::read_scanned(&elsewhere, &BundledContent, common::now_ms()),
        share::Scanned::Result(_)
    ));
    // One digit changed in the middle: damaged, and the message says so.
    let (head, digits) = link.split_once("#d").expect("hash");
    let mut broken: Vec<u8> = digits.bytes().collect();
    let middle = broken.len() / 2;
    broken[middle] = if broken[middle] == b'9' {
        b'0'
    } else {
        broken[middle] + 1
    };
    let broken = format!("{head}#d{}", String::from_utf8(broken).expect("digits"));
    match share::read_scanned(&broken, &BundledContent, common::now_ms()) {
        share::Scanned::Damaged(message) => assert!(message.starts_with("Deze link"), "{message}"),
        other => panic!("expected damaged, got {other:?}"),
    }
    for foreign in [
        "https://example.org/",
        "WIFI:S:zaal;T:WPA;P:geheim;;",
        "",
        "#",
        "https://x.nl/#top",
    ] {
        assert!(
            matches!(
                share::read_scanned(foreign, &BundledContent, common::now_ms()),
                share::Scanned::Foreign
            ),
            "{foreign}"
        );
    }
}

proptest! {
    #[test]
    fn arbitrary_scanned_text_never_panics(text in ".{0,400}") {
        let _ = share::read_scanned(&text, &BundledContent, common::now_ms());
        let _ = share::read_scanned(&format!("https://example.org/groep#d1{text}"), &BundledContent, common::now_ms());
    }

    #[test]
    fn arbitrary_fragments_never_panic(text in ".{0,400}") {
        let _ = share::decode(&text, &BundledContent, common::now_ms());
        let _ = share::payload(&text);
    }

    #[test]
    fn arbitrary_digits_never_panic(text in "1[0-9]{0,600}") {
        let _ = share::decode(&text, &BundledContent, common::now_ms());
    }

    #[test]
    fn arbitrary_deflate_payloads_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let digits = format!("1{}", share::bytes_to_digits(&bytes));
        let _ = share::decode(&digits, &BundledContent, common::now_ms());
    }

    #[test]
    fn bytes_to_digits_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(share::digits_to_bytes(&share::bytes_to_digits(&bytes)), Some(bytes));
    }
}

#[test]
fn only_our_fragments_are_payloads() {
    assert_eq!(share::payload("#d123"), Some("123"));
    assert_eq!(share::payload("#details"), None);
    assert_eq!(share::payload(""), None);
}

/// Made-up texts for the slides' split: every statement `len` characters, except the ids in
/// `long`, which are three lines long; checklist items `item` characters.
struct FakeTexts {
    scale: Vec<(&'static str, Direction)>,
    long: Vec<String>,
    item: usize,
}

impl group::Texts for FakeTexts {
    fn direction(&self, item: &str) -> Option<Direction> {
        self.scale
            .iter()
            .find(|(i, _)| *i == item && item != "x")
            .map(|(_, d)| *d)
    }
    fn statement_len(&self, item: &str) -> usize {
        if self.long.iter().any(|l| l == item) {
            3 * group::slides::LINE_CHARS
        } else {
            60
        }
    }
    fn mirror_len(&self, item: &str) -> usize {
        self.statement_len(item)
    }
    fn item_len(&self, _: &str) -> usize {
        self.item
    }
    fn list_heading_len(&self, _: &str) -> usize {
        40
    }
}

#[test]
fn the_presentation_has_the_assessment_slides_then_every_checklist_split_where_it_does_not_fit() {
    use group::{Page, Slide};
    let page = |index, pages, start, end| Page {
        index,
        pages,
        start,
        end,
    };
    // Twelve statements that help and three to avoid, in mixed order, plus one unknown.
    let mut scale: Vec<(&'static str, Direction)> = vec![
        ("h01", Direction::Helps),
        ("a1", Direction::Avoid),
        ("h02", Direction::Helps),
        ("h03", Direction::Helps),
        ("h04", Direction::Helps),
        ("a2", Direction::Avoid),
        ("h05", Direction::Helps),
        ("x", Direction::Helps),
        ("a3", Direction::Avoid),
    ];
    scale.extend(
        ["h06", "h07", "h08", "h09", "h10", "h11", "h12"]
            .into_iter()
            .map(|h| (h, Direction::Helps)),
    );
    let texts = FakeTexts {
        scale: scale.clone(),
        long: vec![],
        item: 40,
    };
    let one = person("1", Role::Raad, &[("h01", Answer::Scale(4))]);
    let summary = group::summarize(&[one], &scale);
    let helps: Vec<String> = group::statements_of(&summary, Direction::Helps, |i| {
        group::Texts::direction(&texts, i)
    })
    .into_iter()
    .map(|s| s.item)
    .collect();
    assert_eq!(helps.len(), 12);
    assert_eq!(helps[..3], ["h01", "h02", "h03"]);

    let item = |n: usize| group::ChecklistItemStats {
        item: format!("i{n}"),
        done: 0,
        not_done: 0,
        not_applicable: 0,
    };
    let lists = vec![
        ("valkuilen".to_string(), 2, (0..13).map(item).collect()),
        ("regie".to_string(), 1, Vec::new()),
    ];
    let mirror = vec!["h01".to_string(), "h02".to_string()];
    let slides = group::slides(&summary, &mirror, false, &lists, false, &texts);
    assert_eq!(
        slides,
        vec![
            Slide::Overview,
            Slide::Mirror(page(0, 1, 0, 2)),
            // Twelve short statements do not fit one slide: two of six.
            Slide::Statements(Direction::Helps, page(0, 2, 0, 6)),
            Slide::Statements(Direction::Helps, page(1, 2, 6, 12)),
            Slide::Statements(Direction::Avoid, page(0, 1, 0, 3)),
            // One participant: no role differs from another; the slide says so.
            Slide::Differences(page(0, 1, 0, 0)),
            Slide::Strongest,
            // Thirteen items do not fit either: six and seven.
            Slide::Checklist("valkuilen".into(), page(0, 2, 0, 6)),
            Slide::Checklist("valkuilen".into(), page(1, 2, 6, 13)),
            Slide::Checklist("regie".into(), page(0, 1, 0, 0)),
        ]
    );
    // Long statements take more room: the same twelve over four slides of three.
    let long = FakeTexts {
        scale: scale.clone(),
        long: helps.clone(),
        item: 200,
    };
    let slides = group::slides(&summary, &mirror, false, &lists, false, &long);
    let pages: Vec<Page> = slides
        .iter()
        .filter_map(|s| match s {
            Slide::Statements(Direction::Helps, p) => Some(*p),
            _ => None,
        })
        .collect();
    assert_eq!(
        pages,
        vec![
            page(0, 4, 0, 3),
            page(1, 4, 3, 6),
            page(2, 4, 6, 9),
            page(3, 4, 9, 12)
        ]
    );
    // And long checklist items split the list over more slides, as even as they can be.
    let valkuilen: Vec<Page> = slides
        .iter()
        .filter_map(|s| match s {
            Slide::Checklist(list, p) if list == "valkuilen" => Some(*p),
            _ => None,
        })
        .collect();
    assert_eq!(
        valkuilen,
        vec![
            page(0, 5, 0, 2),
            page(1, 5, 2, 5),
            page(2, 5, 5, 7),
            page(3, 5, 7, 10),
            page(4, 5, 10, 13)
        ]
    );

    // The mirror's note on old results it leaves out takes room too.
    let three: Vec<String> = helps.iter().take(3).cloned().collect();
    let mirror_pages = |note: bool| {
        group::slides(&summary, &three, note, &[], false, &long)
            .into_iter()
            .filter(|s| matches!(s, Slide::Mirror(_)))
            .count()
    };
    assert_eq!((mirror_pages(false), mirror_pages(true)), (1, 2));

    // No zelftests: only the checklists; nothing at all: no slides.
    let nobody = group::summarize(&[], &scale);
    assert_eq!(
        group::slides(&nobody, &[], false, &lists, false, &long).len(),
        6
    );
    assert!(group::slides(&nobody, &[], false, &[], false, &long).is_empty());
    // Partners only: the overview and the mirror, no slides of the gemeente's own picture.
    let partner = person("p", Role::Samenleving, &[("h01", Answer::Scale(4))]);
    let partners = group::summarize(&[partner], &scale);
    assert_eq!(
        group::slides(&partners, &[], false, &[], false, &texts),
        vec![Slide::Overview, Slide::Mirror(page(0, 1, 0, 0))]
    );
}

#[test]
fn strongest_and_weakest_are_two_slides_and_the_weakest_only_when_there_is_one() {
    use group::Slide;
    let scale: Vec<(&'static str, Direction)> = (0..8)
        .map(|i| {
            (
                ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"][i],
                Direction::Helps,
            )
        })
        .collect();
    let texts = FakeTexts {
        scale: scale.clone(),
        long: vec![],
        item: 40,
    };
    let answers = |n: usize| -> Vec<(&'static str, Answer)> {
        scale
            .iter()
            .take(n)
            .enumerate()
            .map(|(i, (id, _))| (*id, Answer::Scale(1 + (i % 5) as u8)))
            .collect()
    };
    let three = |n: usize| {
        let a = answers(n);
        group::summarize(
            &[
                person("1", Role::Raad, &a),
                person("2", Role::Raad, &a),
                person("3", Role::College, &a),
            ],
            &scale,
        )
    };
    let points = |summary: &group::GroupSummary| -> Vec<Slide> {
        group::slides(summary, &[], false, &[], false, &texts)
            .into_iter()
            .filter(|s| matches!(s, Slide::Strongest | Slide::Weakest))
            .collect()
    };
    // Six statements with an average: three strongest, three weakest, two slides.
    assert_eq!(points(&three(6)), vec![Slide::Strongest, Slide::Weakest]);
    // Three: all among the strongest, so no slide for the weakest.
    assert_eq!(points(&three(3)), vec![Slide::Strongest]);
}

#[test]
fn names_go_to_a_slide_of_their_own_only_when_shown_and_too_many_for_the_overview() {
    use group::Slide;
    let scale: Vec<(&'static str, Direction)> = vec![("h", Direction::Helps)];
    let texts = FakeTexts {
        scale: scale.clone(),
        long: vec![],
        item: 40,
    };
    let named = |n: usize| -> Vec<Assessment> {
        (0..n)
            .map(|i| {
                let mut a = person(&format!("{i}"), Role::Samenleving, &[]);
                a.label = format!("Tafel nummer {i}");
                a
            })
            .collect()
    };
    let few = group::summarize(&named(3), &scale);
    let many = group::summarize(&named(60), &scale);
    assert!(group::names_fit(&few.labels) && !group::names_fit(&many.labels));
    let has_names = |summary: &group::GroupSummary, shown: bool| {
        group::slides(summary, &[], false, &[], shown, &texts).contains(&Slide::Names)
    };
    assert!(!has_names(&few, true));
    assert!(!has_names(&many, false));
    assert!(has_names(&many, true));
}

// What the group page says about results (`model::group::describe`), from the bundled content.

fn checklist(id: &str, list: &str, title: &str) -> FilledChecklist {
    FilledChecklist::new(id.into(), list, title.into(), String::new(), T)
}

#[test]
fn a_received_link_is_described_one_line_per_result() {
    let mut named = person("1", Role::Raad, &[]);
    named.label = "  Team Noord ".into();
    let first = content::STATEMENTS[0].item;
    let anonymous = person("2", Role::College, &[(first, Answer::Scale(4))]);
    let list = content::list("valkuilen").expect("bundled list");
    let data = Dataset {
        assessments: vec![named, anonymous],
        checklists: vec![checklist("c", "valkuilen", "Overleg maart")],
        ..Dataset::default()
    };
    assert_eq!(
        describe::received_lines(&data),
        [
            "Zelftest · Raad · 0 van 20 stellingen beantwoord · “Team Noord”".to_string(),
            "Zelftest · College · 1 van 20 stellingen beantwoord · anoniem".to_string(),
            format!("Checklist “{}” · Overleg maart", list.title),
        ]
    );
    assert_eq!(
        describe::scanned_summary(&data),
        format!(
            "raad “Team Noord”, 0 antwoorden; college, 1 antwoord; checklist “{}”",
            list.title
        )
    );
    let rows = describe::member_rows(&data);
    assert_eq!(rows[0].0, "1");
    assert_eq!(
        rows[0].1,
        "Zelftest · Raad · “Team Noord” · 0 van 20 beantwoord"
    );
    assert_eq!(
        rows[1].1,
        "Zelftest · College · anoniem · 1 van 20 beantwoord"
    );
    assert_eq!(
        rows[2],
        (
            "c".to_string(),
            format!("Checklist “{}” · Overleg maart", list.title)
        )
    );
    // A list the content does not know is named as such, not dropped.
    let unknown = Dataset {
        checklists: vec![checklist("x", "bestaat-niet", "Iets")],
        ..Dataset::default()
    };
    assert_eq!(
        describe::received_lines(&unknown),
        ["Checklist “onbekende lijst” · Iets"]
    );
}

#[test]
fn the_message_after_adding_counts_new_and_known_results() {
    let message = |new, already| describe::added_message(group::Added { new, already });
    assert_eq!(message(0, 0), "Er stond geen zelftest of checklist in.");
    assert_eq!(
        message(1, 0),
        "Eén resultaat toegevoegd aan het groepsoverzicht."
    );
    assert_eq!(
        message(3, 0),
        "3 resultaten toegevoegd aan het groepsoverzicht."
    );
    // Reads right for 0, 1 and many (tests/words.rs has every case).
    assert_eq!(
        message(0, 1),
        "Niets toegevoegd: dit resultaat stond al in het groepsoverzicht en telt één keer."
    );
    assert_eq!(
        message(2, 2),
        "2 resultaten toegevoegd aan het groepsoverzicht; 2 andere resultaten stonden er al in en tellen elk één keer."
    );
}

#[test]
fn a_point_says_what_its_score_means_in_the_statements_own_direction() {
    let scale = content::assessment_scale();
    let helps = scale
        .iter()
        .position(|s| s.1 == Direction::Helps)
        .expect("a statement that helps");
    let avoid = scale
        .iter()
        .position(|s| s.1 == Direction::Avoid)
        .expect("a statement to avoid");
    let text = |i: usize| scale[i].0;
    assert!(describe::point_text(text(helps), 100)
        .starts_with(&format!("{}. Doen we veel: ", helps + 1)));
    assert!(describe::point_text(text(avoid), 100)
        .starts_with(&format!("{}. Komt zelden voor: ", avoid + 1)));
    assert!(describe::point_text(text(avoid), 0)
        .starts_with(&format!("{}. Komt vaak voor: ", avoid + 1)));
    assert_eq!(describe::direction_of(text(avoid)), Some(Direction::Avoid));
    assert_eq!(describe::direction_of("onbekend"), None);
    assert_eq!(describe::numbered("onbekend"), "0. onbekend");
    assert_eq!(
        describe::numbered(text(0)),
        format!("1. {}", content::STATEMENTS[0].wij)
    );
}

#[test]
fn bars_role_differences_and_split_headings_in_words() {
    // Three of each role: a role's average rests on three answers.
    let people = [
        person("1", Role::Raad, &[("h", Answer::Scale(5))]),
        person("2", Role::College, &[("h", Answer::Scale(1))]),
        person("3", Role::College, &[("h", Answer::DontKnow)]),
        person("4", Role::Raad, &[("h", Answer::Scale(5))]),
        person("5", Role::Raad, &[("h", Answer::Scale(5))]),
        person("6", Role::College, &[("h", Answer::Scale(1))]),
        person("7", Role::College, &[("h", Answer::Scale(1))]),
    ];
    let s = group::summarize(&people, &SCALE);
    let h = &s.statements[0];
    assert_eq!(
        describe::distribution_label(h),
        "Verdeling van de scores: score 0 3×, score 25 0×, score 50 0×, score 75 0×, score 100 3×. Weet ik niet: 1."
    );
    assert_eq!(
        describe::role_averages(h),
        "Raad: 100 · College: 0 (verschil 100)"
    );
    assert_eq!(
        describe::paged_heading("Zo helpen we", 0, 1),
        "Zo helpen we"
    );
    assert_eq!(
        describe::paged_heading("Zo helpen we", 1, 3),
        "Zo helpen we (2 van 3)"
    );
}

#[test]
fn the_summary_and_checklist_counts_use_the_bundled_content() {
    let first = content::STATEMENTS[0].id;
    let data = Dataset {
        assessments: vec![person("1", Role::Raad, &[(first, Answer::Scale(5))])],
        checklists: vec![checklist("c", "valkuilen", "A")],
        ..Dataset::default()
    };
    let summary = describe::summary_of(&data);
    assert_eq!(summary.statements.len(), content::assessment_scale().len());
    assert_eq!(summary.participants, 1);
    let lists = describe::checklist_stats(&data.checklists);
    let list = content::list("valkuilen").expect("bundled list");
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].1, 1);
    assert_eq!(lists[0].2.len(), list.items.len());
    assert_eq!(describe::item_text(list.items[0].id), list.items[0].text);
}

#[test]
fn a_result_is_described_with_its_perspective_and_counted_over_what_was_asked() {
    let mut anders = person("a", Role::Anders, &[]);
    anders.perspective = Some(Perspective::Partner);
    let mut old = person("o", Role::Samenleving, &[("helpen-09", Answer::Scale(3))]);
    old.perspective = None;
    old.wording = None;
    let ambtelijk = person("b", Role::AmbtelijkeOrganisatie, &[]);
    let data = Dataset {
        assessments: vec![anders, old, ambtelijk],
        ..Dataset::default()
    };
    let rows: Vec<String> = describe::member_rows(&data)
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    assert_eq!(
        rows,
        [
            "Zelftest · Anders, als partner over de gemeente · anoniem · 0 van 20 beantwoord",
            "Zelftest · Partner uit de samenleving (oude zelftest over de eigen organisatie) · anoniem · 1 van 19 beantwoord",
            "Zelftest · Ambtelijke organisatie · anoniem · 0 van 18 beantwoord",
        ]
    );
}

// What a share link carries, as the share panel says it (issue 22, item 5).

#[test]
fn a_checklist_share_says_that_its_title_and_notes_travel() {
    let list = content::list("valkuilen").expect("bundled list");
    let mut c = FilledChecklist::new(
        "c1".into(),
        "valkuilen",
        "Overleg maart".into(),
        "2026-03-02".into(),
        T,
    );
    c.set_note(list.items[0].id, "Wethouder was er niet".into(), T);
    c.set_note(list.items[1].id, "  ".into(), T);
    let data = Dataset {
        checklists: vec![c.clone()],
        ..Dataset::default()
    };
    let back =
        share::decode(&share::encode(&data), &BundledContent, common::now_ms()).expect("decodes");
    // What travels: the title, the date and the note (so the panel must say so).
    assert_eq!(back.data.checklists[0].title, "Overleg maart");
    assert_eq!(back.data.checklists[0].date, "2026-03-02");
    assert_eq!(
        back.data.checklists[0].entry(list.items[0].id).note,
        "Wethouder was er niet"
    );
    assert_eq!(
        c.share_note(),
        "In de link staan de titel “Overleg maart”, de datum, je antwoorden en je notities bij 1 punt. De begeleider kan je notities dus lezen."
    );
    let plain = FilledChecklist::new("c2".into(), "valkuilen", String::new(), String::new(), T);
    assert_eq!(plain.share_note(), "In de link staan je antwoorden.");
}

#[test]
fn a_zelftest_share_names_the_name_and_leaves_the_action_points_out() {
    let data = full_assessment();
    let a = &data.assessments[0];
    let back =
        share::decode(&share::encode(&data), &BundledContent, common::now_ms()).expect("decodes");
    assert_eq!(back.data.assessments[0].label, "Team Noord");
    assert!(back.data.assessments[0].actions.is_empty());
    assert_eq!(
        a.share_note(),
        "In de link staan je rol, je antwoorden en je naam “Team Noord”. Je actiepunten gaan niet mee."
    );
    let anonymous = person("2", Role::Raad, &[]);
    assert_eq!(
        anonymous.share_note(),
        "In de link staan je rol en je antwoorden, zonder naam. Je actiepunten gaan niet mee."
    );
}

// "Bewaren op dit apparaat" (issue 22, item 6): only what the dialog lists, and what it replaces.

#[test]
fn keeping_a_link_takes_only_zelftests_and_checklists_and_names_what_it_replaces() {
    let mut mine = person("same", Role::Raad, &[]);
    mine.label = "Mijn test".into();
    let mut theirs = mine.clone();
    theirs.label = "Vervalst".into();
    theirs.updated_at = "2026-11-30T10:00:00.000Z".into();
    let older = {
        let mut c = checklist("list-1", "valkuilen", "Hier nieuwer");
        c.updated_at = "2026-11-30T10:00:00.000Z".into();
        c
    };
    let here = Dataset {
        assessments: vec![mine],
        checklists: vec![older.clone(), checklist("list-2", "valkuilen", "Gelijk")],
        ..Dataset::default()
    };
    // A crafted link: one of every kind, and records whose ids are on this device.
    let crafted = samenwerkingswijzer::model::import::parse_stored_at(
        include_str!("fixtures/every-kind.json"),
        common::now_ms(),
    )
    .expect("the fixture reads");
    assert_eq!(
        (crafted.evaluations.len(), crafted.worksheets.len()),
        (1, 2)
    );
    let received = Dataset {
        assessments: vec![theirs.clone(), person("new", Role::College, &[])],
        checklists: vec![
            checklist("list-1", "valkuilen", "Link ouder"),
            checklist("list-2", "valkuilen", "Gelijk"),
        ],
        ..crafted
    };
    let plan = group::keep::plan(&here, &received);
    assert_eq!(plan.data.assessments.len(), 2);
    assert_eq!(plan.data.checklists.len(), 2);
    assert!(plan.data.evaluations.is_empty() && plan.data.worksheets.is_empty());
    let list = content::list("valkuilen").expect("bundled list").title;
    assert_eq!(
        plan.notes,
        [
            "Vervangt op dit apparaat: Zelftest · Raad · “Mijn test” · 0 van 20 beantwoord."
                .to_string(),
            format!("Op dit apparaat staat een nieuwere versie, die blijft: Checklist “{list}” · Hier nieuwer."),
            format!("Staat al op dit apparaat: Checklist “{list}” · Gelijk."),
        ]
    );
    assert_eq!(
        group::keep::left_out(&received).as_deref(),
        Some("Ook in de link: 1 evaluatie en 2 werkbladen. Die worden niet toegevoegd en niet bewaard.")
    );
    assert_eq!(group::keep::left_out(&here), None);
}

#[test]
fn the_group_without_one_result_and_that_result_alone_make_the_whole() {
    let data = Dataset {
        assessments: vec![
            person("a", Role::Raad, &[]),
            person("b", Role::College, &[]),
        ],
        checklists: vec![checklist("c", "valkuilen", "X")],
        ..Dataset::default()
    };
    for id in ["a", "b", "c"] {
        let taken = group::only(&data, id);
        assert_eq!(taken.record_count(), 1);
        let rest = group::remove(&data, id);
        assert_eq!(rest.record_count(), 2);
        let (back, added) = group::add(&rest, &taken);
        assert_eq!(added.new, 1);
        assert_eq!(back.record_count(), 3);
    }
    assert_eq!(group::only(&data, "nobody").record_count(), 0);
}

/// A link no participant's app makes: one of every kind (tests/fixtures/every-kind.json) with
/// its zelftest renamed and stamped later, so it would replace the one with that id on a
/// device. `tests/e2e/groep-veilig.spec.mjs` opens it on /groep. Set `WRITE_FIXTURES=1` to
/// write it again after a change to the link format.
fn crafted_link_digits() -> String {
    let mut envelope: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/every-kind.json")).expect("fixture");
    envelope["assessments"][0]["label"] = "Vervalst".into();
    envelope["assessments"][0]["updatedAt"] = "2026-11-20T09:00:00.000Z".into();
    let json = serde_json::to_string(&envelope).expect("json");
    format!(
        "1{}",
        share::bytes_to_digits(&share::deflate_with_dictionary(json.as_bytes()))
    )
}

#[test]
fn the_crafted_link_of_the_e2e_test_holds_every_kind() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/crafted-link.txt"
    );
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        std::fs::write(path, crafted_link_digits() + "\n").expect("fixture written");
    }
    let digits = std::fs::read_to_string(path).expect("tests/fixtures/crafted-link.txt");
    let file = share::decode(digits.trim(), &BundledContent, common::now_ms())
        .expect("the crafted link decodes");
    let data = file.data;
    assert_eq!(
        (
            data.evaluations.len(),
            data.assessments.len(),
            data.checklists.len(),
            data.worksheets.len()
        ),
        (1, 1, 1, 2)
    );
    assert_eq!(data.assessments[0].label, "Vervalst");
    assert_eq!(
        data.assessments[0].id,
        "00000000-0000-4000-8000-000000000004"
    );
    assert_eq!(digits.trim(), crafted_link_digits());
}

/// Links made before 2026-12-07 were compressed by `miniz_oxide`'s compressor (dynamic
/// Huffman codes); the app now makes them with `model::deflate`. Both are DEFLATE, so a link
/// or QR code made by the older app still reads the same.
#[test]
fn a_link_made_by_the_older_compressor_still_reads() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/crafted-link-before-2026-12-07.txt"
    );
    let old = std::fs::read_to_string(path).expect("fixture");
    let new = crafted_link_digits();
    assert_ne!(old.trim(), new, "the fixture is the older compressor's");
    let old = share::decode(old.trim(), &BundledContent, common::now_ms())
        .expect("the older link decodes");
    let new = share::decode(&new, &BundledContent, common::now_ms()).expect("the new link decodes");
    assert_eq!(
        serde_json::to_value(&old.data).expect("json"),
        serde_json::to_value(&new.data).expect("json")
    );
}
