//! The app's state and its reducer: actions in, state out.
//!
//! Pure and host-testable: nothing here touches the DOM. The reducer never
//! sees report text; it works with entity ids and mention positions that
//! the core produced.

use std::rc::Rc;

use parallax_core::{Analysis, EntityId, Kind};
use yew::Reducible;

use crate::route::Page;

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
    /// The analysis of the reports on screen.
    pub analysis: Shared<Analysis>,
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
}

impl PartialEq for State {
    /// The analysis compares by pointer: it is big and never mutated.
    fn eq(&self, other: &State) -> bool {
        self.analysis == other.analysis
            && self.hidden == other.hidden
            && self.selected == other.selected
            && self.cursor == other.cursor
            && self.view == other.view
            && self.hover == other.hover
            && self.page == other.page
            && self.open_row == other.open_row
    }
}

impl State {
    /// A fresh state for an analysis: nothing selected, every kind shown.
    pub fn new(analysis: Shared<Analysis>) -> State {
        State {
            analysis,
            hidden: KindSet::default(),
            selected: None,
            cursor: 0,
            view: TextView::default(),
            hover: None,
            page: Page::default(),
            open_row: None,
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
    /// Show a new analysis, keeping the user's choices where they still apply.
    Analysed(Shared<Analysis>),
    /// Go to a page.
    Navigate(Page),
    /// Select an entity and show it in both reports on the reading page.
    Reveal(EntityId),
    /// Show or hide a figure-ledger row's mentions in context.
    ToggleRow(usize),
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
            Action::Analysed(analysis) => {
                next.analysis = analysis;
                next.hover = None;
                if next.selected.is_some_and(|id| next.analysis.entity(id).is_none()) {
                    next.selected = None;
                }
                next.cursor = 0;
                next.open_row = None;
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

impl State {
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
    use parallax_core::{Input, analyze};

    fn state() -> Rc<State> {
        let analysis = analyze(&[
            Input::new("President Ana Gómez visited Lima on Monday. Gómez met doctors."),
            Input::new("Ana Gómez spoke in Lima. Gómez left."),
        ]);
        Rc::new(State::new(Shared::new(analysis)))
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
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = state();
        let same = Rc::clone(&s).reduce(Action::SetView(TextView::Analysed));
        assert!(Rc::ptr_eq(&s, &same));
    }
}
