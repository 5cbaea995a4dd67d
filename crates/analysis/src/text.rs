//! Normalisation, boilerplate, and segmentation of a report into paragraphs,
//! sentences and tokens.
//!
//! Scraped news copy is not clean: site furniture trails the article ("What
//! do you think?", "COMMENTFiled in:"), and words arrive glued together
//! ("that768 Cuban doctors", "theIMSS", "Cuba,José"). This module finds the
//! article body, sets the furniture aside, and cuts the body into tokens
//! whose spans are exact byte ranges of the original text, splitting glued
//! words at the seams a reader would see, never altering or copying a byte.
//! It also folds each token once (see [`Folded`]): the extractors compare
//! words by their folded forms, many times each.
//!
//! Invariants: tokens are sorted, non-overlapping, non-empty and lie on char
//! boundaries inside the body; every sentence lies inside one paragraph;
//! paragraphs lie inside the body and do not overlap boilerplate; every
//! token has a folded form.

use std::ops::Range;

use crate::halves;
use crate::hash::FastMap;
use crate::lexicon;
use parallax_model::Span;
pub(crate) use parallax_model::text::{fold, fold_into, is_combining, shorten};

/// The broad shape of a token, which is most of what the rules look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A word starting with a lower-case letter: "doctors", "iPhone".
    Lower,
    /// A word starting with a capital followed by lower case: "Cuba", "McDonald".
    Capitalized,
    /// Two or more capitals and no lower case: "IMSS", "U.S.", "NATO".
    AllCaps,
    /// One capital letter, possibly with a period: "J.", "A".
    Initial,
    /// Digits with optional separators: "1,200", "3.5", "10".
    Number,
    /// A number with an ordinal suffix: "21st", "3rd".
    Ordinal,
    /// Anything else: one punctuation or symbol character.
    Punct,
}

/// A word, number or symbol of the body, as an exact span.
///
/// Its ends are kept as 32-bit offsets (the body of a report ends within
/// its first 4 GiB, see [`prepare`]): at 12 bytes rather than 24 a token,
/// the token list of a long report, which every extractor walks, takes
/// half the memory and half the cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    pub shape: Shape,
    /// Whether whitespace separates this token from the previous one.
    pub space_before: bool,
}

impl Token {
    /// A token at `span`, which ends within the first 4 GiB of its text.
    pub fn new(span: Span, shape: Shape, space_before: bool) -> Token {
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Token { start: offset(span.start), end: offset(span.end), shape, space_before }
    }

    /// Where the token lies in its text.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    pub fn is_word(&self) -> bool {
        matches!(self.shape, Shape::Lower | Shape::Capitalized | Shape::AllCaps | Shape::Initial)
    }

    /// Starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        matches!(self.shape, Shape::Capitalized | Shape::AllCaps | Shape::Initial)
    }

    pub fn is_number(&self) -> bool {
        matches!(self.shape, Shape::Number)
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span().slice(text)
    }
}

/// A sentence: its span and the range of its tokens in [`Prepared::tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
}

/// A report cut into the pieces every extractor works on.
#[derive(Clone, Debug)]
pub(crate) struct Prepared {
    /// The article text: the original minus trailing site boilerplate.
    pub body: Span,
    /// Site text set aside from the analysis, sorted.
    pub boilerplate: Vec<Span>,
    /// Non-empty lines of the body that are not boilerplate, trimmed.
    pub paragraphs: Vec<Span>,
    /// Every token of every paragraph, in order.
    pub tokens: Vec<Token>,
    /// Every sentence of every paragraph, in order.
    pub sentences: Vec<Sentence>,
    /// The folded form of every token, in the order of `tokens`.
    pub folded: Folded,
}

/// Answers [`Prepared::sentence_at`] for offsets that come in text order by
/// walking on from the previous answer rather than searching all the
/// sentences again; an offset before the previous one is searched for.
pub(crate) struct SentenceCursor<'p> {
    prep: &'p Prepared,
    /// The previous offset, and the number of sentences ending by it.
    offset: usize,
    ended: usize,
}

impl<'p> SentenceCursor<'p> {
    pub fn new(prep: &'p Prepared) -> SentenceCursor<'p> {
        SentenceCursor { prep, offset: 0, ended: 0 }
    }

    /// The same as `prep.sentence_at(offset)`.
    pub fn sentence_at(&mut self, offset: usize) -> usize {
        let sentences = &self.prep.sentences;
        if offset < self.offset {
            self.ended = sentences.partition_point(|s| s.span.end <= offset);
        } else {
            // Sentences are sorted: those that ended by the previous offset
            // have ended by this one.
            while sentences.get(self.ended).is_some_and(|s| s.span.end <= offset) {
                self.ended += 1;
            }
        }
        self.offset = offset;
        self.ended.min(sentences.len().saturating_sub(1))
    }
}

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
    /// The folded form of each word, end to end.
    words: String,
    /// Where each word ends in `words`; it starts where the one before it
    /// ends. A word's index here is its id.
    ends: Vec<usize>,
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
        self.ends.len()
    }

    /// The word with id `id`, or `""` if there is none.
    pub fn word(&self, id: usize) -> &str {
        let Some(&end) = self.ends.get(id) else {
            return "";
        };
        let start = id.checked_sub(1).map_or(0, |before| self.ends[before]);
        self.words.get(start..end).unwrap_or("")
    }

    /// Every distinct word, by id.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        (0..self.word_count()).map(|id| self.word(id))
    }
}

/// Builds the [`Folded`] forms of a report's tokens, paragraph by paragraph.
struct FoldedBuilder<'t> {
    folded: Folded,
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
    fn for_text(len: usize) -> Self {
        let words = (len / 8).min(1 << 12);
        FoldedBuilder {
            folded: Folded { word_of: Vec::with_capacity(expected_tokens(len)), ..Folded::default() },
            recent: vec![(0, 0); 1 << RECENT_BITS],
            recent_long: vec![(LongKey::default(), 0); 1 << RECENT_LONG_BITS],
            by_text: FastMap::with_capacity_and_hasher(words, Default::default()),
        }
    }

    /// Appends the folded forms of `tokens`, tokens of `text`.
    fn extend(&mut self, text: &'t str, tokens: &[Token]) {
        self.folded.word_of.reserve(tokens.len());
        for token in tokens {
            let written = token.text(text);
            let id = match short_key(text, token.span()) {
                Some(key) => {
                    // Multiplying scatters the key; its top bits pick the slot.
                    let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_BITS)) as usize;
                    match self.recent.get(slot) {
                        Some(&(known, id)) if known == key => id,
                        _ => {
                            let id = self.id_of(written);
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
                                let id = self.id_of(written);
                                if let Some(recent) = self.recent_long.get_mut(slot) {
                                    *recent = (key, id);
                                }
                                id
                            }
                        }
                    }
                    None => self.id_of(written),
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
        let folded = &mut self.folded;
        let id = folded.ends.len();
        fold_into(written, &mut folded.words);
        folded.ends.push(folded.words.len());
        self.by_text.insert(written, id);
        id
    }

    /// Appends the words of the tokens `next` has folded, tokens that
    /// follow those of `self`: a word it met first is a new word here only
    /// if `self` has not met it, and ids are given in the order words are
    /// first met, as if `self` had gone on to fold the tokens itself.
    fn append(&mut self, next: FoldedBuilder<'t>) {
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
    fn folded(&self) -> &Folded {
        &self.folded
    }

    fn finish(self) -> Folded {
        self.folded
    }
}

impl Prepared {
    /// Words in the article text, counting numbers as words.
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.is_word() || matches!(t.shape, Shape::Number | Shape::Ordinal)).count()
    }

    /// Index of the first token starting at or after byte `offset`, that is
    /// `tokens.partition_point(|t| t.span.start < offset)`, looked for first
    /// among the tokens `near` (a binary search of all the tokens of a long
    /// report misses the cache at every step).
    pub fn first_token_from(&self, offset: usize, near: std::ops::Range<usize>) -> usize {
        let before = |t: &Token| t.span().start < offset;
        let tokens = &self.tokens;
        let (lo, hi) = (near.start.min(tokens.len()), near.end.min(tokens.len()));
        // The answer lies in `lo..=hi` when the token before `lo` starts
        // before `offset` and the one at `hi` does not.
        let from_lo = lo == 0 || before(&tokens[lo - 1]);
        let by_hi = hi == tokens.len() || !before(&tokens[hi]);
        if lo <= hi && from_lo && by_hi {
            lo + tokens[lo..hi].partition_point(before)
        } else {
            tokens.partition_point(before)
        }
    }

    /// How many tokens the sentences `sentences` hold (those that exist).
    pub fn tokens_in(&self, sentences: std::ops::Range<usize>) -> usize {
        let sentences = self.sentences.get(sentences).unwrap_or_default();
        sentences.first().zip(sentences.last()).map_or(0, |(first, last)| last.tokens.end - first.tokens.start)
    }

    /// Index of the sentence holding byte `offset`, or the nearest one
    /// before it (see [`SentenceCursor`] for offsets in order).
    #[cfg(test)]
    pub fn sentence_at(&self, offset: usize) -> usize {
        self.sentences.partition_point(|s| s.span.end <= offset).min(self.sentences.len().saturating_sub(1))
    }
}

/// Finds the body, the boilerplate, the paragraphs, tokens and sentences.
///
/// A body running past the first 4 GiB of the text is cut there, at a
/// char boundary, as tokens keep 32-bit offsets.
pub(crate) fn prepare(text: &str) -> Prepared {
    let (body, boilerplate) = split_boilerplate(text);
    let body = cut_at(text, body, u32::MAX as usize);
    let in_order = boilerplate.windows(2).all(|w| w[0].start <= w[1].start && w[0].end <= w[1].end);
    let is_boilerplate = |line: Span| {
        if in_order {
            // Only the first span ending after the line starts may overlap it.
            let at = boilerplate.partition_point(|b| b.end <= line.start);
            boilerplate.get(at).is_some_and(|b| b.overlaps(line))
        } else {
            boilerplate.iter().any(|b| b.overlaps(line))
        }
    };
    let paragraphs: Vec<Span> =
        lines(text, body).filter(|line| !is_boilerplate(*line)).filter_map(|line| trim(text, line)).collect();
    let cut = |some: Range<usize>| Cut::of(text, paragraphs.get(some).unwrap_or_default());
    let Cut { tokens, folded, sentences } = halves::of_paragraphs(body, &paragraphs, cut, Cut::join);
    Prepared { body, boilerplate, paragraphs, tokens, sentences, folded: folded.finish() }
}

/// Some paragraphs of a report cut into tokens and sentences, the tokens
/// folded.
struct Cut<'t> {
    tokens: Vec<Token>,
    folded: FoldedBuilder<'t>,
    /// Their tokens are counted from the first of these paragraphs.
    sentences: Vec<Sentence>,
}

impl<'t> Cut<'t> {
    fn of(text: &'t str, paragraphs: &[Span]) -> Cut<'t> {
        let len = paragraphs.first().zip(paragraphs.last()).map_or(0, |(a, b)| b.end - a.start);
        let mut tokens = Vec::with_capacity(expected_tokens(len));
        let mut folded = FoldedBuilder::for_text(len);
        let mut sentences = Vec::new();
        for paragraph in paragraphs {
            let first = tokens.len();
            tokenize(text, *paragraph, &mut tokens);
            folded.extend(text, &tokens[first..]);
            split_sentences(text, &tokens, folded.folded(), first, &mut sentences);
        }
        Cut { tokens, folded, sentences }
    }

    /// The paragraphs of `self`, then those of `next`.
    fn join(mut self, next: Cut<'t>) -> Cut<'t> {
        let offset = self.tokens.len();
        self.tokens.extend(next.tokens);
        self.folded.append(next.folded);
        let moved = |s: Sentence| Sentence { span: s.span, tokens: s.tokens.start + offset..s.tokens.end + offset };
        self.sentences.extend(next.sentences.into_iter().map(moved));
        self
    }
}

/// `span` of `text` cut to end by byte `limit`, on a char boundary.
fn cut_at(text: &str, span: Span, limit: usize) -> Span {
    let end = text.floor_char_boundary(span.end.min(limit));
    Span::new(span.start.min(end), end)
}

/// About as many tokens as a text of `len` bytes may have: news has a token
/// every 5 to 6 bytes. The token lists are made this size at once rather
/// than grown, which copied each list and touched twice its memory.
fn expected_tokens(len: usize) -> usize {
    len / 4
}

/// The lines of `within`, each without its line break, empty ones included.
pub(crate) fn lines(text: &str, within: Span) -> impl Iterator<Item = Span> + '_ {
    let slice = within.slice(text);
    let base = within.start;
    let mut offset = 0;
    std::iter::from_fn(move || {
        if offset > slice.len() || (offset == slice.len() && offset != 0) {
            return None;
        }
        let rest = &slice[offset..];
        let (line_len, step) = match rest.find('\n') {
            Some(at) => (at, at + 1),
            None => (rest.len(), rest.len() + 1),
        };
        let line = &rest[..line_len];
        let line_len = line.strip_suffix('\r').map_or(line_len, str::len);
        let span = Span::new(base + offset, base + offset + line_len);
        offset += step;
        Some(span)
    })
}

/// `span` without leading and trailing whitespace, or `None` if nothing is left.
pub(crate) fn trim(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = span.start + trimmed_start;
    Some(Span::new(start, start + trimmed.len()))
}

/// Splits the site boilerplate that scraped copy carries at its end (and
/// stray furniture lines inside it) from the article body.
///
/// A trailing line is furniture when it is short and carries a cue from the
/// boilerplate lexicon ("what do you think", "filed in", "share this",
/// "all rights reserved"…); the trailing run of such lines, blank lines
/// included, is set aside. Inside the body only lines that consist of a cue
/// alone ("Advertisement", "Read more") are set aside.
fn split_boilerplate(text: &str) -> (Span, Vec<Span>) {
    let whole = Span::new(0, text.len());
    let all: Vec<Span> = lines(text, whole).collect();
    let mut cut = all.len();
    let mut saw_cue = false;
    while cut > 0 {
        let line = all[cut - 1];
        let content = line.slice(text).trim();
        if content.is_empty() {
            cut -= 1;
            continue;
        }
        if lexicon::is_trailing_boilerplate(&unglued(content)) {
            saw_cue = true;
            cut -= 1;
        } else {
            break;
        }
    }
    if !saw_cue {
        cut = all.len();
    }
    // Keep every trailing blank line that followed the article with it, so
    // the boilerplate block starts at its first non-blank line.
    while cut < all.len() && all[cut].slice(text).trim().is_empty() {
        cut += 1;
    }
    let body_end = if cut == all.len() { text.len() } else { all[cut].start };
    let body = Span::new(0, body_end);
    let mut boilerplate: Vec<Span> = all[..cut]
        .iter()
        .filter(|line| lexicon::is_furniture_line(line.slice(text).trim()))
        .filter_map(|line| trim(text, *line))
        .collect();
    if body_end < text.len() {
        boilerplate.extend(trim(text, Span::new(body_end, text.len())));
    }
    (body, boilerplate)
}

/// The line with its tokens separated by single spaces, so that glued
/// furniture ("COMMENTFiled in:") reads as words ("COMMENT Filed in :").
fn unglued(line: &str) -> String {
    let mut tokens = Vec::new();
    tokenize(line, Span::new(0, line.len()), &mut tokens);
    let words: Vec<&str> = tokens.iter().map(|t| t.text(line)).collect();
    words.join(" ")
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_combining(c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Appends the tokens of `within` to `out`.
///
/// Words keep internal apostrophes ("O'Brien"), hyphens between letters
/// ("Díaz-Canel") and the periods of initialisms ("U.S.", "S.A."). Glued
/// words are split where the seam is visible: a lower-case function word
/// followed by a capital ("theIMSS"), a word followed by digits ("that768"),
/// an all-capitals run followed by a capitalised word ("COMMENTFiled").
pub(crate) fn tokenize(text: &str, within: Span, out: &mut Vec<Token>) {
    let slice = within.slice(text);
    let base = within.start;
    // `start` is always a char boundary: it advances by whole characters or
    // to the end of a scanned word or number, which are boundaries.
    let bytes = slice.as_bytes();
    let mut start = 0;
    let mut space_before = true;
    while let Some(&byte) = bytes.get(start) {
        if byte == b' ' {
            // A sixth of the bytes of running text.
            space_before = true;
            start += 1;
            continue;
        }
        if byte.is_ascii_alphabetic() {
            // Most words are a run of ASCII letters that none of the rules
            // of `scan_word` extends and with no capital past the first
            // letter, so no glue seam: one token, shaped by its first letter.
            // (Tokenizing took 40% longer through the general path.)
            // One pass over the letters, noting any capital after the first.
            let mut end = start + 1;
            let mut inner_capital = false;
            while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_alphabetic()) {
                inner_capital |= b.is_ascii_uppercase();
                end += 1;
            }
            let letters = end - start;
            if ends_plain_word(bytes.get(end).copied(), letters) && !inner_capital {
                let shape = if byte.is_ascii_lowercase() {
                    Shape::Lower
                } else if letters > 1 {
                    Shape::Capitalized
                } else {
                    Shape::Initial
                };
                out.push(Token::new(Span::new(base + start, base + end), shape, space_before));
                start = end;
                space_before = false;
                continue;
            }
        }
        // An ASCII byte is a whole character; only others need decoding.
        let c = if byte.is_ascii() {
            char::from(byte)
        } else {
            match slice.get(start..).and_then(|rest| rest.chars().next()) {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() || c.is_control() {
            space_before = true;
            start += c.len_utf8();
            continue;
        }
        let end;
        // An ASCII character is a letter only if it is alphabetic.
        let letter = if byte.is_ascii() { byte.is_ascii_alphabetic() } else { is_letter(c) };
        if letter {
            end = scan_word(slice, start);
            split_glued(slice, base, start, end, space_before, out);
        } else if c.is_ascii_digit() {
            let ordinal;
            (end, ordinal) = scan_number(slice, start);
            let shape = if ordinal { Shape::Ordinal } else { Shape::Number };
            out.push(Token::new(Span::new(base + start, base + end), shape, space_before));
        } else {
            end = start + c.len_utf8();
            out.push(Token::new(Span::new(base + start, base + end), Shape::Punct, space_before));
        }
        start = end;
        space_before = false;
    }
}

/// Whether a run of `letters` ASCII letters followed by `next` is a whole
/// word by [`scan_word`]: nothing follows, or an ASCII character that is
/// neither a letter, a digit (of "G20"), an apostrophe or hyphen (of
/// "O'Brien", "Díaz-Canel") nor the period of an initialism ("U.S.").
fn ends_plain_word(next: Option<u8>, letters: usize) -> bool {
    match next {
        None => true,
        Some(b) => b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'\'' && b != b'-' && (b != b'.' || letters > 1),
    }
}

/// End offset of the word starting at `start` (a letter).
fn scan_word(slice: &str, start: usize) -> usize {
    let bytes = slice.as_bytes();
    let mut end = start;
    let mut letters_in_part = 0;
    let mut in_initialism = false;
    loop {
        // ASCII letters, most of any word, a byte at a time.
        while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
            end += 1;
            letters_in_part += 1;
        }
        if bytes.get(end).is_none_or(|&b| b == b' ') {
            // The usual end of a word, which none of the rules below extends.
            break;
        }
        let mut iter = slice[end..].chars();
        let Some(c) = iter.next() else {
            break;
        };
        if is_letter(c) {
            end += c.len_utf8();
            letters_in_part += 1;
            continue;
        }
        // "G20", "X90", "COVID19": capitals run into digits as one name.
        if c.is_ascii_digit() && slice[start..end].chars().all(char::is_uppercase) && end - start <= 5 {
            end += 1;
            while slice[end..].starts_with(|d: char| d.is_ascii_digit()) {
                end += 1;
            }
            break;
        }
        if (is_apostrophe(c) || is_hyphen(c)) && iter.next().is_some_and(is_letter) {
            end += c.len_utf8();
            letters_in_part = 0;
            continue;
        }
        // Initialisms: single letters joined by periods ("U.S.", "S.A.").
        if c == '.' && letters_in_part == 1 {
            let rest = &slice[end + 1..];
            let mut look = rest.chars();
            let after = look.next();
            let after2 = look.next();
            if after.is_some_and(is_letter) && after2 == Some('.') {
                end += 1;
                letters_in_part = 0;
                in_initialism = true;
                continue;
            }
            if in_initialism {
                end += 1;
            }
            break;
        }
        break;
    }
    end
}

/// End offset of the number starting at `start`, and whether it carries an
/// ordinal suffix.
fn scan_number(slice: &str, start: usize) -> (usize, bool) {
    let bytes = slice.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_digit() {
            end += 1;
        } else if (b == b',' || b == b'.') && end + 1 < bytes.len() && bytes[end + 1].is_ascii_digit() && end > start {
            end += 1;
        } else {
            break;
        }
    }
    let rest = &slice[end..];
    for suffix in ["st", "nd", "rd", "th"] {
        if rest.get(..2).is_some_and(|s| s.eq_ignore_ascii_case(suffix)) {
            let after = rest[2..].chars().next();
            if !after.is_some_and(is_letter) {
                return (end + 2, true);
            }
        }
    }
    (end, false)
}

/// Pushes the tokens of the word `start..end` of `slice`, split at glue seams.
fn split_glued(slice: &str, base: usize, start: usize, end: usize, space: bool, out: &mut Vec<Token>) {
    let word = &slice[start..end];
    let mut push = |a: usize, b: usize| {
        out.push(Token::new(Span::new(base + start + a, base + start + b), word_shape(&word[a..b]), space && a == 0));
    };
    // Every seam is before a capital: most words have none after their
    // first letter. (Past an ASCII first letter, only ASCII capitals and
    // non-ASCII bytes may be or start one.)
    if !word.bytes().skip(1).any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        push(0, word.len());
        return;
    }
    let mut chars = word.char_indices();
    let Some((_, mut prev)) = chars.next() else {
        return;
    };
    let mut piece_start = 0;
    for (at, c) in chars {
        let piece = &word[piece_start..at];
        let seam = if prev.is_lowercase() && c.is_uppercase() {
            // "theIMSS", "saidMinister": a function word glued to a name;
            // "TheWorld": a capitalised article glued to one.
            let lower = piece.chars().all(char::is_lowercase) && lexicon::is_glue_word(piece);
            let article = matches!(piece, "The" | "And" | "Of" | "That");
            lower || article
        } else if prev.is_uppercase() && c.is_uppercase() {
            // "COMMENTFiled": capitals, then a capitalised word of 2+ letters.
            let lower_after = || word[at + c.len_utf8()..].chars().take_while(|ch| ch.is_lowercase()).count();
            piece.chars().count() >= 2 && piece.chars().all(char::is_uppercase) && lower_after() >= 2
        } else {
            false
        };
        if seam {
            push(piece_start, at);
            piece_start = at;
        }
        prev = c;
    }
    push(piece_start, word.len());
}

/// Arabic and similar name particles written joined to a capitalised name
/// with a hyphen ("al-Hadrami", "bin-Salman").
const JOINED_PARTICLES: &[&str] = &["al", "el", "ul", "bin", "ibn", "abu", "ad"];

/// The shape of a word token.
fn word_shape(word: &str) -> Shape {
    // Most words: ASCII with no capital past the first letter, where the
    // first letter and whether others follow decide, and no joined particle
    // can (it needs a capital after its hyphen).
    if let [first, rest @ ..] = word.as_bytes()
        && first.is_ascii_alphabetic()
        && rest.iter().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return if first.is_ascii_lowercase() {
            Shape::Lower
        } else if rest.iter().any(u8::is_ascii_alphabetic) {
            Shape::Capitalized
        } else {
            Shape::Initial
        };
    }
    let dash = word.bytes().position(|b| b == b'-');
    if let Some((particle, rest)) = dash.map(|at| (&word[..at], &word[at + 1..])) {
        if JOINED_PARTICLES.contains(&particle) && rest.starts_with(char::is_uppercase) {
            return Shape::Capitalized;
        }
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return Shape::Lower;
    };
    if !first.is_uppercase() {
        return Shape::Lower;
    }
    let mut rest = letters.peekable();
    if rest.peek().is_none() {
        return Shape::Initial;
    }
    if rest.any(char::is_lowercase) {
        // "U.S." is all caps; "McDonald" and "Díaz-Canel" are capitalised.
        Shape::Capitalized
    } else {
        Shape::AllCaps
    }
}

/// Appends the sentences of the tokens `first..` (one paragraph) to `out`.
fn split_sentences(text: &str, tokens: &[Token], folded: &Folded, first: usize, out: &mut Vec<Sentence>) {
    if first >= tokens.len() {
        return;
    }
    let mut start = first;
    let mut i = first;
    while i < tokens.len() {
        let token = tokens[i];
        let t = token.text(text);
        // Only a punctuation token is a lone mark; only a word ends in a period.
        let is_end = match token.shape {
            Shape::Punct => matches!(t, "." | "!" | "?" | "…"),
            _ => {
                token.is_word() && t.ends_with('.') && t.len() > 2 && ends_sentence_after_initialism(tokens, folded, i)
            }
        };
        if is_end {
            // Closing quotes and brackets belong to the sentence they end.
            let mut last = i;
            while last + 1 < tokens.len() && !tokens[last + 1].space_before && is_closer(tokens[last + 1].text(text)) {
                last += 1;
            }
            let next = tokens.get(last + 1);
            let boundary = match next {
                None => true,
                Some(next) => starts_sentence(text, next) && !is_abbreviation(text, tokens, folded, i, first),
            };
            if boundary {
                push_sentence(tokens, start, last + 1, out);
                start = last + 1;
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        push_sentence(tokens, start, tokens.len(), out);
    }
}

fn push_sentence(tokens: &[Token], from: usize, to: usize, out: &mut Vec<Sentence>) {
    let span = Span::new(tokens[from].span().start, tokens[to - 1].span().end);
    out.push(Sentence { span, tokens: from..to });
}

fn is_closer(t: &str) -> bool {
    matches!(t, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

/// An initialism like "U.S." ends a sentence when a capitalised word that is
/// a function word follows ("… in the U.S. The deal …").
fn ends_sentence_after_initialism(tokens: &[Token], folded: &Folded, i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|next| next.shape == Shape::Capitalized && lexicon::is_stopword(folded.get(i + 1)))
}

fn starts_sentence(text: &str, token: &Token) -> bool {
    token.is_capitalized()
        || token.is_number()
        || matches!(token.text(text), "\"" | "“" | "‘" | "(" | "[" | "¿" | "¡" | "'" | "«")
}

/// Whether the period at token `i` closes an abbreviation rather than a sentence.
fn is_abbreviation(text: &str, tokens: &[Token], folded: &Folded, i: usize, first: usize) -> bool {
    if tokens[i].text(text) != "." || i == first {
        return false;
    }
    let prev = tokens[i - 1];
    if prev.space_before && prev.shape == Shape::Initial {
        // "J. K. Rowling": a lone capital before the period.
        return true;
    }
    prev.is_word() && !tokens[i].space_before && lexicon::is_abbreviation(folded.get(i - 1))
}

/// A title for a report that was given none: its headline when the text
/// opens with one (a short first line without a final period), otherwise its
/// first sentence, shortened at a word boundary.
pub(crate) fn headline(text: &str, prep: &Prepared) -> String {
    const MAX: usize = 90;
    let Some(first) = prep.paragraphs.first() else {
        return String::from("Untitled report");
    };
    let line = first.slice(text);
    let words = line.split_whitespace().count();
    let candidate = if words <= 16 && !line.ends_with('.') {
        line
    } else {
        prep.sentences.first().map_or(line, |s| s.span.slice(text))
    };
    shorten(candidate, MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_cut_a_report_as_one_pass_does() {
        let text = halves::tests::long_report();
        let whole = prepare(&text);
        let paragraphs = &whole.paragraphs;
        let words = |cut: &Cut<'_>| -> Vec<String> {
            let folded = &cut.folded.folded;
            (0..cut.tokens.len()).map(|i| format!("{}#{:?}", folded.get(i), folded.word_of(i))).collect()
        };
        let one = Cut::of(&text, paragraphs);
        assert_eq!((&one.tokens, &one.sentences), (&whole.tokens, &whole.sentences));
        for middle in (0..paragraphs.len()).step_by(3).chain([paragraphs.len()]) {
            let cut = |some: Range<usize>| Cut::of(&text, &paragraphs[some]);
            let halves = halves::in_halves(paragraphs.len(), middle, cut, Cut::join);
            assert_eq!(halves.tokens, one.tokens, "cut before paragraph {middle}");
            assert_eq!(halves.sentences, one.sentences, "cut before paragraph {middle}");
            assert_eq!(words(&halves), words(&one), "cut before paragraph {middle}");
            assert_eq!(halves.folded.folded.words, one.folded.folded.words, "cut before paragraph {middle}");
        }
    }

    #[test]
    fn a_body_is_cut_at_the_limit_on_a_char_boundary() {
        let text = "ab€cd";
        assert_eq!(cut_at(text, Span::new(0, 7), 100), Span::new(0, 7));
        assert_eq!(cut_at(text, Span::new(0, 7), 4), Span::new(0, 2));
        assert_eq!(cut_at(text, Span::new(3, 7), 2), Span::new(2, 2));
        assert_eq!(Token::new(Span::new(5, 9), Shape::Lower, true).span(), Span::new(5, 9));
    }

    fn words(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        tokens.iter().map(|t| t.text(text)).collect()
    }

    const GLUE_CASES: &[(&str, &[&str])] = &[
        // A number glued to the word before it.
        ("noted that768 Cuban doctors", &["noted", "that", "768", "Cuban", "doctors"]),
        // A function word glued to an acronym.
        ("said theIMSS.", &["said", "the", "IMSS", "."]),
        // A comma with no space after it.
        ("Cuba,José Ángel", &["Cuba", ",", "José", "Ángel"]),
        // Capitals glued to a capitalised word.
        ("COMMENTFiled in:", &["COMMENT", "Filed", "in", ":"]),
        // A quote glued to the speech verb.
        ("specialists\"said", &["specialists", "\"", "said"]),
        // Names with inner capitals are not split.
        ("McDonald and DiCaprio use an iPhone", &["McDonald", "and", "DiCaprio", "use", "an", "iPhone"]),
        // A capitalised article glued to a name.
        ("TheWorld Health Organization", &["The", "World", "Health", "Organization"]),
        // Hyphens and apostrophes inside words; initialisms keep their periods.
        ("Díaz-Canel's U.S. trip", &["Díaz-Canel's", "U.S.", "trip"]),
        ("Banco de México S.A. grew", &["Banco", "de", "México", "S.A.", "grew"]),
        // Capitals and digits make one name.
        ("the G20 and X90 chips", &["the", "G20", "and", "X90", "chips"]),
        // Separators in numbers, ordinals, money.
        ("$4,250,000 on the 21st, 3.5%", &["$", "4,250,000", "on", "the", "21st", ",", "3.5", "%"]),
        // A number and a hyphenated word.
        ("COVID-19 hit 45-year-old", &["COVID", "-", "19", "hit", "45", "-", "year-old"]),
    ];

    #[test]
    fn glued_words_split_at_visible_seams() {
        for (input, expected) in GLUE_CASES {
            assert_eq!(&words(input), expected, "input: {input}");
        }
    }

    #[test]
    fn fold_ignores_accents_and_case() {
        assert_eq!(fold("Díaz-Canel"), "diaz-canel");
        assert_eq!(fold("DIAZ-CANEL"), "diaz-canel");
        assert_eq!(fold("Exploración"), "exploracion");
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("Cuba’s"), "cuba's");
        // Combining accents (decomposed text) fold like precomposed ones.
        assert_eq!(fold("Jose\u{301}"), "jose");
    }

    #[test]
    fn every_token_has_its_own_folded_form() {
        // Spellings of every length around the 7, 8 and 16 bytes where the
        // builder's caches change, repeated and in different cases.
        let text = "Gov Govern Governme Government GOVERNMENT government Governments \
                    spokesperson spokespersons Spokespersonship spokespersonships \
                    Díaz-Canel’s Díaz-Canel’s Exploración exploracion Government";
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let folded = Folded::new(text, &tokens);
        for (i, token) in tokens.iter().enumerate() {
            assert_eq!(folded.get(i), fold(token.text(text)), "token {:?}", token.text(text));
        }
        let words: std::collections::HashSet<&str> = tokens.iter().map(|t| t.text(text)).collect();
        assert_eq!(folded.word_count(), words.len());
    }

    #[test]
    fn trailing_site_text_is_set_aside() {
        let text = "The minister spoke.\nShe left.\nWhat do you think?\nCOMMENTFiled in:";
        let prep = prepare(text);
        assert_eq!(prep.body.slice(text), "The minister spoke.\nShe left.\n");
        assert_eq!(prep.boilerplate.len(), 1);
        assert_eq!(prep.boilerplate[0].slice(text), "What do you think?\nCOMMENTFiled in:");
        assert_eq!(prep.paragraphs.len(), 2);
    }

    #[test]
    fn text_without_site_text_is_all_body() {
        let text = "The minister spoke.\nShe said what do you think of it, at length.";
        let prep = prepare(text);
        assert_eq!(prep.body, Span::new(0, text.len()));
        assert!(prep.boilerplate.is_empty());
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let text = "Dr. Smith met Mr. J. K. Jones in the U.S. on Monday. \"It went well.\" He left.";
        let prep = prepare(text);
        let sentences: Vec<&str> = prep.sentences.iter().map(|s| s.span.slice(text)).collect();
        assert_eq!(
            sentences,
            ["Dr. Smith met Mr. J. K. Jones in the U.S. on Monday.", "\"It went well.\"", "He left."]
        );
    }

    #[test]
    fn sentence_cursor_agrees_with_sentence_at() {
        let text = "One. Two words here. Three!\n\nFour? \"Five.\" Six";
        let prep = prepare(text);
        let mut cursor = SentenceCursor::new(&prep);
        // In order, repeated, then backwards and past the end.
        let offsets = (0..=text.len() + 2).chain([30, 30, 3, 0, 44, 12]);
        for offset in offsets {
            assert_eq!(cursor.sentence_at(offset), prep.sentence_at(offset), "offset {offset}");
        }
        let empty = prepare("");
        assert_eq!(SentenceCursor::new(&empty).sentence_at(5), 0);
    }

    #[test]
    fn headline_prefers_a_short_first_line() {
        let text = "Doctors arrive in Mexico\nThe first group landed on Friday. More follow.";
        let prep = prepare(text);
        assert_eq!(headline(text, &prep), "Doctors arrive in Mexico");
        let text = "The first group landed on Friday. More follow.";
        assert_eq!(headline(text, &prepare(text)), "The first group landed on Friday.");
    }

    #[test]
    fn empty_and_odd_input_prepare_without_panic() {
        for text in ["", " ", "\n\n", "\u{0}\u{0}", "é", "1,", "U.", "a-", "\"", "’s"] {
            let prep = prepare(text);
            for token in &prep.tokens {
                assert!(text.is_char_boundary(token.span().start));
                assert!(text.is_char_boundary(token.span().end));
                assert!(!token.span().is_empty());
            }
        }
    }
}
