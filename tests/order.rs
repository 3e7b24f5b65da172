//! `model::order::sort_stable_by` sorts as the standard library's stable sort does: the same
//! order, equal items kept in their order (property tests, lists with many equal keys).

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use samenwerkingswijzer::model::order::sort_stable_by;

proptest! {
    #[test]
    fn sorts_as_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..200)) {
        // Each item remembers where it was, so a change in the order of equal keys shows.
        let items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
        let mut ours = items.clone();
        sort_stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut std_sorted = items;
        std_sorted.sort_by_key(|item| item.0);
        prop_assert_eq!(ours, std_sorted);
    }

    #[test]
    fn sorts_descending_and_by_two_keys(pairs in proptest::collection::vec((0u8..4, "[a-c]{0,2}"), 0..120)) {
        let mut ours = pairs.clone();
        sort_stable_by(&mut ours, |a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let mut std_sorted = pairs;
        std_sorted.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        prop_assert_eq!(ours, std_sorted);
    }
}

#[test]
fn five_thousand_items_in_reverse_order_are_sorted() {
    // The most a file may hold; references, as the app sorts them.
    let values: Vec<u32> = (0..5_000).rev().collect();
    let mut refs: Vec<&u32> = values.iter().collect();
    sort_stable_by(&mut refs, |a, b| a.cmp(b));
    assert!(refs.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(refs.len(), 5_000);
    assert_eq!(*refs[0], 0);
}
