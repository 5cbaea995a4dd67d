//! Quote marks and the quotations they enclose.
//!
//! News copy writes quotations with every kind of mark: straight and curly
//! double marks, angle marks, curly single marks, and in scraped copy the
//! apostrophe `'` as a single mark. A mark that may also be an apostrophe
//! is a quote mark only where a reader would take it for one: an opening
//! mark after a space and before a letter, a closing mark after text and
//! before no letter, so that "won’t" and "the workers' pay" hold none.
//!
//! Double marks pair first, then single marks outside the double
//! quotations; only the outermost quotations are kept, a quotation inside
//! another being part of its words. Marks pair within a paragraph, with
//! two exceptions print and scraping make: a quotation over several
//! paragraphs opens each of them and closes only the last, so a paragraph
//! that ends inside a quotation ends it when the next paragraph opens with
//! a quote mark; and scraped copy breaks lines inside sentences, so a
//! double quotation still open at the end of a paragraph closes in the
//! next one when that paragraph's first double mark closes a quotation.
//!
//! Invariants: the quotations are sorted, do not overlap, lie on char
//! boundaries inside the paragraphs, and hold a letter (two for single
//! marks, so that "rock 'n' roll" holds none).

use parallax_model::Span;

/// Which marks pair with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// How a mark may be used where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// A quote mark of a paragraph.
#[derive(Clone, Copy, Debug)]
struct Mark {
    /// Byte offset of the mark, and its length.
    at: usize,
    len: usize,
    family: Family,
    role: Role,
    /// Index of its paragraph.
    paragraph: usize,
    /// Whether text (not a space) comes right before it.
    after_text: bool,
}

impl Mark {
    /// Whether the mark closes a quotation rather than opening one.
    fn closes(&self) -> bool {
        self.role == Role::Close || self.role == Role::Either && self.after_text
    }
}

/// A quotation: its span, quote marks included, and the span of its words
/// (without the marks; a quotation over paragraphs may lack a closing one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Quoted {
    pub span: Span,
    pub inner: Span,
}

/// Whether `byte` is the first UTF-8 byte of a character [`classify`] may
/// know: `"`, `'`, `«` and `»` (0xC2), `“`, `”`, `„`, `‘` and `’` (0xE2).
fn may_start_mark(byte: u8) -> bool {
    matches!(byte, b'"' | b'\'' | 0xC2 | 0xE2)
}

/// The family and role of `c` as a quote mark between the characters
/// `before` and `after`, or `None` when it is no quote mark there.
fn classify(c: char, before: Option<char>, after: Option<char>) -> Option<(Family, Role)> {
    let text_before = before.is_some_and(|b| !b.is_whitespace());
    let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    match c {
        '“' | '„' | '«' => Some((Family::Double, Role::Open)),
        // A closing mark with no text before it and a word after opens a
        // quotation in copy that types only one mark ("”I want…”").
        '”' if !text_before && alphanumeric(after) => Some((Family::Double, Role::Open)),
        '”' | '»' => Some((Family::Double, Role::Close)),
        '"' => Some((Family::Double, Role::Either)),
        '‘' => (!alphanumeric(before)).then_some((Family::Single, Role::Open)),
        '’' => (text_before && !alphanumeric(after)).then_some((Family::Single, Role::Close)),
        '\'' => {
            let opens = before.is_none_or(|b| b.is_whitespace() || "([{—–-\"“".contains(b))
                && after.is_some_and(char::is_alphabetic);
            let closes = text_before && !alphanumeric(after);
            if opens { Some((Family::Single, Role::Open)) } else { closes.then_some((Family::Single, Role::Close)) }
        }
        _ => None,
    }
}

/// Appends the quote marks of paragraph `index` to `out`.
fn marks_in(text: &str, paragraph: Span, index: usize, out: &mut Vec<Mark>) {
    let slice = paragraph.slice(text);
    // Scanning bytes for the first byte of a quote mark is several times
    // faster than decoding every character, and most runs of 16 bytes hold
    // none. A first byte is never inside a character, so `at` is a boundary.
    const RUN: usize = 16;
    let candidates = slice
        .as_bytes()
        .chunks(RUN)
        .enumerate()
        .filter(|(_, run)| run.iter().fold(false, |any, &b| any | may_start_mark(b)))
        .flat_map(|(k, run)| {
            let marks = run.iter().enumerate().filter(|&(_, &b)| may_start_mark(b));
            marks.map(move |(j, _)| k * RUN + j)
        });
    for at in candidates {
        let Some(c) = slice.get(at..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        let before = slice[..at].chars().next_back();
        let after = slice[at + c.len_utf8()..].chars().next();
        if let Some((family, role)) = classify(c, before, after) {
            let after_text = before.is_some_and(|b| !b.is_whitespace());
            out.push(Mark { at: paragraph.start + at, len: c.len_utf8(), family, role, paragraph: index, after_text });
        }
    }
}

/// The quotation from mark `open` to mark `close` (or to `end`, the end of
/// its paragraph, when it has no closing mark), if it holds `letters`
/// letters.
fn quoted(text: &str, open: &Mark, close: Option<&Mark>, end: usize, letters: usize) -> Option<Quoted> {
    let (inner_end, span_end) = close.map_or((end, end), |c| (c.at, c.at + c.len));
    let inner = Span::new(open.at + open.len, inner_end.max(open.at + open.len));
    let enough = inner.slice(text).chars().filter(|c| c.is_alphabetic()).nth(letters - 1).is_some();
    enough.then(|| Quoted { span: Span::new(open.at, span_end), inner })
}

/// The double quotations, in order; they do not overlap.
fn pair_doubles(text: &str, paragraphs: &[Span], marks: &[Mark]) -> Vec<Quoted> {
    let mut found = Vec::new();
    let mut open: Option<&Mark> = None;
    for mark in marks.iter().filter(|m| m.family == Family::Double) {
        if let Some(o) = open.filter(|o| o.paragraph < mark.paragraph) {
            let next = mark.paragraph == o.paragraph + 1;
            let opens_paragraph = paragraphs.get(mark.paragraph).is_some_and(|p| p.start == mark.at);
            if next && opens_paragraph {
                // A quotation over paragraphs: this paragraph's ends at its end.
                let end = paragraphs.get(o.paragraph).map_or(o.at + o.len, |p| p.end);
                found.extend(quoted(text, o, None, end, 1));
                open = None;
            } else if !(next && mark.closes()) {
                // An unclosed mark, unless a line break split its quotation.
                open = None;
            }
        }
        match (mark.role, open) {
            (Role::Open, _) | (Role::Either, None) => open = Some(mark),
            (Role::Close | Role::Either, Some(o)) => {
                found.extend(quoted(text, o, Some(mark), mark.at, 1));
                open = None;
            }
            (Role::Close, None) => {}
        }
    }
    found
}

/// The single quotations outside the double ones `doubles`, in order.
fn pair_singles(text: &str, marks: &[Mark], doubles: &[Quoted]) -> Vec<Quoted> {
    let mut found = Vec::new();
    let mut open: Option<&Mark> = None;
    let mut d = 0;
    for mark in marks.iter().filter(|m| m.family == Family::Single) {
        while doubles.get(d).is_some_and(|q| q.span.end <= mark.at) {
            d += 1;
        }
        if doubles.get(d).is_some_and(|q| q.span.start <= mark.at) {
            // Inside a double quotation: a quotation within it.
            continue;
        }
        if open.is_some_and(|o| o.paragraph != mark.paragraph) {
            open = None;
        }
        match (mark.role, open) {
            (Role::Open, _) | (Role::Either, None) => open = Some(mark),
            (Role::Close | Role::Either, Some(o)) => {
                found.extend(quoted(text, o, Some(mark), mark.at, 2));
                open = None;
            }
            (Role::Close, None) => {}
        }
    }
    found
}

/// Every outermost quotation of the paragraphs `paragraphs` (sorted, as
/// [`crate::text::Prepared::paragraphs`] are), in text order.
pub(super) fn quotations(text: &str, paragraphs: &[Span]) -> Vec<Quoted> {
    let mut marks = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        marks_in(text, *paragraph, index, &mut marks);
    }
    let doubles = pair_doubles(text, paragraphs, &marks);
    let singles = pair_singles(text, &marks, &doubles);
    let mut all = doubles;
    all.extend(singles);
    // Outermost first where two start together; a quotation starting
    // inside the previous one kept is inside it.
    all.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    let mut kept: Vec<Quoted> = Vec::with_capacity(all.len());
    for q in all {
        if kept.last().is_none_or(|last| last.span.end <= q.span.start) {
            kept.push(q);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quotations of `text`, one paragraph a line, marks included.
    fn quoted(text: &str) -> Vec<&str> {
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            if !line.is_empty() {
                paragraphs.push(Span::new(start, start + line.len()));
            }
            start += line.len() + 1;
        }
        quotations(text, &paragraphs).into_iter().map(|q| q.span.slice(text)).collect()
    }

    #[test]
    fn every_mark_starts_with_a_listed_byte() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let some = [None, Some(' '), Some('a'), Some('.')];
            let is_mark = some.iter().any(|&b| some.iter().any(|&a| classify(c, b, a).is_some()));
            if is_mark {
                let mut utf8 = [0; 4];
                assert!(may_start_mark(c.encode_utf8(&mut utf8).as_bytes()[0]), "{c}");
            }
        }
    }

    #[test]
    fn marks_pair_as_a_reader_pairs_them() {
        let cases: &[(&str, &[&str])] = &[
            // Straight marks pair in turn.
            (r#"He said "yes" and "no"."#, &[r#""yes""#, r#""no""#]),
            // Curly marks by direction.
            ("She said “we agree” today.", &["“we agree”"]),
            // An unclosed mark pairs with nothing.
            (r#"He said "open"#, &[]),
            // Marks around no words are no quotation.
            (r#"It was "" then"#, &[]),
            // Angle marks.
            ("«Nous restons», a-t-il dit.", &["«Nous restons»"]),
            // Curly single marks; the apostrophe of "won’t" is none.
            ("‘We won’t go,’ she said.", &["‘We won’t go,’"]),
            // Straight single marks in scraped copy; apostrophes are none.
            ("She said: 'We won't go.' The workers' union agreed.", &["'We won't go.'"]),
            // Apostrophes alone.
            ("The workers' pay and the bosses' pay.", &[]),
            // One letter between single marks is no quotation.
            ("They played rock 'n' roll.", &[]),
            // A quotation inside another is part of it.
            (r#""She said 'hold on' and left," he said."#, &[r#""She said 'hold on' and left,""#]),
            ("‘They called it “fair” but it is not,’ she said.", &["‘They called it “fair” but it is not,’"]),
            // A line break inside a quotation.
            ("\"We will not\naccept this,\" she said.", &["\"We will not\naccept this,\""]),
            // A quotation over two paragraphs: the first has no closing mark.
            ("She said: \"We will go.\n\"Nobody wants it.\"", &["\"We will go.", "\"Nobody wants it.\""]),
            // An unclosed mark at a paragraph's end is dropped when the next
            // paragraph opens a quotation of its own after some words.
            ("He said \"open\nThen \"closed\" it was.", &["\"closed\""]),
        ];
        for (text, wanted) in cases {
            assert_eq!(quoted(text), *wanted, "{text:?}");
        }
    }
}
