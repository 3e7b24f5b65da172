//! The guidance itself: the sections, the overview of the handreikingen and each handreiking.

use leptos::prelude::*;

use crate::components::content_body::ContentBody;
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::title::use_title;
use crate::content::{self, Page};
use crate::pages::not_found::NotFound;
use crate::routes;

/// A section page of the guidance (`/evaluatie-2017`, `/voorbeelden`).
#[component]
pub fn SectionPage(path: &'static str) -> impl IntoView {
    let Some(page) = content::page_by_path(path) else {
        return view! { <NotFound/> }.into_any();
    };
    use_title(move || page.title.to_string());
    view! {
        <article class="page">
            <Breadcrumb trail=vec![(page.short, None)]/>
            <h1>{page.title}</h1>
            <ContentBody page=page/>
        </article>
    }
    .into_any()
}

/// `/handreikingen`: the nine handreikingen as cards.
#[component]
pub fn HandreikingenPage() -> impl IntoView {
    let Some(page) = content::page_by_path(routes::Page::Handreikingen.path()) else {
        return view! { <NotFound/> }.into_any();
    };
    use_title(move || page.title.to_string());
    view! {
        <article class="page">
            <Breadcrumb trail=vec![(page.short, None)]/>
            <h1>{page.title}</h1>
            <ContentBody page=page/>
            <ol class="cards handreiking-cards">
                {content::handreikingen()
                    .enumerate()
                    .map(|(index, page)| view! {
                        <li class="card">
                            <span class="card-number" aria-hidden="true">{index + 1}</span>
                            <h2><a href=href(page.path)>{page.title}</a></h2>
                            <p>{page.summary()}</p>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </article>
    }
    .into_any()
}

/// `/handreikingen/{slug}`.
#[component]
pub fn HandreikingPage() -> impl IntoView {
    let slug = crate::components::router::use_param("slug");
    let page = Memo::new(move |_| {
        content::page_by_slug(&slug.get())
            .filter(|page| page.kind == content::PageKind::Handreiking)
    });
    use_title(move || {
        page.get()
            .map(|p| p.title)
            .unwrap_or("Pagina niet gevonden")
            .to_string()
    });
    move || match page.get() {
        Some(page) => view! { <Handreiking page=page/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn Handreiking(page: &'static Page) -> impl IntoView {
    let (previous, next) = content::neighbours(page.slug);
    view! {
        <article class="page">
            <Breadcrumb trail=vec![("Handreikingen", Some(routes::Page::Handreikingen.path())), (page.short, None)]/>
            <h1>{page.title}</h1>
            <ContentBody page=page/>
            <nav aria-label="Vorige en volgende" class="prev-next">
                {previous.map(|p| view! {
                    <a href=href(p.path) class="prev" rel="prev">
                        <span class="prev-next-label">"Vorige handreiking"</span>
                        <span>{p.title}</span>
                    </a>
                })}
                {next.map(|p| view! {
                    <a href=href(p.path) class="next" rel="next">
                        <span class="prev-next-label">"Volgende handreiking"</span>
                        <span>{p.title}</span>
                    </a>
                })}
            </nav>
        </article>
    }
}
