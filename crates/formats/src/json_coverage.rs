//! The `coverage` section of the documented JSON (`docs/analysis-schema.md`):
//! a story's reports by letter, and its figures, entities, shared passages
//! and quotes with each report's part, as flat `start`/`end` offsets into
//! that report's text.

use serde::Serialize;

use parallax_model::{Analysis, Coverage, EntityId, Kind, Report, Span, Standing, report_letter};

#[derive(Serialize)]
pub(crate) struct CoverageOut<'a> {
    reports: Vec<ReportRef>,
    figures: Vec<FigureRowOut<'a>>,
    entities: Vec<EntityRowOut<'a>>,
    shared: Vec<SharedOut>,
    shared_share: &'a [f64],
    quotes: Vec<QuoteRowOut<'a>>,
}

#[derive(Serialize)]
struct ReportRef {
    index: usize,
    letter: String,
}

#[derive(Serialize)]
struct FigureRowOut<'a> {
    value: f64,
    unit: &'a str,
    note: &'a str,
    cells: Vec<FigureCellOut<'a>>,
}

#[derive(Serialize)]
struct FigureCellOut<'a> {
    standing: Standing,
    figures: Vec<Stated<'a>>,
}

/// A piece of a report: its index in the report's list, its text and
/// where it stands.
#[derive(Serialize)]
struct Stated<'a> {
    index: usize,
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct EntityRowOut<'a> {
    id: EntityId,
    name: &'a str,
    kind: Option<Kind>,
    counts: &'a [usize],
}

#[derive(Serialize)]
struct SharedOut {
    similarity: f64,
    cells: Vec<Option<SentencesOut>>,
}

#[derive(Serialize)]
struct SentencesOut {
    sentences: Vec<usize>,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct QuoteRowOut<'a> {
    speaker: Option<EntityId>,
    cells: Vec<Option<QuoteCellOut<'a>>>,
}

#[derive(Serialize)]
struct QuoteCellOut<'a> {
    #[serde(flatten)]
    quote: Stated<'a>,
    shortened: bool,
    reworded: bool,
    speaker_differs: bool,
}

/// The `coverage` section of `analysis`, when it has a story's coverage.
pub(crate) fn coverage(analysis: &Analysis) -> Option<CoverageOut<'_>> {
    let coverage: &Coverage = analysis.coverage.as_ref()?;
    let reports = &analysis.reports;
    Some(CoverageOut {
        reports: (0..reports.len()).map(|index| ReportRef { index, letter: report_letter(index) }).collect(),
        figures: coverage
            .figures
            .iter()
            .map(|row| FigureRowOut {
                value: row.value,
                unit: &row.unit,
                note: &row.note,
                cells: row
                    .cells
                    .iter()
                    .zip(reports)
                    .map(|(cell, report)| FigureCellOut {
                        standing: cell.standing,
                        figures: cell.figures.iter().filter_map(|&f| figure(report, f)).collect(),
                    })
                    .collect(),
            })
            .collect(),
        entities: coverage
            .entities
            .iter()
            .map(|row| {
                let entity = reports.iter().find_map(|r| r.entity(row.id));
                EntityRowOut {
                    id: row.id,
                    name: entity.map_or("", |e| e.name.as_str()),
                    kind: entity.map(|e| e.kind),
                    counts: &row.counts,
                }
            })
            .collect(),
        shared: coverage.shared.iter().map(|p| shared(reports, &p.sentences, p.similarity)).collect(),
        shared_share: &coverage.shared_share,
        quotes: coverage
            .quotes
            .iter()
            .map(|row| QuoteRowOut {
                speaker: row.speaker,
                cells: row
                    .cells
                    .iter()
                    .zip(reports)
                    .map(|(cell, report)| {
                        let quote = cell.quote.and_then(|q| report.quotes.get(q).map(|quote| (q, quote)));
                        quote.map(|(index, q)| QuoteCellOut {
                            quote: Stated { index, text: &q.text, start: q.span.start, end: q.span.end },
                            shortened: cell.shortened,
                            reworded: cell.reworded,
                            speaker_differs: cell.speaker_differs,
                        })
                    })
                    .collect(),
            })
            .collect(),
    })
}

fn figure(report: &Report, index: usize) -> Option<Stated<'_>> {
    report.figures.get(index).map(|f| Stated { index, text: &f.text, start: f.span.start, end: f.span.end })
}

/// A shared passage's cells: each report's run of sentences and the span
/// from the first one's start to the last one's end.
fn shared(reports: &[Report], sentences: &[Vec<usize>], similarity: f64) -> SharedOut {
    let cells = sentences
        .iter()
        .zip(reports)
        .map(|(run, report)| {
            let spans: Vec<Span> = run.iter().filter_map(|&s| report.sentences.get(s).copied()).collect();
            let (first, last) = (spans.first()?, spans.last()?);
            Some(SentencesOut { sentences: run.clone(), start: first.start, end: last.end })
        })
        .collect();
    SharedOut { similarity, cells }
}
