//! The brief: a Markdown summary of two reports' comparison that a
//! fact-checker can paste into notes or a story file: what both say, what
//! only one says, the figure ledger with agreement status, the quotes, how
//! each report frames the story, and the reader's corrections, if any. For
//! a story of several reports, their coverage (see `brief_story`).

use std::fmt::Write as _;

use crate::markdown::cell;

use parallax_model::{
    Analysis, EntityId, Figure, FigureRow, FigureStatus, FramingCategory, Kind, QuotePair, Report, Summary,
    Voice,
};

/// "1 word", "2 words": a count of words as a reader says it.
fn words(n: usize) -> String {
    if n == 1 { String::from("1 word") } else { format!("{n} words") }
}

fn said(report: &Report, indices: &[usize]) -> String {
    let mut all: Vec<String> = indices.iter().filter_map(|&i| report.figures.get(i)).map(Figure::statement).collect();
    all.dedup();
    if all.is_empty() { String::from("—") } else { cell(&all.join("; ")) }
}

fn names(analysis: &Analysis, ids: &[EntityId]) -> String {
    let mut by_kind: Vec<String> = Vec::new();
    for kind in [Kind::Person, Kind::Organization, Kind::Place, Kind::Date] {
        let list: Vec<String> = ids
            .iter()
            .filter_map(|&id| analysis.entity(id))
            .filter(|e| e.kind == kind)
            .map(|e| cell(&e.name))
            .collect();
        if !list.is_empty() {
            by_kind.push(format!("- **{}:** {}", kind.plural_label(), list.join(", ")));
        }
    }
    if by_kind.is_empty() { String::from("- none") } else { by_kind.join("\n") }
}

/// The Markdown brief of an analysis of two reports. With a story's
/// coverage (three reports or more), it says how the story's reports cover
/// it: figures with their consensus and outliers, the names each alone
/// gives, the text they share and the quotes several carry. Otherwise it
/// lists each report's entities.
///
/// # Example
///
/// ```
/// use parallax_analysis::{analyze, Input};
/// use parallax_formats::brief;
///
/// let analysis = analyze(&[
///     Input::new("On Friday 40 nurses arrived in Lima, said Ana Gómez."),
///     Input::new("Ana Gómez said 45 nurses arrived in Lima on Friday."),
/// ]);
/// let markdown = brief(&analysis);
/// assert!(markdown.contains("| Conflict | 40 nurses | 45 nurses |"));
/// ```
pub fn brief(analysis: &Analysis) -> String {
    brief_about(analysis, &[])
}

/// What a brief says of a report beyond its analysis: where it came from,
/// and its text, for the title in full (the analysis shortens the title it
/// derives, for labels).
#[derive(Clone, Copy, Debug, Default)]
pub struct About<'a> {
    /// The report's text, as analysed.
    pub text: &'a str,
    /// The title the user gave it, if any.
    pub title: Option<&'a str>,
    /// Its outlet, address or file name ("" if unknown).
    pub source: &'a str,
}

/// The title of `report` in full: the given one, else the line or
/// sentence the analysis took its title from (see `headline`), not
/// shortened.
fn full_title(report: &Report, about: Option<&About<'_>>) -> String {
    let Some(about) = about else { return report.title.clone() };
    if let Some(title) = about.title.filter(|t| !t.trim().is_empty()) {
        return title.trim().to_string();
    }
    let spaced = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let shortened = report.title.strip_suffix('…').unwrap_or(&report.title);
    let whole = report
        .paragraphs
        .iter()
        .chain(&report.sentences)
        .filter_map(|span| about.text.get(span.range()))
        .map(spaced)
        .find(|text| text.starts_with(shortened) && !shortened.is_empty());
    whole.unwrap_or_else(|| report.title.clone())
}

/// The brief of [`brief`], naming each report's source and its full title
/// from `about` (one per report, in order; missing ones are left out).
pub fn brief_about(analysis: &Analysis, about: &[About<'_>]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Parallax brief\n");
    let titles: Vec<String> = analysis.reports.iter().enumerate().map(|(i, r)| full_title(r, about.get(i))).collect();
    // A story's coverage names its reports in its own table.
    let listed = if analysis.coverage.is_some() { 0 } else { analysis.reports.len() };
    for (i, report) in analysis.reports.iter().enumerate().take(listed) {
        let letter = char::from(b'A' + (i % 26) as u8);
        let source = about.get(i).map(|a| a.source.trim()).filter(|s| !s.is_empty() && *s != "Pasted");
        let source = source.map(|s| format!(" — {}", cell(s))).unwrap_or_default();
        let _ = writeln!(out, "- **Report {letter}:** {}{source} ({})", cell(&titles[i]), words(report.word_count));
    }
    if let Some(coverage) = &analysis.coverage {
        let sources: Vec<&str> = (0..titles.len()).map(|i| about.get(i).map_or("", |a| a.source.trim())).map(|s| if s == "Pasted" { "" } else { s }).collect();
        crate::brief_story::coverage(&mut out, analysis, coverage, &titles, &sources);
    }
    let (Some(c), Some(a), Some(b)) = (analysis.comparison.as_ref(), analysis.reports.first(), analysis.reports.get(1))
    else {
        if analysis.coverage.is_some() {
            corrections(&mut out, analysis);
            return out;
        }
        for (report, title) in analysis.reports.iter().zip(&titles) {
            let ids: Vec<_> = report.entities.iter().map(|e| e.id).collect();
            let _ = writeln!(out, "\n## {}\n\n{}", cell(title), names(analysis, &ids));
        }
        return out;
    };
    at_a_glance(&mut out, &c.summary);
    let _ = writeln!(out, "\n## Named by both\n\n{}", names(analysis, &c.entities.shared));
    let _ = writeln!(out, "\n## Only in A\n\n{}", names(analysis, &c.entities.only_a));
    let _ = writeln!(out, "\n## Only in B\n\n{}", names(analysis, &c.entities.only_b));
    figures(&mut out, &c.figures, a, b);
    quotes(&mut out, analysis, &c.quotes, a, b);
    framing(&mut out, analysis, a, b);
    corrections(&mut out, analysis);
    out
}

/// The summary's counts, in a few lines.
fn at_a_glance(out: &mut String, s: &Summary) {
    let _ = writeln!(out, "\n## At a glance\n");
    if s.different_stories {
        let _ = writeln!(
            out,
            "- **Probably not the same story:** the reports share almost no entities, figures, quotes or passages"
        );
    }
    let _ = writeln!(
        out,
        "- {} passages in common ({:.0}% of A, {:.0}% of B); {} only in A, {} only in B",
        s.aligned,
        s.aligned_share_a * 100.0,
        s.aligned_share_b * 100.0,
        s.unique_a,
        s.unique_b
    );
    let _ = writeln!(
        out,
        "- {} shared entities; {} only in A, {} only in B",
        s.shared_entities, s.only_a_entities, s.only_b_entities
    );
    let _ = writeln!(
        out,
        "- Figures: {} agree, {} compatible, {} conflict, {} only in A, {} only in B",
        s.figures_agree, s.figures_compatible, s.figures_conflict, s.figures_only_a, s.figures_only_b
    );
    let _ = writeln!(out, "- {} quotes both carry", s.shared_quotes);
}

/// The figure ledger as a table, each row with its status in words.
fn figures(out: &mut String, rows: &[FigureRow], a: &Report, b: &Report) {
    let _ = writeln!(out, "\n## Figures\n");
    if rows.is_empty() {
        let _ = writeln!(out, "Neither report gives a figure.");
        return;
    }
    let _ = writeln!(out, "| Status | Report A | Report B | Note |\n|---|---|---|---|");
    for row in rows {
        let status = match row.status {
            FigureStatus::Agree => "Agree",
            FigureStatus::Compatible => "Compatible",
            FigureStatus::Conflict => "Conflict",
            FigureStatus::OnlyA => "Only A",
            FigureStatus::OnlyB => "Only B",
        };
        let _ = writeln!(out, "| {status} | {} | {} | {} |", said(a, &row.a), said(b, &row.b), cell(&row.note));
    }
}

/// Each quote, with who says it in each report and how the versions differ.
fn quotes(out: &mut String, analysis: &Analysis, pairs: &[QuotePair], a: &Report, b: &Report) {
    let _ = writeln!(out, "\n## Quotes\n");
    if pairs.is_empty() {
        let _ = writeln!(out, "Neither report quotes anyone directly.");
    }
    let speaker = |report: &Report, i: usize| -> String {
        report
            .quotes
            .get(i)
            .and_then(|q| q.speaker)
            .and_then(|id| analysis.entity(id))
            .map_or_else(|| String::from("unattributed"), |e| cell(&e.name))
    };
    for pair in pairs {
        let _ = writeln!(out, "- **{}**", quote_label(pair));
        if let Some(i) = pair.a {
            let text = a.quotes.get(i).map_or(String::new(), |q| cell(&q.text));
            let _ = writeln!(out, "  - A ({}): “{text}”", speaker(a, i));
        }
        if let Some(j) = pair.b {
            let text = b.quotes.get(j).map_or(String::new(), |q| cell(&q.text));
            let _ = writeln!(out, "  - B ({}): “{text}”", speaker(b, j));
        }
    }
}

/// Where a quote stands: in both (and how they differ), or in one.
fn quote_label(pair: &QuotePair) -> String {
    let mut flags = Vec::new();
    if pair.speaker_differs {
        flags.push("different speaker");
    }
    if pair.shortened {
        flags.push("one version cut short");
    }
    if pair.reworded {
        flags.push("reworded");
    }
    match (pair.a, pair.b) {
        (Some(_), Some(_)) if flags.is_empty() => String::from("Both, same words"),
        (Some(_), Some(_)) => format!("Both, {}", flags.join(", ")),
        (Some(_), None) => String::from("Only A"),
        _ => String::from("Only B"),
    }
}

/// The framing of both reports: whose voice, whom they quote, and their
/// loaded words per category, with the words themselves.
fn framing(out: &mut String, analysis: &Analysis, a: &Report, b: &Report) {
    let share = |part: usize, whole: usize| if whole == 0 { 0.0 } else { part as f64 * 100.0 / whole as f64 };
    let _ = writeln!(out, "\n## Framing\n");
    let _ = writeln!(out, "| | Report A | Report B |\n|---|---|---|");
    let voice = |r: &Report| {
        let f = &r.framing;
        format!(
            "{:.0}% own, {:.0}% attributed, {:.0}% quoted",
            share(f.total_words.saturating_sub(f.attributed_words), f.total_words),
            share(f.attributed_words.saturating_sub(f.quoted_words), f.total_words),
            share(f.quoted_words, f.total_words)
        )
    };
    let _ = writeln!(out, "| Voice | {} | {} |", voice(a), voice(b));
    let sources = |r: &Report| {
        let named: Vec<String> = r
            .framing
            .sources
            .iter()
            .map(|s| {
                let name = s.speaker.and_then(|id| analysis.entity(id)).map_or("unattributed", |e| e.name.as_str());
                format!("{} ({})", cell(name), words(s.words))
            })
            .collect();
        if named.is_empty() { String::from("none") } else { named.join(", ") }
    };
    let _ = writeln!(out, "| Quoted | {} | {} |", sources(a), sources(b));
    // The outlet's own loaded words per category; those inside quotes are
    // the quoted speakers' and have a row of their own.
    for category in FramingCategory::ALL {
        let words = |r: &Report| {
            let terms: Vec<String> = r
                .framing
                .terms
                .iter()
                .filter(|t| t.category == category && t.voice == Voice::Own)
                .map(|t| if t.count > 1 { format!("{} ×{}", cell(&t.term), t.count) } else { cell(&t.term) })
                .collect();
            if terms.is_empty() { String::from("–") } else { terms.join(", ") }
        };
        if a.framing.own_by_category.get(category) + b.framing.own_by_category.get(category) > 0 {
            let mut name = category.as_str().to_string();
            name[..1].make_ascii_uppercase();
            let _ = writeln!(out, "| {name} | {} | {} |", words(a), words(b));
        }
    }
    if a.framing.terms.iter().chain(&b.framing.terms).any(|t| t.voice != Voice::Own) {
        let _ = writeln!(out, "| Loaded words in quotes | {} | {} |", quoted_terms(analysis, a), quoted_terms(analysis, b));
    }
}

/// The loaded words a report quotes, each with its speaker: "chaos ×2
/// (Ana Ruiz), sham (unattributed)"; "–" for none.
fn quoted_terms(analysis: &Analysis, report: &Report) -> String {
    let terms: Vec<String> = report
        .framing
        .terms
        .iter()
        .filter_map(|t| match t.voice {
            Voice::Own => None,
            Voice::Quoted(speaker) => {
                let name = speaker.and_then(|id| analysis.entity(id)).map_or("unattributed", |e| e.name.as_str());
                let count = if t.count > 1 { format!(" ×{}", t.count) } else { String::new() };
                Some(format!("{}{count} ({})", cell(&t.term), cell(name)))
            }
        })
        .collect();
    if terms.is_empty() { String::from("–") } else { terms.join(", ") }
}

/// The corrections the reader made, so the brief says what it rests on.
fn corrections(out: &mut String, analysis: &Analysis) {
    if analysis.corrections.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## Corrections applied\n");
    for correction in &analysis.corrections.items {
        let _ = writeln!(out, "- {}", cell(&correction.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_brief_names_each_outlet_and_gives_titles_in_full() {
        use parallax_analysis::{Input, analyze};
        let long = "Regional council approves the new ferry timetable for the three northern islands after a year of complaints from commuters";
        let a = format!("{long}\n\nThe council said 14 crossings a day would run from May.");
        let b = "The harbour board said 12 crossings a day would run from May, councillor Ana Ruiz said.";
        let analysis = analyze(&[Input::new(&a), Input::titled(b, "Ferries: the board's side")]);
        assert!(analysis.reports[0].title.len() < long.len(), "the analysis shortens titles for labels");
        let about = [About { text: &a, title: None, source: "Island Gazette" }, About { text: b, title: Some("Ferries: the board's side"), source: "Pasted" }];
        let markdown = brief_about(&analysis, &about);
        assert!(markdown.contains(&format!("- **Report A:** {long} — Island Gazette (")), "{markdown}");
        assert!(markdown.contains("- **Report B:** Ferries: the board's side ("), "{markdown}");
        assert!(!markdown.lines().take(4).any(|l| l.contains('…')), "{markdown}");
        // The sentence the analysis took its title from, in full: not a
        // one-word label before it.
        let c = format!("RESCUE. {long}. The council said 14 crossings a day would run.");
        let analysis_c = analyze(&[Input::new(&c), Input::new(b)]);
        let about_c =
            [About { text: &c, title: None, source: "Wire" }, About { text: b, title: None, source: "Pasted" }];
        assert!(brief_about(&analysis_c, &about_c).contains(&format!("- **Report A:** {long}. — Wire (")));
        // Without the reports' text and sources, the analysis's titles.
        assert!(brief(&analysis).contains(&format!("- **Report A:** {} (", analysis.reports[0].title)));
    }

    /// Hostile quotes and names: each must come out with every markup
    /// character escaped, so that no `<`, `|`, `*` or `[` reaches a Markdown
    /// reader bare, whatever backslashes the text carries.
    const HOSTILE: &[&str] = &[
        r"\<script>alert(1)</script>",
        r"\\<img src=x onerror=alert(1)>",
        r"a \| b | c",
        r"\*bold\* and \_em\_",
        r"[link](javascript:alert(1)) \[x\]",
        "`code` \\`still`",
        "line\none\\\rtwo",
        r"ends with \",
    ];

    /// Whether every markup character of `escaped` is preceded by an odd
    /// run of backslashes, that is escaped, reading it as Markdown does.
    fn all_escaped(escaped: &str, markup: &[char]) -> bool {
        let mut backslashes = 0;
        for c in escaped.chars() {
            if markup.contains(&c) && backslashes % 2 == 0 {
                return false;
            }
            backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        }
        true
    }

    const MARKUP: &[char] = &['|', '*', '_', '`', '[', ']', '<', '>', '#', '\n', '\r'];

    #[test]
    fn a_backslash_in_a_quote_cannot_undo_the_escaping() {
        for text in HOSTILE {
            let escaped = cell(text);
            assert!(all_escaped(&escaped, MARKUP), "{text:?} → {escaped:?}");
        }
        assert_eq!(cell(r"\<b>"), r"\\\<b\>");
        // The check itself sees the old escaping's hole.
        assert!(!all_escaped(r"\\<b>", MARKUP));
    }

    #[test]
    fn the_brief_of_hostile_quotes_keeps_them_escaped() {
        use parallax_analysis::{Input, analyze};
        let a = r#"Ana Gómez said: "\<script>alert(1)</script> is not safe," on Monday. She left."#;
        let b = r#"Ana Gómez said: "\\<img src=x onerror=alert(1)> is not safe," on Monday. She stayed."#;
        let markdown = brief(&analyze(&[Input::new(a), Input::new(b)]));
        assert!(markdown.contains("script") && markdown.contains("onerror"), "the quotes are in the brief:\n{markdown}");
        assert!(all_escaped(&markdown, &['<', '>']), "a bare < or >:\n{markdown}");
    }

    #[test]
    fn a_count_of_one_word_is_singular() {
        use parallax_analysis::{Input, analyze};
        let markdown = brief(&analyze(&[Input::new("Evacuate."), Input::new("Forty nurses came.")]));
        assert!(markdown.contains("(1 word)"), "{markdown}");
        assert!(markdown.contains("(3 words)"), "{markdown}");
        assert!(!markdown.contains("1 words"), "{markdown}");
    }
}
