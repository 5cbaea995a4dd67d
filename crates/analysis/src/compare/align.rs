//! Aligning the sentences of two reports: candidates from an index of the
//! rarer content words each sentence holds, scored by the IDF-weighted Dice
//! overlap of their content words, taken greedily best first; and the words
//! that differ inside an aligned pair.

use similar::{Algorithm, DiffTag, capture_diff_slices};

use parallax_model::{Passage, Span, Unique};

use super::Side;
use super::context::Sentences;
use crate::hash::{FastMap, FastSet};
use crate::lexicon;
use crate::text::{Prepared, Shape};

/// Sentences at least this similar may be aligned.
pub(super) const MIN_SIMILARITY: f64 = 0.3;

/// Words in more of the sentences left to align than this do not propose
/// candidates: they are too common to say two sentences match.
pub(super) const MAX_POSTING: usize = 64;

/// Each sentence keeps its best few candidates.
pub(super) const CANDIDATES_PER_SENTENCE: usize = 8;

/// Diffs of longer sentences fall back to comparing word sets.
pub(super) const MAX_DIFF_TOKENS: usize = 4000;

/// Content words of each sentence of both sides, as interned ids, with the
/// inverse document frequency of every id.
pub(super) struct Vocabulary {
    pub(super) a: Vec<Vec<u32>>,
    pub(super) b: Vec<Vec<u32>>,
    pub(super) idf: Vec<f64>,
}

pub(super) fn content_words<'a>(side: &Side<'a>, ids: &mut FastMap<&'a str, u32>) -> Vec<Vec<u32>> {
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

pub(super) fn vocabulary<'a>(a: &Side<'a>, b: &Side<'a>) -> Vocabulary {
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
pub(super) fn align(a: &Side<'_>, b: &Side<'_>, sentences: &Sentences) -> (Vec<Passage>, Unique) {
    let vocab = &sentences.vocab;
    let mut taken = Taken { a: vec![false; vocab.a.len()], b: vec![false; vocab.b.len()] };
    let mut pairs = copies(vocab, &mut taken);
    // Best first; ties by position so the result does not depend on hashing.
    let mut candidates = paraphrase_candidates(vocab, &taken);
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    for (similarity, i, j) in candidates {
        if !taken.a[i] && !taken.b[j] {
            taken.a[i] = true;
            taken.b[j] = true;
            pairs.push((similarity, i, j));
        }
    }
    let mut passages: Vec<Passage> =
        pairs.into_iter().map(|(similarity, i, j)| passage(a, b, similarity, i, j)).collect();
    passages.sort_by_key(|p| p.a_sentence);
    let unique = Unique { a: unmatched(&a.report.sentences, &taken.a), b: unmatched(&b.report.sentences, &taken.b) };
    (passages, unique)
}

/// Which sentences of A and of B have their counterpart.
struct Taken {
    a: Vec<bool>,
    b: Vec<bool>,
}

/// A candidate pair: similarity, A's sentence, B's sentence.
type Candidate = (f64, usize, usize);

/// Pairs sentences with the same content words (a copied sentence), in
/// order, through a hash map, and marks them taken.
fn copies(vocab: &Vocabulary, taken: &mut Taken) -> Vec<Candidate> {
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
            pairs.push((1.0, i, j));
        }
    }
    pairs
}

/// Paraphrases: for each sentence of A not taken, its best few candidates
/// among B's sentences not taken, found through the rarer words of what
/// is left.
fn paraphrase_candidates(vocab: &Vocabulary, taken: &Taken) -> Vec<Candidate> {
    let weight = |words: &[u32]| -> f64 { words.iter().map(|&w| vocab.idf[w as usize]).sum() };
    let postings = postings(vocab, taken);
    let b_weights: Vec<f64> = vocab.b.iter().map(|w| weight(w)).collect();
    let mut candidates = Vec::new();
    let mut shared: FastMap<u32, f64> = FastMap::default();
    let mut best: Vec<Candidate> = Vec::new();
    for (i, words) in vocab.a.iter().enumerate() {
        if taken.a[i] {
            continue;
        }
        shared.clear();
        for &w in words {
            for &j in postings.get(&w).into_iter().flatten() {
                *shared.entry(j).or_default() += vocab.idf[w as usize];
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
    candidates
}

/// The sentences of B not taken that hold each word, for the words that
/// few of the sentences left (of A and B) hold.
fn postings(vocab: &Vocabulary, taken: &Taken) -> FastMap<u32, Vec<u32>> {
    let mut remaining = vec![0usize; vocab.idf.len()];
    for (words, taken) in vocab.a.iter().zip(&taken.a).chain(vocab.b.iter().zip(&taken.b)) {
        if !taken {
            for &w in words {
                remaining[w as usize] += 1;
            }
        }
    }
    let mut postings: FastMap<u32, Vec<u32>> = FastMap::default();
    for (j, words) in vocab.b.iter().enumerate().filter(|(j, _)| !taken.b[*j]) {
        for &w in words {
            if remaining[w as usize] <= MAX_POSTING {
                postings.entry(w).or_default().push(j as u32);
            }
        }
    }
    postings
}

/// The passage of A's sentence `i` and B's sentence `j`.
fn passage(a: &Side<'_>, b: &Side<'_>, similarity: f64, i: usize, j: usize) -> Passage {
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
        figures: Vec::new(),
        entities: Vec::new(),
    }
}

pub(super) fn unmatched(sentences: &[Span], taken: &[bool]) -> Vec<Span> {
    sentences.iter().zip(taken).filter(|(_, t)| !**t).map(|(s, _)| *s).collect()
}

/// The stretches of each span whose words the other does not share, by a
/// word diff of their folded words.
pub(super) fn changed_words(a: &Side<'_>, sa: Span, b: &Side<'_>, sb: Span) -> (Vec<Span>, Vec<Span>) {
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
        assert!(passages[0].similarity >= MIN_SIMILARITY && passages[0].similarity < 1.0);
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
