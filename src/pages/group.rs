//! `/groep`: the facilitator's group overview. Results come in by file, by share link (the
//! `#d…` fragment, asked before adding), by scanning QR codes with the camera
//! (`components::scanner`) or from this device; the summary is computed by
//! `model::group`. A presentation view shows one part per screen for a projector.

use leptos::prelude::*;

use crate::browser::{now, today};
use crate::components::actions::{use_notices, PrintButton};
use crate::components::layout::Breadcrumb;
use crate::components::paths::href;
use crate::components::scanner::{ScanOutcome, Scanner};
use crate::components::title::use_title;
use crate::content::{self, STATEMENTS};
use crate::model::assessment::Direction;
use crate::model::dataset::Dataset;
use crate::model::group::{
    self, GroupSummary, Slide, StatementStats, ITEMS_PER_SLIDE, STATEMENTS_PER_SLIDE,
};
use crate::model::import::BundledContent;
use crate::model::words::counted;
use crate::model::{merge, share};
use crate::store::group::GroupStore;
use crate::store::Store;
use crate::transfer::download::{download_text, NOT_CONVERTED};
use crate::transfer::import::{chosen_files, read_files, readable};

/// What a received link holds, in words (one line per result).
fn describe(data: &Dataset) -> Vec<String> {
    let total = STATEMENTS.len();
    let mut lines: Vec<String> = data
        .assessments
        .iter()
        .map(|a| {
            let answered = a.answered(STATEMENTS.iter().map(|s| s.item));
            let label = if a.label.is_empty() {
                "anoniem".to_string()
            } else {
                format!("“{}”", a.label)
            };
            format!(
                "Zelftest · {} · {answered} van {total} stellingen beantwoord · {label}",
                a.role.label()
            )
        })
        .collect();
    lines.extend(data.checklists.iter().map(|c| {
        let list = content::list(&c.list).map_or("onbekende lijst", |l| l.title);
        format!("Checklist “{list}” · {}", c.title)
    }));
    lines
}

/// A scanned result in a few words: "raad, 19 antwoorden" or "checklist “Valkuilen”".
fn scanned_summary(data: &Dataset) -> String {
    let mut parts: Vec<String> = data
        .assessments
        .iter()
        .map(|a| {
            let answered = a.answered(STATEMENTS.iter().map(|s| s.item));
            let label = a.label.trim();
            let who = if label.is_empty() {
                a.role.label().to_lowercase()
            } else {
                format!("{} “{label}”", a.role.label().to_lowercase())
            };
            format!(
                "{who}, {answered} {}",
                if answered == 1 {
                    "antwoord"
                } else {
                    "antwoorden"
                }
            )
        })
        .collect();
    parts.extend(data.checklists.iter().map(|c| {
        let list = content::list(&c.list).map_or("onbekende lijst", |l| l.title);
        format!("checklist “{list}”")
    }));
    parts.join("; ")
}

fn statement_number(item: &str) -> usize {
    STATEMENTS
        .iter()
        .position(|s| s.item == item)
        .map_or(0, |i| i + 1)
}

fn statement_text(item: &str) -> String {
    content::statement(item).map_or_else(|| item.to_string(), |s| s.text.to_string())
}

/// A strong or weak point in words that say what its score means (`model::wording`).
fn point_text(item: &str, score: u32) -> String {
    let statement = content::statement(item);
    let direction = statement.map_or(crate::model::assessment::Direction::Helps, |s| {
        s.kind.direction()
    });
    format!(
        "{}. {}",
        statement_number(item),
        crate::model::wording::point(direction, score, &statement_text(item))
    )
}

/// A statement's direction (helps, or to avoid), from the content.
fn direction_of(item: &str) -> Option<Direction> {
    content::statement(item).map(|s| s.kind.direction())
}

fn summary_of(data: &Dataset) -> GroupSummary {
    group::summarize(&data.assessments, &content::assessment_scale())
}

fn replace_hash_away() {
    let location = window().location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[component]
pub fn GroupPage() -> impl IntoView {
    use_title(|| "Groepsoverzicht".to_string());
    let store = expect_context::<Store>();
    let group = GroupStore::open();
    let notices = use_notices();
    let message = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<String>::new());
    let received = RwSignal::new(None::<Dataset>);
    let presenting = RwSignal::new(false);
    let summary = Memo::new(move |_| group.data.with(summary_of));
    let lists = Memo::new(move |_| group.data.with(|d| checklist_stats(&d.checklists)));
    // After the presentation closes, focus goes back to "Presenteren" (re-created then).
    let present_ref = NodeRef::<leptos::html::Button>::new();
    let return_focus = RwSignal::new(false);
    Effect::new(move |was: Option<bool>| {
        let now_presenting = presenting.get();
        if was == Some(true) && !now_presenting {
            return_focus.set(true);
        }
        now_presenting
    });
    Effect::new(move |_| {
        if let Some(button) = present_ref.get() {
            // The old, detached button may still be held until the new one mounts.
            if return_focus.get() && button.is_connected() {
                let _ = button.focus();
                return_focus.set(false);
            }
        }
    });

    let add = move |incoming: &Dataset| {
        let (data, added) = group.data.with_untracked(|g| group::add(g, incoming));
        group.set(data);
        message.set(Some(crate::model::words::group_added(
            added.new,
            added.already,
        )));
    };

    // A share link: read the fragment, ask before adding.
    let read_fragment = move || {
        let hash = window().location().hash().unwrap_or_default();
        let Some(digits) = share::payload(&hash) else {
            return;
        };
        match share::decode(digits, &BundledContent) {
            Ok(file) => {
                errors.set(Vec::new());
                received.set(Some(file.data));
            }
            Err(e) => errors.set(vec![e.message]),
        }
        replace_hash_away();
    };
    read_fragment();
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| read_fragment());
    on_cleanup(move || on_hash.remove());

    let on_pick = move |ev: leptos::ev::Event| {
        let Some((input, files)) = chosen_files(&ev) else {
            return;
        };
        errors.set(Vec::new());
        message.set(None);
        leptos::task::spawn_local(async move {
            let picked = read_files(files).await;
            input.set_value("");
            let (good, bad) = readable(picked);
            let good: Vec<_> = good.into_iter().map(|(_, file)| file.data).collect();
            if !good.is_empty() {
                add(&merge::combine(&good));
            }
            errors.set(bad);
        });
    };

    let link_text = RwSignal::new(String::new());
    let add_link = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        message.set(None);
        let text = link_text.get_untracked();
        let fragment = text.split_once('#').map_or(text.as_str(), |(_, f)| f);
        match share::payload(fragment.trim()) {
            None => errors.set(vec![
                "Dit is geen gedeelde link van de Samenwerkingswijzer. Een gedeelde link eindigt op “#d” met een lange reeks cijfers.".into(),
            ]),
            Some(digits) => match share::decode(digits, &BundledContent) {
                Ok(file) => {
                    errors.set(Vec::new());
                    link_text.set(String::new());
                    add(&file.data);
                }
                Err(e) => errors.set(vec![e.message]),
            },
        }
    };

    let on_scan = move |text: &str| {
        match share::read_scanned(text, &BundledContent) {
        share::Scanned::Foreign => ScanOutcome::Refused(
            "Deze QR-code is geen resultaat van de Samenwerkingswijzer. Laat de deelnemer de QR-code uit “Delen” tonen.".into(),
        ),
        share::Scanned::Damaged(why) => {
            ScanOutcome::Refused(format!("Deze QR-code is niet te lezen als resultaat. {why}"))
        }
        share::Scanned::Result(file) => {
            let what = scanned_summary(&file.data);
            let (data, added) = group.data.with_untracked(|g| group::add(g, &file.data));
            group.set(data);
            if added.new > 0 {
                ScanOutcome::Added(what)
            } else {
                ScanOutcome::Already(what)
            }
        }
    }
    };

    let own = Memo::new(move |_| store.data.with(group::own_results));
    let add_own = move |_| {
        errors.set(Vec::new());
        add(&own.get_untracked());
    };

    let export_json = move |_| {
        let text = group
            .data
            .with_untracked(|d| crate::model::json::to_string_pretty(&d.stamped(&now())));
        let result = text.map_err(|_| NOT_CONVERTED.to_string()).and_then(|t| {
            download_text(
                &format!("samenwerkingswijzer-groep-{}.json", today()),
                "application/json",
                &t,
            )
        });
        if let Err(e) = result {
            notices.show(e, None);
        }
    };
    let export_csv = move |_| {
        let mut text = group::csv(&summary.get_untracked(), statement_text);
        let lists = group
            .data
            .with_untracked(|d| checklist_stats(&d.checklists));
        text.push_str(&group::checklists_csv(
            &lists,
            |list| content::list(list).map_or_else(|| list.to_string(), |l| l.title.to_string()),
            content::answers,
            |item| content::item(item).map_or_else(|| item.to_string(), |i| i.text.to_string()),
        ));
        if let Err(e) = download_text(
            &format!("samenwerkingswijzer-groep-{}.csv", today()),
            "text/csv;charset=utf-8",
            &text,
        ) {
            notices.show(e, None);
        }
    };
    let clear = move |_| {
        let before = group.data.get_untracked();
        group.set(Dataset::default());
        message.set(None);
        notices.show(
            "Het groepsoverzicht is gewist.",
            Some(std::sync::Arc::new(move || group.set(before.clone()))),
        );
    };

    let keep_here = move |_| {
        if let Some(data) = received.get_untracked() {
            let warning = store.merge_with_backup(&data);
            let done = "Bewaard op dit apparaat. Je vindt het bij Zelftest of Checklists.";
            message.set(Some(match warning {
                Some(warning) => format!("{done} {warning}"),
                None => done.to_string(),
            }));
        }
        received.set(None);
    };
    let add_received = move |_| {
        if let Some(data) = received.get_untracked() {
            add(&data);
        }
        received.set(None);
    };

    let dialog_ref = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = received.with(Option::is_some);
        if let Some(dialog) = dialog_ref.get() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });

    view! {
        <article class="page group-page">
            <Breadcrumb trail=vec![("Groepsoverzicht", None)]/>
            <h1>"Groepsoverzicht"</h1>
            <p class="lead">"Verzamel de resultaten van een werkatelier: via bestanden, gedeelde links of dit apparaat. Alles blijft op dit apparaat tot je het wist."</p>
            <dialog node_ref=dialog_ref class="import-dialog" aria-labelledby="link-kop"
                on:close=move |_: web_sys::Event| received.set(None)>
                <h2 id="link-kop">"Gedeeld resultaat ontvangen"</h2>
                <p>"Deze link bevat:"</p>
                <ul>{move || received.get().map(|d| describe(&d).into_iter().map(|l| view! { <li>{l}</li> }).collect_view())}</ul>
                <p>"Er is nog niets toegevoegd. Wat wil je ermee doen?"</p>
                <div class="dialog-actions">
                    <button type="button" on:click=add_received>"Toevoegen aan groepsoverzicht"</button>
                    <button type="button" class="secondary" on:click=keep_here>"Bewaren op dit apparaat"</button>
                    <button type="button" class="secondary" on:click=move |_| received.set(None)>"Niet toevoegen"</button>
                </div>
            </dialog>

            <section class="panel no-print" aria-labelledby="toevoegen-kop">
                <h2 id="toevoegen-kop">"Resultaten toevoegen"</h2>
                <div class="add-ways">
                    <div>
                        <label class="file-label" for="groep-bestanden">"Bestanden van deelnemers (één of meer)"</label>
                        <input id="groep-bestanden" type="file" accept=".json,application/json" multiple on:change=on_pick/>
                    </div>
                    <form on:submit=add_link>
                        <label class="file-label" for="groep-link">"Gedeelde link"</label>
                        <div class="link-row">
                            <input id="groep-link" type="url" inputmode="url" autocomplete="off"
                                prop:value=move || link_text.get()
                                on:input=move |e| link_text.set(event_target_value(&e))/>
                            <button type="submit">"Link toevoegen"</button>
                        </div>
                    </form>
                    <Scanner on_code=on_scan/>
                    <div>
                        <p class="file-label">"Van dit apparaat"</p>
                        <p class="hint">{move || own.with(|d| format!("{} en {} op dit apparaat.", counted(d.assessments.len(), "afgeronde zelftest", "afgeronde zelftests"), counted(d.checklists.len(), "checklist", "checklists")))}</p>
                        <button type="button" class="secondary" on:click=add_own
                            disabled=move || own.with(|d| d.record_count() == 0)>"Toevoegen aan groepsoverzicht"</button>
                    </div>
                </div>
                <p role="status" class="group-message">{move || message.get()}</p>
                <div role="alert">
                    {move || (!errors.with(Vec::is_empty)).then(|| view! {
                        <ul class="error-box">{errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                    })}
                </div>
                {move || group.problem.get().map(|p| view! { <p class="error-box">{p}</p> })}
            </section>

            {move || {
                let s = summary.get();
                let checklists = group.data.with(|d| d.checklists.clone());
                if presenting.get() {
                    return view! { <Presentation summary=summary checklists=lists presenting=presenting/> }.into_any();
                }
                if s.participants == 0 && checklists.is_empty() {
                    return view! { <p class="empty">"Nog geen resultaten. Voeg hierboven de resultaten van de deelnemers toe."</p> }.into_any();
                }
                view! {
                    <div class="page-actions no-print">
                        <button type="button" node_ref=present_ref on:click=move |_| presenting.set(true)>"Presenteren"</button>
                        <PrintButton/>
                        <button type="button" class="secondary" on:click=export_json>"Exporteren"</button>
                        <button type="button" class="secondary" on:click=export_csv>"Exporteren als CSV"</button>
                        <button type="button" class="danger" on:click=clear>"Groepsoverzicht wissen"</button>
                    </div>
                    <p class="hint no-print">"De CSV gebruikt puntkomma’s en UTF-8, zodat hij goed opent in Excel met Nederlandse instellingen."</p>
                    <Overview summary=s.clone()/>
                    <Members group=group/>
                    <StatementGroup summary=s.clone() direction=Direction::Helps/>
                    <StatementGroup summary=s.clone() direction=Direction::Avoid/>
                    <Differences summary=s.clone()/>
                    <Points summary=s/>
                    <ChecklistSummary checklists=checklists/>
                }.into_any()
            }}
        </article>
    }
}

#[component]
fn Overview(summary: GroupSummary) -> impl IntoView {
    view! {
        <section class="group-section" aria-labelledby="deelnemers-kop">
            <h2 id="deelnemers-kop">"Deelnemers"</h2>
            <p class="big-number"><span data-testid="deelnemers">{summary.participants}</span>{format!(" {}", crate::model::words::noun(summary.participants, "zelftest", "zelftests"))}
                {summary.overall.map(|o| view! { " · gemiddelde score "<span data-testid="gemiddelde">{o}</span>" van 100" })}</p>
            <table class="role-table">
                <caption class="visually-hidden">"Aantal deelnemers per rol"</caption>
                <thead><tr><th scope="col">"Rol"</th><th scope="col">"Aantal"</th></tr></thead>
                <tbody>
                    {summary.per_role.iter().map(|(role, n)| view! {
                        <tr data-role=role.key()><th scope="row">{role.label()}</th><td>{*n}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(!summary.labels.is_empty()).then(|| view! {
                <p>"Namen die deelnemers zelf opgaven: "{summary.labels.join(", ")}</p>
            })}
            {summary.labels.is_empty().then(|| view! { <p class="hint">"Alle zelftests zijn anoniem."</p> })}
        </section>
    }
}

/// A distribution bar: how many scored 0, 25, 50, 75 and 100, weak to strong.
#[component]
fn DistributionBar(stats: StatementStats) -> impl IntoView {
    let label = format!(
        "Verdeling van de scores: {}. Weet ik niet: {}.",
        stats
            .buckets
            .iter()
            .enumerate()
            .map(|(i, n)| format!("score {} {}×", i * 25, n))
            .collect::<Vec<_>>()
            .join(", "),
        stats.dont_know
    );
    view! {
        <div class="dist" role="img" aria-label=label>
            {stats.buckets.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| view! {
                <span class=format!("dist-part b{i}") style:flex-grow=n.to_string()>{*n}</span>
            }).collect_view()}
        </div>
    }
}

/// Every result in the group, each with "Verwijderen" (and "Ongedaan maken" after it), for
/// a result added by mistake.
#[component]
fn Members(group: GroupStore) -> impl IntoView {
    let notices = use_notices();
    let remove = move |id: String| {
        let before = group.data.get_untracked();
        group.set(group::remove(&before, &id));
        notices.show(
            "Het resultaat is uit het groepsoverzicht verwijderd.",
            Some(std::sync::Arc::new(move || group.set(before.clone()))),
        );
    };
    let rows = move || {
        group.data.with(|d| {
            let total = STATEMENTS.len();
            let mut rows: Vec<(String, String)> = d
                .assessments
                .iter()
                .map(|a| {
                    let answered = a.answered(STATEMENTS.iter().map(|s| s.item));
                    let label = if a.label.trim().is_empty() {
                        "anoniem".to_string()
                    } else {
                        format!("“{}”", a.label.trim())
                    };
                    (
                        a.id.clone(),
                        format!(
                            "Zelftest · {} · {label} · {answered} van {total} beantwoord",
                            a.role.label()
                        ),
                    )
                })
                .collect();
            rows.extend(d.checklists.iter().map(|c| {
                let list = content::list(&c.list).map_or("onbekende lijst", |l| l.title);
                (c.id.clone(), format!("Checklist “{list}” · {}", c.title))
            }));
            rows
        })
    };
    view! {
        <details class="group-section members no-print">
            <summary>{move || format!("Toegevoegde resultaten ({})", group.data.with(|d| d.record_count()))}</summary>
            <p class="hint">"Per ongeluk toegevoegd? Verwijder één resultaat; de rest blijft staan."</p>
            <ul class="member-list">
                {move || rows().into_iter().map(|(id, text)| {
                    let label = format!("Verwijderen: {text}");
                    view! {
                        <li>
                            <span>{text}</span>
                            <button type="button" class="secondary" aria-label=label on:click=move |_| remove(id.clone())>"Verwijderen"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}

/// The colours of the distribution bars, explained.
#[component]
fn DistributionLegend() -> impl IntoView {
    view! {
        <div class="dist-legend">
            <p class="legend-title">"Kleuren van de balk (score per deelnemer):"</p>
            <ul>
                {["0 · zwak", "25", "50", "75", "100 · sterk"].into_iter().enumerate().map(|(i, label)| view! {
                    <li><span class=format!("dist-swatch b{i}") aria-hidden="true"></span>{label}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// One statement group, or one page of it (`page`: index and number of pages) on a slide.
#[component]
fn StatementGroup(
    summary: GroupSummary,
    direction: Direction,
    #[prop(optional)] page: Option<(usize, usize)>,
) -> impl IntoView {
    let (title, id) = match direction {
        Direction::Helps => ("Zo helpen we", "groep-helpen"),
        Direction::Avoid => ("Wat we liever niet doen", "groep-liever-niet"),
    };
    let mut rows = group::statements_of(&summary, direction, direction_of);
    let heading = match page {
        Some((index, pages)) => {
            rows = group::page(rows, index, STATEMENTS_PER_SLIDE);
            if pages > 1 {
                format!("{title} ({} van {pages})", index + 1)
            } else {
                title.to_string()
            }
        }
        None => title.to_string(),
    };
    let first_page = page.is_none_or(|(index, _)| index == 0);
    view! {
        <section class="group-section" aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {first_page.then(|| view! {
                <p class="hint">"Score van 0 tot 100 (hoger is beter; bij “liever niet” is “nooit” 100). "
                    "Spreiding: hoe ver de scores van de deelnemers uiteenlopen, in punten (0: iedereen gaf hetzelfde; 25 of meer: de groep is het oneens)."</p>
                <DistributionLegend/>
            })}
            <ol class="group-statements">
                {rows.into_iter().map(|s| {
                    let number = statement_number(&s.item);
                    let item = s.item.clone();
                    view! {
                        <li data-item=item>
                            <p class="statement-text">{format!("{number}. {}", statement_text(&s.item))}</p>
                            <p class="statement-figures">
                                "Gemiddeld "<strong class="avg">{s.average.map_or("–".to_string(), |a| a.to_string())}</strong>
                                {format!(" · spreiding {} · weet ik niet: ", s.spread.map_or("–".to_string(), |v| v.to_string()))}
                                <span class="dont-know">{s.dont_know}</span>
                            </p>
                            <DistributionBar stats=s/>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Differences(summary: GroupSummary) -> impl IntoView {
    let rows: Vec<StatementStats> = summary.disagreements(5, 25).into_iter().cloned().collect();
    view! {
        <section class="group-section" aria-labelledby="verschil-kop">
            <h2 id="verschil-kop">"Waar de rollen het meest verschillen"</h2>
            {if rows.is_empty() {
                view! { <p class="hint">"Geen grote verschillen tussen rollen (of maar één rol)."</p> }.into_any()
            } else {
                view! {
                    <ol class="differences">
                        {rows.into_iter().map(|s| view! {
                            <li>
                                <p class="statement-text">{format!("{}. {}", statement_number(&s.item), statement_text(&s.item))}</p>
                                <p>{s.by_role.iter().map(|(r, v)| format!("{}: {v}", r.label())).collect::<Vec<_>>().join(" · ")}
                                    {format!(" (verschil {})", s.role_gap())}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Points(summary: GroupSummary) -> impl IntoView {
    let item = |s: &StatementStats| {
        let guide = content::statement(&s.item).and_then(|st| content::page_by_slug(st.guide));
        view! {
            <li data-item=s.item.clone()>
                {point_text(&s.item, s.average.unwrap_or(0))}{format!(" (gemiddeld {})", s.average.unwrap_or(0))}
                {guide.map(|g| view! { <br/><a href=href(g.path) class="inline-link">{format!("Lees: {}", g.title)}</a> })}
            </li>
        }
    };
    view! {
        <section class="group-section points" aria-labelledby="punten-kop">
            <h2 id="punten-kop">"Sterkste en zwakste punten"</h2>
            <div>
                <h3>"Sterkste punten van de groep"</h3>
                <ol class="point-list strongest">{summary.strongest(3).into_iter().map(item).collect_view()}</ol>
            </div>
            <div>
                <h3>"Hier valt voor de groep het meest te winnen"</h3>
                <ol class="point-list weakest">{summary.weakest(3).into_iter().map(item).collect_view()}</ol>
            </div>
        </section>
    }
}

/// Per bundled list: copies and the item states (items in the list's order).
fn checklist_stats(
    checklists: &[crate::model::checklist::FilledChecklist],
) -> Vec<(String, usize, Vec<group::ChecklistItemStats>)> {
    group::summarize_checklists(checklists, |list| {
        content::list(list)
            .map(|l| l.items.iter().map(|i| i.id.to_string()).collect())
            .unwrap_or_default()
    })
}

/// One filled-in list over all copies, or one page of it on a slide.
#[component]
fn ChecklistTable(
    list: String,
    copies: usize,
    items: Vec<group::ChecklistItemStats>,
    #[prop(optional)] page: Option<(usize, usize)>,
) -> impl IntoView {
    let title = content::list(&list).map_or("Onbekende lijst", |l| l.title);
    // The list's own answer words ("Vermeden / Trad op / N.v.t." for the valkuilen).
    let words = content::answers(&list);
    let mut heading = format!("Checklist: {title} ({copies}×)");
    let items: Vec<_> = match page {
        Some((index, pages)) => {
            if pages > 1 {
                heading.push_str(&format!(" ({} van {pages})", index + 1));
            }
            group::page(items, index, ITEMS_PER_SLIDE)
        }
        None => items,
    };
    view! {
        <section class="group-section checklist-summary" data-list=list.clone()>
            <h2>{heading}</h2>
            <table class="preview-table">
                <thead><tr><th scope="col">"Punt"</th><th scope="col">{words[0]}</th><th scope="col">{words[1]}</th><th scope="col">{words[2]}</th></tr></thead>
                <tbody>
                    {items.into_iter().map(|i| view! {
                        <tr data-item=i.item.clone()><td>{content::item(&i.item).map_or(i.item.clone(), |t| t.text.to_string())}</td>
                        <td>{i.done}</td><td>{i.not_done}</td><td>{i.not_applicable}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn ChecklistSummary(checklists: Vec<crate::model::checklist::FilledChecklist>) -> impl IntoView {
    checklist_stats(&checklists)
        .into_iter()
        .map(
            |(list, copies, items)| view! { <ChecklistTable list=list copies=copies items=items/> },
        )
        .collect_view()
}

/// Full-screen slides for a projector: overview, the two statement groups, differences,
/// strongest and weakest, and the checklists; each slide fits the screen (long parts are
/// split, and a slide that still overflows is scaled down). Enter, →, Page Down, space, a
/// swipe to the left or "Volgende" go on; ←, Page Up or a swipe to the right go back;
/// Escape or "Sluiten" close. Focus starts on "Volgende", so Enter goes on.
#[component]
fn Presentation(
    summary: Memo<GroupSummary>,
    checklists: Memo<Vec<(String, usize, Vec<group::ChecklistItemStats>)>>,
    presenting: RwSignal<bool>,
) -> impl IntoView {
    let slides = Memo::new(move |_| {
        checklists.with(|lists| summary.with(|s| group::slides(s, lists, direction_of)))
    });
    let count = move || slides.with(Vec::len);
    let slide = RwSignal::new(0usize);
    let next = move || slide.update(|s| *s = (*s + 1).min(count().saturating_sub(1)));
    let previous = move || slide.update(|s| *s = s.saturating_sub(1));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let on_control = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.closest("button, a").ok().flatten().is_some());
        match ev.key().as_str() {
            // Enter or Space on a focused button presses that button, as everywhere.
            "Enter" | " " if on_control => {}
            "Enter" | "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                next();
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                previous();
            }
            "Escape" => presenting.set(false),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    // Swipes on a tablet.
    let touch_start = StoredValue::new(None::<(i32, i32)>);
    let on_touch_start = move |ev: leptos::ev::TouchEvent| {
        if let Some(t) = ev.changed_touches().get(0) {
            touch_start.set_value(Some((t.client_x(), t.client_y())));
        }
    };
    let on_touch_end = move |ev: leptos::ev::TouchEvent| {
        let (Some((x0, y0)), Some(t)) = (touch_start.get_value(), ev.changed_touches().get(0))
        else {
            return;
        };
        touch_start.set_value(None);
        let (dx, dy) = (t.client_x() - x0, t.client_y() - y0);
        if dx.abs() > 60 && dx.abs() > 2 * dy.abs() {
            if dx < 0 {
                next();
            } else {
                previous();
            }
        }
    };

    // Every slide starts at its top and is scaled down if it still does not fit.
    let frame_ref = NodeRef::<leptos::html::Div>::new();
    let body_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        slide.track();
        let (Some(frame), Some(body)) = (frame_ref.get(), body_ref.get()) else {
            return;
        };
        frame.set_scroll_top(0);
        let _ = web_sys::HtmlElement::style(&body).set_property("zoom", "1");
        request_animation_frame(move || {
            // Both measured from the presentation's top (its `position: fixed` makes it the
            // offset parent of both).
            let room = f64::from(frame.offset_top() + frame.client_height() - body.offset_top());
            let needed = f64::from(body.scroll_height()) + 4.0;
            if needed > room && needed > 0.0 {
                let zoom = (room / needed).max(0.5);
                let _ =
                    web_sys::HtmlElement::style(&body).set_property("zoom", &format!("{zoom:.3}"));
            }
        });
    });
    // Focus starts on "Volgende" (not "Sluiten"), so Enter goes on.
    let next_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = next_ref.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div class="presentation" role="dialog" aria-modal="true" aria-label="Presentatie van het groepsoverzicht"
            on:touchstart=on_touch_start on:touchend=on_touch_end>
            <div class="slide" node_ref=frame_ref>
                <div class="slide-body" node_ref=body_ref data-slide=move || slide.get() + 1>
                    {move || {
                        let s = summary.get();
                        let current = slides.with(|all| all.get(slide.get()).cloned());
                        match current {
                            None | Some(Slide::Overview) => view! { <Overview summary=s/> }.into_any(),
                            Some(Slide::Statements(direction, page, pages)) => view! { <StatementGroup summary=s direction=direction page=(page, pages)/> }.into_any(),
                            Some(Slide::Differences) => view! { <Differences summary=s/> }.into_any(),
                            Some(Slide::Points) => view! { <Points summary=s/> }.into_any(),
                            Some(Slide::Checklist(list, page, pages)) => {
                                let found = checklists.with(|lists| lists.iter().find(|(l, _, _)| *l == list).cloned());
                                found.map(|(list, copies, items)| view! { <ChecklistTable list=list copies=copies items=items page=(page, pages)/> }).into_any()
                            }
                        }
                    }}
                </div>
            </div>
            <nav class="slide-nav" aria-label="Dia’s">
                <button type="button" class="secondary" on:click=move |_| previous() disabled=move || slide.get() == 0>"Vorige"</button>
                <span role="status">{move || format!("{} van {}", slide.get() + 1, count())}</span>
                <button type="button" node_ref=next_ref on:click=move |_| next() disabled=move || { slide.get() + 1 >= count() }>"Volgende"</button>
                <button type="button" class="secondary" on:click=move |_| presenting.set(false)>"Sluiten"</button>
            </nav>
        </div>
    }
}
