//! What the storage worker knows of the database and of its page, and what
//! it tells the page: the library to show after this tab's and other tabs'
//! changes, and notices about data that could not be read.
//!
//! Pure and host-testable: `main.rs` hands it each message of the page and
//! each reading of the database, and writes what [`Keeper::to_write`] says.
//!
//! The page holds the library and edits it; it sends every version of it
//! here, saying which library of ours it was made from (`seen`, the number
//! of the last [`Shown`] it applied). Invariants: the page applies a
//! [`Shown`] only if it has sent nothing since (`upto`), so an edit it made
//! meanwhile is never replaced; each version the page sends is merged three
//! ways with what we know ([`records::merge`]), from the version it was
//! made from, so no change of either side is lost; nothing is written while
//! the database holds settings that could not be read, nor at all when it
//! could not be opened.

use parallax_protocol::stored::{LoadError, Stored};

use crate::records::{self, Reading, Snapshot};

/// Whether the library is written to the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Every change is written.
    Kept,
    /// The database holds settings that could not be read: nothing is
    /// written until the user downloads or discards them.
    Held,
    /// The database could not be opened or read: the library stays in the
    /// tab.
    Memory,
}

impl Mode {
    /// The mode's name in the message to the page.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Kept => "kept",
            Mode::Held => "held",
            Mode::Memory => "memory",
        }
    }
}

/// A library for the page to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// Its number: the page says which it last applied.
    pub number: u32,
    /// How many versions of the page's library it includes: the page
    /// applies it only if that is every version it sent.
    pub upto: u32,
    /// The library.
    pub library: Stored,
    /// The pair the database keeps, for a tab that opens on it.
    pub pair: Option<(String, String)>,
    /// Whether it is written.
    pub mode: Mode,
}

/// A notice for the page to show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notice {
    /// What it says.
    pub text: String,
    /// A download it offers: the button's label, the file's name and its
    /// contents.
    pub download: Option<(String, String, String)>,
    /// The records its Discard button deletes.
    pub discard: Vec<String>,
}

/// What the storage worker knows. See the module's invariants.
#[derive(Debug)]
pub struct Keeper {
    /// What the database holds, as far as we know, and its revision.
    stored: Snapshot,
    revision: u64,
    mode: Mode,
    /// The library after every change we know of: what the page is to show
    /// and the database to hold.
    truth: Snapshot,
    /// The page's last version, and the number of the library it was made
    /// from.
    page: (u32, Snapshot),
    /// The libraries shown to the page, until it sends a version made from
    /// a later one.
    shown: Vec<(u32, Snapshot)>,
    /// How many versions the page sent.
    received: u32,
    /// The keys of unreadable records the user has been told of.
    told: Vec<String>,
}

impl Keeper {
    /// A keeper of a database that could not be opened: the library stays
    /// in the tab, with the reports earlier versions kept added to it.
    pub fn unkept(page: &Stored, legacy: Option<&Stored>, now: f64) -> (Keeper, Shown) {
        let mut keeper = Keeper::new(Mode::Memory);
        let shown = keeper.opened(Reading::default(), page, legacy, now).0;
        (keeper, shown)
    }

    /// A keeper of the database read as `reading`, for a page whose library
    /// is `page`; the reports earlier versions kept in `localStorage`
    /// (`legacy`) are added to it. Returns the library to show and the
    /// notices.
    pub fn open(reading: Reading, page: &Stored, legacy: Option<&Stored>, now: f64) -> (Keeper, Shown, Vec<Notice>) {
        let mut keeper = Keeper::new(Mode::Kept);
        let (shown, notices) = keeper.opened(reading, page, legacy, now);
        (keeper, shown, notices)
    }

    fn new(mode: Mode) -> Keeper {
        Keeper {
            stored: Snapshot::default(),
            revision: 0,
            mode,
            truth: Snapshot::default(),
            page: (0, Snapshot::default()),
            shown: Vec::new(),
            received: 0,
            told: Vec::new(),
        }
    }

    fn opened(&mut self, reading: Reading, page: &Stored, legacy: Option<&Stored>, now: f64) -> (Shown, Vec<Notice>) {
        let pair = reading.snapshot.index.as_ref().or(legacy).map(|s| s.pair.clone());
        let mine = match legacy {
            Some(legacy) => with_legacy(page, legacy),
            None => page.clone(),
        };
        self.received = 1;
        self.page = (0, records::snapshot(page, &Snapshot::default(), now));
        let mine = records::snapshot(&mine, &Snapshot::default(), now);
        let (shown, notices) = self.merged(&Snapshot::default(), &mine, reading);
        (Shown { pair, ..shown }, notices)
    }

    /// The database read again (another tab wrote it, or ours could not be
    /// written): merged with what we know.
    pub fn read_again(&mut self, reading: Reading) -> (Shown, Vec<Notice>) {
        let base = self.stored.clone();
        let mine = self.truth.clone();
        self.merged(&base, &mine, reading)
    }

    /// The merge of `mine`, made from `base`, with the database's `reading`.
    fn merged(&mut self, base: &Snapshot, mine: &Snapshot, reading: Reading) -> (Shown, Vec<Notice>) {
        let (merged, conflicts) = records::merge(base, mine, &reading.snapshot);
        self.truth = merged;
        self.stored = reading.snapshot.clone();
        self.revision = reading.revision;
        if self.mode != Mode::Memory {
            self.mode = if reading.blocked.is_some() { Mode::Held } else { Mode::Kept };
        }
        let mut notices: Vec<Notice> = conflicts_notice(&conflicts).into_iter().collect();
        let fresh = reading.unreadable.iter().any(|(key, _)| !self.told.contains(key));
        self.told = reading.unreadable.iter().map(|(key, _)| key.clone()).collect();
        if fresh {
            notices.push(unreadable(&reading));
        }
        (self.show(), notices)
    }

    /// A new library to show: the truth, numbered.
    fn show(&mut self) -> Shown {
        let number = self.shown.last().map_or(1, |(n, _)| n + 1);
        self.shown.push((number, self.truth.clone()));
        let pair = self.truth.index.as_ref().map(|i| i.pair.clone()).unwrap_or_default();
        Shown { number, upto: self.received, library: records::library(&self.truth, pair), pair: None, mode: self.mode }
    }

    /// Forgets the libraries shown before `seen`, which the page has gone
    /// past.
    fn page_seen(&mut self, seen: u32) {
        self.shown.retain(|(n, _)| *n >= seen);
    }

    /// A version of the page's library, made from the library `seen` we
    /// showed it (0: from none). Returns a library to show if the page's
    /// lacks something we know, or has not yet been shown our latest, and
    /// the notice of reports both sides changed.
    pub fn edited(&mut self, seen: u32, page: &Stored, now: f64) -> (Option<Shown>, Vec<Notice>) {
        self.received += 1;
        let base = if self.page.0 == seen {
            self.page.1.clone()
        } else {
            self.shown.iter().find(|(n, _)| *n == seen).map(|(_, s)| s.clone()).unwrap_or_default()
        };
        let mine = records::snapshot(page, &self.truth, now);
        let (merged, conflicts) = records::merge(&base, &mine, &self.truth);
        self.page = (seen, mine.clone());
        self.page_seen(seen);
        let latest = self.shown.last().map_or(0, |(n, _)| *n);
        let differs = !records::changes(&mine, &merged).is_empty();
        self.truth = merged;
        let shown = (seen != latest || differs || !conflicts.is_empty()).then(|| self.show());
        (shown, conflicts_notice(&conflicts).into_iter().collect())
    }

    /// What to write, at which revision: what the truth changes in the
    /// database; nothing unless the library is kept.
    pub fn to_write(&self) -> Option<(u64, records::Changes)> {
        let changes = records::changes(&self.stored, &self.truth);
        (self.mode == Mode::Kept && !changes.is_empty()).then_some((self.revision, changes))
    }

    /// The truth was written, raising the revision to `revision`.
    pub fn written(&mut self, revision: u64) {
        self.stored = self.truth.clone();
        self.revision = revision;
    }

    /// The library can no longer be kept: it stays in the tab.
    pub fn unkeep(&mut self) {
        self.mode = Mode::Memory;
    }

    /// Whether every report of `legacy` is in the database, the same.
    pub fn holds(&self, legacy: &Stored) -> bool {
        let db = &self.stored;
        db.index.is_some() && legacy.reports.iter().all(|r| db.reports.iter().any(|(_, d)| d.id == r.id && d.text == r.text))
    }
}

/// The library with the reports and settings an earlier version kept in
/// `localStorage` added to it.
fn with_legacy(library: &Stored, legacy: &Stored) -> Stored {
    let mut stored = legacy.clone();
    stored.reports.extend(library.reports.iter().filter(|r| !legacy.reports.iter().any(|l| l.id == r.id)).cloned());
    stored.pair = library.pair.clone();
    stored
}

/// The notice for reports both this tab and another changed.
fn conflicts_notice(conflicts: &[String]) -> Option<Notice> {
    (!conflicts.is_empty()).then(|| Notice {
        text: format!(
            "“{}” was changed in this tab and in another at the same time. Both versions are kept in the library: \
             the other tab's under its own name, this tab's as a copy.",
            conflicts.join("”, “")
        ),
        ..Notice::default()
    })
}

/// The notice for records that could not be read: they are left where
/// they are, offered as a file, and can be discarded.
fn unreadable(reading: &Reading) -> Notice {
    let why = match reading.blocked {
        Some(LoadError::Newer(v)) => format!("Some of the data saved in this browser comes from a newer version of Parallax (format {v})."),
        _ => String::from("Some of the data saved in this browser could not be read (it is damaged)."),
    };
    let what = if reading.blocked.is_some() {
        "Parallax opened what it could read and will save nothing until you download or discard that data, so it is never written over."
    } else {
        "It is left as it is, apart from your other reports, until you download or discard it."
    };
    let contents = match reading.unreadable.as_slice() {
        [(_, value)] => value.clone(),
        all => serde_json::to_string(all).unwrap_or_default(),
    };
    Notice {
        text: format!("{why} {what}"),
        download: Some((String::from("Download saved data"), String::from("parallax-saved-data.json"), contents)),
        discard: reading.unreadable.iter().map(|(key, _)| key.clone()).collect(),
    }
}

#[cfg(test)]
mod tests;
