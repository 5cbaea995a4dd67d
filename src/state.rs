//! The app's state and its reducer: actions in, state out.
//!
//! Pure and host-testable: nothing here touches the DOM. The reducer never
//! sees report text; it works with entity ids and mention positions that
//! the core produced.

use std::rc::Rc;

use parallax_model::{Analysis, Correction, Corrections, EntityId, Kind};
use parallax_protocol::Export;
use yew::Reducible;

use crate::library::{Draft as ReportDraft, Library};
use crate::notice::{Draft as NoticeDraft, Level, Notice};
use crate::route::Page;
use crate::share::ViewState;
use crate::theme::Theme;

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

/// How the reports are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextView {
    /// The article text with highlights; site text set aside.
    #[default]
    Analysed,
    /// The report exactly as received.
    Original,
}

/// Everything the user has chosen.
#[derive(Clone, Debug)]
pub struct State {
    /// Every report the user can choose from, and the chosen pair.
    pub library: Shared<Library>,
    /// The analysis of the reports on screen.
    pub analysis: Shared<Analysis>,
    /// What `analysis` was made from.
    pub analysed: AnalysisKey,
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
    /// The export the worker is making, until the file is offered.
    pub exporting: Option<Export>,
    /// The names of the files the worker is making into reports.
    pub importing: Vec<String>,
}

impl PartialEq for State {
    /// The analysis compares by pointer: it is big and never mutated.
    fn eq(&self, other: &State) -> bool {
        self.library == other.library
            && self.analysis == other.analysis
            && self.analysed == other.analysed
            && self.hidden == other.hidden
            && self.selected == other.selected
            && self.cursor == other.cursor
            && self.view == other.view
            && self.hover == other.hover
            && self.page == other.page
            && self.open_row == other.open_row
            && self.notices == other.notices
            && self.library_open == other.library_open
            && self.help_open == other.help_open
            && self.theme == other.theme
            && self.phone_report == other.phone_report
            && self.analysing == other.analysing
            && self.search == other.search
            && self.search_cursor == other.search_cursor
            && self.exporting == other.exporting
            && self.importing == other.importing
    }
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
            exporting: None,
            importing: Vec::new(),
        }
    }

    /// Whether the analysis on screen is of the library's chosen pair.
    pub fn is_current(&self) -> bool {
        self.analysed == analysis_key(&self.library)
    }

    /// The view as a link would carry it (without report texts).
    pub fn view_state(&self) -> ViewState {
        ViewState {
            page: self.page,
            pair: Some(self.library.pair.clone()),
            selected: self.selected.map(|id| id.0),
            hidden: self.hidden.kinds(),
            carried: [None, None],
            corrections: Some(self.library.corrections()).filter(|c| !c.is_empty()),
        }
    }

    fn notify(&mut self, draft: NoticeDraft) {
        // The same message twice in a row is shown once.
        if self.notices.last().is_some_and(|n| n.text == draft.text) {
            return;
        }
        self.notices.push(Notice {
            id: self.next_notice,
            level: draft.level,
            text: draft.text,
            download: draft.download,
        });
        self.next_notice += 1;
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
}

/// What the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch a kind's highlights on or off.
    ToggleKind(Kind),
    /// Select an entity, or clear the selection if it is already selected.
    Select(EntityId),
    /// Select the entity of a mention and make that mention current.
    SelectMention(MentionRef),
    /// Clear the selection.
    ClearSelection,
    /// Move to the next (+1) or previous (-1) mention of the selection.
    Step(isize),
    /// Switch between the analysed and the original text.
    SetView(TextView),
    /// Open or close a mention's tooltip.
    Hover(Option<MentionRef>),
    /// Show a new analysis of the reports named by the key, keeping the
    /// user's choices where they still apply.
    Analysed(AnalysisKey, Shared<Analysis>),
    /// Go to a page.
    Navigate(Page),
    /// Select an entity and show it in both reports on the reading page.
    Reveal(EntityId),
    /// Show or hide a figure-ledger row's mentions in context.
    ToggleRow(usize),
    /// Add a report to the library and put it in slot A (0) or B (1).
    AddReport(ReportDraft, usize),
    /// Put a library report in slot A (0) or B (1).
    Choose(usize, String),
    /// Retitle a report.
    Rename(String, String),
    /// Remove a user's report, or hide an example.
    Remove(String),
    /// Show the examples again.
    RestoreExamples,
    /// Open or close the report library.
    ToggleLibrary,
    /// Tell the user something.
    Notify(NoticeDraft),
    /// Dismiss a notice.
    Dismiss(u32),
    /// Apply the view a link describes.
    ApplyView(ViewState),
    /// Open or close the keyboard shortcut overlay.
    ToggleHelp,
    /// Escape: close the overlay or the library, else clear the selection.
    Escape,
    /// Choose a theme.
    SetTheme(Theme),
    /// Show report A (0) or B (1) on a phone-width screen.
    ShowOnPhone(usize),
    /// An analysis of the reports named by the key started off the main
    /// thread, reading this many bytes.
    Analysing(AnalysisKey, usize),
    /// The analysis named by the key has taken far longer than its size
    /// explains: if it is still awaited, the user is told why it may never
    /// come.
    AnalysisOverdue(AnalysisKey),
    /// Correct the analysis of the chosen pair.
    Correct(Correction),
    /// Take back the correction at this index, or the last one.
    Uncorrect(Option<usize>),
    /// Take back every correction of the chosen pair.
    ClearCorrections,
    /// Search both reports.
    Search(String),
    /// Move to the next (+1) or previous (-1) of `total` search hits; the
    /// hit lands in report `0` or `1` as the caller computed.
    StepSearch { delta: isize, total: usize },
    /// Show the phone tab of the report holding the current hit.
    ShowHitOnPhone(usize),
    /// Make a file of the analysis of the chosen pair (in the worker).
    Export(Export),
    /// Make a file the user opened into a report for slot A (0) or B (1).
    /// The app sends it to the analysis worker, which reduces it to report
    /// text; its answer comes back as [`Action::AddReport`]. It never
    /// reaches the reducer, which leaves the state as it is; the app
    /// dispatches [`Action::Importing`] instead.
    Import { name: String, text: String, slot: usize },
    /// The worker is making the file of this name into a report.
    Importing(String),
    /// The file of this name was made into a report.
    Imported(String),
    /// The file of this name has taken far longer than it should: if it is
    /// still awaited, the user is told why it may never come.
    ImportOverdue(String),
    /// The export's file was offered to the user.
    Exported(Export),
    /// The export has taken far longer than it should: if it is still
    /// awaited, the user is told why it may never come.
    ExportOverdue(Export),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ToggleKind(kind) => {
                next.hidden = next.hidden.toggled(kind);
                if next.hover.is_some_and(|h| next.kind_of(h) == Some(kind)) {
                    next.hover = None;
                }
            }
            Action::Select(id) => {
                if next.selected == Some(id) {
                    next.selected = None;
                } else {
                    next.selected = Some(id);
                }
                next.cursor = 0;
            }
            Action::SelectMention(at) => {
                let id = next
                    .analysis
                    .reports
                    .get(at.report)
                    .and_then(|r| r.mentions.get(at.mention))
                    .and_then(|m| m.entity);
                match id {
                    Some(id) if next.selected == Some(id) => next.selected = None,
                    Some(id) => {
                        next.selected = Some(id);
                        next.cursor = next.selection().iter().position(|m| *m == at).unwrap_or(0);
                    }
                    None => {}
                }
            }
            Action::ClearSelection => {
                next.selected = None;
                next.cursor = 0;
            }
            Action::Step(delta) => {
                let count = next.selection().len() as isize;
                if count > 0 {
                    next.cursor = (next.cursor as isize + delta).rem_euclid(count) as usize;
                    if let Some(at) = next.current() {
                        next.phone_report = at.report.min(1);
                    }
                }
            }
            Action::SetView(view) => next.view = view,
            Action::Hover(hover) => next.hover = hover,
            Action::Navigate(page) => {
                next.page = page;
                next.hover = None;
            }
            Action::Reveal(id) => {
                next.selected = Some(id);
                next.cursor = 0;
                next.page = Page::Read;
                next.hover = None;
            }
            Action::ToggleRow(row) => {
                next.open_row = if next.open_row == Some(row) { None } else { Some(row) };
            }
            Action::AddReport(draft, slot) => {
                let mut library = (*next.library).clone();
                let name = draft.title.clone().unwrap_or_else(|| match draft.source.trim() {
                    "" | "Pasted" => String::from("The pasted report"),
                    source => source.to_string(),
                });
                match library.add(draft) {
                    Ok(id) => {
                        library.choose(slot.min(1), &id);
                        next.notify(NoticeDraft::new(Level::Info, format!("{name} was added as report {}.", if slot == 0 { 'A' } else { 'B' })));
                        next.library = Shared::new(library);
                    }
                    Err(error) => next.notify(NoticeDraft::new(Level::Error, error.to_string())),
                }
            }
            Action::Choose(slot, id) => {
                let mut library = (*next.library).clone();
                library.choose(slot, &id);
                if library != *next.library {
                    next.library = Shared::new(library);
                }
            }
            Action::Rename(id, title) => {
                let mut library = (*next.library).clone();
                library.rename(&id, &title);
                if library != *next.library {
                    next.library = Shared::new(library);
                }
            }
            Action::Remove(id) => {
                let mut library = (*next.library).clone();
                library.remove(&id);
                next.library = Shared::new(library);
            }
            Action::RestoreExamples => {
                let mut library = (*next.library).clone();
                library.restore_examples();
                next.library = Shared::new(library);
            }
            Action::ToggleLibrary => next.library_open = !next.library_open,
            Action::Notify(draft) => next.notify(draft),
            Action::Dismiss(id) => next.notices.retain(|n| n.id != id),
            Action::ApplyView(view) => next.apply_view(view),
            Action::ToggleHelp => next.help_open = !next.help_open,
            Action::Escape => {
                if next.help_open {
                    next.help_open = false;
                } else if next.library_open {
                    next.library_open = false;
                } else {
                    next.selected = None;
                    next.cursor = 0;
                }
            }
            Action::SetTheme(theme) => next.theme = theme,
            Action::ShowOnPhone(report) => next.phone_report = report.min(1),
            Action::Analysing(key, bytes) => next.analysing = Some((key, bytes)),
            Action::AnalysisOverdue(key) => {
                if next.analysing.as_ref().is_some_and(|(awaited, _)| *awaited == key) {
                    next.notify(NoticeDraft::new(
                        Level::Warning,
                        "The analysis is taking much longer than it should. Parallax analyses reports in a background \
                         worker; if this browser or its settings block workers, the analysis cannot finish. Your \
                         reports are kept in the library.",
                    ));
                }
            }
            Action::Search(query) => {
                next.search = query.chars().take(200).collect();
                next.search_cursor = 0;
            }
            Action::StepSearch { delta, total } => {
                if total > 0 {
                    next.search_cursor = (next.search_cursor as isize + delta).rem_euclid(total as isize) as usize;
                }
            }
            Action::ShowHitOnPhone(report) => next.phone_report = report.min(1),
            Action::Export(export) => next.exporting = Some(export),
            Action::Import { .. } => {}
            Action::Importing(name) => next.importing.push(name),
            Action::Imported(name) => {
                if let Some(at) = next.importing.iter().position(|n| *n == name) {
                    next.importing.remove(at);
                }
            }
            Action::ImportOverdue(name) => {
                if let Some(at) = next.importing.iter().position(|n| *n == name) {
                    next.importing.remove(at);
                    next.notify(NoticeDraft::new(
                        Level::Warning,
                        format!(
                            "{name} is not open yet. Parallax turns HTML and Markdown files into report text in a \
                             background worker, which has not answered; if this browser or its settings block \
                             workers, paste the report's text instead."
                        ),
                    ));
                }
            }
            Action::Exported(export) => {
                if next.exporting == Some(export) {
                    next.exporting = None;
                }
            }
            Action::ExportOverdue(export) => {
                if next.exporting == Some(export) {
                    next.exporting = None;
                    next.notify(NoticeDraft::new(
                        Level::Warning,
                        "The export has not come. Parallax makes exports in a background worker, which has not \
                         answered; if this browser or its settings block workers, the export cannot be made.",
                    ));
                }
            }
            Action::Correct(correction) => {
                let mut library = (*next.library).clone();
                library.correct(correction);
                next.library = Shared::new(library);
            }
            Action::Uncorrect(index) => {
                let mut library = (*next.library).clone();
                library.uncorrect(index);
                if library != *next.library {
                    next.library = Shared::new(library);
                }
            }
            Action::ClearCorrections => {
                let mut library = (*next.library).clone();
                library.set_corrections(Corrections::default());
                if library != *next.library {
                    next.library = Shared::new(library);
                }
            }
            Action::Analysed(key, analysis) => {
                // An answer for reports no longer chosen is dropped.
                if key != analysis_key(&next.library) {
                    return self;
                }
                next.analysing = None;
                // Only corrections changed: the same reports, so the
                // selection follows its entity to its new id.
                let same_reports = key.reports == next.analysed.reports;
                next.selected = match next.selected {
                    Some(id) if same_reports => carry_selection(&next.analysis, &analysis, id),
                    Some(id) if analysis.entity(id).is_some() => Some(id),
                    _ => None,
                };
                next.analysis = analysis;
                next.analysed = key;
                next.hover = None;
                next.cursor = 0;
                if !same_reports {
                    next.open_row = None;
                }
                // The library lists untitled reports by the headline the
                // analysis found.
                let mut library = (*next.library).clone();
                if library.learn_headlines(&next.analysed.reports, &next.analysis) {
                    next.library = Shared::new(library);
                }
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

/// What the analysis of the library's chosen pair is made from.
pub fn analysis_key(library: &Library) -> AnalysisKey {
    AnalysisKey {
        reports: library.chosen().into_iter().map(|r| (r.id, r.title)).collect(),
        corrections: library.corrections(),
    }
}

/// The entity of `new` that entity `id` of `old` became, after a
/// correction: the entity of the first of its old mentions still there.
/// `None` when every mention is gone (the user said it is not an entity).
fn carry_selection(old: &Analysis, new: &Analysis, id: EntityId) -> Option<EntityId> {
    old.reports.iter().zip(&new.reports).find_map(|(before, after)| {
        let entity = before.entity(id)?;
        entity.mentions.iter().find_map(|&m| {
            let span = before.mentions.get(m)?.span;
            after
                .mentions
                .binary_search_by_key(&(span.start, span.end), |n| (n.span.start, n.span.end))
                .ok()
                .and_then(|at| after.mentions[at].entity)
        })
    })
}

impl State {
    /// Applies a link's view: reports it carries join the library, then its
    /// page, pair, selection and kinds take effect. Parts that cannot apply
    /// are reported, and the rest still applies.
    fn apply_view(&mut self, view: ViewState) {
        let mut library = (*self.library).clone();
        let mut pair = view.pair.clone();
        for (slot, carried) in view.carried.into_iter().enumerate() {
            let Some(carried) = carried else { continue };
            let draft = ReportDraft { text: carried.text, title: carried.title, source: carried.source };
            match library.add(draft) {
                Ok(id) => {
                    if let Some(pair) = pair.as_mut() {
                        if slot == 0 { pair.0 = id } else { pair.1 = id }
                    }
                }
                Err(error) => self.notify(NoticeDraft::new(Level::Error, format!("A report in this link could not be opened: {error}"))),
            }
        }
        if let Some((a, b)) = pair {
            if library.get(&a).is_some() && library.get(&b).is_some() {
                library.choose(0, &a);
                library.choose(1, &b);
            } else {
                self.notify(NoticeDraft::new(
                    Level::Warning,
                    "This link names reports that are not in this browser's library, so the current reports stay open. Ask for a link that carries the reports, or for the reports file.",
                ));
            }
        }
        if let Some(corrections) = view.corrections {
            library.set_corrections(corrections);
        }
        if library != *self.library {
            self.library = Shared::new(library);
        }
        self.page = view.page;
        self.hidden = KindSet::of(&view.hidden);
        if self.selected.map(|id| id.0) != view.selected {
            self.selected = view.selected.map(EntityId);
            self.cursor = 0;
        }
        self.hover = None;
    }

    fn kind_of(&self, at: MentionRef) -> Option<Kind> {
        self.analysis
            .reports
            .get(at.report)
            .and_then(|r| r.mentions.get(at.mention))
            .map(|m| m.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_analysis::{Input, analyze};

    fn state() -> Rc<State> {
        let analysis = analyze(&[
            Input::new("President Ana Gómez visited Lima on Monday. Gómez met doctors."),
            Input::new("Ana Gómez spoke in Lima. Gómez left."),
        ]);
        Rc::new(State::new(Shared::new(Library::default()), Shared::new(analysis)))
    }

    fn person(state: &State) -> EntityId {
        state
            .analysis
            .entities()
            .iter()
            .find(|e| e.kind == Kind::Person)
            .map(|e| e.id)
            .expect("a person")
    }

    #[test]
    fn selecting_an_entity_marks_its_mentions_in_both_reports() {
        let s = state();
        let id = person(&s);
        let s = s.reduce(Action::Select(id));
        let selection = s.selection();
        assert_eq!(selection.len(), 4);
        assert!(selection.iter().any(|m| m.report == 0));
        assert!(selection.iter().any(|m| m.report == 1));
    }

    #[test]
    fn selecting_again_or_clearing_deselects() {
        let s = state();
        let id = person(&s);
        let s = s.reduce(Action::Select(id)).reduce(Action::Select(id));
        assert_eq!(s.selected, None);
        let s = s.reduce(Action::Select(id)).reduce(Action::ClearSelection);
        assert_eq!(s.selected, None);
    }

    #[test]
    fn stepping_wraps_around_the_selection() {
        let s = state();
        let id = person(&s);
        let s = s.reduce(Action::Select(id));
        let s = s.reduce(Action::Step(-1));
        assert_eq!(s.cursor, 3);
        let s = s.reduce(Action::Step(1));
        assert_eq!(s.cursor, 0);
    }

    #[test]
    fn clicking_a_mention_makes_it_current() {
        let s = state();
        let id = person(&s);
        let report = &s.analysis.reports[1];
        let mention = report.entity(id).expect("mentioned in B").mentions[1];
        let s = s.reduce(Action::SelectMention(MentionRef { report: 1, mention }));
        assert_eq!(s.selected, Some(id));
        assert_eq!(s.current(), Some(MentionRef { report: 1, mention }));
    }

    #[test]
    fn toggling_a_kind_twice_restores_it() {
        let s = state();
        let s = s.reduce(Action::ToggleKind(Kind::Place));
        assert!(s.hidden.contains(Kind::Place));
        let s = s.reduce(Action::ToggleKind(Kind::Place));
        assert!(s.hidden.is_empty());
    }

    #[test]
    fn a_ledger_row_opens_and_closes() {
        let s = state().reduce(Action::ToggleRow(2));
        assert_eq!(s.open_row, Some(2));
        let s = s.reduce(Action::ToggleRow(3));
        assert_eq!(s.open_row, Some(3));
        assert_eq!(s.reduce(Action::ToggleRow(3)).open_row, None);
    }

    #[test]
    fn navigating_switches_the_page() {
        let s = state().reduce(Action::Navigate(Page::Compare));
        assert_eq!(s.page, Page::Compare);
    }

    #[test]
    fn adding_a_report_puts_it_in_its_slot_and_says_so() {
        let s = state().reduce(Action::AddReport(
            ReportDraft { text: String::from("A pasted report."), title: Some(String::from("Mine")), source: String::new() },
            1,
        ));
        let chosen = s.library.chosen();
        assert_eq!(chosen[1].title.as_deref(), Some("Mine"));
        assert!(!s.is_current(), "the pair changed, so the analysis is stale");
        assert_eq!(s.notices.last().map(|n| n.level), Some(Level::Info));
    }

    #[test]
    fn a_refused_report_leaves_the_library_and_explains() {
        let before = state();
        let after = Rc::clone(&before).reduce(Action::AddReport(ReportDraft::default(), 0));
        assert_eq!(after.library, before.library);
        assert_eq!(after.notices.last().map(|n| n.level), Some(Level::Error));
        let id = after.notices[0].id;
        assert!(after.reduce(Action::Dismiss(id)).notices.is_empty());
    }

    #[test]
    fn a_link_with_unknown_reports_keeps_the_pair_and_warns() {
        let s = state();
        let pair = s.library.pair.clone();
        let view = ViewState { page: Page::Compare, pair: Some((String::from("r1"), String::from("r2"))), ..ViewState::default() };
        let s = s.reduce(Action::ApplyView(view));
        assert_eq!(s.page, Page::Compare);
        assert_eq!(s.library.pair, pair);
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn a_link_that_carries_a_report_adds_and_opens_it() {
        use crate::share::CarriedReport;
        let carried = CarriedReport { title: Some(String::from("Shared")), source: String::from("link"), text: String::from("A shared report.") };
        let view = ViewState {
            pair: Some((String::from("example-a"), String::from("ignored"))),
            carried: [None, Some(carried)],
            hidden: vec![Kind::Date],
            ..ViewState::default()
        };
        let s = state().reduce(Action::ApplyView(view));
        assert_eq!(s.library.chosen()[1].title.as_deref(), Some("Shared"));
        assert!(s.hidden.contains(Kind::Date));
    }

    #[test]
    fn escape_closes_overlays_before_clearing_the_selection() {
        let s = state();
        let id = person(&s);
        let s = s.reduce(Action::Select(id)).reduce(Action::ToggleLibrary).reduce(Action::ToggleHelp);
        let s = s.reduce(Action::Escape);
        assert!(!s.help_open && s.library_open && s.selected.is_some());
        let s = s.reduce(Action::Escape);
        assert!(!s.library_open && s.selected.is_some());
        assert_eq!(s.reduce(Action::Escape).selected, None);
    }

    #[test]
    fn stepping_through_search_hits_wraps_and_a_new_query_starts_over() {
        let s = state().reduce(Action::Search(String::from("lima")));
        let s = s.reduce(Action::StepSearch { delta: -1, total: 3 });
        assert_eq!(s.search_cursor, 2);
        let s = s.reduce(Action::StepSearch { delta: 1, total: 3 });
        assert_eq!(s.search_cursor, 0);
        let s = s.reduce(Action::StepSearch { delta: 1, total: 3 }).reduce(Action::Search(String::from("gómez")));
        assert_eq!(s.search_cursor, 0);
    }

    #[test]
    fn an_overdue_analysis_is_explained_only_while_it_is_awaited() {
        let s = state();
        let key = AnalysisKey { reports: vec![(String::from("mine"), None)], ..AnalysisKey::default() };
        let other = AnalysisKey { reports: vec![(String::from("other"), None)], ..AnalysisKey::default() };
        let s = s.reduce(Action::Analysing(key.clone(), 2_000));
        let unchanged = Rc::clone(&s).reduce(Action::AnalysisOverdue(other));
        assert!(Rc::ptr_eq(&s, &unchanged), "an answer no longer awaited says nothing");
        let s = s.reduce(Action::AnalysisOverdue(key.clone()));
        assert_eq!(s.notices.len(), 1);
        assert_eq!(s.notices[0].level, Level::Warning);
        assert!(s.notices[0].text.contains("background worker"));
        let s = s.reduce(Action::AnalysisOverdue(key));
        assert_eq!(s.notices.len(), 1, "said once");
    }

    #[test]
    fn an_analysis_of_reports_no_longer_chosen_is_dropped() {
        let s = state();
        let stale = AnalysisKey { reports: vec![(String::from("gone"), None)], ..AnalysisKey::default() };
        let other = Shared::new(analyze(&[Input::new("Other.")]));
        let after = Rc::clone(&s).reduce(Action::Analysed(stale, other));
        assert!(Rc::ptr_eq(&s, &after));
    }

    #[test]
    fn a_correction_changes_the_key_and_the_selection_follows_its_entity() {
        let s = state();
        let id = person(&s);
        let s = s.reduce(Action::Select(id));
        let s = s.reduce(Action::Correct(Correction::Retype { name: String::from("Ana Gómez"), kind: Kind::Place }));
        assert!(!s.is_current(), "the corrections changed, so the analysis is stale");
        let key = analysis_key(&s.library);
        let texts = ["President Ana Gómez visited Lima on Monday. Gómez met doctors.", "Ana Gómez spoke in Lima. Gómez left."];
        let inputs: Vec<_> = texts.iter().map(|t| Input::new(t)).collect();
        let corrected = parallax_analysis::analyze_with(&inputs, &key.corrections);
        let mut s = (*s).clone();
        s.analysed.reports = key.reports.clone();
        let s = Rc::new(s).reduce(Action::Analysed(key, Shared::new(corrected)));
        let selected = s.selected.and_then(|id| s.analysis.entity(id)).expect("still selected");
        assert_eq!((selected.name.as_str(), selected.kind), ("Ana Gómez", Kind::Place));
        let s = s.reduce(Action::Uncorrect(None));
        assert!(s.library.corrections().is_empty());
    }

    #[test]
    fn a_link_with_corrections_sets_them_for_its_pair() {
        let corrections = Corrections { items: vec![Correction::NotAnEntity { text: String::from("Lima") }] };
        let view = ViewState { corrections: Some(corrections.clone()), ..ViewState::default() };
        let s = state().reduce(Action::ApplyView(view));
        assert_eq!(s.library.corrections(), corrections);
        assert_eq!(s.view_state().corrections, Some(corrections));
        let s = s.reduce(Action::ClearCorrections);
        assert_eq!(s.view_state().corrections, None);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = state();
        let same = Rc::clone(&s).reduce(Action::SetView(TextView::Analysed));
        assert!(Rc::ptr_eq(&s, &same));
    }
}
