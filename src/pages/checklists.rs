//! `/checklists` (start one, see your filled-in checklists) and `/checklists/{id}` (fill one in).

use crate::components::router::{use_param, use_query};
use leptos::prelude::*;

use crate::browser::{new_id, now, today};
use crate::components::actions::{delete_with_undo, use_notices, Notices, RecordActions};
use crate::components::done_here::leave_device;
use crate::components::form::Follow;
use crate::components::kept;
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::router::use_go;
use crate::components::share::ShareButton;
use crate::components::title::use_title;
use crate::content::{self, ContentList};
use crate::model::checklist::{self, FilledChecklist, ItemState};
use crate::model::ids::dutch_date;
use crate::model::words::{checklist_progress, counted, number};
use crate::pages::not_found::NotFound;
use crate::routes;
use crate::store::{Editing, Store};

/// Removes a checklist and offers "Ongedaan maken".
fn delete_checklist(store: Store, notices: Notices, id: &str) {
    delete_with_undo::<FilledChecklist>(store, notices, id, |c| {
        format!("Checklist “{}” is verwijderd.", c.title)
    });
}

#[component]
pub fn ChecklistsPage() -> impl IntoView {
    use_title(|| "Checklists".to_string());
    let store = expect_context::<Store>();
    let nieuw = use_query("nieuw");
    let chosen = Memo::new(move |_| {
        nieuw
            .get()
            .and_then(|id| content::list(&id))
            .filter(|l| l.checklist)
    });

    // Ticks given in the pre-rendered form before the app ran (issue 26): the list the
    // address names opens as its checklist; any other list kept on this device is listed.
    let initial = chosen.get_untracked().map(|l| l.id);
    let make: fn(&str, String) -> Option<FilledChecklist> = |raw, id| {
        crate::model::kept::checklist(raw, id, &today(), &now(), crate::components::router::decode)
    };
    Effect::new(move |_| {
        for key in crate::store::local::keys_with_prefix(crate::model::kept::CHECKLIST_PREFIX) {
            if initial.is_none_or(|list| !key.ends_with(&format!(".{list}"))) {
                kept::keep_record(store, &key, &make);
            }
        }
    });
    if let Some(list) = initial {
        let key = format!("{}{list}", crate::model::kept::CHECKLIST_PREFIX);
        let take_over = kept::take_over(store, key, routes::Page::Checklists.path(), make);
        if kept::answer_form("checklist-start", Some(list), take_over) {
            // Another list chosen in the page: the kept form (not the page's) goes.
            Effect::new(move |_| {
                if chosen.get().map(|l| l.id) != initial {
                    kept::remove_form();
                }
            });
        }
    }

    let filled = Memo::new(move |_| {
        store
            .data
            .with(|data| checklist::newest_first(&data.checklists))
    });

    view! {
        <article class="page wide">
            <Breadcrumb trail=vec![("Checklists", None)]/>
            <h1>"Checklists"</h1>
            <p class="lead">
                "Gebruik de lijsten uit de handreikingen als checklist voor een casus of een overleg. "
                "Per punt kies je een antwoord (zoals gedaan, niet gedaan of n.v.t.; bij de valkuilen: vermeden, trad op of n.v.t.) en je kunt een notitie maken. "
                "Alles wordt meteen bewaard op dit apparaat."
            </p>
            {move || chosen.get().map(|list| view! { <NewChecklistForm list=list/> })}
            <section aria-labelledby="jouw-checklists">
                <h2 id="jouw-checklists">"Jouw checklists"</h2>
                {move || {
                    let items = filled.get();
                    if items.is_empty() {
                        view! { <p class="empty">"Je hebt nog geen checklist ingevuld. Kies hieronder een lijst om te beginnen."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="record-list">
                                {items.into_iter().map(|checklist| view! { <ChecklistRow checklist=checklist/> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </section>
            <section aria-labelledby="kies-lijst">
                <h2 id="kies-lijst">"Nieuwe checklist"</h2>
                <ul class="cards">
                    {content::checklists().map(|list| {
                        let page = content::page_by_slug(list.page);
                        view! {
                            <li class="card static">
                                <h3>{list.title}</h3>
                                <p>{counted(list.items.len(), "punt", "punten")}
                                    {page.map(|p| view! { " · uit "<a href=href(p.path) class="inline-link">{p.short}</a> })}
                                </p>
                                <a href=href(&format!("{}?nieuw={}", routes::Page::Checklists.path(), list.id)) class="button secondary card-action" aria-label=format!("Starten: {}", list.title)>
                                    "Starten"
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </article>
    }
}

#[component]
fn ChecklistRow(checklist: FilledChecklist) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = use_notices();
    let list = content::list(&checklist.list);
    let total = list.map_or(0, |l| l.items.len());
    let progress = checklist.progress(list.into_iter().flat_map(|l| l.items.iter().map(|i| i.id)));
    let answered = total - progress.open;
    let id = checklist.id.clone();
    let title = checklist.display_title("Zonder titel");
    let link_text = title.clone();
    view! {
        <li class="record">
            <div class="record-main">
                <a href=href(&routes::checklist(&checklist.id)) class="record-title">{link_text}</a>
                <p class="record-meta">
                    {list.map_or("Onbekende lijst", |l| l.title)}
                    " · "{dutch_date(&checklist.date)}
                    " · "{format!("{} van {} ingevuld", number(answered), counted(total, "punt", "punten"))}
                </p>
            </div>
            <button type="button" class="danger" aria-label=format!("Verwijderen: {title}") on:click=move |_| delete_checklist(store, notices, &id)>
                "Verwijderen"
            </button>
        </li>
    }
}

#[component]
fn NewChecklistForm(list: &'static ContentList) -> impl IntoView {
    let store = expect_context::<Store>();
    let go = use_go();
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let id = new_id();
        let checklist = FilledChecklist::new(
            id.clone(),
            list.id,
            title.get_untracked(),
            date.get_untracked(),
            &now(),
        );
        store.add(checklist);
        go(&routes::checklist(&id));
    };
    view! {
        <section class="panel" id="checklist-start" aria-labelledby="nieuwe-checklist">
            <h2 id="nieuwe-checklist">{format!("Nieuwe checklist: {}", list.title)}</h2>
            <form on:submit=start class="form-grid">
                <div class="field">
                    <label for="checklist-titel">"Titel (de casus of het overleg)"</label>
                    <input id="checklist-titel" type="text" placeholder="Bijvoorbeeld: Buurtwinkel Espel"
                        on:input=move |e| title.set(event_target_value(&e)) prop:value=move || title.get()/>
                </div>
                <div class="field">
                    <label for="checklist-datum">"Datum"</label>
                    <input id="checklist-datum" type="date" on:input=move |e| date.set(event_target_value(&e)) prop:value=move || date.get()/>
                </div>
                <div class="form-actions">
                    <button type="submit">"Checklist starten"</button>
                    <a href=href(routes::Page::Checklists.path()) class="button secondary">"Annuleren"</a>
                </div>
            </form>
        </section>
    }
}

#[component]
pub fn ChecklistPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let id = use_param("id");
    let checklist = Memo::new(move |_| store.data.with(|data| data.checklist(&id.get()).cloned()));
    let list = Memo::new(move |_| {
        checklist.with(|c| {
            c.as_ref()
                .and_then(|c| content::list(&c.list))
                .map(|l| l.id)
        })
    });
    use_title(move || {
        checklist.with(|c| {
            c.as_ref()
                .map(|c| format!("Checklist {}", c.title))
                .unwrap_or_else(|| "Pagina niet gevonden".into())
        })
    });
    // Rebuilt only when another checklist is opened, never while typing.
    let key = Memo::new(move |_| (id.get(), list.get()));
    move || match key.get() {
        (id, Some(list_id)) => match content::list(list_id) {
            Some(list) => {
                view! { <ChecklistEditor id=id list=list checklist=checklist/> }.into_any()
            }
            None => view! { <NotFound/> }.into_any(),
        },
        (_, None) => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn ChecklistEditor(
    id: String,
    list: &'static ContentList,
    checklist: Memo<Option<FilledChecklist>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = use_notices();
    let go = use_go();
    let edit = store.editing::<FilledChecklist>(&id);
    let title = Follow::new(
        "titel",
        Signal::derive(move || edit.with(|c| c.title.clone())),
    );
    let date = Follow::new(
        "datum",
        Signal::derive(move || edit.with(|c| c.date.clone())),
    );
    let progress = Memo::new(move |_| {
        checklist.with(|c| {
            c.as_ref()
                .map(|c| c.progress(list.items.iter().map(|i| i.id)))
                .unwrap_or_default()
        })
    });
    let total = list.items.len();
    let page = content::page_by_slug(list.page);
    let share_data = {
        let id = id.clone();
        move || store.data.with_untracked(|data| data.single(&id))
    };
    let leave = {
        let id = id.clone();
        let go = go.clone();
        move |_| {
            let name = checklist.with_untracked(|c| {
                c.as_ref()
                    .map(|c| c.display_title(list.title))
                    .unwrap_or_default()
            });
            let contents = "met je antwoorden en notities";
            if leave_device::<FilledChecklist>(store, notices, &id, "Je checklist", &name, contents)
            {
                go(routes::Page::Checklists.path());
            }
        }
    };
    let share_note = Signal::derive(move || {
        checklist.with(|c| {
            c.as_ref()
                .map(FilledChecklist::share_note)
                .unwrap_or_default()
        })
    });
    let remove = {
        let id = id.clone();
        Callback::new(move |_| {
            delete_checklist(store, notices, &id);
            go(routes::Page::Checklists.path());
        })
    };
    let file_words = Signal::derive(move || {
        format!(
            "checklist {}",
            checklist.with(|c| c.as_ref().map(|c| c.title.clone()).unwrap_or_default())
        )
    });

    view! {
        <article class="page checklist-page">
            <Breadcrumb trail=vec![("Checklists", Some(routes::Page::Checklists.path())), (list.title, None)]/>
            <h1><span class="h1-kicker">"Checklist"</span>{move || checklist.with(|c| c.as_ref().map(|c| c.display_title(list.title)).unwrap_or_default())}</h1>
            <p class="record-meta">
                {list.title}
                {page.map(|p| view! { " · uit de handreiking "<a href=href(p.path) class="inline-link">{p.title}</a> })}
            </p>
            <div class="form-grid no-print">
                <div class="field">
                    <label for="titel">"Titel (de casus of het overleg)"</label>
                    <input id="titel" type="text" value=title.initial()
                        on:input=move |e| { let v = event_target_value(&e); edit.change(|c| c.title = v); title.reported() }/>
                </div>
                <div class="field">
                    <label for="datum">"Datum"</label>
                    <input id="datum" type="date" value=date.initial()
                        on:input=move |e| { let v = event_target_value(&e); edit.change(|c| c.date = v); date.reported() }/>
                </div>
            </div>
            <p class="print-only">{move || checklist.with(|c| c.as_ref().map(|c| format!("Datum: {}", dutch_date(&c.date))).unwrap_or_default())}</p>
            <div class="progress-line sticky-progress" role="status">
                <progress max=total value=move || total - progress.get().open></progress>
                <span>{move || {
                    let p = progress.get();
                    checklist_progress(total, [
                        (list.answer(ItemState::Done), p.done),
                        (list.answer(ItemState::NotDone), p.not_done),
                        (list.answer(ItemState::NotApplicable), p.not_applicable),
                    ])
                }}</span>
            </div>
            {(!list.lead.is_empty()).then(|| view! { <p class="checklist-lead">{list.lead}</p> })}
            <ol class="checklist-items">
                {list.items.iter().enumerate().map(|(index, item)| {
                    view! { <ChecklistItemView list=list number=index + 1 item_id=item.id text=item.text checklist=checklist edit=edit/> }
                }).collect_view()}
            </ol>
            <RecordActions id=id.clone() file_words=file_words on_delete=remove>
                <ShareButton data=share_data note=share_note/>
                <button type="button" class="secondary" on:click=leave>"Klaar op dit apparaat"</button>
            </RecordActions>
        </article>
    }
}

#[component]
fn ChecklistItemView(
    list: &'static ContentList,
    number: usize,
    item_id: &'static str,
    text: &'static str,
    checklist: Memo<Option<FilledChecklist>>,
    edit: Editing<FilledChecklist>,
) -> impl IntoView {
    let state = Memo::new(move |_| {
        checklist.with(|c| {
            c.as_ref()
                .and_then(|c| c.items.get(item_id))
                .and_then(|e| e.state)
        })
    });
    let note_id = format!("notitie-{item_id}");
    let note = Follow::new(
        &note_id,
        Signal::derive(move || edit.with(|c| c.entry(item_id).note)),
    );
    view! {
        <li class="checklist-item" class:done=move || state.get() == Some(ItemState::Done)>
            <fieldset>
                <legend><span class="item-number">{number}". "</span>{text}</legend>
                <div class="choice-row">
                    {ItemState::ALL.into_iter().map(|choice| {
                        let input_id = format!("{item_id}-{}", choice.key());
                        let label_for = input_id.clone();
                        view! {
                            <label class="choice" for=label_for class:chosen=move || state.get() == Some(choice)>
                                <input
                                    type="radio"
                                    id=input_id
                                    name=item_id
                                    value=choice.key()
                                    prop:checked=move || state.get() == Some(choice)
                                    on:change=move |_| edit.change(|c| c.set_state(item_id, Some(choice), &now()))
                                />
                                {list.answer(choice)}
                            </label>
                        }
                    }).collect_view()}
                </div>
                <p class="print-only print-state">{move || state.get().map_or("Niet ingevuld", |s| list.answer(s))}</p>
                {move || {
                    let note = checklist.with(|c| c.as_ref().map(|c| c.entry(item_id).note).unwrap_or_default());
                    (!note.trim().is_empty()).then(|| view! { <p class="print-only print-note">{note}</p> })
                }}
                <div class="field note-field">
                    <label for=note_id.clone()>{format!("Notitie bij punt {number}")}</label>
                    <textarea id=note_id rows="2"
                        on:input=move |e| { let v = event_target_value(&e); edit.change(|c| c.set_note(item_id, v, &now())); note.reported() }
                    >{note.initial()}</textarea>
                </div>
            </fieldset>
        </li>
    }
}
