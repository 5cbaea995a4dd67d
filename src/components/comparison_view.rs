//! The comparison view: what both reports say, what only one says, and
//! whether their figures agree. Everything here comes from the core's
//! comparison; this component only lays it out, in the order people read
//! it: whether the reports tell one story at all, the summary, the figures,
//! the quotes, the passages, then the entities.

use parallax_model::{Analysis, Correction, EntityId};
use yew::prelude::*;

use crate::components::LIST_STEP;
use crate::components::comparison_summary::comparison_summary;
use crate::components::entity_comparison::entity_comparison;
use crate::components::figure_ledger::figure_ledger;
use crate::components::passage_list::PassageList;
use crate::components::quote_pairs::quote_pairs;
use crate::reports::ReportSource;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub sources: Shared<Vec<ReportSource>>,
    pub open_row: Option<usize>,
    pub on_toggle_row: Callback<usize>,
    pub on_correct: Callback<Correction>,
    pub on_reveal: Callback<EntityId>,
}

#[function_component(ComparisonView)]
pub fn comparison_view(props: &Props) -> Html {
    let Props {
        analysis,
        sources,
        open_row,
        on_toggle_row,
        on_correct,
        on_reveal,
    } = props;
    // How many rows show of the ledger, the quotes and the entity columns.
    let limits = use_state(|| vec![LIST_STEP; 5]);
    let Some(c) = analysis.comparison.as_ref() else {
        return html! {
            <section class="comparison comparison--empty">
                <p>{ "Choose two reports to compare them." }</p>
            </section>
        };
    };
    html! {
        <div class="comparison">
            if c.summary.different_stories {
                // An alert, so that a screen reader says it as soon as the
                // comparison shows it.
                <p class="comparison__warning" role="alert">
                    { "These reports may not be about the same story: they share almost no names, figures, quotes or passages." }
                </p>
            }
            { comparison_summary(analysis) }
            { figure_ledger(analysis, sources, &limits, *open_row, on_toggle_row, on_correct) }
            { quote_pairs(analysis, sources, &limits) }
            <PassageList analysis={analysis.clone()} sources={sources.clone()} />
            { entity_comparison(analysis, on_reveal, &limits) }
        </div>
    }
}
