//! The comparison of two reports: which passages say the same thing, what
//! only one says, whether their figures agree, which entities they share,
//! and how they quote the same people.
//!
//! Passages are sentences. Candidate counterparts come from an index of the
//! rarer content words each sentence holds, so the work grows about
//! linearly with the reports, never with their product; the similarity of a
//! candidate pair is the IDF-weighted Dice overlap of their content words,
//! and pairs are taken greedily, best first, one counterpart per sentence.
//! Word differences inside an aligned pair come from a Myers diff of their
//! folded words (the `similar` crate).
//!
//! Figures are compared as intervals: "about 20" stands for 18–22, "more
//! than 40" for 40–60, "40 to 45" for itself. Two figures measure the same
//! thing when their kinds and units agree and, for counts, the words of one
//! counted phrase are all in the other ("specialists" and "specialist
//! doctors"). Amounts per period compare per year ("20 dollars a month" is
//! "240 dollars a year"). Same thing and overlapping intervals: they agree.
//! Same thing, disjoint intervals, and sentences about the same matter: they
//! conflict.

use similar::{Algorithm, DiffTag, capture_diff_slices};

use crate::hash::{FastMap, FastSet};
use crate::lexicon;
use crate::text::{Prepared, Shape};
use parallax_model::{
    Comparison, EntityId, Figure, FigureKind, FigureRow, FigureStatus, Passage, Qualifier, QuotePair, Report,
    SharedEntities, Span, Summary, Unique,
};

/// Sentences at least this similar may be aligned.
const MIN_SIMILARITY: f64 = 0.3;

/// Words in more of the sentences left to align than this do not propose
/// candidates: they are too common to say two sentences match.
const MAX_POSTING: usize = 64;

/// Each sentence keeps its best few candidates.
const CANDIDATES_PER_SENTENCE: usize = 8;

/// Diffs of longer sentences fall back to comparing word sets.
const MAX_DIFF_TOKENS: usize = 4000;

/// One side of the comparison: a report and its tokens.
pub(crate) struct Side<'a> {
    pub prep: &'a Prepared,
    pub report: &'a Report,
}

impl<'a> Side<'a> {
    /// The indices of the tokens starting inside `span`, in order.
    fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let tokens = &self.prep.tokens;
        let first = tokens.partition_point(|t| t.span().start < span.start);
        let last = tokens.partition_point(|t| t.span().start < span.end);
        first..last.max(first)
    }

    /// The folded forms and spans of the word and number tokens `tokens`,
    /// as the report's tokens were folded once (see `text::Folded`).
    fn folded_words_of(&self, tokens: std::ops::Range<usize>) -> Vec<(&'a str, Span)> {
        let prep: &'a Prepared = self.prep;
        tokens
            .filter_map(|i| prep.tokens.get(i).map(|t| (i, t)))
            .filter(|(_, t)| t.shape != Shape::Punct)
            .map(|(i, t)| (prep.folded.get(i), t.span()))
            .collect()
    }

    /// The folded word and number tokens inside `span`.
    fn folded_words(&self, span: Span) -> Vec<(&'a str, Span)> {
        self.folded_words_of(self.tokens_in(span))
    }

    /// The number of word and number tokens inside `span`.
    fn word_count(&self, span: Span) -> usize {
        let tokens = &self.prep.tokens;
        self.tokens_in(span).filter(|&i| tokens.get(i).is_some_and(|t| t.shape != Shape::Punct)).count()
    }

    /// [`Side::tokens_in`] the report's sentence `index`, which spans
    /// `span`: the tokens of that sentence of the prepared text, when it is
    /// the same sentence, without searching for them.
    fn sentence_tokens(&self, index: usize, span: Span) -> std::ops::Range<usize> {
        match self.prep.sentences.get(index) {
            Some(sentence) if sentence.span == span => sentence.tokens.clone(),
            _ => self.tokens_in(span),
        }
    }
}

/// Compares report A with report B.
pub(crate) fn compare(a: &Side<'_>, b: &Side<'_>) -> Comparison {
    let (passages, unique) = align(a, b);
    let figures = ledger(a, b, &passages);
    let entities = shared_entities(a.report, b.report);
    let quotes = pair_quotes(a, b);
    let words_in =
        |side: &Side<'_>, spans: &mut dyn Iterator<Item = Span>| -> usize { spans.map(|s| side.word_count(s)).sum() };
    let total_a = words_in(a, &mut a.report.sentences.iter().copied()).max(1);
    let total_b = words_in(b, &mut b.report.sentences.iter().copied()).max(1);
    let aligned_a = words_in(a, &mut passages.iter().map(|p| p.a));
    let aligned_b = words_in(b, &mut passages.iter().map(|p| p.b));
    let count = |status| figures.iter().filter(|r| r.status == status).count();
    let summary = Summary {
        aligned: passages.len(),
        unique_a: unique.a.len(),
        unique_b: unique.b.len(),
        aligned_share_a: aligned_a as f64 / total_a as f64,
        aligned_share_b: aligned_b as f64 / total_b as f64,
        shared_entities: entities.shared.len(),
        only_a_entities: entities.only_a.len(),
        only_b_entities: entities.only_b.len(),
        figures_agree: count(FigureStatus::Agree),
        figures_conflict: count(FigureStatus::Conflict),
        figures_only_a: count(FigureStatus::OnlyA),
        figures_only_b: count(FigureStatus::OnlyB),
        shared_quotes: quotes.iter().filter(|q| q.a.is_some() && q.b.is_some()).count(),
    };
    Comparison { summary, passages, unique, figures, entities, quotes }
}

/// Content words of each sentence of both sides, as interned ids, with the
/// inverse document frequency of every id.
struct Vocabulary {
    a: Vec<Vec<u32>>,
    b: Vec<Vec<u32>>,
    idf: Vec<f64>,
}

fn content_words<'a>(side: &Side<'a>, ids: &mut FastMap<&'a str, u32>) -> Vec<Vec<u32>> {
    let prep: &'a Prepared = side.prep;
    // The id of each word of the report (by `Folded::word_of`) if it is a
    // content word, worked out at its first occurrence: checking and
    // hashing every occurrence was most of the comparison of short reports.
    let mut known: Vec<Option<Option<u32>>> = vec![None; prep.folded.word_count()];
    let mut id_of = |w: &'a str| {
        (w.chars().count() > 1 && !lexicon::is_stopword(w)).then(|| {
            let next = ids.len() as u32;
            *ids.entry(w).or_insert(next)
        })
    };
    side.report
        .sentences
        .iter()
        .enumerate()
        .map(|(index, &sentence)| {
            let mut words: Vec<u32> = side
                .sentence_tokens(index, sentence)
                .filter(|&i| prep.tokens.get(i).is_some_and(|t| t.shape != Shape::Punct))
                .filter_map(|i| match prep.folded.word_of(i).and_then(|word| known.get_mut(word)) {
                    Some(Some(id)) => *id,
                    Some(slot) => *slot.insert(id_of(prep.folded.get(i))),
                    None => id_of(prep.folded.get(i)),
                })
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        })
        .collect()
}

fn vocabulary<'a>(a: &Side<'a>, b: &Side<'a>) -> Vocabulary {
    let mut ids = FastMap::default();
    let a_words = content_words(a, &mut ids);
    let b_words = content_words(b, &mut ids);
    let mut frequency = vec![0usize; ids.len()];
    for words in a_words.iter().chain(&b_words) {
        for &w in words {
            frequency[w as usize] += 1;
        }
    }
    let n = (a_words.len() + b_words.len()).max(1) as f64;
    let idf = frequency.iter().map(|&df| (1.0 + n / df.max(1) as f64).ln()).collect();
    Vocabulary { a: a_words, b: b_words, idf }
}

/// Aligns sentences of A with sentences of B, one to one.
///
/// Sentences with the same content words pair first, in order, through a
/// hash map. The rest find candidates through an index of the words that
/// few remaining sentences hold, keep their best few, and pair greedily,
/// best first. Each step is linear in the number of sentences, whatever the
/// text repeats.
fn align(a: &Side<'_>, b: &Side<'_>) -> (Vec<Passage>, Unique) {
    let vocab = vocabulary(a, b);
    let mut a_taken = vec![false; vocab.a.len()];
    let mut b_taken = vec![false; vocab.b.len()];
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();

    // 1. The same content words: a copied sentence.
    let mut by_words: FastMap<&[u32], std::collections::VecDeque<usize>> = FastMap::default();
    for (j, words) in vocab.b.iter().enumerate() {
        if !words.is_empty() {
            by_words.entry(words.as_slice()).or_default().push_back(j);
        }
    }
    for (i, words) in vocab.a.iter().enumerate() {
        if let Some(j) = by_words.get_mut(words.as_slice()).and_then(|queue| queue.pop_front()) {
            a_taken[i] = true;
            b_taken[j] = true;
            pairs.push((1.0, i, j));
        }
    }

    // 2. Paraphrases: candidates through the rarer words of what is left.
    let weight = |words: &[u32]| -> f64 { words.iter().map(|&w| vocab.idf[w as usize]).sum() };
    let mut remaining = vec![0usize; vocab.idf.len()];
    for (words, taken) in vocab.a.iter().zip(&a_taken).chain(vocab.b.iter().zip(&b_taken)) {
        if !taken {
            for &w in words {
                remaining[w as usize] += 1;
            }
        }
    }
    let mut postings: FastMap<u32, Vec<u32>> = FastMap::default();
    for (j, words) in vocab.b.iter().enumerate() {
        if b_taken[j] {
            continue;
        }
        for &w in words {
            if remaining[w as usize] <= MAX_POSTING {
                postings.entry(w).or_default().push(j as u32);
            }
        }
    }
    let b_weights: Vec<f64> = vocab.b.iter().map(|w| weight(w)).collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    let mut shared: FastMap<u32, f64> = FastMap::default();
    let mut best: Vec<(f64, usize, usize)> = Vec::new();
    for (i, words) in vocab.a.iter().enumerate() {
        if a_taken[i] {
            continue;
        }
        shared.clear();
        for &w in words {
            if let Some(list) = postings.get(&w) {
                for &j in list {
                    *shared.entry(j).or_default() += vocab.idf[w as usize];
                }
            }
        }
        let a_weight = weight(words);
        best.clear();
        for (&j, &overlap) in &shared {
            let total = a_weight + b_weights[j as usize];
            let similarity = if total > 0.0 { 2.0 * overlap / total } else { 0.0 };
            if similarity >= MIN_SIMILARITY {
                best.push((similarity, i, j as usize));
            }
        }
        best.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.2.cmp(&y.2)));
        candidates.extend(best.iter().take(CANDIDATES_PER_SENTENCE));
    }
    // Best first; ties by position so the result does not depend on hashing.
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    for (similarity, i, j) in candidates {
        if a_taken[i] || b_taken[j] {
            continue;
        }
        a_taken[i] = true;
        b_taken[j] = true;
        pairs.push((similarity, i, j));
    }

    let mut passages: Vec<Passage> = pairs
        .into_iter()
        .map(|(similarity, i, j)| {
            let (sa, sb) = (a.report.sentences[i], b.report.sentences[j]);
            let (a_changed, b_changed) = changed_words(a, sa, b, sb);
            Passage {
                a: sa,
                b: sb,
                a_sentence: i,
                b_sentence: j,
                similarity: (similarity * 1000.0).round() / 1000.0,
                a_changed,
                b_changed,
            }
        })
        .collect();
    passages.sort_by_key(|p| p.a_sentence);
    let unique = Unique { a: unmatched(&a.report.sentences, &a_taken), b: unmatched(&b.report.sentences, &b_taken) };
    (passages, unique)
}

fn unmatched(sentences: &[Span], taken: &[bool]) -> Vec<Span> {
    sentences.iter().zip(taken).filter(|(_, t)| !**t).map(|(s, _)| *s).collect()
}

/// The stretches of each span whose words the other does not share, by a
/// word diff of their folded words.
fn changed_words(a: &Side<'_>, sa: Span, b: &Side<'_>, sb: Span) -> (Vec<Span>, Vec<Span>) {
    let wa = a.folded_words(sa);
    let wb = b.folded_words(sb);
    let ka: Vec<&str> = wa.iter().map(|&(w, _)| w).collect();
    let kb: Vec<&str> = wb.iter().map(|&(w, _)| w).collect();
    if ka.len() + kb.len() > MAX_DIFF_TOKENS {
        // Very long sentences: mark words the other side lacks.
        let set_a: FastSet<&str> = ka.iter().copied().collect();
        let set_b: FastSet<&str> = kb.iter().copied().collect();
        return (missing_from(&wa, &set_b), missing_from(&wb, &set_a));
    }
    let mut a_changed = Vec::new();
    let mut b_changed = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &ka, &kb) {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            continue;
        }
        if !old.is_empty() {
            a_changed.push(Span::new(wa[old.start].1.start, wa[old.end - 1].1.end));
        }
        if !new.is_empty() {
            b_changed.push(Span::new(wb[new.start].1.start, wb[new.end - 1].1.end));
        }
    }
    (a_changed, b_changed)
}

/// Stretches of consecutive words of `words` that `other` lacks.
fn missing_from(words: &[(&str, Span)], other: &FastSet<&str>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut previous_missing = false;
    for (word, span) in words {
        let missing = !other.contains(word);
        if missing {
            match out.last_mut() {
                Some(last) if previous_missing => last.end = span.end,
                _ => out.push(*span),
            }
        }
        previous_missing = missing;
    }
    out
}

/// A figure reduced to what comparison needs.
#[derive(Clone, Debug)]
struct Quantity {
    kind: FigureKind,
    /// Currency, "percent" or unit of measure; empty for counts.
    unit: String,
    /// `unit` as a number, the same for the same unit in both reports, so
    /// the ledger's many comparisons of units compare numbers.
    unit_id: usize,
    /// Singular content words of the counted phrase.
    thing: Vec<String>,
    /// The interval the report commits to, per year for amounts per period.
    low: f64,
    high: f64,
    /// The value as stated, per year when a period is given.
    value: f64,
    per_period: bool,
    sentence: usize,
}

fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if word.ends_with("ss") || word.len() <= 3 {
        return word.to_string();
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

fn quantity(figure: &Figure, units: &mut FastMap<String, usize>) -> Quantity {
    let per_year = figure.period.map_or(1.0, |p| p.per_year());
    let value = figure.value * per_year;
    let high = figure.high.map_or(value, |h| h * per_year);
    let (low, high) = match figure.qualifier {
        Qualifier::Exact => (value, high),
        Qualifier::About => (value * 0.9, high * 1.1),
        Qualifier::Nearly => (value * 0.9, high),
        Qualifier::MoreThan => (value, high * 1.5),
        Qualifier::LessThan => (value * 0.5, high),
        Qualifier::UpTo => (0.0, high),
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
fn same_thing(x: &Quantity, y: &Quantity, loose: bool) -> bool {
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
fn is_bare_count(q: &Quantity) -> bool {
    q.kind == FigureKind::Count && q.thing.is_empty()
}

fn overlaps(x: &Quantity, y: &Quantity) -> bool {
    let tolerance = 1e-9 * x.high.abs().max(y.high.abs()).max(1.0);
    x.low <= y.high + tolerance && y.low <= x.high + tolerance
}

/// What a quantity is measured in: kind, unit and whether per period.
/// Quantities can only agree or conflict within one measure.
type Measure = (FigureKind, String, bool);

fn measure(q: &Quantity) -> Measure {
    (q.kind, q.unit.clone(), q.per_period)
}

/// Figures of one report grouped into quantities: the same value of the
/// same thing stated twice is one row.
fn groups(report: &Report, units: &mut FastMap<String, usize>) -> Vec<(Quantity, Vec<usize>)> {
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
struct Candidates {
    by_word: FastMap<(Measure, String), Vec<usize>>,
    /// The lists of `by_word` by measure, in the order `by_word` iterates
    /// them: a bare number takes all those of its measure, and filtering
    /// the whole of `by_word` for each was most of the figure ledger's time.
    by_measure: FastMap<Measure, Vec<Vec<usize>>>,
    wordless: FastMap<Measure, Vec<usize>>,
}

/// At most this many candidates per quantity are weighed.
const MAX_FIGURE_CANDIDATES: usize = 256;

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
fn same_context(a: &Side<'_>, b: &Side<'_>, qa: &Quantity, qb: &Quantity, aligned: &FastSet<(usize, usize)>) -> bool {
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

fn note(qa: &Quantity, qb: &Quantity, fa: &Figure, fb: &Figure) -> String {
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

/// The figure ledger.
fn ledger(a: &Side<'_>, b: &Side<'_>, passages: &[Passage]) -> Vec<FigureRow> {
    let mut units = FastMap::default();
    let ga = groups(a.report, &mut units);
    let gb = groups(b.report, &mut units);
    let mut a_used = vec![false; ga.len()];
    let mut b_used = vec![false; gb.len()];
    let mut rows = Vec::new();
    let row = |status, qa: Option<&(Quantity, Vec<usize>)>, qb: Option<&(Quantity, Vec<usize>)>| {
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
    };
    let from_b = Candidates::new(&gb);
    let aligned: FastSet<(usize, usize)> = passages.iter().map(|p| (p.a_sentence, p.b_sentence)).collect();
    // Agreements, best first: exact values and the same wording before
    // loose matches.
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
    for (_, i, j) in agreements {
        if !a_used[i] && !b_used[j] {
            a_used[i] = true;
            b_used[j] = true;
            rows.push(row(FigureStatus::Agree, Some(&ga[i]), Some(&gb[j])));
        }
    }
    // Conflicts: the same thing, values apart, in sentences on the same matter.
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
            rows.push(row(FigureStatus::Conflict, Some(&ga[i]), Some(&gb[j])));
        }
    }
    for (i, g) in ga.iter().enumerate() {
        if !a_used[i] {
            rows.push(row(FigureStatus::OnlyA, Some(g), None));
        }
    }
    for (j, g) in gb.iter().enumerate() {
        if !b_used[j] {
            rows.push(row(FigureStatus::OnlyB, None, Some(g)));
        }
    }
    let order = |s: FigureStatus| match s {
        FigureStatus::Conflict => 0,
        FigureStatus::Agree => 1,
        FigureStatus::OnlyA => 2,
        FigureStatus::OnlyB => 3,
    };
    rows.sort_by_key(|r| {
        (order(r.status), r.a.first().copied().unwrap_or(usize::MAX), r.b.first().copied().unwrap_or(usize::MAX))
    });
    rows
}

fn shared_entities(a: &Report, b: &Report) -> SharedEntities {
    let in_b = |id: EntityId| b.entity(id).is_some();
    let in_a = |id: EntityId| a.entity(id).is_some();
    SharedEntities {
        shared: a.entities.iter().map(|e| e.id).filter(|&id| in_b(id)).collect(),
        only_a: a.entities.iter().map(|e| e.id).filter(|&id| !in_b(id)).collect(),
        only_b: b.entities.iter().map(|e| e.id).filter(|&id| !in_a(id)).collect(),
    }
}

/// Pairs quotations across the reports by how many of the shorter one's
/// words the longer one holds.
fn pair_quotes(a: &Side<'_>, b: &Side<'_>) -> Vec<QuotePair> {
    let qa: Vec<Vec<&str>> = a.report.quotes.iter().map(|q| quote_words(a, q.span)).collect();
    let qb: Vec<Vec<&str>> = b.report.quotes.iter().map(|q| quote_words(b, q.span)).collect();
    // Candidates share a word that few quotes hold; each quote keeps its
    // best few, so long reports with many quotes stay linear.
    let mut holders: FastMap<&str, Vec<usize>> = FastMap::default();
    for (j, y) in qb.iter().enumerate() {
        let mut seen: Vec<&str> = y.clone();
        seen.sort_unstable();
        seen.dedup();
        for word in seen {
            holders.entry(word).or_default().push(j);
        }
    }
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, x) in qa.iter().enumerate() {
        let mut near: Vec<usize> = x
            .iter()
            .filter_map(|w| holders.get(w))
            .filter(|list| list.len() <= MAX_POSTING)
            .flatten()
            .copied()
            .collect();
        near.sort_unstable();
        near.dedup();
        let mut best: Vec<(f64, usize, usize)> = near
            .into_iter()
            .filter_map(|j| {
                let y = &qb[j];
                let containment = containment(x, y);
                let short = x.len().min(y.len());
                (containment >= 0.6 && (short >= 3 || x == y)).then_some((containment, i, j))
            })
            .collect();
        best.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.2.cmp(&q.2)));
        candidates.extend(best.into_iter().take(CANDIDATES_PER_SENTENCE));
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut a_used = vec![false; qa.len()];
    let mut b_used = vec![false; qb.len()];
    let mut pairs = Vec::new();
    for (similarity, i, j) in candidates {
        if a_used[i] || b_used[j] {
            continue;
        }
        a_used[i] = true;
        b_used[j] = true;
        let (x, y) = (&a.report.quotes[i], &b.report.quotes[j]);
        let (a_changed, b_changed) = changed_words(a, x.span, b, y.span);
        let (la, lb) = (qa[i].len(), qb[j].len());
        let shortened = similarity >= 0.85 && (la.min(lb) as f64) < 0.85 * la.max(lb) as f64;
        let speaker_differs = matches!((x.speaker, y.speaker), (Some(p), Some(q)) if p != q);
        pairs.push(QuotePair {
            a: Some(i),
            b: Some(j),
            similarity: (similarity * 1000.0).round() / 1000.0,
            shortened,
            reworded: !a_changed.is_empty() && !b_changed.is_empty(),
            speaker_differs,
            a_changed,
            b_changed,
        });
    }
    pairs.sort_by_key(|p| p.a);
    let single = |a: Option<usize>, b: Option<usize>| QuotePair {
        a,
        b,
        similarity: 0.0,
        shortened: false,
        reworded: false,
        speaker_differs: false,
        a_changed: Vec::new(),
        b_changed: Vec::new(),
    };
    pairs.extend((0..qa.len()).filter(|&i| !a_used[i]).map(|i| single(Some(i), None)));
    pairs.extend((0..qb.len()).filter(|&j| !b_used[j]).map(|j| single(None, Some(j))));
    pairs
}

/// The folded words of a quote.
fn quote_words<'a>(side: &Side<'a>, span: Span) -> Vec<&'a str> {
    side.folded_words(span).into_iter().map(|(w, _)| w).collect()
}

/// Share of the shorter list's words present in the longer.
fn containment(x: &[&str], y: &[&str]) -> f64 {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if short.is_empty() {
        return 0.0;
    }
    let long: FastSet<&str> = long.iter().copied().collect();
    short.iter().filter(|w| long.contains(*w)).count() as f64 / short.len() as f64
}
