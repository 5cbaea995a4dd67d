//! Words at the edges and joints of a run of capitalised words, and
//! whether they belong to a body's name: an organization head that is a
//! person's surname, or no airline's name; an adjective of the role after
//! the name; a sentence's opener before a listed name, or spelled by the
//! acronym after the run; a head that opens a Romance body's name; an
//! "and" between two names or inside one.

use std::sync::LazyLock;

use parallax_model::Kind;

use super::finder::{Cues, SentenceFinder};
use crate::hash::FastSet;
use crate::lexicon::{self, Flags};
use crate::text::Shape;

/// The heads of a newspaper's or a broadcaster's name: the "Media" section
/// of the organization heads ("sun", "post", "star"), some of them
/// surnames too.
static MEDIA_HEADS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::org_heads_in(&["Media"]));

/// The heads that open a body's name in Spanish, Portuguese, French and
/// Italian ("Escuela", "Hospital", "Instituto"), folded.
static OPENING_HEADS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    let heads = lexicon::org_heads_in(&["Spanish", "Portuguese", "French", "Italian"]);
    heads.into_iter().map(crate::text::fold).collect()
});

impl SentenceFinder<'_> {
    /// Whether the head at `head` opens the run from `from` on, as such a
    /// head does: a given name after it is the body's name, not a
    /// person's ("Escuela Enrique Rebsamen").
    pub(super) fn head_opens_name(&self, head: usize, from: usize) -> bool {
        head == from && OPENING_HEADS.contains(self.word(head))
    }


    /// Whether the organization head at `head` makes the run `from..to`
    /// a body's name. Not a newspaper's head ending it after a title and a
    /// given name, a surname: "Health Minister Lee Sun" (but "Royal Prince
    /// Alfred Hospital").
    /// "Air" only ends an airline's name of two words, after a place or
    /// a name: "Jeju Air", "Korean Air", not "Hot Air", "Air Quality";
    /// "TV" only ends a channel's.
    pub(super) fn heads_run(&self, head: usize, from: usize, to: usize) -> bool {
        let given = |k: usize| self.is(k, Flags::GIVEN_NAME) || self.is(k, Flags::AMBIGUOUS_GIVEN_NAME);
        let titled = |k: usize| (from..k).any(|t| self.title_phrase_at(t).is_some_and(|(len, _)| t + len == k));
        let media = MEDIA_HEADS.contains(self.word(head));
        if media && head >= from + 2 && head + 1 == to && given(head - 1) && titled(head - 1) {
            return false;
        }
        match self.word(head) {
            "air" => head + 1 == to && head == from + 1 && !self.is(from, Flags::COMMON_WORD),
            // "Citizen TV", not "TV Narendran" nor "Indian TV news".
            "tv" => head + 1 == to && head > from && !(head == from + 1 && self.is(from, Flags::DEMONYM)),
            _ => true,
        }
    }

    /// "agreed to buy Shire", "the takeover of Shire", "a stake in
    /// Zarvox": the name a deal's words put before it is a company's. The
    /// cue, if there is one before `from`.
    pub(super) fn deal_before(&self, from: usize) -> Option<String> {
        const VERBS: [&str; 8] = ["buy", "buys", "buying", "bought", "acquire", "acquires", "acquiring", "acquired"];
        const NOUNS: [(&str, &str); 6] =
            [("takeover", "of"), ("acquisition", "of"), ("merger", "with"), ("stake", "in"), ("shares", "in"), ("merge", "with")];
        let lower = |k: usize| k >= self.start && self.token(k).is_some_and(|t| t.shape == Shape::Lower);
        let prev = self.word(from.checked_sub(1)?);
        if lower(from - 1) && VERBS.contains(&prev) {
            return Some(prev.to_string());
        }
        let noun = self.word(from.checked_sub(2)?);
        let deal = NOUNS.iter().any(|&(n, p)| n == noun && p == prev);
        (deal && lower(from - 2)).then(|| format!("{noun} {prev}"))
    }

    /// Past an adjective of a role that opens the run `from..to` before
    /// the role: "Senior Transport Ministry official" names the ministry.
    pub(super) fn past_role_adjective(&self, from: usize, to: usize) -> usize {
        let adjective = matches!(self.word(from), "senior" | "former" | "top" | "acting" | "retired" | "veteran");
        let role = self.is(to, Flags::ORG_NEIGHBOUR) || matches!(self.word(to), "official" | "officials" | "source" | "sources");
        let lower = self.token(to).is_some_and(|t| t.shape == Shape::Lower);
        if adjective && role && lower && to - from >= 3 { from + 1 } else { from }
    }

    /// Past an ordinary word opening a sentence before a listed name:
    /// "Watch CBS News" names "CBS News".
    pub(super) fn past_opener_of_listed(&self, from: usize, to: usize) -> usize {
        let opener = self.is_sentence_initial(from) && self.is(from, Flags::COMMON_WORD);
        if opener && self.is_listed_name(from + 1, to) { from + 1 } else { from }
    }

    /// "Independent Electoral and Boundaries Commission (IEBC)": the
    /// acronym in brackets after the run spells the capitals of all its
    /// words, the opener's too.
    pub(super) fn spelled_by_acronym(&self, from: usize, to: usize) -> bool {
        let open = self.token(to).is_some_and(|t| t.text(self.text) == "(");
        let Some(acronym) = self.token(to + 1).map(|t| t.text(self.text)).filter(|_| open) else {
            return false;
        };
        let initials = (from..to)
            .filter(|&k| self.tokens[k].shape == Shape::Capitalized)
            .filter_map(|k| self.tokens[k].text(self.text).chars().next());
        acronym.len() >= 3 && acronym.chars().eq(initials)
    }

    /// Whether the "and" at `j`, in the run from `i` that has an
    /// organization's head and an "of" or not so far, joins the words after
    /// it to the name: inside an organization's complement ("Department of
    /// Health and Human Services") or before the head that names the whole
    /// ("Occupational Safety and Health Administration"), never two
    /// complete names ("Cuba and Mexico", "Gasunie and TenneT B.V."), nor a
    /// body and a title ("Union of Comoros and Chairperson of…").
    pub(super) fn and_joins(&self, i: usize, j: usize, (has_head, has_of): (bool, bool), window: usize) -> bool {
        let joins = if has_head { has_of } else { self.head_follows(j + 1, window) && !self.is_company(i, j) };
        joins && !self.is(j + 1, Flags::TITLE)
    }

    /// "Boeing 737", "COVID-19": a number that is part of the name before it.
    /// Not after a word that only opens the sentence ("Set 378 to win"),
    /// nor after a person's name ("Root 142 not out").
    pub(super) fn claim_number_in_name(&mut self, from: usize, after: usize) {
        let end = self.tokens.get(after.wrapping_sub(1)).map(|t| t.span().end);
        let person = self.found.candidates.last().is_some_and(|c| Some(c.span.end) == end && c.kind == Some(Kind::Person));
        let opener = after == from + 1 && self.is_sentence_initial(from) && self.is(from, Flags::COMMON_WORD);
        let Some(next) = self.token(after).copied().filter(|_| !person && !opener) else {
            return;
        };
        let hyphen = next.text(self.text) == "-" && !next.space_before;
        let number_at = if hyphen { after + 1 } else { after };
        let Some(number) = self.token(number_at).copied() else {
            return;
        };
        let glued = !hyphen || !number.space_before;
        let plain = number.shape == Shape::Number
            && number.text(self.text).len() <= 4
            && number.text(self.text).bytes().all(|b| b.is_ascii_digit());
        if glued && plain {
            self.mark(number_at, number_at + 1);
            self.found.claimed.push(number.span());
        }
    }

    /// Whether the words `from..to` are a listed company's or news
    /// organization's name ("CBS News").
    pub(super) fn is_listed_name(&self, from: usize, to: usize) -> bool {
        let flags = self.listed_flags(from, to);
        from < to && (flags.has(Flags::COMPANY) || flags.has(Flags::NEWS_ORG))
    }

    /// The lists the words `from..to` are in, without a possessive that
    /// ends them ("Real Madrid's").
    fn listed_flags(&self, from: usize, to: usize) -> Flags {
        let cut = self.tokens.get(to.wrapping_sub(1)).map_or(usize::MAX, |last| {
            last.span().start + super::strip_possessive(last.text(self.text)).len()
        });
        self.with_phrase(from, to, cut, |phrase| lexicon::phrase_flags(&phrase.text))
    }

    /// Whether the words `from..to` are a listed company's name: "and"
    /// after it joins no other name to it ("Stellantis and General Motors").
    pub(super) fn is_company(&self, from: usize, to: usize) -> bool {
        self.listed_flags(from, to).has(Flags::COMPANY)
    }

    /// Cuts off a title or a word of an organization's people ending the
    /// run `from..to` ("BJP MLA", "Optus CEO", "Samsung Management"): it
    /// is no part of the name, and says the name is an organization's.
    /// Returns true when the whole run is a role, from its first word to
    /// its last ("Chief Returning Officer"), and names no one.
    pub(super) fn cut_trailing_role(&mut self, from: usize, to: &mut usize, cues: &mut Cues<'_>) -> bool {
        if *to - from < 2 || !self.tokens[*to - 1].is_capitalized() {
            return false;
        }
        let last = *to - 1;
        // "District Health Officer": ordinary words before a title.
        let ordinary = |k: usize| {
            let flags = self.flags(k);
            let named = flags.has(Flags::ORG_HEAD) || flags.has(Flags::GIVEN_NAME) || flags.has(Flags::AMBIGUOUS_GIVEN_NAME);
            flags.has(Flags::COMMON_WORD) && !named
        };
        if self.is(last, Flags::TITLE) && (from..last).all(ordinary) {
            self.mark(from, *to);
            return true;
        }
        // Not before a body's head ("the United Auto Workers union"), nor
        // workers with a capital, who name a union ("United Auto Workers").
        let named = (self.token(*to).is_some_and(|t| t.shape == Shape::Lower) && self.is(*to, Flags::ORG_HEAD))
            || matches!(self.word(last), "workers" | "employees");
        let trailing = (self.is(last, Flags::TITLE) || self.is(last, Flags::ORG_NEIGHBOUR)) && !named;
        // Not in a name with a head ("Union of Postal Workers").
        let headed = (from..*to).any(|k| self.is(k, Flags::ORG_HEAD) || self.is(k, Flags::PLACE_HEAD));
        if !trailing || headed {
            return false;
        }
        let role = self.is(from, Flags::TITLE_START) || self.is(from, Flags::TITLE);
        if role && self.is(last, Flags::TITLE) {
            self.mark(from, *to);
            return true;
        }
        // "resigned as New Zealand Prime Minister": a title of more words
        // goes whole, and says the name before it is a body's only if one
        // of its words is a body's people ("KQ Chief Executive Officer").
        let whole = (2..=3).rev().find(|&len| *to >= from + len + 1 && self.is_title_phrase(*to - len, *to));
        let cut = whole.map_or(last, |len| *to - len);
        let body = whole.is_none() || (cut..*to).any(|k| self.is(k, Flags::ORG_NEIGHBOUR));
        self.mark(cut, *to);
        *to = cut;
        if cues.org.is_none() && cues.title.is_none() && body {
            cues.org = Some(self.word(last).to_string());
        }
        false
    }
}
