//! The folded form of every token of a report, worked out once per
//! distinct spelling, through small caches of the spellings seen last.

use parallax_model::Span;

use super::{Token, expected_tokens, fold_into};
use crate::hash::FastMap;

/// The folded form (see [`fold`]) of each token of a report, computed once
/// for each distinct spelling of the report: its words.
///
/// The extractors look each word up many times; folding it afresh into a
/// new `String` on every lookup was a fifth of the analysis time. And a
/// report has far fewer distinct words than tokens, so what an extractor
/// asks of a word (a month? a number? in which word lists?) it can work out
/// once per word, by [`Folded::word_of`], rather than once per token. (Two
/// spellings of one folded form, "The" and "the", are two words.)
#[derive(Clone, Debug, Default)]
pub(crate) struct Folded {
    /// The folded form of each word; a word's index here is its id. Each
    /// is a string of its own rather than a range of one long string, so
    /// that reading one, which every rule does for every word it looks
    /// at, checks no char boundaries.
    pub(super) words: Vec<Box<str>>,
    /// The id of each token's word.
    word_of: Vec<usize>,
}

impl Folded {
    /// The folded forms of `tokens`.
    #[cfg(test)]
    pub fn new(text: &str, tokens: &[Token]) -> Folded {
        let mut builder = FoldedBuilder::for_text(text.len());
        builder.extend(text, tokens);
        builder.finish()
    }

    /// The folded form of token `i`, or `""` past the last token.
    pub fn get(&self, i: usize) -> &str {
        self.word_of(i).map_or("", |id| self.word(id))
    }

    /// The id of token `i`'s word, below [`Folded::word_count`].
    pub fn word_of(&self, i: usize) -> Option<usize> {
        self.word_of.get(i).copied()
    }

    /// The number of distinct words.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The word with id `id`, or `""` if there is none.
    pub fn word(&self, id: usize) -> &str {
        self.words.get(id).map_or("", |word| word)
    }

    /// Every distinct word, by id.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        (0..self.word_count()).map(|id| self.word(id))
    }
}

/// Builds the [`Folded`] forms of a report's tokens, paragraph by paragraph.
pub(super) struct FoldedBuilder<'t> {
    pub(super) folded: Folded,
    /// Word ids of recent short spellings (see [`short_key`]), in slots
    /// chosen by the key: one comparison of integers finds most tokens,
    /// where hashing each into `by_text` and comparing the strings was a
    /// tenth of the analysis. A slot holds the last spelling that fell in it.
    recent: Vec<(u64, usize)>,
    /// The same for spellings of 8 to 16 bytes (see [`long_key`]): words
    /// like "government" and "President" are common enough in news that
    /// hashing them for every token was a fiftieth of the analysis.
    recent_long: Vec<(LongKey, usize)>,
    /// The id of each word met, by its spelling.
    by_text: FastMap<&'t str, usize>,
    /// Where a new word is folded.
    buffer: String,
}

/// [`FoldedBuilder::recent`] has `1 << RECENT_BITS` slots, 32 KB, which
/// stays in the first-level cache: measured on 5 MB of news, 2048 slots
/// analysed in 134 ms, 4096 in 162 ms and 1024 in 138 ms.
const RECENT_BITS: u32 = 11;

/// [`FoldedBuilder::recent_long`] has `1 << RECENT_LONG_BITS` slots, 32 KB.
const RECENT_LONG_BITS: u32 = 10;

/// A spelling of 8 to 16 bytes as its first and its last 8 bytes (which
/// overlap below 16) and its length, which together tell it from every
/// other spelling; the length is never 0, unlike an empty slot's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct LongKey {
    head: u64,
    tail: u64,
    len: u64,
}

/// The [`LongKey`] of `text[span]` if it is 8 to 16 bytes long.
fn long_key(text: &str, span: Span) -> Option<LongKey> {
    let bytes = text.as_bytes().get(span.range())?;
    if !(8..=16).contains(&bytes.len()) {
        return None;
    }
    let eight = |at: usize| -> Option<u64> { Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?)) };
    Some(LongKey { head: eight(0)?, tail: eight(bytes.len() - 8)?, len: bytes.len() as u64 })
}

/// The spelling `text[span]` if it is 1 to 7 bytes long, as its bytes and
/// its length in one integer (never 0), which tells it from every other
/// spelling.
fn short_key(text: &str, span: Span) -> Option<u64> {
    let len = span.len();
    if !(1..=7).contains(&len) {
        return None;
    }
    // One load of the 8 bytes from the spelling's start, where there are
    // 8, instead of a copy of its length.
    let mut word = [0u8; 8];
    match text.as_bytes().get(span.start..span.start + 8) {
        Some(eight) => word.copy_from_slice(eight),
        None => word[..len].copy_from_slice(text.as_bytes().get(span.range())?),
    }
    let bytes = u64::from_le_bytes(word) & ((1 << (8 * len)) - 1);
    Some(bytes | (len as u64) << 56)
}

impl<'t> FoldedBuilder<'t> {
    /// A builder for the tokens of a text of `len` bytes: its map is made
    /// about the size of a short report's vocabulary at once rather than
    /// grown, which was a tenth of the analysis of a short report. (Sized
    /// for a long report's, it cost a 5 MB report 10% more than growing.)
    pub(super) fn for_text(len: usize) -> Self {
        let words = (len / 8).min(1 << 12);
        FoldedBuilder {
            folded: Folded { word_of: Vec::with_capacity(expected_tokens(len)), ..Folded::default() },
            recent: vec![(0, 0); 1 << RECENT_BITS],
            recent_long: vec![(LongKey::default(), 0); 1 << RECENT_LONG_BITS],
            by_text: FastMap::with_capacity_and_hasher(words, Default::default()),
            buffer: String::new(),
        }
    }

    /// Appends the folded forms of `tokens`, tokens of `text`.
    pub(super) fn extend(&mut self, text: &'t str, tokens: &[Token]) {
        self.folded.word_of.reserve(tokens.len());
        for token in tokens {
            // Most tokens are found in a cache by their key, with no need
            // of their text.
            let written = || token.text(text);
            let id = match short_key(text, token.span()) {
                Some(key) => {
                    // Multiplying scatters the key; its top bits pick the slot.
                    let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_BITS)) as usize;
                    match self.recent.get(slot) {
                        Some(&(known, id)) if known == key => id,
                        _ => {
                            let id = self.id_of(written());
                            if let Some(recent) = self.recent.get_mut(slot) {
                                *recent = (key, id);
                            }
                            id
                        }
                    }
                }
                None => match long_key(text, token.span()) {
                    Some(key) => {
                        let mixed = key.head ^ key.tail.rotate_left(32) ^ key.len;
                        let slot = (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_LONG_BITS)) as usize;
                        match self.recent_long.get(slot) {
                            Some(&(known, id)) if known == key => id,
                            _ => {
                                let id = self.id_of(written());
                                if let Some(recent) = self.recent_long.get_mut(slot) {
                                    *recent = (key, id);
                                }
                                id
                            }
                        }
                    }
                    None => self.id_of(written()),
                },
            };
            self.folded.word_of.push(id);
        }
    }

    /// The id of the word spelt `written`, a new word if it is new.
    fn id_of(&mut self, written: &'t str) -> usize {
        if let Some(&id) = self.by_text.get(written) {
            return id;
        }
        let id = self.folded.words.len();
        self.buffer.clear();
        fold_into(written, &mut self.buffer);
        self.folded.words.push(Box::from(self.buffer.as_str()));
        self.by_text.insert(written, id);
        id
    }

    /// Appends the words of the tokens `next` has folded, tokens that
    /// follow those of `self`: a word it met first is a new word here only
    /// if `self` has not met it, and ids are given in the order words are
    /// first met, as if `self` had gone on to fold the tokens itself.
    pub(super) fn append(&mut self, next: FoldedBuilder<'t>) {
        let mut spellings = vec![""; next.folded.word_count()];
        for (&written, &id) in &next.by_text {
            if let Some(slot) = spellings.get_mut(id) {
                *slot = written;
            }
        }
        let ids: Vec<usize> = spellings.into_iter().map(|written| self.id_of(written)).collect();
        let word_of = next.folded.word_of.iter().map(|&id| ids.get(id).copied().unwrap_or_default());
        self.folded.word_of.extend(word_of);
    }

    /// The forms so far.
    pub(super) fn folded(&self) -> &Folded {
        &self.folded
    }

    pub(super) fn finish(self) -> Folded {
        self.folded
    }
}
