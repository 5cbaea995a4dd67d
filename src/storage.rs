//! Keeping the library in the browser's `localStorage` (through gloo), and
//! getting it back, with a clear notice and nothing lost when storage is
//! unavailable (private mode), full, or holds data it cannot read.

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::library::{Library, LoadError};
use crate::notice::{Draft, Level};

/// The key the library is kept under; the value carries its own version.
pub const KEY: &str = "parallax.library";

/// Where unreadable data is moved, so it is never overwritten.
pub const BACKUP_KEY: &str = "parallax.library.unreadable";

/// Whether this page may use `localStorage` at all. gloo panics when it is
/// missing, so every use is guarded by this check.
pub fn available() -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some()
}

/// The stored library, or the default one with notices saying why.
pub fn load() -> (Library, Vec<Draft>) {
    if !available() {
        let text = "This browser does not let Parallax keep data (private browsing or blocked storage). \
                    Reports you add stay until you close this tab; use Download reports to keep them.";
        return (Library::default(), vec![Draft::new(Level::Warning, text)]);
    }
    let raw = LocalStorage::raw().get_item(KEY).ok().flatten();
    let Some(raw) = raw else {
        return (Library::default(), Vec::new());
    };
    match Library::from_stored(&raw) {
        Ok(library) => (library, Vec::new()),
        Err(error) => {
            // Keep the unreadable data where saving will not overwrite it.
            let _ = LocalStorage::raw().set_item(BACKUP_KEY, &raw);
            let why = match error {
                LoadError::Corrupt => String::from("The reports saved in this browser could not be read (the data is damaged or from an older version)."),
                LoadError::Newer(v) => format!("The reports saved in this browser come from a newer version of Parallax (format {v})."),
            };
            let notice = Draft::new(Level::Warning, format!("{why} Parallax opened the examples instead; the saved data is kept and can be downloaded."))
                .with_download("Download saved data", "parallax-saved-data.json", "application/json", raw);
            (Library::default(), vec![notice])
        }
    }
}

/// Why the library could not be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// No `localStorage` on this page.
    Unavailable,
    /// The browser's quota is used up.
    Full,
    /// Anything else the browser reported.
    Other(String),
}

/// Saves the library, in the same compact JSON as the reports file.
pub fn save(library: &Library) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    // Written through the browser's `setItem` directly rather than gloo's
    // `set`: the page then never formats a serde error for display, which
    // keeps serde_json's and std's error messages out of its wasm.
    match LocalStorage::raw().set_item(KEY, &library.to_bundle()) {
        Ok(()) => Ok(()),
        Err(error) => {
            // What the browser says: `error.toString()`, as gloo gave it.
            let message = String::from(error.unchecked_into::<js_sys::Error>().to_string());
            if message.contains("Quota") || message.contains("quota") {
                Err(SaveError::Full)
            } else {
                Err(SaveError::Other(message))
            }
        }
    }
}

/// The notice for a failed save, offering the unsaved reports as a file.
pub fn save_failed(error: &SaveError, library: &Library) -> Draft {
    let text = match error {
        SaveError::Unavailable => String::from("Parallax cannot keep your reports in this browser. They stay until you close this tab."),
        SaveError::Full => String::from("The browser's storage for this page is full, so the latest reports were not saved. They stay until you close this tab."),
        SaveError::Other(why) => format!("Your reports could not be saved ({why}). They stay until you close this tab."),
    };
    let bundle = library.to_bundle();
    Draft::new(Level::Warning, format!("{text} Download them to keep them; open the file later to bring them back."))
        .with_download("Download reports", "parallax-reports.json", "application/json", bundle)
}
