//! The route tables are written twice: the route tables of the entry points (`src/app.rs`) and the
//! host's files (`scripts/entries.mjs`, which decides which bundle a path loads, and
//! `scripts/app-routes.txt`, the tool routes written as real files). A route in one and not
//! the other shows "Pagina niet gevonden" after a reload; this test reads both and fails
//! when they drift apart.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The routes of the table `const <name>: &[Route]` in src/app.rs (its `Route::new("…"`
/// lines, up to the table's end).
fn table_routes(app_rs: &str, table: &str) -> BTreeSet<String> {
    let (_, rest) = app_rs
        .split_once(&format!("const {table}: &[Route] = &["))
        .unwrap_or_else(|| panic!("src/app.rs has no route table {table}"));
    rest.split("\n];")
        .next()
        .unwrap_or_default()
        .split("Route::new(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

/// The tables the component `pub fn <name>()` in src/app.rs gives its shell
/// (`routes=&[TABLE]`), or those of the `let routes … = &[…];` under `#[cfg(<cfg>)]` in it.
fn app_tables(app_rs: &str, component: &str, cfg: Option<&str>) -> Vec<String> {
    let (_, body) = app_rs
        .split_once(&format!("pub fn {component}()"))
        .unwrap_or_else(|| panic!("src/app.rs has no component {component}"));
    let body = body.split("\n}").next().unwrap_or_default();
    let list = match cfg {
        Some(cfg) => body
            .split_once(&format!("#[cfg({cfg})]"))
            .and_then(|(_, rest)| rest.split_once("= &["))
            .and_then(|(_, rest)| rest.split_once("];"))
            .map(|(list, _)| list)
            .unwrap_or_else(|| panic!("{component} has no routes under cfg({cfg})")),
        None => body
            .split_once("routes=&[")
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(list, _)| list)
            .unwrap_or_else(|| panic!("{component} gives its shell no routes=&[…]")),
    };
    list.split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every route of the component `pub fn <name>()` (see [`app_tables`]).
fn app_routes(app_rs: &str, component: &str, cfg: Option<&str>) -> BTreeSet<String> {
    app_tables(app_rs, component, cfg)
        .iter()
        .flat_map(|table| table_routes(app_rs, table))
        .collect()
}

/// The routes of the main `App` built under `cfg` (`not(debug_assertions)`: the release
/// build's, `debug_assertions`: the dev server's, which has every route).
fn main_app_routes(app_rs: &str, cfg: &str) -> BTreeSet<String> {
    app_routes(app_rs, "App", Some(cfg))
}

/// `{ name: 'zelftest', routes: ['/zelftest'] }` lines of ENTRIES in scripts/entries.mjs.
fn entries(entries_mjs: &str) -> Vec<(String, Vec<String>)> {
    let table = entries_mjs
        .split("export const ENTRIES = [")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("scripts/entries.mjs has no ENTRIES table");
    table
        .lines()
        .filter(|line| line.contains("name:"))
        .map(|line| {
            let quoted: Vec<String> = line
                .split('\'')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            let (name, routes) = quoted.split_first().expect("an entry has a name");
            (name.clone(), routes.to_vec())
        })
        .collect()
}

/// The router's routes of an entry: its fixed routes and their `/:id` sub-routes.
fn expected_router_routes(routes: &[String]) -> BTreeSet<String> {
    routes
        .iter()
        .flat_map(|route| [route.clone(), format!("{route}/:id")])
        .collect()
}

#[test]
fn every_entry_point_serves_exactly_the_routes_the_host_sends_to_it() {
    let app_rs = read("src/app.rs");
    let entries = entries(&read("scripts/entries.mjs"));
    let components = [
        ("zelftest", "ZelftestApp"),
        ("checklists", "ChecklistsApp"),
        ("evaluations", "EvaluationsApp"),
        ("facilitator", "FacilitatorApp"),
    ];
    assert_eq!(
        entries
            .iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>(),
        components.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
        "scripts/entries.mjs and this test list the same entry points"
    );
    for ((name, routes), (_, component)) in entries.iter().zip(components) {
        let router = app_routes(&app_rs, component, None);
        let mut expected = expected_router_routes(routes);
        // The facilitator's routes have no records of their own.
        if name == "facilitator" {
            expected.retain(|route| !route.ends_with("/:id"));
        }
        assert_eq!(router, expected, "{component} (src/app.rs) vs entry {name}");
    }
}

#[test]
fn the_main_app_has_no_route_of_another_entry_point() {
    let main_routes = main_app_routes(&read("src/app.rs"), "not(debug_assertions)");
    let entries = entries(&read("scripts/entries.mjs"));
    for route in &main_routes {
        for (name, routes) in &entries {
            assert!(
                !routes
                    .iter()
                    .any(|r| route == r || route.starts_with(&format!("{r}/"))),
                "{route} is in the main App and in entry {name}"
            );
        }
    }
    assert!(main_routes.contains("/werkbladen/:id"), "{main_routes:?}");
}

#[test]
fn every_fixed_tool_route_is_written_as_a_file() {
    let fixed: BTreeSet<String> = read("scripts/app-routes.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
        .collect();
    for (name, routes) in entries(&read("scripts/entries.mjs")) {
        for route in routes {
            assert!(
                fixed.contains(&route),
                "{route} (entry {name}) is not in scripts/app-routes.txt"
            );
        }
    }
}

#[test]
fn the_debug_app_has_every_route_of_every_release_app() {
    let app_rs = read("src/app.rs");
    let debug_routes = main_app_routes(&app_rs, "debug_assertions");
    let mut every = main_app_routes(&app_rs, "not(debug_assertions)");
    for component in [
        "ZelftestApp",
        "ChecklistsApp",
        "EvaluationsApp",
        "FacilitatorApp",
    ] {
        every.extend(app_routes(&app_rs, component, None));
    }
    assert_eq!(debug_routes, every, "the dev server's App (src/app.rs)");
}
