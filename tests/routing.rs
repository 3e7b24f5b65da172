//! The app's own router matches routes and splits addresses as leptos_router did for the
//! app's tables: fixed segments, `:name` parameters, a trailing slash ignored, the base path.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use samenwerkingswijzer::routing::{app_path, match_route, split_address};

#[test]
fn fixed_routes_match_themselves_with_or_without_a_trailing_slash() {
    assert_eq!(match_route("/zelftest", "/zelftest"), Some(vec![]));
    assert_eq!(match_route("/zelftest", "/zelftest/"), Some(vec![]));
    assert_eq!(match_route("/", "/"), Some(vec![]));
    assert_eq!(match_route("/", ""), Some(vec![]));
    assert_eq!(match_route("/zelftest", "/zelftestx"), None);
    assert_eq!(match_route("/zelftest", "/checklists"), None);
    assert_eq!(match_route("/zelftest", "/"), None);
    assert_eq!(match_route("/", "/zelftest"), None);
}

#[test]
fn a_parameter_takes_one_non_empty_segment() {
    assert_eq!(
        match_route("/zelftest/:id", "/zelftest/a1b2"),
        Some(vec![("id", "a1b2".to_string())])
    );
    assert_eq!(
        match_route("/zelftest/:id", "/zelftest/a1b2/"),
        Some(vec![("id", "a1b2".to_string())])
    );
    assert_eq!(match_route("/zelftest/:id", "/zelftest"), None);
    assert_eq!(match_route("/zelftest/:id", "/zelftest/"), None);
    assert_eq!(match_route("/zelftest/:id", "/zelftest//"), None);
    assert_eq!(match_route("/zelftest/:id", "/zelftest/a/b"), None);
    assert_eq!(match_route("/zelftest/:id", "/checklists/a"), None);
}

#[test]
fn app_paths_lie_under_the_base() {
    assert_eq!(app_path("/zelftest", ""), Some("/zelftest"));
    assert_eq!(app_path("/", ""), Some("/"));
    assert_eq!(
        app_path("/samenwerkingswijzer/zelftest", "/samenwerkingswijzer"),
        Some("/zelftest")
    );
    assert_eq!(
        app_path("/samenwerkingswijzer", "/samenwerkingswijzer"),
        Some("/")
    );
    assert_eq!(
        app_path("/samenwerkingswijzer/", "/samenwerkingswijzer"),
        Some("/")
    );
    assert_eq!(
        app_path("/samenwerkingswijzer-oud/x", "/samenwerkingswijzer"),
        None
    );
    assert_eq!(app_path("/zelftest", "/samenwerkingswijzer"), None);
}

#[test]
fn an_address_splits_into_path_query_and_fragment() {
    assert_eq!(
        split_address("/checklists?nieuw=valkuilen#kop"),
        ("/checklists", "nieuw=valkuilen", "kop")
    );
    assert_eq!(split_address("/zoeken?q=a#b?c"), ("/zoeken", "q=a", "b?c"));
    assert_eq!(split_address("/groep#d=x?y"), ("/groep", "", "d=x?y"));
    assert_eq!(split_address("/"), ("/", "", ""));
}

proptest! {
    /// Any segment text (ids, slugs, encoded characters) as a parameter comes back as it was,
    /// and a path with one more or one fewer segment never matches.
    #[test]
    fn a_parameter_comes_back_unchanged(id in "[^/]{1,40}", extra in "[^/]{1,10}") {
        let path = format!("/werkbladen/{id}");
        prop_assert_eq!(match_route("/werkbladen/:id", &path), Some(vec![("id", id.clone())]));
        prop_assert_eq!(match_route("/werkbladen/:id", &format!("{path}/{extra}")), None);
        prop_assert_eq!(match_route("/werkbladen/:id", "/werkbladen"), None);
        prop_assert_eq!(match_route("/werkbladen", &path), None);
    }

    /// Splitting never panics on any text and gives back the parts it was made of.
    #[test]
    fn split_address_keeps_every_character(address in ".{0,60}") {
        let (path, query, fragment) = split_address(&address);
        let mut joined = path.to_string();
        if address[path.len()..].starts_with('?') {
            joined.push('?');
            joined.push_str(query);
        }
        if address.contains('#') {
            joined.push('#');
            joined.push_str(fragment);
        }
        prop_assert_eq!(joined, address);
    }
}
