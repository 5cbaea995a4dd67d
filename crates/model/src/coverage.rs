//! How a story is covered: three or more reports of one story read
//! together, quantity by quantity, name by name, passage by passage and
//! quote by quote.
//!
//! Every list here has one entry per report, in the analysis's order
//! (report 0 is "A", report 1 "B", and so on), so a view can lay the
//! story out as a table with one column per report.

use serde::{Deserialize, Serialize};

use crate::EntityId;

/// The coverage of a story by its reports.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    /// One row per quantity that any report gives: quantities with an
    /// outlier first, then those most reports give, then by first mention.
    pub figures: Vec<FigureCoverage>,
    /// One row per entity, those named by the most reports first; an
    /// entity only one report names is that report's own.
    pub entities: Vec<EntityCoverage>,
    /// Passages that two or more reports carry nearly word for word (wire
    /// copy, press-release text), in the order of the first report that
    /// carries each.
    pub shared: Vec<SharedPassage>,
    /// For each report, the share of its words that are in shared
    /// passages, 0 to 1.
    pub shared_share: Vec<f64>,
    /// One row per quotation, those carried by the most reports first.
    pub quotes: Vec<QuoteCoverage>,
}

/// How one report stands on a quantity of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// The report gives the value most reports give.
    Consensus,
    /// The report gives another number, which its qualifiers reconcile
    /// with the consensus ("at least 1,200" against "1,250").
    Compatible,
    /// The report gives a value that cannot be right if the consensus is.
    Outlier,
    /// The report does not give this quantity.
    Missing,
}

/// One report's cell of a [`FigureCoverage`] row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureCell {
    /// How the report stands on the quantity.
    pub standing: Standing,
    /// Indices into the report's figures that state the quantity; empty
    /// when it is missing.
    pub figures: Vec<usize>,
}

/// A quantity across the story's reports: the same thing counted or
/// measured, matched by the same rules as the figure ledger of a pair.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureCoverage {
    /// The value most reports give; when no value is more common, the one
    /// the first report giving the quantity states.
    pub value: f64,
    /// What is counted or measured, as in [`crate::Figure::unit`].
    pub unit: String,
    /// One cell per report.
    pub cells: Vec<FigureCell>,
    /// The row in words: "4 of 5 give 1,200; C gives 1,300; E omits it".
    pub note: String,
}

/// An entity and how often each report mentions it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityCoverage {
    /// The entity, as in [`crate::Analysis::entity`].
    pub id: EntityId,
    /// Mentions per report; 0 where the report does not name it.
    pub counts: Vec<usize>,
}

/// A passage that several reports carry nearly word for word.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedPassage {
    /// For each report, indices into its sentences of the passage (one run
    /// of consecutive sentences); empty where the report does not carry it.
    pub sentences: Vec<Vec<usize>>,
    /// How alike the versions are: the lowest similarity of a carrying
    /// report's version to the first one, 0 to 1.
    pub similarity: f64,
}

/// One report's cell of a [`QuoteCoverage`] row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteCell {
    /// Index into the report's quotes; `None` when it does not carry the
    /// quotation.
    pub quote: Option<usize>,
    /// The report's version is a cut-down form of the longest version.
    pub shortened: bool,
    /// The report's version is worded differently from the longest one.
    pub reworded: bool,
    /// The report attributes it to another speaker than most reports do.
    pub speaker_differs: bool,
}

/// A quotation across the story's reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteCoverage {
    /// Who most reports say spoke it, when they say.
    pub speaker: Option<EntityId>,
    /// One cell per report.
    pub cells: Vec<QuoteCell>,
}

/// The letter a story's report is known by in words: "A" for the first,
/// "B" for the second, up to "L" for the twelfth, then its number.
pub fn report_letter(index: usize) -> String {
    match u8::try_from(index) {
        Ok(i) if i < 26 => char::from(b'A' + i).to_string(),
        _ => (index + 1).to_string(),
    }
}
