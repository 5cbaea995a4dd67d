//! The worker's jobs as the state knows them: what each is for, the one
//! that has been running long enough for the user to be offered a way to
//! cancel it, and what the user is told when a job is stopped before it
//! answered.
//!
//! A wasm worker cannot be interrupted mid-job: stopping a job means
//! terminating its worker and starting another (`hooks::use_worker`). This
//! module only says what that means for what is on screen.

use parallax_protocol::Export;

use std::rc::Rc;

use super::{AnalysisKey, Found, State};
use crate::notice::{Draft as NoticeDraft, Level};

/// What a request to the worker is for.
#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// The analysis of the reports the key names.
    Analysis(AnalysisKey),
    /// The analysis of the story the key names.
    Story(AnalysisKey),
    /// An export's file.
    Export(Export),
    /// The file of this name, made into a report.
    Import(String),
    /// A search of the reports on screen.
    Search,
}

impl Job {
    /// Whether a request for `self` makes a pending request for `older`
    /// useless: a newer analysis replaces an older one (whose answer would
    /// be dropped), a newer export an older one, a newer search an older
    /// one. Files are each wanted.
    pub fn supersedes(&self, older: &Job) -> bool {
        matches!(
            (self, older),
            (Job::Analysis(_), Job::Analysis(_))
                | (Job::Story(_), Job::Story(_))
                | (Job::Export(_), Job::Export(_))
                | (Job::Search, Job::Search)
        )
    }

    /// What the job is working on, as the user knows it.
    pub fn label(&self) -> String {
        match self {
            Job::Analysis(_) => String::from("the analysis of your reports"),
            Job::Story(key) => format!("the analysis of your story's {} reports", key.reports.len()),
            Job::Export(_) => String::from("the export"),
            Job::Import(name) => format!("the file you opened ({name})"),
            Job::Search => String::from("the search"),
        }
    }
}

/// Why a job was stopped before it answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The user cancelled it.
    Cancelled,
    /// It had been running long and the user asked for something newer.
    Overtaken,
    /// It had not answered within a generous deadline for its size.
    Stalled,
    /// Its worker's code never loaded (the browser may be blocking
    /// workers), so it was never sent.
    NeverLoaded,
}

impl State {
    /// A job still running after a couple of seconds (`Some`), so the user
    /// is offered to cancel it, or no such job any more (`None`).
    pub(super) fn still_working(&mut self, job: Option<Job>) {
        self.working = job;
    }

    /// `job` was stopped before it answered: it is no longer awaited, and
    /// the user is told what happened, unless a newer request of the same
    /// kind took its place (then nothing was lost). A job whose worker
    /// never loaded is explained only if it is still awaited.
    pub(super) fn stopped(&mut self, job: Job, why: Stop) {
        if job == Job::Search {
            // Said where the search's answer goes, not in a notice.
            self.working = None;
            self.found = Some(Found::Error(Rc::from("The search stopped before it answered: type again to retry.")));
            return;
        }
        if why == Stop::NeverLoaded {
            return match job {
                Job::Analysis(key) | Job::Story(key) => self.analysis_overdue(&key),
                Job::Export(export) => self.export_overdue(export),
                Job::Import(name) => self.import_overdue(name),
                Job::Search => {}
            };
        }
        if self.working.as_ref() == Some(&job) {
            self.working = None;
        }
        let what = match &job {
            Job::Analysis(key) | Job::Story(key) => {
                for analysing in [&mut self.analysing, &mut self.story_analysing] {
                    if analysing.as_ref().is_some_and(|(awaited, _)| awaited == key) {
                        *analysing = None;
                    }
                }
                "Your reports are kept in the library."
            }
            Job::Export(export) => {
                if self.exporting == Some(*export) {
                    self.exporting = None;
                }
                "Ask for it again when you are ready."
            }
            Job::Import(name) => {
                self.imported(name);
                "Open it again to try once more, or paste its text."
            }
            Job::Search => return,
        };
        let label = job.label();
        let text = match why {
            Stop::Cancelled => format!("Stopped working on {label}, as you asked. {what}"),
            Stop::Overtaken => format!("Stopped working on {label}, which was taking long, to do what you asked next. {what}"),
            // (A job whose worker never loaded was explained above.)
            Stop::Stalled | Stop::NeverLoaded => format!("Stopped working on {label}: it took far longer than its size explains. {what}"),
        };
        let level = if why == Stop::Cancelled { Level::Info } else { Level::Warning };
        self.notify(NoticeDraft::new(level, text));
    }
}
