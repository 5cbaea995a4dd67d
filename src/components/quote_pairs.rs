//! Quotes side by side: who each report quotes, the same quote paired
//! across reports, and flags when one version is cut short, reworded or
//! attributed to someone else. A function rather than a component, as the
//! summary is.

use parallax_model::{Analysis, QuotePair, Report};
use yew::prelude::*;

use crate::components::marked_text::marked_text;
use crate::components::show_more;
use crate::reports::ReportSource;

fn speaker(analysis: &Analysis, report: &Report, quote: usize) -> String {
    report
        .quotes
        .get(quote)
        .and_then(|q| q.speaker)
        .and_then(|id| analysis.entity(id))
        .map_or_else(|| String::from("Unattributed"), |e| e.name.clone())
}

fn side(analysis: &Analysis, report: Option<&Report>, source: Option<&ReportSource>, index: Option<usize>, changed: &[parallax_model::Span]) -> Html {
    let (Some(report), Some(source), Some(index)) = (report, source, index) else {
        return html! { <div class="quote-pair__side quote-pair__side--none">{ "Not quoted" }</div> };
    };
    let Some(quote) = report.quotes.get(index) else {
        return Html::default();
    };
    html! {
        <div class="quote-pair__side">
            <p class="quote-pair__speaker">{ speaker(analysis, report, index) }</p>
            <p class="quote-pair__text">{ marked_text(&source.text, quote.span, changed, "diff diff--a") }</p>
        </div>
    }
}

fn flags(pair: &QuotePair) -> Html {
    let mut list = Vec::new();
    if pair.a.is_some() && pair.b.is_some() {
        if pair.speaker_differs {
            list.push(("Different speaker", "status--conflict"));
        }
        if pair.shortened {
            list.push(("One version cut short", "status--warn"));
        }
        if pair.reworded {
            list.push(("Reworded", "status--warn"));
        }
        if list.is_empty() {
            list.push(("Same words", "status--agree"));
        }
    } else if pair.a.is_some() {
        list.push(("Only in A", "status--only-a"));
    } else {
        list.push(("Only in B", "status--only-b"));
    }
    html! {
        <p class="quote-pair__flags">
            { for list.into_iter().map(|(label, class)| html! { <span class={classes!("status", class)}>{ label }</span> }) }
        </p>
    }
}

/// The quotes of `analysis`'s comparison, beside each other; `sources`
/// holds the reports' texts. The first `limits[1]` pairs show.
pub fn quote_pairs(analysis: &Analysis, sources: &[ReportSource], limits: &UseStateHandle<Vec<usize>>) -> Html {
    let Some(c) = analysis.comparison.as_ref() else {
        return Html::default();
    };
    let (ra, rb) = (analysis.reports.first(), analysis.reports.get(1));
    html! {
        <section class="comparison-section" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading" class="comparison-section__heading">{ "Quotes" }</h2>
            if c.quotes.is_empty() {
                <p class="comparison-section__empty">{ "Neither report quotes anyone directly." }</p>
            } else {
                <ul class="quote-pairs">
                    { for c.quotes.iter().take(limits[1]).map(|pair| html! {
                        <li class="quote-pair">
                            { flags(pair) }
                            <div class="quote-pair__sides">
                                { side(analysis, ra, sources.first(), pair.a, &pair.a_changed) }
                                { side(analysis, rb, sources.get(1), pair.b, &pair.b_changed) }
                            </div>
                        </li>
                    }) }
                </ul>
                { show_more(c.quotes.len(), limits, 1) }
            }
        </section>
    }
}
