//! Direct quotations and their speakers.
//!
//! A report quotes with every kind of quote mark, across line breaks and
//! over paragraphs ([`marks`]). Each quotation goes to the entity the text
//! attributes it to, by the first of these rules that names one:
//!
//! 1. Its own sentence ([`clauses`], [`subjects`]). A quotation that opens
//!    its sentence or clause goes to the attribution right after it ("…,"
//!    said the ministry; "…" Ruiz said), else to the speech verb before it
//!    ("Ruiz said: …"). A word or phrase quoted inside a sentence goes to
//!    the subject of the nearest speech verb before it, so that in "the
//!    regulator called the breach 'reckless', Ruiz said" the word is the
//!    regulator's, not Ruiz's; with no verb before it, to the attribution
//!    after it or the one closing the sentence (", Ruiz said.").
//! 2. The next sentence, when it only attributes: "…." Ruiz said.
//! 3. The quotation before, when this one follows on from it: a second and
//!    third quotation in a row after "…," said Ruiz, with no sentence of
//!    narration between.
//! 4. The sentence before, when it introduces a speaker and quotes no one:
//!    "Ruiz spoke after the vote." or "Ruiz told reporters:".
//!
//! Then a quotation over paragraphs whose first part no rule attributes
//! takes the speaker of its next part. A rule that finds a party no entity
//! names ("a source said", "the regulator called" with no regulator
//! named) settles the quotation as no one's: it never falls to a later
//! rule and a wrong person. The title of a work in quote marks ("Barbie",
//! "The Florida Project") is nobody's words, and a heading in quote marks
//! takes no speaker from the quotations or sentences around it. Scraped
//! copy that glues the quote to the verb (`specialists"said theIMSS`) is
//! tokenized apart before this module sees it, so the same rules apply.
//!
//! Quotations come in text order, and every rule reads a bounded window of
//! tokens or one sentence, so resolving all of them stays linear.

mod clauses;
mod marks;
mod speakers;
mod subjects;
mod words;

use crate::lexicon;
use crate::text::{Prepared, SentenceCursor, fold};
use clauses::{Clauses, Said};
use marks::Quoted;
use parallax_model::{Mention, Quote, Span};

/// How far before a quotation the speech verb that governs it may be.
const GOVERNING_VERB: usize = 30;

/// Where a quotation lies among the tokens and sentences of its report.
#[derive(Clone, Copy, Debug)]
struct Place {
    span: Span,
    /// The sentences it opens and closes in.
    sentence: usize,
    end_sentence: usize,
    /// Its opening mark's token, and the first token after it.
    first: usize,
    after: usize,
    /// Whether its opening mark is the first token of its sentence.
    opens_sentence: bool,
}

/// The last speech verb read in a sentence before a quotation, read on from
/// where the previous quotation of the same sentence left off, since
/// quotations come in text order: reading back from each quotation to the
/// start of its sentence made a sentence with many quotes quadratic.
#[derive(Clone, Copy, Debug, Default)]
struct VerbBefore {
    /// The tokens read: `from..to`.
    from: usize,
    to: usize,
    verb: Option<usize>,
}

/// Every quotation of a report, with its speaker where the text says.
pub(crate) fn find(text: &str, prep: &Prepared, mentions: &[Mention]) -> Vec<Quote> {
    let quotations = marks::quotations(text, &prep.paragraphs);
    let spans: Vec<Span> = quotations.iter().map(|q| q.span).collect();
    let clauses = Clauses::new(text, prep, mentions, &spans);
    let mut starts = SentenceCursor::new(prep);
    let mut ends = SentenceCursor::new(prep);
    let mut verbs = VerbBefore::default();
    let mut found: Vec<(Quoted, Place, Option<Said>)> = Vec::with_capacity(quotations.len());
    for quoted in quotations {
        let Some(place) = place(prep, &mut starts, &mut ends, quoted.span) else {
            continue;
        };
        let previous = found.last().map(|&(_, place, said)| (place, said));
        let verb = verb_before(&clauses, prep, &mut verbs, &place, previous.map(|(p, _)| p));
        let words = quoted.inner.slice(text);
        let said = if is_title(words) {
            Some(None)
        } else if is_heading(text, &quoted) {
            // A heading quotes someone the text names later, if at all.
            own_sentence(&clauses, prep, &place, verb)
        } else {
            own_sentence(&clauses, prep, &place, verb)
                .or_else(|| next_sentence(&clauses, text, prep, &place))
                .or_else(|| follows_on(&place, previous))
                .or_else(|| introduced(&clauses, prep, &place, previous.map(|(p, _)| p)))
        };
        found.push((quoted, place, said));
    }
    // A quotation over paragraphs whose first part names no speaker is
    // spoken by whoever its next part names ("“…. ¶ “…,” Ruiz said.").
    for k in (1..found.len()).rev() {
        let (next, this) = (found[k], &mut found[k - 1]);
        let continued = this.0.span.end == this.0.inner.end && next.1.sentence == this.1.end_sentence + 1;
        if this.2.is_none() && continued && next.1.opens_sentence {
            this.2 = next.2;
        }
    }
    found
        .into_iter()
        .map(|(quoted, place, said)| Quote {
            span: quoted.span,
            text: quoted.inner.slice(text).trim().to_string(),
            speaker: said.flatten(),
            sentence: place.sentence,
        })
        .collect()
}

/// The [`Place`] of the quotation `span`, or `None` when no sentence holds it.
fn place(prep: &Prepared, starts: &mut SentenceCursor<'_>, ends: &mut SentenceCursor<'_>, span: Span) -> Option<Place> {
    let sentence = starts.sentence_at(span.start);
    let end_sentence = ends.sentence_at(span.end.saturating_sub(1)).max(sentence);
    let (opening, closing) = (prep.sentences.get(sentence)?, prep.sentences.get(end_sentence)?);
    let first = prep.first_token_from(span.start, opening.tokens.clone());
    let after = prep.first_token_from(span.end, closing.tokens.clone());
    let opens_sentence = first == opening.tokens.start;
    Some(Place { span, sentence, end_sentence, first, after, opens_sentence })
}

/// Whether quoted words are the title of a work or a name rather than
/// speech: a few words, each capitalised but for function words ("The
/// Florida Project"), or one capitalised word that is no common word
/// ("Megalopolis"; "Never" is speech).
fn is_title(words: &str) -> bool {
    let mut words =
        words.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let rest: Vec<&str> = words.take(6).collect();
    if rest.is_empty() {
        return capitalised(first) && !lexicon::is_common_word(&fold(first));
    }
    rest.len() <= 5
        && capitalised(first)
        && rest.iter().all(|w| capitalised(w) || w.len() <= 3 && lexicon::is_stopword(&fold(w)))
}

/// Whether a quotation is a heading: a paragraph of its own whose words
/// end without a stop ("“Deeply sorry”", "“UEA will not survive without
/// its staff”").
fn is_heading(text: &str, quoted: &Quoted) -> bool {
    let alone_before = text[..quoted.span.start].trim_end_matches([' ', '\t']);
    let alone_after = text[quoted.span.end..].trim_start_matches([' ', '\t']);
    let alone = (alone_before.is_empty() || alone_before.ends_with('\n'))
        && (alone_after.is_empty() || alone_after.starts_with(['\n', '\r']));
    let closed = quoted.span.end > quoted.inner.end;
    let stops = quoted.inner.slice(text).trim_end().ends_with(['.', '!', '?', ',', '…']);
    alone && closed && !stops
}

/// The last speech verb in the sentence of `place` before it, outside the
/// quotation before it, no more than [`GOVERNING_VERB`] tokens before it.
fn verb_before(
    clauses: &Clauses<'_>,
    prep: &Prepared,
    read: &mut VerbBefore,
    place: &Place,
    previous: Option<Place>,
) -> Option<usize> {
    let from = prep.sentences.get(place.sentence).map_or(place.first, |s| s.tokens.start.min(place.first));
    if read.from != from || read.to > place.first {
        *read = VerbBefore { from, to: from, verb: None };
    }
    // The words of the previous quotation are not this one's attribution.
    let skip_to = previous.filter(|p| p.end_sentence == place.sentence).map_or(0, |p| p.after);
    for k in read.to.max(skip_to)..place.first {
        if clauses.is_verb(k) {
            read.verb = Some(k);
        }
    }
    read.to = read.to.max(place.first);
    read.verb.filter(|&v| place.first - v <= GOVERNING_VERB)
}

/// Rule 1: the speaker the quotation's own sentence names.
fn own_sentence(clauses: &Clauses<'_>, prep: &Prepared, place: &Place, verb: Option<usize>) -> Option<Said> {
    let sentence = prep.sentences.get(place.sentence)?;
    let closing = prep.sentences.get(place.end_sentence)?;
    let lo = sentence.tokens.start.min(place.first);
    let hi = closing.tokens.end.max(place.after);
    let quote = place.span.start;
    let before = || verb.and_then(|v| clauses.verb_speaker(v, lo, place.first, quote));
    let after = || clauses.attribution(place.after, hi, quote).map(|a| a.said);
    let trailing = || clauses.trailing(place.after, closing);
    // "Mayor Ruiz: “…”", as headlines attribute.
    let named = || {
        (place.first >= lo + 2 && clauses.word(place.first - 1) == ":")
            .then(|| clauses.speaker(place.first - 2))
            .flatten()
    };
    let opens_clause =
        place.first == lo || matches!(clauses.word(place.first - 1), "," | ":" | ";" | "—" | "–" | "-" | "(");
    if opens_clause || verb.is_none() {
        after().or_else(before).or_else(named).or_else(trailing)
    } else {
        before().or_else(after).or_else(trailing)
    }
}

/// Rule 2: the next sentence, when the quotation ends its own and the next
/// one, in the same paragraph, only attributes it.
fn next_sentence(clauses: &Clauses<'_>, text: &str, prep: &Prepared, place: &Place) -> Option<Said> {
    let closing = prep.sentences.get(place.end_sentence)?;
    let ends_sentence = (place.after..closing.tokens.end).all(|k| matches!(clauses.word(k), "." | "!" | "?" | "…"));
    let next = prep.sentences.get(place.end_sentence + 1)?;
    let same_paragraph = !text.get(place.span.end..next.span.start).unwrap_or("\n").contains('\n');
    if !(ends_sentence && same_paragraph) {
        return None;
    }
    let (lo, hi) = (next.tokens.start, next.tokens.end);
    let attribution = clauses.attribution(lo, hi, place.span.start)?;
    clauses.ends_sentence(&attribution, hi).then_some(attribution.said)
}

/// Rule 3: the speaker of the quotation before, when this one follows on
/// from it: in the same sentence, or opening the sentence after the one
/// the quotation before ends in.
fn follows_on(place: &Place, previous: Option<(Place, Option<Said>)>) -> Option<Said> {
    let (before, said) = previous?;
    let same = before.end_sentence == place.sentence;
    let next = before.end_sentence + 1 == place.sentence && place.opens_sentence;
    (same || next).then_some(said).flatten()
}

/// Rule 4: the speaker the sentence before introduces, when the quotation
/// opens its sentence and the sentence before quotes no one.
fn introduced(clauses: &Clauses<'_>, prep: &Prepared, place: &Place, previous: Option<Place>) -> Option<Said> {
    let before = place.sentence.checked_sub(1).and_then(|k| prep.sentences.get(k))?;
    let quotes_before = previous.is_some_and(|p| p.end_sentence + 1 >= place.sentence);
    if !place.opens_sentence || quotes_before {
        return None;
    }
    clauses.introduced(before, place.span.start)
}
