//! Samenwerkingswijzer: the guidance of the Noordoostpolder Samenwerkingswijzer as a
//! client-only web app. `content` and `model` are plain Rust (tested natively); the rest is
//! the browser app and only compiles for wasm32, or natively with the `ssr` feature, which
//! renders its views to HTML at build time (`app::render`).
// The types of the views rendered to HTML natively nest deeper than the default limit.
#![cfg_attr(feature = "ssr", recursion_limit = "256")]

pub mod content;
pub mod model;
pub mod routes;
pub mod routing;

#[cfg(not(target_arch = "wasm32"))]
pub mod answer_first;

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod browser;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod pages;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod store;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod transfer;
