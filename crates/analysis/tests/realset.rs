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

use gold::{Gold, Predicted, Score, Story, details, header, real_stories, row, score, score_entities, workspace};
use parallax_analysis::learn::{self, Annotated, Example, KindModel};
use parallax_analysis::{Input, analyze};
use parallax_model::{Corrections, Kind, Span};

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
const FLOOR_ENTITY_F1: f64 = 0.73;
const FLOOR_KIND_ACCURACY: f64 = 0.90;
const FLOOR_FIGURE_RECALL: f64 = 0.88;
const FLOOR_FIGURE_PRECISION: f64 = 0.85;

/// The names a report's annotations give, for the kind model.
fn annotated(gold: &Gold) -> Annotated<'_> {
    let names =
        gold.entities.iter().filter(|e| e.kind != Kind::Date).map(|e| (Span::new(e.start, e.end), e.kind)).collect();
    Annotated { text: &gold.text, names }
}

/// The team's own dev-set reports (not the embedded pair), each alone.
fn team_reports() -> Vec<Gold> {
    let dir = workspace().join("crates/analysis/tests/devset");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("devset folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("embedded")))
        .collect();
    files.sort();
    files.iter().map(|path| Gold::read(path, &path.file_stem().unwrap_or_default().to_string_lossy())).collect()
}

/// The kind model's examples of `stories` (each story's two reports
/// together) and of the team's reports.
fn examples_of<'a>(stories: impl Iterator<Item = &'a Story>, team: &[Gold]) -> Vec<Example> {
    let mut examples = Vec::new();
    for story in stories {
        examples.extend(learn::examples(&[annotated(&story.a), annotated(&story.b)]));
    }
    for report in team {
        examples.extend(learn::examples(&[annotated(report)]));
    }
    examples
}

/// How many parts the stories are cut into for cross-validation.
const FOLDS: usize = 5;

/// Each story scored by a model trained on the other folds' stories (and
/// the team's reports): the honest score of a learned component.
#[test]
fn real_news_cross_validated() {
    let stories = real_stories();
    let team = team_reports();
    let mut all = Score::default();
    let mut rules = Score::default();
    for fold in 0..FOLDS {
        let training = stories.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).map(|(_, s)| s);
        let model = learn::train(&examples_of(training, &team));
        for story in stories.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, s)| s) {
            let inputs = [Input::new(&story.a.text), Input::new(&story.b.text)];
            let analysis = learn::analyze_with_model(&inputs, &Corrections::default(), &model);
            let plain = learn::analyze_with_model(&inputs, &Corrections::default(), &KindModel::default());
            for (i, gold) in [&story.a, &story.b].into_iter().enumerate() {
                if verbose() {
                    println!(" {}:", gold.name);
                }
                all.add(&score(gold, &analysis, &analysis.reports[i], verbose()));
                rules.add(&score(gold, &plain, &plain.reports[i], false));
            }
        }
    }
    let mut table = String::new();
    header(&mut table, &format!("{FOLDS}-fold, by story"));
    row(&mut table, "rules alone", &rules);
    row(&mut table, "rules + kind model", &all);
    details(&mut table, &all);
    println!("{table}");
}

/// The shipped kind model is the one the annotated reports train: run with
/// `UPDATE_MODEL=1` to train it again after the data or the features change.
#[test]
fn the_shipped_kind_model_is_the_one_the_reports_train() {
    let stories = real_stories();
    let model = learn::train(&examples_of(stories.iter(), &team_reports()));
    let path = workspace().join("crates/analysis/src/resolve/kinds/kinds.model");
    if std::env::var_os("UPDATE_MODEL").is_some() {
        std::fs::write(&path, model.to_text()).expect("the model is written");
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == model.to_text(),
        "the shipped kind model is stale: run UPDATE_MODEL=1 cargo test --test realset"
    );
    println!("kind model: {} features", model.len());
}

/// Cross-validated confusion of the kind model on entities (diagnostic).
#[test]
#[ignore]
fn kind_model_confusion() {
    let stories = real_stories();
    let team = team_reports();
    let mut confusion = [[0usize; 4]; 4];
    let mut rules = [[0usize; 4]; 4];
    let index = |k: Option<Kind>| match k {
        Some(Kind::Person) => 0,
        Some(Kind::Organization) => 1,
        Some(Kind::Place) => 2,
        _ => 3,
    };
    let mut total = 0;
    for fold in 0..FOLDS {
        let training = stories.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).map(|(_, s)| s);
        let model = learn::train(&examples_of(training, &team));
        let test: Vec<&Story> = stories.iter().enumerate().filter(|(i, _)| i % FOLDS == fold).map(|(_, s)| s).collect();
        for example in examples_of(test.into_iter(), &[]) {
            let hashes: Vec<u64> = example.features.iter().map(|f| learn::hash_feature(f)).collect();
            let predicted = model.predict_hashes(&hashes);
            confusion[index(example.label)][index(predicted)] += 1;
            let rule = example.features.iter().find_map(|f| f.strip_prefix("votes:")).and_then(Kind::parse);
            rules[index(example.label)][index(rule)] += 1;
            total += 1;
        }
    }
    println!("{total} entities; rows gold person/org/place/none, columns predicted");
    println!("model: {confusion:?}");
    println!("rules: {rules:?}");
}
