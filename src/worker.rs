//! Analysis off the main thread: a Web Worker (built by Trunk from
//! `src/bin/worker.rs`) that analyses the chosen reports and sends the
//! analysis back, so the page never freezes on long reports.
//!
//! Every analysis runs here: the worker's wasm is the only one that holds
//! the analysis code, and the page's wasm stays small enough to load fast.
//! The page fetches the worker the first time it needs an analysis; the
//! embedded pair opens on one made at build time (see `build.rs`).
//!
//! The exports (the analysis as JSON, the Markdown brief) are made here
//! too, from a fresh analysis of the same reports, and so are the files the
//! user opens reduced to report text (HTML and Markdown lose their markup):
//! their code is a sizeable part of the whole, and the page needs it only
//! when the user asks for a file or brings one.

use gloo::worker::{HandlerId, Worker, WorkerScope};
use parallax_core::import::{Format, import};
use parallax_core::{Analysis, Input, analyze_with, wire};
use serde::{Deserialize, Serialize};

use crate::library::Draft;
use crate::state::AnalysisKey;

/// An [`AnalysisKey`] as it crosses to the worker and back. Messages go
/// in bincode, which cannot read the corrections' tagged JSON form, so the
/// corrections travel as JSON text inside the message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireKey {
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

    fn make(self, analysis: &Analysis) -> String {
        match self {
            Export::Json => analysis.to_json(),
            Export::Brief => parallax_core::brief(analysis),
        }
    }
}

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Analyse reports, to show their analysis or make an export of it.
    Analyse {
        /// Which reports, with which titles and corrections: returned with
        /// the analysis so the app can drop answers it no longer needs.
        key: WireKey,
        /// Each report's text and given title.
        reports: Vec<(String, Option<String>)>,
        /// An export to make instead of an analysis to show.
        export: Option<Export>,
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
}

impl Request {
    /// A request to analyse `reports` (text and given title) as `key` says.
    pub fn new(key: &AnalysisKey, reports: Vec<(String, Option<String>)>) -> Request {
        Request::Analyse { key: key.into(), reports, export: None }
    }

    /// A request for the `export` of the analysis of `reports`.
    pub fn export(key: &AnalysisKey, reports: Vec<(String, Option<String>)>, export: Export) -> Request {
        Request::Analyse { key: key.into(), reports, export: Some(export) }
    }
}

/// The worker's answer to a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The analysis of the reports of a request.
    Analysed {
        /// The request's key.
        key: WireKey,
        /// The analysis in the core's wire form (`parallax_core::wire`), whose
        /// reader is far smaller in the page than serde's.
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
}

/// A [`Response`] as the page uses it.
pub enum Answer {
    /// The key of a request and its analysis, whole again.
    Analysed(AnalysisKey, Analysis),
    /// An export and the file's contents.
    Exported(Export, String),
    /// A report made of a file, and the slot it goes to.
    Imported(Draft, usize),
}

impl Response {
    fn analysed(key: WireKey, analysis: &Analysis) -> Response {
        Response::Analysed { key, analysis: wire::encode(analysis) }
    }

    /// The answer, with the key and the analysis whole again.
    pub fn into_answer(self) -> Answer {
        match self {
            // The worker wrote it; if it cannot be read, it is shown as empty.
            Response::Analysed { key, analysis } => Answer::Analysed(key.into(), wire::decode(&analysis).unwrap_or_default()),
            Response::Exported { export, contents } => Answer::Exported(export, contents),
            Response::Imported { draft, slot } => Answer::Imported(draft, slot),
        }
    }
}

/// The worker: one request in, one analysis or export out.
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
        scope.respond(id, answer(request));
    }
}

/// What the worker answers `request`.
fn answer(request: Request) -> Response {
    match request {
        Request::Analyse { key, reports, export } => {
            let inputs: Vec<Input<'_>> = reports
                .iter()
                .map(|(text, title)| match title {
                    Some(title) => Input::titled(text, title),
                    None => Input::new(text),
                })
                .collect();
            let corrections = AnalysisKey::from(key.clone()).corrections;
            let analysis = analyze_with(&inputs, &corrections);
            match export {
                Some(export) => Response::Exported { export, contents: export.make(&analysis) },
                None => Response::analysed(key, &analysis),
            }
        }
        Request::Import { name, text, slot } => {
            let imported = import(&text, Format::guess(&name, &text));
            Response::Imported { draft: Draft { text: imported.text, title: imported.title, source: name }, slot }
        }
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
        let Request::Analyse { key: wire, .. } = &request else { panic!("an analysis was asked for") };
        assert_eq!(AnalysisKey::from(wire.clone()), key);
        let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
        let analysis = analyze_with(&inputs, &key.corrections);
        assert_eq!(analysis.corrections, corrections, "both apply");
        let Answer::Analysed(back_key, back) = through_bincode(&answer(request.clone())).into_answer() else {
            panic!("an analysis was asked for");
        };
        assert_eq!(back_key, key);
        assert_eq!(back, analysis);
        // One report alone has no comparison, and still crosses.
        let alone = analyze_with(&inputs[..1], &Default::default());
        let Answer::Analysed(_, back) = through_bincode(&Response::analysed(wire.clone(), &alone)).into_answer()
        else {
            panic!("an analysis was sent");
        };
        assert_eq!(back, alone);
    }

    #[test]
    fn opened_files_become_report_text_for_their_slot() {
        let page = "<title>T</title><p>Hello <b>there</b>.</p><script>x()</script>";
        let request = Request::Import { name: String::from("page.html"), text: page.to_string(), slot: 1 };
        let Answer::Imported(draft, slot) = through_bincode(&answer(through_bincode(&request))).into_answer() else {
            panic!("an import was asked for");
        };
        assert_eq!(slot, 1);
        assert_eq!(draft, Draft { text: String::from("Hello there."), title: Some(String::from("T")), source: String::from("page.html") });
        let markdown = Request::Import { name: String::from("notes.md"), text: String::from("# Head\n\n**Bold** words."), slot: 0 };
        let Answer::Imported(draft, _) = answer(markdown).into_answer() else { panic!("an import was asked for") };
        assert_eq!((draft.title.as_deref(), draft.text.as_str()), (Some("Head"), "Head\n\nBold words."));
    }

    #[test]
    fn exports_are_made_of_the_same_analysis() {
        let corrections = parallax_core::Corrections {
            items: vec![Correction::Add { text: String::from("old quarry"), kind: Kind::Place }],
        };
        let key = AnalysisKey { reports: vec![(String::from("a"), None), (String::from("b"), None)], corrections };
        let texts = ["Ana Gómez visited the old quarry on Monday.", "Gómez said 40 people left the old quarry."];
        let reports: Vec<(String, Option<String>)> = texts.iter().map(|t| (t.to_string(), None)).collect();
        let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
        let analysis = analyze_with(&inputs, &key.corrections);
        for (export, expected) in [(Export::Json, analysis.to_json()), (Export::Brief, parallax_core::brief(&analysis))] {
            let request = through_bincode(&Request::export(&key, reports.clone(), export));
            let Answer::Exported(made, contents) = through_bincode(&answer(request)).into_answer() else {
                panic!("an export was asked for");
            };
            assert_eq!((made, contents), (export, expected));
        }
    }
}
