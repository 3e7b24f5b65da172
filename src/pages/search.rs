//! `/zoeken?q=…`: instant search over all guidance text, with the matches marked.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::components::layout::Breadcrumb;
use crate::components::paths::{href, use_go_replace};
use crate::components::title::use_title;
use crate::content::{PAGES, SEARCH_BLOCKS};
use crate::model::search::{search, PageResult};

#[component]
pub fn SearchPage() -> impl IntoView {
    use_title(|| "Zoeken".to_string());
    let query_map = use_query_map();
    let initial = query_map.with_untracked(|q| q.get("q").unwrap_or_default());
    let query = RwSignal::new(initial.clone());
    let results = Memo::new(move |_| query.with(|q| search(SEARCH_BLOCKS, q)));
    let go = use_go_replace();

    let on_input = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        query.set(value.clone());
        let encoded = String::from(js_sys::encode_uri_component(&value));
        let path = if value.is_empty() {
            "/zoeken".to_string()
        } else {
            format!("/zoeken?q={encoded}")
        };
        go(&path);
    };

    view! {
        <article class="page">
            <Breadcrumb trail=vec![("Zoeken", None)]/>
            <h1>"Zoeken"</h1>
            <form class="search-form" role="search" on:submit=|event| event.prevent_default()>
                <label for="zoekveld">"Zoeken in de handreikingen"</label>
                <input
                    id="zoekveld"
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
                    if query.with(|q| q.trim().is_empty()) {
                        view! { <p class="hint">"Typ een woord, bijvoorbeeld “klankbordgroep” of “mandaat”."</p> }.into_any()
                    } else if results.is_empty() {
                        view! { <p class="empty">"Niets gevonden. Probeer een ander of korter woord."</p> }.into_any()
                    } else {
                        let count = results.len();
                        view! {
                            <p class="result-count">
                                {if count == 1 { "1 pagina gevonden".to_string() } else { format!("{count} pagina’s gevonden") }}
                            </p>
                            <ol class="zoekresultaten">
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

#[component]
fn ResultItem(result: PageResult) -> impl IntoView {
    let page = &PAGES[result.page.min(PAGES.len() - 1)];
    let link = href(page.path);
    view! {
        <li>
            <h2><A href=link.clone()>{page.title}</A></h2>
            {result
                .hits
                .into_iter()
                .map(|hit| view! {
                    <p class="snippet">
                        {hit
                            .snippet
                            .into_iter()
                            .map(|part| if part.marked {
                                view! { <mark>{part.text}</mark> }.into_any()
                            } else {
                                part.text.into_any()
                            })
                            .collect_view()}
                    </p>
                })
                .collect_view()}
        </li>
    }
}
