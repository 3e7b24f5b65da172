//! Browser unit tests (wasm-bindgen-test in headless Chromium): the store round-trips data
//! through localStorage, and components render into a real DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use samenwerkingswijzer::components::content_body::ContentBody;
use samenwerkingswijzer::content;
use samenwerkingswijzer::model::checklist::{FilledChecklist, ItemState};
use samenwerkingswijzer::model::copies::MAX_RECOVERY_COPIES;
use samenwerkingswijzer::model::evaluation::Evaluation;
use samenwerkingswijzer::model::{dataset, import, merge, record};
use samenwerkingswijzer::store::{local, SaveStatus, Store, BACKUP_KEY, DATA_KEY, RECOVERY_PREFIX};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Reads stored text as the store does, at the browser's clock.
fn read_now(text: &str) -> Result<dataset::Dataset, import::ReadError> {
    import::read(text, samenwerkingswijzer::browser::now_ms())
}

#[wasm_bindgen_test]
fn local_storage_round_trips_text() {
    local::write("test.roundtrip", "één waarde ✓").expect("write");
    assert_eq!(
        local::read("test.roundtrip").expect("read").as_deref(),
        Some("één waarde ✓")
    );
    local::remove("test.roundtrip").expect("remove");
    assert_eq!(local::read("test.roundtrip").expect("read"), None);
}

#[wasm_bindgen_test]
fn the_store_saves_the_dataset_and_reads_it_back() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        let checklist = {
            let mut c = FilledChecklist::new(
                "id-1".into(),
                "valkuilen",
                "Overleg".into(),
                "2026-11-29".into(),
                "2026-11-01T00:00:00.000Z",
            );
            c.set_state(
                "valkuil-01",
                Some(ItemState::Done),
                "2026-11-02T00:00:00.000Z",
            );
            c
        };
        store.add(checklist.clone());
        store.save_now();
        assert_eq!(store.status.get_untracked(), SaveStatus::Saved);
        let raw = local::read(DATA_KEY).expect("read").expect("stored");
        let stored = read_now(&raw).expect("readable");
        assert_eq!(stored.checklists, vec![checklist]);
        // A new store (a reload) sees the same data.
        let reopened = Store::open();
        assert_eq!(reopened.data.get_untracked().checklists.len(), 1);
    });
}

#[wasm_bindgen_test]
fn unreadable_stored_data_is_kept_aside_not_overwritten() {
    local::write(DATA_KEY, "{ dit is geen json").expect("write");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        let recovery = store.recovery.get_untracked().expect("recovery offered");
        assert_eq!(recovery.raw, "{ dit is geen json");
        assert_eq!(
            local::read(&recovery.key).expect("read").as_deref(),
            Some("{ dit is geen json")
        );
        local::remove(&recovery.key).expect("clean up");
    });
    local::remove(DATA_KEY).expect("clean up");
}

#[wasm_bindgen_test]
fn a_content_page_renders_its_list_with_ids_and_the_checklist_action() {
    let document = document();
    let host = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let page = content::page_by_slug("valkuilen").expect("page");
    let host_element: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host.clone());
    let _handle = mount_to(host_element, move || view! { <ContentBody page=page/> });
    let item = document
        .get_element_by_id("valkuil-04")
        .expect("item rendered with its id");
    assert_eq!(
        item.text_content().as_deref(),
        Some("Van een klankbordgroep consensus verwachten.")
    );
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("Gebruik als checklist"), "{text}");
}

fn a_checklist(id: &str, title: &str, now: &str) -> FilledChecklist {
    FilledChecklist::new(id.into(), "valkuilen", title.into(), String::new(), now)
}

/// Fills localStorage until nothing fits any more; returns the keys written.
fn fill_local_storage() -> Vec<String> {
    let mut keys = Vec::new();
    let mut size = 256 * 1024;
    while size >= 1 {
        let key = format!("test.vulling.{}", keys.len());
        if local::write(&key, &"x".repeat(size)).is_ok() {
            keys.push(key);
        } else {
            size /= 2;
        }
    }
    keys
}

/// A message people read: a whole Dutch sentence (or more), capital first, full stop last.
fn is_complete(message: &str) -> bool {
    message.chars().next().is_some_and(char::is_uppercase) && message.ends_with('.')
}

#[wasm_bindgen_test]
fn every_storage_message_is_complete_dutch_without_serdes_english() {
    let detail = "key must be a string at line 1 column 2";
    for error in [
        local::StoreError::Unavailable,
        local::StoreError::WriteFailed("QuotaExceededError".into()),
        local::StoreError::Serialize(detail.into()),
    ] {
        let message = error.message();
        assert!(is_complete(&message), "{message}");
        assert!(
            !message.contains("key must") && !message.contains("Quota"),
            "{message}"
        );
    }
}

#[wasm_bindgen_test]
fn a_full_storage_fails_visibly_keeps_the_data_and_recovers() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        let filled = fill_local_storage();
        assert!(!filled.is_empty());
        store.add(a_checklist(
            "vol-1",
            &"lange titel ".repeat(50),
            "2026-11-01T00:00:00.000Z",
        ));
        store.save_now();
        let status = store.status.get_untracked();
        assert!(
            matches!(&status, SaveStatus::Failed(reason) if reason.contains("Exporteer") && is_complete(reason)),
            "{status:?}"
        );
        // Still in memory and exportable.
        assert_eq!(store.data.get_untracked().checklists.len(), 1);
        let export = serde_json::to_string(&store.data.get_untracked()).expect("exportable");
        assert!(export.contains("vol-1"));
        // A new change does not hide the failure behind "Opslaan…".
        assert!(store.edit::<FilledChecklist>("vol-1", |c| c.title = "korter".into()));
        assert!(matches!(
            store.status.get_untracked(),
            SaveStatus::Failed(_)
        ));
        for key in filled {
            local::remove(&key).expect("free");
        }
        store.save_now();
        assert_eq!(store.status.get_untracked(), SaveStatus::Saved);
        let stored = read_now(&local::read(DATA_KEY).expect("read").expect("stored"))
            .expect("readable");
        assert_eq!(stored.checklists[0].title, "korter");
    });
    local::remove(DATA_KEY).expect("clean up");
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_never_overwritten() {
    let newer = r#"{"format":"samenwerkingswijzer","version":99,"checklists":[]}"#;
    local::write(DATA_KEY, newer).expect("write");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        assert!(matches!(
            store.status.get_untracked(),
            SaveStatus::Failed(reason) if is_complete(&reason)
        ));
        let recovery = store.recovery.get_untracked().expect("recovery offered");
        store.add(a_checklist("x", "Nieuw", "2026-11-02T00:00:00.000Z"));
        // Typing goes on, but nothing is ever "being saved" over the newer data.
        assert!(store.edit::<FilledChecklist>("x", |c| c.title = "Nieuwer".into()));
        assert!(matches!(
            store.status.get_untracked(),
            SaveStatus::Failed(_)
        ));
        store.save_now();
        assert_eq!(local::read(DATA_KEY).expect("read").as_deref(), Some(newer));
        local::remove(&recovery.key).expect("clean up");
    });
    local::remove(DATA_KEY).expect("clean up");
}

#[wasm_bindgen_test]
fn a_save_merges_what_another_tab_stored_meanwhile() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        store.add(a_checklist("gedeeld", "Begin", "2026-11-01T00:00:00.000Z"));
        // The other tab (a second store on the same storage) adds one and edits the shared one.
        let other = Store::open();
        other.add(a_checklist(
            "daar",
            "Uit het andere tabblad",
            "2026-11-02T00:00:00.000Z",
        ));
        assert!(other.edit::<FilledChecklist>("gedeeld", |c| c.title = "Daar veranderd".into()));
        other.save_now();
        // This tab changed the same record too, without seeing the other's write, and adds
        // one (which saves at once).
        assert!(store.edit::<FilledChecklist>("gedeeld", |c| c.title = "Hier veranderd".into()));
        store.add(a_checklist(
            "hier",
            "Uit dit tabblad",
            "2026-11-02T00:00:00.000Z",
        ));
        let stored =
            read_now(&local::read(DATA_KEY).expect("read").expect("stored")).expect("readable");
        let titles: Vec<&str> = stored.checklists.iter().map(|c| c.title.as_str()).collect();
        assert!(titles.contains(&"Uit het andere tabblad"), "{titles:?}");
        assert!(titles.contains(&"Uit dit tabblad"), "{titles:?}");
        // Both versions of the record changed in both tabs are kept: the newer one (this
        // tab's, stamped later) as it is, the other as a marked copy.
        assert!(titles.contains(&"Hier veranderd"), "{titles:?}");
        assert!(
            titles.contains(&"Daar veranderd (kopie uit ander tabblad)"),
            "{titles:?}"
        );
        assert_eq!(titles.len(), 4, "{titles:?}");
        assert!(store.sync_message.get_untracked().is_some());
    });
    local::remove(DATA_KEY).expect("clean up");
}

#[wasm_bindgen_test]
fn an_import_can_be_undone_and_leaves_a_backup() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        store.add(a_checklist("oud", "Oud", "2026-11-01T00:00:00.000Z"));
        let before = store.data.get_untracked();
        let mut imported = before.clone();
        record::put(
            &mut imported.checklists,
            a_checklist("nieuw", "Nieuw", "2026-11-02T00:00:00.000Z"),
        );
        assert_eq!(store.replace_with_backup(imported), None);
        assert_eq!(store.data.get_untracked().checklists.len(), 2);
        let backup = read_now(&store.stored_backup().expect("backup")).expect("readable");
        assert_eq!(backup.checklists, before.checklists);
        assert!(store.undo_last());
        assert_eq!(store.data.get_untracked().checklists, before.checklists);
        assert_eq!(store.status.get_untracked(), SaveStatus::Saved);
    });
    local::remove(DATA_KEY).expect("clean up");
}

#[wasm_bindgen_test]
fn newer_data_written_by_another_tab_stops_this_tab_from_writing() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        let newer = r#"{"format":"samenwerkingswijzer","version":42}"#;
        // Another tab, running a newer app, stored its data.
        local::write(DATA_KEY, newer).expect("write");
        store.add(a_checklist("x", "Hier", "2026-11-02T00:00:00.000Z"));
        store.save_now();
        assert_eq!(local::read(DATA_KEY).expect("read").as_deref(), Some(newer));
        assert!(matches!(
            store.status.get_untracked(),
            SaveStatus::Failed(reason) if is_complete(&reason)
        ));
        // Still in memory, and the newer data was also kept aside.
        assert_eq!(store.data.get_untracked().checklists.len(), 1);
        let recovery = store.recovery.get_untracked().expect("recovery");
        local::remove(&recovery.key).expect("clean up");
    });
    local::remove(DATA_KEY).expect("clean up");
}

/// What the browser does in every other tab after a write: a `storage` event.
fn deliver_storage_event() {
    js_sys::eval(
        "window.dispatchEvent(new StorageEvent('storage', { key: 'samenwerkingswijzer', \
         newValue: localStorage.getItem('samenwerkingswijzer') }))",
    )
    .expect("storage event");
}

fn stored() -> dataset::Dataset {
    read_now(&local::read(DATA_KEY).expect("read").expect("stored")).expect("readable")
}

#[wasm_bindgen_test]
fn two_tabs_on_one_evaluation_keep_both_changes() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        // Tab A makes the evaluation; tab B opens it.
        let a = Store::open();
        a.add(Evaluation::new(
            "ev-1".into(),
            "Dorpshuis".into(),
            "2026-11-01T00:00:00.000Z",
        ));
        let b = Store::open();
        // Tab B types a place and it is saved; tab A hears of it.
        assert!(b.edit::<Evaluation>("ev-1", |e| e.place = "Espel".into()));
        b.save_now();
        deliver_storage_event();
        // Tab A changes the title: applied to the stored record, so the place stays.
        assert!(a.edit::<Evaluation>("ev-1", |e| e.title = "Dorpshuis Espel".into()));
        a.save_now();
        let evaluations = stored().evaluations;
        assert_eq!(evaluations.len(), 1, "{evaluations:?}");
        assert_eq!(evaluations[0].title, "Dorpshuis Espel");
        assert_eq!(evaluations[0].place, "Espel");
        assert!(evaluations[0].updated_at.as_str() > "2026-11-01T00:00:00.000Z");
    });
    local::remove(DATA_KEY).expect("clean up");
}

#[wasm_bindgen_test]
fn two_tabs_changing_one_evaluation_at_once_lose_nothing() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        let a = Store::open();
        a.add(Evaluation::new(
            "ev-2".into(),
            "Haven".into(),
            "2026-11-01T00:00:00.000Z",
        ));
        let b = Store::open();
        // Tab A types (not yet saved) while tab B saves a change to the same evaluation.
        assert!(a.edit::<Evaluation>("ev-2", |e| e.title = "Haven Urk".into()));
        assert!(b.edit::<Evaluation>("ev-2", |e| e.place = "Urk".into()));
        b.save_now();
        deliver_storage_event();
        a.save_now();
        let evaluations = stored().evaluations;
        // The store's rule: the newer version stays, the other is kept as a marked copy.
        // Which one is newer depends on whether the two edits fell in the same millisecond
        // (then a fixed tie-break decides), so the test checks the rule, not one outcome.
        assert_eq!(evaluations.len(), 2, "{evaluations:?}");
        let mine = evaluations
            .iter()
            .find(|e| e.title.starts_with("Haven Urk") && e.place.is_empty())
            .expect("tab A's version is kept");
        let theirs = evaluations
            .iter()
            .find(|e| e.place == "Urk" && !e.title.starts_with("Haven Urk"))
            .expect("tab B's version is kept");
        let marked = |e: &Evaluation| e.title.ends_with(merge::CONFLICT_SUFFIX);
        assert!(
            marked(mine) != marked(theirs),
            "exactly one is the copy: {evaluations:?}"
        );
        let (kept, copy) = if marked(mine) {
            (theirs, mine)
        } else {
            (mine, theirs)
        };
        assert_eq!(kept.id, "ev-2", "the kept version has the original id");
        assert_ne!(copy.id, "ev-2");
        assert!(
            kept.updated_at >= copy.updated_at,
            "the newer version is kept: {evaluations:?}"
        );
        assert!(a.sync_message.get_untracked().is_some());
    });
    local::remove(DATA_KEY).expect("clean up");
}

#[wasm_bindgen_test]
fn an_edit_that_changes_nothing_is_not_stamped_or_saved() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        store.add(a_checklist("zelfde", "Titel", "2026-11-01T00:00:00.000Z"));
        assert_eq!(store.status.get_untracked(), SaveStatus::Saved);
        assert!(!store.edit::<FilledChecklist>("zelfde", |c| c.title = "Titel".into()));
        assert!(!store.edit::<FilledChecklist>("bestaat-niet", |c| c.title = "x".into()));
        assert_eq!(store.status.get_untracked(), SaveStatus::Saved);
        assert_eq!(
            store.data.get_untracked().checklists[0].updated_at,
            "2026-11-01T00:00:00.000Z"
        );
        // A real change is stamped by the store and shows "Opslaan…" until written.
        assert!(store.edit::<FilledChecklist>("zelfde", |c| c.title = "Anders".into()));
        assert_eq!(store.status.get_untracked(), SaveStatus::Saving);
        assert_ne!(
            store.data.get_untracked().checklists[0].updated_at,
            "2026-11-01T00:00:00.000Z"
        );
        store.save_now();
        assert_eq!(stored().checklists[0].title, "Anders");
    });
    local::remove(DATA_KEY).expect("clean up");
}

/// Removes every key of the app (tests share one page's localStorage).
fn clear_app_keys() {
    for key in local::keys_with_prefix(DATA_KEY) {
        local::remove(&key).expect("remove");
    }
}

/// Lets the clock move on, so keys made of the time differ.
fn tick() {
    let start = js_sys::Date::now();
    while js_sys::Date::now() < start + 3.0 {}
}

#[wasm_bindgen_test]
fn unreadable_data_is_copied_aside_once_however_often_it_is_loaded_or_announced() {
    clear_app_keys();
    local::write(DATA_KEY, "{ kapot").expect("write");
    let owner = Owner::new();
    owner.with(|| {
        for _ in 0..3 {
            let store = Store::open();
            assert!(store.recovery.get_untracked().is_some());
            tick();
        }
        // Another tab writes the same unreadable text again: no new copy either.
        for _ in 0..3 {
            deliver_storage_event();
            tick();
        }
        assert_eq!(local::keys_with_prefix(RECOVERY_PREFIX).len(), 1);
    });
    clear_app_keys();
}

#[wasm_bindgen_test]
fn recovery_copies_stop_at_their_bound_and_then_nothing_is_written_over() {
    clear_app_keys();
    let owner = Owner::new();
    owner.with(|| {
        for round in 0..=MAX_RECOVERY_COPIES {
            let raw = format!("{{ kapot {round}");
            local::write(DATA_KEY, &raw).expect("write");
            let store = Store::open();
            tick();
            if round < MAX_RECOVERY_COPIES {
                assert_eq!(store.status.get_untracked(), SaveStatus::Idle, "{round}");
                continue;
            }
            // No room for another copy: the unreadable data stays where it is.
            assert!(matches!(store.status.get_untracked(), SaveStatus::Failed(m) if m.contains("Verwijder oude kopieën")));
            store.add(a_checklist("x", "Nieuw", "2026-11-02T00:00:00.000Z"));
            store.save_now();
            assert_eq!(local::read(DATA_KEY).expect("read"), Some(raw));
        }
        assert_eq!(
            local::keys_with_prefix(RECOVERY_PREFIX).len(),
            MAX_RECOVERY_COPIES
        );
    });
    clear_app_keys();
}

#[wasm_bindgen_test]
fn every_import_keeps_a_backup_and_the_last_three_can_be_put_back() {
    clear_app_keys();
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        for n in 1..=4 {
            store.add(a_checklist(
                &format!("c-{n}"),
                "Voor import",
                "2026-11-01T00:00:00.000Z",
            ));
            let mut imported = store.data.get_untracked();
            record::put(
                &mut imported.checklists,
                a_checklist(&format!("i-{n}"), "Import", "2026-11-02T00:00:00.000Z"),
            );
            assert_eq!(store.replace_with_backup(imported), None);
            tick();
        }
        // Now 8 checklists; the backups hold 7, 5 and 3 (before the last three imports).
        let backups = store.backups();
        let sizes: Vec<usize> = backups.iter().map(|b| b.counts[2]).collect();
        assert_eq!(sizes, vec![7, 5, 3]);
        assert_eq!(backups[0].key, BACKUP_KEY);
        assert!(backups.iter().all(|b| b.time.starts_with("20")));
        // As after a reload: a new store puts back the oldest one.
        let reopened = Store::open();
        let oldest = reopened.backups()[2].key.clone();
        assert_eq!(reopened.restore_backup(&oldest), Ok(None));
        assert_eq!(reopened.data.get_untracked().checklists.len(), 3);
        assert_eq!(stored().checklists.len(), 3);
        // What was there is now the newest backup, and "Ongedaan maken" works.
        assert_eq!(reopened.backups()[0].counts[2], 8);
        assert!(reopened.undo_last());
        assert_eq!(stored().checklists.len(), 8);
    });
    clear_app_keys();
}

#[wasm_bindgen_test]
fn alles_verwijderen_leaves_no_key_of_the_app_and_undo_puts_everything_back() {
    clear_app_keys();
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        store.add(a_checklist("c-1", "Eigen", "2026-11-01T00:00:00.000Z"));
        let mut imported = store.data.get_untracked();
        record::put(
            &mut imported.checklists,
            a_checklist("c-2", "Import", "2026-11-02T00:00:00.000Z"),
        );
        store.replace_with_backup(imported);
        store.exported(true);
        local::write(
            "samenwerkingswijzer-groep",
            r#"{"format":"samenwerkingswijzer","version":1,"assessments":[{"id":"g"}]}"#,
        )
        .expect("group");
        local::write(&format!("{RECOVERY_PREFIX}2026"), "{ kapot").expect("recovery");
        let before: Vec<(String, Option<String>)> = local::keys_with_prefix(DATA_KEY)
            .into_iter()
            .map(|k| {
                let v = local::read(&k).expect("read");
                (k, v)
            })
            .collect();
        assert!(before.len() >= 5, "{before:?}");

        let cleared = store.clear_everything();
        assert_eq!(local::keys_with_prefix(DATA_KEY), Vec::<String>::new());
        assert_eq!(store.data.get_untracked().record_count(), 0);
        assert!(store.undo.get_untracked().is_none());
        assert!(!store.undo_last());
        // A reload finds nothing and offers nothing to put back.
        let reopened = Store::open();
        assert_eq!(reopened.data.get_untracked().record_count(), 0);
        assert!(reopened.backups().is_empty());
        assert!(reopened.recovery_keys().is_empty());

        store.undo_clear(cleared);
        let mut after: Vec<(String, Option<String>)> = local::keys_with_prefix(DATA_KEY)
            .into_iter()
            .map(|k| {
                let v = local::read(&k).expect("read");
                (k, v)
            })
            .collect();
        let mut expected = before.clone();
        after.sort();
        expected.sort();
        assert_eq!(after.len(), expected.len());
        for ((key, value), (old_key, old_value)) in after.iter().zip(&expected) {
            assert_eq!(key, old_key);
            if key != DATA_KEY {
                assert_eq!(value, old_value, "{key}");
            }
        }
        assert_eq!(stored().checklists.len(), 2);
    });
    clear_app_keys();
}

#[wasm_bindgen_test]
fn klaar_op_dit_apparaat_takes_the_record_out_of_every_copy() {
    clear_app_keys();
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        store.add(a_checklist("mijn", "Van mij", "2026-11-01T00:00:00.000Z"));
        store.add(a_checklist(
            "ander",
            "Van een ander",
            "2026-11-01T00:00:00.000Z",
        ));
        // An import after it: the backup holds both.
        let mut imported = store.data.get_untracked();
        record::put(
            &mut imported.checklists,
            a_checklist("nieuw", "Import", "2026-11-02T00:00:00.000Z"),
        );
        store.replace_with_backup(imported);
        // A readable recovery copy holding it, and an unreadable one mentioning it.
        let readable = format!("{RECOVERY_PREFIX}2026-a");
        local::write(
            &readable,
            &local::read(DATA_KEY).expect("read").expect("data"),
        )
        .expect("write");
        let unreadable = format!("{RECOVERY_PREFIX}2026-b");
        local::write(&unreadable, r#"{ kapot "mijn""#).expect("write");

        assert_eq!(store.forget_copies("mijn"), 2);
        let ids = |data: &dataset::Dataset| -> Vec<String> {
            data.checklists.iter().map(|c| c.id.clone()).collect()
        };
        let backup = read_now(&store.stored_backup().expect("backup")).expect("readable");
        assert_eq!(ids(&backup), vec!["ander"]);
        let copy =
            read_now(&local::read(&readable).expect("read").expect("kept")).expect("readable");
        assert_eq!(ids(&copy), vec!["ander", "nieuw"]);
        // What cannot be read is left for /gegevens: it may hold other people's data.
        assert!(local::read(&unreadable).expect("read").is_some());
        // The import's "Ongedaan maken" no longer brings it back either.
        assert_eq!(
            ids(&store.undo.get_untracked().expect("undo")),
            vec!["ander"]
        );
        // Nothing left to take out.
        assert_eq!(store.forget_copies("mijn"), 0);
    });
    clear_app_keys();
}

#[wasm_bindgen_test]
fn stored_data_of_an_older_version_is_copied_once_before_it_is_written_over() {
    let old =
        r#"{"version":0,"checklists":[{"id":"oud","list":"valkuilen","title":"Van vroeger"}]}"#;
    let copy_key = samenwerkingswijzer::model::migrate::copy_key(0);
    local::remove(&copy_key).expect("clean start");
    local::write(DATA_KEY, old).expect("write");
    let copies = || local::keys_with_prefix(samenwerkingswijzer::model::migrate::COPY_PREFIX);
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        assert_eq!(store.data.get_untracked().checklists.len(), 1);
        assert_eq!(local::read(&copy_key).expect("read").as_deref(), Some(old));
        // Opened again (a reload): no second copy.
        let _again = Store::open();
        assert_eq!(copies(), vec![copy_key.clone()]);
        // Writing the migrated data over it leaves the copy as it was.
        assert!(store.edit::<FilledChecklist>("oud", |c| c.title = "Nu".into()));
        store.save_now();
        assert_eq!(store.status.get_untracked(), SaveStatus::Saved);
        assert_ne!(local::read(DATA_KEY).expect("read").as_deref(), Some(old));
        assert_eq!(local::read(&copy_key).expect("read").as_deref(), Some(old));
    });
    local::remove(&copy_key).expect("clean up");
    local::remove(DATA_KEY).expect("clean up");
}

#[wasm_bindgen_test]
fn the_store_writes_back_what_a_newer_version_stored() {
    let newer = r#"{"format":"samenwerkingswijzer","version":1,"perspectives":[1],"assessments":[{"id":"a","createdAt":"2026-11-01T00:00:00.000Z","updatedAt":"2026-11-01T00:00:00.000Z","role":"wethouder","answers":{}}],"checklists":[{"id":"c","createdAt":"2026-11-01T00:00:00.000Z","updatedAt":"2026-11-01T00:00:00.000Z","list":"valkuilen","title":"Oud","nieuw":{"veld":true},"items":{"valkuil-01":{"state":"done","extra":2}}}]}"#;
    local::write(DATA_KEY, newer).expect("write");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        assert_eq!(store.recovery.get_untracked(), None);
        assert!(store.edit::<FilledChecklist>("c", |c| c.title = "Nieuw".into()));
        store.save_now();
        let written: serde_json::Value =
            serde_json::from_str(&local::read(DATA_KEY).expect("read").expect("stored"))
                .expect("JSON");
        let before: serde_json::Value = serde_json::from_str(newer).expect("JSON");
        assert_eq!(written["perspectives"], before["perspectives"]);
        assert_eq!(written["assessments"], before["assessments"]);
        assert_eq!(
            written["checklists"][0]["nieuw"],
            before["checklists"][0]["nieuw"]
        );
        assert_eq!(
            written["checklists"][0]["items"],
            before["checklists"][0]["items"]
        );
        assert_eq!(written["checklists"][0]["title"], "Nieuw");
    });
    local::remove(DATA_KEY).expect("clean up");
}
