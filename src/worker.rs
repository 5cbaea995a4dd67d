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
///
/// Messages cross to the worker in bincode, which cannot read the
/// corrections' tagged JSON form, so corrections travel as JSON text inside
/// the message ([`Request::new`], [`Response::into_parts`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Which reports, with which titles: returned with the analysis so the
    /// app can drop answers it no longer needs.
    reports_key: Vec<(String, Option<String>)>,
    /// The key's corrections, as JSON.
    corrections: String,
    /// Each report's text and given title.
    reports: Vec<(String, Option<String>)>,
}

impl Request {
    /// A request to analyse `reports` (text and given title) as `key` says.
    pub fn new(key: &AnalysisKey, reports: Vec<(String, Option<String>)>) -> Request {
        Request {
            reports_key: key.reports.clone(),
            corrections: serde_json::to_string(&key.corrections).unwrap_or_default(),
            reports,
        }
    }

    fn key(&self) -> AnalysisKey {
        AnalysisKey {
            reports: self.reports_key.clone(),
            corrections: serde_json::from_str(&self.corrections).unwrap_or_default(),
        }
    }
}

/// The analysis of a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The request's key, as [`Request`] carries it.
    reports_key: Vec<(String, Option<String>)>,
    corrections: String,
    /// The analysis, without its list of applied corrections...
    analysis: Analysis,
    /// ...which is here, as JSON.
    applied: String,
}

impl Response {
    fn new(key: &AnalysisKey, mut analysis: Analysis) -> Response {
        let applied = std::mem::take(&mut analysis.corrections);
        Response {
            reports_key: key.reports.clone(),
            corrections: serde_json::to_string(&key.corrections).unwrap_or_default(),
            analysis,
            applied: serde_json::to_string(&applied).unwrap_or_default(),
        }
    }

    /// The key of the request and its analysis, whole again.
    pub fn into_parts(self) -> (AnalysisKey, Analysis) {
        let key = AnalysisKey {
            reports: self.reports_key,
            corrections: serde_json::from_str(&self.corrections).unwrap_or_default(),
        };
        let mut analysis = self.analysis;
        analysis.corrections = serde_json::from_str(&self.applied).unwrap_or_default();
        (key, analysis)
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
        let key = request.key();
        let corrections: &Corrections = &key.corrections;
        let analysis = analyze_with(&inputs, corrections);
        scope.respond(id, Response::new(&key, analysis));
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
        assert_eq!(request.key(), key);
        let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
        let analysis = analyze_with(&inputs, &request.key().corrections);
        assert_eq!(analysis.corrections, corrections, "both apply");
        let (back_key, back) = through_bincode(&Response::new(&request.key(), analysis.clone())).into_parts();
        assert_eq!(back_key, key);
        assert_eq!(back, analysis);
        // One report alone has no comparison, and still crosses.
        let alone = analyze_with(&inputs[..1], &Default::default());
        assert_eq!(through_bincode(&Response::new(&key, alone.clone())).into_parts().1, alone);
    }
}
