//! Analysis off the main thread: a Web Worker (built by Trunk from
//! `src/bin/worker.rs`) that analyses the chosen reports and sends the
//! analysis back, so the page never freezes on long reports. Short reports
//! are analysed on the main thread, where they take a few milliseconds.

use gloo::worker::{HandlerId, Worker, WorkerScope};
use parallax_core::{Analysis, Corrections, Input, analyze_with};
use serde::{Deserialize, Serialize};

use crate::state::AnalysisKey;

/// Reports at least this long together go to the worker.
pub const WORKER_THRESHOLD_BYTES: usize = 150_000;

/// The reports to analyse, and the key naming them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Which reports, with which titles and corrections: returned with the
    /// analysis so the app can drop answers it no longer needs.
    pub key: AnalysisKey,
    /// Each report's text and given title.
    pub reports: Vec<(String, Option<String>)>,
}

/// The analysis of a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The request's key.
    pub key: AnalysisKey,
    /// The analysis.
    pub analysis: Analysis,
}

/// The worker: one request in, one analysis out.
pub struct AnalysisWorker;

impl Worker for AnalysisWorker {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        AnalysisWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Self::Input, id: HandlerId) {
        let inputs: Vec<Input<'_>> = request
            .reports
            .iter()
            .map(|(text, title)| match title {
                Some(title) => Input::titled(text, title),
                None => Input::new(text),
            })
            .collect();
        let corrections: &Corrections = &request.key.corrections;
        let analysis = analyze_with(&inputs, corrections);
        scope.respond(id, Response { key: request.key, analysis });
    }
}
