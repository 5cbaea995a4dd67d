//! The coverage of a story: its reports side by side, one column each,
//! quantity by quantity (`coverage_figures`), name by name, passage by
//! passage and quote by quote (`coverage_tables`), with how each report
//! frames it. Every cell is a button that opens, under the tables, the
//! report's sentences behind it.
//!
//! Everything shown comes from the analysis's [`Coverage`]: the page only
//! slices the reports' texts by the spans it gives, and finds which of a
//! report's sentences holds a span by comparing offsets.

use parallax_model::{Analysis, Report, Span, format_number, report_letter};
use yew::prelude::*;

use crate::components::coverage_cells::{Cell, Ctx, Table};
use crate::components::coverage_figures::figures_table;
use crate::components::coverage_tables::{entities_table, framing_table, quotes_table, shared_table};
use crate::components::marked_text::marked_text;
use crate::reports::ReportSource;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The analysis of the story's reports, with its coverage.
    pub analysis: Shared<Analysis>,
    /// The story's reports, in the analysis's order.
    pub sources: Shared<Vec<ReportSource>>,
    /// Ids of reports A and B, the pair the other views open.
    pub pair: (String, String),
    /// Puts a report in slot A (0) or B (1).
    pub on_choose: Callback<(usize, String)>,
}

#[function_component(CoverageView)]
pub fn coverage_view(props: &Props) -> Html {
    let Props { analysis, sources, pair, on_choose } = props;
    let open = use_state(|| None::<Cell>);
    let on_open = {
        let open = open.clone();
        Callback::from(move |cell: Cell| open.set(if *open == Some(cell) { None } else { Some(cell) }))
    };
    let Some(coverage) = analysis.coverage.as_ref() else {
        return html! { <p class="workspace__message">{ "This story has not been analysed yet." }</p> };
    };
    let ctx = Ctx { analysis, coverage, open: *open, on_open: &on_open };
    let n = sources.len().min(analysis.reports.len());
    let sources = &sources[..n];
    html! {
        <div class="coverage">
            <header class="framing__intro">
                <h2 class="framing__title">{ format!("How {n} reports cover the story") }</h2>
                <p class="framing__lede">{ "Open any cell to read the sentences behind it. A and B are the pair the Read and Compare views open." }</p>
            </header>
            <ul class="coverage__reports" aria-label="The story's reports">
                { for sources.iter().enumerate().map(|(i, s)| report_item(i, s, pair, on_choose)) }
            </ul>
            { framing_table(&ctx, sources) }
            { figures_table(&ctx, sources) }
            { entities_table(&ctx, sources) }
            { shared_table(&ctx, sources) }
            { quotes_table(&ctx, sources) }
            if let Some(cell) = *open {
                { sentences_panel(&ctx, cell, sources) }
            }
        </div>
    }
}

/// A report of the story: its letter, title and where it is from, and the
/// buttons that make it report A or B.
fn report_item(i: usize, source: &ReportSource, pair: &(String, String), on_choose: &Callback<(usize, String)>) -> Html {
    let (letter, name) = (report_letter(i), source.name());
    let slot = |s: usize| {
        let held = if s == 0 { pair.0 == source.id } else { pair.1 == source.id };
        let id = source.id.clone();
        let ab = if s == 0 { "A" } else { "B" };
        html! {
            <button type="button" class="button button--small" disabled={held} aria-label={format!("Make report {letter}, {name}, report {ab}")}
                onclick={on_choose.reform(move |_: MouseEvent| (s, id.clone()))}>
                { if held { format!("Is {ab}") } else { format!("Make {ab}") } }
            </button>
        }
    };
    html! {
        <li class="coverage__report">
            <span class="coverage__letter">{ letter.clone() }</span>
            <span class="coverage__name">{ name.clone() }</span>
            <span class="coverage__slots">{ slot(0) }{ slot(1) }</span>
        </li>
    }
}

/// The most sentences a cell's panel shows.
const MAX_SENTENCES: usize = 30;

/// The sentences behind `cell`, each with the spans it is about marked.
fn sentences_panel(ctx: &Ctx<'_>, cell: Cell, sources: &[ReportSource]) -> Html {
    let (Some(report), Some(source)) = (ctx.analysis.reports.get(cell.report), sources.get(cell.report)) else {
        return Html::default();
    };
    let marks = behind(ctx, cell, report);
    let mut sentences: Vec<usize> = marks.iter().filter_map(|span| sentence_of(report, *span)).collect();
    sentences.dedup();
    // A shared passage is its whole sentences: nothing in them to mark.
    let shown = if cell.table == Table::Shared { &[][..] } else { &marks[..] };
    let more = sentences.len().saturating_sub(MAX_SENTENCES);
    html! {
        <section class="coverage__panel" aria-live="polite" aria-label="Sentences behind the cell">
            <h3 class="coverage__panel-title">{ format!("Report {} · {}", report_letter(cell.report), source.name()) }</h3>
            <p><button type="button" class="button button--small" onclick={ctx.on_open.reform(move |_: MouseEvent| cell)}>{ "Close" }</button></p>
            if sentences.is_empty() {
                <p>{ "This report has no sentence for this cell." }</p>
            }
            { for sentences.iter().take(MAX_SENTENCES).filter_map(|&s| report.sentences.get(s)).map(|&span| html! {
                <blockquote class="ledger__context">{ marked_text(&source.text, span, shown, "ledger__figure") }</blockquote>
            }) }
            if more > 0 { <p>{ format!("And {} more sentences.", format_number(more as f64)) }</p> }
        </section>
    }
}

/// The spans of `report` behind `cell`, in text order.
fn behind(ctx: &Ctx<'_>, cell: Cell, report: &Report) -> Vec<Span> {
    let c = ctx.coverage;
    let mut spans: Vec<Span> = match cell.table {
        Table::Figures => c.figures.get(cell.row).and_then(|row| row.cells.get(cell.report)).map_or(Vec::new(), |cell| {
            cell.figures.iter().filter_map(|&f| report.figures.get(f)).map(|f| f.span).collect()
        }),
        Table::Entities => c.entities.get(cell.row).and_then(|row| report.entity(row.id)).map_or(Vec::new(), |e| {
            e.mentions.iter().filter_map(|&m| report.mentions.get(m)).map(|m| m.span).collect()
        }),
        Table::Shared => c.shared.get(cell.row).and_then(|row| row.sentences.get(cell.report)).map_or(Vec::new(), |s| {
            s.iter().filter_map(|&i| report.sentences.get(i)).copied().collect()
        }),
        Table::Quotes => c.quotes.get(cell.row).and_then(|row| row.cells.get(cell.report)).and_then(|q| q.quote)
            .and_then(|q| report.quotes.get(q)).map_or(Vec::new(), |q| vec![q.span]),
        Table::Framing => report.framing.terms.iter().filter(|t| t.voice == parallax_model::Voice::Own)
            .flat_map(|t| t.spans.iter().copied()).collect(),
    };
    spans.sort_by_key(|s| (s.start, s.end));
    spans
}

/// The index of the sentence of `report` that holds the start of `span`.
fn sentence_of(report: &Report, span: Span) -> Option<usize> {
    let at = report.sentences.partition_point(|s| s.start <= span.start).checked_sub(1)?;
    (span.start < report.sentences[at].end.max(span.end)).then_some(at)
}
