//! The guidance in content/ is complete: every list has the seed's number of items, ids are
//! unique, and the ids match the checked-in snapshot so none changes by accident.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use samenwerkingswijzer::content::{self, PageKind, Segment, LISTS, PAGES, STATEMENTS};

fn count(list: &str) -> usize {
    content::list(list)
        .unwrap_or_else(|| panic!("list {list} is missing"))
        .items
        .len()
}

#[test]
fn every_list_has_the_seeds_number_of_items() {
    let expected = [
        ("regie", 7),
        ("helpen", 11),
        ("liever-niet", 8),
        ("keuzevragen-woningbouw", 3),
        ("politieke-rol", 2),
        ("raad", 6),
        ("raad-college", 4),
        ("maatwerk", 4),
        ("zeven-zaken", 7),
        ("verwachtingen", 5),
        ("valkuilen", 10),
        ("voorbeelden-eenvoudig", 6),
        ("voorbeelden-complex", 6),
    ];
    for (list, items) in expected {
        assert_eq!(count(list), items, "items in list {list}");
    }
    assert_eq!(LISTS.len(), expected.len(), "no list beyond the seed's");
}

#[test]
fn the_checklists_are_the_eight_from_the_product_spec() {
    let ids: Vec<&str> = content::checklists().map(|list| list.id).collect();
    assert_eq!(
        ids,
        [
            "regie",
            "helpen",
            "liever-niet",
            "raad",
            "raad-college",
            "zeven-zaken",
            "verwachtingen",
            "valkuilen"
        ]
    );
}

#[test]
fn item_ids_are_unique_and_well_formed() {
    let mut seen = BTreeSet::new();
    for item in LISTS.iter().flat_map(|list| list.items) {
        assert!(seen.insert(item.id), "duplicate id {}", item.id);
        assert!(item
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        assert!(!item.text.trim().is_empty(), "item {} has no text", item.id);
        assert!(
            !item.text.contains("{#"),
            "item {} kept its id marker in the text",
            item.id
        );
    }
}

#[test]
fn item_ids_match_the_snapshot() {
    let actual: Vec<String> = LISTS
        .iter()
        .flat_map(|list| {
            list.items
                .iter()
                .map(move |item| format!("{} {}", list.id, item.id))
        })
        .collect();
    let snapshot = include_str!("content_ids.snapshot");
    let expected: Vec<String> = snapshot
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    assert_eq!(
        actual, expected,
        "content ids changed. Ids are stored in people's data: never change or reuse one. \
         If you added an item on purpose, add its line to tests/content_ids.snapshot."
    );
}

#[test]
fn the_pages_are_the_routes_of_the_product_spec() {
    let paths: Vec<&str> = PAGES.iter().map(|p| p.path).collect();
    assert_eq!(
        paths,
        [
            "/",
            "/evaluatie-2017",
            "/handreikingen",
            "/handreikingen/regie-vanuit-de-raad",
            "/handreikingen/goede-samenwerkingsspeler",
            "/handreikingen/politieke-keuzevraagstukken",
            "/handreikingen/politieke-rol-van-de-raad",
            "/handreikingen/maatwerk",
            "/handreikingen/verwachtingenmanagement",
            "/handreikingen/werkvormen",
            "/handreikingen/maatschappelijke-initiatieven",
            "/handreikingen/valkuilen",
            "/voorbeelden",
        ]
    );
    assert_eq!(content::handreikingen().count(), 9);
    assert_eq!(
        PAGES.iter().filter(|p| p.kind == PageKind::Start).count(),
        1
    );
}

#[test]
fn pages_render_their_lists_with_item_ids_and_no_lost_images() {
    let valkuilen = content::page_by_slug("valkuilen").expect("valkuilen page");
    let html: String = valkuilen
        .segments()
        .iter()
        .filter_map(|s| {
            if let Segment::Html(h) = s {
                Some(*h)
            } else {
                None
            }
        })
        .collect();
    assert!(
        html.contains("<li id=\"valkuil-04\">Van een klankbordgroep consensus verwachten.</li>"),
        "{html}"
    );
    assert!(valkuilen
        .segments()
        .contains(&Segment::ListEnd("valkuilen")));
    for page in PAGES {
        for segment in page.segments() {
            if let Segment::Html(html) = segment {
                assert!(
                    !html.contains("<img"),
                    "{} shows an image that does not exist",
                    page.path
                );
                assert!(!html.contains("{#"), "{} shows an id marker", page.path);
                assert!(!html.contains("<h1"), "{} has a second h1", page.path);
            }
        }
    }
}

#[test]
fn seed_typos_are_fixed_and_the_text_is_there() {
    assert_eq!(
        content::item("regie-05").map(|i| i.text),
        Some("De eigen rol van de raad tijdens het participatieproces.")
    );
    let all_text: String = content::SEARCH_BLOCKS
        .iter()
        .map(|b| b.text)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!all_text.contains("Noordoospolder"));
    assert!(all_text.contains("Evaluatie van samenwerking en initiatieven zal bijdragen aan leerzame voorbeelden uit de praktijk van Noordoostpolder."));
    assert_eq!(
        content::item("voorbeeld-07").map(|i| i.text),
        Some("Mariaschool")
    );
}

#[test]
fn statements_cover_the_helping_and_avoid_behaviours() {
    assert_eq!(STATEMENTS.len(), 19);
    let helps = STATEMENTS
        .iter()
        .filter(|s| s.kind == content::StatementKind::Helps)
        .count();
    assert_eq!(helps, 11);
    for statement in STATEMENTS {
        assert!(content::item(statement.item).is_some());
        assert!(
            content::page_by_slug(statement.guide).is_some_and(|p| p.kind == PageKind::Handreiking)
        );
    }
}

#[test]
fn checklists_answer_in_their_own_words_and_read_as_sentences() {
    use samenwerkingswijzer::content::{checklists, list};
    use samenwerkingswijzer::model::checklist::ItemState;
    let valkuilen = list("valkuilen").expect("the valkuilen list");
    assert_eq!(valkuilen.answers, ["Vermeden", "Trad op", "N.v.t."]);
    assert_eq!(valkuilen.answer(ItemState::NotDone), "Trad op");
    let helpen = list("helpen").expect("the helpen list");
    assert_eq!(helpen.answers, ["Gedaan", "Niet gedaan", "N.v.t."]);
    assert_eq!(
        helpen.lead,
        "Gemeenteraden kunnen initiatieven of het bundelen van krachten helpen door:"
    );
    for list in checklists() {
        let mut words: Vec<String> = list.answers.iter().map(|w| w.to_lowercase()).collect();
        words.dedup();
        assert_eq!(words.len(), 3, "{}", list.id);
        assert!(list.answers.iter().all(|w| !w.trim().is_empty()));
    }
}

/// The route a link goes to, without its query or fragment.
fn route(link: &str) -> &str {
    link.split(['?', '#']).next().unwrap_or(link)
}

#[test]
fn no_statement_sends_for_help_to_the_page_it_comes_from() {
    for statement in STATEMENTS {
        let home = LISTS
            .iter()
            .find(|list| list.items.iter().any(|i| i.id == statement.item))
            .map(|list| list.page)
            .unwrap_or_else(|| panic!("statement {} has no seed item", statement.item));
        assert_ne!(
            statement.guide, home,
            "statement {}: its \"Lees\" link points at the page it comes from",
            statement.item
        );
    }
}

#[test]
fn every_tool_card_exists_and_leads_away_from_its_page() {
    let mut cards = 0;
    for page in PAGES {
        for segment in page.segments() {
            if let Segment::Tool(tool) = segment {
                let card = content::tool_card(tool)
                    .unwrap_or_else(|| panic!("{}: unknown tool `{tool}`", page.path));
                assert_ne!(
                    route(card.path),
                    page.path,
                    "{}: the tool card `{tool}` points at the page it is on",
                    page.path
                );
                assert!(
                    card.path.starts_with('/') && !card.title.is_empty(),
                    "{tool}"
                );
                assert!(card.text.ends_with(['.', '?']), "{tool}: {}", card.text);
                cards += 1;
            }
        }
    }
    assert_eq!(cards, 7, "the seven tool markers in content/pages");
    assert!(content::tool_card("geen-hulpmiddel").is_none());
    assert_eq!(route("/werkbladen?soort=werkvormen"), "/werkbladen");
}

/// The text of a page's HTML segments, tags removed.
fn page_text(slug: &str) -> (String, String) {
    let page = content::page_by_slug(slug).unwrap_or_else(|| panic!("page {slug}"));
    let html: String = page
        .segments()
        .iter()
        .filter_map(|s| match s {
            Segment::Html(h) => Some(*h),
            _ => None,
        })
        .collect();
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    (html, text)
}

#[test]
fn the_2017_page_keeps_the_seeds_words_and_marks_its_own() {
    let seed = [
        "Voorafgaande aan de bouw van deze Samenwerkingswijzer is de praktijk in Noordoostpolder samen met het college, managementteam en beleidsprofessionals geëvalueerd. De evaluatie is tijdens verschillende werkateliers met sleutelpersonen binnen de gemeente gedeeld en aangevuld. De evaluatie gaf aanleiding tot lessen en ideeën die aan de basis staan van deze Samenwerkingswijzer!",
        "Het is goed om regelmatig met elkaar de stand van zaken te evalueren en te vertalen naar lessen voor de ontwikkelagenda.",
    ];
    let (html, text) = page_text("evaluatie-2017");
    for paragraph in seed {
        assert!(html.contains(&format!("<p>{paragraph}</p>")), "{paragraph}");
    }
    // The seed shows the findings as seven images right under this heading, on this page;
    // the app's paragraph says so and is marked as the app's own words.
    assert!(!text.contains("aparte pagina"), "{text}");
    assert!(html.contains(
        "<p class=\"app-text\"><span class=\"app-text-label\">Toelichting van deze app:</span> De uitkomsten van de evaluatie uit 2017 stonden hier, in zeven afbeeldingen."
    ), "{html}");
    assert_eq!(html.matches("class=\"app-text\"").count(), 1);
    // No other page has a marked paragraph yet: every one is listed in content/README.md.
    for page in PAGES.iter().filter(|p| p.slug != "evaluatie-2017") {
        let (html, _) = page_text(page.slug);
        assert!(!html.contains("app-text"), "{}", page.path);
    }
}
