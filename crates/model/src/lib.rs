//! The vocabulary of Parallax: what an analysis of news reports is made of.
//!
//! A *report* is an input text. The analysis finds its *mentions* (spans
//! that name a person, organization, place or date, or state a figure),
//! resolves them to *entities*, lists the *figures* it gives and the
//! *quotes* it carries, and how it *frames* the story; for two reports, it
//! compares them *passage* by passage. This crate holds those types, the
//! user's [`Corrections`], the compact [`wire`] form an analysis travels in,
//! and the small pure functions the page needs to show one (highlight runs,
//! search, folding). It does no analysis itself (that is
//! `parallax-analysis`), so the page can depend on it and stay small.
//!
//! # Invariants
//!
//! Every [`Span`] in an analysis is a half-open range of UTF-8 byte offsets
//! into the original text of its report, lying on `char` boundaries.
//! Within one report, mentions are sorted by start and never overlap, so a
//! renderer can slice the original text by them and never drift.
#![deny(missing_docs)]

mod comparison;
mod corrections;
mod coverage;
mod figure;
mod format;
mod framing;
mod layout;
mod mention;
mod report;
pub mod search;
mod span;
pub mod text;
pub mod wire;

pub use comparison::{Comparison, FigureRow, FigureStatus, Passage, QuotePair, SharedEntities, Summary, Unique};
pub use coverage::{
    Coverage, EntityCoverage, FigureCell, FigureCoverage, QuoteCell, QuoteCoverage, SharedPassage, Standing, report_letter,
};
pub use corrections::{Correction, CorrectionTag, Corrections, MAX_CORRECTIONS, MAX_TEXT_CHARS, TaggedCorrection, normalize};
pub use format::Format;
pub use figure::{Figure, FigureKind, Period, Qualifier, fixed, format_number};
pub use framing::{CategoryCounts, Framing, FramingCategory, FramingTerm, QuotedSource, Tone, ToneCounts, Voice};
pub use layout::{Paragraph, Run, marked, paragraphs};
pub use mention::{Entity, EntityId, Evidence, Kind, Link, Mention, Referent};
pub use report::{Analysis, Quote, Report};
pub use span::Span;
