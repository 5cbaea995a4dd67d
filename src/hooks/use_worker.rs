//! The analysis worker as the page's effects use it: started on first use
//! (or as soon as the library opens, since a report is coming), asked for
//! analyses, exports and imports, and its answers turned into actions.
//!
//! The worker is given one request at a time (the [`Queue`] keeps the
//! rest), so a newer request can drop older ones it makes useless. A wasm
//! worker cannot be interrupted mid-job: a job the user cancels, one that a
//! newer request overtakes, or one that has not answered within a generous
//! deadline is stopped by terminating its worker and starting another,
//! which is sent the requests still wanted. Only a worker whose code never
//! loaded is reported as one the browser may be blocking.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use js_sys::Uint8Array;
use parallax_protocol::{FromWorker, Request, Response};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::MessageEvent;
use yew::prelude::*;

use crate::hooks::use_file_import::Import;
use crate::state::{Action, Edit, Job, Shared, State, Stop};
use crate::worker::{Answer, Queue};

/// How long a job runs before the user is offered to cancel it.
const SLOW_MILLIS: u32 = 2_000;

/// How long a new worker may take to load its code before the page says
/// the browser may be blocking it.
const LOAD_MILLIS: u32 = 15_000;

/// A running worker: the browser's worker and its message handler.
struct Channel {
    worker: web_sys::Worker,
    /// Whether its code has loaded: until then requests wait.
    loaded: bool,
    _on_message: Closure<dyn Fn(MessageEvent)>,
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.worker.terminate();
        self.worker.set_onmessage(None);
    }
}

/// The page's side of the worker: the requests it owes and the worker.
#[derive(Default)]
struct Inner {
    queue: Queue,
    channel: Option<Channel>,
    /// The id of the request the worker is working on.
    sent: Option<u32>,
    /// Counts the workers started: a message from a replaced one is ignored.
    generation: u32,
}

/// The page's handle on the analysis worker. Clones share one worker.
#[derive(Clone)]
pub struct Worker {
    inner: Rc<RefCell<Inner>>,
    dispatch: UseReducerDispatcher<State>,
}

impl Worker {
    /// Asks the worker for `job`, made by `request` about `bytes` of
    /// report text. Pending requests it makes useless are dropped, and the
    /// one running is stopped if it is among them.
    pub fn ask(&self, job: Job, request: Request, bytes: usize) {
        let (dropped, first) = self.inner.borrow_mut().queue.push(job, request, bytes);
        for (job, why) in dropped {
            if let Some(why) = why {
                self.dispatch.dispatch(Action::Stopped(job, why));
            }
        }
        if first {
            self.dispatch.dispatch(Action::StillWorking(None));
        }
        if first && self.inner.borrow().sent.is_some() {
            self.replace();
        } else {
            self.next();
        }
    }

    /// Has the worker make an opened file into a report; the report comes
    /// back as [`Edit::Add`].
    pub fn import(&self, Import { name, text, slot }: Import) {
        let bytes = text.len();
        self.ask(Job::Import(name.clone()), Request::Import { name: name.clone(), text, slot }, bytes);
        self.dispatch.dispatch(Action::Importing(name));
    }

    /// Stops the job the worker is working on, as the user asked.
    pub fn cancel(&self) {
        self.stop(None, Stop::Cancelled);
    }

    /// Stops the request `id` (any, if `None`) if the worker is working on
    /// it, and replaces the worker.
    fn stop(&self, id: Option<u32>, why: Stop) {
        let stopped = {
            let mut inner = self.inner.borrow_mut();
            if inner.sent.is_none() || id.is_some_and(|id| inner.sent != Some(id)) {
                return;
            }
            inner.queue.pop()
        };
        if let Some(stopped) = stopped {
            self.dispatch.dispatch(Action::Stopped(stopped.job, why));
        }
        self.replace();
    }

    /// Terminates the worker and starts another for the requests still
    /// wanted.
    fn replace(&self) {
        {
            let mut inner = self.inner.borrow_mut();
            inner.channel = None;
            inner.sent = None;
        }
        self.next();
    }

    /// Starts the worker if a request waits and there is none, and gives it
    /// the first request once its code has loaded.
    fn next(&self) {
        let mut inner = self.inner.borrow_mut();
        let Some(first) = inner.queue.jobs.front() else { return };
        if inner.sent.is_some() {
            return;
        }
        let (id, bytes) = (first.id, first.bytes);
        let Some(channel) = &inner.channel else {
            drop(inner);
            return self.start();
        };
        if !channel.loaded {
            return;
        }
        let message = parallax_protocol::to_worker(&first.request);
        let _ = channel.worker.post_message(&Uint8Array::from(&message[..]));
        inner.sent = Some(id);
        drop(inner);
        let this = self.clone();
        Timeout::new(SLOW_MILLIS, move || this.slow(id)).forget();
        let this = self.clone();
        Timeout::new(overdue_millis(bytes), move || this.stop(Some(id), Stop::Stalled)).forget();
    }

    /// The request `id` is still running: the user is offered to cancel it.
    fn slow(&self, id: u32) {
        let job = {
            let mut inner = self.inner.borrow_mut();
            if inner.sent != Some(id) {
                return;
            }
            inner.queue.slow = true;
            inner.queue.jobs.front().map(|p| p.job.clone())
        };
        self.dispatch.dispatch(Action::StillWorking(job));
    }

    /// Starts a worker, which says when its code has loaded.
    fn start(&self) {
        let generation = {
            let mut inner = self.inner.borrow_mut();
            inner.generation += 1;
            inner.generation
        };
        let this = self.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let bytes = Uint8Array::new(&event.data()).to_vec();
            this.received(generation, parallax_protocol::from_worker(&bytes));
        });
        if let Ok(worker) = web_sys::Worker::new("./worker-loader.js") {
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            self.inner.borrow_mut().channel = Some(Channel { worker, loaded: false, _on_message: on_message });
        }
        let this = self.clone();
        Timeout::new(LOAD_MILLIS, move || this.not_loaded(generation)).forget();
    }

    /// The worker of `generation` has not loaded its code: every request
    /// waiting is given up, and the user told the browser may be blocking
    /// the worker. The next request tries a new worker.
    fn not_loaded(&self, generation: u32) {
        let waiting = {
            let mut inner = self.inner.borrow_mut();
            if inner.generation != generation || inner.channel.as_ref().is_some_and(|c| c.loaded) {
                return;
            }
            inner.channel = None;
            std::mem::take(&mut inner.queue.jobs)
        };
        for pending in waiting {
            self.dispatch.dispatch(Action::Stopped(pending.job, Stop::NeverLoaded));
        }
    }

    /// A message from the worker of `generation`.
    fn received(&self, generation: u32, message: Option<FromWorker>) {
        if self.inner.borrow().generation != generation {
            return;
        }
        match message {
            Some(FromWorker::WorkerLoaded) => {
                if let Some(channel) = self.inner.borrow_mut().channel.as_mut() {
                    channel.loaded = true;
                }
            }
            Some(FromWorker::ProcessOutput(_, response)) => {
                let answered = {
                    let mut inner = self.inner.borrow_mut();
                    inner.sent = None;
                    let slow = inner.queue.slow;
                    inner.queue.pop();
                    slow
                };
                if answered {
                    self.dispatch.dispatch(Action::StillWorking(None));
                }
                self.answered(response);
            }
            None => return,
        }
        self.next();
    }

    /// Turns the worker's answer into actions.
    fn answered(&self, response: Response) {
        // The analysis is read from its wire form now, and shown a task
        // later: reading a long report's analysis and rendering it in the
        // same task would hold the page for too long.
        let answer = Answer::from(response);
        let dispatch = self.dispatch.clone();
        Timeout::new(0, move || match answer {
            Answer::Analysed(key, analysis) => dispatch.dispatch(Action::Analysed(key, Shared::new(analysis))),
            Answer::Covered(key, board) => dispatch.dispatch(Action::Covered(key, Shared::new(board))),
            Answer::Exported(export, contents) => {
                crate::download::save(export.file_name(), export.mime(), &contents);
                dispatch.dispatch(Action::Exported(export));
            }
            Answer::Found(id, found) => dispatch.dispatch(Action::Found(id, found)),
            Answer::Imported(draft, slot) => {
                let name = draft.source.clone();
                dispatch.dispatch(Edit::Add(draft, slot).into());
                dispatch.dispatch(Action::Imported(name));
            }
        })
        .forget();
    }
}

/// How long a request about `bytes` of report text may run before it is
/// taken to be stuck: far beyond the worker's pace (about 30 MB/s), even
/// on a slow machine.
fn overdue_millis(bytes: usize) -> u32 {
    // 15 s, and 2 s more per megabyte (a millisecond per 500 bytes).
    (15_000 + bytes / 500).min(120_000) as u32
}

/// The worker for the app's lifetime. Opening the library means a report
/// is coming: the worker starts then, so that its first analysis does not
/// also wait for its code.
#[hook]
pub fn use_worker(dispatch: UseReducerDispatcher<State>, library_open: bool) -> Worker {
    let worker = Worker { inner: use_mut_ref(Inner::default), dispatch };
    {
        let worker = worker.clone();
        use_effect_with(library_open, move |open| {
            if *open && worker.inner.borrow().channel.is_none() {
                worker.start();
            }
        });
    }
    worker
}
