//! The shape of `src/` (issue 23, "thin pages, rules in the model"): no file over 500 lines
//! without a reason at its top; no arrow from a lower floor to a higher one (the plain-Rust
//! floor — `model`, `content`, `routing` — knows no browser, no Leptos and no app module;
//! the browser wrappers, the store and the file transfer know no component or page;
//! components know no page); and no circle between modules. Reads the source as text.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

mod common;

/// The longest a file may be without saying why at its top.
const MAX_LINES: usize = 500;
/// What a longer file's leading comment says (any case), e.g. `//! Over 500 lines because …`.
const REASON: &str = "over 500 lines because";

/// Every `.rs` file under `src/`, as (path relative to `src/` with `/`, text), sorted.
fn sources() -> Vec<(String, String)> {
    common::rust_sources("src")
}

/// The code of a file without its `//` comments (doc comments included), so a comment may
/// name what the code must not use.
fn code(text: &str) -> String {
    text.lines()
        .map(|line| line.split_once("//").map_or(line, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The lines before the first line of code: the file's leading comment.
fn head(text: &str) -> impl Iterator<Item = &str> {
    text.lines().take_while(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with("//") || line.starts_with("#!")
    })
}

#[test]
fn no_file_in_src_is_over_500_lines_without_a_reason_at_its_top() {
    let long: Vec<String> = sources()
        .into_iter()
        .filter_map(|(path, text)| {
            let lines = text.lines().count();
            let reason = head(&text).any(|line| line.to_lowercase().contains(REASON));
            (lines > MAX_LINES && !reason).then(|| format!("src/{path}: {lines} lines"))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these files along their seams, or say at their top why not \
         (\"// Over 500 lines because …\"):\n{}",
        long.join("\n")
    );
}

/// Which files may not name which modules or crates: (files starting with, names).
const FORBIDDEN: &[(&[&str], &[&str])] = &[
    (
        &["model/", "content.rs", "routes.rs", "routing.rs"],
        &[
            "js_sys",
            "web_sys",
            "wasm_bindgen",
            "gloo",
            "leptos",
            "crate::app",
            "crate::browser",
            "crate::components",
            "crate::pages",
            "crate::store",
            "crate::transfer",
        ],
    ),
    (
        &["browser.rs", "store/", "transfer/"],
        &["crate::app", "crate::components", "crate::pages"],
    ),
    (&["components/"], &["crate::app", "crate::pages"]),
    (&["pages/"], &["crate::app"]),
];

#[test]
fn no_lower_floor_uses_a_higher_one() {
    let mut found = Vec::new();
    for (path, text) in sources() {
        let code = code(&text);
        for (files, names) in FORBIDDEN {
            if !files.iter().any(|start| path.starts_with(start)) {
                continue;
            }
            for name in *names {
                let uses = code.match_indices(name).any(|(at, _)| {
                    let before = code[..at].chars().next_back();
                    let after = code[at + name.len()..].chars().next();
                    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                    !word(before) && !word(after)
                });
                if uses {
                    found.push(format!("src/{path} uses {name}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "a lower floor reaches up (pass what it needs as an argument instead):\n{}",
        found.join("\n")
    );
}

/// The module a file is, as its path of names: `model/import/mod.rs` → `["model", "import"]`.
fn module_of(path: &str) -> Vec<String> {
    let mut names: Vec<String> = path
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if names
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        names.pop();
    }
    names
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let (prefix, inner) = (&tree[..open], &tree[open + 1..tree.len().saturating_sub(1)]);
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|part| !part.is_empty())
        .flat_map(|part| expand(part).into_iter().map(|p| format!("{prefix}{p}")))
        .collect()
}

/// Every module path a file's code names with `crate::`, `super::` or `self::`, in `use`
/// declarations (braces expanded) and in the code.
fn named_paths(code: &str) -> BTreeSet<String> {
    let mut paths = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(end) = rest.find(';') {
            paths.extend(expand(&rest[..end]));
        }
    }
    let is_path = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(is_path) {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !is_path(c))
                .map_or(code.len(), |n| at + n);
            paths.insert(code[at..end].to_string());
        }
    }
    paths
}

#[test]
fn no_circle_runs_between_modules() {
    let files = sources();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|(path, _)| module_of(path)).collect();
    // The module a path names: its longest prefix that is a file.
    let resolve = |names: &[String]| {
        (1..=names.len())
            .rev()
            .map(|n| names[..n].to_vec())
            .find(|prefix| modules.contains(prefix))
    };
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (path, text) in &files {
        if path == "main.rs" || path == "lib.rs" {
            continue;
        }
        let from = module_of(path);
        for named in named_paths(&code(text)) {
            let mut parts = named.split("::").filter(|p| !p.is_empty()).peekable();
            let mut names: Vec<String> = match parts.peek().copied() {
                Some("crate") => {
                    parts.next();
                    Vec::new()
                }
                Some("self") => {
                    parts.next();
                    from.clone()
                }
                Some("super") => {
                    let mut base = from.clone();
                    while parts.peek() == Some(&"super") {
                        parts.next();
                        base.pop();
                    }
                    base
                }
                _ => continue,
            };
            names.extend(parts.map(str::to_string));
            // A module using its own parent's items is how Rust modules work: no arrow.
            if let Some(to) = resolve(&names).filter(|to| !from.starts_with(to)) {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    // Tarjan's strongly connected components: a component of two or more is a circle.
    struct Walk<'a> {
        edges: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<Vec<String>, usize>,
        low: BTreeMap<Vec<String>, usize>,
        stack: Vec<Vec<String>>,
        circles: Vec<Vec<String>>,
    }
    impl Walk<'_> {
        fn visit(&mut self, v: &Vec<String>) {
            let n = self.index.len();
            self.index.insert(v.clone(), n);
            self.low.insert(v.clone(), n);
            self.stack.push(v.clone());
            for w in self.edges.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v.clone(), low);
                } else if self.stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v.clone(), low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut circle = Vec::new();
                while let Some(w) = self.stack.pop() {
                    let done = &w == v;
                    circle.push(w.join("::"));
                    if done {
                        break;
                    }
                }
                if circle.len() > 1 {
                    circle.sort();
                    self.circles.push(circle);
                }
            }
        }
    }
    let mut walk = Walk {
        edges: &edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        circles: Vec::new(),
    };
    for module in &modules {
        if !walk.index.contains_key(module) {
            walk.visit(module);
        }
    }
    assert!(
        walk.circles.is_empty(),
        "these modules use each other in a circle (each one set per line):\n{}",
        walk.circles
            .iter()
            .map(|circle| circle.join(", "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_source_reader_expands_use_trees_and_finds_paths_in_code() {
    assert_eq!(
        expand("crate::model::{dataset::{self, Dataset}, import}"),
        [
            "crate::model::dataset::self",
            "crate::model::dataset::Dataset",
            "crate::model::import"
        ]
    );
    let named =
        named_paths("use super::fields::Edit;\nlet x = crate::pages::not_found::NotFound();");
    assert_eq!(
        named.into_iter().collect::<Vec<_>>(),
        ["crate::pages::not_found::NotFound", "super::fields::Edit"]
    );
}
