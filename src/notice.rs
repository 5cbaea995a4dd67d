//! Notices: what the app tells the user about something that did not go as
//! expected (corrupt saved data, full storage, a broken link, a file it
//! could not read), each with a way to keep what would otherwise be lost.

use std::rc::Rc;

/// How serious a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Something the user may want to know ("Link copied").
    Info,
    /// Something went wrong but nothing is lost.
    Warning,
    /// Something could not be done.
    Error,
}

/// A file the user can download from a notice: the data that could not be
/// kept otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct Download {
    /// The button's label.
    pub label: String,
    /// The file's name.
    pub filename: String,
    /// Its MIME type.
    pub mime: &'static str,
    /// Its contents.
    pub contents: Rc<str>,
}

/// A message shown above the reports until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Unique among the notices of a session.
    pub id: u32,
    /// How serious it is.
    pub level: Level,
    /// What happened and what the app did, in plain words.
    pub text: String,
    /// Data the user can save.
    pub download: Option<Download>,
    /// The stored records the user may discard (see [`Draft::with_discard`]).
    pub discard: Option<Rc<[String]>>,
}

/// A notice before it gets its id.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// How serious it is.
    pub level: Level,
    /// What happened.
    pub text: String,
    /// Data the user can save.
    pub download: Option<Download>,
    /// The stored records the user may discard.
    pub discard: Option<Rc<[String]>>,
}

impl Draft {
    /// A notice with no download.
    pub fn new(level: Level, text: impl Into<String>) -> Draft {
        Draft {
            level,
            text: text.into(),
            download: None,
            discard: None,
        }
    }

    /// The same notice, offering `contents` as a download.
    pub fn with_download(mut self, label: &str, filename: &str, mime: &'static str, contents: impl Into<Rc<str>>) -> Draft {
        self.download = Some(Download {
            label: label.to_string(),
            filename: filename.to_string(),
            mime,
            contents: contents.into(),
        });
        self
    }

    /// The same notice, with a Discard button that deletes the stored
    /// records `keys` (see [`crate::storage::discard`]): unreadable data the
    /// user no longer wants.
    pub fn with_discard(mut self, keys: Vec<String>) -> Draft {
        self.discard = Some(keys.into());
        self
    }
}
