//! The route registry (`routes.json`, read by `build/routes.rs`): a malformed table fails the
//! build with a clear `routes.json: message`; the generated table (`src/routes.rs`) is the
//! file's; no route is written as a string elsewhere in `src/`; every bundle has its
//! `[[bin]]` in Cargo.toml and the reverse; the scripts keep no route list of their own.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/routes.rs"]
#[allow(dead_code)]
mod registry;

mod common;

use std::collections::BTreeSet;

use registry::{parse, ContentPage, Registry};
use samenwerkingswijzer::content;
use samenwerkingswijzer::routes::{self, Page};

fn read(path: &str) -> String {
    common::read_repo_file(path)
}

/// The content pages as the build reads them.
fn content_pages() -> Vec<ContentPage> {
    content::PAGES
        .iter()
        .map(|page| ContentPage {
            path: page.path.to_string(),
            title: page.title.to_string(),
            short: page.short.to_string(),
        })
        .collect()
}

fn the_registry() -> Registry {
    parse(&read("routes.json"), &content_pages()).unwrap_or_else(|e| panic!("routes.json: {e}"))
}

// ---------------------------------------------------------------------------------------
// A malformed table
// ---------------------------------------------------------------------------------------

/// A small valid table; each case below breaks one thing in it.
const VALID: &str = r#"{
  "bundles": [
    { "name": "main", "bin": "app", "feature": "all-kinds" },
    { "name": "zelftest", "bin": "zelftest", "feature": "assessments" }
  ],
  "routes": [
    { "kind": "Start", "path": "/", "bundle": "main", "content": true, "menu": { "group": "read" } },
    { "kind": "Assessments", "path": "/zelftest", "bundle": "zelftest", "title": "Zelftest", "short": "Zelftest",
      "menu": { "group": "tools" }, "search": { "text": "Een test.", "words": "test" },
      "card": { "order": 10, "text": "Test jezelf." } },
    { "kind": "Assessment", "path": "/zelftest/:id", "bundle": "zelftest" },
    { "kind": "Search", "path": "/zoeken", "bundle": "main", "title": "Zoeken", "short": "Zoeken",
      "menu": { "group": "extra", "icon": "M0 0" }, "card": { "order": 20, "text": "Zoek." } }
  ]
}"#;

fn small_content() -> Vec<ContentPage> {
    vec![ContentPage {
        path: "/".to_string(),
        title: "Leer- en inspiratieomgeving".to_string(),
        short: "Start".to_string(),
    }]
}

/// The message `VALID` with `from` replaced by `to` fails with (the test fails when `from`
/// is not in it, so a case cannot silently test nothing).
fn error_of(from: &str, to: &str) -> String {
    assert!(
        VALID.contains(from),
        "the case's text `{from}` is not in VALID"
    );
    match parse(&VALID.replacen(from, to, 1), &small_content()) {
        Ok(_) => panic!("replacing `{from}` by `{to}` still reads as a valid table"),
        Err(message) => message,
    }
}

#[test]
fn the_small_table_is_valid() {
    let registry = parse(VALID, &small_content()).expect("VALID is valid");
    assert_eq!(registry.routes.len(), 4);
}

#[test]
fn a_malformed_table_fails_with_a_message_that_names_the_fault() {
    let cases: &[(&str, &str, &str)] = &[
        // (replace, by, the message contains)
        (
            r#""path": "/zoeken""#,
            r#""path": "/zelftest""#,
            "duplicate path `/zelftest`",
        ),
        (
            r#""bundle": "main", "title""#,
            r#""bundle": "mian", "title""#,
            "unknown bundle `mian`",
        ),
        (
            r#""kind": "Search""#,
            r#""kind": "Assessments""#,
            "duplicate kind `Assessments`",
        ),
        (
            r#""kind": "Search""#,
            r#""kind": "search""#,
            "kind `search` is not a Rust type name",
        ),
        (
            r#""group": "tools""#,
            r#""group": "werken""#,
            "unknown menu group `werken`",
        ),
        (
            r#", "icon": "M0 0""#,
            "",
            "an `extra` menu entry needs an icon",
        ),
        (
            r#""group": "tools""#,
            r#""group": "tools", "icon": "M0 0""#,
            "only an `extra` menu entry has an icon",
        ),
        (
            r#""path": "/zelftest/:id", "bundle": "zelftest""#,
            r#""path": "/zelftest/:id", "bundle": "main""#,
            "its parent `/zelftest` is not a route of bundle `main`",
        ),
        (
            r#""path": "/zelftest/:id", "bundle": "zelftest""#,
            r#""path": "/zelftest/:id", "bundle": "zelftest", "short": "X""#,
            "a sub-route has no title",
        ),
        (
            r#""path": "/zelftest/:id""#,
            r#""path": "/zelftest/:id/:x""#,
            "segment `:id`",
        ),
        (
            r#""path": "/zoeken""#,
            r#""path": "/Zoeken""#,
            "segment `Zoeken`",
        ),
        (
            r#""path": "/zoeken""#,
            r#""path": "zoeken""#,
            "a path starts with `/`",
        ),
        (
            r#""path": "/", "bundle": "main", "content": true"#,
            r#""path": "/start", "bundle": "main", "content": true"#,
            "no page of content/pages has this path",
        ),
        (
            r#""path": "/", "bundle": "main", "content": true"#,
            r#""path": "/", "bundle": "main", "title": "Start", "short": "Start""#,
            "a page of content/pages has this path",
        ),
        (
            r#""content": true,"#,
            r#""content": true, "title": "Start","#,
            "a content route's title and short name come from its front matter",
        ),
        (
            r#""title": "Zoeken", "short": "Zoeken","#,
            "",
            "a page needs a title and a short name",
        ),
        (
            r#""order": 20"#,
            r#""order": 10"#,
            "two cards have order 10",
        ),
        (r#""search": {"#, r#""serach": {"#, "unknown field `serach`"),
        (
            r#""text": "Een test.", "words": "test""#,
            r#""text": "Een test.", "words": " ""#,
            "a search entry needs a text and words",
        ),
        (
            r#""name": "main""#,
            r#""name": "hoofd""#,
            "no bundle `main`",
        ),
        (
            r#""name": "zelftest""#,
            r#""name": "main""#,
            "duplicate bundle `main`",
        ),
        (
            r#""bin": "zelftest""#,
            r#""bin": "app""#,
            "its bin `app` is empty or another bundle's",
        ),
        (
            r#""feature": "assessments""#,
            r#""feature": """#,
            "bundle `zelftest` has no feature",
        ),
        (
            r#"{ "name": "zelftest""#,
            r#"{ "name": "groep", "bin": "groep", "feature": "all-kinds" }, { "name": "zelftest""#,
            "bundle `groep` has no route",
        ),
        (
            r#""routes": ["#,
            r#""routes": [,"#,
            "line 6 column 14: expected value",
        ),
    ];
    let mut wrong = Vec::new();
    for (from, to, expected) in cases {
        let message = error_of(from, to);
        if !message.contains(expected) {
            wrong.push(format!(
                "`{from}` → `{to}`: expected “{expected}”, got “{message}”"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn build_rs_names_routes_json_in_its_failure() {
    // The build script turns the message into a failed build that names the file.
    let build = read("build.rs");
    assert!(
        build.contains(r#"routes::parse(&read("routes.json"), &content)"#)
            && build.contains(r#"panic!("\n\nroutes.json: {message}\n\n")"#),
        "build.rs reads routes.json through build/routes.rs and fails with `routes.json: message`"
    );
}

// ---------------------------------------------------------------------------------------
// The generated table
// ---------------------------------------------------------------------------------------

#[test]
fn the_generated_pages_are_the_registry_s_routes_in_order() {
    let registry = the_registry();
    let generated: Vec<(String, &str)> = Page::ALL
        .iter()
        .map(|page| (format!("{page:?}"), page.path()))
        .collect();
    let declared: Vec<(String, &str)> = registry
        .routes
        .iter()
        .map(|route| (route.kind.clone(), route.path.as_str()))
        .collect();
    assert_eq!(generated, declared);
    for page in Page::ALL {
        let route = registry
            .routes
            .iter()
            .find(|r| r.path == page.path())
            .expect("declared");
        assert_eq!(page.bundle(), route.bundle, "{page:?}");
        if route.param().is_none() {
            assert!(
                !page.title().is_empty() && !page.short().is_empty(),
                "{page:?}"
            );
        }
    }
    assert_eq!(
        Page::Examples.title(),
        "Leerzame voorbeelden",
        "a content page's title is its front matter's"
    );
    assert_eq!(Page::Agenda.short(), "Agenda");
}

#[test]
fn a_sub_route_s_function_fills_in_its_parameter() {
    assert_eq!(routes::assessment("abc"), "/zelftest/abc");
    assert_eq!(routes::checklist("abc"), "/checklists/abc");
    assert_eq!(routes::evaluation("e-1"), "/evaluaties/e-1");
    assert_eq!(routes::worksheet("w"), "/werkbladen/w");
    assert_eq!(routes::handreiking("valkuilen"), "/handreikingen/valkuilen");
    for page in Page::ALL {
        if let Some((parent, _)) = page.path().rsplit_once("/:") {
            assert!(
                Page::ALL
                    .iter()
                    .any(|p| p.path() == parent && p.bundle() == page.bundle()),
                "{page:?}: its parent {parent} is in its bundle"
            );
        }
    }
}

#[test]
fn the_menu_search_and_cards_are_the_registry_s() {
    let registry = the_registry();
    let content = content_pages();
    let label = |path: &str| {
        let route = registry
            .routes
            .iter()
            .find(|r| r.path == path)
            .expect("declared");
        match &route.short {
            Some(short) => short.clone(),
            None => content
                .iter()
                .find(|p| p.path == path)
                .expect("a content page")
                .short
                .clone(),
        }
    };
    for (group, menu) in [("read", routes::MENU_READ), ("tools", routes::MENU_TOOLS)] {
        let declared: Vec<(&str, String)> = registry
            .routes
            .iter()
            .filter(|r| r.menu.as_ref().is_some_and(|m| m.group == group))
            .map(|r| (r.path.as_str(), label(&r.path)))
            .collect();
        let generated: Vec<(&str, String)> =
            menu.iter().map(|&(p, l)| (p, l.to_string())).collect();
        assert_eq!(generated, declared, "menu group {group}");
    }
    // What the header shows (tests/e2e/header.spec.mjs pins the same).
    let labels = |menu: &'static [(&'static str, &'static str)]| {
        menu.iter().map(|m| m.1).collect::<Vec<_>>()
    };
    assert_eq!(
        labels(routes::MENU_READ),
        ["Start", "Evaluatie 2017", "Handreikingen", "Voorbeelden"]
    );
    assert_eq!(
        labels(routes::MENU_TOOLS),
        [
            "Zelftest",
            "Checklists",
            "Evaluaties",
            "Agenda",
            "Werkbladen",
            "Groep"
        ]
    );
    assert_eq!(
        routes::MENU_EXTRA
            .iter()
            .map(|m| (m.0, m.1))
            .collect::<Vec<_>>(),
        [("/zoeken", "Zoeken"), ("/gegevens", "Gegevens")]
    );
    assert!(routes::MENU_EXTRA.iter().all(|m| m.2.starts_with('M')));

    let names: Vec<&str> = routes::SEARCH.iter().map(|t| t.name).collect();
    assert_eq!(
        names,
        [
            "Zelftest",
            "Checklists",
            "Evaluaties",
            "Ontwikkelagenda",
            "Werkbladen",
            "Groep",
            "Gegevens"
        ]
    );
    let cards: Vec<(&str, &str)> = routes::CARDS.iter().map(|c| (c.0, c.1)).collect();
    assert_eq!(
        cards,
        [
            ("/zelftest", "Zelftest"),
            ("/checklists", "Checklists"),
            ("/evaluaties", "Evaluaties"),
            ("/ontwikkelagenda", "Ontwikkelagenda"),
            ("/werkbladen", "Werkbladen"),
            ("/groep", "Groepsoverzicht"),
            ("/gegevens", "Gegevens"),
            ("/zoeken", "Zoeken"),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// No route written by hand
// ---------------------------------------------------------------------------------------

/// The string literals of Rust code, with their line numbers (`"…"`, escapes kept; raw
/// strings and comments skipped well enough for this crate's code).
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut chars = code.chars().peekable();
    let (mut line, mut prev) = (1, ' ');
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            // A char literal: '"' is not a string.
            '\'' if chars.peek() == Some(&'"') => {
                chars.next();
            }
            '"' if prev != '\'' => {
                let (start, mut text, mut escaped) = (line, String::new(), false);
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                    }
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    }
                    text.push(c);
                }
                found.push((start, text));
            }
            _ => {}
        }
        prev = c;
    }
    found
}

/// The paths a literal may not start with: every route of the registry but `/` (a route
/// with a parameter by its fixed part, `/zelftest` of `/zelftest/:id`).
fn registry_paths() -> BTreeSet<String> {
    the_registry()
        .routes
        .iter()
        .map(|route| route.parent().unwrap_or(&route.path).to_string())
        .filter(|path| path != "/")
        .collect()
}

/// Whether `literal` names a route of `paths`: it starts with one and goes on with nothing,
/// a `/`, `?`, `#` or a `{` of a format string.
fn names_a_route(literal: &str, paths: &BTreeSet<String>) -> bool {
    paths.iter().any(|path| {
        literal
            .strip_prefix(path.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#', '{']))
    })
}

#[test]
fn no_route_is_written_as_a_string_in_src() {
    let paths = registry_paths();
    let mut found = Vec::new();
    for (file, text) in common::rust_sources("src") {
        for (line, literal) in string_literals(&text) {
            if names_a_route(&literal, &paths) {
                found.push(format!("{file}:{line}: \"{literal}\""));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use the typed routes of crate::routes (routes.json) instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_route_literal_check_finds_what_it_must() {
    let paths = registry_paths();
    let code = r#"
        let a = href("/zelftest"); // "/checklists" in a comment is fine
        go(&format!("/evaluaties/{id}"));
        let b = "/werkbladen?soort=x";
        let c = '"'; let d = "/zoekenmachine"; let e = "/handreikingen/valkuilen";
    "#;
    let named: Vec<String> = string_literals(code)
        .into_iter()
        .filter(|(_, literal)| names_a_route(literal, &paths))
        .map(|(line, literal)| format!("{line}:{literal}"))
        .collect();
    assert_eq!(
        named,
        [
            "2:/zelftest",
            "3:/evaluaties/{id}",
            "4:/werkbladen?soort=x",
            "5:/handreikingen/valkuilen"
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Cargo.toml and the scripts
// ---------------------------------------------------------------------------------------

/// The `[[bin]]`s of Cargo.toml: (name, required features).
fn cargo_bins() -> Vec<(String, Vec<String>)> {
    let cargo = read("Cargo.toml");
    cargo
        .split("[[bin]]")
        .skip(1)
        .map(|block| {
            let block = block.split("\n[").next().unwrap_or_default();
            let value = |key: &str| {
                block
                    .lines()
                    .find_map(|line| line.trim().strip_prefix(key)?.trim().strip_prefix('='))
                    .map(|v| v.trim().to_string())
                    .unwrap_or_else(|| panic!("a [[bin]] without {key}: {block}"))
            };
            let name = value("name").trim_matches('"').to_string();
            let features = value("required-features")
                .trim_matches(['[', ']'])
                .split(',')
                .map(|f| f.trim().trim_matches('"').to_string())
                .filter(|f| !f.is_empty())
                .collect();
            (name, features)
        })
        .collect()
}

#[test]
fn every_bundle_has_its_bin_and_every_bin_a_bundle() {
    let registry = the_registry();
    let bins = cargo_bins();
    let declared: BTreeSet<&str> = registry.bundles.iter().map(|b| b.bin.as_str()).collect();
    let built: BTreeSet<&str> = bins.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        built, declared,
        "Cargo.toml's [[bin]]s and routes.json's bundles"
    );
    for bundle in &registry.bundles {
        let (_, features) = bins
            .iter()
            .find(|(name, _)| *name == bundle.bin)
            .expect("compared above");
        assert_eq!(
            features,
            std::slice::from_ref(&bundle.feature),
            "bin {}: required-features is its bundle's feature",
            bundle.bin
        );
    }
}

#[test]
fn the_scripts_keep_no_route_list_of_their_own() {
    assert!(
        !common::repo_root().join("scripts/app-routes.txt").exists(),
        "scripts/app-routes.txt is gone: scripts/routes.mjs reads routes.json"
    );
    let registry = the_registry();
    let bundles: Vec<&str> = registry
        .bundles
        .iter()
        .map(|b| b.name.as_str())
        .filter(|name| *name != registry::MAIN_BUNDLE)
        .collect();
    for script in [
        "scripts/entries.mjs",
        "scripts/build.sh",
        "scripts/postbuild.sh",
    ] {
        let text = read(script);
        for path in registry_paths() {
            for quoted in [
                format!("'{path}'"),
                format!("\"{path}\""),
                format!("`{path}`"),
            ] {
                assert!(!text.contains(&quoted), "{script} names the route {quoted}");
            }
        }
        for pair in bundles.windows(2) {
            assert!(
                !text.contains(&format!("{} {}", pair[0], pair[1])),
                "{script} lists the bundles ({} {} …): read them from routes.json",
                pair[0],
                pair[1]
            );
        }
        assert!(
            !text.contains("zelftest) echo") && !text.contains("ENTRIES = ["),
            "{script} maps entries by hand"
        );
    }
}

#[test]
fn a_breadcrumb_step_is_the_page_s_short_name_and_path() {
    assert_eq!(
        Page::Evaluations.crumb(),
        ("Evaluaties", Some("/evaluaties"))
    );
    assert_eq!(
        Page::Worksheets.crumb(),
        ("Werkbladen", Some("/werkbladen"))
    );
    assert_eq!(
        Page::Handreikingen.crumb(),
        ("Handreikingen", Some("/handreikingen"))
    );
    assert_eq!(Page::Assessments.title(), "Zelftest");
    assert_eq!(Page::Group.title(), "Groepsoverzicht");
}
