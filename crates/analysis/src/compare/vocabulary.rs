//! The content words of every sentence of both reports, as stems interned
//! to ids, with how rare each is across the two reports (its inverse
//! document frequency, sentences being the documents).

use std::borrow::Cow;

use super::Side;
use super::stem::stem;
use crate::hash::FastMap;
use crate::lexicon;
use crate::text::{Prepared, Shape};

/// Content words of each sentence of both sides, as interned ids, with the
/// inverse document frequency of every id.
pub(super) struct Vocabulary {
    pub(super) a: Vec<Vec<u32>>,
    pub(super) b: Vec<Vec<u32>>,
    pub(super) idf: Vec<f64>,
    /// Each sentence's pairs of content words in a row ("repo rate",
    /// "cut … rate" across a stopword), as `first << 32 | second`, sorted:
    /// what a reworded sentence keeps of its source's phrases.
    pub(super) a_phrases: Vec<Vec<u64>>,
    pub(super) b_phrases: Vec<Vec<u64>>,
}

/// The content words of each sentence, sorted, and its phrases (see
/// [`Vocabulary`]).
#[derive(Clone)]
pub(crate) struct Words {
    words: Vec<Vec<u32>>,
    phrases: Vec<Vec<u64>>,
}

/// The content words of each sentence of `side`: every word or number of
/// two characters or more that is no stopword, by its stem's id in `ids`.
pub(crate) fn content_words<'a>(side: &Side<'a>, ids: &mut FastMap<Cow<'a, str>, u32>) -> Words {
    let prep: &'a Prepared = side.prep;
    // The id of each word of the report (by `Folded::word_of`) if it is a
    // content word, worked out at its first occurrence: checking and
    // hashing every occurrence was most of the comparison of short reports.
    let mut known: Vec<Option<Option<u32>>> = vec![None; prep.folded.word_count()];
    let mut id_of = |w: &'a str| {
        (w.chars().count() > 1 && !lexicon::is_stopword(w)).then(|| {
            let next = ids.len() as u32;
            *ids.entry(stem(w)).or_insert(next)
        })
    };
    let mut out = Words { words: Vec::new(), phrases: Vec::new() };
    for (index, &sentence) in side.report.sentences.iter().enumerate() {
        let mut words: Vec<u32> = side
            .sentence_tokens(index, sentence)
            .filter(|&i| prep.tokens.get(i).is_some_and(|t| t.shape != Shape::Punct))
            .filter_map(|i| match prep.folded.word_of(i).and_then(|word| known.get_mut(word)) {
                Some(Some(id)) => *id,
                Some(slot) => *slot.insert(id_of(prep.folded.get(i))),
                None => id_of(prep.folded.get(i)),
            })
            .collect();
        let mut phrases: Vec<u64> = words.windows(2).map(|w| u64::from(w[0]) << 32 | u64::from(w[1])).collect();
        phrases.sort_unstable();
        phrases.dedup();
        words.sort_unstable();
        words.dedup();
        out.words.push(words);
        out.phrases.push(phrases);
    }
    out
}

/// The vocabulary of the two sides.
pub(super) fn vocabulary<'a>(a: &Side<'a>, b: &Side<'a>) -> Vocabulary {
    let mut ids = FastMap::default();
    let words_a = content_words(a, &mut ids);
    let words_b = content_words(b, &mut ids);
    of_words(words_a, words_b, ids.len())
}

/// The vocabulary of two sides whose content words, `a` and `b`, were
/// worked out once with `ids` ids in all: the rarity of each word is the
/// pair's own.
pub(super) fn of_words(a: Words, b: Words, ids: usize) -> Vocabulary {
    let Words { words: a_words, phrases: a_phrases } = a;
    let Words { words: b_words, phrases: b_phrases } = b;
    let mut frequency = vec![0usize; ids];
    for words in a_words.iter().chain(&b_words) {
        for &w in words {
            if let Some(f) = frequency.get_mut(w as usize) {
                *f += 1;
            }
        }
    }
    let n = (a_words.len() + b_words.len()).max(1) as f64;
    let idf = frequency.iter().map(|&df| (1.0 + n / df.max(1) as f64).ln()).collect();
    Vocabulary { a: a_words, b: b_words, idf, a_phrases, b_phrases }
}
