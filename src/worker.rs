//! Analysis off the main thread: a Web Worker (built by Trunk from
//! `src/bin/worker.rs`) that analyses the chosen reports and sends the
//! analysis back, so the page never freezes on long reports.
//!
//! Every analysis runs here: the worker's wasm is the only one that holds
//! the analysis code, and the page's wasm stays small enough to load fast.
//! The page fetches the worker the first time it needs an analysis; the
//! embedded pair opens on one made at build time (see `build.rs`).

use gloo::worker::{HandlerId, Worker, WorkerScope};
use parallax_core::{Analysis, Input, analyze_with};
use serde::{Deserialize, Serialize};

use crate::state::AnalysisKey;

/// An [`AnalysisKey`] as it crosses to the worker and back. Messages go
/// in bincode, which cannot read the corrections' tagged JSON form, so the
/// corrections travel as JSON text inside the message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WireKey {
    reports: Vec<(String, Option<String>)>,
    corrections: String,
}

impl From<&AnalysisKey> for WireKey {
    fn from(key: &AnalysisKey) -> WireKey {
        WireKey { reports: key.reports.clone(), corrections: serde_json::to_string(&key.corrections).unwrap_or_default() }
    }
}

impl From<WireKey> for AnalysisKey {
    fn from(wire: WireKey) -> AnalysisKey {
        AnalysisKey { reports: wire.reports, corrections: serde_json::from_str(&wire.corrections).unwrap_or_default() }
    }
}

/// The reports to analyse, and the key naming them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Which reports, with which titles and corrections: returned with the
    /// analysis so the app can drop answers it no longer needs.
    key: WireKey,
    /// Each report's text and given title.
    reports: Vec<(String, Option<String>)>,
}

impl Request {
    /// A request to analyse `reports` (text and given title) as `key` says.
    pub fn new(key: &AnalysisKey, reports: Vec<(String, Option<String>)>) -> Request {
        Request { key: key.into(), reports }
    }
}

/// The analysis of a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The request's key.
    key: WireKey,
    /// The analysis, without its list of applied corrections...
    analysis: Analysis,
    /// ...which is here, as JSON, for the same reason as the key's.
    applied: String,
}

impl Response {
    fn new(key: WireKey, mut analysis: Analysis) -> Response {
        let applied = std::mem::take(&mut analysis.corrections);
        Response { key, analysis, applied: serde_json::to_string(&applied).unwrap_or_default() }
    }

    /// The key of the request and its analysis, whole again.
    pub fn into_parts(self) -> (AnalysisKey, Analysis) {
        let mut analysis = self.analysis;
        analysis.corrections = serde_json::from_str(&self.applied).unwrap_or_default();
        (self.key.into(), analysis)
    }
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
        let key = AnalysisKey::from(request.key.clone());
        let analysis = analyze_with(&inputs, &key.corrections);
        scope.respond(id, Response::new(request.key, analysis));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{Correction, Kind, analyze_with};

    /// The messages go through bincode, as gloo-worker sends them.
    fn through_bincode<T: Serialize + for<'de> Deserialize<'de>>(value: &T) -> T {
        let bytes = bincode::serialize(value).expect("serializes");
        bincode::deserialize(&bytes).expect("deserializes")
    }

    #[test]
    fn corrections_cross_to_the_worker_and_back() {
        let corrections = parallax_core::Corrections {
            items: vec![
                Correction::Retype { name: String::from("Lima"), kind: Kind::Person },
                Correction::Add { text: String::from("old quarry"), kind: Kind::Place },
            ],
        };
        let key = AnalysisKey { reports: vec![(String::from("r1"), None)], corrections: corrections.clone() };
        let texts = ["Ana Gómez visited Lima and the old quarry.", "Gómez left Lima."];
        let request = through_bincode(&Request::new(&key, texts.iter().map(|t| (t.to_string(), None)).collect()));
        assert_eq!(AnalysisKey::from(request.key.clone()), key);
        let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
        let analysis = analyze_with(&inputs, &key.corrections);
        assert_eq!(analysis.corrections, corrections, "both apply");
        let (back_key, back) = through_bincode(&Response::new(request.key.clone(), analysis.clone())).into_parts();
        assert_eq!(back_key, key);
        assert_eq!(back, analysis);
        // One report alone has no comparison, and still crosses.
        let alone = analyze_with(&inputs[..1], &Default::default());
        assert_eq!(through_bincode(&Response::new(request.key, alone.clone())).into_parts().1, alone);
    }
}
