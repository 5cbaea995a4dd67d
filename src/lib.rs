//! The Parallax web app: a thin Yew UI over `parallax-core`.
//!
//! The UI renders an [`parallax_core::Analysis`]; it never re-derives one.
//! User actions become [`state::Action`]s, the reducer in [`state`] turns
//! them into a new [`state::State`], and components turn state into HTML.

pub mod app;
pub mod components;
pub mod download;
pub mod fatal;
pub mod hooks;
pub mod library;
pub mod notice;
pub mod reports;
pub mod route;
pub mod share;
pub mod state;
pub mod storage;
pub mod theme;
pub mod worker;

/// Mounts the app on the page's `<body>`, replacing the loading line that
/// `index.html` shows while the wasm loads.
pub fn start() {
    fatal::install();
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    yew::Renderer::<app::App>::new().render();
}

/// Benchmark hook: analyses `text` as one report and returns how many
/// mentions it found. `scripts/bench` calls it in headless Chromium through
/// `window.wasmBindings`, to time the analysis as the app runs it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn analyze_for_benchmark(text: &str) -> u32 {
    let analysis = parallax_core::analyze(&[parallax_core::Input::new(text)]);
    analysis.reports.first().map_or(0, |r| r.mentions.len() as u32)
}

/// Benchmark hook: analyses and compares two reports, as the app does, and
/// returns how many passages it aligned.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn compare_for_benchmark(a: &str, b: &str) -> u32 {
    let analysis = parallax_core::analyze(&[parallax_core::Input::new(a), parallax_core::Input::new(b)]);
    analysis.comparison.map_or(0, |c| c.passages.len() as u32)
}
