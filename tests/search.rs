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

#[test]
fn een_and_een_with_accents_match_whole_words_never_inside_gemeente() {
    for query in ["één", "een", "EEN"] {
        let marks = marked(query);
        assert!(!marks.is_empty(), "{query}");
        assert!(
            marks.iter().all(|m| fold(m) == "een"),
            "{query}: every mark is the word een/één: {marks:?}"
        );
    }
    // No block is marked inside "gemeente" or "eenheid".
    for result in search(SEARCH_BLOCKS, "één") {
        for hit in result.hits {
            let mut previous_marked_end_in_word = false;
            for part in &hit.snippet {
                if part.marked {
                    assert!(!previous_marked_end_in_word, "{:?}", hit.snippet);
                }
                previous_marked_end_in_word =
                    part.text.chars().last().is_some_and(char::is_alphanumeric);
            }
        }
    }
}

#[test]
fn the_exact_spelling_ranks_first() {
    // "één" with its accents is on goede-samenwerkingsspeler ("De gemeente is één van de
    // spelers"); pages with only "een" come after every page with "één".
    let results = search(SEARCH_BLOCKS, "één");
    let has_exact = |r: &samenwerkingswijzer::model::search::PageResult| {
        SEARCH_BLOCKS.iter().filter(|b| b.page == r.page).any(|b| {
            b.text
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "één")
        })
    };
    let flags: Vec<bool> = results.iter().map(has_exact).collect();
    assert!(flags.first() == Some(&true), "{flags:?}");
    let first_without = flags.iter().position(|f| !f).unwrap_or(flags.len());
    assert!(flags[first_without..].iter().all(|f| !f), "{flags:?}");
}

#[test]
fn longer_terms_match_word_starts_and_compounds_short_ones_whole_words() {
    // "klankbord" is the start of "klankbordgroep".
    assert!(paths("klankbord").contains(&"/handreikingen/valkuilen"));
    assert!(marked("klankbord").iter().all(|m| fold(m) == "klankbord"));
    // "participatie" also inside "burgerparticipatie".
    assert!(marked("participatie").iter().any(|m| m == "participatie"));
    // "raad" never inside "gemeenteraad" or "raadsleden" is a start: fine; "aad" nothing.
    assert!(paths("aad").is_empty());
    assert!(paths("meente").is_empty());
    // Punctuation around a term is ignored.
    assert_eq!(paths("klankbordgroep."), paths("klankbordgroep"));
}

#[test]
fn the_tools_are_found_by_name() {
    use samenwerkingswijzer::model::search::{search_tools, TOOLS};
    for tool in TOOLS {
        let found = search_tools(tool.name);
        assert_eq!(
            found.first().map(|t| t.path),
            Some(tool.path),
            "{}",
            tool.name
        );
    }
    let names = |q: &str| search_tools(q).iter().map(|t| t.name).collect::<Vec<_>>();
    assert_eq!(names("zelftest").first(), Some(&"Zelftest"));
    assert!(names("checklist").contains(&"Checklists"));
    assert!(names("evaluatie").contains(&"Evaluaties"));
    assert!(names("werkblad").contains(&"Werkbladen"));
    assert!(names("back-up").contains(&"Gegevens"));
    assert!(names("xyzzy").is_empty());
    assert!(names("").is_empty());
}

proptest! {
    #[test]
    fn tool_search_and_highlight_are_safe(query in ".{0,300}", text in ".{0,200}") {
        let _ = samenwerkingswijzer::model::search::search_tools(&query);
        let parts = samenwerkingswijzer::model::search::highlight(&text, &query);
        let wanted = terms(&query);
        for part in parts.iter().filter(|p| p.marked) {
            let folded: Vec<char> = fold(&part.text).chars().collect();
            // A mark is one term, or several adjacent ones merged.
            prop_assert!(
                wanted.iter().any(|t| folded.starts_with(t)),
                "{:?} marked for {:?}", part.text, query
            );
        }
    }
}
