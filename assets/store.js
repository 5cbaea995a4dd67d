// The library's records in the browser's database (IndexedDB), for
// src/storage.rs. One object store, `library`, of strings under string keys:
// `revision` (a number, raised by every write), `index` (the library's
// settings as JSON) and one `report:<when added>:<id>` per report (its JSON).
// Each call is one transaction; the page's Rust decides what to write.
const NAME = 'parallax';
const STORE = 'library';
const CHANNEL = 'parallax.library';
let db;

/** Opens the database; rejects with the error's name (`VersionError` when
 * a newer Parallax made it). */
export function open() {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = indexedDB.open(NAME, 1);
    } catch (error) {
      reject(String(error && error.name));
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      db = request.result;
      // Another tab's newer Parallax upgrading: let it, and stop writing.
      db.onversionchange = () => db.close();
      resolve();
    };
    request.onerror = () => reject(String(request.error && request.error.name));
    request.onblocked = () => reject('Blocked');
  });
}

/** What the transaction `tx` failed with, as a name. */
const failure = (tx, error) => String((error || tx.error || {}).name || 'UnknownError');

/** Every record, as one flat list: key, value, key, value… Values that are
 * not strings (the revision, or data not written by Parallax) come as JSON. */
export function read() {
  return new Promise((resolve, reject) => {
    let tx, error, keys, values;
    try {
      tx = db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const k = store.getAllKeys();
      const v = store.getAll();
      k.onsuccess = () => (keys = k.result);
      v.onsuccess = () => (values = v.result);
    } catch (e) {
      reject(String(e && e.name));
      return;
    }
    tx.oncomplete = () => {
      if (!keys || !values || keys.length !== values.length) return reject('ReadError');
      const flat = [];
      keys.forEach((key, i) => {
        const value = values[i];
        flat.push(String(key), typeof value === 'string' ? value : String(JSON.stringify(value)));
      });
      resolve(flat);
    };
    tx.onabort = tx.onerror = () => reject(failure(tx, error));
  });
}

/** Writes `values` under `keys` and deletes `deletes`, if the database is
 * still at revision `expected`; resolves to the new revision, or to -1 when
 * another tab wrote first (nothing is written then). */
export function commit(expected, keys, values, deletes) {
  return new Promise((resolve, reject) => {
    let tx, error, result = -1;
    try {
      tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const now = store.get('revision');
      now.onsuccess = () => {
        const revision = now.result === undefined ? 0 : now.result;
        if (revision !== expected) return;
        try {
          keys.forEach((key, i) => store.put(values[i], key));
          deletes.forEach((key) => store.delete(key));
          store.put(revision + 1, 'revision');
          result = revision + 1;
        } catch (e) {
          error = e;
          tx.abort();
        }
      };
    } catch (e) {
      reject(String(e && e.name));
      return;
    }
    tx.oncomplete = () => {
      resolve(result);
      if (result > 0) announce();
    };
    tx.onabort = tx.onerror = () => reject(failure(tx, error));
  });
}

/** Deletes the records `keys` (data the user chose to discard), whatever
 * the revision, and raises it. */
export function discard(keys) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    keys.forEach((key) => store.delete(key));
    const now = store.get('revision');
    now.onsuccess = () => store.put((typeof now.result === 'number' ? now.result : 0) + 1, 'revision');
    tx.oncomplete = () => {
      resolve();
      announce();
    };
    tx.onabort = tx.onerror = () => reject(failure(tx));
  });
}

let channel;

/** Tells the other tabs of the app that the library changed. */
export function announce() {
  try {
    (channel || new BroadcastChannel(CHANNEL)).postMessage(1);
  } catch {
    // No BroadcastChannel: the storage event below tells the other tabs.
  }
  try {
    localStorage.setItem(CHANNEL + '.changed', String(Date.now()));
  } catch {
    // Nothing more to tell with.
  }
}

/** Calls `changed` whenever another tab announces a change. */
export function listen(changed) {
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => changed();
    return;
  } catch {
    // Fall back on the storage event, which only other tabs fire.
  }
  addEventListener('storage', (event) => event.key === CHANNEL + '.changed' && changed());
}
