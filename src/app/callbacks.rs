//! The narrow callbacks the app gives its components: each component takes
//! the ones it needs (`on_select: Callback<EntityId>`), never the whole
//! [`Action`] enum. They are made once for the app's lifetime, so props
//! that carry them compare equal between renders and unchanged components
//! skip rendering.

use parallax_model::{Correction, EntityId, Kind};
use parallax_protocol::Export;
use yew::prelude::*;

use crate::hooks::use_file_import::Import;
use crate::hooks::use_worker::Worker;
use crate::notice::Draft as NoticeDraft;
use crate::state::{Action, Edit, MentionRef, State, TextView};
use crate::theme::Theme;

/// Every callback the app hands down, by what it does.
#[derive(Clone, PartialEq)]
pub struct Callbacks {
    /// Switch a kind's highlights on or off.
    pub toggle_kind: Callback<Kind>,
    /// Select an entity, or clear the selection if it is selected.
    pub select: Callback<EntityId>,
    /// Select the entity of a mention, making that mention current.
    pub select_mention: Callback<MentionRef>,
    /// Open or close a mention's tooltip.
    pub hover: Callback<Option<MentionRef>>,
    /// Clear the selection.
    pub clear_selection: Callback<MouseEvent>,
    /// Step through the selection's mentions: +1 or -1.
    pub step: Callback<isize>,
    /// Switch between the analysed and the original text.
    pub set_view: Callback<TextView>,
    /// Select an entity and show it on the reading page.
    pub reveal: Callback<EntityId>,
    /// Show report A (0) or B (1) on a phone-width screen.
    pub show_on_phone: Callback<usize>,
    /// Search both reports.
    pub search: Callback<String>,
    /// Step through the search hits: (+1 or -1, how many hits there are).
    pub step_search: Callback<(isize, usize)>,
    /// Switch between plain and pattern search.
    pub toggle_pattern: Callback<MouseEvent>,
    /// Open or close a figure-ledger row.
    pub toggle_row: Callback<usize>,
    /// Open or close the report library.
    pub toggle_library: Callback<MouseEvent>,
    /// Open or close the keyboard shortcut overlay.
    pub toggle_help: Callback<MouseEvent>,
    /// Choose a theme.
    pub set_theme: Callback<Theme>,
    /// Tell the user something.
    pub notify: Callback<NoticeDraft>,
    /// Dismiss a notice.
    pub dismiss: Callback<u32>,
    /// Change the library or the chosen pair's corrections.
    pub edit: Callback<Edit>,
    /// Correct the analysis of the chosen pair.
    pub correct: Callback<Correction>,
    /// Make a file of the analysis (in the worker).
    pub export: Callback<Export>,
    /// Make an opened file into a report (in the worker).
    pub import: Callback<Import>,
    /// Stop the worker's long job.
    pub cancel: Callback<MouseEvent>,
    /// Close the library and show the story's coverage.
    pub show_coverage: Callback<MouseEvent>,
}

/// A callback that dispatches the action `action` makes of its value.
fn to<T: 'static>(dispatch: &UseReducerDispatcher<State>, action: fn(T) -> Action) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |value| dispatch.dispatch(action(value)))
}

impl Callbacks {
    /// The callbacks of the app whose reducer `dispatch` feeds.
    pub fn new(dispatch: &UseReducerDispatcher<State>, worker: &Worker) -> Callbacks {
        let worker = worker.clone();
        Callbacks {
            toggle_kind: to(dispatch, Action::ToggleKind),
            select: to(dispatch, Action::Select),
            select_mention: to(dispatch, Action::SelectMention),
            hover: to(dispatch, Action::Hover),
            clear_selection: to(dispatch, |_| Action::ClearSelection),
            step: to(dispatch, Action::Step),
            set_view: to(dispatch, Action::SetView),
            reveal: to(dispatch, Action::Reveal),
            show_on_phone: to(dispatch, Action::ShowOnPhone),
            search: to(dispatch, Action::Search),
            step_search: to(dispatch, |(delta, total)| Action::StepSearch { delta, total }),
            toggle_row: to(dispatch, Action::ToggleRow),
            toggle_pattern: to(dispatch, |_| Action::TogglePattern),
            toggle_library: to(dispatch, |_| Action::ToggleLibrary),
            show_coverage: to(dispatch, |_| Action::ShowCoverage),
            toggle_help: to(dispatch, |_| Action::ToggleHelp),
            set_theme: to(dispatch, Action::SetTheme),
            notify: to(dispatch, Action::Notify),
            dismiss: to(dispatch, Action::Dismiss),
            edit: to(dispatch, Action::Edit),
            correct: to(dispatch, |correction| Action::Edit(Edit::Correct(correction))),
            export: to(dispatch, Action::Export),
            import: {
                let worker = worker.clone();
                Callback::from(move |file| worker.import(file))
            },
            cancel: Callback::from(move |_| worker.cancel()),
        }
    }
}
