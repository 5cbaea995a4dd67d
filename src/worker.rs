//! The page's side of the analysis worker: requests made of the app's
//! state, and the worker's responses made whole again.
//!
//! The messages themselves are `parallax_protocol`'s; the answers are made
//! in the worker's own wasm (`crates/worker`), the only one that holds the
//! analysis. The requests the worker owes are kept in a [`Queue`], which
//! decides which of them a newer request makes useless.

use std::collections::VecDeque;
use std::rc::Rc;

use parallax_model::{Analysis, wire};
use parallax_protocol::{Board, Key, Request, Response};

pub use parallax_protocol::{Draft, Export};

use crate::state::{AnalysisKey, Found, Job, Shared, Stop};

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
    Request::Analyse { key: key.into(), reports, export: None, sources: Vec::new() }
}

/// A request to analyse the reports of a story together, as `key` says.
pub fn story(key: &AnalysisKey, reports: Vec<(String, Option<String>)>) -> Request {
    Request::Story { key: key.into(), reports }
}

/// A request for the `export` of the analysis of `reports`, which came
/// from `sources`.
pub fn export(key: &AnalysisKey, reports: Vec<(String, Option<String>)>, export: Export, sources: Vec<String>) -> Request {
    Request::Analyse { key: key.into(), reports, export: Some(export), sources }
}

/// A [`Response`] as the page uses it.
pub enum Answer {
    /// The key of a request and its analysis, whole again.
    Analysed(AnalysisKey, Analysis),
    /// An export and the file's contents.
    Exported(Export, String),
    /// A report made of a file, and the slot it goes to.
    Imported(Draft, usize),
    /// The answer to the search of this id.
    Found(u32, Found),
    /// The key of a story and its coverage.
    Covered(AnalysisKey, Board),
}

impl From<Response> for Answer {
    fn from(response: Response) -> Answer {
        match response {
            // The worker wrote it; if it cannot be read, it is shown as empty.
            Response::Analysed { key, analysis } => Answer::Analysed(key.into(), wire::decode(&analysis).unwrap_or_default()),
            Response::Exported { export, contents } => Answer::Exported(export, contents),
            Response::Covered { key, board } => Answer::Covered(key.into(), board),
            Response::Imported { draft, slot } => Answer::Imported(draft, slot),
            Response::Found { id, error: Some(error), .. } => Answer::Found(id, Found::Error(error.into())),
            Response::Found { id, hits, more, .. } => {
                Answer::Found(id, Found::Hits(Rc::new(hits.into_iter().map(Shared::new).collect()), more))
            }
        }
    }
}

/// A request the worker owes an answer to.
#[derive(Debug)]
pub struct Pending {
    /// Unique among the requests of a session.
    pub id: u32,
    /// What it is for.
    pub job: Job,
    /// The request, kept until answered: a worker that is replaced is sent
    /// it again.
    pub request: Request,
    /// How many bytes of report text it reads.
    pub bytes: usize,
}

/// The requests the worker owes, oldest first. The worker is given one at
/// a time, so the first is the one it works on and the others can still be
/// dropped unsent.
#[derive(Debug, Default)]
pub struct Queue {
    /// The requests, oldest first.
    pub jobs: VecDeque<Pending>,
    /// Whether the first has run long enough for the user to be offered to
    /// cancel it.
    pub slow: bool,
    last_id: u32,
}

impl Queue {
    /// Adds a request for `job` and drops the pending ones it makes
    /// useless (see [`Job::supersedes`]), with the reason the user is told
    /// (`None`: a newer request of the same kind took its place). The first
    /// is dropped too when it is slow: the user asked for something newer.
    /// Returns the dropped jobs, and whether the first was among them (its
    /// worker must then be replaced: it cannot be interrupted).
    pub fn push(&mut self, job: Job, request: Request, bytes: usize) -> (Vec<(Job, Option<Stop>)>, bool) {
        let mut dropped = Vec::new();
        let mut first = false;
        for (at, pending) in std::mem::take(&mut self.jobs).into_iter().enumerate() {
            // A search runs briefly: the one running is let finish (its
            // answer is dropped as stale), not its worker replaced.
            let why = if job.supersedes(&pending.job) && !(at == 0 && job == Job::Search) {
                Some(None)
            } else if at == 0 && self.slow && job != Job::Search {
                Some(Some(Stop::Overtaken))
            } else {
                None
            };
            match why {
                Some(why) => {
                    first |= at == 0;
                    dropped.push((pending.job, why));
                }
                None => self.jobs.push_back(pending),
            }
        }
        if first {
            self.slow = false;
        }
        self.last_id += 1;
        self.jobs.push_back(Pending { id: self.last_id, job, request, bytes });
        (dropped, first)
    }

    /// Takes the first request off the queue: answered, or stopped.
    pub fn pop(&mut self) -> Option<Pending> {
        self.slow = false;
        self.jobs.pop_front()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::{Correction, Corrections, Kind};

    fn key(id: &str) -> AnalysisKey {
        AnalysisKey { reports: vec![(String::from(id), None)], corrections: Corrections::default() }
    }

    fn import(name: &str) -> (Job, Request) {
        (Job::Import(name.into()), Request::Import { name: name.into(), text: String::new(), slot: 0 })
    }

    fn analysis(id: &str) -> (Job, Request) {
        (Job::Analysis(key(id)), analyse(&key(id), Vec::new()))
    }

    fn push(queue: &mut Queue, (job, request): (Job, Request)) -> (Vec<(Job, Option<Stop>)>, bool) {
        queue.push(job, request, 10)
    }

    #[test]
    fn a_newer_analysis_replaces_older_ones_running_or_waiting() {
        let mut queue = Queue::default();
        push(&mut queue, analysis("r1"));
        push(&mut queue, import("page.md"));
        // The running analysis and no other is dropped, in silence.
        let (dropped, first) = push(&mut queue, analysis("r2"));
        assert_eq!((dropped, first), (vec![(Job::Analysis(key("r1")), None)], true));
        let jobs: Vec<&Job> = queue.jobs.iter().map(|p| &p.job).collect();
        assert_eq!(jobs, [&Job::Import("page.md".into()), &Job::Analysis(key("r2"))]);
    }

    #[test]
    fn a_file_waits_its_turn_until_the_job_before_it_is_slow() {
        let mut queue = Queue::default();
        push(&mut queue, import("huge.md"));
        // Two files are each wanted.
        assert_eq!(push(&mut queue, import("other.md")), (Vec::new(), false));
        // Once the first has run long, something newer stops it.
        queue.slow = true;
        let (dropped, first) = push(&mut queue, analysis("r1"));
        assert_eq!((dropped, first), (vec![(Job::Import("huge.md".into()), Some(Stop::Overtaken))], true));
        assert!(!queue.slow);
        assert_eq!(queue.pop().map(|p| p.job), Some(Job::Import("other.md".into())));
        assert_eq!(queue.jobs.len(), 1);
    }

    fn search(id: u32) -> (Job, Request) {
        (Job::Search, Request::Search { id, query: String::from("a+"), pattern: true, texts: Vec::new() })
    }

    #[test]
    fn a_newer_search_drops_waiting_ones_but_never_stops_a_job() {
        let mut queue = Queue::default();
        push(&mut queue, search(1));
        push(&mut queue, search(2));
        // The running search finishes (its answer is dropped as stale); the
        // waiting one is dropped unsent.
        assert_eq!(push(&mut queue, search(3)), (vec![(Job::Search, None)], false));
        assert_eq!(queue.jobs.len(), 2);
        // A slow analysis is not overtaken by a search.
        let mut queue = Queue::default();
        push(&mut queue, analysis("r1"));
        queue.slow = true;
        assert_eq!(push(&mut queue, search(4)), (Vec::new(), false));
    }

    #[test]
    fn keys_cross_to_the_worker_and_back() {
        let corrections = Corrections { items: vec![Correction::Retype { name: String::from("Lima"), kind: Kind::Person }] };
        let key = AnalysisKey { reports: vec![(String::from("r1"), Some(String::from("Mine")))], corrections };
        let Request::Analyse { key: sent, reports, export, .. } = analyse(&key, vec![(String::from("Text."), None)]) else {
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
