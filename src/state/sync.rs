//! The library and the browser's database, as the state keeps track of
//! them: the library the storage worker last sent, applied, and whether
//! changes are kept.

use super::{State, Storage};
use crate::library::{Library, Stored};
use crate::notice::{Draft as NoticeDraft, Level};

/// A library the storage worker sent (see `crate::storage`).
#[derive(Clone, Debug, PartialEq)]
pub struct Synced {
    /// The library to show: this tab's changes merged with other tabs';
    /// `None` when nothing was ever saved.
    pub library: Option<Stored>,
    /// Its number, sent back with the next version of the library.
    pub number: u32,
    /// The pair this browser chose last, which a new tab opens on.
    pub pair: Option<(String, String)>,
    /// Whether changes are kept from now on.
    pub storage: Storage,
}

impl State {
    /// Shows the library the storage worker merged; the first time, on the
    /// pair chosen last (unless a link chose one).
    pub(super) fn synced(&mut self, synced: &Synced) {
        let first = self.storage == Storage::Loading;
        if let Some(stored) = &synced.library {
            let pair = match &synced.pair {
                Some(pair) if first && self.library.pair == Library::default().pair => pair.clone(),
                _ => self.library.pair.clone(),
            };
            let library = Library::from_record(Stored { pair, ..stored.clone() });
            self.library.edit(|l| *l = library);
            self.seen = synced.number;
        }
        // Once the tab keeps the library in memory only, it writes nothing.
        if self.storage != Storage::Memory {
            self.storage = synced.storage;
        }
        self.settle_wanted();
    }

    /// Chooses the pair a link named while the saved library was being
    /// read, now that it has been (or says the library does not hold it).
    pub(super) fn settle_wanted(&mut self) {
        let Some((a, b)) = self.wanted.take() else { return };
        let held = self.library.edit(|library| {
            let held = library.get(&a).is_some() && library.get(&b).is_some();
            if held {
                library.choose(0, &a);
                library.choose(1, &b);
            }
            held
        });
        if !held {
            self.notify(NoticeDraft::new(Level::Warning, super::link::NOT_HELD));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use yew::Reducible;

    use super::super::{Action, Shared};
    use super::*;
    use crate::library::Draft;
    use crate::notice::{Draft as NoticeDraft, Level};

    fn fresh() -> Rc<State> {
        Rc::new(State::new(Shared::new(Library::default()), Shared::default()))
    }

    fn draft(text: &str) -> Draft {
        Draft { text: text.to_string(), title: None, source: String::from("pasted") }
    }

    fn synced(library: &Library, number: u32, storage: Storage) -> Action {
        let pair = Some(library.pair.clone());
        Action::Synced(Shared::new(Synced { library: Some(library.to_stored()), number, pair, storage }))
    }

    #[test]
    fn the_saved_library_and_its_last_pair_open_after_the_examples() {
        let mut saved = Library::default();
        let id = saved.add(draft("A saved report.")).unwrap();
        saved.choose(0, &id);
        let s = fresh().reduce(synced(&saved, 1, Storage::Kept));
        assert_eq!((s.storage, s.seen), (Storage::Kept, 1));
        assert_eq!(*s.library, saved);
        let mut other = saved.clone();
        other.choose(0, "example-a");
        let s = s.reduce(synced(&other, 2, Storage::Kept));
        assert_eq!(s.library.pair, saved.pair, "later, the tab keeps its own pair");
    }

    #[test]
    fn unreadable_settings_hold_every_write() {
        let s = fresh().reduce(synced(&Library::default(), 1, Storage::Held));
        assert_eq!(s.storage, Storage::Held);
    }

    #[test]
    fn a_tab_that_keeps_nothing_stays_so() {
        let s = fresh().reduce(Action::Unkept(NoticeDraft::new(Level::Warning, "no storage")));
        let s = s.reduce(synced(&Library::default(), 1, Storage::Kept));
        assert_eq!(s.storage, Storage::Memory);
    }

    #[test]
    fn a_link_to_saved_reports_waits_for_the_saved_library() {
        use crate::route::Page;
        use crate::share::ViewState;
        let mut saved = Library::default();
        let a = saved.add(draft("A saved report.")).unwrap();
        let b = saved.add(draft("Another saved report.")).unwrap();
        let view = ViewState { page: Page::Compare, pair: Some((a.clone(), b.clone())), ..ViewState::default() };
        let s = fresh().reduce(Action::ApplyView(view.clone()));
        assert!(s.notices.is_empty(), "no notice while the library is read");
        let s = s.reduce(synced(&Library::default(), 1, Storage::Kept)).reduce(synced(&saved, 2, Storage::Kept));
        assert_ne!(s.library.pair, (a.clone(), b.clone()), "the link's pair was settled by the first reading");
        let s = fresh().reduce(Action::ApplyView(view.clone())).reduce(synced(&saved, 1, Storage::Kept));
        assert_eq!((s.library.pair.clone(), s.notices.len()), ((a, b), 0));
        // A library that does not hold them, or none at all: the notice.
        let s = fresh().reduce(Action::ApplyView(view.clone())).reduce(synced(&Library::default(), 1, Storage::Kept));
        assert_eq!(s.notices.len(), 1);
        let nothing = Synced { library: None, number: 0, pair: None, storage: Storage::Kept };
        let s = fresh().reduce(Action::ApplyView(view)).reduce(Action::Synced(Shared::new(nothing)));
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn a_first_visit_keeps_changes_from_the_start() {
        let nothing = Synced { library: None, number: 0, pair: None, storage: Storage::Kept };
        let s = fresh().reduce(Action::Synced(Shared::new(nothing)));
        assert_eq!((s.storage, *s.library == Library::default()), (Storage::Kept, true));
    }
}
