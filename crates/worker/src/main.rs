//! The analysis worker's entry point: registers the worker so the page can
//! send it reports, and exports the benchmark hooks, since this wasm is
//! the one that holds the analysis.

use gloo_worker::Registrable;
use parallax_analysis::{Input, analyze, analyze_story};
use parallax_model::Corrections;
use parallax_worker::AnalysisWorker;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    AnalysisWorker::registrar().register();
}

/// Benchmark hook: analyses `text` as one report and returns how many
/// mentions it found. `tests/bench/worker.js` calls it in a worker in
/// headless Chromium, to time the analysis as the app runs it.
#[wasm_bindgen]
pub fn analyze_for_benchmark(text: &str) -> u32 {
    let analysis = analyze(&[Input::new(text)]);
    analysis.reports.first().map_or(0, |r| r.mentions.len() as u32)
}

/// Benchmark hook: analyses and compares two reports, as the app does, and
/// returns how many passages it aligned.
#[wasm_bindgen]
pub fn compare_for_benchmark(a: &str, b: &str) -> u32 {
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    analysis.comparison.map_or(0, |c| c.passages.len() as u32)
}

/// Benchmark hook: analyses the reports of a story together and works out
/// its coverage, as the app does for its coverage view, and returns how
/// many quantities the coverage lists.
#[wasm_bindgen]
pub fn story_for_benchmark(texts: Vec<String>) -> u32 {
    let inputs: Vec<Input<'_>> = texts.iter().map(|text| Input::new(text)).collect();
    let analysis = analyze_story(&inputs, &Corrections::default());
    analysis.coverage.map_or(0, |c| (c.figures.len() + c.entities.len()) as u32)
}
