//! The library and the browser's database, as the state keeps track of
//! them: what was last read or saved, and the merge of this tab's changes
//! with another tab's when the database was read again.

use super::{Shared, State, Storage};
use crate::library::{Library, LoadError, Stored};
use crate::notice::{Draft as NoticeDraft, Level};
use crate::records::{self, Reading, Snapshot};

impl State {
    /// Merges what the database holds (another tab may have written it)
    /// with this tab's changes since it last read it; tells the user of
    /// reports both changed, and of records that could not be read.
    pub(super) fn synced(&mut self, reading: &Reading, now: f64) {
        let memory = self.storage == Storage::Memory;
        let first = self.storage == Storage::Loading || (memory && self.stored.index.is_none());
        let mine = match &reading.legacy {
            Some(legacy) => with_legacy(&self.library, legacy),
            None => (*self.library).clone(),
        };
        let mine = records::snapshot(&mine, &self.stored, now);
        let (merged, conflicts) = records::merge(&self.stored, &mine, &reading.snapshot);
        // A new tab opens on the pair chosen last, unless a link chose one.
        let saved_pair = reading.pair.clone().or_else(|| reading.snapshot.index.as_ref().or(reading.legacy.as_ref()).map(|s| s.pair.clone()));
        let pair = match saved_pair {
            Some(pair) if first && self.library.pair == Library::default().pair => pair,
            _ => self.library.pair.clone(),
        };
        let library = records::library(&merged, pair);
        self.library.edit(|l| *l = library);
        self.stored = Shared::new(reading.snapshot.clone());
        self.revision = reading.revision;
        // Once the tab keeps the library in memory only, it writes nothing.
        self.storage = match (memory, &reading.blocked) {
            (true, _) => Storage::Memory,
            (false, Some(_)) => Storage::Held,
            (false, None) => Storage::Kept,
        };
        if !conflicts.is_empty() {
            self.notify(NoticeDraft::new(
                Level::Warning,
                format!(
                    "“{}” was changed in this tab and in another at the same time. Both versions are kept in the \
                     library: the other tab's under its own name, this tab's as a copy.",
                    conflicts.join("”, “")
                ),
            ));
        }
        let fresh = reading.unreadable.iter().any(|(key, _)| !self.unreadable.contains(key));
        self.unreadable = reading.unreadable.iter().map(|(key, _)| key.clone()).collect();
        if fresh {
            self.notify(unreadable(reading));
        }
    }

    /// The records `written` were saved, raising the revision from `from`
    /// to `to`; ignored if the database was read again meanwhile.
    pub(super) fn saved(&mut self, written: Shared<Snapshot>, from: u64, to: u64) {
        if self.revision == from && self.storage == Storage::Kept {
            self.stored = written;
            self.revision = to;
        }
    }
}

/// The library with the reports and settings an earlier version kept in
/// `localStorage` added to it.
fn with_legacy(library: &Library, legacy: &Stored) -> Library {
    let mut stored = legacy.clone();
    let mine = library.to_stored();
    stored.reports.extend(mine.reports.into_iter().filter(|r| !legacy.reports.iter().any(|l| l.id == r.id)));
    stored.pair = mine.pair;
    Library::from_record(stored)
}

/// The notice for records that could not be read: they are left where
/// they are, offered as a file, and can be discarded.
fn unreadable(reading: &Reading) -> NoticeDraft {
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
    NoticeDraft::new(Level::Warning, format!("{why} {what}"))
        .with_download("Download saved data", "parallax-saved-data.json", "application/json", contents)
        .with_discard(reading.unreadable.iter().map(|(key, _)| key.clone()).collect())
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use yew::Reducible;

    use super::super::Action;
    use super::*;
    use crate::library::Draft;
    use crate::records::{Changes, read};

    fn fresh() -> Rc<State> {
        Rc::new(State::new(Shared::new(Library::default()), Shared::default()))
    }

    fn draft(text: &str) -> Draft {
        Draft { text: text.to_string(), title: None, source: String::from("pasted") }
    }

    /// A database holding `library`, as read.
    fn database(library: &Library, revision: u64) -> Reading {
        let Changes { puts, .. } = records::changes(&Snapshot::default(), &records::snapshot(library, &Snapshot::default(), 1.0));
        let mut reading = read(puts);
        reading.revision = revision;
        reading
    }

    #[test]
    fn the_saved_library_and_its_last_pair_open_after_the_examples() {
        let mut saved = Library::default();
        let id = saved.add(draft("A saved report.")).unwrap();
        saved.choose(0, &id);
        let s = fresh().reduce(Action::Synced(Shared::new(database(&saved, 3)), 2.0));
        assert_eq!(s.storage, Storage::Kept);
        assert_eq!(s.revision, 3);
        assert_eq!(*s.library, saved);
    }

    #[test]
    fn a_report_added_before_the_database_was_read_is_kept() {
        let mut saved = Library::default();
        saved.add(draft("A saved report.")).unwrap();
        let s = fresh().reduce(Action::Edit(super::super::Edit::Add(draft("Added at once."), 1)));
        let s = s.reduce(Action::Synced(Shared::new(database(&saved, 1)), 2.0));
        assert_eq!(s.library.visible().count(), 4);
        assert!(!records::changes(&s.stored, &records::snapshot(&s.library, &s.stored, 3.0)).is_empty(), "and will be saved");
    }

    #[test]
    fn unreadable_settings_hold_every_write_and_are_told_once() {
        let mut reading = read(vec![(String::from("index"), String::from("{garbage"))]);
        reading.revision = 1;
        let reading = Shared::new(reading);
        let s = fresh().reduce(Action::Synced(reading.clone(), 1.0));
        assert_eq!(s.storage, Storage::Held);
        assert_eq!(s.notices.len(), 1);
        assert!(s.notices[0].discard.is_some() && s.notices[0].download.is_some());
        let s = s.reduce(Action::Synced(reading, 2.0));
        assert_eq!(s.notices.len(), 1, "the same data is not told of again");
    }

    #[test]
    fn a_tab_that_keeps_nothing_stays_so() {
        let s = fresh().reduce(Action::Unkept(NoticeDraft::new(Level::Warning, "no storage")));
        let s = s.reduce(Action::Synced(Shared::new(database(&Library::default(), 1)), 1.0));
        assert_eq!(s.storage, Storage::Memory);
    }

    #[test]
    fn a_save_answered_after_a_new_reading_is_ignored() {
        let s = fresh().reduce(Action::Synced(Shared::new(database(&Library::default(), 5)), 1.0));
        let stale = s.clone().reduce(Action::Saved(Shared::default(), 4, 5));
        assert!(Rc::ptr_eq(&s, &stale));
        let saved = s.reduce(Action::Saved(Shared::default(), 5, 6));
        assert_eq!(saved.revision, 6);
    }
}
