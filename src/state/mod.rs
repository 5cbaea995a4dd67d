//! The app's state: everything the user has chosen and everything on
//! screen, and the reducer that turns an [`Action`] into the next state.
//!
//! Pure and host-testable: nothing here touches the DOM, the worker or the
//! browser's storage (those are the effects of [`crate::hooks`]). The
//! reducer never sees report text; it works with entity ids and mention
//! positions that the core produced.
//!
//! - [`action`]: what can happen, as the reducer takes it;
//! - [`reduce`]: the reducer, which hands each action to a small function
//!   of the module concerned: [`reading`] (selection, stepping, search),
//!   [`edits`] (the library and its corrections), [`link`] (a link's view),
//!   [`background`] (what the worker is doing for the page), [`work`] (a
//!   long job the user may cancel, and jobs stopped before they answered).

use std::rc::Rc;

use parallax_model::{Analysis, Corrections, EntityId, Kind, Span};
use parallax_protocol::Export;

use crate::library::Library;
use crate::notice::{Draft as NoticeDraft, Notice};
use crate::route::Page;
use crate::share::ViewState;
use crate::theme::Theme;

pub mod action;
mod background;
mod edits;
mod link;
mod reading;
mod reduce;
mod sync;
mod work;

pub use action::{Action, CHOSEN, Edit, IN_TURN};
pub use sync::Synced;
pub use work::{Job, Stop};

/// Shared, immutable data that props and state compare by pointer, so a
/// re-render never compares report texts or analyses.
#[derive(Debug, Default)]
pub struct Shared<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Shared<T>
    where
        T: Sized,
    {
        Shared(Rc::new(value))
    }
}

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Clone + PartialEq> Shared<T> {
    /// Edits a copy of the value, and keeps the copy only if the edit
    /// changed something: an unchanged value keeps its pointer, so nothing
    /// that shows it renders again (and an unchanged library is not saved
    /// again). Every change to the library goes through here.
    pub fn edit<R>(&mut self, edit: impl FnOnce(&mut T) -> R) -> R {
        let mut value = T::clone(self);
        let result = edit(&mut value);
        if value != **self {
            self.0 = Rc::new(value);
        }
        result
    }
}

impl<T: ?Sized> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// A set of kinds, as a bit mask over [`Kind::ALL`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindSet(u8);

impl KindSet {
    fn bit(kind: Kind) -> u8 {
        1 << Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
    }

    /// Whether `kind` is in the set.
    pub fn contains(self, kind: Kind) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    /// The set with `kind` added if absent, removed if present.
    pub fn toggled(self, kind: Kind) -> KindSet {
        KindSet(self.0 ^ Self::bit(kind))
    }

    /// Whether no kind is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The kinds in the set, in [`Kind::ALL`] order.
    pub fn kinds(self) -> Vec<Kind> {
        Kind::ALL.into_iter().filter(|k| self.contains(*k)).collect()
    }

    /// The set of `kinds`.
    pub fn of(kinds: &[Kind]) -> KindSet {
        kinds.iter().fold(KindSet::default(), |set, k| if set.contains(*k) { set } else { set.toggled(*k) })
    }
}

/// What an analysis is made from: the chosen reports' ids and titles, and
/// the user's corrections for them. An analysis on screen is current while
/// its key is the library's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnalysisKey {
    /// Report A's and report B's ids and given titles.
    pub reports: Vec<(String, Option<String>)>,
    /// The corrections applied.
    pub corrections: Corrections,
}

/// What the analysis of the library's chosen pair is made from.
pub fn analysis_key(library: &Library) -> AnalysisKey {
    AnalysisKey {
        reports: library.chosen().into_iter().map(|r| (r.id, r.title)).collect(),
        corrections: library.corrections(),
    }
}

/// What the analysis of the library's story is made from: its reports'
/// ids and titles, in order (a story has no corrections).
pub fn story_key(library: &Library) -> AnalysisKey {
    AnalysisKey { reports: library.story_reports().into_iter().map(|r| (r.id, r.title)).collect(), corrections: Corrections::default() }
}

/// Where a mention is: which report, which mention of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MentionRef {
    /// Index of the report in the analysis.
    pub report: usize,
    /// Index into that report's mentions.
    pub mention: usize,
}

impl MentionRef {
    /// The DOM id of the mention's highlight.
    pub fn dom_id(self) -> String {
        format!("mention-{}-{}", self.report, self.mention)
    }
}

/// The worker's answer to a search.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// Each report's hits, and whether a report had more than were sent.
    Hits(Rc<Vec<Shared<Vec<Span>>>>, bool),
    /// What is wrong with the pattern, in the regex crate's words.
    Error(Rc<str>),
}

/// How the reports are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextView {
    /// The article text with highlights; site text set aside.
    #[default]
    Analysed,
    /// The report exactly as received.
    Original,
}

/// Everything the user has chosen. The library and the analysis are
/// [`Shared`], so states compare them by pointer: they are big and never
/// mutated, only replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Every report the user can choose from, and the chosen pair.
    pub library: Shared<Library>,
    /// The analysis of the reports on screen.
    pub analysis: Shared<Analysis>,
    /// What `analysis` was made from.
    pub analysed: AnalysisKey,
    /// The coverage of the story's reports, laid out.
    pub story: Shared<parallax_protocol::Board>,
    /// What `story` was made from.
    pub story_analysed: AnalysisKey,
    /// The story's analysis running in the worker: its key and how many
    /// bytes of report text it reads.
    pub story_analysing: Option<(AnalysisKey, usize)>,
    /// Kinds the user switched off in the legend.
    pub hidden: KindSet,
    /// The selected entity, if any.
    pub selected: Option<EntityId>,
    /// Which of the selected entity's mentions is current, when stepping.
    pub cursor: usize,
    /// Analysed or original text.
    pub view: TextView,
    /// The mention under the pointer or focus, whose tooltip is open.
    pub hover: Option<MentionRef>,
    /// The page on screen.
    pub page: Page,
    /// The figure-ledger row whose mentions are shown in context.
    pub open_row: Option<usize>,
    /// Messages to the user, oldest first.
    pub notices: Vec<Notice>,
    /// The id the next notice gets.
    pub next_notice: u32,
    /// Whether the report library panel is open.
    pub library_open: bool,
    /// Whether the keyboard shortcut overlay is open.
    pub help_open: bool,
    /// The theme the user chose.
    pub theme: Theme,
    /// Which report a phone-width screen shows (0 or 1).
    pub phone_report: usize,
    /// The analysis running off the main thread: its key and how many
    /// bytes of report text it reads.
    pub analysing: Option<(AnalysisKey, usize)>,
    /// What the user searches for.
    pub search: String,
    /// Which hit of the search is current, counting report A's first.
    pub search_cursor: usize,
    /// Whether the search is a regular expression, run in the worker.
    pub pattern: bool,
    /// The id of the last search asked of the worker.
    pub pattern_asked: u32,
    /// The worker's answer to that search; `None` while it is awaited.
    pub found: Option<Found>,
    /// The export the worker is making, until the file is offered.
    pub exporting: Option<Export>,
    /// The names of the files the worker is making into reports.
    pub importing: Vec<String>,
    /// The worker's job that has been running for a while, which the user
    /// may cancel.
    pub working: Option<Job>,
    /// Whether the library is kept in the browser's database.
    pub storage: Storage,
    /// The number of the storage worker's library the library was last
    /// made from (0: none yet).
    pub seen: u32,
    /// The pair a link named that the library did not hold while the saved
    /// library was still being read: chosen (or refused with a notice) once
    /// it has been read.
    pub wanted: Option<(String, String)>,
    /// Where the reports the user adds show: A (0), B (1) or
    /// [`IN_TURN`].
    pub add_slot: usize,
    /// The slot the last report added in turn went to.
    pub turn: usize,
}

/// Whether the library is kept in the browser's database.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Storage {
    /// Not read yet: nothing is saved until it is.
    #[default]
    Loading,
    /// Read, and every change is saved.
    Kept,
    /// Read, but the database holds settings that could not be read: nothing
    /// is saved until the user downloads or discards them.
    Held,
    /// Kept in this tab only: the browser keeps nothing, or what it keeps
    /// could not be read and must not be written over.
    Memory,
}

impl State {
    /// A fresh state for a library and the analysis of its chosen pair:
    /// nothing selected, every kind shown.
    pub fn new(library: Shared<Library>, analysis: Shared<Analysis>) -> State {
        let analysed = analysis_key(&library);
        State {
            library,
            analysis,
            analysed,
            story: Shared::default(),
            story_analysed: AnalysisKey::default(),
            story_analysing: None,
            hidden: KindSet::default(),
            selected: None,
            cursor: 0,
            view: TextView::default(),
            hover: None,
            page: Page::default(),
            open_row: None,
            notices: Vec::new(),
            next_notice: 1,
            library_open: false,
            help_open: false,
            theme: Theme::default(),
            phone_report: 0,
            analysing: None,
            search: String::new(),
            search_cursor: 0,
            pattern: false,
            pattern_asked: 0,
            found: None,
            exporting: None,
            importing: Vec::new(),
            working: None,
            storage: Storage::default(),
            seen: 0,
            wanted: None,
            add_slot: 1,
            turn: 0,
        }
    }

    /// Whether the analysis on screen is of the library's chosen pair.
    pub fn is_current(&self) -> bool {
        self.analysed == analysis_key(&self.library)
    }

    /// Whether the story's analysis on screen is of the library's story.
    pub fn is_story_current(&self) -> bool {
        self.story_analysed == story_key(&self.library)
    }

    /// The view as a link would carry it (without report texts).
    pub fn view_state(&self) -> ViewState {
        ViewState {
            page: self.page,
            pair: Some(self.library.pair.clone()),
            selected: self.selected.map(|id| id.0),
            hidden: self.hidden.kinds(),
            carried: [None, None],
            packed: [None, None],
            corrections: Some(self.library.corrections()).filter(|c| !c.is_empty()),
            unchecked: false,
            story: self.library.story.clone(),
            story_carried: Vec::new(),
            story_packed: None,
        }
    }

    /// Every mention of the selected entity, report A's first, in text order.
    pub fn selection(&self) -> Vec<MentionRef> {
        let Some(id) = self.selected else {
            return Vec::new();
        };
        self.analysis
            .reports
            .iter()
            .enumerate()
            .flat_map(|(report, r)| {
                r.entity(id)
                    .into_iter()
                    .flat_map(move |e| e.mentions.iter().map(move |&mention| MentionRef { report, mention }))
            })
            .collect()
    }

    /// The mention the stepper points at.
    pub fn current(&self) -> Option<MentionRef> {
        self.selection().get(self.cursor).copied()
    }

    /// Tells the user something; the same message twice in a row is shown
    /// once.
    fn notify(&mut self, draft: NoticeDraft) {
        if self.notices.last().is_some_and(|n| n.text == draft.text) {
            return;
        }
        self.notices.push(Notice {
            id: self.next_notice,
            level: draft.level,
            text: draft.text,
            download: draft.download,
            discard: draft.discard,
        });
        self.next_notice += 1;
    }
}

#[cfg(test)]
mod tests;
