//! Search across both reports: the hits the core finds in each report,
//! kept while the query and the reports stay the same, and the current hit
//! brought into view (on a phone, in its report's tab).

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use parallax_model::Span;
use yew::prelude::*;

use crate::reports::ReportSource;
use crate::state::{Action, Shared, State};

/// The search's hits, as the reports and the search bar show them.
#[derive(Clone, Debug, PartialEq)]
pub struct Search {
    /// Each report's hits, sorted.
    pub hits: Rc<Vec<Shared<Vec<Span>>>>,
    /// How many hits each report has.
    pub counts: Vec<usize>,
    /// The current hit: its report, and its index among that report's hits.
    pub current: Option<(usize, usize)>,
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
pub fn use_search(sources: Shared<Vec<ReportSource>>, state: &State, dispatch: &UseReducerDispatcher<State>) -> Search {
    let hits = use_memo((sources, state.search.clone()), |(sources, query)| {
        sources.iter().map(|s| Shared::new(parallax_model::search::find(&s.text, query))).collect::<Vec<_>>()
    });
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
    Search { hits, counts, current }
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
