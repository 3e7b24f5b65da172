//! `/werkbladen` (the four worksheets: yours, and start a new one) and `/werkbladen/{id}`
//! (fill one in; `voorbeeld-woningbouw` shows the seed's housing example to copy).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::browser::{new_id, now};
use crate::components::actions::{delete_with_undo, use_notices, Notices, RecordActions};
use crate::components::form::{focus_later, options, ChoiceGroup, TextField};
use crate::components::layout::Breadcrumb;
use crate::components::paths::{href, use_go};
use crate::components::title::use_title;
use crate::content;
use crate::model::evaluation::{matter_label, ParticipationLevel, MATTERS};
use crate::model::worksheet::{
    factor_from, housing_example, newest_first, usage_of, werkvorm_title, werkvormen_in,
    ChoiceOption, ChoiceQuestion, Decider, Factor, Kind, Werkvorm, Worksheet, HOUSING_EXAMPLE,
};
use crate::pages::not_found::NotFound;
use crate::store::Store;

/// Removes a worksheet and offers "Ongedaan maken".
fn delete_sheet(store: Store, notices: Notices, id: &str) {
    delete_with_undo::<Worksheet>(store, notices, id, |w| {
        format!("Werkblad “{}” verwijderd", w.display_title())
    });
}

/// Stores a new sheet and opens it (`go` from [`use_go`]).
fn open_new(store: Store, go: &dyn Fn(&str), sheet: Worksheet) {
    let id = sheet.id.clone();
    store.add(sheet);
    go(&format!("/werkbladen/{id}"));
}

#[component]
pub fn WorksheetsPage() -> impl IntoView {
    use_title(|| "Werkbladen".to_string());
    let store = expect_context::<Store>();
    let query = use_query_map();
    // `?soort=werkvormen`: only that kind (the link from its handreiking page).
    let only = Memo::new(move |_| {
        query
            .with(|q| q.get("soort"))
            .and_then(|k| Kind::from_key(&k))
    });
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
                        w.kind,
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
            {move || only.get().map(|_| view! { <p><A href=href("/werkbladen") attr:class="inline-link">"Alle werkbladen tonen"</A></p> })}
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
                                                <A href=href(&format!("/werkbladen/{id}")) attr:class="record-title">{link_text}</A>
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
                                    {page.map(|p| view! { " Uit "<A href=href(p.path) attr:class="inline-link">{p.short}</A>"." })}
                                </p>
                                <div class="form-actions card-action">
                                    <button type="button" class="secondary" aria-label=format!("Nieuw werkblad: {}", kind.label())
                                        on:click=move |_| start(kind)>"Nieuw werkblad"</button>
                                    {(kind == Kind::ChoiceQuestions).then(|| view! {
                                        <A href=href(&format!("/werkbladen/{HOUSING_EXAMPLE}")) attr:class="button secondary">"Voorbeeld: woningbouwproject"</A>
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

#[component]
pub fn WorksheetPage() -> impl IntoView {
    let params = use_params_map();
    let store = expect_context::<Store>();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    // Rebuilt only when another sheet is opened or the sheet appears or goes, never while typing.
    let found = Memo::new(move |_| {
        let id = id.get();
        store
            .data
            .with(|d| d.worksheet(&id).map(|w| (w.id.clone(), w.kind)))
    });
    use_title(move || {
        let id = id.get();
        if id == HOUSING_EXAMPLE {
            return "Werkbladen: voorbeeld woningbouwproject".into();
        }
        store.data.with(|d| {
            d.worksheet(&id)
                .map(|w| format!("Werkbladen: {}", w.display_title()))
                .unwrap_or_else(|| "Pagina niet gevonden".into())
        })
    });
    move || {
        if id.get() == HOUSING_EXAMPLE {
            return view! { <HousingExample/> }.into_any();
        }
        match found.get() {
            Some((id, kind)) => view! { <SheetEditor id=id kind=kind/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// The seed's housing example, read-only, with a button to copy it into your own sheets.
#[component]
fn HousingExample() -> impl IntoView {
    let store = expect_context::<Store>();
    let go = use_go();
    let example = housing_example(HOUSING_EXAMPLE.into(), &now(), new_id);
    let copy = {
        let example = example.clone();
        move |_| open_new(store, &go, example.duplicate(new_id(), &now()))
    };
    let page = content::page_by_slug(Kind::ChoiceQuestions.page());
    view! {
        <article class="page worksheet-page">
            <Breadcrumb trail=vec![("Werkbladen", Some("/werkbladen")), ("Voorbeeld woningbouwproject", None)]/>
            <h1><span class="h1-kicker">"Werkblad"</span>"Voorbeeld: keuzevragen bij een woningbouwproject"</h1>
            <p class="lead">
                "De drie keuzevragen uit de handreiking "
                {page.map(|p| view! { <A href=href(p.path) attr:class="inline-link">{p.title}</A> })}
                ", uitgewerkt als werkblad. Kopieer het om het voor jullie eigen project aan te passen."
            </p>
            <p class="no-print"><button type="button" on:click=copy>"Kopiëren en bewerken"</button></p>
            <ol class="sheet-rows">
                {example.questions.into_iter().map(|q| view! {
                    <li class="sheet-row">
                        <h2 class="row-title">{q.question}</h2>
                        <ul>
                            {q.options.into_iter().map(|o| view! {
                                <li><strong>{o.text}</strong>{(!o.pro.is_empty()).then(|| format!(" — voor: {}", o.pro))}</li>
                            }).collect_view()}
                        </ul>
                        <p>{format!(
                            "Politiek relevant: {}. {} Wie besluit: {}.",
                            if q.political == Some(true) { "ja" } else { "nee" },
                            q.why,
                            q.decides.map_or("nog open", |d| d.label()).to_lowercase()
                        )}</p>
                    </li>
                }).collect_view()}
            </ol>
        </article>
    }
}

/// The sheet being edited; every change goes through the store (`Store::edit`).
#[derive(Clone, Copy)]
struct Sheet {
    id: StoredValue<String>,
    store: Store,
}

impl Sheet {
    fn change(self, f: impl FnOnce(&mut Worksheet)) {
        let id = self.id.get_value();
        self.store.edit::<Worksheet>(&id, f);
    }

    fn read<T: Default>(self, f: impl FnOnce(&Worksheet) -> T) -> T {
        let id = self.id.get_value();
        self.store
            .data
            .with_untracked(|d| d.worksheet(&id).map(f).unwrap_or_default())
    }

    /// The ids of the rows picked by `rows`, tracked: for `<For>`.
    fn ids(self, rows: fn(&Worksheet) -> Vec<String>) -> Memo<Vec<String>> {
        let id = self.id;
        let store = self.store;
        Memo::new(move |_| {
            store
                .data
                .with(|d| id.with_value(|id| d.worksheet(id).map(rows).unwrap_or_default()))
        })
    }
}

fn row<'a, T>(rows: &'a mut [T], id: &str, key: fn(&T) -> &str) -> Option<&'a mut T> {
    rows.iter_mut().find(|r| key(r) == id)
}

#[component]
fn SheetEditor(id: String, kind: Kind) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = use_notices();
    let go = use_go();
    let sheet = Sheet {
        id: StoredValue::new(id.clone()),
        store,
    };
    let (title, subject) = sheet.read(|w| (w.title.clone(), w.subject.clone()));
    let heading = Memo::new(move |_| {
        store.data.with(|d| {
            sheet
                .id
                .with_value(|id| d.worksheet(id).map(Worksheet::display_title))
                .unwrap_or_default()
        })
    });
    let remove = Callback::new(move |_| {
        sheet.id.with_value(|id| delete_sheet(store, notices, id));
        go("/werkbladen");
    });
    let file_words = Signal::derive(move || format!("werkblad {}", heading.get()));
    let page = content::page_by_slug(kind.page());
    let subject_label = match kind {
        Kind::ChoiceQuestions => Some("Onderwerp"),
        Kind::Canvas => Some("De nieuwe situatie"),
        _ => None,
    };
    let body = match kind {
        Kind::ChoiceQuestions => view! { <QuestionRows sheet=sheet/> }.into_any(),
        Kind::Canvas => view! { <CanvasRows sheet=sheet/> }.into_any(),
        Kind::Werkvormen => view! { <WerkvormRows sheet=sheet/> }.into_any(),
        Kind::SuccessFactors => view! { <FactorRows sheet=sheet/> }.into_any(),
    };
    view! {
        <article class="page worksheet-page">
            <Breadcrumb trail=vec![("Werkbladen", Some("/werkbladen")), (kind.label(), None)]/>
            <h1><span class="h1-kicker">{format!("Werkblad · {}", kind.label())}</span>{move || heading.get()}</h1>
            <p class="lead">{kind.purpose()}
                {page.map(|p| view! { " Uit de handreiking "<A href=href(p.path) attr:class="inline-link">{p.title}</A>"." })}
            </p>
            <div class="form-grid">
                <TextField id="werkblad-titel".into() label="Titel" value=title
                    on_input=move |v: String| sheet.change(|w| w.title = v)/>
                {subject_label.map(|label| view! {
                    <TextField id="werkblad-onderwerp".into() label=label value=subject
                        on_input=move |v: String| sheet.change(|w| w.subject = v)/>
                })}
            </div>
            {body}
            <RecordActions id=sheet.id.get_value() file_words=file_words on_delete=remove/>
        </article>
    }
}

// ---------------------------------------------------------------------------------------
// Politieke keuzevraagstukken
// ---------------------------------------------------------------------------------------

fn question<'a>(w: &'a mut Worksheet, id: &str) -> Option<&'a mut ChoiceQuestion> {
    row(&mut w.questions, id, |q| &q.id)
}

#[component]
fn QuestionRows(sheet: Sheet) -> impl IntoView {
    let ids = sheet.ids(|w| w.questions.iter().map(|q| q.id.clone()).collect());
    view! {
        <h2>"Keuzevragen"</h2>
        <ol class="sheet-rows">
            <For each=move || ids.get() key=|id| id.clone() children=move |qid| {
                let q = sheet.read(|w| w.questions.iter().find(|q| q.id == qid).cloned()).unwrap_or_default();
                let number = {
                    let qid = qid.clone();
                    Signal::derive(move || ids.with(|all| all.iter().position(|x| *x == qid).map_or(0, |i| i + 1)))
                };
                let (a, b, c, d, e, f, g) = (qid.clone(), qid.clone(), qid.clone(), qid.clone(), qid.clone(), qid.clone(), qid.clone());
                let initial_options = q.options.clone();
                let option_ids = {
                    let qid = qid.clone();
                    Memo::new(move |_| sheet.store.data.with(|data| sheet.id.with_value(|id| {
                        data.worksheet(id)
                            .and_then(|w| w.questions.iter().find(|q| q.id == qid))
                            .map(|q| q.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>())
                            .unwrap_or_default()
                    })))
                };
                view! {
                    <li class="sheet-row">
                        <TextField id=format!("vraag-{qid}") label="Keuzevraag" multiline=true value=q.question
                            on_input=move |v: String| sheet.change(|w| if let Some(q) = question(w, &a) { q.question = v })/>
                        <ol class="sheet-options">
                            <For each=move || option_ids.get() key=|id| id.clone() children=move |oid| {
                                let o = initial_options.iter().find(|o| o.id == oid).cloned().unwrap_or_default();
                                let option = move |w: &mut Worksheet, qid: &str, oid: &str, f: Box<dyn FnOnce(&mut ChoiceOption)>| {
                                    if let Some(o) = question(w, qid).and_then(|q| row(&mut q.options, oid, |o| &o.id)) { f(o) }
                                };
                                let ids = StoredValue::new((g.clone(), oid.clone()));
                                view! {
                                    <li class="sheet-option">
                                        <TextField id=format!("optie-{oid}") label="Optie" value=o.text
                                            on_input=move |v: String| ids.with_value(|(q, o)| sheet.change(|w| option(w, q, o, Box::new(|o| o.text = v))))/>
                                        <div class="field-row">
                                            <TextField id=format!("optie-{oid}-voor") label="Belangen voor" multiline=true value=o.pro
                                                on_input=move |v: String| ids.with_value(|(q, o)| sheet.change(|w| option(w, q, o, Box::new(|o| o.pro = v))))/>
                                            <TextField id=format!("optie-{oid}-tegen") label="Belangen tegen" multiline=true value=o.con
                                                on_input=move |v: String| ids.with_value(|(q, o)| sheet.change(|w| option(w, q, o, Box::new(|o| o.con = v))))/>
                                        </div>
                                        <button type="button" class="secondary" on:click=move |_| ids.with_value(|(q, o)| sheet.change(|w| if let Some(q) = question(w, q) { q.options.retain(|x| &x.id != o) }))>
                                            "Optie verwijderen"
                                        </button>
                                    </li>
                                }
                            }/>
                        </ol>
                        <button type="button" class="secondary" on:click=move |_| {
                            let oid = new_id();
                            sheet.change(|w| if let Some(q) = question(w, &b) { q.options.push(ChoiceOption { id: oid.clone(), ..ChoiceOption::default() }) });
                            focus_later(format!("optie-{oid}"));
                        }>"Optie toevoegen"<span class="visually-hidden">{move || format!(" bij vraag {}", number.get())}</span></button>
                        <ChoiceGroup legend="Is dit politiek relevant?" name=format!("politiek-{qid}")
                            options=vec![("ja".into(), "Ja".into()), ("nee".into(), "Nee".into())]
                            selected=q.political.map(|p| if p { "ja".into() } else { "nee".into() })
                            on_change=Callback::new(move |k: String| sheet.change(|w| if let Some(q) = question(w, &c) { q.political = Some(k == "ja") }))/>
                        <TextField id=format!("waarom-{qid}") label="Waarom (niet)?" multiline=true value=q.why
                            on_input=move |v: String| sheet.change(|w| if let Some(q) = question(w, &d) { q.why = v })/>
                        <ChoiceGroup legend="Wie besluit?" name=format!("besluit-{qid}")
                            options=options(&Decider::ALL, Decider::key, Decider::label)
                            selected=q.decides.map(|d| d.key().to_string())
                            on_change=Callback::new(move |k: String| sheet.change(|w| if let Some(q) = question(w, &e) { q.decides = Decider::from_key(&k) }))/>
                        <button type="button" class="secondary" on:click=move |_| { let id = f.clone(); sheet.change(|w| w.questions.retain(|q| q.id != id)) }>
                            "Vraag verwijderen"<span class="visually-hidden">{move || format!(" (vraag {})", number.get())}</span>
                        </button>
                    </li>
                }
            }/>
        </ol>
        <button type="button" class="no-print" on:click=move |_| {
            let qid = new_id();
            let question = ChoiceQuestion::new(qid.clone(), new_id);
            sheet.change(|w| w.questions.push(question));
            focus_later(format!("vraag-{qid}"));
        }>"Keuzevraag toevoegen"</button>
    }
}

// ---------------------------------------------------------------------------------------
// Maatwerkcanvas
// ---------------------------------------------------------------------------------------

#[component]
fn CanvasRows(sheet: Sheet) -> impl IntoView {
    let store = sheet.store;
    let (linked, entries) = sheet.read(|w| (w.evaluation.clone(), w.matters.clone()));
    let evaluations: Vec<(String, String)> = store.data.with_untracked(|d| {
        d.evaluations
            .iter()
            .map(|e| (e.id.clone(), e.title.clone()))
            .collect()
    });
    let linked_id = RwSignal::new(linked.clone());
    let has_evaluations = !evaluations.is_empty();
    view! {
        {has_evaluations.then(|| view! {
            <div class="field">
                <label for="canvas-evaluatie">"Gekoppelde evaluatie (optioneel)"</label>
                <select id="canvas-evaluatie" on:change=move |e| {
                    let v = event_target_value(&e);
                    let v = (!v.is_empty()).then_some(v);
                    linked_id.set(v.clone());
                    sheet.change(|w| w.evaluation = v);
                }>
                    <option value="" selected=linked.is_none()>"Geen evaluatie"</option>
                    {evaluations.into_iter().map(|(id, title)| {
                        let selected = linked.as_deref() == Some(id.as_str());
                        view! { <option value=id selected=selected>{if title.trim().is_empty() { "Zonder titel".to_string() } else { title }}</option> }
                    }).collect_view()}
                </select>
            </div>
        })}
        <h2>"De zeven zaken"</h2>
        <ol class="sheet-rows">
            {MATTERS.iter().map(|&matter| {
                let entry = entries.get(matter).cloned().unwrap_or_default();
                let from_evaluation = move || {
                    let id = linked_id.get()?;
                    store.data.with(|d| d.evaluation(&id).map(|e| e.matter(matter))).filter(|r| !r.is_empty()).map(|r| {
                        view! { <p class="hint">"Uit de evaluatie — "{r.summary()}</p> }
                    })
                };
                view! {
                    <li class="sheet-row">
                        <h3 class="row-title">{matter_label(matter)}</h3>
                        {from_evaluation}
                        <div class="field-row">
                            <TextField id=format!("{matter}-hier") label="Wat speelt hier?" multiline=true value=entry.here
                                on_input=move |v: String| sheet.change(|w| { w.matters.entry(matter.to_string()).or_default().here = v; })/>
                            <TextField id=format!("{matter}-vraagt") label="Wat vraagt dat van ons?" multiline=true value=entry.asks
                                on_input=move |v: String| sheet.change(|w| { w.matters.entry(matter.to_string()).or_default().asks = v; })/>
                        </div>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

// ---------------------------------------------------------------------------------------
// Werkvormenregister
// ---------------------------------------------------------------------------------------

fn werkvorm<'a>(w: &'a mut Worksheet, id: &str) -> Option<&'a mut Werkvorm> {
    row(&mut w.werkvormen, id, |v| &v.id)
}

#[component]
fn WerkvormRows(sheet: Sheet) -> impl IntoView {
    let store = sheet.store;
    // Werkvormen named in evaluations since the register was made are shown after the stored
    // rows; they are stored with the first change to one of them, never just by opening.
    let to_add = Memo::new(move |_| {
        store.data.with(|d| {
            sheet.id.with_value(|id| {
                d.worksheet(id)
                    .map(|w| w.werkvormen_to_add(&d.evaluations))
                    .unwrap_or_default()
            })
        })
    });
    let stored = sheet.ids(|w| w.werkvormen.iter().map(|v| v.id.clone()).collect());
    let ids = Memo::new(move |_| {
        let mut ids = stored.get();
        to_add.with(|rows| ids.extend(rows.iter().map(|r| r.id.clone())));
        ids
    });
    let usages = Memo::new(move |_| store.data.with(|d| werkvormen_in(&d.evaluations)));
    let levels = options(
        ParticipationLevel::ALL,
        ParticipationLevel::key,
        ParticipationLevel::label,
    );
    let ratings: Vec<(String, String)> = (1..=5).map(|n| (n.to_string(), n.to_string())).collect();
    view! {
        <p class="hint">"Werkvormen die in evaluaties worden genoemd, komen er vanzelf bij, met hoe die evaluaties scoorden op de zeven zaken."</p>
        <ol class="sheet-rows">
            <For each=move || ids.get() key=|id| id.clone() children=move |vid| {
                let stored_row = sheet.read(|w| w.werkvormen.iter().find(|v| v.id == vid).cloned());
                let v = stored_row
                    .or_else(|| to_add.with_untracked(|rows| rows.iter().find(|r| r.id == vid).cloned()))
                    .unwrap_or_default();
                let key = StoredValue::new(vid.clone());
                // A row from the evaluations is stored (with the others shown, in their
                // order, so no row moves) when it is first changed.
                let set = move |f: Box<dyn FnOnce(&mut Werkvorm)>| {
                    let shown = to_add.get_untracked();
                    key.with_value(|id| sheet.change(|w| {
                        for row in &shown {
                            w.keep_werkvorm(row);
                        }
                        if let Some(v) = werkvorm(w, id) { f(v) }
                    }))
                };
                let name = RwSignal::new(v.name.clone());
                let usage = move || name.with(|n| usages.with(|u| usage_of(u, n).map(|u| {
                    let score = u.average.map_or("geen scores".to_string(), |a| format!("gemiddelde score {}", crate::model::words::one_decimal(a)));
                    format!("In {} gebruikt · {score}", crate::model::words::counted(u.evaluations.len(), "evaluatie", "evaluaties"))
                })));
                view! {
                    <li class="sheet-row">
                        <h3 class="row-title">{move || name.with(|n| werkvorm_title(n))}</h3>
                        {move || usage().map(|text| view! { <p class="badge">{text}</p> })}
                        <div class="field-row">
                            <TextField id=format!("werkvorm-{vid}") label="Naam" value=v.name
                                on_input=move |x: String| { name.set(x.clone()); set(Box::new(|v| v.name = x)) }/>
                            <TextField id=format!("werkvorm-{vid}-doel") label="Doel" value=v.goal
                                on_input=move |x: String| set(Box::new(|v| v.goal = x))/>
                        </div>
                        <ChoiceGroup legend="Niveau van participatie" name=format!("niveau-{vid}") options=levels.clone()
                            selected=v.level.map(|l| l.key().to_string())
                            on_change=Callback::new(move |k: String| set(Box::new(move |v| v.level = ParticipationLevel::from_key(&k))))/>
                        <TextField id=format!("werkvorm-{vid}-voor-wie") label="Voor wie werkt het?" multiline=true value=v.for_whom
                            hint="Denk ook aan deelnemers die minder sterk zijn in praten of schrijven."
                            on_input=move |x: String| set(Box::new(|v| v.for_whom = x))/>
                        <div class="field-row">
                            <TextField id=format!("werkvorm-{vid}-werkte") label="Wanneer werkte het?" multiline=true value=v.worked
                                on_input=move |x: String| set(Box::new(|v| v.worked = x))/>
                            <TextField id=format!("werkvorm-{vid}-niet") label="Wanneer werkte het niet?" multiline=true value=v.did_not_work
                                on_input=move |x: String| set(Box::new(|v| v.did_not_work = x))/>
                        </div>
                        <ChoiceGroup legend="Oordeel (1 = werkt slecht, 5 = werkt goed)" name=format!("oordeel-{vid}") options=ratings.clone()
                            selected=v.rating.map(|r| r.to_string())
                            on_change=Callback::new(move |k: String| set(Box::new(move |v| v.rating = k.parse().ok())))/>
                        {move || key.with_value(|id| stored.with(|s| s.contains(id))).then(|| view! {
                            <button type="button" class="secondary no-print" on:click=move |_| key.with_value(|id| sheet.change(|w| w.werkvormen.retain(|v| &v.id != id)))>
                                "Werkvorm verwijderen"<span class="visually-hidden">{move || format!(" ({})", name.get())}</span>
                            </button>
                        })}
                    </li>
                }
            }/>
        </ol>
        <button type="button" class="no-print" on:click=move |_| {
            let vid = new_id();
            sheet.change(|w| w.werkvormen.push(Werkvorm { id: vid.clone(), ..Werkvorm::default() }));
            focus_later(format!("werkvorm-{vid}"));
        }>"Werkvorm toevoegen"</button>
    }
}

// ---------------------------------------------------------------------------------------
// Succesfactoren voor maatschappelijke initiatieven
// ---------------------------------------------------------------------------------------

#[component]
fn FactorRows(sheet: Sheet) -> impl IntoView {
    let store = sheet.store;
    let to_take = Memo::new(move |_| {
        store.data.with(|d| {
            sheet.id.with_value(|id| {
                d.worksheet(id)
                    .map(|w| {
                        w.lessons_to_take(&d.evaluations)
                            .iter()
                            .map(|l| (factor_from(l, String::new()), l.evaluation.title.clone()))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    });
    let ids = sheet.ids(|w| w.factors.iter().map(|f| f.id.clone()).collect());
    view! {
        <section class="panel no-print" aria-labelledby="lessen-initiatieven">
            <h2 id="lessen-initiatieven">"Lessen over initiatieven uit jullie evaluaties"</h2>
            <p class="hint">"In een evaluatie kun je bij een les aanvinken dat die over maatschappelijke initiatieven gaat. Die lessen verschijnen hier."</p>
            {move || {
                let lessons = to_take.get();
                if lessons.is_empty() {
                    view! { <p class="empty">"Er zijn geen nieuwe lessen over initiatieven."</p> }.into_any()
                } else {
                    view! {
                        <ul class="record-list">
                            {lessons.into_iter().map(|(factor, case)| {
                                let label = format!("Overnemen: {}", factor.text);
                                let text = factor.text.clone();
                                view! {
                                    <li class="record">
                                        <div class="record-main"><p>{text}</p><p class="record-meta">{format!("Uit: {case}")}</p></div>
                                        <button type="button" class="secondary" aria-label=label on:click=move |_| {
                                            let factor = Factor { id: new_id(), ..factor.clone() };
                                            sheet.change(|w| w.factors.push(factor));
                                        }>"Overnemen"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
        <h2>"Succesfactoren"</h2>
        <ol class="sheet-rows">
            <For each=move || ids.get() key=|id| id.clone() children=move |fid| {
                let f = sheet.read(|w| w.factors.iter().find(|f| f.id == fid).cloned()).unwrap_or_default();
                let key = StoredValue::new(fid.clone());
                let set = move |change: Box<dyn FnOnce(&mut Factor)>| key.with_value(|id| sheet.change(|w| if let Some(f) = row(&mut w.factors, id, |f| &f.id) { change(f) }));
                let source = f.source.as_ref().and_then(|s| store.data.with_untracked(|d| d.evaluation(&s.evaluation).map(|e| e.title.clone())));
                view! {
                    <li class="sheet-row">
                        <TextField id=format!("factor-{fid}") label="Succesfactor" multiline=true value=f.text
                            on_input=move |x: String| set(Box::new(|f| f.text = x))/>
                        {source.map(|title| view! { <p class="hint">{format!("Uit de evaluatie: {title}")}</p> })}
                        <TextField id=format!("factor-{fid}-toelichting") label="Toelichting (optioneel)" value=f.note
                            on_input=move |x: String| set(Box::new(|f| f.note = x))/>
                        <button type="button" class="secondary no-print" on:click=move |_| key.with_value(|id| sheet.change(|w| w.factors.retain(|f| &f.id != id)))>
                            "Succesfactor verwijderen"
                        </button>
                    </li>
                }
            }/>
        </ol>
        <button type="button" class="no-print" on:click=move |_| {
            let fid = new_id();
            sheet.change(|w| w.factors.push(Factor { id: fid.clone(), ..Factor::default() }));
            focus_later(format!("factor-{fid}"));
        }>"Succesfactor toevoegen"</button>
    }
}
