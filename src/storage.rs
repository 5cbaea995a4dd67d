//! Keeping the library in the browser's database through the storage
//! worker (`crates/store`), which reads and writes it, merges other tabs'
//! changes and says what could not be read; telling other tabs of our
//! writes; copying in the library earlier versions kept in `localStorage`.
//!
//! The page sends the worker every version of its library, saying which
//! library of the worker's it was made from, and applies a library the
//! worker sends only if it includes every version sent (see the worker's
//! `keeper` module): an edit is never replaced by a reading that missed it.
//! The worker is started after the first paint when a library was saved
//! before ([`SAVED_KEY`], or the `localStorage` library of earlier
//! versions), when another tab saves one, or when the user first changes
//! the library; a first visit loads nothing more.

use std::cell::{Cell, RefCell};

use js_sys::Array;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{BroadcastChannel, MessageEvent};
use yew::Callback;

use crate::library::{Library, Stored};
use crate::notice::{Draft, Level};
use crate::state::{Action, Shared, Storage, Synced};

/// The key earlier versions kept the library under in `localStorage`: read
/// once, copied into the database, and removed when the copy is verified.
pub const KEY: &str = "parallax.library";

/// Where the pair chosen last is kept, a small setting like the theme.
const PAIR_KEY: &str = "parallax.pair";

/// Set once the database holds a library: the storage worker is then
/// started with the page.
pub const SAVED_KEY: &str = "parallax.saved";

/// Where earlier versions moved unreadable data in `localStorage`.
pub const BACKUP_KEY: &str = "parallax.library.unreadable";

/// The channel the tabs tell each other of writes on.
const CHANNEL: &str = "parallax.library";

/// The running storage worker.
struct Store {
    worker: web_sys::Worker,
    _on_message: Closure<dyn Fn(MessageEvent)>,
}

thread_local! {
    static STORE: RefCell<Option<Store>> = const { RefCell::new(None) };
    static CHANNEL_: RefCell<Option<(BroadcastChannel, Closure<dyn Fn()>)>> = const { RefCell::new(None) };
    static DISPATCH: RefCell<Option<Callback<Action>>> = const { RefCell::new(None) };
    /// How many versions of the library were sent to the worker.
    static SENT: Cell<u32> = const { Cell::new(0) };
    /// Whether the worker is wanted as soon as the page has painted.
    static WANTED: Cell<bool> = const { Cell::new(false) };
    /// The library on screen, for the error panel's download and saves.
    static LAST: RefCell<Option<Shared<Library>>> = const { RefCell::new(None) };
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn emit(action: Action) {
    if let Some(dispatch) = DISPATCH.with(|d| d.borrow().clone()) {
        dispatch.emit(action);
    }
}

/// Listens for other tabs' writes and decides whether the storage worker
/// starts with the page; says what of earlier versions' data is unreadable.
pub fn start(dispatch: Callback<Action>) {
    DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch));
    if let Ok(channel) = BroadcastChannel::new(CHANNEL) {
        let changed = Closure::<dyn Fn()>::new(changed);
        channel.set_onmessage(Some(changed.as_ref().unchecked_ref()));
        CHANNEL_.with(|c| *c.borrow_mut() = Some((channel, changed)));
    }
    let kept = |key| local().map(|l| l.get_item(key));
    if kept(KEY).is_some_and(|item| item.is_err()) {
        emit(Action::Notify(Draft::new(
            Level::Warning,
            "The reports an earlier version saved in this browser could not be read just now; they are left as they are. Reload to try again.",
        )));
    }
    let wanted = [SAVED_KEY, KEY, BACKUP_KEY].into_iter().any(|key| kept(key).is_some_and(|item| item.is_ok_and(|v| v.is_some())));
    WANTED.with(|w| w.set(wanted));
    if !wanted {
        // Nothing was saved: the examples are what there is to show.
        emit(Action::Synced(Shared::new(Synced { library: None, number: 0, pair: None, storage: Storage::Kept })));
    }
}

/// Another tab wrote the database: the worker reads it again, or starts.
fn changed() {
    if STORE.with(|s| s.borrow().is_some()) {
        post(&["read".into()]);
    } else if let Some(library) = LAST.with(|l| l.borrow().clone()) {
        open(&library);
    }
}

fn post(parts: &[JsValue]) {
    STORE.with(|s| {
        if let Some(store) = s.borrow().as_ref() {
            let _ = store.worker.post_message(&parts.iter().collect::<Array>());
        }
    });
}

/// Starts the storage worker with the page's library.
fn open(library: &Library) {
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| received(&Array::from(&event.data())));
    let Ok(worker) = web_sys::Worker::new("./store-loader.js") else { return };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    STORE.with(|s| *s.borrow_mut() = Some(Store { worker, _on_message: on_message }));
    SENT.with(|s| s.set(1));
    // What earlier versions kept, which the worker copies in or offers for
    // download (see its `serve` module).
    let kept = |key| local().and_then(|l| l.get_item(key).ok().flatten()).map_or(JsValue::NULL, JsValue::from);
    post(&["open".into(), library.to_bundle().into(), kept(KEY), kept(BACKUP_KEY)]);
}

/// A message of the storage worker (see its `serve` module).
fn received(message: &Array) {
    let part = |at: u32| message.get(at).as_string().unwrap_or_default();
    match part(0).as_str() {
        "library" => {
            // A library that misses a version sent since is not shown: the
            // worker sends another once it has that version.
            if message.get(2).as_f64() != Some(f64::from(SENT.with(Cell::get))) {
                return;
            }
            let Ok(library) = Stored::parse(&part(3)) else { return };
            let storage = match part(4).as_str() {
                "held" => Storage::Held,
                "memory" => Storage::Memory,
                _ => Storage::Kept,
            };
            let kept = local().and_then(|l| l.get_item(PAIR_KEY).ok().flatten());
            let kept = kept.and_then(|p| p.split_once('+').map(|(a, b)| (a.to_string(), b.to_string())));
            let pair = kept.or_else(|| Some((part(5), part(6))).filter(|(a, _)| !a.is_empty()));
            let number = message.get(1).as_f64().unwrap_or(0.0) as u32;
            emit(Action::Synced(Shared::new(Synced { library: Some(library), number, pair, storage })));
        }
        "notice" => {
            let mut notice = Draft::new(Level::Warning, part(1));
            if !part(2).is_empty() {
                notice = notice.with_download(&part(2), &part(3), "application/json", part(4));
            }
            let keys: Vec<String> = message.iter().skip(5).filter_map(|k| k.as_string()).collect();
            if !keys.is_empty() {
                notice = notice.with_discard(keys);
            }
            emit(Action::Notify(notice));
        }
        "unkept" => emit(Action::Unkept(Draft::new(Level::Warning, part(1)))),
        "saved" => {
            CHANNEL_.with(|c| c.borrow().as_ref().map(|(channel, _)| channel.post_message(&JsValue::TRUE)));
            let _ = local().map(|l| l.set_item(SAVED_KEY, "1"));
        }
        "failed" => {
            let name = part(1);
            let error = if name == "QuotaExceededError" { SaveError::Full } else { SaveError::Other(name) };
            if let Some(library) = LAST.with(|l| l.borrow().clone()) {
                emit(Action::Notify(save_failed(&error, &library)));
            }
        }
        "copied" => {
            let _ = local().map(|l| l.remove_item(KEY));
        }
        _ => {}
    }
}

/// Keeps `library` for the error panel's download.
pub fn remember(library: &Shared<Library>) {
    LAST.with(|last| *last.borrow_mut() = Some(library.clone()));
}

/// Keeps the pair `library` shows for the next start (once the saved pair
/// has been read, so that the examples shown first do not replace it).
pub fn keep_pair(library: &Library) {
    if let Some(local) = local() {
        let _ = local.set_item(PAIR_KEY, &format!("{}+{}", library.pair.0, library.pair.1));
    }
}

/// The library on screen as a reports file, for the error panel.
pub fn last_bundle() -> String {
    LAST.with(|last| last.borrow().as_ref().map(|l| l.to_bundle())).unwrap_or_default()
}

/// Sends the worker `library`, made from its library `seen`, to be saved;
/// starts the worker if it is wanted (a library was saved before) or the
/// library holds something of the user's.
pub fn save(library: &Library, seen: u32) {
    if STORE.with(|s| s.borrow().is_some()) {
        SENT.with(|s| s.set(s.get() + 1));
        return post(&["save".into(), seen.into(), library.to_bundle().into()]);
    }
    let stored = library.to_stored();
    let own = !(stored.reports.is_empty() && stored.example_titles.is_empty() && stored.hidden_examples.is_empty() && stored.corrections.is_empty());
    if own || WANTED.with(Cell::get) {
        open(library);
    }
}

/// Deletes stored data the user chose to discard from a notice: records
/// of the database (the worker then reads it again), or an earlier
/// version's keys in `localStorage`.
pub fn discard(keys: &[String]) {
    let (old, records): (Vec<String>, Vec<String>) = keys.iter().cloned().partition(|k| k == KEY || k == BACKUP_KEY);
    if let Some(local) = local() {
        for key in old {
            let _ = local.remove_item(&key);
        }
    }
    if !records.is_empty() {
        let mut parts: Vec<JsValue> = vec!["discard".into()];
        parts.extend(records.into_iter().map(JsValue::from));
        post(&parts);
    }
}

/// Why the library could not be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's quota is used up.
    Full,
    /// Anything else the browser reported, by name.
    Other(String),
}

/// The notice for a failed save, offering the unsaved reports as a file.
pub fn save_failed(error: &SaveError, library: &Library) -> Draft {
    let text = match error {
        SaveError::Full => String::from("The browser's storage for this page is full, so the latest reports were not saved. They stay until you close this tab."),
        SaveError::Other(why) => format!("Your reports could not be saved ({why}). They stay until you close this tab."),
    };
    let bundle = library.to_bundle();
    Draft::new(Level::Warning, format!("{text} Download them to keep them; open the file later to bring them back."))
        .with_download("Download reports", "parallax-reports.json", "application/json", bundle)
}
