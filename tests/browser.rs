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
