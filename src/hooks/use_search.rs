//! Search across both reports: the hits the core finds in each report,
//! kept while the query and the reports stay the same, and the current hit
//! brought into view (on a phone, in its report's tab).
//!
//! Search runs in the worker, plain or by pattern (the worker alone links
//! the `regex` crate, and the page no text folding): asked 150 ms after the
//! last keystroke, each time with a new id, so that only the answer to the
//! newest is shown.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use parallax_model::Span;
use yew::prelude::*;

use crate::hooks::use_worker::Worker;
use crate::reports::ReportSource;
use crate::state::{Action, Found, Job, Shared, State};

/// How long the query must stay the same before the worker is asked.
const SETTLE_MILLIS: u32 = 150;

/// The search's hits, as the reports and the search bar show them.
#[derive(Clone, Debug, PartialEq)]
pub struct Search {
    /// Each report's hits, sorted.
    pub hits: Rc<Vec<Shared<Vec<Span>>>>,
    /// How many hits each report has.
    pub counts: Vec<usize>,
    /// The current hit: its report, and its index among that report's hits.
    pub current: Option<(usize, usize)>,
    /// Whether the worker's answer to the search is awaited.
    pub pending: bool,
    /// Whether a report had more hits than are shown.
    pub more: bool,
    /// What is wrong with the pattern.
    pub error: Option<Rc<str>>,
}

/// The hit that is `cursor`th, counting report A's first, as (report,
/// index among its hits).
fn nth_hit(counts: &[usize], cursor: usize) -> Option<(usize, usize)> {
    let mut k = cursor;
    for (report, n) in counts.iter().enumerate() {
        if k < *n {
            return Some((report, k));
        }
        k -= n;
    }
    None
}

/// Searches `sources` for the state's query, and follows its current hit.
#[hook]
pub fn use_search(sources: Shared<Vec<ReportSource>>, state: &State, dispatch: &UseReducerDispatcher<State>, worker: &Worker) -> Search {
    use_worker_search(sources, state, dispatch, worker);
    let blank = state.search.trim().is_empty();
    let (hits, more, error) = match &state.found {
        Some(Found::Hits(hits, more)) if !blank => (hits.clone(), *more, None),
        Some(Found::Error(error)) if !blank => (Rc::default(), false, Some(error.clone())),
        _ => (Rc::default(), false, None),
    };
    let pending = state.found.is_none() && !blank;
    let counts: Vec<usize> = hits.iter().map(|h| h.len()).collect();
    let current = nth_hit(&counts, state.search_cursor);
    {
        let (dispatch, phone_report) = (dispatch.clone(), state.phone_report);
        use_effect_with(current, move |current| {
            if let Some((report, _)) = current {
                if *report != phone_report {
                    dispatch.dispatch(Action::ShowOnPhone(*report));
                }
                // After the render that marks the hit as current.
                Timeout::new(0, || crate::scroll::to_selector(".search-hit--current")).forget();
            }
        });
    }
    Search { hits, counts, current, pending, more, error }
}

/// Asks the worker for the search of `sources` once the query has settled;
/// the state drops answers to older ones.
#[hook]
fn use_worker_search(sources: Shared<Vec<ReportSource>>, state: &State, dispatch: &UseReducerDispatcher<State>, worker: &Worker) {
    let asked = use_mut_ref(|| 0u32);
    let (dispatch, worker) = (dispatch.clone(), worker.clone());
    use_effect_with((sources, state.search.clone(), state.pattern), move |(sources, query, pattern)| {
        let settle = (!query.trim().is_empty()).then(|| {
            let id = {
                let mut asked = asked.borrow_mut();
                *asked = asked.wrapping_add(1);
                *asked
            };
            dispatch.dispatch(Action::Searching(id));
            let (sources, query, pattern) = (sources.clone(), query.clone(), *pattern);
            Timeout::new(SETTLE_MILLIS, move || {
                let texts: Vec<String> = sources.iter().map(|s| s.text.to_string()).collect();
                let bytes = texts.iter().map(String::len).sum();
                worker.ask(Job::Search, parallax_protocol::Request::Search { id, query, pattern, texts }, bytes);
            })
        });
        move || drop(settle)
    });
}

#[cfg(test)]
mod tests {
    use super::nth_hit;

    #[test]
    fn hits_are_counted_through_report_a_then_report_b() {
        assert_eq!(nth_hit(&[2, 3], 0), Some((0, 0)));
        assert_eq!(nth_hit(&[2, 3], 2), Some((1, 0)));
        assert_eq!(nth_hit(&[2, 3], 4), Some((1, 2)));
        assert_eq!(nth_hit(&[2, 3], 5), None);
        assert_eq!(nth_hit(&[0, 1], 0), Some((1, 0)));
    }
}
