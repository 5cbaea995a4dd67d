//! Reading the reports: the selection and its stepper, the kinds shown,
//! search, and closing what is open.

use parallax_model::{EntityId, Kind};

use super::{MentionRef, State};
use crate::route::Page;

impl State {
    /// Switches a kind's highlights; an open tooltip of that kind closes.
    pub(super) fn toggle_kind(&mut self, kind: Kind) {
        self.hidden = self.hidden.toggled(kind);
        if self.hover.is_some_and(|h| self.kind_of(h) == Some(kind)) {
            self.hover = None;
        }
    }

    /// Selects an entity, or clears the selection if it is already selected.
    pub(super) fn select(&mut self, id: EntityId) {
        self.selected = if self.selected == Some(id) { None } else { Some(id) };
        self.cursor = 0;
    }

    /// Selects the entity of a mention and makes that mention current; a
    /// mention of the selected entity clears the selection.
    pub(super) fn select_mention(&mut self, at: MentionRef) {
        let id = self.analysis.reports.get(at.report).and_then(|r| r.mentions.get(at.mention)).and_then(|m| m.entity());
        match id {
            Some(id) if self.selected == Some(id) => self.selected = None,
            Some(id) => {
                self.selected = Some(id);
                self.cursor = self.selection().iter().position(|m| *m == at).unwrap_or(0);
            }
            None => {}
        }
    }

    pub(super) fn clear_selection(&mut self) {
        self.selected = None;
        self.cursor = 0;
    }

    /// Moves through the selection's mentions, wrapping around; a phone
    /// shows the report the current mention is in.
    pub(super) fn step(&mut self, delta: isize) {
        let count = self.selection().len() as isize;
        if count > 0 {
            self.cursor = (self.cursor as isize + delta).rem_euclid(count) as usize;
            if let Some(at) = self.current() {
                self.phone_report = at.report.min(1);
            }
        }
    }

    /// Selects an entity and shows it on the reading page.
    pub(super) fn reveal(&mut self, id: EntityId) {
        self.selected = Some(id);
        self.cursor = 0;
        self.page = Page::Read;
        self.hover = None;
    }

    /// A new query (at most 200 characters) starts at its first hit; one
    /// typed between slashes (`/\bmillion\b/`) is a pattern, without them.
    pub(super) fn search(&mut self, query: &str) {
        let pattern = query.strip_prefix('/').and_then(|q| q.strip_suffix('/')).filter(|q| !q.is_empty());
        self.pattern |= pattern.is_some();
        self.search = pattern.unwrap_or(query).chars().take(200).collect();
        self.search_cursor = 0;
    }

    /// Moves through `total` search hits, wrapping around.
    pub(super) fn step_search(&mut self, delta: isize, total: usize) {
        if total > 0 {
            self.search_cursor = (self.search_cursor as isize + delta).rem_euclid(total as isize) as usize;
        }
    }

    /// Closes the overlay, else the library, else clears the selection.
    pub(super) fn escape(&mut self) {
        if self.help_open {
            self.help_open = false;
        } else if self.library_open {
            self.library_open = false;
        } else {
            self.clear_selection();
        }
    }

    fn kind_of(&self, at: MentionRef) -> Option<Kind> {
        self.analysis.reports.get(at.report).and_then(|r| r.mentions.get(at.mention)).map(|m| m.kind)
    }
}
