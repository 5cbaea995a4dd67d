//! Sentences of a paragraph's tokens, and a report's headline.

use parallax_model::Span;

use super::{Folded, Prepared, Sentence, Shape, Token, shorten};
use crate::lexicon;

/// Appends the sentences of the tokens `first..` (one paragraph) to `out`.
pub(super) fn split_sentences(text: &str, tokens: &[Token], folded: &Folded, first: usize, out: &mut Vec<Sentence>) {
    if first >= tokens.len() {
        return;
    }
    let mut start = first;
    let mut i = first;
    while i < tokens.len() {
        let token = tokens[i];
        // Only a punctuation token is a lone mark; only a word ends in a
        // period. (Compared as bytes: slicing the text at every token
        // checked char boundaries, which tokens lie on by construction.)
        let bytes = text.as_bytes().get(token.span().range()).unwrap_or_default();
        let is_end = match token.shape {
            Shape::Punct => matches!(bytes, b"." | b"!" | b"?") || bytes == "…".as_bytes(),
            _ => {
                token.is_word()
                    && bytes.ends_with(b".")
                    && bytes.len() > 2
                    && ends_sentence_after_initialism(tokens, folded, i)
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
                // "Rs.50 lakh", "No.5": a period glued to the number after it
                // ends nothing.
                Some(next) if next.is_number() && !next.space_before && last == i => false,
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

/// `line` with a space between a small letter and the capital glued after
/// it, as a site's menu items run together ("articlePrint this").
fn split_glued_words(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut lower = false;
    for c in line.chars() {
        if lower && c.is_uppercase() {
            out.push(' ');
        }
        lower = c.is_lowercase();
        out.push(c);
    }
    out
}

/// A title for a report that was given none: its headline when the text
/// opens with one (a short first line without a final period), otherwise its
/// first sentence, shortened at a word boundary.
pub(crate) fn headline(text: &str, prep: &Prepared) -> String {
    const MAX: usize = 90;
    // A lone word over the report is its page's tag or section ("Ghana",
    // "Politics"), not its headline; nor is a byline ("By Ana Ruiz").
    let tag = |p: &&Span| p.slice(text).split_whitespace().nth(1).is_none();
    let byline = |p: &&Span| {
        let mut words = p.slice(text).split_whitespace();
        matches!(words.next(), Some("By" | "BY" | "by")) && words.count() <= 5
    };
    // Nor a line that leads into what follows ("Updated at 8:05 p.m.
    // Sunday (will continue to update):"), nor the site's own ("Back to
    // articlePrint this article").
    let lead_in = |p: &&Span| {
        let line = p.slice(text).trim_end();
        let split = split_glued_words(line);
        // A menu's words run together or stand between arrows and bars; a
        // headline's ("Minister declines to comment") do not.
        let menu = split.len() > line.len() || line.contains(['«', '»', '|']);
        line.ends_with(':') || (menu && lexicon::is_trailing_boilerplate(&split))
    };
    let Some(first) =
        prep.paragraphs.iter().take(3).find(|p| !tag(p) && !byline(p) && !lead_in(p)).or(prep.paragraphs.first())
    else {
        return String::from("Untitled report");
    };
    let line = first.slice(text);
    let words = line.split_whitespace().count();
    let candidate = if words <= 16 && !line.ends_with('.') {
        line
    } else {
        // Not a word alone ("RESCUE.", a photo's label over its caption).
        let sentence = prep
            .sentences
            .iter()
            .filter(|s| s.span.start >= first.start)
            .find(|s| !tag(&&s.span))
            .or_else(|| prep.sentences.iter().find(|s| s.span.start >= first.start));
        sentence.map_or(line, |s| s.span.slice(text))
    };
    shorten(candidate, MAX)
}
