//! The coverage of a story: its reports side by side, one column each, in
//! the sections the worker laid out (framing, figures, who and what,
//! shared text, quotes). Every cell with sentences behind it is a button
//! that opens them under the tables, with the spans it is about marked.
//!
//! Every word of the tables comes from the worker's [`Board`]; the page
//! only slices the reports' texts by the spans it gives.

use parallax_model::report_letter;
use parallax_protocol::{Board, Cell, Tone};
use yew::prelude::*;

use crate::components::aria;
use crate::components::marked_text::marked_text;
use crate::reports::ReportSource;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The story's coverage, laid out.
    pub board: Shared<Board>,
    /// The story's reports, in the board's order.
    pub sources: Shared<Vec<ReportSource>>,
    /// Ids of reports A and B, the pair the other views open.
    pub pair: (String, String),
    /// Puts a report in slot A (0) or B (1).
    pub on_choose: Callback<(usize, String)>,
}

/// A cell: its section, row and report.
type At = (usize, usize, usize);

/// A title cut to a column's width.
fn short(title: &str) -> String {
    match title.char_indices().nth(32) {
        Some((at, _)) => format!("{}…", &title[..at]),
        None => title.to_string(),
    }
}

#[function_component(CoverageView)]
pub fn coverage_view(props: &Props) -> Html {
    let Props { board, sources, pair, on_choose } = props;
    let open = use_state(|| None::<At>);
    let on_open = {
        let open = open.clone();
        Callback::from(move |at: At| open.set(if *open == Some(at) { None } else { Some(at) }))
    };
    let heads: Vec<String> = sources.iter().enumerate().map(|(i, s)| format!("{} · {}", report_letter(i), short(&s.name()))).collect();
    let opened = open.and_then(|(s, r, c)| Some((c, board.sections.get(s)?.rows.get(r)?.cells.get(c)?, sources.get(c)?)));
    html! {
        <div class="coverage">
            <header class="framing__intro">
                <h2 class="framing__title">{ format!("How {} reports cover the story", sources.len()) }</h2>
                <p class="framing__lede">{ "Open any cell to read the sentences behind it. A and B are the pair the Read and Compare views open." }</p>
            </header>
            <ul class="coverage__reports" aria-label="The story's reports">
                { for sources.iter().enumerate().map(|(i, s)| report_item(i, s, pair, on_choose)) }
            </ul>
            { for board.sections.iter().enumerate().map(|(s, section)| html! {
                <section class="coverage__section">
                    <h3 class="coverage__heading">{ &section.title }</h3>
                    if section.rows.is_empty() {
                        <p class="coverage__missing">{ &section.none }</p>
                    } else {
                        <div class="coverage__scroll"><table class="coverage__table">
                            <thead><tr><th scope="col">{ &section.head }</th>{ for heads.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                            <tbody>{ for section.rows.iter().enumerate().map(|(r, row)| if row.group {
                                html! { <tr class="coverage__group"><th scope="rowgroup" colspan={(heads.len() + 1).to_string()}>{ &row.name }</th></tr> }
                            } else {
                                html! {
                                    <tr>
                                        <th scope="row"><span class="coverage__row-name">{ &row.name }</span><span class="coverage__note">{ &row.note }</span></th>
                                        { for row.cells.iter().enumerate().map(|(c, cell)| cell_view(cell, (s, r, c), *open == Some((s, r, c)), &on_open)) }
                                    </tr>
                                }
                            }) }</tbody>
                        </table></div>
                    }
                </section>
            }) }
            if let Some((c, cell, source)) = opened {
                <section class="coverage__panel" aria-label="Sentences behind the cell">
                    <h3 class="coverage__panel-title">{ format!("Report {} · {} · {}", report_letter(c), source.name(), cell.text) }</h3>
                    <p><button type="button" class="button button--small" onclick={let open = open.clone(); move |_| open.set(None)}>{ "Close" }</button></p>
                    { for cell.sentences.iter().map(|&span| html! {
                        <blockquote class="ledger__context">{ marked_text(&source.text, span, &cell.marks, "ledger__figure") }</blockquote>
                    }) }
                </section>
            }
        </div>
    }
}

/// A report's cell: a button onto its sentences, or its text alone.
fn cell_view(cell: &Cell, at: At, open: bool, on_open: &Callback<At>) -> Html {
    let (missing, status) = match cell.tone {
        Tone::Plain => (None, "status"),
        Tone::Agree => (None, "status status--agree"),
        Tone::Compatible => (None, "status status--compatible"),
        Tone::Outlier => (None, "status status--conflict"),
        Tone::Missing => (Some("coverage__missing"), "status"),
    };
    if cell.sentences.is_empty() {
        return html! { <td class={missing}>{ &cell.text }</td> };
    }
    html! {
        <td>
            <button type="button" class="coverage__cell" aria-pressed={aria(open)} onclick={on_open.reform(move |_| at)}
                aria-label={format!("Report {}: {} {}. Show its sentences", report_letter(at.2), cell.text, cell.tag)}>
                { &cell.text }
                if !cell.tag.is_empty() { <span class={status}>{ &cell.tag }</span> }
            </button>
        </td>
    }
}

/// A report of the story: its letter and title, and the buttons that make
/// it report A or B.
fn report_item(i: usize, source: &ReportSource, pair: &(String, String), on_choose: &Callback<(usize, String)>) -> Html {
    let (letter, name) = (report_letter(i), source.name());
    let slot = |s: usize, ab: &str| {
        let held = if s == 0 { pair.0 == source.id } else { pair.1 == source.id };
        let id = source.id.clone();
        html! {
            <button type="button" class="button button--small" disabled={held}
                aria-label={if held { format!("Report {letter}, {name}, is report {ab}") } else { format!("Make report {letter}, {name}, report {ab}") }}
                onclick={on_choose.reform(move |_| (s, id.clone()))}>
                { if held { format!("Is {ab}") } else { format!("Make {ab}") } }
            </button>
        }
    };
    html! {
        <li class="coverage__report">
            <span class="coverage__letter">{ letter.clone() }</span>
            <span class="coverage__name">{ name.clone() }</span>
            <span class="coverage__slots">{ slot(0, "A") }{ slot(1, "B") }</span>
        </li>
    }
}
