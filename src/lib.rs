//! Samenwerkingswijzer: the guidance of the Noordoostpolder Samenwerkingswijzer as a
//! client-only web app. `content` and `model` are plain Rust (tested natively); the rest is
//! the browser app and only compiles for wasm32.

pub mod content;
pub mod model;
pub mod routes;
pub mod routing;

#[cfg(not(target_arch = "wasm32"))]
pub mod answer_first;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod transfer;
