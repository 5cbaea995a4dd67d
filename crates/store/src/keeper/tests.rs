//! The keeper as a page and another tab meet it: versions of the page's
//! library crossing libraries we show, and unreadable data told once.

use super::*;
use crate::library::{Draft, Library, Listed};

fn draft(text: &str) -> Draft {
    Draft { text: text.to_string(), title: None, source: String::from("pasted") }
}

/// The database holding `library`, as read.
fn database(library: &Library, revision: u64) -> Reading {
    let changes = records::changes(&Snapshot::default(), &records::snapshot(library, &Snapshot::default(), 1.0));
    Reading { revision, ..records::read(changes.puts) }
}

#[test]
fn the_saved_library_is_shown_with_the_pages_early_edits_and_written() {
    let mut saved = Library::default();
    saved.add(draft("A saved report.")).unwrap();
    let mut page = Library::default();
    let early = page.add(draft("Added before the database was read.")).unwrap();
    let (keeper, shown, notices) = Keeper::open(database(&saved, 3), &page, None, 2.0);
    assert!(notices.is_empty());
    assert_eq!((shown.number, shown.upto, shown.mode), (1, 1, Mode::Kept));
    assert_eq!(shown.library.visible().count(), 4);
    assert!(shown.library.get(&early).is_some());
    let (revision, changes) = keeper.to_write().expect("the early report is written");
    assert_eq!((revision, changes.puts.iter().filter(|(k, _)| k.ends_with(&early)).count()), (3, 1));
}

#[test]
fn an_edit_made_before_the_page_saw_our_library_is_merged_not_lost() {
    let (mut keeper, shown, _) = Keeper::open(database(&Library::default(), 1), &Library::default(), None, 1.0);
    // Another tab adds a report; we show it (number 2), but the page, which
    // has not seen it yet, adds one of its own from library 1.
    let mut theirs = Library::default();
    let their = theirs.add(draft("From another tab.")).unwrap();
    let (second, _) = keeper.read_again(database(&theirs, 2));
    assert_eq!((second.number, second.upto), (shown.number + 1, 1));
    let mut page = Library::default();
    let mine = page.add(draft("From this tab.")).unwrap();
    let (third, notices) = keeper.edited(shown.number, &page, 3.0);
    let third = third.expect("the page is shown the merge");
    assert_eq!(third.upto, 2, "it includes the page's version");
    assert!(third.library.get(&their).is_some() && third.library.get(&mine).is_some());
    assert!(notices.is_empty());
    // The page renames its report, from the merge: nothing new to show.
    page = Library(third.library.clone());
    page.rename(&mine, "Renamed");
    let (none, _) = keeper.edited(third.number, &page, 4.0);
    assert!(none.is_none());
    assert_eq!(keeper.to_write().unwrap().1.puts.iter().filter(|(k, _)| k.starts_with(records::REPORT)).count(), 1);
}

#[test]
fn unreadable_settings_hold_every_write_and_are_told_once() {
    let reading = || Reading { revision: 1, ..records::read(vec![(String::from("index"), String::from("{garbage"))]) };
    let mut page = Library::default();
    page.add(draft("Mine.")).unwrap();
    let (mut keeper, shown, notices) = Keeper::open(reading(), &page, None, 1.0);
    assert_eq!(shown.mode, Mode::Held);
    assert_eq!(notices.len(), 1);
    assert!(notices[0].download.is_some() && notices[0].discard == ["index"]);
    assert!(keeper.to_write().is_none(), "nothing is written over");
    let (_, again) = keeper.read_again(reading());
    assert!(again.is_empty(), "the same data is not told of again");
}
