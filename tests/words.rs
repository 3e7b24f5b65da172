//! Dutch wording of counts and numbers: one helper, singular and plural right, Dutch digits.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use samenwerkingswijzer::model::merge::KIND_LABELS;
use samenwerkingswijzer::model::words::{
    checklist_progress, counted, decimal_tenths, group_added, merge_report, noun, number,
    one_decimal, size, storage_use, stored_summary, tally, KIND_NOUNS,
};

#[test]
fn one_is_singular_everything_else_plural() {
    assert_eq!(counted(1, "evaluatie", "evaluaties"), "1 evaluatie");
    assert_eq!(counted(0, "evaluatie", "evaluaties"), "0 evaluaties");
    assert_eq!(counted(2, "onderdeel", "onderdelen"), "2 onderdelen");
    assert_eq!(noun(1, "was", "waren"), "was");
    assert_eq!(noun(3, "was", "waren"), "waren");
}

#[test]
fn numbers_group_thousands_with_a_dot_as_intl_nl_does() {
    assert_eq!(number(0), "0");
    assert_eq!(number(999), "999");
    assert_eq!(number(1000), "1.000");
    assert_eq!(number(10_002), "10.002");
    assert_eq!(number(1_234_567), "1.234.567");
    assert_eq!(counted(5000, "onderdeel", "onderdelen"), "5.000 onderdelen");
    assert_eq!(decimal_tenths(35), "3,5");
    assert_eq!(decimal_tenths(12_345), "1.234,5");
    assert_eq!(one_decimal(3.66), "3,7");
    assert_eq!(one_decimal(f64::NAN), "–");
}

#[test]
fn the_kind_nouns_follow_the_kind_labels() {
    for ((_, label), (_, plural)) in KIND_LABELS.iter().zip(KIND_NOUNS) {
        assert_eq!(label.to_lowercase(), plural);
    }
}

#[test]
fn storage_use_says_one_thing_with_the_share_of_five_megabytes() {
    assert_eq!(size(0), "0 kB");
    assert_eq!(size(1), "1 kB");
    assert_eq!(size(2048), "2 kB");
    assert_eq!(size(5 * 1024 * 1024), "5,0 MB");
    assert_eq!(
        storage_use(2000),
        "Je gegevens nemen ongeveer 2 kB in van de ongeveer 5,0 MB die de browser deze app geeft (minder dan 1%)."
    );
    assert!(storage_use(2_621_440).ends_with("(50%)."));
}

#[test]
fn counts_with_a_verb_put_the_count_after_the_words() {
    assert_eq!(tally("Trad op", 0), "Trad op: 0");
    assert_eq!(tally("Trad op", 1), "Trad op: 1");
    assert_eq!(tally("Kwam voor", 2), "Kwam voor: 2");
    assert_eq!(tally("Klopt", 1500), "Klopt: 1.500");
    let valkuilen = [("Vermeden", 1), ("Trad op", 1), ("N.v.t.", 1)];
    assert_eq!(
        checklist_progress(10, valkuilen),
        "3 van 10 ingevuld · Vermeden: 1 · Trad op: 1 · N.v.t.: 1"
    );
    assert_eq!(
        checklist_progress(4, [("Klopt", 0), ("Klopt niet", 0), ("N.v.t.", 0)]),
        "0 van 4 ingevuld · Klopt: 0 · Klopt niet: 0 · N.v.t.: 0"
    );
    assert_eq!(
        checklist_progress(6, [("Klopt", 4), ("Klopt niet", 2), ("N.v.t.", 0)]),
        "6 van 6 ingevuld · Klopt: 4 · Klopt niet: 2 · N.v.t.: 0"
    );
}

#[test]
fn the_group_message_reads_right_for_none_one_and_many() {
    assert_eq!(group_added(0, 0), "Er stond geen zelftest of checklist in.");
    assert_eq!(
        group_added(1, 0),
        "Eén resultaat toegevoegd aan het groepsoverzicht."
    );
    assert_eq!(
        group_added(3, 0),
        "3 resultaten toegevoegd aan het groepsoverzicht."
    );
    assert_eq!(
        group_added(0, 1),
        "Niets toegevoegd: dit resultaat stond al in het groepsoverzicht en telt één keer."
    );
    assert_eq!(
        group_added(0, 2),
        "Niets toegevoegd: deze 2 resultaten stonden al in het groepsoverzicht en tellen elk één keer."
    );
    assert_eq!(
        group_added(1, 1),
        "Eén resultaat toegevoegd aan het groepsoverzicht; 1 ander resultaat stond er al in en telt één keer."
    );
    assert_eq!(
        group_added(2, 3),
        "2 resultaten toegevoegd aan het groepsoverzicht; 3 andere resultaten stonden er al in en tellen elk één keer."
    );
    for new in 0..3 {
        for already in 0..3 {
            let text = group_added(new, already);
            assert!(!text.contains(" 0 "), "{text}");
            assert!(text.ends_with('.'), "{text}");
        }
    }
}

#[test]
fn the_merge_report_leaves_out_what_did_not_happen() {
    assert_eq!(
        merge_report(1, 1, 1, 1),
        "Samengevoegd: 1 nieuw toegevoegd, 1 bijgewerkt met de nieuwere versie uit het bestand, 1 gehouden omdat het hier nieuwer is, 1 was al gelijk."
    );
    assert_eq!(
        merge_report(3, 0, 0, 0),
        "Samengevoegd: 3 nieuw toegevoegd."
    );
    assert_eq!(
        merge_report(0, 2, 0, 5),
        "Samengevoegd: 2 bijgewerkt met de nieuwere versie uit het bestand, 5 waren al gelijk."
    );
    assert_eq!(
        merge_report(0, 0, 2, 3),
        "Samengevoegd: er is niets veranderd; 2 gehouden omdat ze hier nieuwer zijn, 3 waren al gelijk."
    );
    assert_eq!(
        merge_report(0, 0, 0, 1),
        "Samengevoegd: er is niets veranderd; 1 was al gelijk."
    );
    assert_eq!(
        merge_report(0, 0, 0, 0),
        "Samengevoegd: het bestand had niets om toe te voegen."
    );
    for counts in [[0, 0, 0, 0], [0, 1, 0, 0], [2, 0, 0, 7], [0, 0, 1, 0]] {
        let text = merge_report(counts[0], counts[1], counts[2], counts[3]);
        assert!(!text.contains(" 0 ") && !text.contains(":0"), "{text}");
    }
}

#[test]
fn the_storage_summary_names_only_the_kinds_there_are() {
    assert_eq!(stored_summary([0, 0, 0, 0]), "nog niets");
    assert_eq!(stored_summary([0, 1, 0, 0]), "1 zelftest");
    assert_eq!(stored_summary([0, 0, 2, 0]), "2 checklists");
    assert_eq!(
        stored_summary([1, 2, 0, 0]),
        "3 onderdelen (1 evaluatie, 2 zelftests)"
    );
    assert_eq!(
        stored_summary([1, 1, 1, 1]),
        "4 onderdelen (1 evaluatie, 1 zelftest, 1 checklist, 1 werkblad)"
    );
    assert_eq!(
        stored_summary([0, 0, 1, 3]),
        "4 onderdelen (1 checklist, 3 werkbladen)"
    );
}

proptest! {
    #[test]
    fn number_keeps_the_digits_and_groups_by_three(n in any::<usize>()) {
        let text = number(n);
        prop_assert_eq!(text.replace('.', ""), n.to_string());
        for group in text.split('.').skip(1) {
            prop_assert_eq!(group.len(), 3);
        }
    }

    #[test]
    fn counted_never_mixes_one_with_a_plural(n in 0usize..100_000) {
        let text = counted(n, "evaluatie", "evaluaties");
        prop_assert_eq!(text.ends_with("evaluaties"), n != 1);
    }

    #[test]
    fn storage_use_never_panics(bytes in any::<usize>()) {
        let _ = storage_use(bytes);
    }
}
