//! A story's coverage laid out for the page: sections of rows, one cell per
//! report, every word of them written in the worker (`crates/worker`), so
//! that the page draws any section with one small table and holds none of
//! the code that words a figure, a name or a quote.
//!
//! Invariants: every row that is not a group has one cell per report of
//! the story, in the story's order; a cell's `sentences` are spans of its
//! report's text, sorted and non-overlapping; its `marks` are the spans
//! within them the cell is about, sorted.

use parallax_model::Span;
use serde::{Deserialize, Serialize};

/// The coverage of a story, section by section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Board {
    /// Framing, figures, who and what, shared text, quotes.
    pub sections: Vec<Section>,
}

/// One table of the coverage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Its heading: "Figures".
    pub title: String,
    /// What its first column holds: "Quantity".
    pub head: String,
    /// What is said when it has no rows: "No passage is carried by more
    /// than one report."
    pub none: String,
    /// Its rows, in the order shown.
    pub rows: Vec<Row>,
}

/// A row of a section: a quantity, a name, a passage, a quote; or, when
/// `group` is set, a heading over the rows that follow.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// What the row is about: "1,200 workers", "Petra Novak".
    pub name: String,
    /// The row in words: "3 of 4 give 1,200; D gives 1,300".
    pub note: String,
    /// Whether the row is a group's heading (it has no cells).
    pub group: bool,
    /// One per report.
    pub cells: Vec<Cell>,
}

/// How a cell stands, which the page shows in words and in colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tone {
    /// Nothing to call out.
    #[default]
    Plain,
    /// The report gives what most give.
    Agree,
    /// The report gives another number its qualifiers reconcile.
    Compatible,
    /// The report gives a number that cannot be right if most are.
    Outlier,
    /// The report leaves it out.
    Missing,
}

/// One report's cell of a row.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    /// What the report says: "1,300 workers", "3×", "— not named".
    pub text: String,
    /// Its standing in a word, shown beside the text: "outlier"; empty
    /// for none.
    pub tag: String,
    /// How it stands.
    pub tone: Tone,
    /// The report's sentences behind the cell; none when it has none.
    pub sentences: Vec<Span>,
    /// The spans within them that the cell is about.
    pub marks: Vec<Span>,
}
