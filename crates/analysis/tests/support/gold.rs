//! Gold annotations and their scoring, shared by the dev-set tests.
//!
//! An annotated report (`.ann`) is its text with inline markup (see
//! `corpus/real/README.md`): `[[surface|kind|canonical]]` for entity
//! mentions, `{{surface|value|unit|key}}` for figures. Scoring compares an
//! analysis with the gold: entity mentions by exact span (and kind),
//! figures by overlapping span and value, units, and canonical names.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use parallax_model::text::fold;
use parallax_model::{Analysis, Kind, Report};

/// A gold entity mention.
#[derive(Debug, Clone)]
pub struct GoldEntity {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub canonical: String,
}

/// A gold figure.
#[derive(Debug, Clone)]
pub struct GoldFigure {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub unit: String,
    /// The quantity key shared with the other report of a story, if any.
    pub key: Option<String>,
}

/// One annotated report: its clean text and its gold mentions.
#[derive(Debug, Default, Clone)]
pub struct Gold {
    pub name: String,
    pub text: String,
    pub entities: Vec<GoldEntity>,
    pub figures: Vec<GoldFigure>,
}

impl Gold {
    /// The gold of an annotated text.
    pub fn parse(name: &str, annotated: &str) -> Gold {
        let mut gold = Gold { name: name.to_string(), ..Gold::default() };
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
                let key = fields.get(3).map(|k| k.to_string());
                gold.figures.push(GoldFigure { start, end, value, unit, key });
            }
            rest = &rest[body_end + 2..];
        }
        gold
    }

    /// The gold of an `.ann` file.
    pub fn read(path: &Path, name: &str) -> Gold {
        let annotated = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Gold::parse(name, &annotated)
    }
}

/// A story of the real-news set: two reports of one event.
pub struct Story {
    pub name: String,
    pub a: Gold,
    pub b: Gold,
    /// Each figure key both reports use, and whether they agree.
    pub statuses: Vec<(String, bool)>,
    /// Pairs of sentences (A's text, B's text) that state the same fact,
    /// each sentence with its best counterpart, when the story's passages
    /// are annotated.
    pub passages: Option<Vec<(String, String)>>,
    /// Other pairs that state the same fact too (a sentence's second-best
    /// counterpart): right when aligned, not required.
    pub also: Vec<(String, String)>,
}

/// The figure-key statuses of a `story.md`: `agree KEY …` or `conflict KEY …`.
fn statuses(story_md: &str) -> Vec<(String, bool)> {
    story_md
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let status = words.next()?;
            let key = words.next()?;
            match status {
                "agree" => Some((key.to_string(), true)),
                "conflict" => Some((key.to_string(), false)),
                _ => None,
            }
        })
        .collect()
}

/// The aligned passages of a `passages.tsv`: the pairs of best
/// counterparts, and the pairs marked `also` in a third column.
fn passages(tsv: &str) -> (Vec<(String, String)>, Vec<(String, String)>) {
    let (mut best, mut also) = (Vec::new(), Vec::new());
    for line in tsv.lines().filter(|line| !line.trim().is_empty() && !line.starts_with('#')) {
        let mut parts = line.split('\t');
        let (Some(a), Some(b)) = (parts.next(), parts.next()) else { continue };
        let list = if parts.next() == Some("also") { &mut also } else { &mut best };
        list.push((a.to_string(), b.to_string()));
    }
    (best, also)
}

/// The workspace's root folder.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every story of `corpus/real`, in folder order.
pub fn real_stories() -> Vec<Story> {
    let root = workspace().join("corpus/real");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("corpus/real is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("a.ann").is_file())
        .collect();
    folders.sort();
    folders
        .into_iter()
        .map(|folder| {
            let name = folder.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let a = Gold::read(&folder.join("a.ann"), &format!("{name}/a"));
            let b = Gold::read(&folder.join("b.ann"), &format!("{name}/b"));
            let statuses = statuses(&std::fs::read_to_string(folder.join("story.md")).unwrap_or_default());
            let annotated = std::fs::read_to_string(folder.join("passages.tsv")).ok().map(|t| passages(&t));
            let (passages, also) = match annotated {
                Some((best, also)) => (Some(best), also),
                None => (None, Vec::new()),
            };
            Story { name, a, b, statuses, passages, also }
        })
        .collect()
}

/// True positives, predictions and gold items of one measure.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub true_positive: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.true_positive += other.true_positive;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    pub fn precision(self) -> f64 {
        ratio(self.true_positive, self.predicted)
    }

    pub fn recall(self) -> f64 {
        ratio(self.true_positive, self.gold)
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The failure classes the real-news set is scored on, by what a gold
/// mention looks like (recall of each, with exact span and kind).
pub const CLASSES: [&str; 6] = [
    "org, one word", "place, one word", "name of 3+ words", "name with initial or number", "figure in words",
    "figure, unit",
];

/// The scores of one or more reports.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    /// Exact span and kind.
    pub entities: Counts,
    /// Exact span, any kind.
    pub spans: Counts,
    /// Of the span matches, how many have the right kind (`true_positive`
    /// of `gold`).
    pub kinds: Counts,
    pub by_kind: [Counts; 4],
    pub figures: Counts,
    pub units: Counts,
    pub resolved: Counts,
    /// Recall per [`CLASSES`] entry.
    pub classes: [Counts; 6],
    /// Entities matched leniently: an overlapping span of the same kind
    /// (precision over predictions, recall over gold, counted apart).
    pub lenient_precision: Counts,
    pub lenient_recall: Counts,
}

impl Score {
    pub fn add(&mut self, other: &Score) {
        for (mine, theirs) in [
            (&mut self.entities, other.entities),
            (&mut self.spans, other.spans),
            (&mut self.kinds, other.kinds),
            (&mut self.figures, other.figures),
            (&mut self.units, other.units),
            (&mut self.resolved, other.resolved),
            (&mut self.lenient_precision, other.lenient_precision),
            (&mut self.lenient_recall, other.lenient_recall),
        ] {
            mine.add(theirs);
        }
        for (mine, theirs) in self.by_kind.iter_mut().zip(other.by_kind) {
            mine.add(theirs);
        }
        for (mine, theirs) in self.classes.iter_mut().zip(other.classes) {
            mine.add(theirs);
        }
    }
}

pub fn kind_index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0).min(3)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// The failure classes a gold entity belongs to.
fn entity_classes(text: &str, g: &GoldEntity) -> Vec<usize> {
    let surface = &text[g.start..g.end];
    let words: Vec<&str> = surface.split_whitespace().collect();
    let mut classes = Vec::new();
    if g.kind == Kind::Organization && words.len() == 1 {
        classes.push(0);
    }
    if g.kind == Kind::Place && words.len() == 1 {
        classes.push(1);
    }
    if matches!(g.kind, Kind::Person | Kind::Organization | Kind::Place) && words.len() >= 3 {
        classes.push(2);
    }
    let initial = words.iter().any(|w| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase));
    if g.kind != Kind::Date && (initial || surface.chars().any(|c| c.is_ascii_digit())) {
        classes.push(3);
    }
    classes
}

/// A span in a report's text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Predicted {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Scores predicted entity spans (with kinds) against the gold; figures
/// and names are scored by [`score`].
pub fn score_entities(gold: &Gold, predicted: &[Predicted]) -> Score {
    let mut s = Score::default();
    s.entities.predicted = predicted.len();
    s.spans.predicted = predicted.len();
    s.entities.gold = gold.entities.len();
    s.spans.gold = gold.entities.len();
    for m in predicted {
        s.by_kind[kind_index(m.kind)].predicted += 1;
        let hit = gold.entities.iter().any(|g| g.start < m.end && m.start < g.end && g.kind == m.kind);
        s.lenient_precision.gold += 1;
        s.lenient_precision.true_positive += usize::from(hit);
    }
    for g in &gold.entities {
        let hit = predicted.iter().any(|m| g.start < m.end && m.start < g.end && g.kind == m.kind);
        s.lenient_recall.gold += 1;
        s.lenient_recall.true_positive += usize::from(hit);
    }
    for g in &gold.entities {
        s.by_kind[kind_index(g.kind)].gold += 1;
        let classes = entity_classes(&gold.text, g);
        for &c in &classes {
            s.classes[c].gold += 1;
        }
        let Some(m) = predicted.iter().find(|m| m.start == g.start && m.end == g.end) else { continue };
        s.spans.true_positive += 1;
        s.kinds.gold += 1;
        if m.kind == g.kind {
            s.kinds.true_positive += 1;
            s.entities.true_positive += 1;
            s.by_kind[kind_index(g.kind)].true_positive += 1;
            for &c in &classes {
                s.classes[c].true_positive += 1;
            }
        }
    }
    s
}

/// Scores one report of `analysis` against its gold.
pub fn score(gold: &Gold, analysis: &Analysis, report: &Report, verbose: bool) -> Score {
    let entities: Vec<_> = report.mentions.iter().filter(|m| m.kind != Kind::Figure).collect();
    let predicted: Vec<Predicted> =
        entities.iter().map(|m| Predicted { start: m.span.start, end: m.span.end, kind: m.kind }).collect();
    let mut s = score_entities(gold, &predicted);
    for g in &gold.entities {
        let hit = entities.iter().find(|m| m.span.start == g.start && m.span.end == g.end && m.kind == g.kind);
        if let Some(m) = hit.filter(|_| g.kind != Kind::Date) {
            s.resolved.gold += 1;
            s.resolved.predicted += 1;
            let name = m.entity().and_then(|id| analysis.entity(id)).map(|e| fold(&e.name));
            if name.as_deref() == Some(fold(&g.canonical).as_str()) {
                s.resolved.true_positive += 1;
            }
        }
    }
    s.figures.predicted = report.figures.len();
    s.figures.gold = gold.figures.len();
    for g in &gold.figures {
        let surface = &gold.text[g.start..g.end];
        let in_words = !surface.chars().any(|c| c.is_ascii_digit()) || surface.contains('/') || surface.contains('½');
        let overlapping = || report.figures.iter().filter(|f| f.span.start < g.end && g.start < f.span.end);
        let hit = overlapping().find(|f| close(f.value, g.value));
        if in_words {
            s.classes[4].gold += 1;
            s.classes[4].true_positive += usize::from(hit.is_some());
        }
        if let Some(f) = hit {
            s.figures.true_positive += 1;
            s.units.gold += 1;
            s.units.predicted += 1;
            s.classes[5].gold += 1;
            if fold(&f.unit) == fold(&g.unit) {
                s.units.true_positive += 1;
                s.classes[5].true_positive += 1;
            }
        }
    }
    if verbose {
        print_misses(gold, report);
    }
    s
}

/// Prints every miss and every spurious mention or figure.
fn print_misses(gold: &Gold, report: &Report) {
    let predicted: Vec<_> = report.mentions.iter().filter(|m| m.kind != Kind::Figure).collect();
    for g in &gold.entities {
        if !predicted.iter().any(|m| m.span.start == g.start && m.span.end == g.end && m.kind == g.kind) {
            let got: Vec<String> = predicted
                .iter()
                .filter(|m| m.span.start < g.end && g.start < m.span.end)
                .map(|m| format!("{:?} {} ({})", m.text, m.kind.as_str(), m.evidence))
                .collect();
            println!("  missed {:?} {} (got {})", &gold.text[g.start..g.end], g.kind.as_str(), got.join(", "));
        }
    }
    for m in &predicted {
        if !gold.entities.iter().any(|g| m.span.start < g.end && g.start < m.span.end) {
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

/// One row of a score table.
pub fn row(out: &mut String, name: &str, s: &Score) {
    let _ = writeln!(
        out,
        "{name:<34} {:>5.3} {:>5.3} {:>5.3}  {:>5.3} {:>5.3}  {:>5.3} {:>5.3}  {:>5.3}  {:>5.3}",
        s.entities.precision(),
        s.entities.recall(),
        s.entities.f1(),
        s.spans.f1(),
        s.kinds.recall(),
        s.figures.precision(),
        s.figures.recall(),
        s.units.precision(),
        s.resolved.precision(),
    );
}

/// The header of a score table.
pub fn header(out: &mut String, title: &str) {
    let _ = writeln!(
        out,
        "\n{title:<34} {:>5} {:>5} {:>5}  {:>5} {:>5}  {:>5} {:>5}  {:>5}  {:>5}",
        "ent P", "ent R", "ent F", "spanF", "kind", "fig P", "fig R", "unit", "alias"
    );
}

/// Per kind and per failure class.
pub fn details(out: &mut String, s: &Score) {
    let (p, r) = (s.lenient_precision.recall(), s.lenient_recall.recall());
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    let _ = writeln!(out, "  entities, lenient (an overlapping span of the same kind): P {p:.3}  R {r:.3}  F {f:.3}");
    let _ = writeln!(out, "  by kind:");
    for kind in [Kind::Person, Kind::Organization, Kind::Place, Kind::Date] {
        let c = s.by_kind[kind_index(kind)];
        let _ = writeln!(
            out,
            "    {:<13} P {:.3}  R {:.3}  F {:.3}  ({} gold)",
            kind.as_str(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.gold
        );
    }
    let _ = writeln!(out, "  by failure class (recall):");
    for (name, c) in CLASSES.iter().zip(s.classes) {
        let _ = writeln!(out, "    {name:<28} {:.3}  ({} gold)", c.recall(), c.gold);
    }
}
