//! The subject of a speech verb, read back from it, and what the
//! sentences before a pronoun are about.
//!
//! The subject is read back from the verb past auxiliaries and adverbs,
//! appositives between commas and a bracket ("Ruiz, 44, a paramedic,
//! said"), from the main clause for a participle ("…, saying"), and past a
//! role to its person ("Lumora chief executive Ana Ruiz said"). A pronoun
//! refers to what the last sentences are about: "he" and "she" to the
//! person who is their subject, else the last person named; "it" to the
//! organization the sentence before is about. "The ministry" is the last
//! organization whose name holds "ministry"; "the regulator" or "the
//! spokesperson" the organization the sentence before is about. Any other
//! subject that names no entity ("a source", "Ruiz's lawyer", "they") is
//! a party that is no entity: the clause attributes the words, to no one
//! the report names.
//!
//! Every reading looks at a bounded window of tokens; what each sentence
//! is about is worked out once, when a pronoun first asks.

use crate::lexicon::{self, Flags};
use crate::text::{Shape, Token};
use parallax_model::{EntityId, Kind, Span};

use super::clauses::{Clauses, Said};
use super::words::{
    between_subject_and_verb, is_determiner, is_impersonal_pronoun, is_personal_pronoun, is_preposition, is_verb_form,
    speaks_for, writes_for,
};

/// How far back the comma opening an appositive may be; how far into its
/// clause a subject may start.
const APPOSITIVE: usize = 16;
const MAIN_CLAUSE: usize = 10;

impl Clauses<'_> {
    /// Whom "he" or "she" before `offset` refers to: the person the
    /// latest of the last few sentences is about, its subject ("Judge Ruiz
    /// sentenced Okafor. He also ordered …" is Ruiz), else the last person
    /// named.
    pub(super) fn person_before(&self, offset: usize) -> Said {
        self.about_before(offset, Kind::Person).or_else(|| self.speakers.last_person_before(offset))
    }

    /// The person or the organization (`kind`) that the latest of the last
    /// sentences before `offset` is about: its subject, named before
    /// `offset`. A person is looked for in the last three sentences, an
    /// organization in the last one ("it", "the regulator" refer to what
    /// the sentence before was about, or to nothing the text names).
    pub(super) fn about_before(&self, offset: usize, kind: Kind) -> Option<EntityId> {
        let sentences = if kind == Kind::Person { 3 } else { 1 };
        let subjects = self.subjects.get_or_init(|| self.prep.sentences.iter().map(|_| Default::default()).collect());
        let slot = usize::from(kind != Kind::Person);
        // The subject of sentence `k`, worked out once.
        let about = |k: usize| {
            let cell = subjects.get(k)?.get(slot)?;
            *cell.get_or_init(|| {
                let s = self.prep.sentences.get(k)?;
                self.first_subject(s.tokens.start, s.tokens.end, Some(kind)).map(|(span, id)| (id, span.end))
            })
        };
        let holding = self.prep.sentences.partition_point(|s| s.span.end <= offset);
        let recent = holding.saturating_sub(sentences)..(holding + 1).min(subjects.len());
        recent.rev().filter_map(about).find(|&(_, end)| end <= offset).map(|(id, _)| id)
    }

    /// The person whose organization `mention` (at token `k`) names:
    /// "Ruiz of the Lumora Union told", "Ruiz, President of Lumora said".
    pub(super) fn member_of(&self, k: usize, mention: Span) -> Option<EntityId> {
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
    pub(super) fn past_quotation(&self, k: usize) -> usize {
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

    /// Who token `t` names when it is the last word of a verb's subject;
    /// `quote` is where the quotation starts, before which a pronoun's
    /// person was named.
    pub(super) fn subject_at(&self, t: usize, quote: usize) -> Option<Said> {
        let word = self.word(t);
        if let Some((span, id)) = self.speakers.speaker_span(self.span(t)) {
            return Some(Some(self.member_of(t, span).unwrap_or(id)));
        }
        // Who was named before both the quotation and the pronoun.
        let before = quote.min(self.span(t).start);
        if is_personal_pronoun(word) {
            return Some(self.person_before(before));
        }
        if word == "it" {
            // "“…,” it said": the organization the sentences before are about.
            return Some(self.about_before(before, Kind::Organization));
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
        if (speaks_for(word) || writes_for(word))
            && t > 0
            && let Some(id) = self.speakers.speaker_at(self.span(t - 1))
        {
            return Some(Some(id));
        }
        let flags = lexicon::flags(word);
        // "the ministry": the last organization named so.
        if flags.has(Flags::ORG_HEAD)
            && let Some(id) = self.speakers.last_organization_named(word, quote)
        {
            return Some(Some(id));
        }
        // "the judge": the person the report named with that title.
        let definite = t > 0 && is_determiner(self.word(t - 1));
        if definite
            && flags.has(Flags::TITLE)
            && let Some(id) = self.speakers.last_titled(word, quote)
        {
            return Some(Some(id));
        }
        // "the regulator", "the spokesperson": the organization the
        // sentences before are about.
        if definite && (flags.has(Flags::ORG_ROLE) || speaks_for(word)) {
            return Some(self.about_before(quote, Kind::Organization));
        }
        Some(None)
    }

    /// The subject of the verb at `v`, read back to no further than `lo`.
    pub(super) fn subject_before(&self, v: usize, lo: usize, quote: usize) -> Option<Said> {
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
    pub(super) fn appositive(&self, close: usize, lo: usize, quote: usize) -> Option<Said> {
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
        let head = |open: usize| {
            let j = open.checked_sub(1).filter(|&j| j >= lo)?;
            if self.word(j) != ")" {
                return Some(j);
            }
            // "the Kessel Commission (KC), a watchdog, said": before the bracket.
            let bracket = (lo..j).rev().take(8).find(|&b| self.word(b) == "(")?;
            bracket.checked_sub(1).filter(|&b| b >= lo)
        };
        let speaks = |j: usize| {
            let start = self.speakers.speaker_span(self.span(j)).map(|(span, _)| span.start);
            let first = start.map(|start| self.prep.first_token_from(start, lo..j + 1));
            first.is_some_and(|f| !self.after_preposition(f, lo))
        };
        let first = opens.iter().rev().filter_map(|&open| head(open)).find(|&j| speaks(j));
        if let Some(j) = first.filter(|&j| self.speakers.is_person(self.span(j))) {
            return self.subject_at(j, quote);
        }
        // The appositive is the name: "a paramedic, Ana Ruiz, said",
        // "Lumora's chief executive, Dr Ana Ruiz, said".
        if !self.is_mark(close)
            && let Some((span, id)) = self.speakers.speaker_span(self.span(close - 1))
            && span.end == self.span(close - 1).end
            && self.only_titles(nearest + 1, span.start)
        {
            return Some(Some(id));
        }
        // Else the organization described, or the word the nearest
        // appositive describes ("the regulator, which …, said").
        first.or_else(|| head(nearest)).and_then(|j| self.subject_at(j, quote))
    }

    /// Whether the tokens from `k` up to byte `end` are titles or
    /// capitalised words before a name ("Prof", "Dr.", "Vice-Chancellor").
    pub(super) fn only_titles(&self, k: usize, end: usize) -> bool {
        let mut k = k;
        while self.span(k).start < end {
            let token = self.token(k);
            let title = lexicon::is_title(self.word(k)) || self.word(k) == ".";
            if !(title || token.is_some_and(Token::is_capitalized)) {
                return false;
            }
            k += 1;
        }
        true
    }

    /// Whether token `k` follows a preposition, maybe with a determiner or
    /// titles between ("of the union", "at Prime Minister Ruiz"), within
    /// the tokens from `lo`.
    pub(super) fn after_preposition(&self, k: usize, lo: usize) -> bool {
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
    pub(super) fn is_modifier(&self, k: usize, mention: Span) -> bool {
        let rest = self.text.get(mention.end..).unwrap_or("");
        let possessive = ["'s", "’s", "' ", "’ "].iter().any(|p| rest.starts_with(p));
        // Whatever its kind: the kind of a company's name is sometimes wrong.
        possessive || self.role_follows(mention, k)
    }

    /// Whether a role and a person follow the mention at token `k`: a
    /// title ("Lumora chief executive Ana Ruiz"), or a few lower-case words
    /// ending in one ("Lumora area manager Ana Ruiz").
    pub(super) fn role_follows(&self, mention: Span, k: usize) -> bool {
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
    pub(super) fn main_subject(&self, lo: usize, v: usize, quote: usize) -> Option<Said> {
        if is_personal_pronoun(self.word(lo)) {
            return Some(self.person_before(quote));
        }
        self.first_subject(lo, v, None).map(|(_, id)| Some(id))
    }

    /// The first person or organization (of kind `want`, if given) among
    /// the first tokens of `lo..hi`, past a quotation opening them, that is
    /// no object of a preposition, nothing in brackets and no modifier: the
    /// subject of a clause.
    pub(super) fn first_subject(&self, lo: usize, hi: usize, want: Option<Kind>) -> Option<(Span, EntityId)> {
        let lo = self.past_quotation(lo).min(hi);
        let mut k = lo;
        // Past a verb the subject has been passed ("Nersa has granted
        // Eskom"), unless a comma ends an opening phrase ("In a statement
        // released on Monday, Lumora said").
        let mut past_verb = false;
        while k < hi.min(lo + MAIN_CLAUSE) {
            let Some((span, id)) = self.speakers.speaker_span(self.span(k)) else {
                let word = self.word(k);
                let lower = self.token(k).is_some_and(|t| t.shape == Shape::Lower);
                past_verb = word != "," && (past_verb || lower && is_verb_form(word));
                k += 1;
                continue;
            };
            let bracketed = k > lo && self.word(k - 1) == "(";
            let subject = !past_verb && !self.after_preposition(k, lo) && !bracketed && !self.is_modifier(k, span);
            if subject && want.is_none_or(|kind| self.speakers.kind_at(span) == Some(kind)) {
                return Some((span, id));
            }
            // Past the rest of this mention.
            k = self.prep.first_token_from(span.end, k..hi).max(k + 1);
        }
        None
    }
}
