//! Normalisation, boilerplate, and segmentation of a report into paragraphs,
//! sentences and tokens.
//!
//! Scraped news copy is not clean: site furniture trails the article ("What
//! do you think?", "COMMENTFiled in:"), and words arrive glued together
//! ("that768 Cuban doctors", "theIMSS", "Cuba,José"). This module finds the
//! article body, sets the furniture aside, joins the lines of hard-wrapped
//! copy into its paragraphs, and cuts the body into tokens
//! whose spans are exact byte ranges of the original text, splitting glued
//! words at the seams a reader would see, never altering or copying a byte.
//! It also folds each token once (see [`Folded`]): the extractors compare
//! words by their folded forms, many times each.
//!
//! Invariants: tokens are sorted, non-overlapping, non-empty and lie on char
//! boundaries inside the body; every sentence lies inside one paragraph;
//! paragraphs lie inside the body and do not overlap boilerplate; every
//! token has a folded form.

mod boilerplate;
mod folded;
mod metadata;
mod sentences;
#[cfg(test)]
mod tests;
mod tokens;
mod wrapped;

use std::ops::Range;

use parallax_model::Span;

use crate::halves;
use boilerplate::split_boilerplate;
use folded::FoldedBuilder;
use sentences::split_sentences;

pub(crate) use boilerplate::{lines, trim};
pub(crate) use folded::Folded;
pub(crate) use parallax_model::text::{fold, fold_into, is_combining, shorten};
pub(crate) use sentences::headline;
pub(crate) use tokens::tokenize;

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

impl Prepared {
    /// Words in the article text, counting numbers as words.
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.is_word() || matches!(t.shape, Shape::Number | Shape::Ordinal)).count()
    }

    /// Index of the first token starting at or after byte `offset`, that is
    /// `tokens.partition_point(|t| t.span.start < offset)`, looked for first
    /// among the tokens `near` (a binary search of all the tokens of a long
    /// report misses the cache at every step), from their start: callers
    /// pass the rest of the report when the answer is a few tokens on.
    pub fn first_token_from(&self, offset: usize, near: std::ops::Range<usize>) -> usize {
        let before = |t: &Token| t.span().start < offset;
        let tokens = &self.tokens;
        let (lo, hi) = (near.start.min(tokens.len()), near.end.min(tokens.len()));
        // The answer lies in `lo..=hi` when the token before `lo` starts
        // before `offset` and the one at `hi` does not.
        let from_lo = lo == 0 || before(&tokens[lo - 1]);
        let by_hi = hi == tokens.len() || !before(&tokens[hi]);
        if lo <= hi && from_lo && by_hi {
            lo + partition_point_near_start(&tokens[lo..hi], before)
        } else {
            tokens.partition_point(before)
        }
    }

    /// How many tokens the sentences `sentences` hold (those that exist).
    pub fn tokens_in(&self, sentences: std::ops::Range<usize>) -> usize {
        let sentences = self.sentences.get(sentences).unwrap_or_default();
        sentences.first().zip(sentences.last()).map_or(0, |(first, last)| last.tokens.end - first.tokens.start)
    }

    /// `work` over all the sentences, or `join` of `work` over each half of
    /// them (the second on a thread of its own) when the report is long and
    /// there are cores to spare (see [`halves`]).
    pub fn in_sentence_halves<T: Send>(
        &self,
        work: impl Fn(Range<usize>) -> T + Sync,
        join: impl FnOnce(T, T) -> T,
    ) -> T {
        // The sentence holding the middle token opens the second half, so
        // that each half has about as many tokens.
        let middle = (self.tokens.len() >= halves::FROM_TOKENS)
            .then(|| self.sentences.partition_point(|s| s.tokens.end <= self.tokens.len() / 2));
        halves::by_halves(self.sentences.len(), middle, work, join)
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
    let lines: Vec<Span> = lines(text, body).filter_map(|line| outside(text, line, &boilerplate)).collect();
    let paragraphs = wrapped::unwrap(text, lines);
    let cut = |some: Range<usize>| Cut::of(text, paragraphs.get(some).unwrap_or_default());
    let Cut { tokens, folded, sentences } = in_paragraph_halves(body, &paragraphs, cut, Cut::join);
    Prepared { body, boilerplate, paragraphs, tokens, sentences, folded: folded.finish() }
}

/// What is left of `line`, trimmed, once the `boilerplate` spans (sorted,
/// not overlapping) are taken out: nothing if one covers it, the rest of
/// it if one opens or closes it.
fn outside(text: &str, line: Span, boilerplate: &[Span]) -> Option<Span> {
    let mut rest = trim(text, line)?;
    // Only the spans from the first one ending after the line starts may overlap it.
    let from = boilerplate.partition_point(|b| b.end <= rest.start);
    for b in boilerplate[from..].iter().take_while(|b| b.start < line.end) {
        if b.start <= rest.start {
            rest.start = rest.start.max(b.end.min(rest.end));
        } else {
            rest.end = rest.end.min(b.start);
        }
        if rest.is_empty() {
            return None;
        }
    }
    trim(text, rest)
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

/// `items.partition_point(before)` for an answer most often near the start
/// of `items`: windows of 1, 2, 4, 8… items from the start are tried until
/// one holds it, which a binary search of that window then finds. The
/// figure finder asks for the token of every claimed span of a report, a
/// few tokens on from the last, and halving all the rest of the report
/// each time was a hundredth of the analysis.
fn partition_point_near_start<T>(items: &[T], before: impl Fn(&T) -> bool) -> usize {
    // `items[..end / 2]` are all before: the answer is in `end / 2..end`.
    let mut end = 1;
    while end <= items.len() && before(&items[end - 1]) {
        end *= 2;
    }
    let window = end / 2..end.min(items.len());
    window.start + items[window].partition_point(before)
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

/// `work` over all the `paragraphs` of a report's `body`, or `join` of
/// `work` over each half of them as [`Prepared::in_sentence_halves`] does.
fn in_paragraph_halves<T: Send>(
    body: Span,
    paragraphs: &[Span],
    work: impl Fn(Range<usize>) -> T + Sync,
    join: impl FnOnce(T, T) -> T,
) -> T {
    // The paragraph holding the middle byte opens the second half.
    let middle = (body.len() >= halves::FROM_BYTES)
        .then(|| paragraphs.partition_point(|p| p.end <= body.start + body.len() / 2));
    halves::by_halves(paragraphs.len(), middle, work, join)
}
