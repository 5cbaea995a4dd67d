//! Aligning the sentences of two reports: copies first, then paraphrases,
//! candidates from an index of the rarer anchors each sentence holds
//! (words, entities, values), weighed by the paraphrase model and taken
//! greedily best first; and the words that differ inside an aligned pair.

use similar::{Algorithm, DiffTag, capture_diff_slices};

use parallax_model::{Passage, Span, Unique};

use super::Side;
use super::context::Sentences;
use super::paraphrase;
use super::vocabulary::Vocabulary;
use crate::hash::{FastMap, FastSet};

/// Words, entities and values in more of the sentences left to align than this do not propose
/// candidates: they are too common to say two sentences match.
pub(super) const MAX_POSTING: usize = 64;

/// Each sentence keeps its best few candidates.
pub(super) const CANDIDATES_PER_SENTENCE: usize = 8;

/// Diffs of longer sentences fall back to comparing word sets.
pub(super) const MAX_DIFF_TOKENS: usize = 4000;

/// Aligns sentences of A with sentences of B, one to one.
///
/// Sentences with the same content words pair first, in order, through a
/// hash map. The rest find candidates through an index of the anchors
/// (rare words, entities, values) that few remaining sentences hold; each
/// candidate is weighed by the paraphrase model, keeps its best few, and
/// pairs greedily, best first. Each step is linear in the number of
/// sentences, whatever the text repeats.
pub(super) fn align(a: &Side<'_>, b: &Side<'_>, sentences: &Sentences) -> (Vec<Passage>, Unique) {
    let vocab = &sentences.vocab;
    let mut taken = Taken { a: vec![false; vocab.a.len()], b: vec![false; vocab.b.len()] };
    let mut pairs: Vec<(usize, usize)> = copies(vocab, &mut taken);
    // Best first; ties by position so the result does not depend on hashing.
    let mut candidates = paraphrases(sentences, &taken);
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    for (_, i, j) in candidates {
        if !taken.a[i] && !taken.b[j] {
            taken.a[i] = true;
            taken.b[j] = true;
            pairs.push((i, j));
        }
    }
    let mut passages: Vec<Passage> = pairs.into_iter().map(|(i, j)| passage(a, b, sentences, i, j)).collect();
    passages.sort_by_key(|p| p.a_sentence);
    let unique = Unique { a: unmatched(&a.report.sentences, &taken.a), b: unmatched(&b.report.sentences, &taken.b) };
    (passages, unique)
}

/// Which sentences of A and of B have their counterpart.
pub(super) struct Taken {
    pub(super) a: Vec<bool>,
    pub(super) b: Vec<bool>,
}

/// Pairs sentences with the same content words (a copied sentence), in
/// order, through a hash map, and marks them taken.
pub(super) fn copies(vocab: &Vocabulary, taken: &mut Taken) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut by_words: FastMap<&[u32], std::collections::VecDeque<usize>> = FastMap::default();
    for (j, words) in vocab.b.iter().enumerate() {
        if !words.is_empty() {
            by_words.entry(words.as_slice()).or_default().push_back(j);
        }
    }
    for (i, words) in vocab.a.iter().enumerate() {
        if let Some(j) = by_words.get_mut(words.as_slice()).and_then(|queue| queue.pop_front()) {
            taken.a[i] = true;
            taken.b[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// Paraphrases: for each sentence of A not taken, its best few candidates
/// among B's sentences not taken that the model finds likely enough, as
/// (probability, A's sentence, B's sentence).
fn paraphrases(sentences: &Sentences, taken: &Taken) -> Vec<(f64, usize, usize)> {
    let mut out = Vec::new();
    let mut best: Vec<(f64, usize, usize)> = Vec::new();
    let mut weighed = weigh_candidates(sentences, taken).into_iter().peekable();
    while let Some(&(i, _, _)) = weighed.peek() {
        best.clear();
        while let Some((_, j, x)) = weighed.next_if(|(next, _, _)| *next == i) {
            let p = paraphrase::probability(&x);
            if p >= paraphrase::THRESHOLD {
                best.push((p, i, j));
            }
        }
        best.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.2.cmp(&y.2)));
        out.extend(best.iter().take(CANDIDATES_PER_SENTENCE));
    }
    out
}

/// Every candidate pair (A's sentence, B's sentence) with the paraphrase
/// model's measures, in order of A's sentence.
pub(super) fn weigh_candidates(sentences: &Sentences, taken: &Taken) -> Vec<(usize, usize, [f64; paraphrase::FEATURES])> {
    let candidates = candidate_pairs(sentences, taken);
    let mut best_of_a = vec![0.0_f64; taken.a.len()];
    let mut best_of_b = vec![0.0_f64; taken.b.len()];
    let mut dice: Vec<(usize, usize, f64)> = Vec::new();
    for (i, js) in &candidates {
        for &j in js {
            let d = sentences.similarity(*i, j);
            best_of_a[*i] = best_of_a[*i].max(d);
            best_of_b[j] = best_of_b[j].max(d);
            dice.push((*i, j, d));
        }
    }
    dice.into_iter().map(|(i, j, _)| (i, j, paraphrase::features(sentences, i, j, best_of_a[i], best_of_b[j]))).collect()
}

/// What two sentences may share that proposes them as a pair: a word, an
/// entity or a value, each as (kind, id).
type Anchor = (u8, u32);

/// The anchors of each sentence of one side.
fn anchors(sentences: &Sentences, side: usize) -> Vec<Vec<Anchor>> {
    let words = if side == 0 { &sentences.vocab.a } else { &sentences.vocab.b };
    (0..words.len())
        .map(|s| {
            let mut out: Vec<Anchor> = words[s].iter().map(|&w| (0, w)).collect();
            out.extend(sentences.entities[side].get(s).into_iter().flatten().map(|e| (1, e.0)));
            out.extend(sentences.values[side].get(s).into_iter().flatten().map(|&v| (2, v)));
            out
        })
        .collect()
}

/// For each sentence of A not taken, the sentences of B not taken that
/// share an anchor that few of the sentences left (of A and B) hold.
pub(super) fn candidate_pairs(sentences: &Sentences, taken: &Taken) -> Vec<(usize, Vec<usize>)> {
    let (of_a, of_b) = (anchors(sentences, 0), anchors(sentences, 1));
    let mut remaining: FastMap<Anchor, usize> = FastMap::default();
    for (list, taken) in of_a.iter().zip(&taken.a).chain(of_b.iter().zip(&taken.b)) {
        if !taken {
            for &anchor in list {
                *remaining.entry(anchor).or_default() += 1;
            }
        }
    }
    let mut postings: FastMap<Anchor, Vec<usize>> = FastMap::default();
    for (j, list) in of_b.iter().enumerate().filter(|(j, _)| !taken.b[*j]) {
        for &anchor in list {
            if remaining.get(&anchor).is_some_and(|&n| n <= MAX_POSTING) {
                postings.entry(anchor).or_default().push(j);
            }
        }
    }
    let mut seen = vec![usize::MAX; of_b.len()];
    let mut out = Vec::new();
    for (i, list) in of_a.iter().enumerate().filter(|(i, _)| !taken.a[*i]) {
        let mut js = Vec::new();
        for j in list.iter().filter_map(|anchor| postings.get(anchor)).flatten().copied() {
            if seen[j] != i {
                seen[j] = i;
                js.push(j);
            }
        }
        js.sort_unstable();
        out.push((i, js));
    }
    out
}

/// The passage of A's sentence `i` and B's sentence `j`, with what
/// anchors it: the values of A's sentence that B's gives too, the entities
/// both name.
fn passage(a: &Side<'_>, b: &Side<'_>, sentences: &Sentences, i: usize, j: usize) -> Passage {
    let (sa, sb) = (a.report.sentences[i], b.report.sentences[j]);
    let (a_changed, b_changed) = changed_words(a, sa, b, sb);
    Passage {
        a: sa,
        b: sb,
        a_sentence: i,
        b_sentence: j,
        similarity: (sentences.similarity(i, j) * 1000.0).round() / 1000.0,
        a_changed,
        b_changed,
        figures: sentences.shared_figures(i, j),
        entities: sentences.shared_entities(i, j),
    }
}

pub(super) fn unmatched(sentences: &[Span], taken: &[bool]) -> Vec<Span> {
    sentences.iter().zip(taken).filter(|(_, t)| !**t).map(|(s, _)| *s).collect()
}

/// The stretches of each span whose words the other does not share, by a
/// word diff of their folded words.
pub(crate) fn changed_words(a: &Side<'_>, sa: Span, b: &Side<'_>, sb: Span) -> (Vec<Span>, Vec<Span>) {
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
pub(super) fn missing_from(words: &[(&str, Span)], other: &FastSet<&str>) -> Vec<Span> {
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

#[cfg(test)]
mod tests {
    use super::super::tests::Pair;
    use super::*;

    #[test]
    fn a_reworded_sentence_aligns_and_an_unrelated_one_does_not() {
        let a = "The ministry sent 40 nurses to the northern hospitals on Friday.\nPrices of bread rose again.";
        let b = "Forty nurses were sent by the ministry to northern hospitals.\nThe football final was postponed.";
        let pair = Pair::of(a, b);
        let (sa, sb) = pair.sides();
        let (passages, unique) = align(&sa, &sb, &Sentences::of(&sa, &sb));
        assert_eq!(passages.len(), 1);
        assert!(passages[0].a.slice(a).starts_with("The ministry sent"));
        assert!(passages[0].similarity > 0.0 && passages[0].similarity < 1.0);
        assert_eq!(unique.a.iter().map(|s| s.slice(a)).collect::<Vec<_>>(), ["Prices of bread rose again."]);
        assert_eq!(unique.b.iter().map(|s| s.slice(b)).collect::<Vec<_>>(), ["The football final was postponed."]);
    }

    #[test]
    fn changed_words_are_the_words_the_other_sentence_lacks() {
        let a = "The mayor opened the new bridge on Monday.";
        let b = "The governor opened the new bridge on Monday.";
        let pair = Pair::of(a, b);
        let (sa, sb) = pair.sides();
        let whole = |text: &str| Span::new(0, text.len());
        let (in_a, in_b) = changed_words(&sa, whole(a), &sb, whole(b));
        assert_eq!(in_a.iter().map(|s| s.slice(a)).collect::<Vec<_>>(), ["mayor"]);
        assert_eq!(in_b.iter().map(|s| s.slice(b)).collect::<Vec<_>>(), ["governor"]);
    }

    #[test]
    fn unmatched_sentences_are_those_not_taken() {
        let sentences = [Span::new(0, 5), Span::new(6, 9), Span::new(10, 12)];
        assert_eq!(unmatched(&sentences, &[true, false, true]), [Span::new(6, 9)]);
    }
}
