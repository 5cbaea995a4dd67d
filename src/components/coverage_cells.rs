//! The cells of the coverage's tables, and what every table needs to draw
//! them: which cell is open, and the callback that opens one. A cell is a
//! button; pressed, it opens the sentences behind it (`coverage_view`).

use parallax_model::{Analysis, Coverage, report_letter};
use yew::prelude::*;

use crate::components::aria;
use crate::reports::ReportSource;

/// The tables of the coverage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Figures,
    Entities,
    Shared,
    Quotes,
    Framing,
}

/// A cell of a table: its row and its report's column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pub table: Table,
    pub row: usize,
    pub report: usize,
}

/// What the tables need to draw their cells.
pub struct Ctx<'a> {
    pub analysis: &'a Analysis,
    pub coverage: &'a Coverage,
    pub open: Option<Cell>,
    pub on_open: &'a Callback<Cell>,
}

impl Ctx<'_> {
    /// A cell's button, pressed while its sentences are open; `label`
    /// names the cell for a screen reader.
    pub fn button(&self, cell: Cell, text: Html, label: String) -> Html {
        let open = self.open == Some(cell);
        html! {
            <button type="button" class={classes!("coverage__cell", open.then_some("coverage__cell--open"))}
                aria-pressed={aria(open)} aria-label={label}
                onclick={self.on_open.reform(move |_: MouseEvent| cell)}>{ text }</button>
        }
    }

    /// The header row: one column per report, letter and short title, with
    /// the buttons that make it report A or B.
    pub fn head(&self, first: &'static str, sources: &[ReportSource]) -> Html {
        html! {
            <thead><tr>
                <th scope="col">{ first }</th>
                { for sources.iter().enumerate().map(|(i, s)| html! { <th scope="col">{ format!("{} · {}", report_letter(i), short(&s.name())) }</th> }) }
            </tr></thead>
        }
    }
}

/// A title cut to a column's width.
pub fn short(title: &str) -> String {
    match title.char_indices().nth(32) {
        Some((at, _)) => format!("{}…", &title[..at]),
        None => title.to_string(),
    }
}

