//! Pattern search: a regular expression the user types, run over a report
//! as the `regex` crate runs it, in time linear in the text whatever the
//! pattern, so no pattern can hang the worker (`(a+)+$` on a long run of
//! `a`s answers as fast as `a`).
//!
//! Matching ignores accents and case, as the plain search does: the text is
//! folded with [`parallax_model::text::fold_into`], character by character,
//! into a folded copy and a map back to the original, and the pattern's
//! non-ASCII characters are folded the same way. The pattern is never
//! lower-cased as a whole, so `\D`, `\W` and `\S` keep their meaning; the
//! regex is built case-insensitive instead.
//!
//! # Invariants
//!
//! The hits are [`Span`]s of the original text: sorted, non-overlapping,
//! never empty, on `char` boundaries. A hit that begins or ends inside what
//! one character folded to ("ß" is "ss") covers the whole character, and
//! combining marks after a hit's last letter belong to the hit. At most
//! [`MAX_HITS`] are returned; [`Hits::more`] says whether there were more.

use std::fmt;

use parallax_model::Span;
use parallax_model::search::MAX_HITS;
use parallax_model::text::fold_into;
use regex::{Regex, RegexBuilder};

/// The longest pattern taken, in bytes.
pub const MAX_PATTERN_BYTES: usize = 1_000;

/// The most memory a compiled pattern, and the lazy DFA that runs it, may
/// take: enough for `\w{100}` with Unicode classes, not enough for a
/// pattern built to exhaust the worker.
const SIZE_LIMIT: usize = 8 << 20;

/// Why a pattern cannot be searched for. Its [`Display`](fmt::Display) is
/// the message the user is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PatternError {
    /// The pattern is longer than [`MAX_PATTERN_BYTES`].
    TooLong,
    /// The regex crate refused the pattern; its message, which for a syntax
    /// error quotes the pattern and draws a caret under the error.
    Invalid(String),
    /// The pattern can only ever match empty text (`^`, `\b`, `x*?`), so it
    /// would highlight nothing.
    OnlyEmpty,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PatternError::TooLong => write!(f, "The pattern is longer than {MAX_PATTERN_BYTES} bytes."),
            PatternError::Invalid(message) => f.write_str(message),
            PatternError::OnlyEmpty => f.write_str("This pattern only ever matches empty text, so it finds nothing to show."),
        }
    }
}

impl std::error::Error for PatternError {}

/// The hits of a pattern in one report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    /// The hits, as spans of the original text: sorted, non-overlapping,
    /// non-empty, on `char` boundaries; at most [`MAX_HITS`].
    pub spans: Vec<Span>,
    /// Whether the report has more hits than [`MAX_HITS`].
    pub more: bool,
}

/// A pattern compiled once, to be run over several reports.
#[derive(Clone, Debug)]
pub struct Pattern {
    regex: Regex,
}

impl Pattern {
    /// Compiles `pattern`, which ignores accents and case (see the module's
    /// documentation).
    pub fn new(pattern: &str) -> Result<Pattern, PatternError> {
        if pattern.len() > MAX_PATTERN_BYTES {
            return Err(PatternError::TooLong);
        }
        let folded = fold_pattern(pattern);
        let regex = RegexBuilder::new(&folded)
            .case_insensitive(true)
            .unicode(true)
            .size_limit(SIZE_LIMIT)
            .dfa_size_limit(SIZE_LIMIT)
            .build()
            .map_err(|error| PatternError::Invalid(error.to_string()))?;
        let hir = regex_syntax::ParserBuilder::new().case_insensitive(true).build().parse(&folded);
        if hir.is_ok_and(|hir| hir.properties().maximum_len() == Some(0)) {
            return Err(PatternError::OnlyEmpty);
        }
        Ok(Pattern { regex })
    }

    /// The hits of the pattern in `text`; empty matches are skipped.
    pub fn find(&self, text: &str) -> Hits {
        let folded = Folded::new(text);
        let mut hits = Hits::default();
        for found in self.regex.find_iter(&folded.text).filter(|m| !m.is_empty()) {
            if hits.spans.len() == MAX_HITS {
                hits.more = true;
                break;
            }
            let span = Span::new(folded.start(text, found.start()), folded.end(text, found.end()));
            // Two matches within what one character folded to ("ß") are
            // one hit: the character.
            match hits.spans.last_mut() {
                Some(last) if span.start < last.end => last.end = last.end.max(span.end),
                _ => hits.spans.push(span),
            }
        }
        hits
    }
}

/// The hits of `pattern` in `text`, ignoring accents and case.
///
/// # Example
///
/// ```
/// use parallax_analysis::pattern::search;
///
/// let text = "Díaz said 1,200 nurses and 35 doctors came, DIAZ told us.";
/// let hits = search(text, r"\d[\d,]* (nurses|doctors)").unwrap();
/// let found: Vec<&str> = hits.spans.iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(found, ["1,200 nurses", "35 doctors"]);
/// let names = search(text, "diaz").unwrap();
/// assert_eq!(names.spans.len(), 2);
/// assert!(search(text, "(said").unwrap_err().to_string().contains("unclosed group"));
/// ```
pub fn search(text: &str, pattern: &str) -> Result<Hits, PatternError> {
    Pattern::new(pattern).map(|pattern| pattern.find(text))
}

/// `pattern` with its non-ASCII characters folded as the text is; its ASCII
/// (escapes, classes, operators) kept as typed.
fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    for c in pattern.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            fold_into(c.encode_utf8(&mut [0; 4]), &mut out);
        }
    }
    out
}

/// A character whose folded form is not as long as it is: where the folded
/// text's offsets stop being the original's plus a constant.
#[derive(Clone, Copy, Debug)]
struct Shift {
    /// Its folded form's range in the folded text (empty if it vanished,
    /// as a combining mark does).
    folded: (usize, usize),
    /// Its range in the original text.
    original: (usize, usize),
}

/// A text folded for matching, and the way back to the original's offsets.
///
/// Between two shifts every character folds to as many bytes as it has, so
/// an offset there maps by the distance from the shift before.
struct Folded {
    text: String,
    /// The characters whose folded length differs, in text order.
    shifts: Vec<Shift>,
}

impl Folded {
    fn new(original: &str) -> Folded {
        let mut folded = Folded { text: String::with_capacity(original.len()), shifts: Vec::new() };
        let mut at = 0;
        for run in pieces(original) {
            let before = folded.text.len();
            fold_into(run, &mut folded.text);
            if folded.text.len() - before != run.len() {
                if run.len() == 1 || !run.is_ascii() {
                    folded.shifts.push(Shift { folded: (before, folded.text.len()), original: (at, at + run.len()) });
                } else {
                    // A run of ASCII whose folding changed its length: one
                    // character at a time, so each is mapped.
                    folded.text.truncate(before);
                    let mut inner = at;
                    for c in run.split_inclusive(|_: char| true) {
                        folded.fold_one(c, inner);
                        inner += c.len();
                    }
                }
            }
            at += run.len();
        }
        folded
    }

    /// Appends `c`, found at `at` in the original, recording a shift if its
    /// folded form is not as long.
    fn fold_one(&mut self, c: &str, at: usize) {
        let before = self.text.len();
        fold_into(c, &mut self.text);
        if self.text.len() - before != c.len() {
            self.shifts.push(Shift { folded: (before, self.text.len()), original: (at, at + c.len()) });
        }
    }

    /// The original offset where a hit starting at folded offset `f` starts:
    /// the start of the character whose folded form holds `f`, after any
    /// combining marks before it.
    fn start(&self, original: &str, f: usize) -> usize {
        let before = self.shifts.partition_point(|s| s.folded.1 <= f);
        if let Some(shift) = self.shifts.get(before).filter(|s| s.folded.0 <= f && f < s.folded.1) {
            return shift.original.0;
        }
        let offset = self.linear(before, f);
        floor_boundary(original, offset)
    }

    /// The original offset where a hit ending at folded offset `f` (`f` > 0)
    /// ends: the end of the character whose folded form holds byte `f - 1`,
    /// and of the combining marks after it.
    fn end(&self, original: &str, f: usize) -> usize {
        let last = f.saturating_sub(1);
        let before = self.shifts.partition_point(|s| s.folded.1 <= last);
        let mut end = match self.shifts.get(before).filter(|s| s.folded.0 <= last && last < s.folded.1) {
            Some(shift) => shift.original.1,
            None => ceil_boundary(original, self.linear(before, last) + 1),
        };
        // Characters that folded to nothing right after the hit (combining
        // marks): they belong to its last letter.
        for shift in self.shifts[before..].iter().skip_while(|s| s.folded.0 < f).take_while(|s| s.folded == (f, f)) {
            if shift.original.0 == end {
                end = shift.original.1;
            }
        }
        end
    }

    /// The original offset of folded offset `f`, which lies after the first
    /// `before` shifts and outside any.
    fn linear(&self, before: usize, f: usize) -> usize {
        match before.checked_sub(1).and_then(|i| self.shifts.get(i)) {
            Some(shift) => shift.original.1 + (f - shift.folded.1),
            None => f,
        }
    }
}

/// `text` cut into runs of ASCII and single other characters, in order.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let len = if first.is_ascii() { rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len()) } else { first.len_utf8() };
        let (piece, tail) = rest.split_at(len);
        rest = tail;
        Some(piece)
    })
}

/// The last `char` boundary of `text` at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The first `char` boundary of `text` at or after `at`.
fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests;
