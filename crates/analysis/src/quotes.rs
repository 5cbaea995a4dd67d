//! Direct quotations and their speakers.
//!
//! Quote marks are paired within a paragraph: curly marks by direction,
//! straight marks alternately. The speaker is the person or organization the
//! sentence attributes the words to: "…," said the ministry; X said "…";
//! according to X; X stated that "…". A pronoun subject ("He stated that")
//! resolves to the last person named before the quote. Scraped copy that
//! glues the quote to the verb (`specialists"said theIMSS`) is tokenized
//! apart before this module sees it, so the same rules apply.

use crate::lexicon;
use crate::text::{Folded, Prepared, SentenceCursor, Token};
use parallax_model::{EntityId, Kind, Mention, Quote, Span};

/// How a quote mark may be used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

fn mark(c: char) -> Option<Mark> {
    match c {
        '“' | '«' | '„' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' => Some(Mark::Either),
        _ => None,
    }
}

/// Whether `byte` is the first UTF-8 byte of a character [`mark`] may
/// know: `"`, `«` and `»` (0xC2), `“`, `”` and `„` (0xE2).
fn may_start_mark(byte: u8) -> bool {
    matches!(byte, b'"' | 0xC2 | 0xE2)
}

/// The quote-mark pairs of one paragraph, as spans including the marks.
fn pairs(text: &str, paragraph: Span) -> Vec<Span> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
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
        let Some(kind) = mark(c) else {
            continue;
        };
        let offset = paragraph.start + at;
        match (kind, open) {
            (Mark::Open, _) | (Mark::Either, None) => open = Some(offset),
            (Mark::Close | Mark::Either, Some(start)) => {
                let span = Span::new(start, offset + c.len_utf8());
                let opener = text[start..].chars().next().map_or(1, char::len_utf8);
                let inner = text.get(start + opener..offset).unwrap_or("");
                if inner.chars().any(char::is_alphabetic) {
                    found.push(span);
                }
                open = None;
            }
            (Mark::Close, None) => {}
        }
    }
    found
}

/// Every quotation of a report, with its speaker where the text says.
pub(crate) fn find(text: &str, prep: &Prepared, mentions: &[Mention]) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut resolver = Speaker::new(prep, mentions);
    // Quotes come in text order, and so do their starts and their ends.
    let mut starts = SentenceCursor::new(prep);
    let mut ends = SentenceCursor::new(prep);
    for paragraph in &prep.paragraphs {
        for span in pairs(text, *paragraph) {
            let open_len = text[span.start..].chars().next().map_or(1, char::len_utf8);
            let close_len = text[..span.end].chars().next_back().map_or(1, char::len_utf8);
            let inner = Span::new(span.start + open_len, span.end - close_len);
            let sentence = starts.sentence_at(span.start);
            let end_sentence = ends.sentence_at(span.end.saturating_sub(1));
            let mut speaker = resolver.resolve(prep, span, sentence, end_sentence);
            // A second quote in the same sentence shares the first one's speaker.
            if speaker.is_none() {
                if let Some(previous) = quotes.last() {
                    if previous.sentence == sentence {
                        speaker = previous.speaker;
                    }
                }
            }
            quotes.push(Quote { span, text: inner.slice(text).trim().to_string(), speaker, sentence });
        }
    }
    quotes
}

/// What the tokens of a sentence before a quote hold, for
/// [`Speaker::resolve`]: read on from where the previous quote of the same
/// sentence left off, since quotes come in text order. Reading back from
/// each quote to the start of its sentence made a sentence with many
/// quotes quadratic.
#[derive(Clone, Copy, Debug, Default)]
struct BeforeQuote {
    /// The tokens read: `from..to`.
    from: usize,
    to: usize,
    /// The last speech verb among them.
    last_verb: Option<usize>,
    /// The first pronoun among them ("he", "she").
    first_pronoun: Option<usize>,
}

struct Speaker<'a> {
    tokens: &'a [Token],
    folded: &'a Folded,
    mentions: &'a [Mention],
    /// The start and end offsets of `mentions`, packed for binary search.
    starts: Vec<usize>,
    ends: Vec<usize>,
    /// For each `n`, the index of the last person mention among the first
    /// `n` mentions, and of the last person or organization mention
    /// (`u32::MAX` for none); `None` when mention ends are not in order or
    /// the indices do not fit (see [`Speaker::new`]).
    last_upto: Option<Vec<(u32, u32)>>,
    /// The tokens before the last quote resolved.
    before: BeforeQuote,
}

impl<'a> Speaker<'a> {
    /// Mentions are sorted by start and do not overlap, so their ends are in
    /// order too, and "the last mention before an offset" is a binary
    /// search plus a table look-up instead of a scan of every mention per
    /// quote (quadratic: 11% of the analysis of a 5 MB text). Should the
    /// ends ever be out of order, the scans are used.
    fn new(prep: &'a Prepared, mentions: &'a [Mention]) -> Speaker<'a> {
        let ends_in_order = mentions.windows(2).all(|w| w[0].span.end <= w[1].span.end);
        let fits = u32::try_from(mentions.len()).is_ok_and(|n| n < u32::MAX);
        let last_upto = (ends_in_order && fits).then(|| {
            let mut table = Vec::with_capacity(mentions.len() + 1);
            let (mut person, mut speaker) = (u32::MAX, u32::MAX);
            table.push((person, speaker));
            for (k, m) in (0u32..).zip(mentions) {
                if m.kind == Kind::Person {
                    person = k;
                }
                if matches!(m.kind, Kind::Person | Kind::Organization) {
                    speaker = k;
                }
                table.push((person, speaker));
            }
            table
        });
        Speaker {
            tokens: &prep.tokens,
            folded: &prep.folded,
            mentions,
            starts: mentions.iter().map(|m| m.span.start).collect(),
            ends: mentions.iter().map(|m| m.span.end).collect(),
            last_upto,
            before: BeforeQuote::default(),
        }
    }

    /// The folded form of token `i`, or `""` past the last token.
    fn word(&self, i: usize) -> &str {
        self.folded.get(i)
    }

    /// The person or organization mention starting at token `i`.
    fn speaker_at(&self, i: usize) -> Option<EntityId> {
        let token = self.tokens.get(i)?;
        let at = self.ends.partition_point(|&end| end <= token.span().start);
        let mention = self.mentions.get(at)?;
        let is_speaker = matches!(mention.kind, Kind::Person | Kind::Organization);
        (is_speaker && mention.span.overlaps(token.span())).then(|| mention.entity()).flatten()
    }

    /// The last person or organization mention inside `within`.
    fn last_speaker_in(&self, within: Span) -> Option<EntityId> {
        if let Some(table) = &self.last_upto {
            // Mentions inside `within`: those starting at or after its start
            // (a suffix) and ending by its end (a prefix).
            let lo = self.starts.partition_point(|&start| start < within.start);
            let hi = self.ends.partition_point(|&end| end <= within.end);
            let last = table.get(hi).map(|&(_, speaker)| speaker as usize).filter(|&k| k >= lo);
            return last.and_then(|k| self.mentions.get(k)).and_then(|m| m.entity());
        }
        self.mentions
            .iter()
            .rev()
            .filter(|m| within.contains(m.span))
            .find(|m| matches!(m.kind, Kind::Person | Kind::Organization))
            .and_then(|m| m.entity())
    }

    /// The last person mentioned before `offset` anywhere in the report.
    fn last_person_before(&self, offset: usize) -> Option<EntityId> {
        if let Some(table) = &self.last_upto {
            let before = self.ends.partition_point(|&end| end <= offset);
            let last = table.get(before).map(|&(person, _)| person as usize);
            return last.and_then(|k| self.mentions.get(k)).and_then(|m| m.entity());
        }
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= offset)
            .find(|m| m.kind == Kind::Person)
            .and_then(|m| m.entity())
    }

    fn is_speech_verb(&self, i: usize) -> bool {
        let word = self.word(i);
        lexicon::is_speech_verb(word) || word == "according"
    }

    /// [`BeforeQuote`] of the tokens `from..to`, reading only the tokens
    /// past those of the previous call when it had the same `from` and a
    /// `to` no further.
    fn read_before(&mut self, from: usize, to: usize) -> BeforeQuote {
        let mut before = self.before;
        if before.from != from || before.to > to {
            before = BeforeQuote { from, to: from, ..BeforeQuote::default() };
        }
        for k in before.to..to {
            if self.is_speech_verb(k) {
                before.last_verb = Some(k);
            }
            if before.first_pronoun.is_none() && self.is_pronoun(k) {
                before.first_pronoun = Some(k);
            }
        }
        before.to = before.to.max(to);
        self.before = before;
        before
    }

    /// The speaker of `quote`, which opens in sentence `sentence` and
    /// closes in `end_sentence` (as [`Prepared::sentence_at`] tells).
    fn resolve(&mut self, prep: &Prepared, quote: Span, sentence: usize, end_sentence: usize) -> Option<EntityId> {
        let sentence = &prep.sentences[sentence];
        let end_sentence = &prep.sentences[end_sentence];
        let first = prep.first_token_from(quote.start, sentence.tokens.clone());
        let after = prep.first_token_from(quote.end, end_sentence.tokens.clone());
        let sentence_start = sentence.tokens.start.min(first);
        let sentence_end = end_sentence.tokens.end.max(after);

        // After the quote: `…," said the ministry` or `…" Smith said`.
        let mut i = after;
        while i < sentence_end && matches!(self.word(i), "," | "—" | "-") {
            i += 1;
        }
        if i < sentence_end {
            if self.is_speech_verb(i) {
                let mut j = i + 1;
                while j < sentence_end && matches!(self.word(j), "the" | "to" | "by") {
                    j += 1;
                }
                if let Some(id) = self.speaker_at(j) {
                    return Some(id);
                }
            }
            if let Some(id) = self.speaker_at(i) {
                let at = self.ends.partition_point(|&end| end <= self.tokens[i].span().start);
                let mention_end = self.mentions[at].span.end;
                let k = prep.first_token_from(mention_end, i..sentence_end);
                if k < sentence_end && self.is_speech_verb(k) {
                    return Some(id);
                }
            }
            if self.is_pronoun(i) && i + 1 < sentence_end && self.is_speech_verb(i + 1) {
                return self.last_person_before(quote.start);
            }
        }

        // Before the quote, in its sentence: the subject of the last speech verb.
        let before = self.read_before(sentence_start, first);
        if let Some(verb) = before.last_verb {
            // "said Smith: …" and "according to Smith".
            let mut j = verb + 1;
            while j < first && matches!(self.word(j), "the" | "to" | "by") {
                j += 1;
            }
            if let Some(id) = self.speaker_at(j) {
                return Some(id);
            }
            let subject = Span::new(prep.tokens[sentence_start].span().start, prep.tokens[verb].span().start);
            if let Some(id) = self.last_speaker_in(subject) {
                return Some(id);
            }
            if before.first_pronoun.is_some_and(|k| k < verb) {
                return self.last_person_before(quote.start);
            }
        }
        // No verb: the person or organization the sentence is about.
        if first > sentence_start {
            let before = Span::new(prep.tokens[sentence_start].span().start, quote.start);
            if let Some(id) = self.last_speaker_in(before) {
                return Some(id);
            }
        }
        None
    }

    fn is_pronoun(&self, i: usize) -> bool {
        matches!(self.word(i), "he" | "she")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        pairs(text, Span::new(0, text.len())).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn every_mark_starts_with_a_listed_byte() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| mark(c).is_some()) {
            let mut utf8 = [0; 4];
            assert!(may_start_mark(c.encode_utf8(&mut utf8).as_bytes()[0]), "{c}");
        }
    }

    #[test]
    fn straight_and_curly_marks_pair() {
        assert_eq!(quoted(r#"He said "yes" and "no"."#), [r#""yes""#, r#""no""#]);
        assert_eq!(quoted("She said “we agree” today."), ["“we agree”"]);
        // An unclosed mark pairs with nothing; marks around no words are no quote.
        assert!(quoted(r#"He said "open"#).is_empty());
        assert!(quoted(r#"It was "" then"#).is_empty());
    }
}
