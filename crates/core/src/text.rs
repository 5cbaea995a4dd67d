//! Normalisation, boilerplate, and segmentation of a report into paragraphs,
//! sentences and tokens.
//!
//! Scraped news copy is not clean: site furniture trails the article ("What
//! do you think?", "COMMENTFiled in:"), and words arrive glued together
//! ("that768 Cuban doctors", "theIMSS", "Cuba,José"). This module finds the
//! article body, sets the furniture aside, and cuts the body into tokens
//! whose spans are exact byte ranges of the original text, splitting glued
//! words at the seams a reader would see, never altering or copying a byte.
//!
//! Invariants: tokens are sorted, non-overlapping, non-empty and lie on char
//! boundaries inside the body; every sentence lies inside one paragraph;
//! paragraphs lie inside the body and do not overlap boilerplate.

use crate::Span;
use crate::lexicon;

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub shape: Shape,
    /// Whether whitespace separates this token from the previous one.
    pub space_before: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        matches!(
            self.shape,
            Shape::Lower | Shape::Capitalized | Shape::AllCaps | Shape::Initial
        )
    }

    /// Starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        matches!(
            self.shape,
            Shape::Capitalized | Shape::AllCaps | Shape::Initial
        )
    }

    pub fn is_number(&self) -> bool {
        matches!(self.shape, Shape::Number)
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

/// A sentence: its span and the range of its tokens in [`Prepared::tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
}

/// A report cut into the pieces every extractor works on.
#[derive(Clone, Debug, PartialEq, Eq)]
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
}

impl Prepared {
    /// Words in the article text, counting numbers as words.
    pub fn word_count(&self) -> usize {
        self.tokens
            .iter()
            .filter(|t| t.is_word() || matches!(t.shape, Shape::Number | Shape::Ordinal))
            .count()
    }

    /// Index of the sentence holding byte `offset`, or the nearest one before it.
    pub fn sentence_at(&self, offset: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.end <= offset)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// Finds the body, the boilerplate, the paragraphs, tokens and sentences.
pub(crate) fn prepare(text: &str) -> Prepared {
    let (body, boilerplate) = split_boilerplate(text);
    let paragraphs: Vec<Span> = lines(text, body)
        .filter(|line| !boilerplate.iter().any(|b| b.overlaps(*line)))
        .filter_map(|line| trim(text, line))
        .collect();
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for paragraph in &paragraphs {
        let first = tokens.len();
        tokenize(text, *paragraph, &mut tokens);
        split_sentences(text, &tokens, first, &mut sentences);
    }
    Prepared {
        body,
        boilerplate,
        paragraphs,
        tokens,
        sentences,
    }
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
    let body_end = if cut == all.len() {
        text.len()
    } else {
        all[cut].start
    };
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

/// Lower-cases and strips accents so that "Díaz-Canel", "DIAZ-CANEL" and
/// "Diaz-Canel" compare equal; curly apostrophes become straight ones.
///
/// Borrows when the text is already folded (plain lower-case ASCII), which
/// is most words of a report.
pub fn fold_cow(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(fold(word))
    }
}

/// Lower-cases and strips accents so that "Díaz-Canel", "DIAZ-CANEL" and
/// "Diaz-Canel" compare equal; curly apostrophes become straight ones.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match fold_char(c) {
            Some(base) => out.push(base),
            None => {
                if is_combining(c) {
                    continue;
                }
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// The ASCII base of a Latin letter with a diacritic, lower-cased.
fn fold_char(c: char) -> Option<char> {
    let base = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => 'a',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => 'c',
        'Ď' | 'ď' | 'Đ' | 'đ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => 'e',
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => 'g',
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => 'l',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => 'o',
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => 'r',
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => 's',
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ' | 'ũ' | 'Ū' | 'ū' | 'Ŭ' | 'ŭ' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => 'z',
        '’' | '‘' | 'ʼ' => '\'',
        '‐' | '‑' | '–' => '-',
        _ => return None,
    };
    Some(base)
}

/// Combining diacritical marks, which belong to the letter before them.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
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
    let mut chars = slice.char_indices().peekable();
    let mut space_before = true;
    while let Some(&(at, c)) = chars.peek() {
        if c.is_whitespace() || c.is_control() {
            space_before = true;
            chars.next();
            continue;
        }
        let start = at;
        let shape;
        if is_letter(c) {
            let end = scan_word(slice, start);
            split_glued(slice, base, start, end, space_before, out);
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
            space_before = false;
            continue;
        } else if c.is_ascii_digit() {
            let (end, ordinal) = scan_number(slice, start);
            shape = if ordinal { Shape::Ordinal } else { Shape::Number };
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
            out.push(Token {
                span: Span::new(base + start, base + end),
                shape,
                space_before,
            });
        } else {
            chars.next();
            let end = start + c.len_utf8();
            out.push(Token {
                span: Span::new(base + start, base + end),
                shape: Shape::Punct,
                space_before,
            });
        }
        space_before = false;
    }
}

/// End offset of the word starting at `start` (a letter).
fn scan_word(slice: &str, start: usize) -> usize {
    let bytes_after = |i: usize| slice[i..].chars();
    let mut end = start;
    let mut letters_in_part = 0;
    let mut in_initialism = false;
    let mut iter = bytes_after(start).peekable();
    while let Some(c) = iter.next() {
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
        let next = iter.peek().copied();
        let next_is_letter = next.is_some_and(is_letter);
        if (is_apostrophe(c) || is_hyphen(c)) && next_is_letter {
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
        } else if (b == b',' || b == b'.')
            && end + 1 < bytes.len()
            && bytes[end + 1].is_ascii_digit()
            && end > start
        {
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
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut piece_start = 0;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut i = 1;
    while i < chars.len() {
        let (at, c) = chars[i];
        let (_, prev) = chars[i - 1];
        let piece = &word[piece_start..at];
        let seam = if prev.is_lowercase() && c.is_uppercase() {
            // "theIMSS", "saidMinister": a function word glued to a name;
            // "TheWorld": a capitalised article glued to one.
            let lower = piece.chars().all(char::is_lowercase) && lexicon::is_glue_word(piece);
            let article = matches!(piece, "The" | "And" | "Of" | "That");
            lower || article
        } else if prev.is_uppercase() && c.is_uppercase() {
            // "COMMENTFiled": capitals, then a capitalised word of 2+ letters.
            let lower_after = chars[i + 1..].iter().take_while(|(_, ch)| ch.is_lowercase()).count();
            piece.chars().count() >= 2
                && piece.chars().all(|ch| ch.is_uppercase())
                && lower_after >= 2
        } else {
            false
        };
        if seam {
            pieces.push((piece_start, at));
            piece_start = at;
        }
        i += 1;
    }
    pieces.push((piece_start, word.len()));
    for (n, (a, b)) in pieces.into_iter().enumerate() {
        let span = Span::new(base + start + a, base + start + b);
        out.push(Token {
            span,
            shape: word_shape(&word[a..b]),
            space_before: space && n == 0,
        });
    }
}

/// Arabic and similar name particles written joined to a capitalised name
/// with a hyphen ("al-Hadrami", "bin-Salman").
const JOINED_PARTICLES: &[&str] = &["al", "el", "ul", "bin", "ibn", "abu", "ad"];

/// The shape of a word token.
fn word_shape(word: &str) -> Shape {
    if let Some((particle, rest)) = word.split_once('-') {
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
    let rest: Vec<char> = letters.collect();
    if rest.is_empty() {
        return Shape::Initial;
    }
    if rest.iter().any(|c| c.is_lowercase()) {
        // "U.S." is all caps; "McDonald" and "Díaz-Canel" are capitalised.
        Shape::Capitalized
    } else {
        Shape::AllCaps
    }
}

/// Appends the sentences of the tokens `first..` (one paragraph) to `out`.
fn split_sentences(text: &str, tokens: &[Token], first: usize, out: &mut Vec<Sentence>) {
    if first >= tokens.len() {
        return;
    }
    let mut start = first;
    let mut i = first;
    while i < tokens.len() {
        let token = tokens[i];
        let t = token.text(text);
        let is_end = matches!(t, "." | "!" | "?" | "…")
            || (token.is_word() && t.ends_with('.') && t.len() > 2 && ends_sentence_after_initialism(text, tokens, i));
        if is_end {
            // Closing quotes and brackets belong to the sentence they end.
            let mut last = i;
            while last + 1 < tokens.len()
                && !tokens[last + 1].space_before
                && is_closer(tokens[last + 1].text(text))
            {
                last += 1;
            }
            let next = tokens.get(last + 1);
            let boundary = match next {
                None => true,
                Some(next) => {
                    starts_sentence(text, next) && !is_abbreviation(text, tokens, i, first)
                }
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
    let span = Span::new(tokens[from].span.start, tokens[to - 1].span.end);
    out.push(Sentence {
        span,
        tokens: from..to,
    });
}

fn is_closer(t: &str) -> bool {
    matches!(t, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

/// An initialism like "U.S." ends a sentence when a capitalised word that is
/// a function word follows ("… in the U.S. The deal …").
fn ends_sentence_after_initialism(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|next| {
        next.shape == Shape::Capitalized && lexicon::is_stopword(&fold(next.text(text)))
    })
}

fn starts_sentence(text: &str, token: &Token) -> bool {
    token.is_capitalized()
        || token.is_number()
        || matches!(token.text(text), "\"" | "“" | "‘" | "(" | "[" | "¿" | "¡" | "'" | "«")
}

/// Whether the period at token `i` closes an abbreviation rather than a sentence.
fn is_abbreviation(text: &str, tokens: &[Token], i: usize, first: usize) -> bool {
    if tokens[i].text(text) != "." || i == first {
        return false;
    }
    let prev = tokens[i - 1];
    if prev.space_before && prev.shape == Shape::Initial {
        // "J. K. Rowling": a lone capital before the period.
        return true;
    }
    prev.is_word() && !tokens[i].space_before && lexicon::is_abbreviation(&fold(prev.text(text)))
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

/// `text` cut to at most `max` bytes at a word boundary, with an ellipsis.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

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
            [
                "Dr. Smith met Mr. J. K. Jones in the U.S. on Monday.",
                "\"It went well.\"",
                "He left."
            ]
        );
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
                assert!(text.is_char_boundary(token.span.start));
                assert!(text.is_char_boundary(token.span.end));
                assert!(!token.span.is_empty());
            }
        }
    }
}
