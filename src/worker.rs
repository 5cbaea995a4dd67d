//! The page's side of the analysis worker: requests made of the app's
//! state, and the worker's responses made whole again.
//!
//! The messages themselves, and the worker type, are
//! `parallax_protocol`'s; the answers are made in the worker's own wasm
//! (`crates/worker`), the only one that holds the analysis.

use parallax_model::{Analysis, wire};
use parallax_protocol::{Key, Request, Response};

pub use parallax_protocol::{Draft, Export};

use crate::state::AnalysisKey;

/// The worker as the page spawns it: it sends, and the worker answers.
pub type AnalysisWorker = parallax_protocol::AnalysisWorker<parallax_protocol::Remote>;

impl From<&AnalysisKey> for Key {
    fn from(key: &AnalysisKey) -> Key {
        Key::new(key.reports.clone(), &key.corrections)
    }
}

impl From<Key> for AnalysisKey {
    fn from(key: Key) -> AnalysisKey {
        AnalysisKey { corrections: key.corrections(), reports: key.reports }
    }
}

/// A request to analyse `reports` (text and given title) as `key` says.
pub fn analyse(key: &AnalysisKey, reports: Vec<(String, Option<String>)>) -> Request {
    Request::Analyse { key: key.into(), reports, export: None }
}

/// A request for the `export` of the analysis of `reports`.
pub fn export(key: &AnalysisKey, reports: Vec<(String, Option<String>)>, export: Export) -> Request {
    Request::Analyse { key: key.into(), reports, export: Some(export) }
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

impl From<Response> for Answer {
    fn from(response: Response) -> Answer {
        match response {
            // The worker wrote it; if it cannot be read, it is shown as empty.
            Response::Analysed { key, analysis } => Answer::Analysed(key.into(), wire::decode(&analysis).unwrap_or_default()),
            Response::Exported { export, contents } => Answer::Exported(export, contents),
            Response::Imported { draft, slot } => Answer::Imported(draft, slot),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::{Correction, Corrections, Kind};

    #[test]
    fn keys_cross_to_the_worker_and_back() {
        let corrections = Corrections { items: vec![Correction::Retype { name: String::from("Lima"), kind: Kind::Person }] };
        let key = AnalysisKey { reports: vec![(String::from("r1"), Some(String::from("Mine")))], corrections };
        let Request::Analyse { key: sent, reports, export } = analyse(&key, vec![(String::from("Text."), None)]) else {
            panic!("an analysis was asked for");
        };
        assert_eq!((reports.len(), export), (1, None));
        assert_eq!(AnalysisKey::from(sent.clone()), key);
        let Answer::Analysed(back, analysis) = Answer::from(Response::analysed(sent, &Analysis::default())) else {
            panic!("an analysis was sent");
        };
        assert_eq!((back, analysis), (key, Analysis::default()));
    }

    #[test]
    fn an_unreadable_analysis_is_shown_as_empty() {
        let response = Response::Analysed { key: Key::default(), analysis: vec![1, 2, 3] };
        let Answer::Analysed(_, analysis) = Answer::from(response) else { panic!("an analysis was sent") };
        assert_eq!(analysis, Analysis::default());
    }
}
