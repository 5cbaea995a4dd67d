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
use crate::text::{Prepared, Token, fold_cow};
use crate::{EntityId, Kind, Mention, Quote, Span};

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

/// The quote-mark pairs of one paragraph, as spans including the marks.
fn pairs(text: &str, paragraph: Span) -> Vec<Span> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in paragraph.slice(text).char_indices() {
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
    for paragraph in &prep.paragraphs {
        for span in pairs(text, *paragraph) {
            let open_len = text[span.start..].chars().next().map_or(1, char::len_utf8);
            let close_len = text[..span.end].chars().next_back().map_or(1, char::len_utf8);
            let inner = Span::new(span.start + open_len, span.end - close_len);
            let sentence = prep.sentence_at(span.start);
            let resolver = Speaker {
                text,
                tokens: &prep.tokens,
                mentions,
            };
            let mut speaker = resolver.resolve(prep, span);
            // A second quote in the same sentence shares the first one's speaker.
            if speaker.is_none() {
                if let Some(previous) = quotes.last() {
                    if previous.sentence == sentence {
                        speaker = previous.speaker;
                    }
                }
            }
            quotes.push(Quote {
                span,
                text: inner.slice(text).trim().to_string(),
                speaker,
                sentence,
            });
        }
    }
    quotes
}

struct Speaker<'a> {
    text: &'a str,
    tokens: &'a [Token],
    mentions: &'a [Mention],
}

impl Speaker<'_> {
    fn word(&self, i: usize) -> std::borrow::Cow<'_, str> {
        self.tokens
            .get(i)
            .map_or(std::borrow::Cow::Borrowed(""), |t| fold_cow(t.text(self.text)))
    }

    /// The person or organization mention starting at token `i`.
    fn speaker_at(&self, i: usize) -> Option<EntityId> {
        let token = self.tokens.get(i)?;
        let at = self.mentions.partition_point(|m| m.span.end <= token.span.start);
        let mention = self.mentions.get(at)?;
        let is_speaker = matches!(mention.kind, Kind::Person | Kind::Organization);
        (is_speaker && mention.span.overlaps(token.span)).then_some(mention.entity).flatten()
    }

    /// The last person or organization mention inside `within`.
    fn last_speaker_in(&self, within: Span) -> Option<EntityId> {
        self.mentions
            .iter()
            .rev()
            .filter(|m| within.contains(m.span))
            .find(|m| matches!(m.kind, Kind::Person | Kind::Organization))
            .and_then(|m| m.entity)
    }

    /// The last person mentioned before `offset` anywhere in the report.
    fn last_person_before(&self, offset: usize) -> Option<EntityId> {
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= offset)
            .find(|m| m.kind == Kind::Person)
            .and_then(|m| m.entity)
    }

    fn is_speech_verb(&self, i: usize) -> bool {
        let word = self.word(i);
        lexicon::is_speech_verb(&word) || word == "according"
    }

    fn resolve(&self, prep: &Prepared, quote: Span) -> Option<EntityId> {
        let first = prep.tokens.partition_point(|t| t.span.start < quote.start);
        let after = prep.tokens.partition_point(|t| t.span.start < quote.end);
        let sentence = &prep.sentences[prep.sentence_at(quote.start)];
        let sentence_start = sentence.tokens.start.min(first);
        let end_sentence = &prep.sentences[prep.sentence_at(quote.end.saturating_sub(1))];
        let sentence_end = end_sentence.tokens.end.max(after);

        // After the quote: `…," said the ministry` or `…" Smith said`.
        let mut i = after;
        while i < sentence_end && matches!(self.word(i).as_ref(), "," | "—" | "-") {
            i += 1;
        }
        if i < sentence_end {
            if self.is_speech_verb(i) {
                let mut j = i + 1;
                while j < sentence_end && matches!(self.word(j).as_ref(), "the" | "to" | "by") {
                    j += 1;
                }
                if let Some(id) = self.speaker_at(j) {
                    return Some(id);
                }
            }
            if let Some(id) = self.speaker_at(i) {
                let at = self.mentions.partition_point(|m| m.span.end <= self.tokens[i].span.start);
                let mention_end = self.mentions[at].span.end;
                let k = prep.tokens.partition_point(|t| t.span.start < mention_end);
                if k < sentence_end && self.is_speech_verb(k) {
                    return Some(id);
                }
            }
            if self.is_pronoun(i) && i + 1 < sentence_end && self.is_speech_verb(i + 1) {
                return self.last_person_before(quote.start);
            }
        }

        // Before the quote, in its sentence: the subject of the last speech verb.
        let verb = (sentence_start..first).rev().find(|&k| self.is_speech_verb(k));
        if let Some(verb) = verb {
            // "said Smith: …" and "according to Smith".
            let mut j = verb + 1;
            while j < first && matches!(self.word(j).as_ref(), "the" | "to" | "by") {
                j += 1;
            }
            if let Some(id) = self.speaker_at(j) {
                return Some(id);
            }
            let subject = Span::new(prep.tokens[sentence_start].span.start, prep.tokens[verb].span.start);
            if let Some(id) = self.last_speaker_in(subject) {
                return Some(id);
            }
            if (sentence_start..verb).any(|k| self.is_pronoun(k)) {
                return self.last_person_before(quote.start);
            }
        }
        // No verb: the person or organization the sentence is about.
        if first > sentence_start {
            let before = Span::new(prep.tokens[sentence_start].span.start, quote.start);
            if let Some(id) = self.last_speaker_in(before) {
                return Some(id);
            }
        }
        None
    }

    fn is_pronoun(&self, i: usize) -> bool {
        matches!(self.word(i).as_ref(), "he" | "she")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        pairs(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
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
