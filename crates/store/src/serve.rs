//! The storage worker's message loop: the page's messages, one at a time
//! and in order, turned into reads and writes of the database and answered
//! with the library to show, notices and acknowledgements.
//!
//! The messages are arrays of plain values, so that the page reads them
//! with a few lines of its own rather than a deserialiser:
//!
//! | page → worker | |
//! |---|---|
//! | `["open", library, legacy or null, unreadable or null]` | the page's library (the stored form, JSON), and what earlier versions kept in `localStorage`: their library, and data they could not read |
//! | `["save", seen, library]` | a new version of the page's library, made from the library `seen` it was shown |
//! | `["read"]` | another tab changed the database |
//! | `["discard", key…]` | records the user chose to discard |
//!
//! | worker → page | |
//! |---|---|
//! | `["library", number, upto, library, mode, pair A, pair B]` | a library to show (see [`Shown`]) |
//! | `["notice", text, label, file, contents, key…]` | a notice, with a download if `label` is not empty |
//! | `["unkept", text]` | nothing can be kept: the notice says why |
//! | `["saved"]` | a write happened: the page tells the other tabs |
//! | `["failed", name]` | a write failed, for the reason named |
//! | `["copied"]` | the library of `localStorage` is in the database: the page may remove it |

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::Array;
use parallax_protocol::stored::Stored;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::idb::Database;
use crate::keeper::{Keeper, Notice, Shown};
use crate::records;

/// The worker's state between messages.
#[derive(Default)]
struct Worker {
    db: Option<Database>,
    keeper: Option<Keeper>,
    /// The library of `localStorage`, until it is in the database.
    legacy: Option<Stored>,
    queue: VecDeque<Array>,
    busy: bool,
}

type Shared = Rc<RefCell<Worker>>;

/// Starts answering the page's messages.
pub fn serve() {
    let worker: Shared = Rc::default();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        worker.borrow_mut().queue.push_back(Array::from(&event.data()));
        next(worker.clone());
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(parts: Vec<JsValue>) {
    let _ = scope().post_message(&parts.into_iter().collect::<Array>());
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

/// Handles the next message, unless one is being handled: each waits for
/// the database calls of the one before.
fn next(worker: Shared) {
    let message = {
        let mut w = worker.borrow_mut();
        if w.busy {
            return;
        }
        let Some(message) = w.queue.pop_front() else { return };
        w.busy = true;
        message
    };
    spawn_local(async move {
        handle(&worker, message).await;
        worker.borrow_mut().busy = false;
        next(worker);
    });
}

async fn handle(worker: &Shared, message: Array) {
    let part = |at: u32| message.get(at).as_string().unwrap_or_default();
    let now = js_sys::Date::now();
    match part(0).as_str() {
        "open" => {
            let legacy = legacy(message.get(2).as_string(), message.get(3).as_string());
            open(worker, Stored::parse(&part(1)).ok(), legacy, now).await
        }
        "save" => {
            let (Some(seen), Ok(page)) = (message.get(1).as_f64(), Stored::parse(&part(2))) else { return };
            let Some(keeper) = worker.borrow_mut().keeper.as_mut().map(|k| k.edited(seen as u32, &page, now)) else { return };
            let (shown, notices) = keeper;
            tell(shown, notices);
            write(worker).await;
        }
        "read" => read_again(worker).await,
        "discard" => {
            let keys: Vec<String> = message.iter().skip(1).filter_map(|k| k.as_string()).collect();
            let db = worker.borrow().db.clone();
            if let Some(db) = db {
                if db.discard(keys).await.is_ok() {
                    read_again(worker).await;
                }
            }
        }
        _ => {}
    }
}

/// Opens and reads the database and shows the page the library.
async fn open(worker: &Shared, page: Option<Stored>, legacy: Option<Stored>, now: f64) {
    let page = page.unwrap_or_else(|| records::empty(Default::default()));
    let db = match Database::open().await {
        Ok(db) => db,
        Err(name) => {
            post(vec![text("unkept"), text(unavailable(&name))]);
            let (keeper, shown) = Keeper::unkept(&page, legacy.as_ref(), now);
            worker.borrow_mut().keeper = Some(keeper);
            return tell(legacy.is_some().then_some(shown), Vec::new());
        }
    };
    let entries = match db.read().await {
        Ok(entries) => entries,
        Err(name) => return post(vec![text("unkept"), text(&read_failed(&name))]),
    };
    let (keeper, shown, mut notices) = Keeper::open(records::read(entries), &page, legacy.as_ref(), now);
    if opened_from_file() {
        notices.push(Notice { text: SHARED_WITH_FILES.to_string(), ..Notice::default() });
    }
    {
        let mut w = worker.borrow_mut();
        (w.db, w.keeper, w.legacy) = (Some(db), Some(keeper), legacy);
    }
    tell(Some(shown), notices);
    write(worker).await;
}

/// Reads the database again and shows the page the merge.
async fn read_again(worker: &Shared) {
    let db = worker.borrow().db.clone();
    let Some(db) = db else { return };
    match db.read().await {
        Ok(entries) => {
            let Some((shown, notices)) = worker.borrow_mut().keeper.as_mut().map(|k| k.read_again(records::read(entries))) else { return };
            tell(Some(shown), notices);
            write(worker).await;
        }
        Err(name) => {
            if let Some(keeper) = worker.borrow_mut().keeper.as_mut() {
                keeper.unkeep();
            }
            post(vec![text("unkept"), text(&read_failed(&name))]);
        }
    }
}

/// Writes what the keeper says, at the revision it read. If another tab
/// wrote first, nothing is written: the database is read again, merged,
/// and the merge written (a few times at most; the next change tries
/// again).
async fn write(worker: &Shared) {
    for _ in 0..4 {
        let (db, write) = {
            let w = worker.borrow();
            (w.db.clone(), w.keeper.as_ref().and_then(Keeper::to_write))
        };
        let (Some(db), Some((revision, changes))) = (db, write) else { return };
        match db.commit(revision, changes.puts, changes.deletes).await {
            Ok(Some(revision)) => {
                if let Some(keeper) = worker.borrow_mut().keeper.as_mut() {
                    keeper.written(revision);
                }
                post(vec![text("saved")]);
                return copied(worker);
            }
            Ok(None) => read_again_once(worker).await,
            Err(name) => return post(vec![text("failed"), text(&name)]),
        }
    }
}

/// [`read_again`] without its write, which the caller's loop makes.
async fn read_again_once(worker: &Shared) {
    let db = worker.borrow().db.clone();
    let Some(db) = db else { return };
    let Ok(entries) = db.read().await else { return };
    let Some((shown, notices)) = worker.borrow_mut().keeper.as_mut().map(|k| k.read_again(records::read(entries))) else { return };
    tell(Some(shown), notices);
}

/// Tells the page the library of `localStorage` may go, once the database
/// holds every report of it.
fn copied(worker: &Shared) {
    let mut w = worker.borrow_mut();
    let done = match (&w.legacy, &w.keeper) {
        (Some(legacy), Some(keeper)) => keeper.holds(legacy),
        _ => false,
    };
    if done {
        w.legacy = None;
        post(vec![text("copied")]);
    }
}

/// Sends the page a library to show, and notices.
fn tell(shown: Option<Shown>, notices: Vec<Notice>) {
    if let Some(Shown { number, upto, library, pair, mode }) = shown {
        let json = serde_json::to_string(&library).unwrap_or_default();
        let (a, b) = pair.unwrap_or_default();
        post(vec![text("library"), number.into(), upto.into(), text(&json), text(mode.name()), text(&a), text(&b)]);
    }
    for notice in notices {
        post(notice_parts(notice));
    }
}

fn notice_parts(Notice { text: says, download, discard }: Notice) -> Vec<JsValue> {
    let (label, file, contents) = download.unwrap_or_default();
    let mut parts = vec![text("notice"), text(&says), text(&label), text(&file), text(&contents)];
    parts.extend(discard.iter().map(|k| text(k)));
    parts
}

/// The library earlier versions kept in `localStorage`, if it can be read;
/// the page is told what of that data cannot be read (it stays where it is
/// until the user downloads or discards it).
fn legacy(library: Option<String>, unreadable: Option<String>) -> Option<Stored> {
    let notice = |says: &str, file: &str, raw: String, key: &str| Notice {
        text: says.to_string(),
        download: Some((String::from("Download saved data"), file.to_string(), raw)),
        discard: vec![key.to_string()],
    };
    let mut stored = None;
    if let Some(raw) = library {
        match Stored::parse(&raw) {
            Ok(library) => stored = Some(library),
            Err(_) => post(notice_parts(notice(
                "The reports an earlier version saved in this browser could not be read (the data is damaged or from a \
                 newer version). They are left as they are until you download or discard them.",
                "parallax-saved-data.json",
                raw,
                LEGACY_KEY,
            ))),
        }
    }
    if let Some(raw) = unreadable {
        post(notice_parts(notice(
            "Data an earlier version of Parallax could not read is still kept in this browser, until you download or discard it.",
            "parallax-unreadable-data.json",
            raw,
            UNREADABLE_KEY,
        )));
    }
    stored
}

/// The `localStorage` keys of earlier versions' library and of the data
/// they could not read; the page discards them itself.
const LEGACY_KEY: &str = "parallax.library";
const UNREADABLE_KEY: &str = "parallax.library.unreadable";

/// Whether the page that started this worker was opened from a file
/// (parallax.html from `file://`): the worker's own URL is then a blob of
/// the opaque origin, `blob:null/…`.
fn opened_from_file() -> bool {
    scope().location().href().starts_with("blob:null/")
}

/// Said once a tab, when the page was opened from a file and the browser
/// keeps its data anyway: some (Chromium) keep every page opened from a
/// file in one storage, which all of them can read.
const SHARED_WITH_FILES: &str = "Parallax is open from a file. This browser keeps your reports in a storage it \
     shares with every page you open from a file, which can read them, and with every copy of parallax.html. \
     To keep reports to yourself, use Download reports and remove them here, or serve Parallax from a web address.";

/// The notice for a database the worker cannot open.
fn unavailable(name: &str) -> &'static str {
    if name == "VersionError" {
        "The reports saved in this browser come from a newer version of Parallax. They are left as they are, and \
         nothing is saved from this tab; reports you add stay until you close it."
    } else {
        "This browser does not let Parallax keep data (private browsing, blocked storage, or Parallax opened from \
         a file). Reports you add stay until you close this tab; use Download reports to keep them."
    }
}

/// The notice for a database that could not be read.
fn read_failed(name: &str) -> String {
    format!(
        "The reports saved in this browser could not be read just now ({name}). They are left as they are: nothing \
         is saved from this tab, so nothing is written over. Reports you add stay until you close it; reload to try \
         again."
    )
}
