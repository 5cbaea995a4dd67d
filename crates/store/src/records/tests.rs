//! The records' reading, writing and three-way merge, as two tabs and a
//! damaged database meet them.

use super::*;
use crate::library::{Draft, Library, Listed};

fn draft(text: &str) -> Draft {
    Draft { text: text.to_string(), title: None, source: String::from("pasted") }
}

/// The records a library is kept as, written from nothing.
fn kept(library: &Library, now: f64) -> Snapshot {
    snapshot(library, &Snapshot::default(), now)
}

/// The database after `changes` were written to `base`, read back.
fn written(base: &Snapshot, changes: &Changes) -> Snapshot {
    let mut entries: Vec<(String, String)> = base
        .reports
        .iter()
        .map(|(k, r)| (k.clone(), serde_json::to_string(r).unwrap()))
        .filter(|(k, _)| !changes.deletes.contains(k))
        .collect();
    if let Some(index) = &base.index {
        entries.push((String::from(INDEX), serde_json::to_string(index).unwrap()));
    }
    for (key, value) in &changes.puts {
        entries.retain(|(k, _)| k != key);
        entries.push((key.clone(), value.clone()));
    }
    let reading = read(entries);
    assert!(reading.unreadable.is_empty());
    reading.snapshot
}

#[test]
fn a_library_kept_and_read_back_is_the_same_library() {
    let mut library = Library::default();
    let id = library.add(Draft { title: Some(String::from("Mine")), ..draft("A report of mine.") }).unwrap();
    library.add(draft("Another report.")).unwrap();
    library.choose(1, &id);
    library.rename("example-a", "Renamed example");
    let db = written(&Snapshot::default(), &changes(&Snapshot::default(), &kept(&library, 1.0)));
    assert_eq!(self::library(&db, library.pair.clone()), *library);
    assert!(changes(&db, &snapshot(&library, &db, 2.0)).is_empty(), "nothing left to write");
}

#[test]
fn an_empty_database_and_the_examples_need_no_write() {
    assert!(changes(&Snapshot::default(), &kept(&Library::default(), 1.0)).is_empty());
}

#[test]
fn adding_renaming_and_removing_write_only_that_report() {
    let mut library = Library::default();
    let a = library.add(draft("First report.")).unwrap();
    let db = written(&Snapshot::default(), &changes(&Snapshot::default(), &kept(&library, 1.0)));
    let b = library.add(draft("Second report.")).unwrap();
    let add = changes(&db, &snapshot(&library, &db, 2.0));
    assert_eq!(add.puts.len(), 1, "only the new report");
    assert!(add.puts[0].0.starts_with(REPORT) && add.puts[0].0.ends_with(&b));
    let db = written(&db, &add);
    library.rename(&a, "Renamed");
    let rename = changes(&db, &snapshot(&library, &db, 3.0));
    assert_eq!(rename.puts.len(), 1);
    assert!(rename.puts[0].0.ends_with(&a) && rename.deletes.is_empty());
    let db = written(&db, &rename);
    library.remove(&b);
    let remove = changes(&db, &snapshot(&library, &db, 4.0));
    assert!(remove.puts.is_empty());
    assert_eq!(remove.deletes.len(), 1);
}

#[test]
fn two_tabs_adding_different_reports_keep_both() {
    let base = Snapshot::default();
    let mut one = Library::default();
    one.add(draft("Report of tab one.")).unwrap();
    let mut two = Library::default();
    two.add(draft("Report of tab two.")).unwrap();
    let db = written(&base, &changes(&base, &kept(&one, 1.0)));
    let (merged, conflicts) = merge(&base, &kept(&two, 2.0), &db);
    assert!(conflicts.is_empty());
    let both = library(&merged, two.pair.clone());
    assert_eq!(both.visible().count(), 4, "two examples and both reports");
    let db = written(&db, &changes(&db, &merged));
    assert_eq!(db.reports.len(), 2);
}

#[test]
fn a_rename_in_one_tab_and_an_add_in_the_other_both_survive() {
    let mut start = Library::default();
    let id = start.add(draft("Shared report.")).unwrap();
    let base = written(&Snapshot::default(), &changes(&Snapshot::default(), &kept(&start, 1.0)));
    let mut one = start.clone();
    one.rename(&id, "Renamed in one");
    let mut two = start.clone();
    let added = two.add(draft("Added in two.")).unwrap();
    let db = written(&base, &changes(&base, &snapshot(&one, &base, 2.0)));
    let (merged, conflicts) = merge(&base, &snapshot(&two, &base, 3.0), &db);
    assert!(conflicts.is_empty());
    let result = library(&merged, two.pair.clone());
    assert_eq!(result.get(&id).unwrap().title.as_deref(), Some("Renamed in one"));
    assert!(result.get(&added).is_some());
}

#[test]
fn the_same_report_changed_in_two_tabs_is_kept_in_both_versions_and_said() {
    let mut start = Library::default();
    let id = start.add(draft("Shared report.")).unwrap();
    let base = kept(&start, 1.0);
    let (mut one, mut two) = (start.clone(), start.clone());
    one.rename(&id, "Title from one");
    two.rename(&id, "Title from two");
    let db = written(&base, &changes(&base, &snapshot(&one, &base, 2.0)));
    let (merged, conflicts) = merge(&base, &snapshot(&two, &base, 3.0), &db);
    assert_eq!(conflicts, ["Title from two"]);
    let titles: Vec<_> = merged.reports.iter().map(|(_, r)| r.title.clone().unwrap()).collect();
    assert_eq!(titles, ["Title from one", "Title from two"]);
    // Both are written, and read back as two reports.
    let db = written(&db, &changes(&db, &merged));
    assert_eq!(library(&db, start.pair.clone()).visible().count(), 4);
}

#[test]
fn a_report_removed_here_but_changed_there_is_kept() {
    let mut start = Library::default();
    let id = start.add(draft("Shared report.")).unwrap();
    let base = kept(&start, 1.0);
    let (mut one, mut two) = (start.clone(), start.clone());
    one.rename(&id, "Kept");
    two.remove(&id);
    let db = written(&base, &changes(&base, &snapshot(&one, &base, 2.0)));
    let (merged, conflicts) = merge(&base, &snapshot(&two, &base, 3.0), &db);
    assert_eq!(conflicts.len(), 1);
    assert_eq!(merged.reports[0].1.title.as_deref(), Some("Kept"));
    // Removed here, untouched there: removed.
    let (merged, conflicts) = merge(&base, &snapshot(&two, &base, 3.0), &base);
    assert!(merged.reports.is_empty() && conflicts.is_empty());
}

#[test]
fn settings_merge_key_by_key() {
    let start = Library::default();
    let base = kept(&start, 1.0);
    let (mut one, mut two) = (start.clone(), start.clone());
    one.rename("example-a", "A from one");
    two.rename("example-b", "B from two");
    two.remove("example-a");
    let db = written(&base, &changes(&base, &snapshot(&one, &base, 2.0)));
    let (merged, _) = merge(&base, &snapshot(&two, &base, 3.0), &db);
    let index = merged.index.unwrap();
    assert_eq!(index.example_titles.len(), 2, "{:?}", index.example_titles);
    assert_eq!(index.hidden_examples, ["example-a"]);
}

#[test]
fn a_story_is_written_read_back_and_merged_like_a_setting() {
    let mut library = Library::default();
    let id = library.add(draft("Mine.")).unwrap();
    let base = written(&Snapshot::default(), &changes(&Snapshot::default(), &kept(&library, 1.0)));
    let mut one = library.clone();
    one.story = vec![String::from("example-a"), id.clone()];
    let put = changes(&base, &snapshot(&one, &base, 2.0));
    assert!(put.puts.iter().any(|(key, _)| key == INDEX), "the story changed the index");
    let db = written(&base, &put);
    assert_eq!(db.index.as_ref().unwrap().story, one.story);
    // Another tab that changed something else keeps this tab's story.
    let mut two = library.clone();
    two.rename(&id, "Renamed");
    let (merged, _) = merge(&base, &snapshot(&two, &base, 3.0), &db);
    assert_eq!(merged.index.unwrap().story, one.story);
}

#[test]
fn choosing_another_pair_alone_writes_nothing() {
    let mut library = Library::default();
    let id = library.add(draft("Mine.")).unwrap();
    let db = written(&Snapshot::default(), &changes(&Snapshot::default(), &kept(&library, 1.0)));
    library.choose(0, &id);
    assert!(changes(&db, &snapshot(&library, &db, 2.0)).is_empty());
}

#[test]
fn unreadable_records_are_set_aside_and_never_written_over() {
    // (key, value, whether it blocks every write)
    const CASES: &[(&str, &str, bool)] = &[
        // A damaged report: the others are read and saved as usual.
        ("report:000000000000100:rdeadbeef", "{\"id\":\"rdead", false),
        // A report whose record names another id.
        ("report:000000000000100:rdeadbeef", "{\"id\":\"rother\",\"title\":null,\"source\":\"s\",\"text\":\"t\"}", false),
        // A damaged index: writing one would replace settings unread.
        ("index", "garbage", true),
        // An index from a newer Parallax.
        ("index", "{\"format\":\"parallax-library\",\"version\":7}", true),
        // A revision that is no number.
        ("revision", "\"seven\"", true),
    ];
    for (key, value, blocks) in CASES {
        let reading = read(vec![(key.to_string(), value.to_string())]);
        assert_eq!(reading.unreadable, [(key.to_string(), value.to_string())], "{key}");
        assert_eq!(reading.blocked.is_some(), *blocks, "{key}: {value}");
        if *blocks {
            // Nothing at all is saved then (the state's storage is read-only).
            continue;
        }
        let mut library = Library::default();
        library.add(draft("New report.")).unwrap();
        let changes = changes(&reading.snapshot, &snapshot(&library, &reading.snapshot, 5.0));
        assert!(changes.puts.iter().all(|(k, _)| k != key) && !changes.deletes.iter().any(|k| k == key), "{key}");
    }
    assert_eq!(read(vec![(String::from("index"), String::from("{\"format\":\"parallax-library\",\"version\":7}"))]).blocked, Some(LoadError::Newer(7)));
}

#[test]
fn records_of_unknown_keys_are_left_alone() {
    let reading = read(vec![(String::from("something-else"), String::from("x"))]);
    assert!(reading.unreadable.is_empty() && reading.blocked.is_none() && reading.snapshot == Snapshot::default());
}
