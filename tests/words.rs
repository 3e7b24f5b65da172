//! Dutch wording of counts and numbers: one helper, singular and plural right, Dutch digits.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use samenwerkingswijzer::model::merge::KIND_LABELS;
use samenwerkingswijzer::model::words::{
    counted, decimal_tenths, noun, number, one_decimal, size, storage_use, KIND_NOUNS,
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
