//! What can happen to the state: the user's actions and the worker's
//! answers, as the reducer takes them. Every action is a state transition;
//! what reaches outside the state (the worker, storage, files, the URL) is
//! done by the app's effect hooks ([`crate::hooks`]), which watch the state
//! or are handed a command, and report back with actions.

use parallax_model::{Analysis, Correction, EntityId, Kind};
use parallax_protocol::Export;

use super::{AnalysisKey, Found, Job, MentionRef, Shared, Stop, TextView};
use crate::library::Draft as ReportDraft;
use crate::notice::Draft as NoticeDraft;
use crate::route::Page;
use crate::share::ViewState;
use crate::theme::Theme;

/// A state transition.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    // Reading.
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
    /// Select an entity and show it in both reports on the reading page.
    Reveal(EntityId),
    /// Show report A (0) or B (1) on a phone-width screen.
    ShowOnPhone(usize),
    /// Search both reports; `/…/` switches to a pattern search.
    Search(String),
    /// Switch between plain and pattern search.
    TogglePattern,
    /// The worker was asked for the search of this id.
    Searching(u32),
    /// The worker's answer to the search of this id.
    Found(u32, Found),
    /// Move to the next (+1) or previous (-1) of `total` search hits.
    StepSearch {
        /// +1 or -1.
        delta: isize,
        /// How many hits there are.
        total: usize,
    },

    // Pages and panels.
    /// Go to a page.
    Navigate(Page),
    /// Apply the view a link describes.
    ApplyView(ViewState),
    /// Show or hide a figure-ledger row's mentions in context.
    ToggleRow(usize),
    /// Open or close the report library.
    ToggleLibrary,
    /// Close the library and go to the story's coverage.
    ShowCoverage,
    /// Open or close the keyboard shortcut overlay.
    ToggleHelp,
    /// Escape: close the overlay or the library, else clear the selection.
    Escape,
    /// Choose a theme.
    SetTheme(Theme),

    // Notices.
    /// Tell the user something.
    Notify(NoticeDraft),
    /// Dismiss a notice.
    Dismiss(u32),

    // The library.
    /// Change the library or the chosen pair's corrections.
    Edit(Edit),

    // What the worker does for the page.
    /// An analysis of the reports named by the key started off the main
    /// thread, reading this many bytes.
    Analysing(AnalysisKey, usize),
    /// The analysis of the story the key names started in the worker,
    /// reading this many bytes.
    AnalysingStory(AnalysisKey, usize),
    /// Show a new analysis of the reports named by the key, keeping the
    /// user's choices where they still apply.
    Analysed(AnalysisKey, Shared<Analysis>),
    /// Show the coverage of the story named by the key.
    Covered(AnalysisKey, Shared<parallax_protocol::Board>),
    /// Make a file of the analysis of the chosen pair: the export effect
    /// asks the worker for it while [`super::State::exporting`] names it.
    Export(Export),
    /// The export's file was offered to the user.
    Exported(Export),
    /// The worker is making the file of this name into a report.
    Importing(String),
    /// The file of this name was made into a report.
    Imported(String),
    /// The worker's job has been running a while (the user may cancel
    /// it), or no job has any more.
    StillWorking(Option<Job>),
    /// The worker's job was stopped before it answered, and why; one whose
    /// worker never loaded (`Stop::NeverLoaded`) is explained, if it is
    /// still awaited, by why it may never come.
    Stopped(Job, Stop),

    // The browser's database.
    /// The storage worker sent the library to show: this tab's changes
    /// merged with what other tabs wrote.
    Synced(Shared<super::Synced>),
    /// The library can no longer be kept in the database, for the reason
    /// the notice gives: it stays in this tab only.
    Unkept(NoticeDraft),
}

/// A change to the library: its reports, the chosen pair, and the chosen
/// pair's corrections.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Add a report to the library and put it in slot A (0), B (1),
    /// [`IN_TURN`] or the [`CHOSEN`] one.
    Add(ReportDraft, usize),
    /// Add the reports of the reports file named first, putting the first
    /// in slot A (0), B (1), [`IN_TURN`] or the [`CHOSEN`] one, and the
    /// next ones in turn in the other.
    AddAll(String, Vec<ReportDraft>, usize),
    /// Choose where reports the user adds show: A (0), B (1) or
    /// [`IN_TURN`].
    ChooseSlot(usize),
    /// Put a library report in slot A (0) or B (1).
    Choose(usize, String),
    /// Retitle a report.
    Rename(String, String),
    /// Remove a user's report, or hide an example.
    Remove(String),
    /// Show the examples again.
    RestoreExamples,
    /// Correct the analysis of the chosen pair.
    Correct(Correction),
    /// Take back the correction at this index, or the last one.
    Uncorrect(Option<usize>),
    /// Take back every correction of the chosen pair.
    ClearCorrections,
    /// Put a report in the story, or take it out.
    ToggleStory(String),
    /// Make reports A and B the story.
    StartStory,
}

/// The slot of a report added "in turn": A, then B, then A again.
pub const IN_TURN: usize = 2;

/// The slot the user chose for the reports they add ([`Edit::ChooseSlot`]).
pub const CHOSEN: usize = 3;

impl From<Edit> for Action {
    fn from(edit: Edit) -> Action {
        Action::Edit(edit)
    }
}
