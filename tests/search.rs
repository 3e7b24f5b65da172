//! Search: Dutch-aware folding, ranking, highlighting, and safety on any query.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use samenwerkingswijzer::content::{PAGES, SEARCH_BLOCKS};
use samenwerkingswijzer::model::fold::{fold, fold_char};
use samenwerkingswijzer::model::search::{search, snippet, terms, SnippetPart};

fn paths(query: &str) -> Vec<&'static str> {
    search(SEARCH_BLOCKS, query)
        .iter()
        .map(|r| PAGES[r.page].path)
        .collect()
}

fn marked(query: &str) -> Vec<String> {
    search(SEARCH_BLOCKS, query)
        .into_iter()
        .flat_map(|r| r.hits)
        .flat_map(|h| h.snippet)
        .filter(|p| p.marked)
        .map(|p| p.text)
        .collect()
}

#[test]
fn folding_removes_case_and_accents_one_char_for_one() {
    assert_eq!(
        fold("Één ÉÉN geëvalueerd Continuïteit"),
        "een een geevalueerd continuiteit"
    );
    assert_eq!(fold_char('’'), '\'');
    assert_eq!(fold_char('–'), '-');
    for text in ["İstanbul", "ß", "ﬁ", "Ǆ", "🙂"] {
        assert_eq!(fold(text).chars().count(), text.chars().count(), "{text}");
    }
}

#[test]
fn klankbordgroep_finds_the_valkuilen_and_the_voorbeelden() {
    let found = paths("klankbordgroep");
    assert!(found.contains(&"/handreikingen/valkuilen"), "{found:?}");
    assert!(found.contains(&"/voorbeelden"), "{found:?}");
    assert!(marked("klankbordgroep")
        .iter()
        .all(|m| m.to_lowercase() == "klankbordgroep"));
}

#[test]
fn een_finds_een_with_accents_and_marks_the_original_text() {
    let marks = marked("EEN mond");
    assert!(marks.iter().any(|m| m == "één"), "{marks:?}");
}

#[test]
fn a_title_match_ranks_first() {
    assert_eq!(
        paths("valkuilen").first(),
        Some(&"/handreikingen/valkuilen")
    );
    assert_eq!(
        paths("verwachtingenmanagement").first(),
        Some(&"/handreikingen/verwachtingenmanagement")
    );
}

#[test]
fn every_term_must_occur_on_the_page() {
    assert!(paths("klankbordgroep zondagsrust").is_empty());
    assert_eq!(
        paths("zondagsrust hoogbouw"),
        ["/handreikingen/politieke-keuzevraagstukken"]
    );
}

#[test]
fn odd_queries_give_results_or_nothing_but_never_panic() {
    assert!(search(SEARCH_BLOCKS, "").is_empty());
    assert!(search(SEARCH_BLOCKS, "   \n\t").is_empty());
    assert!(search(SEARCH_BLOCKS, ".*[(").is_empty());
    assert!(search(SEARCH_BLOCKS, "🙂🙂").is_empty());
    let long = "raad ".repeat(2000);
    assert!(!search(SEARCH_BLOCKS, &long).is_empty());
    assert!(terms(&"x".repeat(10_000)).len() <= 8);
}

#[test]
fn snippets_mark_the_match_and_cut_around_it() {
    let text = "Een lange tekst die begint met veel woorden voordat eindelijk het woord klankbordgroep verschijnt en nog verder gaat met meer woorden tot het einde van de zin is bereikt, en dan nog wat.";
    let start = text.chars().collect::<Vec<_>>().len()
        - text[text.find("klankbordgroep").unwrap_or(0)..]
            .chars()
            .count();
    let parts = snippet(text, vec![(start, start + 14)]);
    assert!(
        parts.contains(&SnippetPart {
            text: "klankbordgroep".into(),
            marked: true
        }),
        "{parts:?}"
    );
    let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
    assert!(joined.contains("woord klankbordgroep verschijnt"));
}

proptest! {
    #[test]
    fn any_query_is_safe(query in ".{0,300}") {
        let results = search(SEARCH_BLOCKS, &query);
        for result in results {
            prop_assert!(result.page < PAGES.len());
            for hit in result.hits {
                prop_assert!(!hit.snippet.is_empty());
            }
        }
    }

    #[test]
    fn snippet_never_panics_on_any_ranges(text in ".{0,200}", ranges in proptest::collection::vec((0usize..250, 0usize..250), 0..5)) {
        let _ = snippet(&text, ranges);
    }

    #[test]
    fn folding_keeps_the_char_count(text in ".{0,200}") {
        prop_assert_eq!(fold(&text).chars().count(), text.chars().count());
    }
}
