//! The reducer: each action goes to the small function that handles it,
//! on a copy of the state; an action that changes nothing keeps the same
//! state, so nothing renders again.

use std::rc::Rc;

use yew::Reducible;

use super::{Action, State, Storage};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

impl State {
    /// Applies `action`.
    fn apply(&mut self, action: Action) {
        match action {
            Action::ToggleKind(kind) => self.toggle_kind(kind),
            Action::Select(id) => self.select(id),
            Action::SelectMention(at) => self.select_mention(at),
            Action::ClearSelection => self.clear_selection(),
            Action::Step(delta) => self.step(delta),
            Action::SetView(view) => self.view = view,
            Action::Hover(hover) => self.hover = hover,
            Action::Reveal(id) => self.reveal(id),
            Action::ShowOnPhone(report) => self.phone_report = report.min(1),
            Action::Search(query) => self.search(&query),
            Action::StepSearch { delta, total } => self.step_search(delta, total),
            Action::TogglePattern => {
                self.pattern = !self.pattern;
                self.search_cursor = 0;
            }
            Action::Searching(id) => {
                self.pattern_asked = id;
                self.found = None;
            }
            Action::Found(id, found) => {
                if id == self.pattern_asked {
                    self.found = Some(found);
                }
            }
            Action::Navigate(page) => {
                self.page = page;
                self.hover = None;
            }
            Action::ApplyView(view) => self.apply_view(view),
            Action::ToggleRow(row) => self.open_row = if self.open_row == Some(row) { None } else { Some(row) },
            Action::ToggleLibrary => self.library_open = !self.library_open,
            Action::ShowCoverage => {
                self.library_open = false;
                self.page = crate::route::Page::Coverage;
            }
            Action::ToggleHelp => self.help_open = !self.help_open,
            Action::Escape => self.escape(),
            Action::SetTheme(theme) => self.theme = theme,
            Action::Notify(draft) => self.notify(draft),
            Action::Dismiss(id) => self.notices.retain(|n| n.id != id),
            Action::Edit(edit) => self.edit(edit),
            Action::Analysing(key, bytes) => self.analysing = Some((key, bytes)),
            Action::AnalysingStory(key, bytes) => self.story_analysing = Some((key, bytes)),
            Action::Analysed(key, analysis) => self.analysed(key, analysis),
            Action::Covered(key, board) => self.covered(key, board),
            Action::Export(export) => self.exporting = Some(export),
            Action::Exported(export) => self.exported(export),
            Action::Importing(name) => self.importing.push(name),
            Action::Imported(name) => {
                self.imported(&name);
            }
            Action::StillWorking(job) => self.still_working(job),
            Action::Stopped(job, why) => self.stopped(job, why),
            Action::Synced(synced) => self.synced(&synced),
            Action::Unkept(notice) => {
                self.storage = Storage::Memory;
                self.notify(notice);
                self.settle_wanted();
            }
        }
    }
}
