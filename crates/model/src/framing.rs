//! How a report frames its story, beside what it states: the loaded words
//! it uses, whom it quotes and at what length, and how much of it is the
//! outlet's own voice rather than statements it attributes to others.
//!
//! A loaded term inside a direct quote is the quoted speaker's wording,
//! not the outlet's: each term carries its [`Voice`], and the outlet's own
//! uses are counted apart from the quoted ones.
//!
//! Invariants: the category and tone counts are sums of the term counts
//! (the `own_` counts, of the terms in the outlet's own voice);
//! `quoted_words <= attributed_words <= total_words`, and `total_words` is
//! the report's word count.

use serde::{Deserialize, Serialize};

use crate::{EntityId, Span};

/// What a loaded term does, as the framing lexicon files it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FramingCategory {
    /// Alarm and catastrophe: "crisis", "chaos", "collapse".
    Alarm,
    /// Attack and blame: "slammed", "blasted", "lashed out".
    Attack,
    /// Praise: "landmark", "historic", "hailed".
    Praise,
    /// Doubt cast on a claim: "so-called", "claimed", "unproven".
    Doubt,
    /// Intensifiers: "massive", "sharply".
    Intensity,
    /// Labels for people and groups: "regime", "hardliners", "radical".
    Labels,
    /// Hedges: "reportedly", "allegedly", "it appears".
    Hedge,
}

impl FramingCategory {
    /// Every category, in the order the lexicon's header lists them.
    pub const ALL: [FramingCategory; 7] = [
        FramingCategory::Alarm,
        FramingCategory::Attack,
        FramingCategory::Praise,
        FramingCategory::Doubt,
        FramingCategory::Intensity,
        FramingCategory::Labels,
        FramingCategory::Hedge,
    ];

    /// The lower-case name used in the lexicon and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FramingCategory::Alarm => "alarm",
            FramingCategory::Attack => "attack",
            FramingCategory::Praise => "praise",
            FramingCategory::Doubt => "doubt",
            FramingCategory::Intensity => "intensity",
            FramingCategory::Labels => "labels",
            FramingCategory::Hedge => "hedge",
        }
    }

    /// Parses the name produced by [`FramingCategory::as_str`].
    pub fn parse(name: &str) -> Option<FramingCategory> {
        FramingCategory::ALL.into_iter().find(|category| category.as_str() == name)
    }
}

/// Which way a loaded term leans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    /// Casts its subject in a bad light.
    Negative,
    /// Casts its subject in a good light.
    Positive,
    /// Leans neither way (hedges, most intensifiers).
    Neutral,
}

impl Tone {
    /// Every tone.
    pub const ALL: [Tone; 3] = [Tone::Negative, Tone::Positive, Tone::Neutral];

    /// The lower-case name used in the lexicon and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Negative => "negative",
            Tone::Positive => "positive",
            Tone::Neutral => "neutral",
        }
    }

    /// Parses the name produced by [`Tone::as_str`].
    pub fn parse(name: &str) -> Option<Tone> {
        Tone::ALL.into_iter().find(|tone| tone.as_str() == name)
    }
}

/// Whose wording a loaded term is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    /// The outlet's own: outside every direct quote.
    #[default]
    Own,
    /// A quoted speaker's: inside a direct quote, of the entity the report
    /// attributes it to (`None`: quoted, speaker unknown).
    Quoted(Option<EntityId>),
}

/// How a report frames its story: the loaded terms of the framing lexicon
/// it uses, whom it quotes at what length, and how much of it is
/// attributed to others.
///
/// Terms are words or short phrases, matched over consecutive words of a
/// sentence, longest first, never overlapping, never inside the name of a
/// person, organization, place or date, never as part of a capitalised
/// name or before a role's head word ("crisis manager"), never in
/// boilerplate. A term inside a direct quote is counted for the quoted
/// speaker (its [`Voice`]), apart from the outlet's own. Attributed
/// words are those inside quotation marks and those of sentences with a
/// speech verb ("said", "stated"…) or "according to".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    /// The loaded terms the report uses, one per term and voice, most used
    /// first, then by term, then the outlet's own before the quoted.
    pub terms: Vec<FramingTerm>,
    /// Occurrences of loaded terms per category, in every voice.
    pub by_category: CategoryCounts,
    /// Occurrences of loaded terms per tone, in every voice.
    pub by_tone: ToneCounts,
    /// Occurrences per category in the outlet's own voice (outside direct
    /// quotes): the report's own loaded language.
    #[serde(default)]
    pub own_by_category: CategoryCounts,
    /// Occurrences per tone in the outlet's own voice.
    #[serde(default)]
    pub own_by_tone: ToneCounts,
    /// Who is quoted and at what length, longest first; unattributed
    /// quotes are together under `speaker: None`.
    pub sources: Vec<QuotedSource>,
    /// Words inside quotation marks.
    pub quoted_words: usize,
    /// Words attributed to others: those inside quotation marks, and those
    /// of sentences with a speech verb or "according to".
    pub attributed_words: usize,
    /// Words of the article text, as [`crate::Report::word_count`].
    pub total_words: usize,
    /// `attributed_words / total_words`, 0 to 1 (0 for no words): the
    /// share of the report given to others' statements rather than the
    /// outlet's own assertions.
    pub attributed_share: f64,
}

/// One loaded term of the framing lexicon and where a report uses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FramingTerm {
    /// The term as the lexicon lists it (lower case, unaccented).
    pub term: String,
    /// What the term does.
    pub category: FramingCategory,
    /// Which way it leans.
    pub tone: Tone,
    /// How many times the report uses it.
    pub count: usize,
    /// Where, sorted; `count` spans.
    pub spans: Vec<Span>,
    /// Whose wording these uses are: the outlet's, or a quoted speaker's.
    #[serde(default)]
    pub voice: Voice,
}

/// Occurrences of loaded terms per [`FramingCategory`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryCounts {
    /// Alarm and catastrophe.
    pub alarm: usize,
    /// Attack and blame.
    pub attack: usize,
    /// Praise.
    pub praise: usize,
    /// Doubt cast on a claim.
    pub doubt: usize,
    /// Intensifiers.
    pub intensity: usize,
    /// Labels for people and groups.
    pub labels: usize,
    /// Hedges.
    pub hedge: usize,
}

impl CategoryCounts {
    /// The count of `category`.
    pub fn get(&self, category: FramingCategory) -> usize {
        match category {
            FramingCategory::Alarm => self.alarm,
            FramingCategory::Attack => self.attack,
            FramingCategory::Praise => self.praise,
            FramingCategory::Doubt => self.doubt,
            FramingCategory::Intensity => self.intensity,
            FramingCategory::Labels => self.labels,
            FramingCategory::Hedge => self.hedge,
        }
    }

    /// Counts `count` more occurrences of terms of `category`.
    pub fn add(&mut self, category: FramingCategory, count: usize) {
        *match category {
            FramingCategory::Alarm => &mut self.alarm,
            FramingCategory::Attack => &mut self.attack,
            FramingCategory::Praise => &mut self.praise,
            FramingCategory::Doubt => &mut self.doubt,
            FramingCategory::Intensity => &mut self.intensity,
            FramingCategory::Labels => &mut self.labels,
            FramingCategory::Hedge => &mut self.hedge,
        } += count;
    }
}

/// Occurrences of loaded terms per [`Tone`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToneCounts {
    /// Negative terms.
    pub negative: usize,
    /// Positive terms.
    pub positive: usize,
    /// Neutral terms.
    pub neutral: usize,
}

impl ToneCounts {
    /// The count of `tone`.
    pub fn get(&self, tone: Tone) -> usize {
        match tone {
            Tone::Negative => self.negative,
            Tone::Positive => self.positive,
            Tone::Neutral => self.neutral,
        }
    }

    /// Counts `count` more occurrences of terms of `tone`.
    pub fn add(&mut self, tone: Tone, count: usize) {
        *match tone {
            Tone::Negative => &mut self.negative,
            Tone::Positive => &mut self.positive,
            Tone::Neutral => &mut self.neutral,
        } += count;
    }
}

/// A speaker a report quotes, and how much room it gives them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotedSource {
    /// The entity quoted; `None` for quotes the report attributes to no one.
    pub speaker: Option<EntityId>,
    /// How many quotes.
    pub quotes: usize,
    /// Words inside those quotes.
    pub words: usize,
    /// Uses of loaded terms inside those quotes, counted for the speaker
    /// rather than the outlet.
    #[serde(default)]
    pub loaded: usize,
}
