//! The analysis worker's answers: each request the page sends, answered
//! with the analysis (of a pair, or of a story with its coverage), the
//! exports and the file import.
//!
//! Every analysis runs here: this crate's wasm (built by Trunk from
//! `src/main.rs`) is the only one that holds the analysis code, and the
//! page's wasm stays small enough to load fast. The page fetches the
//! worker the first time it needs an analysis; the embedded pair opens on
//! one made at build time (the page's `build.rs`).
//!
//! The exports (the analysis as JSON, the Markdown brief) are made here
//! too, from a fresh analysis of the same reports, and so are the files the
//! user opens reduced to report text (HTML and Markdown lose their markup):
//! their code is a sizeable part of the whole, and the page needs it only
//! when the user asks for a file or brings one. So is search, plain and by
//! pattern: the `regex` crate is linked here only.
#![deny(missing_docs)]

pub mod board;

use parallax_analysis::pattern::Pattern;
use parallax_analysis::{Input, analyze_story, analyze_with};
use parallax_formats::import::{Format, import};
use parallax_formats::{About, brief_about, to_json};
use parallax_model::search::{MAX_HITS, find};
use parallax_model::{Analysis, Span};
use parallax_protocol::{Answerer, Draft, Export, Request, Response};

/// The worker as registered: the protocol's worker, answered by [`Analyst`].
pub type AnalysisWorker = parallax_protocol::AnalysisWorker<Analyst>;

/// Answers the page's requests with the analysis.
pub enum Analyst {}

impl Answerer for Analyst {
    fn answer(request: Request) -> Response {
        match request {
            Request::Analyse { key, reports, export, sources } => {
                let analysis = analyze_with(&inputs(&reports), &key.corrections());
                match export {
                    Some(export) => {
                        let about: Vec<About<'_>> = reports
                            .iter()
                            .zip(sources.iter().map(String::as_str).chain(std::iter::repeat("")))
                            .map(|((text, title), source)| About { text, title: title.as_deref(), source })
                            .collect();
                        Response::Exported { export, contents: make(export, &analysis, &about) }
                    }
                    None => Response::analysed(key, &analysis),
                }
            }
            Request::Story { key, reports } => {
                let analysis = analyze_story(&inputs(&reports), &key.corrections());
                Response::Covered { key, board: board::board(&analysis) }
            }
            Request::Import { name, text, slot } => {
                let imported = import(&text, Format::guess(&name, &text));
                Response::Imported { draft: Draft { text: imported.text, title: imported.title, source: name }, slot }
            }
            Request::Search { id, query, pattern: true, texts } => search(id, &query, &texts),
            Request::Search { id, query, pattern: false, texts } => {
                let hits: Vec<Vec<Span>> = texts.iter().map(|text| find(text, &query)).collect();
                let more = hits.iter().any(|spans| spans.len() >= MAX_HITS);
                Response::Found { id, hits, more, error: None }
            }
        }
    }
}

/// The analysis's inputs: each report's text and given title.
fn inputs(reports: &[(String, Option<String>)]) -> Vec<Input<'_>> {
    reports
        .iter()
        .map(|(text, title)| match title {
            Some(title) => Input::titled(text, title),
            None => Input::new(text),
        })
        .collect()
}

/// The answer to search `id`: the hits of `pattern` in each of `texts`,
/// or why the pattern cannot be searched for.
fn search(id: u32, pattern: &str, texts: &[String]) -> Response {
    match Pattern::new(pattern) {
        Ok(pattern) => {
            let found: Vec<_> = texts.iter().map(|text| pattern.find(text)).collect();
            let more = found.iter().any(|hits| hits.more);
            Response::Found { id, hits: found.into_iter().map(|hits| hits.spans).collect(), more, error: None }
        }
        Err(error) => Response::Found { id, hits: Vec::new(), more: false, error: Some(error.to_string()) },
    }
}

/// The file `export` makes of `analysis`, of the reports `about` says.
fn make(export: Export, analysis: &Analysis, about: &[About<'_>]) -> String {
    match export {
        Export::Json => to_json(analysis),
        Export::Brief => brief_about(analysis, about),
    }
}
