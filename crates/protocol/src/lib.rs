//! The messages between the page and its analysis worker, and the worker
//! type both sides name.
//!
//! The page asks ([`Request`]) and the worker answers ([`Response`]), one
//! answer per request, in order. gloo-worker carries the messages in
//! bincode, which the page writes and reads by hand ([`to_worker`],
//! [`from_worker`]); an analysis travels inside them in the model's own wire form
//! ([`parallax_model::wire`]), whose reader is far smaller in the page
//! than serde's.
//!
//! This crate holds no analysis: the page depends on it to talk to the
//! worker, and only the worker crate, which implements [`Answerer`] with
//! the analysis, links the code that answers.
#![deny(missing_docs)]

mod board;
mod envelope;

use std::marker::PhantomData;

pub mod json;
pub mod stored;

use gloo_worker::{HandlerId, Worker, WorkerScope};
use parallax_model::{Analysis, Corrections, Span, wire};
use serde::{Deserialize, Serialize};

pub use board::{Board, Cell, Row, Section, Tone};
pub use envelope::{FromWorker, from_worker, to_worker};

/// Which reports an analysis is of, with which titles and corrections:
/// sent with a request and returned with its analysis, so the page can
/// drop answers it no longer needs.
///
/// The corrections travel as JSON text: bincode cannot read their tagged
/// JSON form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Key {
    /// Each report's id and given title, in order.
    pub reports: Vec<(String, Option<String>)>,
    /// The corrections, as JSON.
    pub corrections: String,
}

impl Key {
    /// The key of `reports` (id and given title) with `corrections`.
    pub fn new(reports: Vec<(String, Option<String>)>, corrections: &Corrections) -> Key {
        Key { reports, corrections: serde_json::to_string(corrections).unwrap_or_default() }
    }

    /// The corrections the key carries; none if they cannot be read.
    pub fn corrections(&self) -> Corrections {
        json::corrections(&self.corrections).unwrap_or_default()
    }
}

/// A file made of the analysis of a pair of reports, for the user to save.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Export {
    /// The analysis as JSON (see `docs/analysis-schema.md`).
    Json,
    /// A Markdown summary of the comparison.
    Brief,
}

impl Export {
    /// The name the file is offered under.
    pub fn file_name(self) -> &'static str {
        match self {
            Export::Json => "parallax-analysis.json",
            Export::Brief => "parallax-brief.md",
        }
    }

    /// The file's media type.
    pub fn mime(self) -> &'static str {
        match self {
            Export::Json => "application/json",
            Export::Brief => "text/markdown",
        }
    }
}

/// A report the user is adding: text with optional title and source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The report's text.
    pub text: String,
    /// A title, if the user gave one.
    pub title: Option<String>,
    /// Where it comes from ("pasted", a file name, a URL the user typed).
    pub source: String,
}

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Analyse reports, to show their analysis or make an export of it.
    Analyse {
        /// Which reports, with which titles and corrections.
        key: Key,
        /// Each report's text and given title.
        reports: Vec<(String, Option<String>)>,
        /// An export to make instead of an analysis to show.
        export: Option<Export>,
        /// Where each report came from (its outlet, address or file), for
        /// an export to name; empty for an analysis to show.
        sources: Vec<String>,
    },
    /// Reduce a file the user opened to report text, for slot A (0) or B (1).
    Import {
        /// The file's name, which tells its format.
        name: String,
        /// The file's text.
        text: String,
        /// The slot the report goes to.
        slot: usize,
    },
    /// Search the reports' texts, ignoring accents and case: for words
    /// (from a word's start, as `parallax_model::search::find` does), or
    /// for a regular expression.
    Search {
        /// Names the search, so the page can drop an answer to an older one.
        id: u32,
        /// What the user typed.
        query: String,
        /// Whether the query is a regular expression.
        pattern: bool,
        /// Each report's original text, in order.
        texts: Vec<String>,
    },
    /// Analyse the reports of a story together: answered with their
    /// coverage ([`parallax_model::Coverage`]) laid out as a [`Board`].
    Story {
        /// The story's reports, in order, with which titles and corrections.
        key: Key,
        /// Each report's text and given title.
        reports: Vec<(String, Option<String>)>,
    },
}

/// The worker's answer to a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The analysis of the reports of a request.
    Analysed {
        /// The request's key.
        key: Key,
        /// The analysis in the model's wire form.
        #[serde(with = "serde_bytes")]
        analysis: Vec<u8>,
    },
    /// The export a request asked for.
    Exported {
        /// Which export.
        export: Export,
        /// The file's contents.
        contents: String,
    },
    /// A file made into a report, for the slot the request named.
    Imported {
        /// The report to add.
        draft: Draft,
        /// Slot A (0) or B (1).
        slot: usize,
    },
    /// The hits of a search, or why its pattern cannot be searched for.
    Found {
        /// The request's id.
        id: u32,
        /// Each report's hits, as spans of its original text (sorted,
        /// non-overlapping, on `char` boundaries); empty if `error` is given.
        hits: Vec<Vec<Span>>,
        /// Whether a report had more hits than were sent.
        more: bool,
        /// The message that tells the user what is wrong with the pattern.
        error: Option<String>,
    },
    /// The coverage of the story of a request.
    Covered {
        /// The request's key.
        key: Key,
        /// The coverage, laid out.
        board: Board,
    },
}

impl Response {
    /// The answer to an analysis request: `analysis` in the wire form.
    pub fn analysed(key: Key, analysis: &Analysis) -> Response {
        Response::Analysed { key, analysis: wire::encode(analysis) }
    }
}

/// What answers the page's requests: the analysis, in the worker crate.
pub trait Answerer: 'static {
    /// The answer to `request`.
    fn answer(request: Request) -> Response;
}

/// The analysis worker: one request in, one answer out, given by `A`.
///
/// The worker registers `AnalysisWorker<its answerer>`; the page starts it
/// and speaks to it in gloo-worker's messages ([`to_worker`],
/// [`from_worker`]), so the page's wasm never holds the code that answers.
///
/// The page talks to the worker without gloo-worker's bridge, which keeps
/// the browser's worker to itself: the page must be able to terminate a
/// worker that is stuck in a long job and start another.
pub struct AnalysisWorker<A: Answerer>(PhantomData<A>);

impl<A: Answerer> Worker for AnalysisWorker<A> {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        AnalysisWorker(PhantomData)
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Self::Input, id: HandlerId) {
        scope.respond(id, A::answer(request));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::{Correction, Kind};

    /// The messages go through bincode, as gloo-worker sends them.
    fn through_bincode<T: Serialize + for<'de> Deserialize<'de>>(value: &T) -> T {
        let bytes = bincode::serialize(value).expect("serializes");
        bincode::deserialize(&bytes).expect("deserializes")
    }

    #[test]
    fn corrections_cross_in_the_key() {
        let corrections = Corrections {
            items: vec![
                Correction::Retype { name: String::from("Lima"), kind: Kind::Person },
                Correction::Add { text: String::from("old quarry"), kind: Kind::Place },
            ],
        };
        let key = Key::new(vec![(String::from("r1"), Some(String::from("Mine")))], &corrections);
        let request = Request::Analyse { key: key.clone(), reports: vec![(String::from("Text."), None)], export: None, sources: Vec::new() };
        let Request::Analyse { key: back, .. } = through_bincode(&request) else { panic!("an analysis was asked for") };
        assert_eq!(back, key);
        assert_eq!(back.corrections(), corrections);
    }

    #[test]
    fn an_analysis_crosses_in_the_wire_form() {
        let analysis = Analysis::default();
        let Response::Analysed { analysis: bytes, .. } = through_bincode(&Response::analysed(Key::default(), &analysis))
        else {
            panic!("an analysis was sent");
        };
        assert_eq!(wire::decode(&bytes), Some(analysis));
    }

    #[test]
    fn requests_and_answers_cross_in_gloo_workers_envelope() {
        // gloo-worker's `ToWorker::ProcessInput(HandlerId, Request)` is
        // its second variant: a u32 index, the id as a u64, the request.
        let request = Request::Import { name: String::from("a.md"), text: String::from("# A"), slot: 1 };
        let bytes = to_worker(&request);
        let (variant, id, back): (u32, u64, Request) = bincode::deserialize(&bytes).expect("reads");
        assert_eq!((variant, id, back), (1, 0, request));
        // `FromWorker::WorkerLoaded` is its first, `ProcessOutput` its second.
        assert!(matches!(from_worker(&bincode::serialize(&0u32).unwrap()), Some(FromWorker::WorkerLoaded)));
        let answer = Response::Exported { export: Export::Brief, contents: String::from("# Brief") };
        let bytes = bincode::serialize(&(1u32, 0u64, answer.clone())).unwrap();
        assert!(matches!(from_worker(&bytes), Some(FromWorker::ProcessOutput(0, back)) if back == answer));
        assert!(from_worker(&[9, 9]).is_none());
    }

    #[test]
    fn unreadable_corrections_read_as_none() {
        let key = Key { reports: Vec::new(), corrections: String::from("{not json") };
        assert!(key.corrections().is_empty());
    }
}
