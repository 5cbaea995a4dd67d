//! The documented JSON of an analysis (`docs/analysis-schema.md`), as the
//! app's Export JSON action and the command line print it.
//!
//! The core's types serialize in a derived form that round-trips (spans as
//! `[start, end]` pairs, evidence as a tagged object); this module lays the
//! same data out as the schema promises: mentions, figures and quotes with
//! flat `start` and `end` fields, and each mention's reason in words (why
//! it is a mention of its kind, and why it belongs to its entity).

use serde::Serialize;

use crate::json_coverage::{CoverageOut, coverage};

use parallax_model::{
    Analysis, Comparison, Corrections, Entity, EntityId, Evidence, FigureKind, Framing, Kind, Period, Qualifier,
    Report, Span,
};

#[derive(Serialize)]
struct Document<'a> {
    reports: Vec<ReportOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<&'a Comparison>,
    #[serde(skip_serializing_if = "Option::is_none")]
    coverage: Option<CoverageOut<'a>>,
    corrections: &'a Corrections,
}

#[derive(Serialize)]
struct ReportOut<'a> {
    title: &'a str,
    length: usize,
    word_count: usize,
    body: Span,
    boilerplate: &'a [Span],
    paragraphs: &'a [Span],
    sentences: &'a [Span],
    mentions: Vec<MentionOut<'a>>,
    entities: &'a [Entity],
    figures: Vec<FigureOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    framing: &'a Framing,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: Kind,
    entity: Option<EntityId>,
    figure: Option<usize>,
    why: String,
    evidence: &'a Evidence,
    merged: Option<String>,
}

#[derive(Serialize)]
struct FigureOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    value: f64,
    high: Option<f64>,
    unit: &'a str,
    kind: FigureKind,
    qualifier: Qualifier,
    qualifier_text: &'a str,
    period: Option<Period>,
    sentence: usize,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<EntityId>,
    sentence: usize,
}

fn report(report: &Report) -> ReportOut<'_> {
    ReportOut {
        title: &report.title,
        length: report.length,
        word_count: report.word_count,
        body: report.body,
        boilerplate: &report.boilerplate,
        paragraphs: &report.paragraphs,
        sentences: &report.sentences,
        mentions: report
            .mentions
            .iter()
            .map(|m| MentionOut {
                start: m.span.start,
                end: m.span.end,
                text: &m.text,
                kind: m.kind,
                entity: m.entity(),
                figure: m.figure(),
                why: m.evidence.to_string(),
                evidence: &m.evidence,
                merged: m.link.as_ref().map(ToString::to_string),
            })
            .collect(),
        entities: &report.entities,
        figures: report
            .figures
            .iter()
            .map(|f| FigureOut {
                start: f.span.start,
                end: f.span.end,
                text: &f.text,
                value: f.value,
                high: f.high,
                unit: &f.unit,
                kind: f.kind,
                qualifier: f.qualifier,
                qualifier_text: &f.qualifier_text,
                period: f.period,
                sentence: f.sentence,
            })
            .collect(),
        quotes: report
            .quotes
            .iter()
            .map(|q| QuoteOut {
                start: q.span.start,
                end: q.span.end,
                text: &q.text,
                speaker: q.speaker,
                sentence: q.sentence,
            })
            .collect(),
        framing: &report.framing,
    }
}

/// The documented JSON of `analysis`, pretty-printed (as the app exports it).
pub fn to_json(analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&document(analysis)).unwrap_or_else(|_| String::from("{}"))
}

/// The same document as [`to_json`], on one line.
pub fn to_json_compact(analysis: &Analysis) -> String {
    serde_json::to_string(&document(analysis)).unwrap_or_else(|_| String::from("{}"))
}

fn document(analysis: &Analysis) -> Document<'_> {
    Document {
        reports: analysis.reports.iter().map(report).collect(),
        comparison: analysis.comparison.as_ref(),
        coverage: coverage(analysis),
        corrections: &analysis.corrections,
    }
}
