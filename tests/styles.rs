//! The participant's pages (/zelftest, /checklists) load `public/styles.css` only; the tools'
//! rules live in `public/tools.css` (docs/size.md). This checks that no rule there can style
//! anything a participant's page renders, so moving a class into the tools' file cannot
//! silently unstyle the zelftest or a checklist.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;

/// The source files whose views end up on a participant's page: its two pages (the zelftest's
/// in three files), the page for an unknown path, the app shell and the shared components
/// (minus the scanner and the evaluations' filters, which only the tools use).
fn participant_sources() -> Vec<String> {
    let mut files = vec![
        "src/pages/assessment/mod.rs".to_string(),
        "src/pages/assessment/editor.rs".to_string(),
        "src/pages/assessment/result.rs".to_string(),
        "src/pages/checklists.rs".to_string(),
        "src/pages/not_found.rs".to_string(),
        "src/app.rs".to_string(),
    ];
    let mut components: Vec<String> = fs::read_dir("src/components")
        .expect("src/components")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path().to_string_lossy().into_owned())
        .filter(|path| path.ends_with(".rs"))
        .filter(|path| !path.ends_with("scanner.rs") && !path.ends_with("filters.rs"))
        .collect();
    components.sort();
    assert!(
        components.len() >= 10,
        "the components were not found: {components:?}"
    );
    files.extend(components);
    files
}

/// Every word that can be a class name in `source`: the words of its string literals (class
/// attributes, `format!` templates) and the names of `class:name=` toggles.
fn class_words(source: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    let mut add_words = |text: &str| {
        for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')) {
            if word.starts_with(|c: char| c.is_ascii_alphabetic()) {
                words.insert(word.to_string());
            }
        }
    };
    let mut rest = source;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else { break };
        add_words(&after[..end]);
        rest = &after[end + 1..];
    }
    for toggle in source.split("class:").skip(1) {
        let name: String = toggle
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if !name.is_empty() {
            words.insert(name);
        }
    }
    words
}

/// The selectors of every rule in a stylesheet, also inside `@media` blocks (comments left out).
fn selectors(css: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut found = Vec::new();
    let mut prelude = String::new();
    for c in text.chars() {
        match c {
            '{' => {
                let head = prelude.trim().to_string();
                if !head.starts_with('@') && !head.is_empty() {
                    found.extend(head.split(',').map(|s| s.trim().to_string()));
                }
                prelude.clear();
            }
            '}' | ';' => prelude.clear(),
            _ => prelude.push(c),
        }
    }
    found
}

/// The class names in one selector.
fn classes(selector: &str) -> Vec<String> {
    selector
        .split('.')
        .skip(1)
        .map(|part| {
            part.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect::<String>()
        })
        .filter(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
        .collect()
}

#[test]
fn no_rule_of_the_tools_stylesheet_styles_a_participant_page() {
    let tools = fs::read_to_string("public/tools.css").expect("public/tools.css");
    let mut used = BTreeSet::new();
    for file in participant_sources() {
        let source = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        used.extend(class_words(&source));
    }
    // The words are found: the zelftest's statements and the checklists' items are there.
    for known in [
        "statement",
        "likert",
        "choice",
        "chart-row",
        "share-panel",
        "done",
    ] {
        assert!(
            used.contains(known),
            "{known} not found in the participant's sources"
        );
    }
    let selectors = selectors(&tools);
    assert!(
        selectors.len() > 100,
        "only {} selectors read",
        selectors.len()
    );
    let styling_participant: Vec<&String> = selectors
        .iter()
        .filter(|selector| {
            let names = classes(selector);
            names.is_empty() || names.iter().all(|name| used.contains(name))
        })
        .collect();
    assert!(
        styling_participant.is_empty(),
        "these rules of public/tools.css can style a participant's page; move them to styles.css: {styling_participant:?}"
    );
}

#[test]
fn the_participant_entries_leave_out_the_tools_stylesheet_and_every_other_page_links_it() {
    let index = fs::read_to_string("index.html").expect("index.html");
    let styles = index.find("public/styles.css").expect("styles.css linked");
    let tools = index.find("public/tools.css").expect("tools.css linked");
    assert!(
        styles < tools,
        "the tools' rules come after the shared ones"
    );
    let build = fs::read_to_string("scripts/build.sh").expect("scripts/build.sh");
    assert!(
        build.contains("only_participant='/public\\/tools.css/d'"),
        "scripts/build.sh removes the tools' stylesheet from the participant's entries"
    );
}

#[test]
fn the_selector_reader_sees_rules_inside_media_blocks_and_skips_comments() {
    let css = "/* .a { } */ .b, .c .d { x: 1; }\n@media (max-width: 9px) { .e.f { y: 2; } }";
    assert_eq!(selectors(css), vec![".b", ".c .d", ".e.f"]);
    assert_eq!(classes(".c .d:hover > a"), vec!["c", "d"]);
    assert!(
        class_words(r#"view! { <li class="chart-row \"x\"" class:done=move || 1/> }"#)
            .contains("done")
    );
}
