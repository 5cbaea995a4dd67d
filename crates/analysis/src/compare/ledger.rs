//! The figure ledger: the figures of two reports grouped by what they
//! measure, paired across the reports, and each pair called agreeing or
//! conflicting by comparing their intervals.

use parallax_model::{Figure, FigureKind, FigureRow, FigureStatus, Passage, Qualifier, Report};

use super::Side;
use crate::hash::{FastMap, FastSet};
use crate::lexicon;

/// A figure reduced to what comparison needs.
#[derive(Clone, Debug)]
pub(super) struct Quantity {
    pub(super) kind: FigureKind,
    /// Currency, "percent" or unit of measure; empty for counts.
    pub(super) unit: String,
    /// `unit` as a number, the same for the same unit in both reports, so
    /// the ledger's many comparisons of units compare numbers.
    pub(super) unit_id: usize,
    /// Singular content words of the counted phrase.
    pub(super) thing: Vec<String>,
    /// The interval the report commits to, per year for amounts per period.
    pub(super) low: f64,
    pub(super) high: f64,
    /// The value as stated, per year when a period is given.
    pub(super) value: f64,
    pub(super) per_period: bool,
    pub(super) sentence: usize,
}

pub(super) fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if word.ends_with("ss") || word.len() <= 3 {
        return word.to_string();
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

pub(super) fn quantity(figure: &Figure, units: &mut FastMap<String, usize>) -> Quantity {
    let per_year = figure.period.map_or(1.0, |p| p.per_year());
    let value = figure.value * per_year;
    let high = figure.high.map_or(value, |h| h * per_year);
    let (low, high) = match figure.qualifier {
        Qualifier::Exact => (value, high),
        Qualifier::About => (value * 0.9, high * 1.1),
        Qualifier::Nearly => (value * 0.9, high),
        Qualifier::MoreThan | Qualifier::AtLeast => (value, high * 1.5),
        Qualifier::LessThan => (value * 0.5, high),
        Qualifier::UpTo | Qualifier::AtMost => (0.0, high),
    };
    let thing = if figure.kind == FigureKind::Count {
        let mut words: Vec<String> = figure
            .unit
            .split_whitespace()
            .map(|w| singular(&crate::text::fold(w)))
            .filter(|w| !lexicon::is_stopword(w))
            .collect();
        words.sort();
        words.dedup();
        words
    } else {
        Vec::new()
    };
    let unit = if figure.kind == FigureKind::Count { String::new() } else { figure.unit.clone() };
    let next = units.len();
    let unit_id = *units.entry(unit.clone()).or_insert(next);
    Quantity {
        kind: figure.kind,
        unit,
        unit_id,
        thing,
        low,
        high,
        value,
        per_period: figure.period.is_some(),
        sentence: figure.sentence,
    }
}

/// Whether two quantities measure the same kind of thing. For counts, one
/// counted phrase's words must all be in the other; an empty phrase
/// matches any when `loose`.
pub(super) fn same_thing(x: &Quantity, y: &Quantity, loose: bool) -> bool {
    if x.kind != y.kind || x.unit_id != y.unit_id {
        return false;
    }
    if x.kind == FigureKind::Money && x.per_period != y.per_period {
        return false;
    }
    if x.kind != FigureKind::Count {
        return true;
    }
    if x.thing.is_empty() || y.thing.is_empty() {
        return loose;
    }
    let subset = |s: &[String], t: &[String]| s.iter().all(|w| t.contains(w));
    subset(&x.thing, &y.thing) || subset(&y.thing, &x.thing)
}

/// A count without a counted phrase, which `same_thing` takes for the same
/// thing as another only when `loose`.
pub(super) fn is_bare_count(q: &Quantity) -> bool {
    q.kind == FigureKind::Count && q.thing.is_empty()
}

pub(super) fn overlaps(x: &Quantity, y: &Quantity) -> bool {
    let tolerance = 1e-9 * x.high.abs().max(y.high.abs()).max(1.0);
    x.low <= y.high + tolerance && y.low <= x.high + tolerance
}

/// What a quantity is measured in: kind, unit and whether per period.
/// Quantities can only agree or conflict within one measure.
pub(super) type Measure = (FigureKind, String, bool);

pub(super) fn measure(q: &Quantity) -> Measure {
    (q.kind, q.unit.clone(), q.per_period)
}

/// Figures of one report grouped into quantities: the same value of the
/// same thing stated twice is one row.
pub(super) fn groups(report: &Report, units: &mut FastMap<String, usize>) -> Vec<(Quantity, Vec<usize>)> {
    let mut out: Vec<(Quantity, Vec<usize>)> = Vec::new();
    let mut by_value: FastMap<(Measure, u64, u64, u64), Vec<usize>> = FastMap::default();
    for (index, figure) in report.figures.iter().enumerate() {
        let q = quantity(figure, units);
        let key = (measure(&q), q.value.to_bits(), q.low.to_bits(), q.high.to_bits());
        let same_value = by_value.entry(key).or_default();
        // A count of nothing in particular is the same thing as no other
        // (see `same_thing`): no need to try every figure of its value.
        let found = if is_bare_count(&q) {
            None
        } else {
            same_value.iter().copied().find(|&g| same_thing(&out[g].0, &q, false))
        };
        match found {
            Some(g) => out[g].1.push(index),
            None => {
                same_value.push(out.len());
                out.push((q, vec![index]));
            }
        }
    }
    out
}

/// Candidate counterparts of each quantity of A among B's: those of the
/// same measure that share a counted word, or have none.
pub(super) struct Candidates {
    pub(super) by_word: FastMap<(Measure, String), Vec<usize>>,
    /// The lists of `by_word` by measure, in the order `by_word` iterates
    /// them: a bare number takes all those of its measure, and filtering
    /// the whole of `by_word` for each was most of the figure ledger's time.
    pub(super) by_measure: FastMap<Measure, Vec<Vec<usize>>>,
    pub(super) wordless: FastMap<Measure, Vec<usize>>,
}

/// At most this many candidates per quantity are weighed.
pub(super) const MAX_FIGURE_CANDIDATES: usize = 256;

impl Candidates {
    fn new(groups: &[(Quantity, Vec<usize>)]) -> Candidates {
        let mut by_word: FastMap<(Measure, String), Vec<usize>> = FastMap::default();
        let mut wordless: FastMap<Measure, Vec<usize>> = FastMap::default();
        for (j, (q, _)) in groups.iter().enumerate() {
            if q.thing.is_empty() {
                wordless.entry(measure(q)).or_default().push(j);
            } else {
                for word in &q.thing {
                    by_word.entry((measure(q), word.clone())).or_default().push(j);
                }
            }
        }
        let mut by_measure: FastMap<Measure, Vec<Vec<usize>>> = FastMap::default();
        for ((m, _), list) in &by_word {
            by_measure.entry(m.clone()).or_default().push(list.clone());
        }
        Candidates { by_word, by_measure, wordless }
    }

    fn of(&self, q: &Quantity) -> Vec<usize> {
        let m = measure(q);
        let mut out: Vec<usize> = Vec::new();
        if q.thing.is_empty() {
            // A bare number may match any count of the same value.
            for list in self.by_measure.get(&m).into_iter().flatten() {
                out.extend(list.iter().take(MAX_FIGURE_CANDIDATES));
                if out.len() >= MAX_FIGURE_CANDIDATES {
                    break;
                }
            }
        } else {
            for word in &q.thing {
                if let Some(list) = self.by_word.get(&(m.clone(), word.clone())) {
                    out.extend(list.iter().take(MAX_FIGURE_CANDIDATES));
                }
            }
        }
        if let Some(list) = self.wordless.get(&m) {
            out.extend(list.iter().take(MAX_FIGURE_CANDIDATES));
        }
        out.sort_unstable();
        out.dedup();
        out.truncate(MAX_FIGURE_CANDIDATES);
        out
    }
}

/// Whether two sentences are about the same matter: aligned with each
/// other, or sharing two content words besides the figure's own.
pub(super) fn same_context(
    a: &Side<'_>,
    b: &Side<'_>,
    qa: &Quantity,
    qb: &Quantity,
    aligned: &FastSet<(usize, usize)>,
) -> bool {
    if aligned.contains(&(qa.sentence, qb.sentence)) {
        return true;
    }
    let words = |side: &Side<'_>, sentence: usize, thing: &[String]| -> Vec<String> {
        let Some(span) = side.report.sentences.get(sentence) else {
            return Vec::new();
        };
        side.folded_words(*span)
            .into_iter()
            .map(|(w, _)| singular(w))
            .filter(|w| w.chars().any(char::is_alphabetic) && !lexicon::is_stopword(w) && !thing.contains(w))
            .collect()
    };
    let wa = words(a, qa.sentence, &qa.thing);
    let wb = words(b, qb.sentence, &qb.thing);
    let mut common: Vec<&String> = wa.iter().filter(|w| wb.contains(w)).collect();
    common.sort();
    common.dedup();
    common.len() >= 2
}

pub(super) fn note(qa: &Quantity, qb: &Quantity, fa: &Figure, fb: &Figure) -> String {
    let mut notes = Vec::new();
    if fa.period != fb.period {
        notes.push(format!(
            "compared per year: {} and {}",
            parallax_model::format_number(qa.value),
            parallax_model::format_number(qb.value)
        ));
    }
    for f in [fa, fb] {
        let label = f.qualifier.label();
        if !label.is_empty() && !notes.iter().any(|n| n.contains(label)) {
            notes.push(format!("“{label}” allows a range"));
        }
    }
    notes.join("; ")
}

/// A group of a report's figures that state one quantity: the quantity,
/// and the figures' indices.
type Group = (Quantity, Vec<usize>);

/// The figure ledger.
pub(super) fn ledger(a: &Side<'_>, b: &Side<'_>, passages: &[Passage]) -> Vec<FigureRow> {
    let mut units = FastMap::default();
    let ga = groups(a.report, &mut units);
    let gb = groups(b.report, &mut units);
    let mut a_used = vec![false; ga.len()];
    let mut b_used = vec![false; gb.len()];
    let mut rows = Vec::new();
    let from_b = Candidates::new(&gb);
    for (_, i, j) in agreements(&ga, &gb, &from_b) {
        if !a_used[i] && !b_used[j] {
            a_used[i] = true;
            b_used[j] = true;
            let same = ga[i].0.value == gb[j].0.value;
            let status = if same { FigureStatus::Agree } else { FigureStatus::Compatible };
            rows.push(row(a, b, status, Some(&ga[i]), Some(&gb[j])));
        }
    }
    // Conflicts: the same thing, values apart, in sentences on the same matter.
    let aligned: FastSet<(usize, usize)> = passages.iter().map(|p| (p.a_sentence, p.b_sentence)).collect();
    for (i, (qa, _)) in ga.iter().enumerate() {
        if a_used[i] || is_bare_count(qa) {
            // A bare count is the same thing as none (not loosely).
            continue;
        }
        let rival = from_b.of(qa).into_iter().find(|&j| {
            let qb = &gb[j].0;
            !b_used[j] && same_thing(qa, qb, false) && !overlaps(qa, qb) && same_context(a, b, qa, qb, &aligned)
        });
        if let Some(j) = rival {
            a_used[i] = true;
            b_used[j] = true;
            rows.push(row(a, b, FigureStatus::Conflict, Some(&ga[i]), Some(&gb[j])));
        }
    }
    let only_a =
        ga.iter().zip(&a_used).filter(|(_, used)| !**used).map(|(g, _)| row(a, b, FigureStatus::OnlyA, Some(g), None));
    let only_b =
        gb.iter().zip(&b_used).filter(|(_, used)| !**used).map(|(g, _)| row(a, b, FigureStatus::OnlyB, None, Some(g)));
    rows.extend(only_a.collect::<Vec<_>>());
    rows.extend(only_b.collect::<Vec<_>>());
    let order = |s: FigureStatus| match s {
        FigureStatus::Conflict => 0,
        FigureStatus::Compatible | FigureStatus::Agree => 1,
        FigureStatus::OnlyA => 2,
        FigureStatus::OnlyB => 3,
    };
    rows.sort_by_key(|r| {
        (order(r.status), r.a.first().copied().unwrap_or(usize::MAX), r.b.first().copied().unwrap_or(usize::MAX))
    });
    rows
}

/// The pairs of A's and B's groups that can agree, as (rank, A's group,
/// B's group), best first: exact values and the same wording before loose
/// matches.
fn agreements(ga: &[Group], gb: &[Group], from_b: &Candidates) -> Vec<(u8, usize, usize)> {
    let mut agreements: Vec<(u8, usize, usize)> = Vec::new();
    for (i, (qa, _)) in ga.iter().enumerate() {
        for j in from_b.of(qa) {
            let qb = &gb[j].0;
            if same_thing(qa, qb, true) && overlaps(qa, qb) {
                let exact = u8::from(qa.value == qb.value) * 2;
                let same_words = u8::from(qa.thing == qb.thing);
                agreements.push((exact + same_words, i, j));
            }
        }
    }
    agreements.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    agreements
}

/// The ledger's row for A's group `qa` and B's group `qb` (at least one).
fn row(a: &Side<'_>, b: &Side<'_>, status: FigureStatus, qa: Option<&Group>, qb: Option<&Group>) -> FigureRow {
    let (first, report) = match (qa, qb) {
        (Some(q), _) => (q, a.report),
        (None, Some(q)) => (q, b.report),
        (None, None) => unreachable!("a row has a side"),
    };
    let figure = &report.figures[first.1[0]];
    let note = match (qa, qb) {
        (Some(x), Some(y)) => note(&x.0, &y.0, &a.report.figures[x.1[0]], &b.report.figures[y.1[0]]),
        _ => String::new(),
    };
    FigureRow {
        status,
        value: figure.value,
        unit: figure.unit.clone(),
        a: qa.map(|q| q.1.clone()).unwrap_or_default(),
        b: qb.map(|q| q.1.clone()).unwrap_or_default(),
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::{Period, Span};

    fn figure(value: f64, unit: &str, kind: FigureKind, qualifier: Qualifier) -> Figure {
        Figure {
            span: Span::default(),
            text: String::new(),
            value,
            high: None,
            unit: unit.to_string(),
            unit_span: None,
            kind,
            qualifier,
            period: None,
            sentence: 0,
        }
    }

    fn count(value: f64, unit: &str, qualifier: Qualifier) -> Quantity {
        quantity(&figure(value, unit, FigureKind::Count, qualifier), &mut FastMap::default())
    }

    #[test]
    fn qualifiers_widen_a_figure_into_an_interval() {
        // (value, qualifier, low, high)
        let cases = [
            (20.0, Qualifier::Exact, 20.0, 20.0),
            (20.0, Qualifier::About, 18.0, 22.0),
            (40.0, Qualifier::MoreThan, 40.0, 60.0),
            (40.0, Qualifier::UpTo, 0.0, 40.0),
        ];
        for (value, qualifier, low, high) in cases {
            let q = count(value, "nurses", qualifier);
            assert!((q.low - low).abs() < 1e-9 && (q.high - high).abs() < 1e-9, "{value} {qualifier:?}: {q:?}");
        }
        assert!(overlaps(&count(20.0, "nurses", Qualifier::About), &count(21.0, "nurses", Qualifier::Exact)));
        assert!(!overlaps(&count(40.0, "nurses", Qualifier::Exact), &count(45.0, "nurses", Qualifier::Exact)));
    }

    #[test]
    fn counted_phrases_match_when_one_holds_the_other() {
        let specialists = count(1.0, "specialists", Qualifier::Exact);
        assert!(same_thing(&specialists, &count(1.0, "specialist doctors", Qualifier::Exact), false));
        assert!(!same_thing(&specialists, &count(1.0, "nurses", Qualifier::Exact), false));
        let bare = count(1.0, "", Qualifier::Exact);
        assert!(is_bare_count(&bare));
        assert!(same_thing(&bare, &specialists, true) && !same_thing(&bare, &specialists, false));
        assert_eq!(singular("cities"), "city");
        assert_eq!(singular("glass"), "glass");
    }

    #[test]
    fn amounts_per_period_compare_per_year() {
        let mut monthly = figure(20.0, "USD", FigureKind::Money, Qualifier::Exact);
        monthly.period = Some(Period::Month);
        let mut yearly = figure(240.0, "USD", FigureKind::Money, Qualifier::Exact);
        yearly.period = Some(Period::Year);
        let mut units = FastMap::default();
        let (m, y) = (quantity(&monthly, &mut units), quantity(&yearly, &mut units));
        assert!(same_thing(&m, &y, false) && overlaps(&m, &y));
        let once = quantity(&figure(240.0, "USD", FigureKind::Money, Qualifier::Exact), &mut units);
        assert!(!same_thing(&m, &once, false), "an amount per period and a one-off amount are different things");
    }
}
