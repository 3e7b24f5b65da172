//! Browser unit tests (wasm-bindgen-test in headless Chromium): the store round-trips data
//! through localStorage, and components render into a real DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use samenwerkingswijzer::components::content_body::ContentBody;
use samenwerkingswijzer::content;
use samenwerkingswijzer::model::checklist::{FilledChecklist, ItemState};
use samenwerkingswijzer::model::{dataset, record};
use samenwerkingswijzer::store::{local, SaveStatus, Store, DATA_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
                "t0",
            );
            c.set_state("valkuil-01", Some(ItemState::Done), "t1");
            c
        };
        store.update(|data| record::put(&mut data.checklists, checklist.clone()));
        store.save_now();
        assert_eq!(store.status.get_untracked(), SaveStatus::Saved);
        let raw = local::read(DATA_KEY).expect("read").expect("stored");
        let stored = dataset::read(&raw).expect("readable");
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
    let _handle = mount_to(
        host_element,
        move || view! { <Router><ContentBody page=page/></Router> },
    );
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

#[wasm_bindgen_test]
fn a_full_storage_fails_visibly_keeps_the_data_and_recovers() {
    local::remove(DATA_KEY).expect("clean start");
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::open();
        let filled = fill_local_storage();
        assert!(!filled.is_empty());
        store.update(|data| {
            record::put(
                &mut data.checklists,
                a_checklist("vol-1", &"lange titel ".repeat(50), "t0"),
            )
        });
        store.save_now();
        let status = store.status.get_untracked();
        assert!(
            matches!(&status, SaveStatus::Failed(reason) if reason.contains("Exporteer")),
            "{status:?}"
        );
        // Still in memory and exportable.
        assert_eq!(store.data.get_untracked().checklists.len(), 1);
        let export = serde_json::to_string(&store.data.get_untracked()).expect("exportable");
        assert!(export.contains("vol-1"));
        // A new change does not hide the failure behind "Opslaan…".
        store.update(|data| data.checklists[0].title = "korter".into());
        assert!(matches!(
            store.status.get_untracked(),
            SaveStatus::Failed(_)
        ));
        for key in filled {
            local::remove(&key).expect("free");
        }
        store.save_now();
        assert_eq!(store.status.get_untracked(), SaveStatus::Saved);
        let stored = dataset::read(&local::read(DATA_KEY).expect("read").expect("stored"))
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
            SaveStatus::Failed(_)
        ));
        let recovery = store.recovery.get_untracked().expect("recovery offered");
        store.update(|data| record::put(&mut data.checklists, a_checklist("x", "Nieuw", "t1")));
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
        store.update(|data| {
            record::put(
                &mut data.checklists,
                a_checklist("gedeeld", "Begin", "2026-11-01T00:00:00.000Z"),
            )
        });
        store.save_now();
        // The other tab (a second store on the same storage) adds one and edits the shared one.
        let other = Store::open();
        other.update(|data| {
            record::put(
                &mut data.checklists,
                a_checklist("daar", "Uit het andere tabblad", "2026-11-02T00:00:00.000Z"),
            );
            data.checklists[0].title = "Daar veranderd".into();
            data.checklists[0].updated_at = "2026-11-03T00:00:00.000Z".into();
        });
        other.save_now();
        // This tab changed the same record, earlier, without seeing the other's write.
        store.update(|data| {
            data.checklists[0].title = "Hier veranderd".into();
            data.checklists[0].updated_at = "2026-11-02T12:00:00.000Z".into();
            record::put(
                &mut data.checklists,
                a_checklist("hier", "Uit dit tabblad", "2026-11-02T00:00:00.000Z"),
            );
        });
        store.save_now();
        let stored = dataset::read(&local::read(DATA_KEY).expect("read").expect("stored"))
            .expect("readable");
        let titles: Vec<&str> = stored.checklists.iter().map(|c| c.title.as_str()).collect();
        assert!(titles.contains(&"Daar veranderd"), "{titles:?}");
        assert!(titles.contains(&"Uit het andere tabblad"), "{titles:?}");
        assert!(titles.contains(&"Uit dit tabblad"), "{titles:?}");
        assert!(
            titles.contains(&"Hier veranderd (kopie uit ander tabblad)"),
            "{titles:?}"
        );
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
        store.update(|data| record::put(&mut data.checklists, a_checklist("oud", "Oud", "t0")));
        store.save_now();
        let before = store.data.get_untracked();
        let mut imported = before.clone();
        record::put(
            &mut imported.checklists,
            a_checklist("nieuw", "Nieuw", "t1"),
        );
        assert_eq!(store.replace_with_backup(imported), None);
        assert_eq!(store.data.get_untracked().checklists.len(), 2);
        let backup = dataset::read(&store.stored_backup().expect("backup")).expect("readable");
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
        store.update(|data| record::put(&mut data.checklists, a_checklist("x", "Hier", "t1")));
        store.save_now();
        assert_eq!(local::read(DATA_KEY).expect("read").as_deref(), Some(newer));
        assert!(matches!(
            store.status.get_untracked(),
            SaveStatus::Failed(_)
        ));
        // Still in memory, and the newer data was also kept aside.
        assert_eq!(store.data.get_untracked().checklists.len(), 1);
        let recovery = store.recovery.get_untracked().expect("recovery");
        local::remove(&recovery.key).expect("clean up");
    });
    local::remove(DATA_KEY).expect("clean up");
}
