//! Keeping the library in the browser's database (IndexedDB), one record
//! per report (see [`crate::records`]), through the small glue in
//! `assets/store.js`; following the other tabs' changes; copying in the
//! library earlier versions kept in `localStorage`.
//!
//! Invariants: nothing is written before the database was read, nor after
//! a read failed; a write happens only at the revision last read, so it
//! never replaces what another tab wrote unread (the two are merged
//! instead); data that could not be read stays where it is until the user
//! discards it.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use yew::Callback;

use crate::library::{Library, Stored};
use crate::notice::{Draft, Level};
use crate::records::{self, Snapshot};
use crate::state::{Action, Shared};

#[wasm_bindgen(module = "/assets/store.js")]
extern "C" {
    fn open() -> Promise;
    fn read() -> Promise;
    fn commit(expected: f64, keys: Vec<String>, values: Vec<String>, deletes: Vec<String>) -> Promise;
    #[wasm_bindgen(js_name = discard)]
    fn discard_records(keys: Vec<String>) -> Promise;
    fn listen(changed: &Closure<dyn FnMut()>);
}

/// The key earlier versions kept the library under in `localStorage`: read
/// once, copied into the database, and removed when the copy is verified.
pub const KEY: &str = "parallax.library";

/// Where the pair chosen last is kept, a small setting like the theme.
const PAIR_KEY: &str = "parallax.pair";

/// Where earlier versions moved unreadable data in `localStorage`.
pub const BACKUP_KEY: &str = "parallax.library.unreadable";

thread_local! {
    /// Reads the database again and merges (set by [`start`]).
    static SYNC: RefCell<Option<Rc<dyn Fn()>>> = RefCell::new(None);
    /// The library on screen, for the error panel's download.
    static LAST: RefCell<Option<Shared<Library>>> = const { RefCell::new(None) };
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What a promise of the glue resolved to, or the name of its error.
async fn call(promise: Promise) -> Result<JsValue, String> {
    JsFuture::from(promise).await.map_err(|error| error.as_string().unwrap_or_default())
}

/// Opens the database and reads it, then reads it again whenever another
/// tab changes it. Says once if the browser keeps nothing.
pub fn start(dispatch: Callback<Action>) {
    let again: Rc<dyn Fn()> = {
        let dispatch = dispatch.clone();
        Rc::new(move || spawn_local(sync(dispatch.clone(), false)))
    };
    SYNC.with(|s| *s.borrow_mut() = Some(again.clone()));
    spawn_local(async move {
        if let Err(name) = call(open()).await {
            // The library an earlier version kept is shown all the same.
            dispatch.emit(Action::Unkept(unavailable(&name)));
            let mut reading = records::Reading::default();
            for notice in legacy(&mut reading) {
                dispatch.emit(Action::Notify(notice));
            }
            if reading.legacy.is_some() {
                dispatch.emit(Action::Synced(Shared::new(reading), js_sys::Date::now()));
            }
            return;
        }
        let changed = Closure::new(move || again());
        listen(&changed);
        changed.forget();
        sync(dispatch, true).await;
    });
}

/// Reads every record and hands them to the state to merge; the first time,
/// with the library earlier versions kept in `localStorage`.
async fn sync(dispatch: Callback<Action>, first: bool) {
    let flat = match call(read()).await {
        Ok(flat) => js_sys::Array::from(&flat),
        Err(name) => return dispatch.emit(Action::Unkept(read_failed(&name))),
    };
    let values: Vec<String> = flat.iter().map(|v| v.as_string().unwrap_or_default()).collect();
    let mut reading = records::read(values.chunks_exact(2).map(|kv| (kv[0].clone(), kv[1].clone())).collect());
    if first {
        let pair = local().and_then(|l| l.get_item(PAIR_KEY).ok().flatten());
        reading.pair = pair.and_then(|p| p.split_once('+').map(|(a, b)| (a.to_string(), b.to_string())));
        for notice in legacy(&mut reading) {
            dispatch.emit(Action::Notify(notice));
        }
    }
    dispatch.emit(Action::Synced(Shared::new(reading), js_sys::Date::now()));
}

/// Reads the library earlier versions kept in `localStorage` into
/// `reading`; notices for what could not be read there (it stays).
fn legacy(reading: &mut records::Reading) -> Vec<Draft> {
    let mut notices = Vec::new();
    let Some(local) = local() else { return notices };
    match local.get_item(KEY) {
        Ok(Some(raw)) => match Stored::parse(&raw) {
            Ok(stored) => reading.legacy = Some(stored),
            Err(_) => notices.push(
                Draft::new(
                    Level::Warning,
                    "The reports an earlier version saved in this browser could not be read (the data is damaged or from a \
                     newer version). They are left as they are until you download or discard them.",
                )
                .with_download("Download saved data", "parallax-saved-data.json", "application/json", raw)
                .with_discard(vec![String::from(KEY)]),
            ),
        },
        Ok(None) => {}
        Err(_) => notices.push(Draft::new(Level::Warning, "The reports an earlier version saved in this browser could not be read just now; they are left as they are. Reload to try again.")),
    }
    if let Ok(Some(raw)) = local.get_item(BACKUP_KEY) {
        notices.push(
            Draft::new(Level::Warning, "Data an earlier version of Parallax could not read is still kept in this browser, until you download or discard it.")
                .with_download("Download saved data", "parallax-unreadable-data.json", "application/json", raw)
                .with_discard(vec![String::from(BACKUP_KEY)]),
        );
    }
    notices
}

/// Removes the library earlier versions kept in `localStorage` once every
/// report of it is read back from the database, the same.
async fn retire_legacy() {
    let Some(raw) = local().and_then(|l| l.get_item(KEY).ok().flatten()) else { return };
    let Ok(legacy) = Stored::parse(&raw) else { return };
    let Ok(flat) = call(read()).await else { return };
    let values: Vec<String> = js_sys::Array::from(&flat).iter().map(|v| v.as_string().unwrap_or_default()).collect();
    let db = records::read(values.chunks_exact(2).map(|kv| (kv[0].clone(), kv[1].clone())).collect()).snapshot;
    let copied = legacy.reports.iter().all(|r| db.reports.iter().any(|(_, d)| d.id == r.id && d.text == r.text));
    if copied && db.index.is_some() {
        let _ = local().map(|l| l.remove_item(KEY));
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

/// Writes what changed in `library` since the records `stored` were read
/// at `revision`. If another tab wrote first, nothing is written: the
/// database is read again and the state merges both tabs' changes, which
/// brings a save of its own.
pub fn save(library: Shared<Library>, stored: Shared<Snapshot>, revision: u64, dispatch: Callback<Action>) {
    let next = records::snapshot(&library, &stored, js_sys::Date::now());
    let changes = records::changes(&stored, &next);
    if changes.is_empty() {
        return;
    }
    let (keys, values) = changes.puts.into_iter().unzip();
    spawn_local(async move {
        match call(commit(revision as f64, keys, values, changes.deletes)).await {
            Ok(to) if to.as_f64().unwrap_or(-1.0) > 0.0 => {
                dispatch.emit(Action::Saved(Shared::new(next), revision, to.as_f64().unwrap_or(0.0) as u64));
                retire_legacy().await;
            }
            Ok(_) => sync(dispatch, false).await,
            Err(name) => {
                let error = if name == "QuotaExceededError" { SaveError::Full } else { SaveError::Other(name) };
                dispatch.emit(Action::Notify(save_failed(&error, &library)));
            }
        }
    });
}

/// Deletes stored data the user chose to discard from a notice: records
/// of the database, or an earlier version's keys in `localStorage`; then
/// reads the database again.
pub fn discard(keys: &[String]) {
    let (old, records): (Vec<String>, Vec<String>) = keys.iter().cloned().partition(|k| k == KEY || k == BACKUP_KEY);
    if let Some(local) = local() {
        for key in old {
            let _ = local.remove_item(&key);
        }
    }
    if !records.is_empty() {
        spawn_local(async move {
            if call(discard_records(records)).await.is_ok() {
                SYNC.with(|s| s.borrow().clone()).map(|sync| sync());
            }
        });
    }
}

/// The notice for a database the page cannot open.
fn unavailable(name: &str) -> Draft {
    let text = if name == "VersionError" {
        "The reports saved in this browser come from a newer version of Parallax. They are left as they are, and \
         nothing is saved from this tab; reports you add stay until you close it."
    } else {
        "This browser does not let Parallax keep data (private browsing or blocked storage). Reports you add stay \
         until you close this tab; use Download reports to keep them."
    };
    Draft::new(Level::Warning, text)
}

/// The notice for a database that could not be read.
fn read_failed(name: &str) -> Draft {
    Draft::new(
        Level::Warning,
        format!(
            "The reports saved in this browser could not be read just now ({name}). They are left as they are: \
             nothing is saved from this tab, so nothing is written over. Reports you add stay until you close it; \
             reload to try again."
        ),
    )
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
