//! What each sentence of the two reports holds, for judging whether a
//! sentence of A and one of B speak of the same matter: their content words
//! (the alignment's vocabulary, weighted by rarity across both reports), the
//! entities they name and the figures they give.

use parallax_model::{EntityId, Report, Span};

use super::Side;
use super::ledger::{Measure, Quantity};
use crate::hash::FastMap;
use crate::lexicon;
use crate::text::Shape;
use super::vocabulary::{Vocabulary, vocabulary};

/// The sentences of both reports, described once for the whole comparison.
pub(super) struct Sentences {
    pub(super) vocab: Vocabulary,
    /// Entities each sentence names, sorted, per report (A, B).
    pub(super) entities: [Vec<Vec<EntityId>>; 2],
    /// Indices of the figures each sentence gives, per report (A, B).
    pub(super) figures: [Vec<Vec<usize>>; 2],
    /// The content words close to each figure, per report (A, B).
    pub(super) near_figures: [Vec<Vec<String>>; 2],
    /// The value of each figure, as an id: the same measure and value in
    /// base units is the same id in both reports.
    pub(super) figure_values: [Vec<u32>; 2],
    /// The values each sentence gives, as ids, sorted.
    pub(super) values: [Vec<Vec<u32>>; 2],
    /// Words at least this rare (by IDF) are rare: in at most about three
    /// sentences of the two reports.
    pub(super) rare_idf: f64,
}

impl Sentences {
    pub(super) fn of(a: &Side<'_>, b: &Side<'_>) -> Sentences {
        Sentences::with(a, b, vocabulary(a, b))
    }

    /// The sentences of both reports, with their vocabulary `vocab`.
    pub(super) fn with(a: &Side<'_>, b: &Side<'_>, vocab: Vocabulary) -> Sentences {
        let sentences = (vocab.a.len() + vocab.b.len()).max(1) as f64;
        let mut ids = FastMap::default();
        let figure_values = [value_ids(a.report, &mut ids), value_ids(b.report, &mut ids)];
        let figures = [figures_by_sentence(a.report), figures_by_sentence(b.report)];
        let values_of = |side: usize| -> Vec<Vec<u32>> {
            figures[side]
                .iter()
                .map(|list| {
                    let mut values: Vec<u32> = list.iter().map(|&f| figure_values[side][f]).collect();
                    values.sort_unstable();
                    values.dedup();
                    values
                })
                .collect()
        };
        let values = [values_of(0), values_of(1)];
        let near_figures = [words_near_figures(a, &figures[0]), words_near_figures(b, &figures[1])];
        Sentences {
            vocab,
            entities: [entities_by_sentence(a.report), entities_by_sentence(b.report)],
            figures,
            near_figures,
            figure_values,
            values,
            rare_idf: (1.0 + sentences / 3.0).ln(),
        }
    }

    /// The content words (ids) A's sentence `i` and B's sentence `j` share.
    pub(super) fn shared_words(&self, i: usize, j: usize) -> Vec<u32> {
        match (self.vocab.a.get(i), self.vocab.b.get(j)) {
            (Some(x), Some(y)) => sorted_common(x, y).collect(),
            _ => Vec::new(),
        }
    }

    /// The figures of A's sentence `i` whose values B's sentence `j` gives
    /// too.
    pub(super) fn shared_figures(&self, i: usize, j: usize) -> Vec<usize> {
        let (Some(figures), Some(other)) = (self.figures[0].get(i), self.values[1].get(j)) else {
            return Vec::new();
        };
        let given = |f: &usize| self.figure_values[0].get(*f).is_some_and(|v| other.binary_search(v).is_ok());
        figures.iter().copied().filter(given).collect()
    }

    /// How many phrases (content words in a row) A's sentence `i` and B's
    /// sentence `j` share.
    pub(super) fn shared_phrases(&self, i: usize, j: usize) -> usize {
        match (self.vocab.a_phrases.get(i), self.vocab.b_phrases.get(j)) {
            (Some(x), Some(y)) => sorted_common(x, y).count(),
            _ => 0,
        }
    }

    /// Whether A's sentence `i` and B's sentence `j` both give values and
    /// share none: a sign of two facts, not one.
    pub(super) fn values_differ(&self, i: usize, j: usize) -> bool {
        disjoint(self.values[0].get(i), self.values[1].get(j))
    }

    /// Whether A's sentence `i` and B's sentence `j` both name entities and
    /// share none.
    pub(super) fn entities_differ(&self, i: usize, j: usize) -> bool {
        disjoint(self.entities[0].get(i), self.entities[1].get(j))
    }

    /// How many values A's sentence `i` and B's sentence `j` both give.
    pub(super) fn shared_values(&self, i: usize, j: usize) -> usize {
        match (self.values[0].get(i), self.values[1].get(j)) {
            (Some(x), Some(y)) => sorted_common(x, y).count(),
            _ => 0,
        }
    }

    /// How many content words A's figure `fa` and B's figure `fb` have
    /// close to them in common: "26 people had been taken to hospital" and
    /// "25 people have been taken to hospital" share "taken" and "hospital".
    pub(super) fn near_in_common(&self, fa: usize, fb: usize) -> usize {
        match (self.near_figures[0].get(fa), self.near_figures[1].get(fb)) {
            (Some(x), Some(y)) => x.iter().filter(|w| y.contains(w)).count(),
            _ => 0,
        }
    }

    /// The IDF-weighted Dice overlap of the content words of A's sentence
    /// `i` and B's sentence `j`, 0 to 1.
    pub(super) fn similarity(&self, i: usize, j: usize) -> f64 {
        let (Some(x), Some(y)) = (self.vocab.a.get(i), self.vocab.b.get(j)) else {
            return 0.0;
        };
        let weight = |words: &[u32]| -> f64 { words.iter().map(|&w| self.vocab.idf[w as usize]).sum() };
        let total = weight(x) + weight(y);
        if total == 0.0 {
            return 0.0;
        }
        2.0 * sorted_common(x, y).map(|w| self.vocab.idf[w as usize]).sum::<f64>() / total
    }

    /// The entities both A's sentence `i` and B's sentence `j` name.
    pub(super) fn shared_entities(&self, i: usize, j: usize) -> Vec<EntityId> {
        match (self.entities[0].get(i), self.entities[1].get(j)) {
            (Some(x), Some(y)) => sorted_common(x, y).collect(),
            _ => Vec::new(),
        }
    }
}

/// Whether two sorted lists both hold something and share nothing.
fn disjoint<T: Ord + Copy>(x: Option<&Vec<T>>, y: Option<&Vec<T>>) -> bool {
    match (x, y) {
        (Some(x), Some(y)) => !x.is_empty() && !y.is_empty() && sorted_common(x, y).next().is_none(),
        _ => false,
    }
}

/// The items two sorted, deduplicated lists share, in order.
fn sorted_common<'a, T: Ord + Copy>(x: &'a [T], y: &'a [T]) -> impl Iterator<Item = T> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(x[i - 1]);
                }
            }
        }
        None
    })
}

/// The index of the sentence of `sentences` (sorted, disjoint) that holds
/// `offset`.
fn sentence_at(sentences: &[Span], offset: usize) -> Option<usize> {
    let index = sentences.partition_point(|s| s.end <= offset);
    sentences.get(index).filter(|s| s.start <= offset).map(|_| index)
}

fn entities_by_sentence(report: &Report) -> Vec<Vec<EntityId>> {
    let mut out = vec![Vec::new(); report.sentences.len()];
    for mention in &report.mentions {
        let Some(id) = mention.entity() else { continue };
        if let Some(list) = sentence_at(&report.sentences, mention.span.start).and_then(|s| out.get_mut(s)) {
            list.push(id);
        }
    }
    for list in &mut out {
        list.sort_unstable();
        list.dedup();
    }
    out
}

/// The value of each figure of `report`, by ids from `ids`.
fn value_ids(report: &Report, ids: &mut FastMap<(Measure, u64), u32>) -> Vec<u32> {
    report
        .figures
        .iter()
        .map(|figure| {
            let q = Quantity::of(figure);
            let next = ids.len() as u32;
            *ids.entry((q.measure, q.value.to_bits())).or_insert(next)
        })
        .collect()
}

fn figures_by_sentence(report: &Report) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); report.sentences.len()];
    for (index, figure) in report.figures.iter().enumerate() {
        if let Some(list) = out.get_mut(figure.sentence) {
            list.push(index);
        }
    }
    out
}

/// Words of a figure's sentence this close to it, before or after, are
/// near it.
const NEAR: usize = 6;

/// The content words near each figure of a side: in its sentence, within
/// [`NEAR`] words, folded and singular, each once: the verbs and nouns
/// around it, not the words of any figure.
fn words_near_figures(side: &Side<'_>, by_sentence: &[Vec<usize>]) -> Vec<Vec<String>> {
    let tokens = &side.prep.tokens;
    side.report
        .figures
        .iter()
        .map(|figure| {
            let sentence = side.report.sentences.get(figure.sentence).copied().unwrap_or(figure.span);
            let bounds = side.sentence_tokens(figure.sentence, sentence);
            let own = side.tokens_in(figure.span);
            // Brackets take no room ("Kilometers (RPKs) improved by 14pc");
            // other marks do, as they part clauses.
            let is_word = |i: &usize| !matches!(side.prep.folded.get(*i), "(" | ")" | "[" | "]");
            let from = (bounds.start..own.start).rev().filter(is_word).nth(NEAR - 1).unwrap_or(bounds.start);
            let to = (own.end..bounds.end).filter(is_word).nth(NEAR - 1).map_or(bounds.end, |i| i + 1).max(from);
            // Not the figures' own words: "two hours" and "one to two
            // hours" share "two" and "hours" whatever they measure.
            let figures = &side.report.figures;
            let in_a_figure = |t: &crate::text::Token| {
                let start = t.span().start;
                let same_sentence = by_sentence.get(figure.sentence).map_or(&[][..], Vec::as_slice);
                same_sentence.iter().any(|&f| figures[f].span.start <= start && start < figures[f].span.end)
            };
            // A compound gives its parts too: "south-southeast of" is
            // "south of" as well.
            let mut words: Vec<String> = (from..to)
                .filter(|&i| tokens.get(i).is_some_and(|t| t.shape != Shape::Punct && !in_a_figure(t)))
                .map(|i| side.prep.folded.get(i))
                .flat_map(|w| std::iter::once(w).chain(w.split('-').filter(move |_| w.contains('-'))))
                .filter(|w| w.chars().count() > 2 && !lexicon::is_stopword(w))
                .map(super::ledger::singular)
                .collect();
            words.sort();
            words.dedup();
            words
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_items_of_sorted_lists() {
        assert_eq!(sorted_common(&[1, 3, 5, 7], &[2, 3, 7, 9]).collect::<Vec<_>>(), [3, 7]);
        assert_eq!(sorted_common::<u32>(&[], &[1]).count(), 0);
    }

    #[test]
    fn offsets_fall_in_their_sentence() {
        let sentences = [Span::new(0, 10), Span::new(11, 20)];
        assert_eq!(sentence_at(&sentences, 3), Some(0));
        assert_eq!(sentence_at(&sentences, 10), None, "between sentences");
        assert_eq!(sentence_at(&sentences, 15), Some(1));
        assert_eq!(sentence_at(&sentences, 25), None);
    }
}
