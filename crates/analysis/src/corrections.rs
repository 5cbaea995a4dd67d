//! The user's corrections of the analysis: spans that are not entities,
//! entities of the wrong kind, forms to merge or split, and mentions the
//! rules missed.
//!
//! The rules are general and will be wrong on some report; a reader who
//! knows better says so once, and every view (mentions, entities, quote
//! speakers, the comparison) follows. Corrections name what the user saw,
//! by text, not by offsets or ids, so that they survive edits of the
//! report and apply to every report of the analysis.
//!
//! Corrections apply in two steps, each in the order given:
//!
//! 1. those that change which spans are candidates for mentions
//!    ([`Correction::NotAnEntity`], [`Correction::Add`]), before resolution,
//!    so that resolution sees the corrected candidates;
//! 2. those that change entities ([`Correction::Merge`],
//!    [`Correction::Split`], [`Correction::Retype`]), on the groups of
//!    candidates once the resolution rules have joined them (see
//!    `resolve::resolve`), before entity ids are given.
//!
//! Figures, quotes, framing and the comparison are worked out afterwards,
//! from the corrected mentions.
//!
//! Invariants: texts and names compare folded ([`normalize`]: accents and
//! case ignored, runs of whitespace as one space); a correction that is
//! malformed or matches nothing changes nothing and is not reported as
//! applied; applying corrections keeps every invariant of the analysis
//! (mentions sorted and non-overlapping, spans on char boundaries, ids
//! dense in order of first mention).

use std::sync::Arc;

use crate::Input;
use crate::names::{self, Candidate, Found};
use crate::text::Prepared;
use parallax_model::search;
use parallax_model::{Correction, Corrections, Evidence, Kind, MAX_CORRECTIONS, MAX_TEXT_CHARS, Span, normalize};

/// A correction of entities, with its names normalized; applied by
/// `resolve::resolve`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum EntityEdit {
    /// See [`Correction::Retype`].
    Retype { name: String, kind: Kind },
    /// See [`Correction::Merge`].
    Merge { name: String, into: String },
    /// See [`Correction::Split`].
    Split { text: String, from: String },
}

/// A correction of which spans are candidates.
#[derive(Clone, Debug)]
enum SpanEdit {
    /// See [`Correction::NotAnEntity`]; the text normalized.
    NotAnEntity { text: String },
    /// See [`Correction::Add`]: the text as given (trimmed), for
    /// [`search::find`], and the key its occurrences share.
    Add { query: String, key: Arc<[String]>, kind: Kind },
}

/// The well-formed corrections of a [`Corrections`], ready to apply, and
/// which of them matched something.
pub(crate) struct Plan<'c> {
    /// The well-formed corrections, in the order given.
    valid: Vec<&'c Correction>,
    /// Whether each of `valid` matched something.
    applied: Vec<bool>,
    /// The span corrections, with their index in `valid`.
    spans: Vec<(usize, SpanEdit)>,
    /// The entity corrections, with their index in `valid`.
    entities: Vec<(usize, EntityEdit)>,
}

/// `text` trimmed and normalized, unless it is empty or too long.
fn valid_text(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() || text.chars().nth(MAX_TEXT_CHARS).is_some() {
        return None;
    }
    Some(normalize(text)).filter(|normalized| !normalized.is_empty())
}

/// A kind an entity may have: figures are not entities.
fn valid_kind(kind: Kind) -> Option<Kind> {
    (kind != Kind::Figure).then_some(kind)
}

/// The key shared by the occurrences an [`Correction::Add`] makes
/// mentions: a date's folded text, as the date finder keys dates, or a
/// name's parts (see `names::name_key`).
fn added_key(text: &str, kind: Kind) -> Arc<[String]> {
    let parts = names::name_key(text);
    if kind == Kind::Date || parts.is_empty() { Arc::new([normalize(text)]) } else { parts.into() }
}

impl<'c> Plan<'c> {
    /// The plan of `corrections`: the well-formed ones among the first
    /// [`MAX_CORRECTIONS`].
    pub(crate) fn new(corrections: &'c Corrections) -> Plan<'c> {
        let mut plan = Plan { valid: Vec::new(), applied: Vec::new(), spans: Vec::new(), entities: Vec::new() };
        for correction in corrections.items.iter().take(MAX_CORRECTIONS) {
            let k = plan.valid.len();
            let planned = match correction {
                Correction::NotAnEntity { text } => {
                    valid_text(text).map(|text| (Some(SpanEdit::NotAnEntity { text }), None))
                }
                Correction::Add { text, kind } => valid_text(text).zip(valid_kind(*kind)).map(|(_, kind)| {
                    let query = text.trim().to_string();
                    let key = added_key(&query, kind);
                    (Some(SpanEdit::Add { query, key, kind }), None)
                }),
                Correction::Retype { name, kind } => valid_text(name)
                    .zip(valid_kind(*kind))
                    .map(|(name, kind)| (None, Some(EntityEdit::Retype { name, kind }))),
                Correction::Merge { name, into } => valid_text(name)
                    .zip(valid_text(into))
                    .map(|(name, into)| (None, Some(EntityEdit::Merge { name, into }))),
                Correction::Split { text, from } => valid_text(text)
                    .zip(valid_text(from))
                    .map(|(text, from)| (None, Some(EntityEdit::Split { text, from }))),
            };
            let Some((span_edit, entity_edit)) = planned else {
                continue;
            };
            plan.valid.push(correction);
            plan.applied.push(false);
            plan.spans.extend(span_edit.map(|edit| (k, edit)));
            plan.entities.extend(entity_edit.map(|edit| (k, edit)));
        }
        plan
    }

    /// The corrections that matched something, in the order given.
    pub(crate) fn applied(&self) -> Corrections {
        let items = self.valid.iter().zip(&self.applied).filter(|(_, applied)| **applied);
        Corrections { items: items.map(|(correction, _)| (*correction).clone()).collect() }
    }

    /// The entity corrections, in order, for `resolve::resolve`.
    pub(crate) fn entity_edits(&self) -> Vec<EntityEdit> {
        self.entities.iter().map(|(_, edit)| edit.clone()).collect()
    }

    /// Records that entity correction `k` (of [`Plan::entity_edits`])
    /// matched something.
    pub(crate) fn mark_entity_edit(&mut self, k: usize) {
        if let Some(applied) = self.entities.get(k).and_then(|&(index, _)| self.applied.get_mut(index)) {
            *applied = true;
        }
    }

    /// Whether a "not an entity" correction names this figure's text (the
    /// reader says the number is no figure); the correction is recorded as
    /// applied when it does.
    pub(crate) fn drops_figure(&mut self, figure_text: &str) -> bool {
        if !self.spans.iter().any(|(_, edit)| matches!(edit, SpanEdit::NotAnEntity { .. })) {
            // Most analyses have no such correction: spare normalizing
            // every figure's text.
            return false;
        }
        let mut dropped = false;
        let surface = normalize(figure_text);
        for (index, edit) in &self.spans {
            if matches!(edit, SpanEdit::NotAnEntity { text } if *text == surface) {
                dropped = true;
                if let Some(applied) = self.applied.get_mut(*index) {
                    *applied = true;
                }
            }
        }
        dropped
    }

    /// Applies the span corrections to the candidates of every report.
    pub(crate) fn edit_candidates(&mut self, inputs: &[Input<'_>], prepared: &[Prepared], found: &mut [Found]) {
        if self.spans.is_empty() {
            return;
        }
        for ((input, prep), report) in inputs.iter().zip(prepared).zip(found.iter_mut()) {
            let text = input.text;
            // The normalized text of each candidate, worked out when a
            // correction first needs it and again after the candidates change.
            let mut normalized: Option<Vec<String>> = None;
            for (index, edit) in &self.spans {
                let matched = match edit {
                    SpanEdit::NotAnEntity { text: dropped } => {
                        let surfaces = normalized.get_or_insert_with(|| {
                            report.candidates.iter().map(|c| normalize(c.span.slice(text))).collect()
                        });
                        let keep: Vec<bool> = surfaces.iter().map(|surface| surface != dropped).collect();
                        let matched = keep.contains(&false);
                        if matched {
                            let mut kept = keep.iter();
                            surfaces.retain(|_| kept.next().copied().unwrap_or(true));
                            edit_found(report, &keep, Vec::new());
                        }
                        matched
                    }
                    SpanEdit::Add { query, key, kind } => {
                        let hits = occurrences(text, prep, query);
                        if !hits.is_empty() {
                            add(text, report, &hits, key, *kind);
                            normalized = None;
                        }
                        !hits.is_empty()
                    }
                };
                if let Some(applied) = self.applied.get_mut(*index).filter(|_| matched) {
                    *applied = true;
                }
            }
        }
    }
}

/// The occurrences of `query` in the article text of a report: matches of
/// [`search::find`] (which start at a word boundary) that also end at one
/// and lie inside a paragraph.
fn occurrences(text: &str, prep: &Prepared, query: &str) -> Vec<Span> {
    let mut hits = search::find(text, query);
    hits.retain(|hit| {
        let after = text.get(hit.end..).and_then(|rest| rest.chars().next());
        let ends_word = !after.is_some_and(char::is_alphanumeric);
        let at = prep.paragraphs.partition_point(|p| p.end <= hit.start);
        let in_paragraph = prep.paragraphs.get(at).is_some_and(|p| p.contains(*hit));
        ends_word && in_paragraph && !hit.is_empty()
    });
    hits
}

/// Makes each of `hits` (sorted, non-overlapping) a candidate of `kind`
/// with `key`, dropping the candidates it overlaps.
fn add(text: &str, report: &mut Found, hits: &[Span], key: &Arc<[String]>, kind: Kind) {
    let overlaps_hit = |span: Span| {
        let at = hits.partition_point(|hit| hit.end <= span.start);
        hits.get(at).is_some_and(|hit| hit.overlaps(span) || (span.is_empty() && hit.contains(span)))
    };
    let keep: Vec<bool> = report.candidates.iter().map(|c| !overlaps_hit(c.span)).collect();
    let evidence = Evidence::Correction(String::from("added by you"));
    let added = hits
        .iter()
        .map(|&span| {
            let surface = span.slice(text);
            Candidate {
                span,
                kind: Some(kind),
                evidence: Some(evidence.clone()),
                key: Arc::clone(key),
                defines: None,
                acronym: !surface.contains(char::is_whitespace) && names::is_acronym(surface),
            }
        })
        .collect();
    edit_found(report, &keep, added);
    // Numbers inside an added name are not figures ("Route 66").
    report.claimed.extend_from_slice(hits);
    report.claimed.sort_unstable();
}

/// Keeps the candidates `keep` says and inserts `added` (sorted by start,
/// overlapping none kept), keeping the candidates sorted by start and each
/// acronym's link to its full form (dropped with the full form).
fn edit_found(report: &mut Found, keep: &[bool], added: Vec<Candidate>) {
    let old = std::mem::take(&mut report.candidates);
    let mut new_index: Vec<Option<usize>> = vec![None; old.len()];
    let mut merged: Vec<Candidate> = Vec::with_capacity(old.len() + added.len());
    let mut added = added.into_iter().peekable();
    for (i, candidate) in old.into_iter().enumerate() {
        if !keep.get(i).copied().unwrap_or(true) {
            continue;
        }
        while let Some(new) = added.next_if(|new| new.span.start < candidate.span.start) {
            merged.push(new);
        }
        new_index[i] = Some(merged.len());
        merged.push(candidate);
    }
    merged.extend(added);
    for candidate in &mut merged {
        candidate.defines = candidate.defines.and_then(|old| new_index.get(old).copied().flatten());
    }
    report.candidates = merged;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_compare_folded_with_single_spaces() {
        const CASES: &[(&str, &str)] = &[
            // Accents and case fold away.
            ("Zoé ROBLEDO", "zoe robledo"),
            // Runs of whitespace, line breaks included, are one space.
            ("  Social \n\t Security ", "social security"),
            // Hyphens stay: they are part of how a name is written.
            ("Díaz-Canel", "diaz-canel"),
            // Nothing but whitespace is nothing.
            (" \n ", ""),
        ];
        for (text, expected) in CASES {
            assert_eq!(normalize(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn malformed_corrections_are_left_out_of_the_plan() {
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        let corrections = Corrections {
            items: vec![
                // Empty and blank texts.
                Correction::NotAnEntity { text: String::new() },
                Correction::Add { text: String::from("   "), kind: Kind::Place },
                // Too long by one character.
                Correction::Split { text: long, from: String::from("A") },
                // Figures are not entities.
                Correction::Retype { name: String::from("A"), kind: Kind::Figure },
                // Well-formed: exactly the longest text allowed.
                Correction::NotAnEntity { text: "é".repeat(MAX_TEXT_CHARS) },
            ],
        };
        let plan = Plan::new(&corrections);
        assert_eq!(plan.valid.len(), 1);
        assert_eq!(plan.spans.len(), 1);
        assert!(plan.entities.is_empty());
    }

    #[test]
    fn editing_candidates_keeps_acronym_links() {
        let candidate = |start: usize, defines: Option<usize>| Candidate {
            span: Span::new(start, start + 2),
            kind: Some(Kind::Organization),
            evidence: None,
            key: Arc::new([String::from("x")]),
            defines,
            acronym: false,
        };
        let mut report = Found {
            candidates: vec![candidate(0, None), candidate(10, None), candidate(20, Some(1)), candidate(30, Some(0))],
            claimed: Vec::new(),
        };
        // Drop the first candidate and add one between the second and third.
        edit_found(&mut report, &[false, true, true, true], vec![candidate(15, None)]);
        let starts: Vec<usize> = report.candidates.iter().map(|c| c.span.start).collect();
        assert_eq!(starts, [10, 15, 20, 30]);
        let defines: Vec<Option<usize>> = report.candidates.iter().map(|c| c.defines).collect();
        // The third still points at the second, now at index 0; the fourth
        // pointed at the dropped one and points nowhere.
        assert_eq!(defines, [None, None, Some(0), None]);
    }
}
