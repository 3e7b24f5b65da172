//! The release build needs Rust, Trunk and Node, no browser (issue 23, item 2): every script
//! `scripts/build.sh` runs, and every module those import from the repository, imports no
//! browser driver (Playwright, selenium-webdriver, puppeteer). The pages are pre-rendered by
//! the app's own views natively (`app::render`, examples/prerender.rs). Reads the scripts as
//! text.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

/// Packages that drive a browser.
const BROWSER_DRIVERS: &[&str] = &[
    "@playwright/test",
    "playwright",
    "playwright-core",
    "selenium-webdriver",
    "puppeteer",
];

mod common;
use common::read_repo_file;

/// The `scripts/*.mjs` that build.sh (and its Trunk hook, postbuild.sh) runs with `node`.
fn scripts_run_by(shell: &str) -> Vec<String> {
    let text = read_repo_file(shell);
    let mut found = Vec::new();
    for word in
        text.split(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == '(' || c == ')')
    {
        if word.starts_with("scripts/")
            && word.ends_with(".mjs")
            && !found.iter().any(|f| f == word)
        {
            found.push(word.to_string());
        }
    }
    found
}

/// The module specifiers a JavaScript module imports statically (`import … from '…'`,
/// `import '…'`) or dynamically with a literal (`import('…')`).
fn imports(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in source
        .match_indices("from '")
        .chain(source.match_indices("import('"))
        .chain(source.match_indices("import '"))
    {
        let rest = &source[at..];
        let Some(open) = rest.find('\'') else {
            continue;
        };
        let after = &rest[open + 1..];
        if let Some(close) = after.find('\'') {
            out.push(after[..close].to_string());
        }
    }
    out
}

/// `start` and every repository module it imports, transitively: path from the root → source.
fn module_closure(start: &str) -> BTreeMap<String, String> {
    let mut seen = BTreeMap::new();
    let mut todo = vec![start.to_string()];
    while let Some(module) = todo.pop() {
        if seen.contains_key(&module) {
            continue;
        }
        let source = read_repo_file(&module);
        for spec in imports(&source) {
            if spec.starts_with("./") || spec.starts_with("../") {
                let dir = Path::new(&module).parent().unwrap_or(Path::new(""));
                let joined = normalize(&dir.join(&spec));
                todo.push(joined);
            }
        }
        seen.insert(module, source);
    }
    seen
}

/// `a/b/../c` → `a/c` (paths inside the repository, `/`-separated).
fn normalize(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for part in path.components() {
        match part.as_os_str().to_str().unwrap_or_default() {
            "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other.to_string()),
        }
    }
    parts.join("/")
}

#[test]
fn the_release_build_runs_no_browser() {
    let mut scripts = scripts_run_by("scripts/build.sh");
    scripts.extend(scripts_run_by("scripts/postbuild.sh"));
    // The build's stages are there, so the check below reads the scripts it should.
    for stage in [
        "scripts/prerender.mjs",
        "scripts/entries.mjs",
        "scripts/minify.mjs",
        "scripts/subpath.mjs",
    ] {
        assert!(
            scripts.iter().any(|s| s == stage),
            "build.sh no longer runs {stage}; found {scripts:?}"
        );
    }
    let mut modules = BTreeMap::new();
    for script in &scripts {
        modules.extend(module_closure(script));
    }
    for (module, source) in &modules {
        for spec in imports(source) {
            assert!(
                !BROWSER_DRIVERS.contains(&spec.as_str()),
                "{module} imports {spec}: the release build must run without a browser"
            );
        }
    }
    // The imports were followed: the pre-render's own module is among them.
    assert!(
        modules.contains_key("scripts/static-part.mjs"),
        "prerender.mjs's imports were not followed: {:?}",
        modules.keys()
    );
}

#[test]
fn the_import_reader_finds_a_browser_driver() {
    // What the test above relies on: it would see the pre-render's old Chromium import.
    let old = "import { chromium } from '@playwright/test';\nimport { finish } from './pwa.mjs';\nconst m = await import('puppeteer');";
    assert_eq!(imports(old), ["@playwright/test", "./pwa.mjs", "puppeteer"]);
}
