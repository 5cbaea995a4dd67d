//! The comparison of two reports, as the analysis gives it: which passages
//! say the same thing, what only one says, whether their figures agree,
//! which entities they share, and how they quote the same people.

use serde::{Deserialize, Serialize};

use crate::{EntityId, Span};

/// The comparison of report A (the first) with report B (the second).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// At-a-glance counts.
    pub summary: Summary,
    /// Aligned passages, in report A's order.
    pub passages: Vec<Passage>,
    /// Sentences with no counterpart in the other report.
    pub unique: Unique,
    /// The figure ledger: conflicts first, then figures the qualifiers
    /// reconcile, agreements, and figures only one report gives.
    pub figures: Vec<FigureRow>,
    /// Which entities both reports name and which only one does.
    pub entities: SharedEntities,
    /// Quotations paired across the reports, then unpaired ones.
    pub quotes: Vec<QuotePair>,
}

/// How much the two reports share, at a glance.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Aligned passage pairs.
    pub aligned: usize,
    /// Sentences of A with no counterpart.
    pub unique_a: usize,
    /// Sentences of B with no counterpart.
    pub unique_b: usize,
    /// Share of A's words in aligned passages, 0 to 1.
    pub aligned_share_a: f64,
    /// Share of B's words in aligned passages, 0 to 1.
    pub aligned_share_b: f64,
    /// Entities both name.
    pub shared_entities: usize,
    /// Entities only A names.
    pub only_a_entities: usize,
    /// Entities only B names.
    pub only_b_entities: usize,
    /// Figure rows where the reports agree.
    pub figures_agree: usize,
    /// Figure rows where the reports give different numbers that their
    /// qualifiers reconcile ("at least 22" and "as much as 30").
    pub figures_compatible: usize,
    /// Figure rows where the reports conflict.
    pub figures_conflict: usize,
    /// Figures only A gives.
    pub figures_only_a: usize,
    /// Figures only B gives.
    pub figures_only_b: usize,
    /// Quotations both carry.
    pub shared_quotes: usize,
    /// The reports share almost no entities, figures, quotes or passages:
    /// they are probably not reports of the same story.
    pub different_stories: bool,
}

/// A sentence of A and its counterpart in B, with the words that differ.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// The sentence in report A.
    pub a: Span,
    /// Its counterpart in report B.
    pub b: Span,
    /// Index into A's sentences.
    pub a_sentence: usize,
    /// Index into B's sentences.
    pub b_sentence: usize,
    /// IDF-weighted overlap of their content words, 0 to 1.
    pub similarity: f64,
    /// Stretches of A's sentence that B words differently, sorted.
    pub a_changed: Vec<Span>,
    /// Stretches of B's sentence that A words differently, sorted.
    pub b_changed: Vec<Span>,
    /// What anchors the pair besides its words: indices into A's figures
    /// whose values B's sentence states too.
    pub figures: Vec<usize>,
    /// Entities both sentences name.
    pub entities: Vec<EntityId>,
}

/// Sentences without a counterpart, per report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Unique {
    /// In report A.
    pub a: Vec<Span>,
    /// In report B.
    pub b: Vec<Span>,
}

/// How the two reports stand on one quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureStatus {
    /// Both give the same quantity of the same thing, with the same value.
    Agree,
    /// Both give the same quantity with different numbers that their
    /// qualifiers reconcile: "at least 22" and "as much as 30" can both be
    /// right. The row's note says how.
    Compatible,
    /// Both count the same thing with values that cannot both be right.
    Conflict,
    /// Only report A gives it.
    OnlyA,
    /// Only report B gives it.
    OnlyB,
}

/// A row of the figure ledger: one quantity and where each report states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureRow {
    /// Agreement, conflict, or only one report.
    pub status: FigureStatus,
    /// The value, as report A states it if it does, else as B does.
    pub value: f64,
    /// What is counted or measured, as in [`Figure::unit`].
    pub unit: String,
    /// Indices into report A's figures.
    pub a: Vec<usize>,
    /// Indices into report B's figures.
    pub b: Vec<usize>,
    /// How the values were reconciled, when it is not plain equality
    /// ("20 a month is 240 a year", "'about' allows 10%").
    pub note: String,
}

/// Entities by which report names them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SharedEntities {
    /// Named by both.
    pub shared: Vec<EntityId>,
    /// Named only by A.
    pub only_a: Vec<EntityId>,
    /// Named only by B.
    pub only_b: Vec<EntityId>,
}

/// A quotation and its counterpart in the other report, if any.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuotePair {
    /// Index into report A's quotes.
    pub a: Option<usize>,
    /// Index into report B's quotes.
    pub b: Option<usize>,
    /// Share of the shorter quote's words found in the longer, 0 to 1.
    pub similarity: f64,
    /// One version is a cut-down form of the other.
    pub shortened: bool,
    /// The versions differ in wording.
    pub reworded: bool,
    /// The reports attribute it to different speakers.
    pub speaker_differs: bool,
    /// Stretches of A's quote worded differently in B.
    pub a_changed: Vec<Span>,
    /// Stretches of B's quote worded differently in A.
    pub b_changed: Vec<Span>,
}
