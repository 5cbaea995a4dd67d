//! The library's records in the browser's database (IndexedDB), as the
//! storage worker reads and writes them. One object store, `library`, of
//! strings under string keys: `revision` (a number, raised by every write),
//! `index` (the library's settings as JSON) and one `report:<when
//! added>:<id>` per report (its JSON); see [`crate::records`].
//!
//! Each call is one transaction, so it happens whole or not at all: a
//! worker terminated mid-write (its tab closed) leaves the database as it
//! was. Errors come back as the browser's names for them
//! (`QuotaExceededError`, `VersionError`, …).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const NAME: &str = "parallax";
const STORE: &str = "library";

/// The name of the error `value` is (a `DOMException`'s name), or a
/// generic one.
fn name(value: &JsValue) -> String {
    Reflect::get(value, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).unwrap_or_else(|| String::from("UnknownError"))
}

/// A promise settled by the first of the request's or transaction's
/// events: resolved by those of `resolve_on`, rejected with the error's
/// name (the one kept in `error`, or the target's) by those of
/// `reject_on`.
fn settled(target: &JsValue, resolve_on: &[&str], reject_on: &[&str], error: Rc<RefCell<Option<JsValue>>>) -> Promise {
    let target = target.clone();
    let resolve_on: Vec<String> = resolve_on.iter().map(|s| s.to_string()).collect();
    let reject_on: Vec<String> = reject_on.iter().map(|s| s.to_string()).collect();
    Promise::new(&mut |resolve, reject| {
        for event in &resolve_on {
            let resolve = resolve.clone();
            let on = Closure::once_into_js(move || resolve.call0(&JsValue::NULL));
            let _ = Reflect::set(&target, &JsValue::from_str(event), &on);
        }
        for event in &reject_on {
            let (reject, target2, error) = (reject.clone(), target.clone(), error.clone());
            let on = Closure::once_into_js(move || {
                let why = error.borrow().clone().or_else(|| Reflect::get(&target2, &JsValue::from_str("error")).ok()).unwrap_or(JsValue::NULL);
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&name(&why)));
            });
            let _ = Reflect::set(&target, &JsValue::from_str(event), &on);
        }
    })
}

/// Waits for `promise`; its rejection as the error's name.
async fn wait(promise: Promise) -> Result<JsValue, String> {
    JsFuture::from(promise).await.map_err(|e| e.as_string().unwrap_or_else(|| name(&e)))
}

/// The open database.
#[derive(Clone)]
pub struct Database(IdbDatabase);

impl Database {
    /// Opens the database, making its store the first time; fails with
    /// `VersionError` when a newer Parallax made it.
    pub async fn open() -> Result<Database, String> {
        let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
        let factory = scope.indexed_db().map_err(|e| name(&e))?.ok_or_else(|| String::from("UnknownError"))?;
        let request: IdbOpenDbRequest = factory.open_with_u32(NAME, 1).map_err(|e| name(&e))?;
        let upgrade = request.clone();
        let on_upgrade = Closure::once_into_js(move || {
            if let Ok(db) = upgrade.result() {
                let _ = db.unchecked_into::<IdbDatabase>().create_object_store(STORE);
            }
        });
        request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
        wait(settled(&request, &["onsuccess"], &["onerror", "onblocked"], Rc::default())).await?;
        let db: IdbDatabase = request.result().map_err(|e| name(&e))?.unchecked_into();
        // Another tab's newer Parallax upgrading: let it, and stop writing.
        let closing = db.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || closing.close());
        db.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        Ok(Database(db))
    }

    fn transaction(&self, mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), String> {
        let tx = self.0.transaction_with_str_and_mode(STORE, mode).map_err(|e| name(&e))?;
        let store = tx.object_store(STORE).map_err(|e| name(&e))?;
        Ok((tx, store))
    }

    /// Every record: key and value. Values that are not strings (the
    /// revision, or data not written by Parallax) come as JSON.
    pub async fn read(&self) -> Result<Vec<(String, String)>, String> {
        let (tx, store) = self.transaction(IdbTransactionMode::Readonly)?;
        let keys: IdbRequest = store.get_all_keys().map_err(|e| name(&e))?;
        let values: IdbRequest = store.get_all().map_err(|e| name(&e))?;
        wait(settled(&tx, &["oncomplete"], &["onabort", "onerror"], Rc::default())).await?;
        let (keys, values) = match (keys.result(), values.result()) {
            (Ok(k), Ok(v)) => (Array::from(&k), Array::from(&v)),
            _ => return Err(String::from("ReadError")),
        };
        if keys.length() != values.length() {
            return Err(String::from("ReadError"));
        }
        let text = |v: JsValue| v.as_string().unwrap_or_else(|| js_sys::JSON::stringify(&v).ok().map(String::from).unwrap_or_default());
        Ok(keys.iter().zip(values.iter()).map(|(k, v)| (text(k), text(v))).collect())
    }

    /// Writes `puts` and deletes `deletes` if the database is still at
    /// revision `expected`: the new revision, or `None` when another tab
    /// wrote first (nothing is written then).
    pub async fn commit(&self, expected: u64, puts: Vec<(String, String)>, deletes: Vec<String>) -> Result<Option<u64>, String> {
        let (tx, store) = self.transaction(IdbTransactionMode::Readwrite)?;
        let now = store.get(&JsValue::from_str("revision")).map_err(|e| name(&e))?;
        let result = Rc::new(RefCell::new(None));
        let error: Rc<RefCell<Option<JsValue>>> = Rc::default();
        let (request, on_result, on_error, aborting) = (now.clone(), result.clone(), error.clone(), tx.clone());
        // The writes are made in the reading's success event, so that the
        // check and the writes are one transaction.
        let on_read = Closure::once_into_js(move || {
            let revision = request.result().ok().and_then(|r| r.as_f64()).unwrap_or(0.0) as u64;
            if revision != expected {
                return;
            }
            let written = write(&store, &puts, &deletes, revision + 1);
            match written {
                Ok(()) => *on_result.borrow_mut() = Some(revision + 1),
                Err(e) => {
                    *on_error.borrow_mut() = Some(e);
                    let _ = aborting.abort();
                }
            }
        });
        now.set_onsuccess(Some(on_read.unchecked_ref()));
        wait(settled(&tx, &["oncomplete"], &["onabort", "onerror"], error)).await?;
        let written = *result.borrow();
        Ok(written)
    }

    /// Deletes the records `keys` (data the user chose to discard), whatever
    /// the revision, and raises it.
    pub async fn discard(&self, keys: Vec<String>) -> Result<(), String> {
        let (tx, store) = self.transaction(IdbTransactionMode::Readwrite)?;
        for key in &keys {
            store.delete(&JsValue::from_str(key)).map_err(|e| name(&e))?;
        }
        let now = store.get(&JsValue::from_str("revision")).map_err(|e| name(&e))?;
        let request = now.clone();
        let on_read = Closure::once_into_js(move || {
            let revision = request.result().ok().and_then(|r| r.as_f64()).unwrap_or(0.0);
            let _ = store.put_with_key(&JsValue::from_f64(revision + 1.0), &JsValue::from_str("revision"));
        });
        now.set_onsuccess(Some(on_read.unchecked_ref()));
        wait(settled(&tx, &["oncomplete"], &["onabort", "onerror"], Rc::default())).await.map(|_| ())
    }
}

/// The puts, the deletes and the new revision, in `store`.
fn write(store: &IdbObjectStore, puts: &[(String, String)], deletes: &[String], revision: u64) -> Result<(), JsValue> {
    for (key, value) in puts {
        store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?;
    }
    for key in deletes {
        store.delete(&JsValue::from_str(key))?;
    }
    store.put_with_key(&JsValue::from_f64(revision as f64), &JsValue::from_str("revision"))?;
    Ok(())
}
