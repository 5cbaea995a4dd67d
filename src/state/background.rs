//! What the analysis worker does for the page, as the state keeps track of
//! it: the analysis awaited and the one that came, the export being made,
//! the files being made into reports, and what the user is told when an
//! answer is overdue.

use parallax_model::{Analysis, EntityId};
use parallax_protocol::{Board, Export};

use super::{AnalysisKey, Shared, State, analysis_key, story_key};
use crate::notice::{Draft as NoticeDraft, Level};

impl State {
    /// Shows the coverage of the story `key` names; one of a story the
    /// library no longer holds is dropped.
    pub(super) fn covered(&mut self, key: AnalysisKey, board: Shared<Board>) {
        if key == story_key(&self.library) {
            self.story_analysing = None;
            self.story = board;
            self.story_analysed = key;
        }
    }

    /// Shows a new analysis of the reports named by `key`, keeping the
    /// user's choices where they still apply. An answer for reports no
    /// longer chosen is dropped.
    pub(super) fn analysed(&mut self, key: AnalysisKey, analysis: Shared<Analysis>) {
        if key != analysis_key(&self.library) {
            return;
        }
        self.analysing = None;
        // Only corrections changed: the same reports, so the selection
        // follows its entity to its new id.
        let same_reports = key.reports == self.analysed.reports;
        self.selected = match self.selected {
            Some(id) if same_reports => carry_selection(&self.analysis, &analysis, id),
            Some(id) if analysis.entity(id).is_some() => Some(id),
            _ => None,
        };
        self.analysis = analysis;
        self.analysed = key;
        self.hover = None;
        self.cursor = 0;
        if !same_reports {
            self.open_row = None;
        }
        // The library lists untitled reports by the headline the analysis
        // found.
        self.library.edit(|library| library.learn_headlines(&self.analysed.reports, &self.analysis));
    }

    /// Explains an overdue analysis, of the pair or the story, if it is
    /// still awaited.
    pub(super) fn analysis_overdue(&mut self, key: &AnalysisKey) {
        let awaited = |analysing: &Option<(AnalysisKey, usize)>| analysing.as_ref().is_some_and(|(awaited, _)| awaited == key);
        if awaited(&self.analysing) || awaited(&self.story_analysing) {
            self.story_analysing = None;
            self.notify(NoticeDraft::new(
                Level::Warning,
                "The analysis is taking much longer than it should. Parallax analyses reports in a background \
                 worker; if this browser or its settings block workers, the analysis cannot finish. Your \
                 reports are kept in the library.",
            ));
        }
    }

    /// The export's file was offered.
    pub(super) fn exported(&mut self, export: Export) {
        if self.exporting == Some(export) {
            self.exporting = None;
        }
    }

    /// Explains an overdue export, if it is still awaited.
    pub(super) fn export_overdue(&mut self, export: Export) {
        if self.exporting == Some(export) {
            self.exporting = None;
            self.notify(NoticeDraft::new(
                Level::Warning,
                "The export has not come. Parallax makes exports in a background worker, which has not \
                 answered; if this browser or its settings block workers, the export cannot be made.",
            ));
        }
    }

    /// The file `name` is no longer awaited; `false` if it was not.
    pub(super) fn imported(&mut self, name: &str) -> bool {
        let Some(at) = self.importing.iter().position(|n| n == name) else {
            return false;
        };
        self.importing.remove(at);
        true
    }

    /// Explains an overdue file, if it is still awaited.
    pub(super) fn import_overdue(&mut self, name: String) {
        if self.imported(&name) {
            self.notify(NoticeDraft::new(
                Level::Warning,
                format!(
                    "{name} is not open yet. Parallax turns HTML and Markdown files into report text in a \
                     background worker, which has not answered; if this browser or its settings block \
                     workers, paste the report's text instead."
                ),
            ));
        }
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
                .and_then(|at| after.mentions[at].entity())
        })
    })
}
