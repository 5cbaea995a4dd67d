//! Site text in scraped copy: the furniture that trails an article
//! ("What do you think?", "COMMENTFiled in:") and stray furniture lines
//! inside it, set apart from the article body; and the lines of a text.

use parallax_model::Span;

use super::tokenize;
use crate::lexicon;

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
pub(super) fn split_boilerplate(text: &str) -> (Span, Vec<Span>) {
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
