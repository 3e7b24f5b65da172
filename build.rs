//! Turns `content/` into Rust data at compile time: pages as pre-rendered HTML segments, the
//! lists with their stable item ids, the self-assessment statements and the search index.
//!
//! Markdown is parsed here, never in the browser. Any inconsistency (a missing or duplicate
//! id, an unknown list, a broken front matter) fails the build with `file:line: message`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

#[path = "src/model/fold.rs"]
#[allow(dead_code)]
mod fold;

#[path = "build/routes.rs"]
mod routes;

const CONTENT: &str = "content";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    path: String,
    kind: String,
    slug: String,
    title: String,
    short: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListsFile {
    lijst: Vec<ListMeta>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListMeta {
    id: String,
    pagina: String,
    titel: String,
    checklist: bool,
    /// The three answer words of a checklist, for the states done, notDone, notApplicable.
    #[serde(default)]
    antwoorden: Option<Vec<String>>,
    /// The seed's lead-in sentence above the list, shown above the checklist's items.
    #[serde(default)]
    inleiding: Option<String>,
    #[serde(default)]
    items: Option<Vec<InlineItem>>,
}

/// Answer words of a checklist without `antwoorden`.
const DEFAULT_ANSWERS: [&str; 3] = ["Gedaan", "Niet gedaan", "N.v.t."];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InlineItem {
    id: String,
    tekst: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementsFile {
    stelling: Vec<StatementMeta>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementMeta {
    /// The stable key answers are stored under; never reused for another sentence.
    id: String,
    item: String,
    soort: String,
    handreiking: String,
    /// The wording versions the statement is asked in (default: every version).
    #[serde(default)]
    versies: Option<Vec<u32>>,
    /// The gemeente about itself ("wij"): the raad, Anders for the gemeente, and the college
    /// and the ambtelijke organisatie unless they have their own wording.
    wij: String,
    #[serde(default)]
    college: Option<String>,
    #[serde(default)]
    ambtelijk: Option<String>,
    /// A partner about the gemeente; absent only when left out for partners.
    #[serde(default)]
    partner: Option<String>,
    /// Readers the statement is not asked of, with the reason.
    #[serde(default)]
    weglaten: BTreeMap<String, String>,
}

/// The wording versions content/zelftest.toml knows (model::assessment::WORDING_VERSION is
/// the newest).
const WORDING_VERSIONS: [u32; 2] = [1, 2];
/// The readers a statement can be worded for or left out for (model::assessment::Reader).
const READERS: [(&str, &str); 4] = [
    ("wij", "Reader::Wij"),
    ("college", "Reader::College"),
    ("ambtelijk", "Reader::Ambtelijk"),
    ("partner", "Reader::Partner"),
];

enum Segment {
    Html(String),
    ListEnd(String),
    Tool(String),
}

struct Item {
    id: String,
    text: String,
}

struct SearchBlock {
    anchor: String,
    text: String,
}

struct Page {
    file: String,
    front: FrontMatter,
    segments: Vec<Segment>,
    summary: String,
    blocks: Vec<SearchBlock>,
    /// Lists found in this page's body, by list id, in order of appearance.
    lists: Vec<(String, Vec<Item>, usize)>,
}

/// A build error that names the file and line.
fn fail(file: &str, line: usize, message: impl AsRef<str>) -> ! {
    panic!("\n\ncontent error: {file}:{line}: {}\n\n", message.as_ref());
}

fn line_of(text: &str, byte_offset: usize) -> usize {
    text[..byte_offset.min(text.len())].matches('\n').count() + 1
}

fn main() {
    println!("cargo:rerun-if-changed={CONTENT}");
    println!("cargo:rerun-if-changed=src/model/fold.rs");
    println!("cargo:rerun-if-changed=routes.json");
    println!("cargo:rerun-if-changed=build/routes.rs");

    let mut page_files: Vec<PathBuf> = fs::read_dir(Path::new(CONTENT).join("pages"))
        .unwrap_or_else(|e| fail("content/pages", 0, format!("cannot read the folder: {e}")))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    page_files.sort();
    for file in &page_files {
        println!("cargo:rerun-if-changed={}", file.display());
    }

    let pages: Vec<Page> = page_files.iter().map(|f| parse_page(f)).collect();
    check_pages(&pages);

    let lists_path = format!("{CONTENT}/lijsten.toml");
    let lists_text = read(&lists_path);
    let lists: ListsFile = toml::from_str(&lists_text).unwrap_or_else(|e| {
        let line = e.span().map(|s| line_of(&lists_text, s.start)).unwrap_or(0);
        fail(&lists_path, line, e.message())
    });

    let statements_path = format!("{CONTENT}/zelftest.toml");
    let statements_text = read(&statements_path);
    let statements: StatementsFile = toml::from_str(&statements_text).unwrap_or_else(|e| {
        let line = e
            .span()
            .map(|s| line_of(&statements_text, s.start))
            .unwrap_or(0);
        fail(&statements_path, line, e.message())
    });

    let generated = generate(&pages, &lists, &lists_text, &statements, &statements_text);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("content.rs"), generated).expect("write generated content");

    // The route registry, checked against the content pages it names.
    let content: Vec<routes::ContentPage> = pages
        .iter()
        .map(|page| routes::ContentPage {
            path: page.front.path.clone(),
            title: page.front.title.clone(),
            short: page.front.short.clone(),
        })
        .collect();
    let registry = routes::parse(&read("routes.json"), &content)
        .unwrap_or_else(|message| panic!("\n\nroutes.json: {message}\n\n"));
    fs::write(
        out_dir.join("routes.rs"),
        routes::module(&registry, &content),
    )
    .expect("write generated routes");
    fs::write(out_dir.join("route_tables.rs"), routes::tables(&registry))
        .expect("write generated route tables");
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| fail(path, 0, format!("cannot read: {e}")))
}

fn parse_page(path: &Path) -> Page {
    let file = path.display().to_string();
    let text = read(&file);
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim) != Some("+++") {
        fail(
            &file,
            1,
            "a page must start with a front matter between `+++` lines",
        );
    }
    let mut front_text = String::new();
    let mut body_start = None;
    let mut offset = text.find('\n').map_or(text.len(), |i| i + 1);
    for line in lines {
        if line.trim() == "+++" {
            body_start = Some(offset + line.len());
            break;
        }
        front_text.push_str(line);
        offset += line.len();
    }
    let Some(body_start) = body_start else {
        fail(&file, 1, "the front matter has no closing `+++` line");
    };
    let front: FrontMatter = toml::from_str(&front_text).unwrap_or_else(|e| {
        let line = e
            .span()
            .map(|s| line_of(&front_text, s.start) + 1)
            .unwrap_or(1);
        fail(&file, line, format!("front matter: {}", e.message()))
    });
    if !["start", "sectie", "handreiking"].contains(&front.kind.as_str()) {
        fail(
            &file,
            2,
            format!(
                "kind must be start, sectie or handreiking, not {:?}",
                front.kind
            ),
        );
    }
    let body = &text[body_start..];
    let body_line = line_of(&text, body_start) - 1;
    let mut page = render_body(&file, body, body_line);
    page.front = front;
    page
}

/// Walks the Markdown events once: strips `{#id}` prefixes into `<li id>`, turns markers into
/// segments, drops images whose file is absent, and collects plain text for the search index.
fn render_body(file: &str, body: &str, line_offset: usize) -> Page {
    let parser = Parser::new_ext(body, Options::empty()).into_offset_iter();
    let mut segments = Vec::new();
    let mut html_events: Vec<Event> = Vec::new();
    let mut blocks: Vec<SearchBlock> = Vec::new();
    let mut lists: Vec<(String, Vec<Item>, usize)> = Vec::new();
    let mut pending_list: Option<(String, usize)> = None;
    let mut open_list: Option<(String, Vec<Item>, usize)> = None;
    let mut list_depth = 0usize;
    let mut item_awaiting_id: Option<usize> = None;
    let mut current_item: Option<String> = None;
    let mut anchor = String::new();
    let mut block_text = String::new();
    let mut in_heading = false;
    let mut heading_text = String::new();
    let mut skipping_image = 0usize;
    let mut summary = String::new();
    let mut item_text = String::new();
    // `<!-- app-tekst -->` marks the next paragraph as the app's own words, not the seed's.
    let mut pending_app_text: Option<usize> = None;
    let mut in_app_text = false;

    let flush = |events: &mut Vec<Event>, segments: &mut Vec<Segment>| {
        if !events.is_empty() {
            let mut html = String::new();
            pulldown_cmark::html::push_html(&mut html, events.drain(..));
            let html = html.replace("<p></p>\n", "");
            if !html.trim().is_empty() {
                segments.push(Segment::Html(html));
            }
        }
    };

    for (event, range) in parser {
        let line = line_offset + line_of(body, range.start);
        if skipping_image > 0 {
            match event {
                Event::Start(Tag::Image { .. }) => skipping_image += 1,
                Event::End(TagEnd::Image) => skipping_image -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Html(ref raw) if raw.trim_start().starts_with("<!--") => {
                let inner = raw
                    .trim()
                    .trim_start_matches("<!--")
                    .trim_end_matches("-->")
                    .trim();
                if let Some(id) = inner.strip_prefix("lijst:") {
                    if pending_list.is_some() || open_list.is_some() {
                        fail(file, line, "a list marker must be followed by its list");
                    }
                    pending_list = Some((id.trim().to_string(), line));
                } else if let Some(tool) = inner.strip_prefix("hulpmiddel:") {
                    flush(&mut html_events, &mut segments);
                    segments.push(Segment::Tool(tool.trim().to_string()));
                } else if inner == "app-tekst" {
                    if pending_app_text.is_some() || list_depth > 0 {
                        fail(
                            file,
                            line,
                            "`<!-- app-tekst -->` must be followed by a paragraph",
                        );
                    }
                    pending_app_text = Some(line);
                } else {
                    fail(file, line, format!("unknown marker `{}`", raw.trim()));
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => fail(
                file,
                line,
                "raw HTML is not allowed in content; use Markdown",
            ),
            Event::Start(Tag::List(_) | Tag::Heading { .. }) if pending_app_text.is_some() => {
                fail(
                    file,
                    line,
                    "`<!-- app-tekst -->` must be followed by a paragraph",
                );
            }
            Event::Start(Tag::List(start)) => {
                list_depth += 1;
                if list_depth == 1 {
                    if let Some((id, marker_line)) = pending_list.take() {
                        open_list = Some((id, Vec::new(), marker_line));
                    }
                }
                html_events.push(Event::Start(Tag::List(start)));
            }
            Event::End(TagEnd::List(ordered)) => {
                list_depth -= 1;
                html_events.push(Event::End(TagEnd::List(ordered)));
                if list_depth == 0 {
                    if let Some(list) = open_list.take() {
                        flush(&mut html_events, &mut segments);
                        segments.push(Segment::ListEnd(list.0.clone()));
                        lists.push(list);
                    }
                }
            }
            Event::Start(Tag::Item) => {
                if list_depth == 1 && open_list.is_some() {
                    // A placeholder for the `<li id>`, filled in once the first text gives the id.
                    item_awaiting_id = Some(html_events.len());
                    html_events.push(Event::Html(CowStr::Borrowed("")));
                } else {
                    html_events.push(Event::Start(Tag::Item));
                }
                if list_depth == 1 {
                    block_text.clear();
                    item_text.clear();
                }
            }
            Event::End(TagEnd::Item) => {
                html_events.push(Event::End(TagEnd::Item));
                if list_depth == 1 {
                    let item_anchor = current_item.take().unwrap_or_else(|| anchor.clone());
                    if let Some((_, items, _)) = open_list.as_mut() {
                        if let Some(last) = items.last_mut() {
                            if last.id == item_anchor {
                                last.text = collapse(&item_text);
                            }
                        }
                    }
                    push_block(&mut blocks, &item_anchor, &block_text);
                    block_text.clear();
                }
            }
            Event::Text(text) => {
                let mut text: CowStr = text;
                if in_heading {
                    heading_text.push_str(&text);
                    block_text.push_str(&text);
                    continue;
                }
                if let Some(placeholder) = item_awaiting_id.take() {
                    let Some(rest) = text.strip_prefix("{#") else {
                        fail(
                            file,
                            line,
                            "every item of a marked list needs an id: `{#some-id} text`",
                        );
                    };
                    let Some((id, rest)) = rest.split_once('}') else {
                        fail(file, line, "an item id must end with `}`");
                    };
                    let id = id.trim().to_string();
                    if id.is_empty()
                        || !id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        fail(
                            file,
                            line,
                            format!("item id `{id}` must use a-z, 0-9 and -"),
                        );
                    }
                    html_events[placeholder] = Event::Html(format!("<li id=\"{id}\">").into());
                    if let Some((_, items, _)) = open_list.as_mut() {
                        items.push(Item {
                            id: id.clone(),
                            text: String::new(),
                        });
                    }
                    current_item = Some(id);
                    text = rest.trim_start().to_string().into();
                }
                block_text.push_str(&text);
                item_text.push_str(&text);
                html_events.push(Event::Text(text));
            }
            Event::SoftBreak | Event::HardBreak => {
                block_text.push(' ');
                item_text.push(' ');
                html_events.push(event);
            }
            Event::Start(Tag::Heading { level, .. }) => {
                if level == HeadingLevel::H1 {
                    fail(
                        file,
                        line,
                        "use `##` for headings: the page title is the only <h1>",
                    );
                }
                in_heading = true;
                heading_text.clear();
                block_text.clear();
            }
            Event::End(TagEnd::Heading(level)) => {
                in_heading = false;
                anchor = slugify(&heading_text);
                let tag = match level {
                    HeadingLevel::H2 => "h2",
                    HeadingLevel::H3 => "h3",
                    _ => "h4",
                };
                let escaped = escape(&heading_text);
                html_events.push(Event::Html(
                    format!("<{tag} id=\"{anchor}\">{escaped}</{tag}>\n").into(),
                ));
                push_block(&mut blocks, &anchor, &block_text);
                block_text.clear();
            }
            Event::Start(Tag::Paragraph) => {
                if list_depth == 0 {
                    block_text.clear();
                }
                if list_depth == 0 && pending_app_text.take().is_some() {
                    in_app_text = true;
                    html_events.push(Event::Html(CowStr::Borrowed(
                        "<p class=\"app-text\"><span class=\"app-text-label\">Toelichting van deze app:</span> ",
                    )));
                } else {
                    html_events.push(Event::Start(Tag::Paragraph));
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if list_depth == 0 && in_app_text {
                    in_app_text = false;
                    html_events.push(Event::Html(CowStr::Borrowed("</p>\n")));
                } else {
                    html_events.push(Event::End(TagEnd::Paragraph));
                }
                if list_depth == 0 {
                    if summary.is_empty() && block_text.chars().count() > 40 {
                        summary = first_sentence(&collapse(&block_text));
                    }
                    push_block(&mut blocks, &anchor, &block_text);
                    block_text.clear();
                }
            }
            Event::Start(Tag::Image {
                dest_url,
                title,
                id,
                link_type,
            }) => {
                let image = Path::new(CONTENT)
                    .join("afbeeldingen")
                    .join(dest_url.as_ref());
                if image.is_file() {
                    let dest = format!("afbeeldingen/{dest_url}");
                    html_events.push(Event::Start(Tag::Image {
                        dest_url: dest.into(),
                        title,
                        id,
                        link_type,
                    }));
                } else {
                    // The seed's images are lost; an absent image is left out entirely.
                    skipping_image = 1;
                }
            }
            other => html_events.push(other),
        }
    }
    if pending_list.is_some() {
        fail(
            file,
            line_offset,
            "a list marker at the end of the page has no list",
        );
    }
    if let Some(marker_line) = pending_app_text {
        fail(
            file,
            marker_line,
            "`<!-- app-tekst -->` must be followed by a paragraph",
        );
    }
    flush(&mut html_events, &mut segments);
    Page {
        file: file.to_string(),
        front: FrontMatter {
            path: String::new(),
            kind: String::new(),
            slug: String::new(),
            title: String::new(),
            short: String::new(),
        },
        segments,
        summary,
        blocks,
        lists,
    }
}

fn push_block(blocks: &mut Vec<SearchBlock>, anchor: &str, text: &str) {
    let text = collapse(text);
    if !text.is_empty() {
        blocks.push(SearchBlock {
            anchor: anchor.to_string(),
            text,
        });
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first_sentence(text: &str) -> String {
    let end = text
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && i > 40)
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(text.len());
    text[..end].to_string()
}

fn slugify(text: &str) -> String {
    let folded = fold::fold(text);
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn check_pages(pages: &[Page]) {
    let mut paths = BTreeSet::new();
    let mut slugs = BTreeSet::new();
    for page in pages {
        if !page.front.path.starts_with('/') {
            fail(&page.file, 2, "path must start with /");
        }
        if !paths.insert(page.front.path.clone()) {
            fail(&page.file, 2, format!("duplicate path {}", page.front.path));
        }
        if !slugs.insert(page.front.slug.clone()) {
            fail(&page.file, 2, format!("duplicate slug {}", page.front.slug));
        }
    }
}

fn generate(
    pages: &[Page],
    lists: &ListsFile,
    lists_text: &str,
    statements: &StatementsFile,
    statements_text: &str,
) -> String {
    let lists_file = format!("{CONTENT}/lijsten.toml");
    let statements_file = format!("{CONTENT}/zelftest.toml");
    let line_in =
        |text: &str, needle: &str| text.find(needle).map(|i| line_of(text, i)).unwrap_or(0);

    // Every item id must be unique across all of content/.
    let mut item_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut list_items: BTreeMap<String, (&Page, Vec<&Item>)> = BTreeMap::new();
    for page in pages {
        for (list_id, items, marker_line) in &page.lists {
            if list_items.contains_key(list_id) {
                fail(
                    &page.file,
                    *marker_line,
                    format!("list `{list_id}` is marked twice"),
                );
            }
            for item in items {
                if let Some(other) = item_ids.insert(item.id.clone(), page.file.clone()) {
                    fail(
                        &page.file,
                        *marker_line,
                        format!("duplicate item id `{}` (also in {other})", item.id),
                    );
                }
            }
            list_items.insert(list_id.clone(), (page, items.iter().collect()));
        }
    }

    let mut out = String::new();
    out.push_str("// Generated by build.rs from content/. Do not edit.\n\n");

    // Lists
    let mut declared = BTreeSet::new();
    let mut list_code = String::new();
    let mut inline_store: Vec<Item> = Vec::new();
    for meta in &lists.lijst {
        let line = line_in(lists_text, &format!("id = \"{}\"", meta.id));
        if !declared.insert(meta.id.clone()) {
            fail(
                &lists_file,
                line,
                format!("list `{}` is declared twice", meta.id),
            );
        }
        if !pages.iter().any(|p| p.front.slug == meta.pagina) {
            fail(
                &lists_file,
                line,
                format!("list `{}`: no page with slug `{}`", meta.id, meta.pagina),
            );
        }
        let items: Vec<(String, String)> = match (&meta.items, list_items.get(&meta.id)) {
            (Some(_), Some((page, _))) => fail(
                &lists_file,
                line,
                format!(
                    "list `{}` has inline items and is also marked in {}",
                    meta.id, page.file
                ),
            ),
            (Some(inline), None) => {
                for item in inline {
                    if let Some(other) = item_ids.insert(item.id.clone(), lists_file.clone()) {
                        fail(
                            &lists_file,
                            line,
                            format!("duplicate item id `{}` (also in {other})", item.id),
                        );
                    }
                    inline_store.push(Item {
                        id: item.id.clone(),
                        text: item.tekst.clone(),
                    });
                }
                inline
                    .iter()
                    .map(|i| (i.id.clone(), i.tekst.clone()))
                    .collect()
            }
            (None, Some((page, items))) => {
                if page.front.slug != meta.pagina {
                    fail(
                        &lists_file,
                        line,
                        format!(
                            "list `{}` is marked in page `{}`, not `{}`",
                            meta.id, page.front.slug, meta.pagina
                        ),
                    );
                }
                items
                    .iter()
                    .map(|i| (i.id.clone(), i.text.clone()))
                    .collect()
            }
            (None, None) => fail(
                &lists_file,
                line,
                format!("list `{}` has no items and no marker in any page", meta.id),
            ),
        };
        if items.is_empty() {
            fail(&lists_file, line, format!("list `{}` is empty", meta.id));
        }
        let answers: Vec<String> = match &meta.antwoorden {
            Some(words) => {
                let distinct: BTreeSet<String> = words.iter().map(|w| w.to_lowercase()).collect();
                if words.len() != 3
                    || words.iter().any(|w| w.trim().is_empty())
                    || distinct.len() != 3
                {
                    fail(
                        &lists_file,
                        line,
                        format!(
                            "list `{}`: `antwoorden` needs three different words (done, notDone, notApplicable)",
                            meta.id
                        ),
                    );
                }
                if !meta.checklist {
                    fail(
                        &lists_file,
                        line,
                        format!("list `{}` has `antwoorden` but is no checklist", meta.id),
                    );
                }
                words.clone()
            }
            None => DEFAULT_ANSWERS.iter().map(|w| w.to_string()).collect(),
        };
        let lead = meta.inleiding.clone().unwrap_or_default();
        if !lead.is_empty() {
            // The lead-in is the seed's own sentence: it must stand in the list's page.
            let page_text = pages
                .iter()
                .find(|p| p.front.slug == meta.pagina)
                .map(|p| read(&p.file))
                .unwrap_or_default();
            if !page_text.contains(&lead) {
                fail(
                    &lists_file,
                    line,
                    format!(
                        "list `{}`: `inleiding` {lead:?} is not in the page `{}`",
                        meta.id, meta.pagina
                    ),
                );
            }
        }
        let _ = write!(
            list_code,
            "    ContentList {{ id: {:?}, page: {:?}, title: {:?}, checklist: {}, answers: [{:?}, {:?}, {:?}], lead: {:?}, items: &[",
            meta.id, meta.pagina, meta.titel, meta.checklist, answers[0], answers[1], answers[2], lead
        );
        for (id, text) in &items {
            let _ = write!(list_code, "ListItem {{ id: {id:?}, text: {text:?} }}, ");
        }
        list_code.push_str("] },\n");
    }
    for (list_id, (page, _)) in &list_items {
        if !declared.contains(list_id) {
            let line = page
                .lists
                .iter()
                .find(|l| &l.0 == list_id)
                .map_or(0, |l| l.2);
            fail(
                &page.file,
                line,
                format!("list `{list_id}` is not declared in content/lijsten.toml"),
            );
        }
    }
    let _ = writeln!(
        out,
        "pub static LISTS: &[ContentList] = &[\n{list_code}];\n"
    );

    // Pages. Their bodies are a static of their own, so a bundle that only needs the pages'
    // titles and paths (the zelftest, the checklists) links no guidance text (docs/size.md).
    let _ = writeln!(out, "pub static PAGES: &[Page] = &[");
    for (index, page) in pages.iter().enumerate() {
        let kind = match page.front.kind.as_str() {
            "start" => "PageKind::Start",
            "sectie" => "PageKind::Section",
            _ => "PageKind::Handreiking",
        };
        let _ = writeln!(
            out,
            "    Page {{ path: {:?}, kind: {kind}, slug: {:?}, title: {:?}, short: {:?}, body: {index} }},",
            page.front.path, page.front.slug, page.front.title, page.front.short
        );
    }
    out.push_str("];\n\n");
    // The cards' summaries apart too: the participant's bundles name pages but show no cards.
    let _ = writeln!(out, "pub static PAGE_SUMMARIES: &[&str] = &[");
    for page in pages.iter() {
        let _ = writeln!(out, "    {:?},", page.summary);
    }
    out.push_str("];\n\n");
    let _ = writeln!(out, "pub static PAGE_BODIES: &[&[Segment]] = &[");
    for page in pages.iter() {
        out.push_str("    &[");
        for segment in &page.segments {
            match segment {
                Segment::Html(html) => {
                    let _ = write!(out, "Segment::Html({html:?}), ");
                }
                Segment::ListEnd(id) => {
                    let _ = write!(out, "Segment::ListEnd({id:?}), ");
                }
                Segment::Tool(id) => {
                    let _ = write!(out, "Segment::Tool({id:?}), ");
                }
            }
        }
        out.push_str("],\n");
    }
    out.push_str("];\n\n");

    // Statements of the self-assessment
    let _ = writeln!(out, "pub static STATEMENTS: &[Statement] = &[");
    let mut seen = BTreeSet::new();
    for statement in &statements.stelling {
        let line = line_in(statements_text, &format!("id = \"{}\"", statement.id));
        let at = |message: String| -> ! { fail(&statements_file, line, message) };
        if statement.id.is_empty()
            || !statement
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            at(format!(
                "statement id `{}` must use a-z, 0-9 and -",
                statement.id
            ));
        }
        if !seen.insert(statement.id.clone()) {
            at(format!("statement id `{}` is used twice", statement.id));
        }
        if statement.id != statement.item && item_ids.contains_key(&statement.id) {
            at(format!(
                "statement id `{}` is the id of another seed item",
                statement.id
            ));
        }
        if !item_ids.contains_key(&statement.item) {
            at(format!("unknown item id `{}`", statement.item));
        }
        let expected_list = if statement.soort == "helpen" {
            "helpen"
        } else {
            "liever-niet"
        };
        let in_list = list_items
            .get(expected_list)
            .is_some_and(|(_, items)| items.iter().any(|i| i.id == statement.item));
        let kind = match statement.soort.as_str() {
            "helpen" => "StatementKind::Helps",
            "liever-niet" => "StatementKind::Avoid",
            other => at(format!(
                "soort must be helpen or liever-niet, not `{other}`"
            )),
        };
        if !in_list {
            at(format!(
                "item `{}` is not in the list `{expected_list}` of its soort",
                statement.item
            ));
        }
        if !pages
            .iter()
            .any(|p| p.front.slug == statement.handreiking && p.front.kind == "handreiking")
        {
            at(format!(
                "no handreiking with slug `{}`",
                statement.handreiking
            ));
        }
        let versions = statement
            .versies
            .clone()
            .unwrap_or_else(|| WORDING_VERSIONS.to_vec());
        if versions.is_empty() || versions.iter().any(|v| !WORDING_VERSIONS.contains(v)) {
            at(format!(
                "versies must be some of {WORDING_VERSIONS:?}, not {versions:?}"
            ));
        }
        let mask: u32 = versions.iter().map(|v| 1u32 << v).fold(0, |a, b| a | b);
        for (reader, reason) in &statement.weglaten {
            if !READERS.iter().any(|(key, _)| key == reader) || reader == "wij" {
                at(format!(
                    "weglaten: `{reader}` must be college, ambtelijk or partner"
                ));
            }
            if reason.trim().is_empty() {
                at(format!("weglaten: say why `{reader}` is left out"));
            }
        }
        let wording = |key: &str, text: &Option<String>| -> Option<String> {
            let left_out = statement.weglaten.contains_key(key);
            match (text, left_out) {
                (Some(_), true) => at(format!(
                    "`{key}` has a wording and is also left out (weglaten)"
                )),
                (Some(t), false) if t.trim().is_empty() => at(format!("`{key}` is empty")),
                (text, _) => text.clone(),
            }
        };
        if statement.wij.trim().is_empty() {
            at("`wij` is empty".to_string());
        }
        let college = wording("college", &statement.college);
        let ambtelijk = wording("ambtelijk", &statement.ambtelijk);
        let partner = wording("partner", &statement.partner);
        // Version 1 had one "wij" text for every role: a statement asked only then needs no
        // other wording (and carries none, so as not to add bytes to the zelftest).
        let only_v1 = versions == [1];
        if only_v1 && (partner.is_some() || college.is_some() || ambtelijk.is_some()) {
            at("a statement of version 1 only has just a `wij` wording".to_string());
        }
        if !only_v1 && partner.is_none() && !statement.weglaten.contains_key("partner") {
            at("every statement needs a `partner` wording (or weglaten.partner)".to_string());
        }
        for text in [&college, &ambtelijk]
            .into_iter()
            .flatten()
            .chain(std::iter::once(&statement.wij))
        {
            if text.starts_with("De gemeente") {
                at(format!(
                    "a first-person wording starts with `De gemeente`: {text:?}"
                ));
            }
        }
        let left_out: String = statement
            .weglaten
            .iter()
            .filter_map(|(key, reason)| {
                let reader = READERS.iter().find(|(k, _)| k == key)?.1;
                Some(format!("({reader}, {reason:?}), "))
            })
            .collect();
        let _ = writeln!(
            out,
            "    Statement {{ id: {:?}, item: {:?}, kind: {kind}, guide: {:?}, versions: {mask}, wij: {:?}, college: {college:?}, ambtelijk: {ambtelijk:?}, partner: {:?}, left_out: &[{left_out}] }},",
            statement.id,
            statement.item,
            statement.handreiking,
            statement.wij,
            partner.unwrap_or_default()
        );
    }
    // Every item of the two lists is asked in every version.
    for list in ["helpen", "liever-niet"] {
        let Some((_, items)) = list_items.get(list) else {
            fail(&statements_file, 0, format!("the list `{list}` is missing"));
        };
        for item in items {
            for version in WORDING_VERSIONS {
                let asked = statements.stelling.iter().any(|s| {
                    s.item == item.id && s.versies.as_ref().is_none_or(|v| v.contains(&version))
                });
                if !asked {
                    fail(
                        &statements_file,
                        0,
                        format!("item `{}` has no statement in version {version}", item.id),
                    );
                }
            }
        }
    }
    out.push_str("];\n\n");

    // Search index: plain text blocks with their folded form, in page order.
    let _ = writeln!(out, "pub static SEARCH_BLOCKS: &[SearchBlock] = &[");
    for (index, page) in pages.iter().enumerate() {
        let title_block = SearchBlock {
            anchor: String::new(),
            text: page.front.title.clone(),
        };
        for block in std::iter::once(&title_block).chain(page.blocks.iter()) {
            let _ = writeln!(
                out,
                "    SearchBlock {{ page: {index}, anchor: {:?}, text: {:?}, folded: {:?} }},",
                block.anchor,
                block.text,
                fold::fold(&block.text)
            );
        }
    }
    out.push_str("];\n");
    out
}
