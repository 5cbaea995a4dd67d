//! Tokens: the words, numbers and symbols of a paragraph as exact spans,
//! with glued words split at the seams a reader would see.

use parallax_model::Span;

use super::{Shape, Token, is_combining};
use crate::lexicon;

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
