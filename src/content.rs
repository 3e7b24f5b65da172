//! Typed access to the guidance generated from `content/` by `build.rs`: pages, lists with
//! their stable item ids, self-assessment statements and the search index.

use crate::model::assessment::{Assessment, Direction, Reader};
use crate::routes;

/// What kind of page a content page is; decides its place in navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Start,
    Section,
    Handreiking,
}

/// A piece of a page body, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    /// Pre-rendered HTML from trusted content (never from user data).
    Html(&'static str),
    /// A marked list ends here: the place for "Gebruik als checklist".
    ListEnd(&'static str),
    /// Where the seed showed an image, an interactive tool that does its job.
    Tool(&'static str),
}

#[derive(Debug, PartialEq)]
pub struct Page {
    pub path: &'static str,
    pub kind: PageKind,
    pub slug: &'static str,
    /// The seed's heading: the page's `<h1>`.
    pub title: &'static str,
    /// Short name for menus and breadcrumbs.
    pub short: &'static str,
    /// Index of the body in [`PAGE_BODIES`] and of the summary in [`PAGE_SUMMARIES`].
    pub body: usize,
}

impl Page {
    /// The body, in reading order. Kept apart from the page list so that code which only
    /// names pages does not carry their text (docs/size.md).
    pub fn segments(&self) -> &'static [Segment] {
        PAGE_BODIES.get(self.body).copied().unwrap_or(&[])
    }

    /// First sentence of the body, for cards (apart from the page list, like the body).
    pub fn summary(&self) -> &'static str {
        PAGE_SUMMARIES.get(self.body).copied().unwrap_or("")
    }
}

#[derive(Debug, PartialEq)]
pub struct ListItem {
    pub id: &'static str,
    pub text: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct ContentList {
    pub id: &'static str,
    /// Slug of the page that holds the list.
    pub page: &'static str,
    pub title: &'static str,
    /// Offered as a checklist.
    pub checklist: bool,
    /// The checklist's answer words for done, notDone and notApplicable ("Vermeden", "Trad
    /// op", "N.v.t." for the valkuilen); the stored states stay the same for every list.
    pub answers: [&'static str; 3],
    /// The seed's lead-in sentence above the items ("… helpen door:"), or empty.
    pub lead: &'static str,
    pub items: &'static [ListItem],
}

impl ContentList {
    /// The word this checklist uses for a state.
    pub fn answer(&self, state: crate::model::checklist::ItemState) -> &'static str {
        use crate::model::checklist::ItemState;
        match state {
            ItemState::Done => self.answers[0],
            ItemState::NotDone => self.answers[1],
            ItemState::NotApplicable => self.answers[2],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    /// A behaviour that helps: "In hoeverre doen wij dit?"
    Helps,
    /// A behaviour to avoid: "Hoe vaak komt dit voor?", scored in reverse.
    Avoid,
}

/// One statement of the self-assessment, tied to a seed list item, with its wording per
/// reader (content/zelftest.toml).
#[derive(Debug)]
pub struct Statement {
    /// The stable key its answers are stored under (for most, the seed item's id).
    pub id: &'static str,
    /// The seed item it is traced to.
    pub item: &'static str,
    pub kind: StatementKind,
    /// Slug of the handreiking that helps most on this point.
    pub guide: &'static str,
    /// The wording versions it is asked in, as bits (`1 << version`).
    pub versions: u32,
    /// The gemeente about itself, in the first person.
    pub wij: &'static str,
    /// The college's own wording, where it differs from `wij`.
    pub college: Option<&'static str>,
    /// The ambtelijke organisatie's own wording, where it differs from `wij`.
    pub ambtelijk: Option<&'static str>,
    /// A partner about the gemeente (empty when left out for partners, and for a statement
    /// asked only in wording version 1, when every reader read `wij`).
    pub partner: &'static str,
    /// Readers it is not asked of, with the reason.
    pub left_out: &'static [(Reader, &'static str)],
}

impl Statement {
    /// Whether it is asked in this wording version.
    pub fn in_version(&self, version: u32) -> bool {
        version < 32 && self.versions & (1 << version) != 0
    }

    /// Why it is not asked of this reader, or `None` when it is.
    pub fn left_out_for(&self, reader: Reader) -> Option<&'static str> {
        self.left_out
            .iter()
            .find(|(r, _)| *r == reader)
            .map(|(_, reason)| *reason)
    }

    /// The wording this reader answers, `None` when it is left out for them.
    pub fn text_for(&self, reader: Reader) -> Option<&'static str> {
        if self.left_out_for(reader).is_some() {
            return None;
        }
        Some(match reader {
            Reader::Wij => self.wij,
            Reader::College => self.college.unwrap_or(self.wij),
            Reader::Ambtelijk => self.ambtelijk.unwrap_or(self.wij),
            Reader::Partner => self.partner,
        })
    }

    /// The wording as the participant of this assessment read it; a statement left out
    /// for them falls back to the gemeente's own wording.
    pub fn text_of(&self, assessment: &Assessment) -> &'static str {
        self.text_for(assessment.reader()).unwrap_or(self.wij)
    }

    pub fn direction(&self) -> Direction {
        self.kind.direction()
    }
}

/// A searchable block of guidance text (a paragraph, list item or heading).
#[derive(Debug)]
pub struct SearchBlock {
    /// Index into [`PAGES`].
    pub page: usize,
    /// Element id within the page to link to (heading or item), or empty.
    pub anchor: &'static str,
    pub text: &'static str,
    /// `text` folded by [`crate::model::fold::fold`]; same number of chars.
    pub folded: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The page at a route path, if it is a content page.
pub fn page_by_path(path: &str) -> Option<&'static Page> {
    PAGES.iter().find(|page| page.path == path)
}

pub fn page_by_slug(slug: &str) -> Option<&'static Page> {
    PAGES.iter().find(|page| page.slug == slug)
}

/// The nine handreikingen, in the seed's order.
pub fn handreikingen() -> impl Iterator<Item = &'static Page> {
    PAGES
        .iter()
        .filter(|page| page.kind == PageKind::Handreiking)
}

pub fn list(id: &str) -> Option<&'static ContentList> {
    LISTS.iter().find(|list| list.id == id)
}

/// A tool card in a content page (`<!-- hulpmiddel: … -->`): where the tool lives (its page
/// and a query that opens the right part of it), its title and one sentence on what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ToolCard {
    pub page: routes::Page,
    /// Empty, or `?…` after the page's path.
    pub query: &'static str,
    pub title: &'static str,
    pub text: &'static str,
}

impl ToolCard {
    /// The app path the card links to.
    pub fn path(&self) -> String {
        format!("{}{}", self.page.path(), self.query)
    }
}

/// Where the tool that replaces a lost image lives, with a Dutch call to action.
/// Tools not built yet are left out rather than shown as a dead link.
pub fn tool_card(tool: &str) -> Option<ToolCard> {
    match tool {
        "zelftest" => Some(ToolCard {
            page: routes::Page::Assessments,
            query: "",
            title: "Zelftest: hoe goed zijn wij als samenwerkingspartner?",
            text: "Toets jullie eigen praktijk aan de punten op deze pagina: beantwoord de stellingen van de zelftest en zie waar jullie sterk zijn.",
        }),
        "evaluatie" => Some(ToolCard {
            page: routes::Page::Evaluations,
            query: "",
            title: "Evaluaties: evalueer een samenwerking",
            text: "Evalueer een samenwerking uit de praktijk en verzamel de lessen voor de ontwikkelagenda.",
        }),
        "keuzevraagstukken" => Some(ToolCard {
            page: routes::Page::Worksheets,
            query: "?soort=keuzevraagstukken",
            title: "Werkblad: politieke keuzevraagstukken",
            text: "Ontleed een onderwerp in keuzevragen, met opties, belangen voor en tegen en wie besluit. Met het woningbouwvoorbeeld om te kopiëren.",
        }),
        "maatwerk-canvas" => Some(ToolCard {
            page: routes::Page::Worksheets,
            query: "?soort=maatwerk-canvas",
            title: "Werkblad: Maatwerkcanvas",
            text: "Loop de zeven zaken langs voor een nieuwe situatie: wat speelt hier en wat vraagt dat van ons?",
        }),
        "werkvormen" => Some(ToolCard {
            page: routes::Page::Worksheets,
            query: "?soort=werkvormen",
            title: "Werkblad: Werkvormenregister",
            text: "Inventariseer en evalueer de werkvormen van de gemeente, aangevuld uit jullie evaluaties.",
        }),
        "werkvormen-overzicht" => Some(ToolCard {
            page: routes::Page::Worksheets,
            query: "?soort=werkvormen",
            title: "Veelgebruikte werkvormen",
            text: "Een eerste overzicht: de werkvormen waarmee het werkvormenregister van deze app begint. Vul het register aan met de werkvormen die de gemeente zelf gebruikt, en met hoe ze werkten.",
        }),
        "succesfactoren" => Some(ToolCard {
            page: routes::Page::Worksheets,
            query: "?soort=succesfactoren",
            title: "Werkblad: succesfactoren voor initiatieven",
            text: "Verzamel uit jullie eigen evaluaties wat maakt dat maatschappelijke initiatieven slagen.",
        }),
        _ => None,
    }
}

/// A checklist's three answer words by list id (done, notDone, notApplicable); a list this
/// app does not know gets the generic words of the states.
pub fn answers(list_id: &str) -> [&'static str; 3] {
    list(list_id).map_or(
        crate::model::checklist::ItemState::ALL.map(crate::model::checklist::ItemState::label),
        |l| l.answers,
    )
}

/// The lists offered as checklists.
pub fn checklists() -> impl Iterator<Item = &'static ContentList> {
    LISTS.iter().filter(|list| list.checklist)
}

/// The text of any list item by its stable id.
pub fn item(id: &str) -> Option<&'static ListItem> {
    LISTS
        .iter()
        .flat_map(|list| list.items.iter())
        .find(|item| item.id == id)
}

/// A statement by its id (any wording version).
pub fn statement(id: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|statement| statement.id == id)
}

/// The statements this reader is asked in a wording version, in display order.
pub fn statements_for(version: u32, reader: Reader) -> Vec<&'static Statement> {
    STATEMENTS
        .iter()
        .filter(|s| s.in_version(version) && s.left_out_for(reader).is_none())
        .collect()
}

/// The statements of this assessment's wording version that were left out for its reader.
pub fn left_out_of(assessment: &Assessment) -> Vec<&'static Statement> {
    STATEMENTS
        .iter()
        .filter(|s| {
            s.in_version(assessment.wording_version())
                && s.left_out_for(assessment.reader()).is_some()
        })
        .collect()
}

/// The statements this assessment asks, in display order.
pub fn statements_of(assessment: &Assessment) -> Vec<&'static Statement> {
    statements_for(assessment.wording_version(), assessment.reader())
}

/// What this assessment is scored over: (statement id, direction), in display order.
pub fn scale_of(assessment: &Assessment) -> Vec<(&'static str, Direction)> {
    statements_of(assessment)
        .into_iter()
        .map(|s| (s.id, s.direction()))
        .collect()
}

/// The handreiking before and after the given one, for previous/next navigation.
pub fn neighbours(slug: &str) -> (Option<&'static Page>, Option<&'static Page>) {
    let all: Vec<&'static Page> = handreikingen().collect();
    let Some(index) = all.iter().position(|page| page.slug == slug) else {
        return (None, None);
    };
    let previous = index.checked_sub(1).and_then(|i| all.get(i).copied());
    (previous, all.get(index + 1).copied())
}

impl StatementKind {
    /// How answers to statements of this kind are scored.
    pub fn direction(self) -> Direction {
        match self {
            StatementKind::Helps => Direction::Helps,
            StatementKind::Avoid => Direction::Avoid,
        }
    }
}

/// The statements of the current wording version as the raad reads them, as (statement
/// id, direction), in display order.
pub fn assessment_scale() -> Vec<(&'static str, Direction)> {
    statements_for(crate::model::assessment::WORDING_VERSION, Reader::Wij)
        .into_iter()
        .map(|s| (s.id, s.direction()))
        .collect()
}
