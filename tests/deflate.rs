//! The share links' own DEFLATE encoder (`model::deflate`): every output is a valid raw
//! DEFLATE stream that `miniz_oxide`'s inflater reads back to the input, with and without a
//! preset dictionary, at small and large sizes; and it stays within a few percent of
//! `miniz_oxide`'s best compression on real share payloads.

#![cfg(all(not(target_arch = "wasm32"), feature = "all-kinds"))]

mod common;

use common::{full_assessment_of, miniz_with_dictionary};
use proptest::prelude::*;
use samenwerkingswijzer::model::assessment::Role;
use samenwerkingswijzer::model::deflate::deflate_with_preset;
use samenwerkingswijzer::model::share;

fn round_trips(dictionary: &[u8], input: &[u8]) {
    let packed = deflate_with_preset(dictionary, input);
    let back = share::inflate_with_preset(dictionary, &packed, input.len() + 16);
    assert_eq!(back.as_deref(), Some(input), "{} bytes", input.len());
}

#[test]
fn empty_tiny_and_edge_lengths_round_trip() {
    let dictionary = share::dictionary();
    for input in [
        &b""[..],
        b"a",
        b"ab",
        b"abc",
        b"abcabc",
        b"{\"format\":\"samenwerkingswijzer\"}",
    ] {
        round_trips(&[], input);
        round_trips(&dictionary, input);
    }
    // Runs that need every match length, 3 to 258 and longer.
    for length in [3usize, 4, 10, 11, 257, 258, 259, 516, 1000] {
        round_trips(&[], &vec![b'x'; length]);
    }
}

#[test]
fn large_inputs_round_trip_and_distances_reach_the_whole_window() {
    // 200 KB of text repeating at every distance class up to 32 KB, and of noise.
    let mut text = Vec::new();
    let mut seed = 7u32;
    while text.len() < 200_000 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let step = (seed >> 16) as usize % 40_000;
        if step < text.len() && step > 2 {
            let from = text.len() - step;
            let piece: Vec<u8> = text[from..from + 20.min(step)].to_vec();
            text.extend_from_slice(&piece);
        } else {
            text.push(b'a' + (seed >> 24) as u8 % 26);
        }
    }
    round_trips(&share::dictionary(), &text);
    let noise: Vec<u8> = (0..100_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    round_trips(&[], &noise);
    // A dictionary longer than the window: only its last 32 KB can be referred to.
    let long_dictionary: Vec<u8> = (0..40_000u32).map(|i| (i % 251) as u8).collect();
    round_trips(&long_dictionary, &long_dictionary[30_000..]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_round_trip_with_the_share_dictionary(input in proptest::collection::vec(any::<u8>(), 0..3000)) {
        let dictionary = share::dictionary();
        let packed = deflate_with_preset(&dictionary, &input);
        prop_assert_eq!(share::inflate_with_preset(&dictionary, &packed, input.len() + 16), Some(input));
    }
}

proptest! {
    // Fewer cases: repetitive text makes long hash chains, slow in a debug build.
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn repetitive_text_round_trips(
        words in proptest::collection::vec("(helpen|liever-niet|[a-z]{1,6}|\"|:|,|\\{|\\})", 0..1000)
    ) {
        let input = words.concat().into_bytes();
        let dictionary = share::dictionary();
        let packed = deflate_with_preset(&dictionary, &input);
        prop_assert_eq!(share::inflate_with_preset(&dictionary, &packed, input.len() + 16), Some(input));
    }
}

#[test]
fn share_payloads_stay_within_a_few_percent_of_miniz() {
    let dictionary = share::dictionary();
    for role in Role::ALL {
        let json = share::compact_json(&share::for_sharing(&full_assessment_of(role)));
        let ours = deflate_with_preset(&dictionary, json.as_bytes()).len();
        let miniz = miniz_with_dictionary(&dictionary, json.as_bytes()).len();
        println!(
            "{role:?}: json {} B, ours {ours} B, miniz {miniz} B",
            json.len()
        );
        assert!(
            ours * 100 <= miniz * 105,
            "{role:?}: {ours} B against miniz's {miniz} B"
        );
        assert_eq!(
            share::inflate_with_dictionary(&share::deflate_with_dictionary(json.as_bytes()))
                .as_deref(),
            Some(json.as_bytes())
        );
    }
}

#[test]
fn long_runs_of_one_byte_and_of_two_alternating_bytes_compress_well() {
    // The match search stops at a long enough match, so a run costs one candidate per step
    // (a search that did not would take minutes here).
    for input in [vec![b'a'; 300_000], b"ab".repeat(150_000)] {
        let packed = deflate_with_preset(&[], &input);
        assert!(packed.len() < input.len() / 50);
        assert_eq!(
            share::inflate_with_preset(&[], &packed, input.len()).as_deref(),
            Some(&input[..])
        );
    }
}
