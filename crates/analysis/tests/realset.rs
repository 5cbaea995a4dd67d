//! Scores the analysis on the real-news development set (`corpus/real`):
//! pairs of real reports of one story by two outlets, annotated by hand.
//!
//! Each story's two reports are analysed together, as the app does. The
//! table gives, per story and in all: entity precision, recall and F1 (exact
//! span and kind), span F1 (exact span, any kind), kind accuracy on the
//! mentions whose span matches, figure precision and recall (overlapping
//! span, same value), the share of found figures with the right unit, and
//! of found names resolved to the right canonical name; then per kind and
//! per failure class; then the same entity scores for a general
//! statistical model (spaCy `en_core_web_sm`), from the predictions
//! `scripts/baseline` recorded in `corpus/real/baseline/spacy.json`.
//!
//! `DEVSET_VERBOSE=1` lists every miss. The test fails if the scores fall
//! below the floors at the bottom.

#[allow(dead_code)]
#[path = "support/gold.rs"]
mod gold;

use std::fmt::Write as _;

use gold::{Predicted, Score, details, header, real_stories, row, score, score_entities, workspace};
use parallax_analysis::{Input, analyze};
use parallax_model::Kind;

fn verbose() -> bool {
    std::env::var_os("DEVSET_VERBOSE").is_some()
}

/// spaCy's entity predictions per report (`"story/a"`), if recorded.
fn baseline() -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(workspace().join("corpus/real/baseline/spacy.json")).ok()?;
    serde_json::from_str(&text).ok()
}

fn baseline_spans(baseline: &serde_json::Value, name: &str) -> Vec<Predicted> {
    let Some(spans) = baseline.get(name).and_then(|v| v.as_array()) else { return Vec::new() };
    spans
        .iter()
        .filter_map(|span| {
            let start = span.get(0)?.as_u64()? as usize;
            let end = span.get(1)?.as_u64()? as usize;
            let kind = Kind::parse(span.get(2)?.as_str()?)?;
            Some(Predicted { start, end, kind })
        })
        .collect()
}

#[test]
fn real_news_precision_and_recall() {
    let stories = real_stories();
    let mut table = String::new();
    header(&mut table, "story");
    let mut all = Score::default();
    let mut spacy = Score::default();
    let spacy_spans = baseline();
    for story in &stories {
        if verbose() {
            println!("{}:", story.name);
        }
        let analysis = analyze(&[Input::new(&story.a.text), Input::new(&story.b.text)]);
        let mut pair = Score::default();
        for (gold, report) in [&story.a, &story.b].into_iter().zip(&analysis.reports) {
            if verbose() {
                println!(" {}:", gold.name);
            }
            pair.add(&score(gold, &analysis, report, verbose()));
            if let Some(baseline) = &spacy_spans {
                spacy.add(&score_entities(gold, &baseline_spans(baseline, &gold.name)));
            }
        }
        row(&mut table, &story.name, &pair);
        all.add(&pair);
    }
    let _ = writeln!(table, "{}", "-".repeat(100));
    row(&mut table, &format!("all ({} reports)", stories.len() * 2), &all);
    details(&mut table, &all);
    if spacy_spans.is_some() {
        let _ = writeln!(table, "\nspaCy en_core_web_sm on the same reports (entities only):");
        row(&mut table, "spaCy", &spacy);
        details(&mut table, &spacy);
    } else {
        let _ = writeln!(table, "\n(no spaCy baseline recorded: run scripts/baseline)");
    }
    println!("{table}");
    assert!(all.entities.f1() >= FLOOR_ENTITY_F1, "entity F1 on real news fell: {table}");
    assert!(all.kinds.recall() >= FLOOR_KIND_ACCURACY, "kind accuracy on real news fell: {table}");
    assert!(all.figures.recall() >= FLOOR_FIGURE_RECALL, "figure recall on real news fell: {table}");
    assert!(all.figures.precision() >= FLOOR_FIGURE_PRECISION, "figure precision on real news fell: {table}");
}

// Floors: a little under the last measured scores.
const FLOOR_ENTITY_F1: f64 = 0.87;
const FLOOR_KIND_ACCURACY: f64 = 0.95;
const FLOOR_FIGURE_RECALL: f64 = 0.98;
const FLOOR_FIGURE_PRECISION: f64 = 0.97;
