//! `/werkbladen`: your worksheets (last edited first) and "Nieuw werkblad" for each kind.

use leptos::prelude::*;

use crate::browser::{new_id, now};
use crate::components::actions::use_notices;
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::components::title::use_title;
use crate::content;
use crate::model::worksheet::example::HOUSING_EXAMPLE;
use crate::model::worksheet::{newest_first, Kind, Worksheet};
use crate::pages::worksheets::{delete_sheet, open_new};
use crate::routes;
use crate::store::Store;

#[component]
pub fn WorksheetsPage() -> impl IntoView {
    use_title(|| "Werkbladen".to_string());
    let store = expect_context::<Store>();
    let soort = crate::components::router::use_query("soort");
    // `?soort=werkvormen`: only that kind (the link from its handreiking page).
    let only = Memo::new(move |_| soort.get().and_then(|k| Kind::from_key(&k)));
    let kinds = move || {
        Kind::ALL
            .into_iter()
            .filter(|k| only.get().is_none_or(|o| o == *k))
            .collect::<Vec<_>>()
    };
    let sheets = Memo::new(move |_| {
        store.data.with(|data| {
            newest_first(&data.worksheets, only.get())
                .into_iter()
                .map(|w| {
                    (
                        w.id.clone(),
                        w.display_title(),
                        w.kind(),
                        w.updated_at.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let go = use_go();
    let start = move |kind: Kind| {
        let sheet = store
            .data
            .with_untracked(|d| Worksheet::start(new_id(), kind, &d.evaluations, &now(), new_id));
        open_new(store, &go, sheet);
    };
    let notices = use_notices();

    view! {
        <article class="page wide">
            <Breadcrumb trail=vec![("Werkbladen", None)]/>
            <h1>"Werkbladen"</h1>
            <p class="lead">
                "Werkbladen bij de handreikingen: keuzevragen ontleden, maatwerk voorbereiden, werkvormen evalueren "
                "en succesfactoren voor initiatieven verzamelen. Alles wordt meteen bewaard op dit apparaat."
            </p>
            {move || only.get().map(|_| view! { <p><a href=href(routes::Page::Worksheets.path()) class="inline-link">"Alle werkbladen tonen"</a></p> })}
            <section aria-labelledby="jouw-werkbladen">
                <h2 id="jouw-werkbladen">"Jouw werkbladen"</h2>
                {move || {
                    let items = sheets.get();
                    if items.is_empty() {
                        view! { <p class="empty">"Je hebt nog geen werkblad. Begin hieronder een nieuw werkblad."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="record-list">
                                {items.into_iter().map(|(id, title, kind, updated)| {
                                    let remove_id = id.clone();
                                    let link_text = title.clone();
                                    view! {
                                        <li class="record">
                                            <div class="record-main">
                                                <a href=href(&routes::worksheet(&id)) class="record-title">{link_text}</a>
                                                <p class="record-meta">{kind.label()}" · bewerkt "{crate::browser::local_date(&updated)}</p>
                                            </div>
                                            <button type="button" class="danger" aria-label=format!("Verwijderen: {title}")
                                                on:click=move |_| delete_sheet(store, notices, &remove_id)>"Verwijderen"</button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </section>
            <section aria-labelledby="nieuw-werkblad">
                <h2 id="nieuw-werkblad">"Nieuw werkblad"</h2>
                <ul class="cards">
                    {move || kinds().into_iter().map(|kind| {
                        let start = start.clone();
                        let page = content::page_by_slug(kind.page());
                        view! {
                            <li class="card static">
                                <h3>{kind.label()}</h3>
                                <p>{kind.purpose()}
                                    {page.map(|p| view! { " Uit "<a href=href(p.path) class="inline-link">{p.short}</a>"." })}
                                </p>
                                <div class="form-actions card-action">
                                    <button type="button" class="secondary" aria-label=format!("Nieuw werkblad: {}", kind.label())
                                        on:click=move |_| start(kind)>"Nieuw werkblad"</button>
                                    {(kind == Kind::ChoiceQuestions).then(|| view! {
                                        <a href=href(&routes::worksheet(HOUSING_EXAMPLE)) class="button secondary">"Voorbeeld: woningbouwproject"</a>
                                    })}
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </article>
    }
}
