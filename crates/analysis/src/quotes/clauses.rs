//! Attribution clauses: the words around a quotation that say who spoke it.
//!
//! A clause attributes words through a speech verb and its subject: "…,"
//! Ruiz said; "…," said Ruiz, the union's leader; the ministry said in a
//! statement: "…"; according to Ruiz; Ruiz, 44, told reporters; a Lumora
//! spokesperson said. The subject is read back from the verb (past
//! auxiliaries and adverbs, an appositive between commas, a bracket),
//! forward from an inverted verb ("said Ruiz"), from the main clause for a
//! participle ("…, saying"), and after "by" for a passive ("described by
//! Ruiz as"). A subject that is a pronoun refers to the last person named
//! ("he", "she"); "the ministry" to the last organization whose name
//! holds "ministry"; any other subject that names no entity ("the
//! regulator", "a source", "Ruiz's lawyer", "it") is a party that is no
//! entity: the clause attributes the words, to no one the report names.
//!
//! Every reading looks at a bounded window of tokens, so that resolving
//! all the quotes of a report stays linear in its length.

use std::cell::OnceCell;

use crate::lexicon::{self, Flags};
use crate::text::{Prepared, Sentence, Shape, Token};
use parallax_model::{EntityId, Mention, Span};

use super::speakers::Speakers;
use super::words::{
    between_subject_and_verb, ends_attribution, is_determiner, is_impersonal_pronoun, is_personal_pronoun,
    is_preposition, is_verb, opens_clause, speaks_for, takes_listener,
};

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

/// How far back the comma opening an appositive may be; how far after a
/// quotation its verb may be; how far the name after an inverted verb;
/// how far into its clause a main subject; how far back in a sentence
/// its last speech verb.
const APPOSITIVE: usize = 16;
const AFTER: usize = 16;
const NAMED: usize = 12;
const MAIN_CLAUSE: usize = 10;
const SENTENCE: usize = 40;

/// Reads attribution clauses over the tokens of a report.
pub(super) struct Clauses<'a> {
    text: &'a str,
    prep: &'a Prepared,
    speakers: Speakers<'a>,
    /// The person each sentence is about, and where its mention ends
    /// (see [`Clauses::person_before`]); built when first asked for.
    subjects: OnceCell<Vec<Option<(EntityId, usize)>>>,
    /// Where the report's quotations start and end, each sorted: the
    /// marks that open and close them, as against apostrophes and marks
    /// inside them.
    starts: Vec<usize>,
    ends: Vec<usize>,
}

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

    fn token(&self, i: usize) -> Option<&Token> {
        self.prep.tokens.get(i)
    }

    fn span(&self, i: usize) -> Span {
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

    /// Whom "he" or "she" before `offset` refers to: the person the
    /// latest of the last few sentences is about, its subject ("Judge Ruiz
    /// sentenced Okafor. He also ordered …" is Ruiz), else the last person
    /// named.
    fn person_before(&self, offset: usize) -> Said {
        const SENTENCES: usize = 3;
        let subjects = self.subjects.get_or_init(|| {
            let sentences = &self.prep.sentences;
            sentences.iter().map(|s| self.person_subject(s.tokens.start, s.tokens.end)).collect()
        });
        let holding = self.prep.sentences.partition_point(|s| s.span.end <= offset);
        let recent = holding.saturating_sub(SENTENCES)..(holding + 1).min(subjects.len());
        let subject = subjects.get(recent).unwrap_or_default().iter().rev().flatten().find(|&&(_, end)| end <= offset);
        subject.map(|&(id, _)| id).or_else(|| self.speakers.last_person_before(offset))
    }

    /// The person the sentence of tokens `lo..hi` is about, and where
    /// its mention ends.
    fn person_subject(&self, lo: usize, hi: usize) -> Option<(EntityId, usize)> {
        self.first_subject(lo, hi, true).map(|(span, id)| (id, span.end))
    }

    /// The person or organization mentioned at token `k`.
    pub fn speaker(&self, k: usize) -> Option<Said> {
        self.speakers.speaker_at(self.span(k)).map(Some)
    }

    /// The person whose organization `mention` (at token `k`) names:
    /// "Ruiz of the Lumora Union told", "Ruiz, President of Lumora said".
    fn member_of(&self, k: usize, mention: Span) -> Option<EntityId> {
        if !self.speakers.is_organization(mention) {
            return None;
        }
        let mut f = self.prep.first_token_from(mention.start, k.saturating_sub(8)..k + 1);
        if f > 0 && is_determiner(self.word(f - 1)) {
            f -= 1;
        }
        if !(f > 1 && matches!(self.word(f - 1), "of" | "at" | "for" | "from")) {
            return None;
        }
        // Back past a title and a comma: "Ana Ruiz, President of Lumora".
        let mut p = f - 2;
        for _ in 0..3 {
            let word = self.word(p);
            if p > 0 && (lexicon::is_title(word) || word == ",") && !self.speakers.is_person(self.span(p)) {
                p -= 1;
            }
        }
        let person = self.span(p);
        self.speakers.is_person(person).then(|| self.speakers.speaker_at(person)).flatten()
    }

    /// The token after the quotation that token `k` opens, or `k`.
    fn past_quotation(&self, k: usize) -> usize {
        let start = self.span(k).start;
        match self.starts.binary_search(&start) {
            Ok(at) if self.is_mark(k) => {
                let end = self.ends.get(at).copied().unwrap_or(start);
                // Past the commas and dashes after it.
                let after = self.prep.first_token_from(end, k..self.prep.tokens.len());
                let mut after = after;
                while matches!(self.word(after), "," | "—" | "–" | "-") {
                    after += 1;
                }
                after
            }
            _ => k,
        }
    }

    pub fn is_verb(&self, i: usize) -> bool {
        is_verb(self.word(i))
    }

    /// Who token `t` names when it is the last word of a verb's subject;
    /// `quote` is where the quotation starts, before which a pronoun's
    /// person was named.
    fn subject_at(&self, t: usize, quote: usize) -> Option<Said> {
        let word = self.word(t);
        if let Some((span, id)) = self.speakers.speaker_span(self.span(t)) {
            return Some(Some(self.member_of(t, span).unwrap_or(id)));
        }
        if is_personal_pronoun(word) {
            return Some(self.person_before(quote));
        }
        if is_impersonal_pronoun(word) {
            return Some(None);
        }
        let token = self.token(t)?;
        if !token.is_word() {
            return None;
        }
        // A capitalised word right after a name: "Judge Inez Cardinal" where
        // the name found ends before "Cardinal".
        if token.is_capitalized()
            && t > 0
            && self.speakers.is_person(self.span(t - 1))
            && let Some(id) = self.speakers.speaker_at(self.span(t - 1))
        {
            return Some(Some(id));
        }
        if speaks_for(word)
            && t > 0
            && let Some(id) = self.speakers.speaker_at(self.span(t - 1))
        {
            return Some(Some(id));
        }
        if lexicon::flags(word).has(Flags::ORG_HEAD) {
            // "the ministry": the last organization named so.
            return Some(self.speakers.last_organization_named(word, quote));
        }
        Some(None)
    }

    /// The subject of the verb at `v`, read back to no further than `lo`.
    fn subject_before(&self, v: usize, lo: usize, quote: usize) -> Option<Said> {
        let mut t = v;
        let mut skipped = 0;
        while t > lo && skipped < 4 {
            let word = self.word(t - 1);
            let date = self.speakers.is_date(self.span(t - 1));
            let on_date = word == "on" && t < v && self.speakers.is_date(self.span(t));
            if !(between_subject_and_verb(word) || date || on_date) {
                break;
            }
            t -= 1;
            skipped += 1;
        }
        let t = t.checked_sub(1).filter(|&t| t >= lo)?;
        let comma_before = |k: usize| k > lo && self.word(k - 1) == ",";
        match self.word(t) {
            "," => self.appositive(t, lo, quote),
            ")" => {
                let open = (lo..t).rev().take(8).find(|&k| self.word(k) == "(")?;
                open.checked_sub(1).filter(|&k| k >= lo).and_then(|k| self.subject_at(k, quote))
            }
            // "Gerwig, the director of “Barbie,” called": an appositive
            // closed inside a quotation's marks.
            _ if self.is_mark(t) && comma_before(t) => self.appositive(t, lo, quote),
            // "the bank, which called it": the relative pronoun's antecedent.
            "which" | "who" if t > lo => {
                let antecedent = if comma_before(t) { t.checked_sub(2) } else { Some(t - 1) };
                antecedent.filter(|&k| k >= lo).and_then(|k| self.subject_at(k, quote))
            }
            // "Ruiz left but said": the subject of the clause.
            "and" | "but" => self.main_subject(lo, t, quote),
            // "Ruiz, 44 said": an age after a comma.
            _ if self.token(t).is_some_and(Token::is_number) && comma_before(t) => {
                t.checked_sub(2).filter(|&k| k >= lo).and_then(|k| self.subject_at(k, quote))
            }
            _ => self.subject_at(t, quote),
        }
    }

    /// The subject before the appositives that token `close` (a comma, or
    /// a quote mark after one) closes: "Ruiz, the union's leader, said";
    /// "a paramedic, Ana Ruiz, said", where the appositive is the name;
    /// "Ruiz, secretary of Lumora, the union, said" and "Ruiz, who spoke
    /// from the capital, Lagos, said", where Ruiz heads the appositives.
    fn appositive(&self, close: usize, lo: usize, quote: usize) -> Option<Said> {
        let mut end = close;
        if self.is_mark(close) {
            // Past the quotation inside the appositive, which a quotation
            // opening the clause is not ("“…,” said Ruiz").
            end = (lo..close).rev().take(APPOSITIVE).find(|&j| self.is_mark(j))?;
            if end <= lo {
                return None;
            }
        }
        // The commas opening the appositives, nearest first.
        let mut opens = [0; 3];
        let mut count = 0;
        while count < opens.len() {
            let open = (lo..end).rev().take(APPOSITIVE).find(|&j| self.word(j) == "," || self.is_mark(j));
            match open {
                Some(open) if self.word(open) == "," => {
                    opens[count] = open;
                    count += 1;
                    end = open;
                }
                _ => break,
            }
        }
        let opens = &opens[..count];
        let &nearest = opens.first()?;
        // The first speaker the appositives describe, not the object of a
        // preposition inside a role ("secretary of Lumora").
        let head = |open: usize| open.checked_sub(1).filter(|&j| j >= lo);
        let speaks = |j: usize| {
            let start = self.speakers.speaker_span(self.span(j)).map(|(span, _)| span.start);
            let first = start.map(|start| self.prep.first_token_from(start, lo..j + 1));
            first.is_some_and(|f| !self.after_preposition(f, lo))
        };
        if let Some(j) = opens.iter().rev().filter_map(|&open| head(open)).find(|&j| speaks(j)) {
            return self.subject_at(j, quote);
        }
        // Else the appositive is the name ("a paramedic, Ana Ruiz, said"),
        // or the subject is the word it describes ("the regulator, which
        // …, said").
        if !self.is_mark(close)
            && let Some((span, id)) = self.speakers.speaker_span(self.span(nearest + 1))
            && span.start == self.span(nearest + 1).start
            && span.end == self.span(close - 1).end
        {
            return Some(Some(id));
        }
        head(nearest).and_then(|j| self.subject_at(j, quote))
    }

    /// Whether token `k` follows a preposition, maybe with a determiner or
    /// titles between ("of the union", "at Prime Minister Ruiz"), within
    /// the tokens from `lo`.
    fn after_preposition(&self, k: usize, lo: usize) -> bool {
        let mut k = k;
        for _ in 0..3 {
            let word = self.word(k.saturating_sub(1));
            let capitalised = self.token(k.saturating_sub(1)).is_some_and(Token::is_capitalized);
            if k > lo && (is_determiner(word) || lexicon::is_title(word) || capitalised) {
                k -= 1;
            }
        }
        // "of" inside a title is none: "Secretary of State Ana Ruiz".
        let in_title = k > lo + 1 && self.word(k - 1) == "of" && self.token(k - 2).is_some_and(Token::is_capitalized);
        k > lo && is_preposition(self.word(k - 1)) && !in_title
    }

    /// Whether the mention at token `k` qualifies what follows it rather
    /// than naming a speaker: a possessive ("Lumora's lawyer") or a name
    /// before a role ("Lumora chief executive Ana Ruiz").
    fn is_modifier(&self, k: usize, mention: Span) -> bool {
        let rest = self.text.get(mention.end..).unwrap_or("");
        let possessive = ["'s", "’s", "' ", "’ "].iter().any(|p| rest.starts_with(p));
        // Whatever its kind: the kind of a company's name is sometimes wrong.
        possessive || self.role_follows(mention, k)
    }

    /// Whether a role and a person follow the mention at token `k`: a
    /// title ("Lumora chief executive Ana Ruiz"), or a few lower-case words
    /// ending in one ("Lumora area manager Ana Ruiz").
    fn role_follows(&self, mention: Span, k: usize) -> bool {
        let next = self.prep.first_token_from(mention.end, k..self.prep.tokens.len());
        let two = format!("{} {}", self.word(next), self.word(next + 1));
        let person_after = || (next + 1..next + 6).any(|j| self.speakers.is_person(self.span(j)));
        if (lexicon::is_title(self.word(next)) || lexicon::is_title(&two)) && person_after() {
            return true;
        }
        let lower = (next..next + 3).take_while(|&j| self.token(j).is_some_and(|t| t.shape == Shape::Lower)).count();
        lower > 0 && lexicon::is_title(self.word(next + lower - 1)) && self.speakers.is_person(self.span(next + lower))
    }

    /// The person or organization the main clause of `lo..v` is about
    /// ("Ruiz congratulated Okafor, saying …" is Ruiz's).
    fn main_subject(&self, lo: usize, v: usize, quote: usize) -> Option<Said> {
        if is_personal_pronoun(self.word(lo)) {
            return Some(self.person_before(quote));
        }
        self.first_subject(lo, v, false).map(|(_, id)| Some(id))
    }

    /// The first person or organization (the first person, when `person`)
    /// among the first tokens of `lo..hi`, past a quotation opening them,
    /// that is no object of a preposition, nothing in brackets and no
    /// modifier: the subject of a clause.
    fn first_subject(&self, lo: usize, hi: usize, person: bool) -> Option<(Span, EntityId)> {
        let lo = self.past_quotation(lo).min(hi);
        let mut k = lo;
        while k < hi.min(lo + MAIN_CLAUSE) {
            let Some((span, id)) = self.speakers.speaker_span(self.span(k)) else {
                k += 1;
                continue;
            };
            let bracketed = k > lo && self.word(k - 1) == "(";
            let subject = !self.after_preposition(k, lo) && !bracketed && !self.is_modifier(k, span);
            if subject && (!person || self.speakers.is_person(span)) {
                return Some((span, id));
            }
            // Past the rest of this mention.
            k = self.prep.first_token_from(span.end, k..hi).max(k + 1);
        }
        None
    }

    /// The speaker named from token `j` on: after an inverted verb ("said
    /// Const. Ana Ruiz") or "according to". Returns whom, and the token
    /// after the name; a phrase that names no entity ("said a source") is
    /// no one's.
    fn named_after(&self, j: usize, hi: usize, quote: usize) -> Option<(Said, usize)> {
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
        if takes_listener(word) {
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

    /// The attribution of a sentence's last clause, after its last comma
    /// (at or after token `after`): "The “reform” will cut pay, Ruiz said."
    pub fn trailing(&self, after: usize, sentence: &Sentence) -> Option<Said> {
        let hi = sentence.tokens.end;
        let lo = after.max(sentence.tokens.start);
        let comma = (lo..hi).rev().take(AFTER).take_while(|&k| !self.is_mark(k)).find(|&k| self.word(k) == ",")?;
        let attribution = self.attribution(comma + 1, hi, self.span(sentence.tokens.start).start)?;
        self.ends_sentence(&attribution, hi).then_some(attribution.said)
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
