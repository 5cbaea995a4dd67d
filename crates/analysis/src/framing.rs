//! How a report frames its story, beside what it states: the loaded words
//! it uses, whom it quotes and at what length, and how much of it is the
//! outlet's own voice rather than statements it attributes to others.
//!
//! Two reports of the same facts can read very differently: one calls it a
//! "crisis" and quotes the minister at length, the other "tensions" and
//! quotes critics. The comparison of passages and figures does not show
//! that; this lens does, with counts a reader can check in the text.
//!
//! Loaded words come from the framing lexicon (`lexicon/framing.txt`):
//! terms of one or more words, matched over consecutive folded word tokens
//! of a sentence, longest first, never overlapping, and never part of a
//! name or a role: not inside the mention of a person, organization, place
//! or date ("International Crisis Group" is no alarm), not a capitalised
//! word inside a run of capitalised words or after a word ("the Chaos
//! Theory bar", "Crisis Group"; a sentence in title case is a headline and
//! exempt), and, for a noun that also names a field of work, not right
//! before the head word of a role or body ("crisis manager", "disaster
//! relief fund", `lexicon/role_heads.txt`).
//!
//! A term inside a direct quote is the quoted speaker's wording: it is
//! counted for the quote's speaker (or for "quoted, speaker unknown"), in
//! its term's [`Voice`] and its source's `loaded`, and left out of the
//! outlet's own counts. Attribution counts words: those inside quotation
//! marks, and those of sentences that carry a speech verb (the list quotes
//! use for speakers) or "according to".
//!
//! Invariants: every span lies in the article text, on token boundaries;
//! the spans of a term are sorted; the category and tone counts are sums
//! of the term counts (the own counts, of the own terms'); the `loaded` of
//! the sources add up to the quoted terms' counts;
//! `quoted_words <= attributed_words <= total_words`, and `total_words` is
//! the report's word count. The work is one pass over the report's tokens,
//! plus one look-up per distinct word.

use std::ops::Range;

use crate::hash::FastMap;
use crate::lexicon::{self, FRAMING};
use crate::text::{Folded, Prepared, Shape, Token};
use parallax_model::{EntityId, Framing, FramingTerm, Mention, Quote, QuotedSource, Span, Voice};

/// What framing asks of each distinct word of a report, worked out once
/// per word (by [`Folded::word_of`]) so that each token costs an index.
#[derive(Clone, Copy, Debug, Default)]
struct WordInfo {
    /// The lengths of the framing terms it opens (see
    /// `FramingLexicon::lengths_from`); 0 if none.
    lengths: u32,
    /// It is a speech verb ("said", "stated").
    speech: bool,
    /// It is "according" (attributing when "to" follows).
    according: bool,
    /// It heads a role or a body ("manager", "fund").
    role_head: bool,
}

fn word_info(folded: &Folded) -> Vec<WordInfo> {
    folded
        .words()
        .map(|word| WordInfo {
            lengths: FRAMING.lengths_from(word),
            speech: lexicon::is_speech_verb(word),
            according: word == "according",
            role_head: lexicon::is_role_head(word),
        })
        .collect()
}

/// Counts a word as [`crate::Report::word_count`] does: words and numbers.
fn counts_as_word(token: &Token) -> bool {
    token.is_word() || matches!(token.shape, Shape::Number | Shape::Ordinal)
}

/// One use of a loaded term: its lexicon entry, where it stands, and the
/// quote it stands in (an index into the report's quotes), if any.
#[derive(Clone, Copy, Debug)]
struct Use {
    entry: usize,
    span: Span,
    quote: Option<usize>,
}

/// The framing of one report of `total_words` words (its word count),
/// given its mentions (sorted, non-overlapping) and quotes (in text order).
pub(crate) fn find(prep: &Prepared, mentions: &[Mention], quotes: &[Quote], total_words: usize) -> Framing {
    let info = word_info(&prep.folded);
    let mut uses: Vec<Use> = Vec::new();
    let mut phrase = String::new();
    let mut quote_words = vec![0usize; quotes.len()];
    let mut quote_at = 0;
    let mut mention_at = 0;
    let (mut quoted_words, mut attributed_words) = (0, 0);
    for sentence in &prep.sentences {
        let first = sentence.tokens.start;
        let Some(tokens) = prep.tokens.get(first..sentence.tokens.end) else {
            continue;
        };
        let headline = title_case(prep, first..sentence.tokens.end);
        let (mut words, mut quoted_here, mut attributed) = (0, 0, false);
        // Framing terms never overlap: the next may start here.
        let mut free_from = first;
        for (i, token) in (first..).zip(tokens) {
            // Quotes are in text order and do not overlap.
            while quotes.get(quote_at).is_some_and(|q| q.span.end <= token.span().start) {
                quote_at += 1;
            }
            let in_quote = quotes.get(quote_at).is_some_and(|q| q.span.contains(token.span()));
            if counts_as_word(token) {
                words += 1;
                if let Some(count) = quote_words.get_mut(quote_at).filter(|_| in_quote) {
                    quoted_here += 1;
                    *count += 1;
                }
            }
            let word = prep.folded.word_of(i).and_then(|id| info.get(id)).copied().unwrap_or_default();
            // "according" attributes only before "to"; the test is rare.
            attributed |=
                word.speech || (word.according && i + 1 < first + tokens.len() && prep.folded.get(i + 1) == "to");
            if word.lengths != 0 && i >= free_from && token.is_word() {
                let end = first + tokens.len();
                let Some((entry, len)) = term_at(prep, i, word.lengths, end - i, &mut phrase) else {
                    continue;
                };
                let span = Span::new(token.span().start, prep.tokens[i + len - 1].span().end);
                let Some(lexicon_entry) = FRAMING.entry(entry) else { continue };
                let role = Role { names_roles: lexicon_entry.names_roles, headline };
                if in_name(mentions, &mut mention_at, span) || role.of(prep, &info, i..i + len, first..end) {
                    continue;
                }
                free_from = i + len;
                // A phrase of a loaded word's neutral sense ("tax regime")
                // only keeps the word from counting; so does a verb of
                // doubt that takes something ("claimed 58 lives").
                let claim = lexicon_entry.term.starts_with("claim");
                if lexicon_entry.loaded.is_none() || (claim && takes_something(prep, i + len, end)) {
                    continue;
                }
                let quote = quotes.get(quote_at).filter(|q| q.span.contains(span)).map(|_| quote_at);
                uses.push(Use { entry, span, quote });
            }
        }
        quoted_words += quoted_here;
        attributed_words += if attributed { words } else { quoted_here };
    }
    let mut quote_loaded = vec![0usize; quotes.len()];
    for quote in uses.iter().filter_map(|u| u.quote) {
        if let Some(loaded) = quote_loaded.get_mut(quote) {
            *loaded += 1;
        }
    }
    let mut framing = Framing {
        sources: sources(quotes, &quote_words, &quote_loaded),
        quoted_words,
        attributed_words,
        total_words,
        attributed_share: if total_words == 0 { 0.0 } else { attributed_words as f64 / total_words as f64 },
        ..Framing::default()
    };
    tally(&mut framing, uses, quotes);
    framing
}

/// Whether the words from token `from` (before `end`) are what "claimed"
/// took rather than what someone said: "claimed 58 lives", "claimed the
/// lives of two", "claimed responsibility", "claimed victory"; within four
/// words, before any "that".
fn takes_something(prep: &Prepared, from: usize, end: usize) -> bool {
    const TAKEN: &[&str] = &[
        "life", "lives", "responsibility", "victory", "title", "seat", "seats", "win", "credit", "gold", "medal",
        "crown", "record", "prize", "control",
    ];
    (from..end.min(from + 4)).map(|k| prep.folded.get(k)).take_while(|w| *w != "that").any(|w| TAKEN.contains(&w))
}

/// Gathers `uses` into the terms of `framing`, one per term and voice, and
/// counts them per category and tone, in every voice and in the own.
fn tally(framing: &mut Framing, mut uses: Vec<Use>, quotes: &[Quote]) {
    let voice = |quote: Option<usize>| match quote.and_then(|q| quotes.get(q)) {
        Some(quote) => Voice::Quoted(quote.speaker),
        None => Voice::Own,
    };
    uses.sort_by_key(|u| (u.entry, voice(u.quote), u.span));
    for group in uses.chunk_by(|a, b| a.entry == b.entry && voice(a.quote) == voice(b.quote)) {
        let Some((head, entry, (category, tone))) =
            group.first().and_then(|u| FRAMING.entry(u.entry).and_then(|e| Some((u, e, e.loaded?))))
        else {
            continue;
        };
        let voice = voice(head.quote);
        framing.by_category.add(category, group.len());
        framing.by_tone.add(tone, group.len());
        if voice == Voice::Own {
            framing.own_by_category.add(category, group.len());
            framing.own_by_tone.add(tone, group.len());
        }
        framing.terms.push(FramingTerm {
            term: entry.term.clone(),
            category,
            tone,
            count: group.len(),
            spans: group.iter().map(|u| u.span).collect(),
            voice,
        });
    }
    framing.terms.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)).then_with(|| a.voice.cmp(&b.voice)));
}

/// Whether the sentence over tokens `sentence` is in title case, as
/// headlines are: every word after the first that is not a function word
/// capitalised, and at least two of them. Capitals then say nothing of
/// names.
fn title_case(prep: &Prepared, sentence: Range<usize>) -> bool {
    let mut content = 0;
    for k in sentence.skip(1) {
        let Some(token) = prep.tokens.get(k).filter(|t| t.is_word()) else { continue };
        if lexicon::is_stopword(prep.folded.get(k)) {
            continue;
        }
        if !matches!(token.shape, Shape::Capitalized | Shape::AllCaps) {
            return false;
        }
        content += 1;
    }
    content >= 2
}

/// What decides whether a term is part of a name or a role: whether its
/// lexicon entry names fields of work, and whether its sentence is a
/// headline in title case.
#[derive(Clone, Copy, Debug)]
struct Role {
    names_roles: bool,
    headline: bool,
}

impl Role {
    /// Whether the term over `term` (token indices, in the sentence over
    /// `sentence`) is part of a name or a role rather than loaded wording:
    /// a noun naming a field of work before a role's head word ("crisis
    /// manager", "disaster relief"), or, outside headlines, a capitalised
    /// word after a word or before another capitalised word ("the Chaos
    /// Theory bar", "Crisis Group").
    fn of(self, prep: &Prepared, info: &[WordInfo], term: Range<usize>, sentence: Range<usize>) -> bool {
        let word = |k: usize| prep.tokens.get(k).filter(|t| sentence.contains(&k) && t.is_word());
        let next = word(term.end);
        let role_head = self.names_roles
            && next.is_some()
            && prep.folded.word_of(term.end).and_then(|id| info.get(id)).is_some_and(|w| w.role_head);
        let capitalised = |t: &Token| t.shape == Shape::Capitalized;
        let in_a_name = !self.headline
            && prep.tokens.get(term.start).is_some_and(capitalised)
            && (term.start > sentence.start && word(term.start - 1).is_some() || next.is_some_and(capitalised));
        role_head || in_a_name
    }
}

/// The longest framing term at token `i` whose length in words is among
/// `lengths` (bits, as `FramingLexicon::lengths_from` gives them) and at
/// most `left`, as its entry and its length in tokens; the words must be
/// consecutive word tokens. `phrase` is a buffer kept between calls.
fn term_at(prep: &Prepared, i: usize, lengths: u32, left: usize, phrase: &mut String) -> Option<(usize, usize)> {
    let longest = (u32::BITS - lengths.leading_zeros()) as usize;
    let words = (i..i + longest.min(left)).take_while(|&k| prep.tokens.get(k).is_some_and(Token::is_word)).count();
    (1..=words).rev().filter(|&len| lengths & 1 << len != 0).find_map(|len| {
        if len == 1 {
            return FRAMING.lookup(prep.folded.get(i)).map(|entry| (entry, 1));
        }
        phrase.clear();
        for k in i..i + len {
            if k > i {
                phrase.push(' ');
            }
            phrase.push_str(prep.folded.get(k));
        }
        FRAMING.lookup(phrase).map(|entry| (entry, len))
    })
}

/// Whether `span` overlaps the mention of an entity (a name or a date),
/// looking from mention `from` on, which moves to the first mention not
/// ending by `span`'s start; spans must be asked about in text order.
fn in_name(mentions: &[Mention], from: &mut usize, span: Span) -> bool {
    // Terms come in text order, and mentions end in order: walking on from
    // the previous term's place reads each mention once, where a binary
    // search of a long report's mentions (136 bytes each) missed the cache
    // at every step.
    while mentions.get(*from).is_some_and(|m| m.span.end <= span.start) {
        *from += 1;
    }
    let after = mentions.get(*from..).unwrap_or_default();
    after.iter().take_while(|m| m.span.start < span.end).any(|m| m.entity().is_some())
}

/// Quotes, their words and the loaded terms inside them per speaker,
/// longest first; ties by number of quotes, then by speaker, the
/// unattributed last.
fn sources(quotes: &[Quote], words: &[usize], loaded: &[usize]) -> Vec<QuotedSource> {
    let mut by_speaker: FastMap<Option<EntityId>, usize> = FastMap::default();
    let mut sources: Vec<QuotedSource> = Vec::new();
    for ((quote, &words), &loaded) in quotes.iter().zip(words).zip(loaded) {
        let slot = *by_speaker.entry(quote.speaker).or_insert_with(|| {
            sources.push(QuotedSource { speaker: quote.speaker, quotes: 0, words: 0, loaded: 0 });
            sources.len() - 1
        });
        if let Some(source) = sources.get_mut(slot) {
            source.quotes += 1;
            source.words += words;
            source.loaded += loaded;
        }
    }
    sources.sort_by(|a, b| {
        let unattributed = |s: &QuotedSource| s.speaker.is_none();
        b.words
            .cmp(&a.words)
            .then_with(|| b.quotes.cmp(&a.quotes))
            .then_with(|| unattributed(a).cmp(&unattributed(b)))
            .then_with(|| a.speaker.cmp(&b.speaker))
    });
    sources
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::prepare;

    /// The (term, count) pairs of `text` with no mention or quote.
    fn terms(text: &str) -> Vec<(String, usize)> {
        let prep = prepare(text);
        find(&prep, &[], &[], prep.word_count()).terms.into_iter().map(|t| (t.term, t.count)).collect()
    }

    #[test]
    fn phrases_match_longest_first_over_consecutive_words() {
        const CASES: &[(&str, &[(&str, usize)])] = &[
            // A phrase of two words wins over nothing; case and accents fold.
            ("It was a WAKE-UP CALL for all.", &[("wake-up call", 1)]),
            // Punctuation between the words breaks the phrase.
            ("It was a wake-up. Call it luck.", &[]),
            // A single word, twice.
            ("Chaos here, chaos there.", &[("chaos", 2)]),
            // A phrase cannot run across a sentence end.
            ("The town is in. Tatters remain.", &[]),
            // "claimed" casts doubt on what was said, not on what it took.
            ("The flood claimed 58 lives. The group claimed responsibility.", &[]),
            ("He claimed that the vote was rigged.", &[("claimed", 1)]),
        ];
        for (text, expected) in CASES {
            let expected: Vec<(String, usize)> = expected.iter().map(|(t, n)| (t.to_string(), *n)).collect();
            assert_eq!(terms(text), expected, "{text:?}");
        }
    }

    #[test]
    fn empty_and_odd_text_frames_nothing() {
        for text in ["", " ", "\u{0}", "🎉 🎉", "\"\"", "e\u{301}"] {
            let prep = prepare(text);
            let framing = find(&prep, &[], &[], prep.word_count());
            assert!(framing.terms.is_empty());
            assert_eq!(framing.attributed_share, 0.0);
        }
    }
}
