//! Attribution clauses: the words around a quotation that say who spoke it.
//!
//! A clause attributes words through a speech verb and its subject: "…,"
//! Ruiz said; "…," said Ruiz, the union's leader; the ministry said in a
//! statement: "…"; according to Ruiz; Ruiz, 44, told reporters; a Lumora
//! spokesperson said. This module finds the clause and its verb and reads
//! the speaker forward from an inverted verb ("said Ruiz", "according to
//! Ruiz") or after "by" for a passive ("described by Ruiz as");
//! [`super::subjects`] reads the subject back from the verb.
//!
//! Every reading looks at a bounded window of tokens, so that resolving
//! all the quotes of a report stays linear in its length.

use std::cell::OnceCell;

use crate::lexicon::{self, Flags};
use crate::text::{Prepared, Sentence, Shape, Token};
use parallax_model::{EntityId, Mention, Span};

use super::speakers::Speakers;
use super::words::{ends_attribution, is_determiner, is_verb, opens_clause, takes_listener};

/// Whom a clause attributes words to: an entity of the report, or `None`
/// for a party no entity names.
pub(super) type Said = Option<EntityId>;

/// An attribution clause found after a quotation or opening a sentence.
#[derive(Clone, Copy, Debug)]
pub(super) struct Attribution {
    pub said: Said,
    /// Its speech verb.
    pub verb: usize,
    /// The token after its verb, or after the name an inverted verb takes.
    pub end: usize,
}

/// How far after a quotation its verb may be; how far the name after an
/// inverted verb; how far back in a sentence its last speech verb.
const AFTER: usize = 16;
const NAMED: usize = 12;
const SENTENCE: usize = 40;

/// Reads attribution clauses over the tokens of a report.
pub(super) struct Clauses<'a> {
    pub(super) text: &'a str,
    pub(super) prep: &'a Prepared,
    pub(super) speakers: Speakers<'a>,
    /// The person and the organization each sentence is about (see
    /// [`Clauses::about_before`]), each worked out when first asked for:
    /// a pronoun asks about the few sentences before it, and working out
    /// every sentence of a long report was a ninth of its analysis.
    pub(super) subjects: OnceCell<Vec<[OnceCell<Subject>; 2]>>,
    /// Where the report's quotations start and end, each sorted: the
    /// marks that open and close them, as against apostrophes and marks
    /// inside them.
    pub(super) starts: Vec<usize>,
    pub(super) ends: Vec<usize>,
}

/// The entity a sentence is about, and where its mention ends.
pub(super) type Subject = Option<(EntityId, usize)>;

impl<'a> Clauses<'a> {
    pub fn new(text: &'a str, prep: &'a Prepared, mentions: &'a [Mention], quotations: &[Span]) -> Clauses<'a> {
        let starts = quotations.iter().map(|q| q.start).collect();
        let ends = quotations.iter().map(|q| q.end).collect();
        Clauses { text, prep, speakers: Speakers::new(mentions), subjects: OnceCell::new(), starts, ends }
    }

    /// The folded form of token `i`, or `""` past the last token.
    pub fn word(&self, i: usize) -> &str {
        self.prep.folded.get(i)
    }

    pub(super) fn token(&self, i: usize) -> Option<&Token> {
        self.prep.tokens.get(i)
    }

    pub(super) fn span(&self, i: usize) -> Span {
        self.token(i).map_or(Span::new(self.text.len(), self.text.len()), Token::span)
    }

    /// Whether token `i` is the mark opening or closing a quotation.
    pub fn is_mark(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            let span = t.span();
            t.shape == Shape::Punct
                && (self.starts.binary_search(&span.start).is_ok() || self.ends.binary_search(&span.end).is_ok())
        })
    }

    /// The person or organization mentioned at token `k`.
    pub fn speaker(&self, k: usize) -> Option<Said> {
        self.speakers.speaker_at(self.span(k)).map(Some)
    }

    pub fn is_verb(&self, i: usize) -> bool {
        is_verb(self.word(i))
    }

    /// The speaker named from token `j` on: after an inverted verb ("said
    /// Const. Ana Ruiz") or "according to". Returns whom, and the token
    /// after the name; a phrase that names no entity ("said a source") is
    /// no one's.
    fn named_after(&self, j: usize, hi: usize, quote: usize) -> Option<(Said, usize)> {
        // A title's abbreviation the sentences were cut after: "said
        // Const. | Ana Ruiz."
        let cut_after_title = hi >= j + 2
            && self.word(hi - 1) == "."
            && self.token(hi - 2).is_some_and(|t| t.is_capitalized() && t.span().len() <= 5)
            && self.speakers.speaker_at(self.span(hi - 2)).is_none();
        let hi = if cut_after_title { hi + NAMED } else { hi };
        let mut k = j;
        let (mut words, mut lower) = (0, 0);
        // An organization in the role: "said Lumora leader Ana Ruiz", "said
        // the director of Lumora, Ana Ruiz": the person, else Lumora.
        let mut modified = None;
        while k < hi.min(j + NAMED) {
            let word = self.word(k);
            if let Some((span, id)) = self.speakers.speaker_span(self.span(k)) {
                let next = self.prep.first_token_from(span.end, k..hi);
                if !self.after_preposition(k, j) && !self.is_modifier(k, span) {
                    return Some((Some(id), next));
                }
                modified.get_or_insert((Some(id), next));
                k = next.max(k + 1);
                continue;
            }
            let token = self.token(k)?;
            if self.is_mark(k) {
                break;
            }
            if lexicon::flags(word).has(Flags::ORG_HEAD) && k > j && is_determiner(self.word(k - 1)) {
                return Some((self.speakers.last_organization_named(word, quote), k + 1));
            }
            let part_of_name = is_determiner(word)
                || lexicon::is_title(word)
                || matches!(word, "." | "(" | ")" | "to")
                || word == "," && modified.is_some()
                || token.is_capitalized();
            if !part_of_name {
                // Up to two lower-case words of a role: "said protester Ana Ruiz".
                if token.shape != Shape::Lower || lower == 2 {
                    break;
                }
                lower += 1;
            }
            words += usize::from(token.is_word());
            k += 1;
        }
        modified.or((words > 0).then_some((None, k)))
    }

    /// Whom the speech verb at `v` attributes words to, reading the
    /// sentence's tokens `lo..hi`.
    pub fn verb_speaker(&self, v: usize, lo: usize, hi: usize, quote: usize) -> Option<Said> {
        let word = self.word(v);
        if word == "according" {
            return (self.word(v + 1) == "to").then(|| self.named_after(v + 2, hi, quote)).flatten().map(|(s, _)| s);
        }
        if self.word(v + 1) == "by" && !word.ends_with("ing") {
            // A passive: "described by Ruiz as" (not "quoted as saying by").
            return self.named_after(v + 2, hi, quote).map(|(s, _)| s);
        }
        if word.ends_with("ing")
            && let Some(said) = self.main_subject(lo, v, quote)
        {
            return Some(said);
        }
        if let Some(said) = self.subject_before(v, lo, quote) {
            return Some(said);
        }
        // A participle opening the sentence has the subject of the clause
        // after its comma: "Asked about it, Ruiz rejected … as he hoped to
        // “…”".
        let opens_sentence = v == lo && self.token(v).is_some_and(Token::is_capitalized);
        if opens_sentence
            && (word.ends_with("ing") || word.ends_with("ed"))
            && let Some(comma) = (v + 1..hi.min(v + NAMED)).find(|&k| self.word(k) == ",")
            && let Some((_, id)) = self.first_subject(comma + 1, hi, None)
        {
            return Some(Some(id));
        }
        // An inverted verb opens its clause ("said Ruiz: …"); one inside a
        // clause has its object after it ("claimed the lives of 74").
        let opens_clause =
            v == lo || matches!(self.word(v - 1), "," | ":" | ";" | "—" | "–" | "(") || self.is_mark(v - 1);
        if takes_listener(word) || !opens_clause {
            return None;
        }
        self.named_after(v + 1, hi, quote).map(|(s, _)| s)
    }

    /// The attribution clause starting at token `from` (after a quotation,
    /// its commas and dashes skipped), within the tokens up to `hi`:
    /// "said Ruiz", "Ruiz said", "the ministry said in a statement".
    pub fn attribution(&self, from: usize, hi: usize, quote: usize) -> Option<Attribution> {
        let mut start = from;
        while start < hi && matches!(self.word(start), "," | "—" | "–" | "-") {
            start += 1;
        }
        let mut appositive = false;
        let mut verb = None;
        for k in start..hi.min(start + AFTER) {
            let word = self.word(k);
            if self.is_mark(k) || matches!(word, ";" | ":" | "." | "!" | "?") {
                break;
            }
            if is_verb(word) {
                verb = Some(k);
                break;
            }
            if word == "," {
                appositive = !appositive;
            } else if !appositive && opens_clause(word) && self.speakers.speaker_at(self.span(k)).is_none() {
                // "and" inside a name ("Department of Wildlife and Parks") opens none.
                break;
            }
        }
        let verb = verb?;
        // "the Press Trust of India cited Hari Pathak … as saying": the
        // words are the one cited's, not the outlet's.
        if matches!(self.word(verb), "cited" | "quoted" | "cites" | "quotes")
            && (verb + 2..hi.min(verb + AFTER)).any(|k| self.word(k) == "as" && is_verb(self.word(k + 1)))
            && let Some((said, _)) = self.named_after(verb + 1, hi, quote)
        {
            return Some(Attribution { said, verb, end: verb + 1 });
        }
        if verb > start {
            let said = self.subject_before(verb, start, quote)?;
            return Some(Attribution { said, verb, end: verb + 1 });
        }
        if takes_listener(self.word(verb)) {
            return None;
        }
        let from = if self.word(verb) == "according" && self.word(verb + 1) == "to" { verb + 2 } else { verb + 1 };
        let (said, end) = self.named_after(from, hi, quote)?;
        Some(Attribution { said, verb, end })
    }

    /// Whether the attribution ends its sentence but for adjuncts: what a
    /// sentence that only attributes the quotation before it looks like
    /// ("Ruiz said.", "said Ruiz, the union's leader.", "Ruiz told
    /// reporters on Monday.").
    pub fn ends_sentence(&self, attribution: &Attribution, hi: usize) -> bool {
        let mut k = attribution.end;
        if takes_listener(self.word(attribution.verb)) && attribution.end == attribution.verb + 1 {
            // The listener: a name or a few words ("told reporters").
            let mut words = 0;
            while k < hi && words < 4 && !ends_attribution(self.word(k)) && !self.is_mark(k) {
                k += 1;
                words += 1;
            }
        }
        k >= hi || ends_attribution(self.word(k))
    }

    /// The attribution of a sentence's last clause, after one of its last
    /// commas (at or after token `after`): "The “reform” will cut pay,
    /// Ruiz said."
    pub fn trailing(&self, after: usize, sentence: &Sentence) -> Option<Said> {
        let hi = sentence.tokens.end;
        let lo = after.max(sentence.tokens.start);
        // The clause may hold commas of its own: "…, Ruiz, director of
        // Lumora, said." Try from each of the last three.
        let commas = (lo..hi).rev().take(2 * AFTER).take_while(|&k| !self.is_mark(k)).filter(|&k| self.word(k) == ",");
        let quote = self.span(sentence.tokens.start).start;
        commas.take(3).find_map(|comma| {
            let attribution = self.attribution(comma + 1, hi, quote)?;
            self.ends_sentence(&attribution, hi).then_some(attribution.said)
        })
    }

    /// Whom sentence `sentence` introduces as the speaker of a quotation
    /// that follows it: the speaker of its last speech verb ("Ruiz spoke
    /// after the vote."), or the subject of a sentence ending in a colon.
    pub fn introduced(&self, sentence: &Sentence, quote: usize) -> Option<Said> {
        let (lo, hi) = (sentence.tokens.start, sentence.tokens.end);
        let from = lo.max(hi.saturating_sub(SENTENCE));
        if let Some(v) = (from..hi).rev().find(|&k| self.is_verb(k)) {
            return self.verb_speaker(v, lo, hi, quote);
        }
        if hi > lo && self.word(hi - 1) == ":" {
            return self.main_subject(lo, hi, quote);
        }
        None
    }
}
