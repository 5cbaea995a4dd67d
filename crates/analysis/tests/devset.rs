//! Scores the analysis against the labelled development set in
//! `tests/devset/`: twelve original news-style reports on other topics plus
//! the two embedded reports, annotated by hand (see `tests/devset/README.md`).
//!
//! Prints precision and recall for entity mentions (exact span and kind),
//! figures (overlapping span and same value) and the units figures count,
//! and the share of gold mentions resolved to the right canonical name.
//! Run with `cargo test -p parallax-analysis --test devset -- --nocapture` to
//! see the table; the test fails if quality falls below the floors at the
//! bottom, which are set a little under the scores measured when they were
//! last raised.

use std::fmt::Write as _;
use std::path::Path;

use parallax_analysis::{Input, analyze};
use parallax_model::text::fold;
use parallax_model::{Analysis, Kind, Report};

#[derive(Debug, Clone)]
struct GoldEntity {
    start: usize,
    end: usize,
    kind: Kind,
    canonical: String,
}

#[derive(Debug, Clone)]
struct GoldFigure {
    start: usize,
    end: usize,
    value: f64,
    unit: String,
}

#[derive(Debug, Default)]
struct Gold {
    text: String,
    entities: Vec<GoldEntity>,
    figures: Vec<GoldFigure>,
}

/// Strips the inline markup, recording each annotation's byte span in the
/// clean text.
fn parse(annotated: &str) -> Gold {
    let mut gold = Gold::default();
    let mut rest = annotated;
    while !rest.is_empty() {
        let next = [rest.find("[["), rest.find("{{")].into_iter().flatten().min();
        let Some(at) = next else {
            gold.text.push_str(rest);
            break;
        };
        gold.text.push_str(&rest[..at]);
        let is_entity = rest[at..].starts_with("[[");
        let close = if is_entity { "]]" } else { "}}" };
        let body_start = at + 2;
        let body_end = body_start + rest[body_start..].find(close).expect("closed markup");
        let fields: Vec<&str> = rest[body_start..body_end].split('|').collect();
        let start = gold.text.len();
        gold.text.push_str(fields[0]);
        let end = gold.text.len();
        if is_entity {
            let kind = Kind::parse(fields[1]).expect("valid kind");
            let canonical = fields.get(2).unwrap_or(&fields[0]).to_string();
            gold.entities.push(GoldEntity { start, end, kind, canonical });
        } else {
            let value = fields[1].parse().expect("numeric value");
            let unit = fields.get(2).unwrap_or(&"").to_string();
            gold.figures.push(GoldFigure { start, end, value, unit });
        }
        rest = &rest[body_end + 2..];
    }
    gold
}

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    true_positive: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.true_positive += other.true_positive;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    fn precision(self) -> f64 {
        ratio(self.true_positive, self.predicted)
    }

    fn recall(self) -> f64 {
        ratio(self.true_positive, self.gold)
    }

    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    entities: Counts,
    by_kind: [Counts; 4],
    figures: Counts,
    units: Counts,
    resolved: Counts,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.entities.add(other.entities);
        for (mine, theirs) in self.by_kind.iter_mut().zip(other.by_kind) {
            mine.add(theirs);
        }
        self.figures.add(other.figures);
        self.units.add(other.units);
        self.resolved.add(other.resolved);
    }
}

fn kind_index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0).min(3)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn score(gold: &Gold, analysis: &Analysis, report: &Report) -> Score {
    let mut s = Score::default();
    let predicted: Vec<_> = report.mentions.iter().filter(|m| m.kind != Kind::Figure).collect();
    s.entities.predicted = predicted.len();
    s.entities.gold = gold.entities.len();
    for m in &predicted {
        s.by_kind[kind_index(m.kind)].predicted += 1;
    }
    for g in &gold.entities {
        s.by_kind[kind_index(g.kind)].gold += 1;
        let hit = predicted.iter().find(|m| m.span.start == g.start && m.span.end == g.end && m.kind == g.kind);
        if let Some(m) = hit {
            s.entities.true_positive += 1;
            s.by_kind[kind_index(g.kind)].true_positive += 1;
            if g.kind != Kind::Date {
                s.resolved.gold += 1;
                s.resolved.predicted += 1;
                let name = m.entity().and_then(|id| analysis.entity(id)).map(|e| fold(&e.name));
                if name.as_deref() == Some(fold(&g.canonical).as_str()) {
                    s.resolved.true_positive += 1;
                }
            }
        }
    }
    if verbose() {
        for g in &gold.entities {
            let found = predicted.iter().any(|m| m.span.start == g.start && m.span.end == g.end && m.kind == g.kind);
            if !found {
                let got: Vec<String> = predicted
                    .iter()
                    .filter(|m| m.span.start < g.end && g.start < m.span.end)
                    .map(|m| format!("{:?} {}", m.text, m.kind.as_str()))
                    .collect();
                println!("  missed {:?} {} (got {})", &gold.text[g.start..g.end], g.kind.as_str(), got.join(", "));
            }
        }
        for m in &predicted {
            let overlaps = gold.entities.iter().any(|g| m.span.start < g.end && g.start < m.span.end);
            if !overlaps {
                println!("  spurious {:?} {} ({})", m.text, m.kind.as_str(), m.evidence);
            }
        }
        for g in &gold.figures {
            let hit = report.figures.iter().find(|f| f.span.start < g.end && g.start < f.span.end);
            match hit {
                Some(f) if close(f.value, g.value) && fold(&f.unit) == fold(&g.unit) => {}
                Some(f) => println!(
                    "  figure {:?}: got {} {:?}, gold {} {:?}",
                    &gold.text[g.start..g.end],
                    f.value,
                    f.unit,
                    g.value,
                    g.unit
                ),
                None => println!("  missed figure {:?}", &gold.text[g.start..g.end]),
            }
        }
        for f in &report.figures {
            if !gold.figures.iter().any(|g| f.span.start < g.end && g.start < f.span.end) {
                println!("  spurious figure {:?}", f.text);
            }
        }
    }
    s.figures.predicted = report.figures.len();
    s.figures.gold = gold.figures.len();
    for g in &gold.figures {
        let hit =
            report.figures.iter().find(|f| f.span.start < g.end && g.start < f.span.end && close(f.value, g.value));
        if let Some(f) = hit {
            s.figures.true_positive += 1;
            s.units.gold += 1;
            s.units.predicted += 1;
            if fold(&f.unit) == fold(&g.unit) {
                s.units.true_positive += 1;
            }
        }
    }
    s
}

/// `DEVSET_VERBOSE=1` lists every miss and every spurious mention.
fn verbose() -> bool {
    std::env::var_os("DEVSET_VERBOSE").is_some()
}

fn row(out: &mut String, name: &str, s: &Score) {
    let _ = writeln!(
        out,
        "{name:<28} {:>5.2} {:>5.2} {:>5.2}   {:>5.2} {:>5.2} {:>5.2}   {:>5.2}  {:>5.2}",
        s.entities.precision(),
        s.entities.recall(),
        s.entities.f1(),
        s.figures.precision(),
        s.figures.recall(),
        s.figures.f1(),
        s.units.precision(),
        s.resolved.precision(),
    );
}

fn devset() -> Vec<(String, Gold)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/devset");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("devset folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ann"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let annotated = std::fs::read_to_string(&path).expect("readable .ann");
            (name, parse(&annotated))
        })
        .collect()
}

#[test]
fn embedded_annotations_strip_to_the_embedded_reports() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (name, file) in
        [("embedded_a", "reports/000_3c10382c046089de.txt"), ("embedded_b", "reports/003_9b3f9fb4060360a3.txt")]
    {
        let gold = devset().into_iter().find(|(n, _)| n == name).expect("annotated").1;
        let original = std::fs::read_to_string(root.join(file)).expect("embedded report");
        assert_eq!(gold.text, original, "{name} must strip to {file} byte for byte");
    }
}

#[test]
fn dev_set_precision_and_recall() {
    let set = devset();
    let mut table = String::new();
    let _ = writeln!(
        table,
        "\n{:<28} {:>5} {:>5} {:>5}   {:>5} {:>5} {:>5}   {:>5}  {:>5}",
        "report", "ent P", "ent R", "ent F", "fig P", "fig R", "fig F", "unit", "alias"
    );
    let mut other = Score::default();
    let mut embedded = Score::default();
    // The embedded pair is analysed together, as the app does; the others alone.
    let pair: Vec<&(String, Gold)> = set.iter().filter(|(n, _)| n.starts_with("embedded")).collect();
    let inputs: Vec<Input<'_>> = pair.iter().map(|(_, g)| Input::new(&g.text)).collect();
    let pair_analysis = analyze(&inputs);
    for (name, gold) in &set {
        if verbose() {
            println!("{name}:");
        }
        let s = if let Some(i) = pair.iter().position(|(n, _)| n == name) {
            let s = score(gold, &pair_analysis, &pair_analysis.reports[i]);
            embedded.add(&s);
            s
        } else {
            let analysis = analyze(&[Input::new(&gold.text)]);
            let s = score(gold, &analysis, &analysis.reports[0]);
            other.add(&s);
            s
        };
        row(&mut table, name, &s);
    }
    let mut all = Score::default();
    all.add(&other);
    all.add(&embedded);
    let _ = writeln!(table, "{}", "-".repeat(88));
    row(&mut table, "unseen-topic reports", &other);
    row(&mut table, "embedded pair", &embedded);
    row(&mut table, "all", &all);
    let _ = writeln!(table, "\nentities by kind (all reports):");
    for kind in [Kind::Person, Kind::Organization, Kind::Place, Kind::Date] {
        let c = all.by_kind[kind_index(kind)];
        let _ = writeln!(
            table,
            "  {:<13} P {:.2}  R {:.2}  F {:.2}  ({} gold)",
            kind.as_str(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.gold
        );
    }
    println!("{table}");

    // Floors: a little under the last measured scores, so a change that
    // makes extraction worse fails here.
    assert!(other.entities.f1() >= FLOOR_ENTITY_F1, "entity F1 on unseen topics fell: {table}");
    assert!(other.figures.f1() >= FLOOR_FIGURE_F1, "figure F1 on unseen topics fell: {table}");
    assert!(embedded.entities.f1() >= FLOOR_EMBEDDED_ENTITY_F1, "entity F1 on the embedded pair fell: {table}");
    assert!(embedded.figures.f1() >= FLOOR_EMBEDDED_FIGURE_F1, "figure F1 on the embedded pair fell: {table}");
}

const FLOOR_ENTITY_F1: f64 = 0.90;
const FLOOR_FIGURE_F1: f64 = 0.97;
const FLOOR_EMBEDDED_ENTITY_F1: f64 = 0.90;
const FLOOR_EMBEDDED_FIGURE_F1: f64 = 0.98;
