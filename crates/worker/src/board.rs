//! A story's coverage laid out for the page ([`Board`]): each section's
//! rows and each report's cell in words, with the sentences behind every
//! cell as spans. Made here, next to the analysis, so that the page only
//! draws tables and slices its reports' texts.

use parallax_model::{Analysis, Coverage, EntityCoverage, Figure, FramingCategory, Report, Span, Standing, Voice, fixed, format_number, report_letter};
use parallax_protocol::{Board, Cell, Row, Section, Tone};

/// The most sentences a cell opens onto.
const MAX_SENTENCES: usize = 30;

/// The most rows a group of names shows.
const MAX_NAMES: usize = 60;

/// The coverage of `analysis`'s story, laid out; empty when it has none.
pub fn board(analysis: &Analysis) -> Board {
    let Some(coverage) = &analysis.coverage else { return Board::default() };
    let reports = &analysis.reports;
    Board {
        sections: vec![
            framing(reports),
            figures(coverage, reports),
            entities(analysis, coverage),
            shared(coverage, reports),
            quotes(analysis, coverage),
        ],
    }
}

/// A section of `rows`, said to be `none` when it has none.
fn section(title: &str, head: &str, none: &str, rows: Vec<Row>) -> Section {
    Section { title: title.to_string(), head: head.to_string(), none: none.to_string(), rows }
}

/// A cell that opens onto the sentences of `report` holding `marks`.
fn cell(report: &Report, text: String, marks: Vec<Span>) -> Cell {
    let mut marks = marks;
    marks.sort_by_key(|span| (span.start, span.end));
    let mut sentences: Vec<Span> = Vec::new();
    for span in &marks {
        let at = report.sentences.partition_point(|s| s.start <= span.start);
        if let Some(sentence) = at.checked_sub(1).and_then(|at| report.sentences.get(at)) {
            if sentences.last() != Some(sentence) && sentences.len() < MAX_SENTENCES {
                sentences.push(*sentence);
            }
        }
    }
    Cell { text, sentences, marks, ..Cell::default() }
}

/// A cell of a report that leaves the row out.
fn missing(text: &str) -> Cell {
    Cell { text: text.to_string(), tone: Tone::Missing, ..Cell::default() }
}

/// How each report frames the story: voice shares and loaded words.
fn framing(reports: &[Report]) -> Section {
    let cells = reports
        .iter()
        .map(|r| {
            let f = &r.framing;
            let whole = f.total_words.max(1) as f64;
            let share = |n: usize| fixed(n as f64 * 100.0 / whole, 0);
            let loaded: usize = FramingCategory::ALL.into_iter().map(|c| f.own_by_category.get(c)).sum();
            let own = share(f.total_words.saturating_sub(f.attributed_words));
            let text = format!(
                "{own}% own · {}% quoted · {}% attributed · {} loaded",
                share(f.quoted_words),
                share(f.attributed_words),
                fixed(loaded as f64 * 1000.0 / whole, 1)
            );
            let marks = f.terms.iter().filter(|t| t.voice == Voice::Own).flat_map(|t| t.spans.iter().copied()).collect();
            cell(r, text, marks)
        })
        .collect();
    let row = Row {
        name: String::from("Voice and loaded words"),
        note: String::from("Share of words in the outlet's own voice, quoted, attributed to others; loaded words per 1,000 in its own voice"),
        group: false,
        cells,
    };
    section("Framing", "Framing", "", vec![row])
}

/// Figures × reports.
fn figures(coverage: &Coverage, reports: &[Report]) -> Section {
    let rows = coverage
        .figures
        .iter()
        .map(|row| {
            // A value only one report gives agrees with no one.
            let giving = row.cells.iter().filter(|c| c.standing != Standing::Missing).count();
            let cells = row
                .cells
                .iter()
                .zip(reports)
                .map(|(c, r)| {
                    let (tag, tone) = match c.standing {
                        Standing::Consensus if giving < 2 => ("", Tone::Plain),
                        Standing::Consensus => ("agrees", Tone::Agree),
                        Standing::Compatible => ("compatible", Tone::Compatible),
                        Standing::Outlier => ("outlier", Tone::Outlier),
                        Standing::Missing => return missing("— omits it"),
                    };
                    let stated: Vec<&Figure> = c.figures.iter().filter_map(|&f| r.figures.get(f)).collect();
                    let mut said: Vec<String> = stated.iter().map(|f| f.statement()).collect();
                    said.dedup();
                    let marks = stated.iter().map(|f| f.span).collect();
                    Cell { tag: tag.to_string(), tone, ..cell(r, said.join("; "), marks) }
                })
                .collect();
            Row { name: format!("{} {}", format_number(row.value), row.unit), note: row.note.clone(), group: false, cells }
        })
        .collect();
    section("Figures", "Quantity", "No quantity is given by more than one report.", rows)
}

/// Who and what × reports: those only one report names first (the other
/// reports' blind spots), then those several name.
fn entities(analysis: &Analysis, coverage: &Coverage) -> Section {
    let named = |e: &EntityCoverage| e.counts.iter().filter(|&&n| n > 0).count();
    let mut rows = Vec::new();
    for (title, alone) in [("Named by one report only", true), ("Named by several reports", false)] {
        let group: Vec<&EntityCoverage> = coverage.entities.iter().filter(|e| (named(e) == 1) == alone && named(e) > 0).collect();
        if group.is_empty() {
            continue;
        }
        rows.push(Row { name: format!("{title} ({})", group.len()), group: true, ..Row::default() });
        rows.extend(group.iter().take(MAX_NAMES).map(|e| entity_row(analysis, e)));
        if group.len() > MAX_NAMES {
            rows.push(Row { name: format!("And {} more.", group.len() - MAX_NAMES), group: true, ..Row::default() });
        }
    }
    section("Who and what", "Named", "No person, organisation or place is named in these reports.", rows)
}

/// One entity's row: each report's count of its mentions.
fn entity_row(analysis: &Analysis, e: &EntityCoverage) -> Row {
    let name = analysis.entity(e.id).map(|e| e.name.clone()).unwrap_or_default();
    let naming: Vec<usize> = e.counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, _)| i).collect();
    let note = match naming[..] {
        [only] => format!("Only {} names it", report_letter(only)),
        _ => format!("{} of {} reports name it", naming.len(), e.counts.len()),
    };
    let cells = e
        .counts
        .iter()
        .zip(&analysis.reports)
        .map(|(&n, r)| match r.entity(e.id) {
            Some(entity) if n > 0 => {
                let marks = entity.mentions.iter().filter_map(|&m| r.mentions.get(m)).map(|m| m.span).collect();
                cell(r, format!("{n}×"), marks)
            }
            _ => missing("— not named"),
        })
        .collect();
    Row { name, note, group: false, cells }
}

/// Shared text × reports, and how much of each report is shared text.
fn shared(coverage: &Coverage, reports: &[Report]) -> Section {
    let mut rows: Vec<Row> = coverage
        .shared
        .iter()
        .enumerate()
        .map(|(i, passage)| {
            let cells = passage
                .sentences
                .iter()
                .zip(reports)
                .map(|(s, r)| {
                    let spans: Vec<Span> = s.iter().filter_map(|&i| r.sentences.get(i)).copied().collect();
                    match spans.len() {
                        0 => missing("— not carried"),
                        n => Cell { marks: Vec::new(), ..cell(r, format!("carries it ({n} {})", if n == 1 { "sentence" } else { "sentences" }), spans) },
                    }
                })
                .collect();
            Row { name: format!("Passage {}", i + 1), note: format!("{}% alike", fixed(passage.similarity * 100.0, 0)), group: false, cells }
        })
        .collect();
    if !rows.is_empty() {
        let cells = coverage.shared_share.iter().map(|s| Cell { text: format!("{}%", fixed(s * 100.0, 0)), ..Cell::default() }).collect();
        rows.push(Row { name: String::from("Share of the report that is shared text"), note: String::new(), group: false, cells });
    }
    section("Shared text", "Passage", "No passage is carried by more than one report.", rows)
}

/// Quotes × reports: who carries each, and where a version is cut,
/// reworded or given to another speaker.
fn quotes(analysis: &Analysis, coverage: &Coverage) -> Section {
    let rows = coverage
        .quotes
        .iter()
        .map(|row| {
            let speaker = row.speaker.and_then(|id| analysis.entity(id)).map_or(String::from("Unattributed"), |e| e.name.clone());
            let mut text = String::new();
            let cells = row
                .cells
                .iter()
                .zip(&analysis.reports)
                .map(|(c, r)| {
                    let Some(quote) = c.quote.and_then(|q| r.quotes.get(q)) else { return missing("— not carried") };
                    if quote.text.len() > text.len() {
                        text = quote.text.clone();
                    }
                    let how: Vec<&str> = [(c.shortened, "cut"), (c.reworded, "reworded"), (c.speaker_differs, "other speaker")]
                        .into_iter()
                        .filter_map(|(flag, word)| flag.then_some(word))
                        .collect();
                    let tone = if how.is_empty() { Tone::Plain } else { Tone::Compatible };
                    Cell { tag: how.join(", "), tone, ..cell(r, String::from("carries it"), vec![quote.span]) }
                })
                .collect();
            Row { name: speaker, note: format!("“{text}”"), group: false, cells }
        })
        .collect();
    section("Quotes", "Quote", "No quotation is carried by more than one report.", rows)
}
