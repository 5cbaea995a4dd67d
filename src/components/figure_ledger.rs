//! The figure ledger: every figure either report gives, grouped by whether
//! the reports agree on it, give different numbers their qualifiers
//! reconcile (compatible), conflict, or only one gives it. A row opens to
//! show each report's sentence with the figure marked. A function rather
//! than a component, as the summary is.

use parallax_model::{Analysis, Correction, Figure, FigureRow, FigureStatus, Report};
use yew::prelude::*;

use crate::components::{aria, show_more};
use crate::components::marked_text::marked_text;
use crate::reports::ReportSource;

/// A figure status's label and the classes that colour it: one vocabulary
/// for the ledger and the summary.
pub fn figure_status(status: FigureStatus) -> (&'static str, &'static str) {
    match status {
        FigureStatus::Agree => ("Both agree", "status status--agree"),
        FigureStatus::Compatible => ("Compatible", "status status--compatible"),
        FigureStatus::Conflict => ("Conflict", "status status--conflict"),
        FigureStatus::OnlyA => ("Only in A", "status status--only-a"),
        FigureStatus::OnlyB => ("Only in B", "status status--only-b"),
    }
}

fn statements(report: Option<&Report>, indices: &[usize]) -> Html {
    let Some(report) = report else {
        return Html::default();
    };
    if indices.is_empty() {
        return html! { <span class="ledger__none">{ "—" }</span> };
    }
    let mut said: Vec<String> = indices.iter().filter_map(|&i| report.figures.get(i)).map(Figure::statement).collect();
    said.dedup();
    let times = if indices.len() > 1 { format!(" ({}×)", indices.len()) } else { String::new() };
    html! { <>{ said.join("; ") }{ times }</> }
}

/// Each figure of one side in its sentence, the figure marked, with a way
/// to say it is no figure.
fn contexts(
    report: Option<&Report>,
    source: Option<&ReportSource>,
    indices: &[usize],
    letter: char,
    on_correct: &Callback<Correction>,
) -> Html {
    let (Some(report), Some(source)) = (report, source) else {
        return Html::default();
    };
    if indices.is_empty() {
        return html! { <p class="ledger__context ledger__context--none">{ format!("Report {letter} gives no such figure.") }</p> };
    }
    html! {
        { for indices.iter().filter_map(|&i| report.figures.get(i)).map(|figure| {
            let sentence = report.sentences.get(figure.sentence).copied().unwrap_or(figure.span);
            let text = figure.text.clone();
            let not_a_figure = on_correct.reform(move |_: MouseEvent| Correction::NotAnEntity { text: text.clone() });
            html! {
                <blockquote class="ledger__context">
                    <span class="ledger__context-label">{ format!("Report {letter}") }</span>
                    { marked_text(&source.text, sentence, &[figure.span], "ledger__figure") }
                    <button type="button" class="button button--small ledger__not-figure" onclick={not_a_figure}
                        aria-label={format!("Not a figure: “{}”", figure.text)}>{ "Not a figure" }</button>
                </blockquote>
            }
        }) }
    }
}

/// The ledger of `analysis`'s comparison, with row `open_row` open;
/// `sources` holds the reports' texts; `on_correct` strikes a number that
/// counts nothing. The first `limits[0]` rows show.
pub fn figure_ledger(
    analysis: &Analysis,
    sources: &[ReportSource],
    limits: &UseStateHandle<Vec<usize>>,
    open_row: Option<usize>,
    on_toggle_row: &Callback<usize>,
    on_correct: &Callback<Correction>,
) -> Html {
    let Some(c) = analysis.comparison.as_ref() else {
        return Html::default();
    };
    let (ra, rb) = (analysis.reports.first(), analysis.reports.get(1));
    let row_html = |index: usize, row: &FigureRow| {
        let open = open_row == Some(index);
        let on_click = on_toggle_row.reform(move |_: MouseEvent| index);
        let context_id = format!("ledger-context-{index}");
        let (label, class) = figure_status(row.status);
        html! {
            <>
                <tr class={if open { "ledger__row ledger__row--open" } else { "ledger__row" }}>
                    <td>
                        <button
                            type="button"
                            class="ledger__toggle"
                            aria-expanded={aria(open)}
                            aria-controls={context_id.clone()}
                            onclick={on_click}
                        >
                            <span {class}>{ label }</span>
                        </button>
                    </td>
                    <td class="ledger__a">{ statements(ra, &row.a) }</td>
                    <td class="ledger__b">{ statements(rb, &row.b) }</td>
                    <td class="ledger__note">{ &row.note }</td>
                </tr>
                if open {
                    <tr class="ledger__details" id={context_id}>
                        <td colspan="4">
                            <div class="ledger__contexts">
                                { contexts(ra, sources.first(), &row.a, 'A', on_correct) }
                                { contexts(rb, sources.get(1), &row.b, 'B', on_correct) }
                            </div>
                        </td>
                    </tr>
                }
            </>
        }
    };
    html! {
        <section class="comparison-section" aria-labelledby="ledger-heading">
            <h2 id="ledger-heading" class="comparison-section__heading">{ "Figure ledger" }</h2>
            <p class="comparison-section__hint">
                { "Each quantity either report gives, with its qualifier (“about”, “at least”) and period (“a month”). Compatible: different numbers that both qualifiers allow; conflict: numbers that cannot both be right. Open a row to read both sentences." }
            </p>
            if c.figures.is_empty() {
                <p class="comparison-section__empty">{ "Neither report gives a figure." }</p>
            } else {
                <div class="ledger__scroll">
                    <table class="ledger">
                        <thead>
                            <tr>
                                <th scope="col">{ "Status" }</th>
                                <th scope="col">{ "Report A says" }</th>
                                <th scope="col">{ "Report B says" }</th>
                                <th scope="col">{ "Note" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for c.figures.iter().take(limits[0]).enumerate().map(|(i, row)| row_html(i, row)) }
                        </tbody>
                    </table>
                </div>
                { show_more(c.figures.len(), limits, 0) }
            }
        </section>
    }
}
