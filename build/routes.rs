//! The route registry (`routes.json`): reads and checks it, and writes the Rust it becomes.
//! Shared by `build.rs` (which fails the build with `routes.json: message`) and
//! `tests/registry.rs` (which checks those messages). Plain Rust, serde and serde_json only.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde::Deserialize;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    /// What the file is, for its reader.
    #[serde(default)]
    #[allow(dead_code)]
    pub about: String,
    pub bundles: Vec<Bundle>,
    pub routes: Vec<Route>,
}

/// An entry point: its own wasm, a `[[bin]]` in Cargo.toml built with one Cargo feature.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub name: String,
    pub bin: String,
    pub feature: String,
}

/// One page of the app.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub kind: String,
    pub path: String,
    pub bundle: String,
    /// A page of content/pages: its title and short name come from its front matter.
    #[serde(default)]
    pub content: bool,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub short: Option<String>,
    #[serde(default)]
    pub menu: Option<Menu>,
    #[serde(default)]
    pub search: Option<Search>,
    #[serde(default)]
    pub card: Option<Card>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Menu {
    pub group: String,
    #[serde(default)]
    pub icon: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Search {
    #[serde(default)]
    pub name: Option<String>,
    pub text: String,
    pub words: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub order: u32,
    #[serde(default)]
    pub title: Option<String>,
    pub text: String,
}

/// What the registry needs of a content page: its path, title and short name.
#[derive(Debug, Clone)]
pub struct ContentPage {
    pub path: String,
    pub title: String,
    pub short: String,
}

/// The menu groups of the header (components::layout): reading, the tools, and the icons.
pub const MENU_GROUPS: [&str; 3] = ["read", "tools", "extra"];

/// The bundle built from `index.html`: the main app, which also serves unknown paths.
pub const MAIN_BUNDLE: &str = "main";

impl Route {
    /// The route's parameter (`id` of `/zelftest/:id`), if it has one.
    pub fn param(&self) -> Option<&str> {
        self.path
            .rsplit('/')
            .next()
            .and_then(|last| last.strip_prefix(':'))
    }

    /// The path before the parameter's segment (`/zelftest` of `/zelftest/:id`).
    pub fn parent(&self) -> Option<&str> {
        self.param()
            .and_then(|_| self.path.rsplit_once('/'))
            .map(|(parent, _)| if parent.is_empty() { "/" } else { parent })
    }
}

fn is_pascal_ident(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_snake_ident(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// `Assessment` → `assessment`, `Evaluation2017` → `evaluation2017`, `DataPage` → `data_page`.
pub fn snake(kind: &str) -> String {
    let mut out = String::new();
    for (i, c) in kind.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `facilitator` → `Facilitator`, `main` → `Main`.
pub fn pascal(name: &str) -> String {
    name.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Reads and checks `routes.json` against the content pages; the error is the message
/// (without the file name).
pub fn parse(text: &str, content: &[ContentPage]) -> Result<Registry, String> {
    let registry: Registry = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(message, _)| message);
        format!("line {} column {}: {message}", e.line(), e.column())
    })?;
    check(&registry, content)?;
    Ok(registry)
}

fn check(registry: &Registry, content: &[ContentPage]) -> Result<(), String> {
    let mut names = BTreeSet::new();
    let mut bins = BTreeSet::new();
    for bundle in &registry.bundles {
        if !is_snake_ident(&bundle.name) {
            return Err(format!(
                "bundle `{}`: a bundle's name is lower case letters, digits and `_`",
                bundle.name
            ));
        }
        if !names.insert(bundle.name.as_str()) {
            return Err(format!("duplicate bundle `{}`", bundle.name));
        }
        if bundle.bin.is_empty() || !bins.insert(bundle.bin.as_str()) {
            return Err(format!(
                "bundle `{}`: its bin `{}` is empty or another bundle's",
                bundle.name, bundle.bin
            ));
        }
        if bundle.feature.is_empty() {
            return Err(format!("bundle `{}` has no feature", bundle.name));
        }
    }
    if !names.contains(MAIN_BUNDLE) {
        return Err(format!(
            "no bundle `{MAIN_BUNDLE}` (the main app, built from index.html)"
        ));
    }

    let mut kinds = BTreeSet::new();
    let mut paths = BTreeSet::new();
    let mut orders = BTreeSet::new();
    for route in &registry.routes {
        let at = format!("route `{}`", route.path);
        if !is_pascal_ident(&route.kind) {
            return Err(format!(
                "{at}: kind `{}` is not a Rust type name (ASCII letters and digits, first a capital)",
                route.kind
            ));
        }
        if !kinds.insert(route.kind.as_str()) {
            return Err(format!("{at}: duplicate kind `{}`", route.kind));
        }
        if !paths.insert(route.path.as_str()) {
            return Err(format!("duplicate path `{}`", route.path));
        }
        check_path(&route.path).map_err(|e| format!("{at}: {e}"))?;
        if !names.contains(route.bundle.as_str()) {
            return Err(format!(
                "{at}: unknown bundle `{}` (bundles: {})",
                route.bundle,
                names.iter().copied().collect::<Vec<_>>().join(", ")
            ));
        }
        let fixed = route.param().is_none();
        if let Some(parent) = route.parent() {
            let same = registry
                .routes
                .iter()
                .any(|r| r.path == parent && r.bundle == route.bundle);
            if !same {
                return Err(format!(
                    "{at}: its parent `{parent}` is not a route of bundle `{}` (the host sends `{parent}/…` to the parent's bundle)",
                    route.bundle
                ));
            }
        }
        let in_content = |path: &str| content.iter().any(|page| page.path == path);
        if route.content {
            let found = match route.parent() {
                None => in_content(&route.path),
                Some(parent) => content.iter().any(|page| {
                    page.path
                        .strip_prefix(parent)
                        .and_then(|rest| rest.strip_prefix('/'))
                        .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
                }),
            };
            if !found {
                return Err(format!("{at}: no page of content/pages has this path"));
            }
            if route.title.is_some() || route.short.is_some() {
                return Err(format!(
                    "{at}: a content route's title and short name come from its front matter"
                ));
            }
            if route.search.is_some() || route.card.is_some() {
                return Err(format!(
                    "{at}: a content route is found and shown as content (no search entry or card here)"
                ));
            }
        } else {
            if in_content(&route.path) {
                return Err(format!(
                    "{at}: a page of content/pages has this path: mark it `\"content\": true`"
                ));
            }
            if fixed && (route.title.is_none() || route.short.is_none()) {
                return Err(format!("{at}: a page needs a title and a short name"));
            }
            if let Some(title) = route
                .title
                .iter()
                .chain(&route.short)
                .find(|t| t.trim().is_empty())
            {
                return Err(format!("{at}: empty title or short name `{title}`"));
            }
        }
        if !fixed
            && (route.title.is_some()
                || route.short.is_some()
                || route.menu.is_some()
                || route.search.is_some()
                || route.card.is_some())
        {
            return Err(format!(
                "{at}: a sub-route has no title, short name, menu entry, search entry or card of its own"
            ));
        }
        if let Some(menu) = &route.menu {
            if !MENU_GROUPS.contains(&menu.group.as_str()) {
                return Err(format!(
                    "{at}: unknown menu group `{}` (groups: {})",
                    menu.group,
                    MENU_GROUPS.join(", ")
                ));
            }
            match (menu.group == "extra", &menu.icon) {
                (true, None) => return Err(format!("{at}: an `extra` menu entry needs an icon")),
                (false, Some(_)) => {
                    return Err(format!(
                        "{at}: only an `extra` menu entry has an icon (group `{}`)",
                        menu.group
                    ))
                }
                _ => {}
            }
        }
        if let Some(search) = &route.search {
            if search.text.trim().is_empty() || search.words.trim().is_empty() {
                return Err(format!("{at}: a search entry needs a text and words"));
            }
        }
        if let Some(card) = &route.card {
            if card.text.trim().is_empty() {
                return Err(format!("{at}: a card needs a text"));
            }
            if !orders.insert(card.order) {
                return Err(format!("{at}: two cards have order {}", card.order));
            }
        }
    }
    for bundle in &registry.bundles {
        if !registry.routes.iter().any(|r| r.bundle == bundle.name) {
            return Err(format!("bundle `{}` has no route", bundle.name));
        }
    }
    Ok(())
}

/// `/`, or `/segment/…` of lower-case letters, digits and `-`, with at most a last `:name`.
fn check_path(path: &str) -> Result<(), String> {
    if path == "/" {
        return Ok(());
    }
    let Some(rest) = path.strip_prefix('/') else {
        return Err("a path starts with `/`".to_string());
    };
    let segments: Vec<&str> = rest.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let ok = match segment.strip_prefix(':') {
            Some(param) => i + 1 == segments.len() && i > 0 && is_snake_ident(param),
            None => {
                !segment.is_empty()
                    && segment
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            }
        };
        if !ok {
            return Err(format!(
                "segment `{segment}`: a path is lower-case letters, digits and `-` between `/`, with a `:name` only as its last segment under a parent"
            ));
        }
    }
    Ok(())
}

/// The title and short name of a route: its own, or its content page's.
fn names<'a>(route: &'a Route, content: &'a [ContentPage]) -> (&'a str, &'a str) {
    if route.content {
        if let Some(page) = content.iter().find(|p| p.path == route.path) {
            return (&page.title, &page.short);
        }
        return ("", "");
    }
    (
        route.title.as_deref().unwrap_or(""),
        route.short.as_deref().unwrap_or(""),
    )
}

/// The generated part of `src/routes.rs`: the pages, their paths and titles, a function per
/// sub-route, the menu, the search entries and the start page's cards.
pub fn module(registry: &Registry, content: &[ContentPage]) -> String {
    let mut out = String::from("// Generated by build.rs from routes.json: do not edit.\n\n");
    out.push_str(
        "/// A page of the app: one per route of routes.json.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Page {\n",
    );
    for route in &registry.routes {
        let _ = writeln!(out, "    /// `{}`", route.path);
        let _ = writeln!(out, "    {},", route.kind);
    }
    out.push_str("}\n\nimpl Page {\n    /// Every page, in the order of routes.json.\n    pub const ALL: &'static [Page] = &[\n");
    for route in &registry.routes {
        let _ = writeln!(out, "        Page::{},", route.kind);
    }
    out.push_str("    ];\n\n");
    out.push_str(
        "    /// The page's path: fixed (`/zelftest`) or with its parameter (`/zelftest/:id`;\n    \
         /// link to one with the function named after the page, [`assessment`]).\n    \
         pub const fn path(self) -> &'static str {\n        match self {\n",
    );
    for route in &registry.routes {
        let _ = writeln!(out, "            Page::{} => {:?},", route.kind, route.path);
    }
    out.push_str("        }\n    }\n\n");
    out.push_str(
        "    /// The page's title (its `<h1>`); empty for a sub-route, whose record names it.\n    \
         pub const fn title(self) -> &'static str {\n        match self {\n",
    );
    for route in &registry.routes {
        let (title, _) = names(route, content);
        let _ = writeln!(out, "            Page::{} => {:?},", route.kind, title);
    }
    out.push_str("        }\n    }\n\n");
    out.push_str(
        "    /// The page's short name (its menu label); empty for a sub-route.\n    \
         pub const fn short(self) -> &'static str {\n        match self {\n",
    );
    for route in &registry.routes {
        let (_, short) = names(route, content);
        let _ = writeln!(out, "            Page::{} => {:?},", route.kind, short);
    }
    out.push_str("        }\n    }\n\n");
    out.push_str(
        "    /// The bundle (entry point) that serves the page.\n    \
         pub const fn bundle(self) -> &'static str {\n        match self {\n",
    );
    for route in &registry.routes {
        let _ = writeln!(
            out,
            "            Page::{} => {:?},",
            route.kind, route.bundle
        );
    }
    out.push_str("        }\n    }\n}\n\n");

    for route in &registry.routes {
        let (Some(param), Some(parent)) = (route.param(), route.parent()) else {
            continue;
        };
        let prefix = if parent == "/" { "" } else { parent };
        let _ = writeln!(
            out,
            "/// The path of [`Page::{kind}`] for `{param}`: `{prefix}/{{{param}}}`.\n\
             pub fn {name}({param}: &str) -> String {{\n    format!(\"{prefix}/{{{param}}}\")\n}}\n",
            kind = route.kind,
            name = snake(&route.kind),
        );
    }

    for (group, doc) in [
        ("read", "reading the guidance"),
        ("tools", "working with the tools"),
    ] {
        let _ = writeln!(
            out,
            "/// The main menu, {doc}: (path, label).\npub const MENU_{}: &[(&str, &str)] = &[",
            group.to_uppercase()
        );
        for route in menu(registry, group) {
            let (_, short) = names(route, content);
            let _ = writeln!(out, "    ({:?}, {:?}),", route.path, short);
        }
        out.push_str("];\n\n");
    }
    out.push_str(
        "/// The menu's icons (plain entries in the phone menu): (path, label, SVG path data on a\n\
         /// 24×24 grid, stroked).\npub const MENU_EXTRA: &[(&str, &str, &str)] = &[\n",
    );
    for route in menu(registry, "extra") {
        let (_, short) = names(route, content);
        let icon = route
            .menu
            .as_ref()
            .and_then(|m| m.icon.as_deref())
            .unwrap_or("");
        let _ = writeln!(out, "    ({:?}, {:?}, {:?}),", route.path, short, icon);
    }
    out.push_str("];\n\n");

    out.push_str("/// The tools as search finds them, in the order of routes.json.\npub static SEARCH: &[SearchEntry] = &[\n");
    for route in &registry.routes {
        let Some(search) = &route.search else {
            continue;
        };
        let (_, short) = names(route, content);
        let _ = writeln!(
            out,
            "    SearchEntry {{\n        path: {:?},\n        name: {:?},\n        text: {:?},\n        words: {:?},\n    }},",
            route.path,
            search.name.as_deref().unwrap_or(short),
            search.text,
            search.words
        );
    }
    out.push_str("];\n\n");

    out.push_str("/// The start page's cards of the tools (\"Aan de slag\"), by their order: (path, title,\n/// text).\npub const CARDS: &[(&str, &str, &str)] = &[\n");
    let mut cards: Vec<(&Route, &Card)> = registry
        .routes
        .iter()
        .filter_map(|route| route.card.as_ref().map(|card| (route, card)))
        .collect();
    cards.sort_by_key(|(_, card)| card.order);
    for (route, card) in cards {
        let (title, _) = names(route, content);
        let _ = writeln!(
            out,
            "    (\n        {:?},\n        {:?},\n        {:?},\n    ),",
            route.path,
            card.title.as_deref().unwrap_or(title),
            card.text
        );
    }
    out.push_str("];\n");
    out
}

fn menu<'a>(registry: &'a Registry, group: &'a str) -> impl Iterator<Item = &'a Route> + 'a {
    registry
        .routes
        .iter()
        .filter(move |route| route.menu.as_ref().is_some_and(|m| m.group == group))
}

/// The route tables of the bundles, included in `src/app.rs`: per bundle (under its Cargo
/// feature) an enum of its pages and `<BUNDLE>_ROUTES`, whose entries show a page with the
/// bundle's `<bundle>_view` (written in app.rs: one `match` over the enum, so a page added
/// to routes.json without its view does not compile).
pub fn tables(registry: &Registry) -> String {
    let mut out = String::from("// Generated by build.rs from routes.json: do not edit.\n\n");
    for bundle in &registry.bundles {
        let routes: Vec<&Route> = registry
            .routes
            .iter()
            .filter(|route| route.bundle == bundle.name)
            .collect();
        let cfg = format!("#[cfg(feature = {:?})]", bundle.feature);
        let ty = format!("{}Page", pascal(&bundle.name));
        let _ = writeln!(
            out,
            "/// The pages of the bundle `{}` (routes.json).\n{cfg}\n#[derive(Clone, Copy)]\nenum {ty} {{",
            bundle.name
        );
        for route in &routes {
            let _ = writeln!(out, "    {},", route.kind);
        }
        out.push_str("}\n\n");
        let _ = writeln!(
            out,
            "/// The routes of the bundle `{}` (routes.json).\n{cfg}\nconst {}_ROUTES: &[Route] = &[",
            bundle.name,
            bundle.name.to_uppercase()
        );
        for route in &routes {
            let _ = writeln!(
                out,
                "    Route::new({:?}, || {}_view({ty}::{})),",
                route.path, bundle.name, route.kind
            );
        }
        out.push_str("];\n\n");
    }
    let features: BTreeSet<&str> = registry
        .bundles
        .iter()
        .map(|b| b.feature.as_str())
        .collect();
    let cfg: Vec<String> = features
        .iter()
        .map(|f| format!("feature = {f:?}"))
        .collect();
    let _ = writeln!(
        out,
        "/// Every bundle's routes: the dev server's app (one page for every path) and the\n\
         /// pages rendered natively at build time (`render`) have them all.\n\
         #[cfg(all(any(debug_assertions, not(target_arch = \"wasm32\")), {}))]\nconst EVERY_ROUTE: &[&[Route]] = &[{}];",
        cfg.join(", "),
        registry
            .bundles
            .iter()
            .map(|b| format!("{}_ROUTES", b.name.to_uppercase()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out
}
