//! The analysis core of Parallax: text in, typed analysis out.
//!
//! Parallax puts two news reports of the same story side by side. This crate
//! does all of the thinking about their text: it sets aside site boilerplate,
//! segments each report into paragraphs, sentences and words, finds the
//! *mentions* of people, organizations, places and dates and resolves them to
//! *entities* (also across reports), finds the *figures* each report gives
//! and the *quotes* it carries, and how it *frames* the story (loaded
//! wording, whom it quotes, how much it attributes to others). Each mention
//! says why it is a mention of its kind ([`Evidence`]) and why it belongs to
//! its entity ([`Link`]). The user's [`Corrections`] (not an entity,
//! retype, merge, split, add) apply before figures, quotes, framing and the
//! comparison are worked out ([`analyze_with`]). It has no web dependency,
//! so everything here runs and is tested on the host.
//!
//! # Invariants
//!
//! Every [`Span`] this crate returns is a half-open range of UTF-8 byte
//! offsets into the original text of its report, lying on `char`
//! boundaries. Within one report, mentions are sorted by start and never
//! overlap, so a renderer can slice the original text by them and never
//! drift. Every analysis function is total: it accepts any `&str` and
//! returns a value, never a panic.
//!
//! # Example
//!
//! ```
//! use parallax_analysis::{analyze, Input};
//! use parallax_model::Kind;
//!
//! let analysis = analyze(&[Input::new(
//!     "President Ana Gómez said the World Health Organization (WHO) sent 40 nurses to Lima.",
//! )]);
//! let report = &analysis.reports[0];
//! let names: Vec<(&str, Kind)> = report
//!     .mentions
//!     .iter()
//!     .map(|m| (m.text.as_str(), m.kind))
//!     .collect();
//! assert!(names.contains(&("Ana Gómez", Kind::Person)));
//! assert!(names.contains(&("WHO", Kind::Organization)));
//! assert!(names.contains(&("Lima", Kind::Place)));
//! assert_eq!(report.figures[0].value, 40.0);
//! assert_eq!(report.figures[0].unit, "nurses");
//! ```
#![deny(missing_docs)]

mod compare;
mod corrections;
mod coverage;
mod dates;
mod figures;
mod framing;
mod halves;
mod hash;
mod lexicon;
mod merge;
mod names;
pub mod pattern;
mod quotes;
mod resolve;
mod text;

use parallax_model::{Analysis, Corrections, Evidence, Kind, Mention, Referent, Report};

/// One report's text to analyse, with an optional title.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The report's original text, exactly as received.
    pub text: &'a str,
    /// A title given by the user; when `None` the core derives one.
    pub title: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// A report with no given title.
    pub fn new(text: &'a str) -> Input<'a> {
        Input { text, title: None }
    }

    /// A report with the title the user gave it.
    pub fn titled(text: &'a str, title: &'a str) -> Input<'a> {
        Input { text, title: Some(title) }
    }
}

#[doc(hidden)]
pub use compare::{Weighed, alignment_candidates, paraphrase};

/// Analyses a set of reports together, so that the same entity gets the same
/// [`EntityId`] in every report; with exactly two reports, also compares
/// them (see [`Comparison`]).
///
/// Accepts any text, including empty, binary-looking or enormous input; the
/// work done grows about linearly with the total length. The same as
/// [`analyze_with`] and no correction.
pub fn analyze(inputs: &[Input<'_>]) -> Analysis {
    analyze_with(inputs, &Corrections::default())
}

/// Analyses a set of reports as [`analyze`] does, then applies the user's
/// `corrections` (see [`Correction`]) before figures, quotes, framing and
/// the comparison are worked out, so that all of them reflect the
/// corrections.
///
/// A correction that is malformed (an empty name or one over 200
/// characters, a kind that is not a person, organization, place or date)
/// or matches nothing is ignored; [`Analysis::corrections`] lists those
/// that were applied.
///
/// # Example
///
/// ```
/// use parallax_analysis::{analyze_with, Input};
/// use parallax_model::{Correction, Corrections, Kind};
///
/// let corrections = Corrections {
///     items: vec![Correction::Add { text: "Blue Harbour".into(), kind: Kind::Place }],
/// };
/// let analysis = analyze_with(&[Input::new("Boats left Blue Harbour at dawn.")], &corrections);
/// let place = &analysis.reports[0].mentions[0];
/// assert_eq!((place.text.as_str(), place.kind), ("Blue Harbour", Kind::Place));
/// assert_eq!(place.evidence.to_string(), "added by you");
/// assert_eq!(analysis.corrections, corrections);
/// ```
pub fn analyze_with(inputs: &[Input<'_>], corrections: &Corrections) -> Analysis {
    analyze_from(inputs, corrections, 3)
}

/// [`analyze_with`], with the story's coverage when there are at least
/// `story` reports.
fn analyze_from(inputs: &[Input<'_>], corrections: &Corrections, story: usize) -> Analysis {
    let prepared: Vec<text::Prepared> = inputs.iter().map(|input| text::prepare(input.text)).collect();
    let mut found: Vec<names::Found> =
        inputs.iter().zip(&prepared).map(|(input, prep)| names::find(input.text, prep)).collect();
    let mut plan = corrections::Plan::new(corrections);
    plan.edit_candidates(inputs, &prepared, &mut found);
    let resolved = resolve::resolve(inputs, &found, &mut plan);
    let reports: Vec<Report> = inputs
        .iter()
        .zip(&prepared)
        .zip(found)
        .zip(resolved)
        .map(|(((input, prep), found), resolved)| assemble(input, prep, found, resolved, &mut plan))
        .collect();
    let comparison = match (&prepared[..], &reports[..]) {
        ([pa, pb], [ra, rb]) => {
            Some(compare::compare(&compare::Side { prep: pa, report: ra }, &compare::Side { prep: pb, report: rb }))
        }
        _ => None,
    };
    let coverage = (reports.len() >= story).then(|| coverage::cover(&prepared, &reports));
    Analysis { reports, comparison, coverage, corrections: plan.applied() }
}

/// Analyses the reports of a story as [`analyze_with`] does, with their
/// [`Coverage`](parallax_model::Coverage) even when the story has only two
/// reports (`analyze_with` gives it from three on).
pub fn analyze_story(inputs: &[Input<'_>], corrections: &Corrections) -> Analysis {
    analyze_from(inputs, corrections, 2)
}

/// A title for a report: its headline when it opens with one (a short
/// first line without a final period), else its first sentence, shortened.
pub fn headline(text: &str) -> String {
    // The first few kilobytes are enough to find a headline.
    let head = &text[..text.floor_char_boundary(4096)];
    text::headline(head, &text::prepare(head))
}

/// Puts one report's pieces together: mentions from entities and figures,
/// quotes with their speakers.
fn assemble(
    input: &Input<'_>,
    prep: &text::Prepared,
    found: names::Found,
    resolved: resolve::Resolved,
    plan: &mut corrections::Plan<'_>,
) -> Report {
    let text = input.text;
    let mut figures = figures::find(text, prep, &found.claimed, &resolved.mentions);
    // Figures the reader said are none go before anything refers to them.
    figures.retain(|figure| !plan.drops_figure(&figure.text));
    let numbers: Vec<Mention> = figures
        .iter()
        .enumerate()
        .map(|(index, figure)| Mention {
            span: figure.span,
            text: figure.text.clone(),
            kind: Kind::Figure,
            referent: Referent::Figure(index),
            evidence: Evidence::Number,
            link: None,
        })
        .collect();
    let mentions = merge::merge_without_overlaps(resolved.mentions, numbers);
    let mut entities = resolved.entities;
    for entity in &mut entities {
        entity.mentions.clear();
    }
    // Each entity id appears once in `entities`; index them by id rather
    // than searching the list for every mention.
    let slots = entities.iter().map(|e| e.id.0 as usize + 1).max().unwrap_or(0);
    let mut slot_of: Vec<Option<usize>> = vec![None; slots];
    for (slot, entity) in entities.iter().enumerate().rev() {
        slot_of[entity.id.0 as usize] = Some(slot);
    }
    for (index, mention) in mentions.iter().enumerate() {
        if let Some(id) = mention.entity() {
            if let Some(&Some(slot)) = slot_of.get(id.0 as usize) {
                entities[slot].mentions.push(index);
            }
        }
    }
    entities.retain(|entity| !entity.mentions.is_empty());
    entities.sort_by_key(|entity| entity.mentions[0]);
    let quotes = quotes::find(text, prep, &mentions);
    let word_count = prep.word_count();
    let framing = framing::find(prep, &mentions, &quotes, word_count);
    let title = match input.title.map(str::trim) {
        Some(title) if !title.is_empty() => title.to_string(),
        _ => text::headline(text, prep),
    };
    Report {
        title,
        length: text.len(),
        word_count,
        body: prep.body,
        boilerplate: prep.boilerplate.clone(),
        paragraphs: prep.paragraphs.clone(),
        sentences: prep.sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        figures,
        quotes,
        framing,
    }
}
