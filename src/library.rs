//! The report library: the embedded examples and the reports the user
//! added, the two chosen for reading and comparing, and the versioned
//! format they are kept in.
//!
//! Pure and host-testable: storing and loading the serialized form is the
//! job of [`crate::storage`]. Invariants: ids are unique; the chosen pair
//! always names reports of the library while it holds two or more.

use std::rc::Rc;

use parallax_model::{Analysis, Correction, Corrections};

use crate::reports::{self, Origin, ReportSource};

pub use parallax_model::text::MAX_REPORT_BYTES;

/// The most reports the library holds.
pub const MAX_REPORTS: usize = 40;

pub use parallax_protocol::stored::{FORMAT, LoadError, Stored, StoredReport, VERSION};

pub use parallax_protocol::Draft;

/// Why a report could not be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddError {
    /// The text has no words.
    Empty,
    /// The text is larger than [`MAX_REPORT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The library already holds [`MAX_REPORTS`] reports.
    LibraryFull,
    /// The text looks like binary data, not a report.
    Binary,
}

impl std::fmt::Display for AddError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AddError::Empty => write!(f, "There is no text to add: paste or open a report first."),
            AddError::TooLarge { bytes } => write!(
                f,
                "This report is {} MB; Parallax handles reports up to {} MB. Split it or keep the part you need.",
                parallax_model::fixed(*bytes as f64 / 1_048_576.0, 1),
                MAX_REPORT_BYTES / 1_048_576
            ),
            AddError::LibraryFull => write!(
                f,
                "The library holds {MAX_REPORTS} reports, its limit. Remove one you no longer need, then add this one."
            ),
            AddError::Binary => write!(
                f,
                "This looks like a binary file, not text. Open a .txt, .md or .html file, or paste the report's text."
            ),
        }
    }
}

/// The most reports a story holds.
pub const MAX_STORY: usize = 12;

/// The most corrections kept for one pair of reports.
pub const MAX_CORRECTIONS: usize = 200;

/// The reports and which two are on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Library {
    /// Every report, examples first, then the user's in the order added.
    pub reports: Vec<ReportSource>,
    /// Ids of examples the user removed from the list.
    pub hidden_examples: Vec<String>,
    /// Ids of report A and report B.
    pub pair: (String, String),
    /// The user's corrections of the analysis, per pair of reports (see
    /// [`pair_key`]): a correction made while reading two reports applies
    /// whenever those two are read together again.
    pub corrections: Vec<(String, Corrections)>,
    /// Ids of the reports read together as a story, in the order ticked:
    /// reports of the library, none twice, at most [`MAX_STORY`].
    pub story: Vec<String>,
}

/// The key of a pair's corrections: both ids, in sorted order, so that
/// swapping A and B keeps them.
pub fn pair_key(a: &str, b: &str) -> String {
    if a <= b { format!("{a}+{b}") } else { format!("{b}+{a}") }
}

impl Default for Library {
    fn default() -> Library {
        let reports: Vec<ReportSource> = reports::embedded().to_vec();
        let pair = (reports[0].id.clone(), reports[1].id.clone());
        Library {
            reports,
            hidden_examples: Vec::new(),
            pair,
            corrections: Vec::new(),
            story: Vec::new(),
        }
    }
}

/// A stable id for a user's report, from its text: adding the same text
/// twice finds the report already there.
pub fn id_for(text: &str) -> String {
    // FNV-1a, 64 bits: stable across runs and builds, unlike the std hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("r{hash:016x}")
}

pub use parallax_model::text::looks_binary;

impl Library {
    /// The reports the list shows: examples the user kept, then theirs.
    pub fn visible(&self) -> impl Iterator<Item = &ReportSource> {
        self.reports
            .iter()
            .filter(|r| r.origin == Origin::User || !self.hidden_examples.contains(&r.id))
    }

    /// The report with this id.
    pub fn get(&self, id: &str) -> Option<&ReportSource> {
        self.reports.iter().find(|r| r.id == id)
    }

    /// Report A and report B.
    pub fn chosen(&self) -> Vec<ReportSource> {
        [&self.pair.0, &self.pair.1]
            .into_iter()
            .filter_map(|id| self.get(id).cloned())
            .collect()
    }

    /// The reports of the story, in order.
    pub fn story_reports(&self) -> Vec<ReportSource> {
        self.story.iter().filter_map(|id| self.get(id).cloned()).collect()
    }

    /// Puts report `id` in the story, or takes it out; `false` if the
    /// story is full and it was not in it.
    pub fn toggle_story(&mut self, id: &str) -> bool {
        if let Some(at) = self.story.iter().position(|s| s == id) {
            self.story.remove(at);
        } else if self.story.len() >= MAX_STORY {
            return false;
        } else if self.get(id).is_some() {
            self.story.push(id.to_string());
        }
        true
    }

    /// Makes the story reports A and B.
    pub fn start_story(&mut self) {
        self.story = vec![self.pair.0.clone(), self.pair.1.clone()];
        self.story.dedup();
    }

    /// Adds a report and returns its id; a text already in the library is
    /// not added twice.
    pub fn add(&mut self, draft: Draft) -> Result<String, AddError> {
        if draft.text.len() > MAX_REPORT_BYTES {
            return Err(AddError::TooLarge { bytes: draft.text.len() });
        }
        if looks_binary(&draft.text) {
            return Err(AddError::Binary);
        }
        if draft.text.trim().is_empty() {
            return Err(AddError::Empty);
        }
        let id = id_for(&draft.text);
        if self.get(&id).is_some() {
            return Ok(id);
        }
        if self.reports.iter().filter(|r| r.origin == Origin::User).count() >= MAX_REPORTS {
            return Err(AddError::LibraryFull);
        }
        let title = draft.title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        let source = match draft.source.trim() {
            "" => String::from("Added by you"),
            source => source.to_string(),
        };
        self.reports.push(ReportSource {
            id: id.clone(),
            title,
            headline: None,
            source,
            text: Rc::from(draft.text),
            origin: Origin::User,
        });
        Ok(id)
    }

    /// Gives a report a new title; an empty title goes back to the derived one.
    pub fn rename(&mut self, id: &str, title: &str) {
        if let Some(report) = self.reports.iter_mut().find(|r| r.id == id) {
            let title = title.trim();
            report.title = (!title.is_empty()).then(|| title.to_string());
        }
    }

    /// Removes a user's report, or hides an example; the pair moves to
    /// other reports if it named this one.
    pub fn remove(&mut self, id: &str) {
        match self.get(id).map(|r| r.origin) {
            Some(Origin::User) => self.reports.retain(|r| r.id != id),
            Some(Origin::Example) if !self.hidden_examples.iter().any(|h| h == id) => {
                self.hidden_examples.push(id.to_string());
            }
            _ => {}
        }
        self.story.retain(|s| s != id);
        self.repair_pair();
    }

    /// Shows the examples again.
    pub fn restore_examples(&mut self) {
        self.hidden_examples.clear();
        self.repair_pair();
    }

    /// Puts report `id` in slot A (`slot` 0) or B (`slot` 1); if it was in
    /// the other slot, the two swap.
    pub fn choose(&mut self, slot: usize, id: &str) {
        if self.get(id).is_none() {
            return;
        }
        let (a, b) = &mut self.pair;
        let (target, other) = if slot == 0 { (a, b) } else { (b, a) };
        if other == id {
            std::mem::swap(target, other);
        } else {
            *target = id.to_string();
        }
    }

    /// Keeps the headlines an analysis found for the reports `key` names,
    /// for those the user gave no title; says whether any changed.
    pub fn learn_headlines(&mut self, key: &[(String, Option<String>)], analysis: &Analysis) -> bool {
        let mut changed = false;
        for ((id, given), analysed) in key.iter().zip(&analysis.reports) {
            if given.is_some() {
                continue;
            }
            if let Some(report) = self.reports.iter_mut().find(|r| r.id == *id && r.title.is_none()) {
                if report.headline.as_deref() != Some(analysed.title.as_str()) {
                    report.headline = Some(analysed.title.clone());
                    changed = true;
                }
            }
        }
        changed
    }

    /// The corrections of the chosen pair, in the order made.
    pub fn corrections(&self) -> Corrections {
        let key = pair_key(&self.pair.0, &self.pair.1);
        self.corrections
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, c)| c.clone())
            .unwrap_or_default()
    }

    /// Replaces the chosen pair's corrections (the newest
    /// [`MAX_CORRECTIONS`] are kept); none removes the entry.
    pub fn set_corrections(&mut self, corrections: Corrections) {
        let key = pair_key(&self.pair.0, &self.pair.1);
        let mut items = corrections.items;
        if items.len() > MAX_CORRECTIONS {
            items.drain(..items.len() - MAX_CORRECTIONS);
        }
        self.corrections.retain(|(k, _)| *k != key);
        if !items.is_empty() {
            self.corrections.push((key, Corrections { items }));
        }
    }

    /// Adds a correction for the chosen pair; one already made is moved
    /// to the end rather than kept twice.
    pub fn correct(&mut self, correction: Correction) {
        let mut corrections = self.corrections();
        corrections.items.retain(|c| *c != correction);
        corrections.items.push(correction);
        self.set_corrections(corrections);
    }

    /// Takes back the chosen pair's correction at `index`, or its last one
    /// when `index` is `None`.
    pub fn uncorrect(&mut self, index: Option<usize>) {
        let mut corrections = self.corrections();
        let at = index.unwrap_or(corrections.items.len().saturating_sub(1));
        if at < corrections.items.len() {
            corrections.items.remove(at);
            self.set_corrections(corrections);
        }
    }

    /// Makes the pair name visible reports when it can.
    fn repair_pair(&mut self) {
        let visible: Vec<String> = self.visible().map(|r| r.id.clone()).collect();
        let ok = |id: &String| visible.contains(id);
        if !ok(&self.pair.0) {
            if let Some(id) = visible.iter().find(|id| **id != self.pair.1) {
                self.pair.0 = id.clone();
            }
        }
        if !ok(&self.pair.1) {
            if let Some(id) = visible.iter().find(|id| **id != self.pair.0) {
                self.pair.1 = id.clone();
            }
        }
    }

    /// The library in its storage format.
    pub fn to_stored(&self) -> Stored {
        Stored {
            format: FORMAT.to_string(),
            version: VERSION,
            reports: self
                .reports
                .iter()
                .filter(|r| r.origin == Origin::User)
                .map(|r| StoredReport {
                    id: r.id.clone(),
                    title: r.title.clone(),
                    headline: r.headline.clone(),
                    source: r.source.clone(),
                    text: r.text.to_string(),
                })
                .collect(),
            example_titles: self
                .reports
                .iter()
                .filter(|r| r.origin == Origin::Example)
                .filter_map(|r| r.title.clone().map(|t| (r.id.clone(), t)))
                .collect(),
            hidden_examples: self.hidden_examples.clone(),
            pair: self.pair.clone(),
            corrections: self
                .corrections
                .iter()
                .filter(|(key, _)| self.names_pair_of_reports(key))
                .cloned()
                .collect(),
            story: self.story.clone(),
        }
    }

    /// The user's reports as a file to download (a Parallax reports file):
    /// the storage format as compact JSON, the one JSON writer the page has
    /// (the browser's storage takes the same).
    pub fn to_bundle(&self) -> String {
        serde_json::to_string(&self.to_stored()).unwrap_or_default()
    }

    /// Whether a corrections key names two reports of the library.
    fn names_pair_of_reports(&self, key: &str) -> bool {
        key.split_once('+').is_some_and(|(a, b)| self.get(a).is_some() && self.get(b).is_some())
    }

    /// The library a stored form describes, or why it cannot be read.
    pub fn from_stored(json: &str) -> Result<Library, LoadError> {
        Ok(Library::from_record(Stored::parse(json)?))
    }

    /// The library a stored form describes; the pair it names if it can.
    pub fn from_record(stored: Stored) -> Library {
        let mut library = Library::default();
        for (id, title) in &stored.example_titles {
            library.rename(id, title);
        }
        for report in stored.reports {
            if report.text.len() > MAX_REPORT_BYTES || library.get(&report.id).is_some() {
                continue;
            }
            library.reports.push(ReportSource {
                id: report.id,
                title: report.title,
                headline: report.headline,
                source: report.source,
                text: Rc::from(report.text),
                origin: Origin::User,
            });
        }
        library.hidden_examples = stored
            .hidden_examples
            .into_iter()
            .filter(|id| library.get(id).is_some_and(|r| r.origin == Origin::Example))
            .collect();
        if library.get(&stored.pair.0).is_some() && library.get(&stored.pair.1).is_some() {
            library.pair = stored.pair;
        }
        library.corrections = stored
            .corrections
            .into_iter()
            .filter(|(key, _)| library.names_pair_of_reports(key))
            .collect();
        for id in &stored.story {
            if !library.story.contains(id) && library.story.len() < MAX_STORY && library.get(id).is_some() {
                library.story.push(id.clone());
            }
        }
        library.repair_pair();
        library
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(text: &str) -> Draft {
        Draft {
            text: text.to_string(),
            title: None,
            source: String::from("pasted"),
        }
    }

    #[test]
    fn starts_with_the_examples_as_the_pair() {
        let library = Library::default();
        assert_eq!(library.chosen().len(), 2);
        assert_eq!(library.visible().count(), 2);
    }

    #[test]
    fn report_ids_are_fnv1a_of_the_text_and_never_change() {
        // Ids are stored in the browser's database and carried in links: a
        // report saved by an earlier version must keep its id.
        assert_eq!(id_for(""), "rcbf29ce484222325");
        assert_eq!(id_for("a"), "raf63dc4c8601ec8c");
        assert_eq!(id_for("Floods close the coast road."), "re42b903b24d4d9e9");
    }

    #[test]
    fn adding_the_same_text_twice_keeps_one_report() {
        let mut library = Library::default();
        let first = library.add(draft("A new report.")).unwrap();
        let again = library.add(draft("A new report.")).unwrap();
        assert_eq!(first, again);
        assert_eq!(library.visible().count(), 3);
    }

    #[test]
    fn bad_text_is_refused_with_a_reason() {
        let mut library = Library::default();
        assert_eq!(library.add(draft("   \n")), Err(AddError::Empty));
        assert_eq!(library.add(draft("a\0b\0c")), Err(AddError::Binary));
        let huge = "x".repeat(MAX_REPORT_BYTES + 1);
        assert!(matches!(library.add(draft(&huge)), Err(AddError::TooLarge { .. })));
        assert!(AddError::Binary.to_string().contains("binary"));
    }

    #[test]
    fn untitled_reports_are_named_by_their_first_line_until_analysed_then_by_their_headline() {
        let mut library = Library::default();
        let text = "\n  Floods close the coast road\nThe road from Alba to Brin closed on Monday. It may reopen soon.";
        let id = library.add(draft(text)).unwrap();
        let titled = library.add(Draft { title: Some(String::from("Mine")), ..draft("Another report.") }).unwrap();
        assert_eq!(library.get(&id).unwrap().name(), "Floods close the coast road");
        library.choose(0, &id);
        library.choose(1, &titled);
        let key = crate::state::analysis_key(&library);
        let analysis = parallax_analysis::analyze_with(
            &[parallax_analysis::Input::new(text), parallax_analysis::Input::titled("Another report.", "Mine")],
            &Corrections::default(),
        );
        assert!(library.learn_headlines(&key.reports, &analysis));
        assert_eq!(library.get(&id).unwrap().headline.as_deref(), Some(parallax_analysis::headline(text).as_str()));
        assert_eq!(library.get(&titled).unwrap().headline, None, "a title the user gave needs no headline");
        assert!(!library.learn_headlines(&key.reports, &analysis), "nothing new the second time");
        // The headline is kept with the report.
        let json = serde_json::to_string(&library.to_stored()).unwrap();
        let restored = Library::from_stored(&json).unwrap();
        assert_eq!(restored.get(&id).unwrap().headline, library.get(&id).unwrap().headline);
        assert_eq!(restored.get(&titled).unwrap().name(), "Mine");
    }

    #[test]
    fn a_long_first_line_is_shortened_and_a_report_without_words_is_untitled() {
        let mut library = Library::default();
        let long = format!("{} end.", "word ".repeat(40));
        let id = library.add(draft(&long)).unwrap();
        let name = library.get(&id).unwrap().name();
        assert!(name.ends_with('…') && name.len() <= 90 + '…'.len_utf8(), "{name}");
        let id = library.add(draft("— … —\n***")).unwrap();
        assert_eq!(library.get(&id).unwrap().name(), "Untitled report");
    }

    #[test]
    fn choosing_a_report_for_the_other_slot_swaps_them() {
        let mut library = Library::default();
        let (a, b) = library.pair.clone();
        library.choose(0, &b);
        assert_eq!(library.pair, (b, a));
    }

    #[test]
    fn removing_a_chosen_report_moves_the_pair_and_examples_come_back() {
        let mut library = Library::default();
        let id = library.add(draft("Mine.")).unwrap();
        library.choose(0, &id);
        library.remove(&id);
        assert!(library.get(&id).is_none());
        assert_ne!(library.pair.0, id);
        let example = library.pair.1.clone();
        library.remove(&example);
        assert_eq!(library.visible().count(), 1);
        library.restore_examples();
        assert_eq!(library.visible().count(), 2);
    }

    #[test]
    fn the_stored_form_round_trips() {
        let mut library = Library::default();
        let id = library.add(Draft { text: String::from("Mine."), title: Some(String::from("My title")), source: String::from("notes.txt") }).unwrap();
        library.choose(1, &id);
        library.rename("example-a", "Renamed example");
        let json = serde_json::to_string(&library.to_stored()).unwrap();
        let back = Library::from_stored(&json).unwrap();
        assert_eq!(back, library);
    }

    #[test]
    fn corrections_belong_to_their_pair_and_are_kept() {
        use parallax_model::Kind;
        let mut library = Library::default();
        let retype = Correction::Retype { name: String::from("Lima"), kind: Kind::Person };
        library.correct(retype.clone());
        library.correct(Correction::NotAnEntity { text: String::from("Monday") });
        library.correct(retype.clone());
        assert_eq!(library.corrections().items.len(), 2, "the same correction twice is kept once");
        assert_eq!(library.corrections().items[1], retype, "and moves to the end");
        // Swapping A and B keeps them; another pair has none.
        let (a, b) = library.pair.clone();
        library.choose(0, &b);
        assert_eq!(library.corrections().items.len(), 2);
        let id = library.add(draft("Another report.")).unwrap();
        library.choose(1, &id);
        assert!(library.corrections().is_empty());
        library.choose(1, &a);
        let json = serde_json::to_string(&library.to_stored()).unwrap();
        let mut back = Library::from_stored(&json).unwrap();
        assert_eq!(back.corrections(), library.corrections());
        back.uncorrect(None);
        assert_eq!(back.corrections().items, [Correction::NotAnEntity { text: String::from("Monday") }]);
        back.uncorrect(Some(0));
        assert!(back.corrections().is_empty() && back.corrections.is_empty());
    }

    #[test]
    fn data_saved_before_corrections_still_reads() {
        let old = "{\"format\":\"parallax-library\",\"version\":1,\"reports\":[],\"pair\":[\"example-a\",\"example-b\"]}";
        assert!(Library::from_stored(old).unwrap().corrections.is_empty());
    }

    #[test]
    fn corrupt_or_newer_data_is_refused() {
        assert_eq!(Library::from_stored("not json"), Err(LoadError::Corrupt));
        assert_eq!(Library::from_stored("{\"format\":\"other\"}"), Err(LoadError::Corrupt));
        let newer = "{\"format\":\"parallax-library\",\"version\":99,\"reports\":[],\"pair\":[\"a\",\"b\"]}";
        assert_eq!(Library::from_stored(newer), Err(LoadError::Newer(99)));
        // A newer version's data is recognised whatever shape the rest has.
        let reshaped = "{\"reports\":{\"by_id\":{}},\"version\":2,\"format\":\"parallax-library\"}";
        assert_eq!(Library::from_stored(reshaped), Err(LoadError::Newer(2)));
        for odd_version in ["1.5", "-1", "\"1\"", "null"] {
            let json = format!("{{\"format\":\"parallax-library\",\"version\":{odd_version},\"reports\":[],\"pair\":[\"a\",\"b\"]}}");
            assert_eq!(Library::from_stored(&json), Err(LoadError::Corrupt), "version {odd_version}");
        }
        let broken = "{\"format\":\"parallax-library\",\"version\":1,\"reports\":3}";
        assert_eq!(Library::from_stored(broken), Err(LoadError::Corrupt));
    }
}
