//! The comparison's summary header: how much the reports share and how
//! much is unique to each, at a glance. A function rather than a
//! component: it has no state, and a component costs about 1 KB of the
//! page's code (docs/size.md).

use parallax_model::{Analysis, FigureStatus};
use yew::prelude::*;

use crate::components::figure_ledger::figure_status;

fn percent(share: f64) -> String {
    format!("{}%", parallax_model::fixed((share * 100.0).clamp(0.0, 100.0), 0))
}

/// The summary of `analysis`'s comparison.
pub fn comparison_summary(analysis: &Analysis) -> Html {
    let Some(c) = analysis.comparison.as_ref() else {
        return Html::default();
    };
    let s = &c.summary;
    let figures = [
        (FigureStatus::Agree, s.figures_agree),
        (FigureStatus::Compatible, s.figures_compatible),
        (FigureStatus::Conflict, s.figures_conflict),
        (FigureStatus::OnlyA, s.figures_only_a),
        (FigureStatus::OnlyB, s.figures_only_b),
    ];
    let title = |i: usize| analysis.reports.get(i).map(|r| r.title.clone()).unwrap_or_default();
    html! {
        <section class="comparison-summary" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading" class="comparison-summary__heading">{ "How the two reports compare" }</h2>
            <p class="comparison-summary__pair">
                <span class="comparison-summary__report"><b>{ "A" }</b>{ " " }{ title(0) }</span>
                <span class="comparison-summary__report"><b>{ "B" }</b>{ " " }{ title(1) }</span>
            </p>
            <dl class="comparison-summary__cards">
                <div class="summary-card">
                    <dt>{ "Passages in common" }</dt>
                    <dd class="summary-card__value">{ s.aligned }</dd>
                    <dd class="summary-card__detail">
                        { format!("{} of A · {} of B · {} only in A · {} only in B",
                            percent(s.aligned_share_a), percent(s.aligned_share_b), s.unique_a, s.unique_b) }
                    </dd>
                </div>
                <div class="summary-card">
                    <dt>{ "Shared entities" }</dt>
                    <dd class="summary-card__value">{ s.shared_entities }</dd>
                    <dd class="summary-card__detail">{ format!("{} only in A · {} only in B", s.only_a_entities, s.only_b_entities) }</dd>
                </div>
                <div class="summary-card">
                    <dt>{ "Figures both give" }</dt>
                    <dd class="summary-card__value">{ s.figures_agree + s.figures_compatible + s.figures_conflict }</dd>
                    <dd class="summary-card__detail summary-card__statuses">
                        // In the ledger's words and colours; a status no row has is left uncoloured.
                        { for figures.into_iter().map(|(status, n)| {
                            let (label, class) = figure_status(status);
                            html! { <span class={if n == 0 { "status status--none" } else { class }}>{ n }{ " " }{ label }</span> }
                        }) }
                    </dd>
                </div>
                <div class="summary-card">
                    <dt>{ "Quotes both carry" }</dt>
                    <dd class="summary-card__value">{ s.shared_quotes }</dd>
                    <dd class="summary-card__detail">
                        { format!("{} quotes in A · {} in B",
                            analysis.reports.first().map_or(0, |r| r.quotes.len()),
                            analysis.reports.get(1).map_or(0, |r| r.quotes.len())) }
                    </dd>
                </div>
            </dl>
        </section>
    }
}
