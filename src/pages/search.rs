//! `/zoeken?q=…`: instant search over all guidance text and the tools' names, with the
//! matches marked.

use leptos::prelude::*;

use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go_replace;
use crate::components::title::use_title;
use crate::content::{PAGES, SEARCH_BLOCKS};
use crate::model::search::{highlight, search, search_tools, PageResult, SnippetPart, Tool};
use crate::model::words::counted;
use crate::routes;

#[component]
pub fn SearchPage() -> impl IntoView {
    use_title(|| "Zoeken".to_string());
    let initial = crate::components::router::use_query("q")
        .get_untracked()
        .unwrap_or_default();
    let query = RwSignal::new(initial.clone());
    let results = Memo::new(move |_| query.with(|q| search(SEARCH_BLOCKS, q)));
    let tools = Memo::new(move |_| query.with(|q| search_tools(q)));
    let go = use_go_replace();

    let on_input = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        query.set(value.clone());
        let encoded = String::from(js_sys::encode_uri_component(&value));
        let path = if value.is_empty() {
            routes::Page::Search.path().to_string()
        } else {
            format!("{}?q={encoded}", routes::Page::Search.path())
        };
        go(&path);
    };

    view! {
        <article class="page">
            <Breadcrumb trail=vec![("Zoeken", None)]/>
            <h1>"Zoeken"</h1>
            <form class="search-form" role="search" on:submit=|event| event.prevent_default()>
                <label for="zoekveld">"Zoeken in de Samenwerkingswijzer"</label>
                <p id="zoekveld-uitleg" class="hint">
                    "Zoekt in alle pagina’s: de startpagina, de evaluatie 2017, de handreikingen en de voorbeelden. "
                    "Ook de hulpmiddelen (zoals de zelftest, de checklists en de werkbladen) vind je op naam. "
                    "Wat je zelf hebt ingevuld, wordt niet doorzocht."
                </p>
                <input
                    id="zoekveld"
                    aria-describedby="zoekveld-uitleg"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    value=initial
                    on:input=on_input
                />
            </form>
            <div class="search-results" aria-live="polite">
                {move || {
                    let results = results.get();
                    let tools = tools.get();
                    if query.with(|q| q.trim().is_empty()) {
                        view! { <p class="hint">"Typ een woord, bijvoorbeeld “klankbordgroep” of “mandaat”."</p> }.into_any()
                    } else if results.is_empty() && tools.is_empty() {
                        view! { <p class="empty">"Niets gevonden. Probeer een ander of korter woord."</p> }.into_any()
                    } else {
                        let found = match (tools.len(), results.len()) {
                            (0, pages) => counted(pages, "pagina", "pagina’s"),
                            (tools, 0) => counted(tools, "hulpmiddel", "hulpmiddelen"),
                            (tools, pages) => format!("{} en {}", counted(tools, "hulpmiddel", "hulpmiddelen"), counted(pages, "pagina", "pagina’s")),
                        };
                        let q = query.get();
                        view! {
                            <p class="result-count">{format!("{found} gevonden")}</p>
                            <ol class="zoekresultaten">
                                {tools.into_iter().map(|tool| view! { <ToolItem tool=tool query=q.clone()/> }).collect_view()}
                                {results.into_iter().map(|result| view! { <ResultItem result=result/> }).collect_view()}
                            </ol>
                        }
                        .into_any()
                    }
                }}
            </div>
        </article>
    }
}

fn marked(parts: Vec<SnippetPart>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| {
            if part.marked {
                view! { <mark>{part.text}</mark> }.into_any()
            } else {
                part.text.into_any()
            }
        })
        .collect_view()
}

#[component]
fn ToolItem(tool: &'static Tool, query: String) -> impl IntoView {
    view! {
        <li class="tool-result">
            <p class="result-kind">"Hulpmiddel"</p>
            <h2><a href=href(tool.path)>{tool.name}</a></h2>
            <p class="snippet">{marked(highlight(tool.text, &query))}</p>
        </li>
    }
}

#[component]
fn ResultItem(result: PageResult) -> impl IntoView {
    let page = &PAGES[result.page.min(PAGES.len() - 1)];
    let link = href(page.path);
    view! {
        <li>
            <h2><a href=link.clone()>{page.title}</a></h2>
            {result
                .hits
                .into_iter()
                .map(|hit| view! {
                    <p class="snippet">{marked(hit.snippet)}</p>
                })
                .collect_view()}
        </li>
    }
}
