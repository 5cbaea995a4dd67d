//! The library as the browser's database keeps it: one record per user's
//! report, so that adding, renaming or removing a report writes only that
//! report, and one small index record for the rest (titles of the
//! examples, hidden examples, corrections, the story, the last pair chosen), with a
//! revision that every write raises.
//!
//! Pure and host-testable: the worker's [`crate::keeper`] decides with
//! these what to write, and `idb` reads and writes the records.
//! Invariants: a record that could not be read is never written over or
//! deleted by a save (its key is in no [`Changes`]); a save writes only
//! what differs from the records last read ([`changes`]); when another tab
//! wrote first, its records and this tab's changes are merged three ways
//! ([`merge`]) and a report both changed is kept twice, never lost.

use parallax_model::text::MAX_REPORT_BYTES;
use parallax_protocol::stored::{LoadError, Stored, StoredReport};

/// The key of the index record.
pub const INDEX: &str = "index";
/// The key of the revision, raised by every write.
pub const REVISION: &str = "revision";
/// What the key of every report record begins with; then the time it was
/// added (so that keys sort in the order added) and its id.
pub const REPORT: &str = "report:";

/// The readable records: the index, if there is one, and the reports in
/// the order added.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// The stored form with no reports.
    pub index: Option<Stored>,
    /// Each report's key and record, in key order.
    pub reports: Vec<(String, StoredReport)>,
}

impl Snapshot {
    fn report(&self, id: &str) -> Option<&(String, StoredReport)> {
        self.reports.iter().find(|(_, r)| r.id == id)
    }
}

/// What a reading of the database found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    /// The records that could be read.
    pub snapshot: Snapshot,
    /// The revision they are at.
    pub revision: u64,
    /// The records that could not be read (key, value as stored): left
    /// where they are until the user discards them.
    pub unreadable: Vec<(String, String)>,
    /// Why nothing may be written: the index or the revision could not be
    /// read, so a write could replace settings nobody has read.
    pub blocked: Option<LoadError>,
}

/// The records in `entries` (key, value), read.
pub fn read(entries: Vec<(String, String)>) -> Reading {
    let mut reading = Reading::default();
    for (key, value) in entries {
        let fault = if key == REVISION {
            value.parse().map(|revision| reading.revision = revision).map_err(|_| LoadError::Corrupt).err()
        } else if key == INDEX {
            Stored::parse(&value).map(|stored| reading.snapshot.index = Some(Stored { reports: Vec::new(), ..stored })).err()
        } else if key.starts_with(REPORT) {
            match serde_json::from_str::<StoredReport>(&value) {
                Ok(report) if report.text.len() <= MAX_REPORT_BYTES && key.ends_with(&report.id) => {
                    reading.snapshot.reports.push((key.clone(), report));
                    None
                }
                _ => Some(LoadError::Corrupt),
            }
        } else {
            None
        };
        if let Some(error) = fault {
            if !key.starts_with(REPORT) {
                reading.blocked.get_or_insert(error);
            }
            reading.unreadable.push((key, value));
        }
    }
    reading.snapshot.reports.sort_by(|a, b| a.0.cmp(&b.0));
    reading
}

/// The records the library `library` (its stored form) is kept as: its
/// reports under the keys they have in `base`, and new ones under keys made
/// from `now` (milliseconds).
pub fn snapshot(library: &Stored, base: &Snapshot, now: f64) -> Snapshot {
    let mut index = library.clone();
    let mut reports: Vec<(String, StoredReport)> = std::mem::take(&mut index.reports)
        .into_iter()
        .enumerate()
        .map(|(at, report)| {
            let key = match base.report(&report.id) {
                Some((key, _)) => key.clone(),
                None => format!("{REPORT}{:013}{at:02}:{}", now as u64, report.id),
            };
            (key, report)
        })
        .collect();
    reports.sort_by(|a, b| a.0.cmp(&b.0));
    Snapshot { index: Some(index), reports }
}

/// The library (its stored form) that `snapshot` describes, with `pair`.
pub fn library(snapshot: &Snapshot, pair: (String, String)) -> Stored {
    let mut stored = snapshot.index.clone().unwrap_or_else(|| empty(pair.clone()));
    stored.reports = snapshot.reports.iter().map(|(_, r)| r.clone()).collect();
    stored.pair = pair;
    stored
}

/// A library with no reports of the user's and no settings.
pub fn empty(pair: (String, String)) -> Stored {
    Stored {
        format: parallax_protocol::stored::FORMAT.to_string(),
        version: parallax_protocol::stored::VERSION,
        reports: Vec::new(),
        example_titles: Vec::new(),
        hidden_examples: Vec::new(),
        pair,
        corrections: Vec::new(),
        story: Vec::new(),
    }
}

/// Whether two indexes keep the same settings (the pair is not one: each
/// tab reads its own pair, and a tab that merely looks at other reports
/// writes nothing).
fn same_settings(a: Option<&Stored>, b: Option<&Stored>) -> bool {
    let settings = |s: Option<&Stored>| {
        s.map(|s| (s.example_titles.clone(), s.hidden_examples.clone(), s.corrections.clone(), s.story.clone())).unwrap_or_default()
    };
    settings(a) == settings(b)
}

/// The writes that turn the records `base` into `next`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// Records to write: key and value.
    pub puts: Vec<(String, String)>,
    /// Keys of records to delete.
    pub deletes: Vec<String>,
}

impl Changes {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.puts.is_empty() && self.deletes.is_empty()
    }
}

/// What to write so that the database, holding `base`, holds `next`: the
/// reports that are new or changed, the deleted ones, and the index when
/// its settings changed. Only keys of `base` are deleted.
pub fn changes(base: &Snapshot, next: &Snapshot) -> Changes {
    let mut changes = Changes::default();
    for (key, report) in &next.reports {
        if !base.reports.iter().any(|(k, r)| k == key && r == report) {
            changes.puts.push((key.clone(), serde_json::to_string(report).unwrap_or_default()));
        }
    }
    for (key, _) in &base.reports {
        if !next.reports.iter().any(|(k, _)| k == key) {
            changes.deletes.push(key.clone());
        }
    }
    if let Some(index) = &next.index {
        if !same_settings(base.index.as_ref(), Some(index)) || (!changes.is_empty() && base.index.is_none()) {
            changes.puts.push((String::from(INDEX), serde_json::to_string(index).unwrap_or_default()));
        }
    }
    changes
}

/// Whether two records of one report say the same (the headline is found
/// by the analysis, the same in every tab, so it is no edit).
fn same(a: &StoredReport, b: &StoredReport) -> bool {
    a.title == b.title && a.source == b.source && a.text == b.text
}

/// The records after this tab's changes (`base` to `mine`) and another
/// tab's (`base` to `theirs`), and the names of the reports both changed,
/// each kept in both versions: theirs, and this tab's as a copy.
// Long: one match over the seven cases of a report's three versions reads
// best whole.
pub fn merge(base: &Snapshot, mine: &Snapshot, theirs: &Snapshot) -> (Snapshot, Vec<String>) {
    let mut reports = Vec::new();
    let mut conflicts = Vec::new();
    let mut ids: Vec<&str> = theirs.reports.iter().map(|(_, r)| r.id.as_str()).collect();
    ids.extend(mine.reports.iter().map(|(_, r)| r.id.as_str()).filter(|id| theirs.report(id).is_none()));
    for id in ids {
        let (b, m, t) = (base.report(id).map(|x| &x.1), mine.report(id), theirs.report(id));
        match (b, m, t) {
            (_, Some((_, m)), Some((key, t))) if same(m, t) => {
                let headline = t.headline.clone().or_else(|| m.headline.clone());
                reports.push((key.clone(), StoredReport { headline, ..t.clone() }));
            }
            // Changed here only.
            (Some(b), Some((_, m)), Some((key, t))) if same(b, t) => reports.push((key.clone(), m.clone())),
            // Changed there only.
            (Some(b), Some((_, m)), Some(t)) if same(b, m) => reports.push(t.clone()),
            (_, Some((_, m)), Some((key, t))) => {
                // Both changed it, or both added the same text differently.
                reports.push((key.clone(), t.clone()));
                let mut n = 2;
                while theirs.report(&format!("{id}-{n}")).is_some() || mine.report(&format!("{id}-{n}")).is_some() {
                    n += 1;
                }
                reports.push((format!("{key}-{n}"), StoredReport { id: format!("{id}-{n}"), ..m.clone() }));
                conflicts.push(name_of(m));
            }
            (None, Some(m), None) | (None, None, Some(m)) => reports.push(m.clone()),
            (Some(b), None, Some(t)) if !same(b, &t.1) => {
                // Removed here, changed there: the change is kept.
                reports.push(t.clone());
                conflicts.push(name_of(&t.1));
            }
            (Some(b), Some(m), None) if !same(b, &m.1) => {
                // Changed here, removed there: the change is kept.
                reports.push(m.clone());
                conflicts.push(name_of(&m.1));
            }
            _ => {}
        }
    }
    reports.sort_by(|a, b| a.0.cmp(&b.0));
    let index = merge_index(base.index.as_ref(), mine.index.as_ref(), theirs.index.as_ref());
    (Snapshot { index, reports }, conflicts)
}

/// A report's name for a notice: its title, or its first line.
fn name_of(report: &StoredReport) -> String {
    let line = report.title.clone().or_else(|| report.headline.clone()).unwrap_or_else(|| report.text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string());
    line.chars().take(60).collect()
}

/// The settings after both tabs' changes: this tab's where it changed
/// one, the other tab's elsewhere.
fn merge_index(base: Option<&Stored>, mine: Option<&Stored>, theirs: Option<&Stored>) -> Option<Stored> {
    let Some(mine) = mine else { return theirs.cloned() };
    let Some(theirs) = theirs else { return Some(mine.clone()) };
    let empty = Stored { reports: Vec::new(), example_titles: Vec::new(), hidden_examples: Vec::new(), corrections: Vec::new(), story: Vec::new(), ..mine.clone() };
    let base = base.unwrap_or(&empty);
    let mut merged = theirs.clone();
    merged.pair = mine.pair.clone();
    merged.example_titles = three_way(&base.example_titles, &mine.example_titles, &theirs.example_titles);
    merged.corrections = three_way(&base.corrections, &mine.corrections, &theirs.corrections);
    merged.story = if mine.story != base.story { mine.story.clone() } else { theirs.story.clone() };
    merged.hidden_examples.retain(|id| mine.hidden_examples.contains(id) || !base.hidden_examples.contains(id));
    let hidden_here = mine.hidden_examples.iter().filter(|id| !base.hidden_examples.contains(id) && !theirs.hidden_examples.contains(id));
    merged.hidden_examples.extend(hidden_here.cloned());
    Some(merged)
}

/// Values by key after both tabs' changes: this tab's value (or its
/// absence) where it changed it, the other tab's elsewhere; the other
/// tab's order, then keys new here.
fn three_way<V: Clone + PartialEq>(base: &[(String, V)], mine: &[(String, V)], theirs: &[(String, V)]) -> Vec<(String, V)> {
    let find = |list: &[(String, V)], key: &str| list.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let mut keys: Vec<&String> = theirs.iter().chain(mine).map(|(k, _)| k).collect();
    keys.dedup_by(|a, b| a == b);
    let mut merged: Vec<(String, V)> = Vec::new();
    for key in keys {
        if merged.iter().any(|(k, _)| k == key) {
            continue;
        }
        let here = find(mine, key);
        let value = if here != find(base, key) { here } else { find(theirs, key) };
        if let Some(value) = value {
            merged.push((key.clone(), value));
        }
    }
    merged
}

#[cfg(test)]
mod tests;
