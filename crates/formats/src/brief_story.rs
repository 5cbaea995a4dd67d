//! The brief's "Coverage across N reports" section: how a story's reports
//! cover it, for a fact-checker who has read three or more of them: each
//! report by letter, the figures with their consensus and outliers, the
//! names only one report gives, how much of each report is shared text,
//! and the quotes several reports carry.

use std::fmt::Write as _;

use parallax_model::{Analysis, Coverage, EntityId, Figure, QuoteCoverage, Standing, format_number, report_letter};

use crate::markdown::cell;

/// Writes the coverage section of `analysis`'s story, whose reports'
/// titles are `titles` and sources `sources` ("" when unknown).
pub(crate) fn coverage(out: &mut String, analysis: &Analysis, coverage: &Coverage, titles: &[String], sources: &[&str]) {
    let reports = &analysis.reports;
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    let _ = writeln!(out, "## Coverage across {} reports\n", reports.len());
    let _ = writeln!(out, "| Report | Title | Source | Words | Shared text |\n|---|---|---|---|---|");
    for ((r, title), report) in titles.iter().enumerate().zip(reports) {
        let source = sources.get(r).copied().filter(|s| !s.is_empty()).map_or(String::from("—"), cell);
        let share = coverage.shared_share.get(r).copied().unwrap_or(0.0);
        let (letter, words) = (report_letter(r), report.word_count);
        let _ = writeln!(out, "| {letter} | {} | {source} | {words} | {} |", cell(title), percent(share));
    }
    figures(out, analysis, coverage);
    own_names(out, analysis, coverage);
    shared(out, coverage);
    quotes(out, analysis, coverage);
}

/// A share as a whole percentage: "32%".
fn percent(share: f64) -> String {
    format!("{}%", format_number((share * 100.0).round()))
}

/// The quantities two or more reports give, or that one report gives
/// against the others, each with its note.
fn figures(out: &mut String, analysis: &Analysis, coverage: &Coverage) {
    let _ = writeln!(out, "\n### Figures\n");
    let given = |cells: &[parallax_model::FigureCell]| cells.iter().filter(|c| c.standing != Standing::Missing).count();
    let rows: Vec<_> = coverage.figures.iter().filter(|row| given(&row.cells) >= 2).collect();
    if rows.is_empty() {
        let _ = writeln!(out, "No quantity is given by more than one report.");
    }
    for row in &rows {
        let consensus = row.cells.iter().enumerate().find(|(_, c)| c.standing == Standing::Consensus);
        let stated = consensus
            .and_then(|(r, c)| c.figures.first().and_then(|&f| analysis.reports.get(r)?.figures.get(f)))
            .map_or_else(|| format_number(row.value), Figure::statement);
        let _ = writeln!(out, "- **{}**: {}", cell(&stated), cell(&row.note));
    }
    let alone = coverage.figures.len() - rows.len();
    if alone > 0 {
        let _ = writeln!(out, "\n{alone} more {} only one report gives.", if alone == 1 { "figure" } else { "figures" });
    }
}

/// The names each report is alone in giving.
fn own_names(out: &mut String, analysis: &Analysis, coverage: &Coverage) {
    let _ = writeln!(out, "\n### Names only one report gives\n");
    let mut any = false;
    for r in 0..analysis.reports.len() {
        let own: Vec<EntityId> = coverage
            .entities
            .iter()
            .filter(|row| row.counts.get(r).is_some_and(|&n| n > 0) && row.counts.iter().filter(|&&n| n > 0).count() == 1)
            .map(|row| row.id)
            .collect();
        let names: Vec<String> = own
            .iter()
            .filter_map(|&id| analysis.entity(id))
            .filter(|e| e.kind != parallax_model::Kind::Date)
            .map(|e| format!("{} ({})", cell(&e.name), e.kind.label().to_lowercase()))
            .collect();
        if !names.is_empty() {
            any = true;
            let _ = writeln!(out, "- **{}:** {}", report_letter(r), names.join(", "));
        }
    }
    if !any {
        let _ = writeln!(out, "Every name is given by more than one report.");
    }
}

/// How many passages the reports share, and which reports carry each.
fn shared(out: &mut String, coverage: &Coverage) {
    let _ = writeln!(out, "\n### Shared text\n");
    if coverage.shared.is_empty() {
        let _ = writeln!(out, "No passage is carried nearly word for word by more than one report.");
        return;
    }
    let _ = writeln!(
        out,
        "{} {} carried nearly word for word by two or more reports (wire copy, press releases); the table above gives each report's share of words in them.\n",
        coverage.shared.len(),
        if coverage.shared.len() == 1 { "passage is" } else { "passages are" }
    );
    for passage in &coverage.shared {
        let carriers: Vec<String> = passage
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, run)| !run.is_empty())
            .map(|(r, run)| format!("{} ({})", report_letter(r), sentences(run)))
            .collect();
        let _ = writeln!(out, "- {}", carriers.join(", "));
    }
}

/// A run of sentence indices as a reader counts them: "sentence 3",
/// "sentences 3–5".
fn sentences(run: &[usize]) -> String {
    match (run.first(), run.last()) {
        (Some(first), Some(last)) if first != last => format!("sentences {}–{}", first + 1, last + 1),
        (Some(first), _) => format!("sentence {}", first + 1),
        _ => String::new(),
    }
}

/// The quotes two or more reports carry, with what each made of them.
fn quotes(out: &mut String, analysis: &Analysis, coverage: &Coverage) {
    let _ = writeln!(out, "\n### Quotes carried by several reports\n");
    let carried = |row: &QuoteCoverage| row.cells.iter().filter(|c| c.quote.is_some()).count();
    let rows: Vec<&QuoteCoverage> = coverage.quotes.iter().filter(|row| carried(row) >= 2).collect();
    if rows.is_empty() {
        let _ = writeln!(out, "No quote is carried by more than one report.");
    }
    for row in rows {
        // The longest version is the one to read.
        let versions: Vec<(usize, &parallax_model::Quote)> = row
            .cells
            .iter()
            .enumerate()
            .filter_map(|(r, c)| Some((r, analysis.reports.get(r)?.quotes.get(c.quote?)?)))
            .collect();
        let text = versions.iter().map(|(_, q)| q.text.as_str()).max_by_key(|t| t.len()).unwrap_or_default();
        let speaker = row.speaker.and_then(|id| analysis.entity(id)).map_or_else(|| String::from("unattributed"), |e| cell(&e.name));
        let letters: Vec<String> = versions.iter().map(|&(r, _)| report_letter(r)).collect();
        let _ = writeln!(out, "- “{}” ({speaker}): in {}", cell(text), letters.join(", "));
        for (r, c) in row.cells.iter().enumerate().filter(|(_, c)| c.quote.is_some()) {
            let mut flags = Vec::new();
            if c.shortened {
                flags.push("cuts it short");
            }
            if c.reworded {
                flags.push("words it differently");
            }
            if c.speaker_differs {
                flags.push("gives it to another speaker");
            }
            if !flags.is_empty() {
                let _ = writeln!(out, "  - {} {}", report_letter(r), flags.join(", "));
            }
        }
    }
}
