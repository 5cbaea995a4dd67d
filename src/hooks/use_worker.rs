//! The analysis worker as the page's effects use it: started on first use
//! (or as soon as the library opens, since a report is coming), asked for
//! analyses, exports and imports, and its answers turned into actions.

use std::cell::{RefCell, RefMut};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use gloo::timers::callback::Timeout;
use gloo::worker::{Spawnable, WorkerBridge};
use parallax_protocol::{Request, Response};
use yew::prelude::*;

use crate::hooks::use_file_import::Import;
use crate::state::{Action, Edit, Shared, State};
use crate::worker::{AnalysisWorker, Answer};

/// How many requests the page has sent to the analysis worker, and how
/// many it has answered. The page renders one app (see `lib.rs`; a fatal
/// error reloads the page), which starts one worker, which answers each
/// request in turn, with one answer: so the `n`th request sent is answered
/// once `ANSWERED` is `n`. (Kept as statics, not in the app's state: the
/// page's wasm is held to a size budget, and these cost it least.)
static SENT: AtomicU32 = AtomicU32::new(0);
static ANSWERED: AtomicU32 = AtomicU32::new(0);

/// The page's handle on the analysis worker. Clones share one worker.
#[derive(Clone)]
pub struct Worker {
    bridge: Rc<RefCell<Option<WorkerBridge<AnalysisWorker>>>>,
    dispatch: UseReducerDispatcher<State>,
}

impl Worker {
    /// The worker, started if it was not.
    fn bridge(&self) -> RefMut<'_, WorkerBridge<AnalysisWorker>> {
        RefMut::map(self.bridge.borrow_mut(), |bridge| bridge.get_or_insert_with(|| spawn(&self.dispatch)))
    }

    /// Sends `request` about `bytes` of report text, and dispatches
    /// `overdue` if this request is still not answered when it has taken
    /// far longer than it should (see [`overdue_millis`]). (An earlier
    /// request of the same kind that was answered meanwhile does not count.)
    pub fn ask(&self, request: Request, bytes: usize, overdue: Action) {
        self.bridge().send(request);
        let request = SENT.fetch_add(1, Ordering::Relaxed) + 1;
        let dispatch = self.dispatch.clone();
        let check = move || {
            if ANSWERED.load(Ordering::Relaxed) < request {
                dispatch.dispatch(overdue);
            }
        };
        Timeout::new(overdue_millis(bytes), check).forget();
    }

    /// Has the worker make an opened file into a report; the report comes
    /// back as [`Edit::Add`].
    pub fn import(&self, Import { name, text, slot }: Import) {
        let bytes = text.len();
        let overdue = Action::ImportOverdue(name.clone());
        self.ask(Request::Import { name: name.clone(), text, slot }, bytes, overdue);
        self.dispatch.dispatch(Action::Importing(name));
    }
}

/// Starts the worker; its answers are counted and become actions.
fn spawn(dispatch: &UseReducerDispatcher<State>) -> WorkerBridge<AnalysisWorker> {
    let dispatch = dispatch.clone();
    AnalysisWorker::spawner()
        .callback(move |response: Response| {
            ANSWERED.fetch_add(1, Ordering::Relaxed);
            // The analysis is read from its wire form now, and shown a task
            // later: reading a long report's analysis and rendering it in
            // the same task would hold the page for too long.
            let answer = Answer::from(response);
            let dispatch = dispatch.clone();
            Timeout::new(0, move || match answer {
                Answer::Analysed(key, analysis) => dispatch.dispatch(Action::Analysed(key, Shared::new(analysis))),
                Answer::Exported(export, contents) => {
                    crate::download::save(export.file_name(), export.mime(), &contents);
                    dispatch.dispatch(Action::Exported(export));
                }
                Answer::Imported(draft, slot) => {
                    let name = draft.source.clone();
                    dispatch.dispatch(Edit::Add(draft, slot).into());
                    dispatch.dispatch(Action::Imported(name));
                }
            })
            .forget();
        })
        .spawn_with_loader("./worker-loader.js")
}

/// How long a request about `bytes` of report text may take before the
/// user is told it may never come: far beyond the worker's start and its
/// pace (about 30 MB/s), even on a slow machine.
fn overdue_millis(bytes: usize) -> u32 {
    // 15 s, and 2 s more per megabyte (a millisecond per 500 bytes).
    (15_000 + bytes / 500).min(120_000) as u32
}

/// The worker for the app's lifetime. Opening the library means a report
/// is coming: the worker starts then, so that its first analysis does not
/// also wait for its code.
#[hook]
pub fn use_worker(dispatch: UseReducerDispatcher<State>, library_open: bool) -> Worker {
    let worker = Worker { bridge: use_mut_ref(|| None), dispatch };
    {
        let worker = worker.clone();
        use_effect_with(library_open, move |open| {
            if *open {
                drop(worker.bridge());
            }
        });
    }
    worker
}
