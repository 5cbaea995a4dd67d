//! Fuzzes `parallax_analysis::analyze`, the analysis entry point, with one or
//! two reports made from arbitrary bytes, and checks the invariants every
//! caller relies on:
//!
//! - every span of a report and of the comparison is in range and on char
//!   boundaries of the text it points into, and a mention's text is its span;
//! - mentions, figures, quotes, sentences and paragraphs are sorted and no
//!   two of a kind overlap;
//! - the highlight runs of each paragraph cover it exactly, in order;
//! - `to_json` gives JSON.
//!
//! The input is cut at its first 0xFF byte, which never occurs in UTF-8,
//! into the texts of two reports; with no 0xFF it is one report. Each part
//! is decoded as UTF-8 with invalid sequences replaced, as the app and the
//! command line decode files.

#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_analysis::{Input, analyze};
use parallax_model::{Analysis, Report, Span, paragraphs};

fuzz_target!(|data: &[u8]| {
    let texts: Vec<String> = match data.iter().position(|&b| b == 0xFF) {
        Some(cut) => vec![lossy(&data[..cut]), lossy(&data[cut + 1..])],
        None => vec![lossy(data)],
    };
    let inputs: Vec<Input<'_>> = texts.iter().map(|text| Input::new(text)).collect();
    let analysis = analyze(&inputs);
    assert_eq!(analysis.reports.len(), texts.len());
    for (text, report) in texts.iter().zip(&analysis.reports) {
        check_report(text, report);
    }
    if let [a, b] = texts.as_slice() {
        check_comparison(a, b, &analysis);
    }
    let json = parallax_formats::to_json(&analysis);
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "to_json is not JSON"
    );
});

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `span` lies in `text` and starts and ends on char boundaries.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: {span:?} out of range ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} off a char boundary"
    );
}

/// `spans` are sorted by start and no two share a byte.
fn check_sorted_disjoint(spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut previous: Option<Span> = None;
    for span in spans {
        if let Some(before) = previous {
            assert!(
                before.end <= span.start,
                "{what}: {before:?} and {span:?} are out of order or overlap"
            );
        }
        previous = Some(span);
    }
}

fn check_report(text: &str, report: &Report) {
    assert_eq!(report.length, text.len());
    check_span(text, report.body, "body");
    let plain = [
        ("boilerplate", &report.boilerplate),
        ("paragraph", &report.paragraphs),
        ("sentence", &report.sentences),
    ];
    for (what, spans) in plain {
        spans.iter().for_each(|&span| check_span(text, span, what));
        check_sorted_disjoint(spans.iter().copied(), what);
    }
    for mention in &report.mentions {
        check_span(text, mention.span, "mention");
        assert_eq!(
            mention.text,
            &text[mention.span.start..mention.span.end],
            "mention text is not its span"
        );
    }
    check_sorted_disjoint(report.mentions.iter().map(|m| m.span), "mentions");
    for figure in &report.figures {
        check_span(text, figure.span, "figure");
        if let Some(unit) = figure.unit_span {
            check_span(text, unit, "figure unit");
        }
    }
    check_sorted_disjoint(report.figures.iter().map(|f| f.span), "figures");
    report
        .quotes
        .iter()
        .for_each(|q| check_span(text, q.span, "quote"));
    check_sorted_disjoint(report.quotes.iter().map(|q| q.span), "quotes");
    for paragraph in paragraphs(report) {
        let mut at = paragraph.span.start;
        for run in &paragraph.runs {
            assert!(
                run.span.start == at && run.span.end > at,
                "runs of {:?} leave a gap or overlap",
                paragraph.span
            );
            at = run.span.end;
        }
        assert_eq!(
            at, paragraph.span.end,
            "runs of {:?} stop short",
            paragraph.span
        );
    }
}

fn check_comparison(a: &str, b: &str, analysis: &Analysis) {
    let comparison = analysis
        .comparison
        .as_ref()
        .expect("two reports are compared");
    for passage in &comparison.passages {
        check_span(a, passage.a, "passage a");
        check_span(b, passage.b, "passage b");
        passage
            .a_changed
            .iter()
            .for_each(|&s| check_span(a, s, "passage a_changed"));
        passage
            .b_changed
            .iter()
            .for_each(|&s| check_span(b, s, "passage b_changed"));
    }
    comparison
        .unique
        .a
        .iter()
        .for_each(|&s| check_span(a, s, "unique a"));
    comparison
        .unique
        .b
        .iter()
        .for_each(|&s| check_span(b, s, "unique b"));
    for pair in &comparison.quotes {
        pair.a_changed
            .iter()
            .for_each(|&s| check_span(a, s, "quote a_changed"));
        pair.b_changed
            .iter()
            .for_each(|&s| check_span(b, s, "quote b_changed"));
    }
}
