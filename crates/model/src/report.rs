//! Reports and analyses: everything the analysis found in one report, and
//! the analysis of a set of reports whose entities are resolved together.

use serde::{Deserialize, Serialize};

use crate::{Comparison, Corrections, Coverage, Entity, EntityId, Figure, Framing, Kind, Mention, Span};

/// A direct quotation and who the report says spoke it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quotation, quote marks included.
    pub span: Span,
    /// The quoted words, without the quote marks.
    pub text: String,
    /// The entity the report attributes the quote to, when it says.
    pub speaker: Option<EntityId>,
    /// Index into [`Report::sentences`] of the sentence the quote opens in.
    pub sentence: usize,
}

/// Everything the core found in one report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The given title, or the headline or first sentence of the report.
    pub title: String,
    /// Length of the original text in bytes.
    pub length: usize,
    /// Words in the article text (boilerplate excluded).
    pub word_count: usize,
    /// The article text: the original minus the trailing site boilerplate.
    pub body: Span,
    /// Site text set aside from the analysis (comment prompts, "Filed in"
    /// trails, share buttons), sorted.
    pub boilerplate: Vec<Span>,
    /// Paragraphs of the article text (its non-empty lines), sorted.
    pub paragraphs: Vec<Span>,
    /// Sentences of the article text, sorted.
    pub sentences: Vec<Span>,
    /// Mentions of entities and figures, sorted by start, non-overlapping.
    pub mentions: Vec<Mention>,
    /// The entities this report mentions, by first mention.
    pub entities: Vec<Entity>,
    /// The figures this report states, in text order.
    pub figures: Vec<Figure>,
    /// The quotations this report carries, in text order.
    pub quotes: Vec<Quote>,
    /// How the report frames the story: its loaded vocabulary, whom it
    /// quotes, and how much of it is attributed to others.
    #[serde(default)]
    pub framing: Framing,
}

impl Report {
    /// This report's entry for entity `id`, if it mentions it.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.entities.iter().find(|entity| entity.id == id)
    }

    /// How many times this report mentions entity `id`.
    pub fn mention_count(&self, id: EntityId) -> usize {
        self.entity(id).map_or(0, |entity| entity.mentions.len())
    }

    /// How many mentions of `kind` the report has.
    pub fn count_of(&self, kind: Kind) -> usize {
        self.mentions.iter().filter(|m| m.kind == kind).count()
    }
}

/// The analysis of a set of reports whose entities are resolved together.
///
/// `Analysis::default()` is the analysis of no report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// One entry per input, in input order.
    pub reports: Vec<Report>,
    /// The comparison of the first report with the second, when there are
    /// two. Always serialized (as `null` when absent): the derived form also
    /// crosses to the analysis worker in bincode, which cannot skip fields.
    pub comparison: Option<Comparison>,
    /// How the reports cover their story, when there are three or more
    /// (or when a story of two was asked for). Always serialized, as
    /// `comparison` is.
    #[serde(default)]
    pub coverage: Option<Coverage>,
    /// The user's corrections that were applied: those given to
    /// [`analyze_with`] that were well-formed and matched something, in the
    /// order given.
    #[serde(default)]
    pub corrections: Corrections,
}

impl Analysis {
    /// The canonical entry for entity `id`: name, kind and every alias, from
    /// whichever report mentions it.
    pub fn entity(&self, id: EntityId) -> Option<&Entity> {
        self.reports.iter().find_map(|report| report.entity(id))
    }

    /// Every entity mentioned by any report, each once, ordered by id.
    pub fn entities(&self) -> Vec<&Entity> {
        let mut all: Vec<&Entity> = self.reports.iter().flat_map(|r| r.entities.iter()).collect();
        // Stable sort: each id keeps the first report's entry.
        all.sort_by_key(|entity| entity.id);
        all.dedup_by_key(|entity| entity.id);
        all
    }
}
