//! The walk over one sentence: dates first, then each run of capitalised
//! words with the cues around it, handed to [`classify`](super::classify).

use std::borrow::Cow;
use std::cell::Cell;

use parallax_model::{Evidence, Kind, Span};

use super::{
    AND_HEAD_WINDOW, Candidate, Found, Keys, MOVEMENT_CUES, PLACE_CONTAINERS, PLACE_CUES, PerWord, Phrase, list,
    name_lists, strip_possessive,
};
use super::words::adjective_suffix;
use crate::dates;
use crate::lexicon::{self, Flags};
use crate::text::{Folded, Shape, Token};

pub(super) struct SentenceFinder<'a> {
    pub(super) text: &'a str,
    /// Whether the sentence opens its paragraph (where datelines stand).
    pub(super) paragraph_start: bool,
    pub(super) tokens: &'a [Token],
    /// The folded form of each of `tokens`.
    pub(super) folded: &'a Folded,
    /// The lexicon flags and name lists of each word of the report, once
    /// looked up (see [`SentenceFinder::flags`]).
    pub(super) flags: &'a PerWord<Flags>,
    pub(super) lists: &'a PerWord<u8>,
    /// Buffers for [`SentenceFinder::with_phrase`] and
    /// [`SentenceFinder::classify`], kept between uses.
    pub(super) phrase: &'a Cell<Phrase>,
    pub(super) names: &'a Cell<Vec<usize>>,
    /// The keys of the report's names and dates, by how they are written.
    pub(super) keys: &'a mut Keys,
    /// What each word of the report can be in a date.
    pub(super) date_words: &'a dates::DateWords,
    pub(super) start: usize,
    pub(super) end: usize,
    /// The first token of the sentence that is not opening punctuation
    /// (see [`SentenceFinder::is_sentence_initial`]), or `end`.
    pub(super) opening: usize,
    /// Which tokens of the sentence a candidate took, from `start`.
    pub(super) used: &'a mut Vec<bool>,
    /// The last answer of [`SentenceFinder::place_at`]: its tokens
    /// `from..to` and the place's length.
    pub(super) last_place: Cell<Option<(usize, usize, Option<usize>)>>,
    /// Whether the sentence is written in capitals (a headline or a label
    /// that shouts: no word in lower case), where capitals mark no acronym.
    pub(super) shouting: bool,
    pub(super) found: &'a mut Found,
}

/// Cues found around a run of capitalised words.
///
/// Most runs' cues are never asked for (the run has stronger evidence), so
/// those that are single words borrow them from the report's folded words.
#[derive(Default)]
pub(super) struct Cues<'a> {
    pub(super) title: Option<String>,
    pub(super) org: Option<String>,
    pub(super) place: Option<Cow<'a, str>>,
    /// Whether `place` names the kind of place ("the town of X", "X
    /// island"), which outweighs a given name ("the town of Edson");
    /// otherwise it is a preposition ("in X").
    pub(super) place_named: bool,
    pub(super) speech: Option<&'a str>,
}

impl<'a> SentenceFinder<'a> {
    pub(super) fn run(&mut self) {
        for range in dates::find(self.text, self.tokens, self.folded, self.date_words, self.start..self.end) {
            let full = self.span_of(range.start, range.end);
            let span = Span::new(full.start, full.start + strip_possessive(full.slice(self.text)).len());
            self.mark(range.start, range.end);
            self.found.claimed.push(span);
            self.found.candidates.push(Candidate {
                span,
                kind: Some(Kind::Date),
                evidence: Some(Evidence::Calendar),
                key: self.keys.date(span.slice(self.text)),
                defines: None,
                acronym: false,
            });
        }
        if self.is_headline() {
            self.headline_names();
            return;
        }
        let mut i = self.start;
        while i < self.end {
            // "The Hague": a place whose name starts with a capitalised "The".
            if let Some(len) = self.the_place_at(i) {
                self.push_name(i, i + len, Some((Kind::Place, Evidence::Gazetteer)));
                i += len;
                continue;
            }
            // "said von Hagen", "Leila al-Hadrami": a name particle opening a name.
            let particle = self.is_particle(i) && self.name_like(i + 1);
            if !particle && !self.name_like(i) {
                i += 1;
                continue;
            }
            if let Some(end) = self.credit_at(i).or_else(|| self.link_at(i)).or_else(|| self.place_pair_at(i)) {
                i = end;
                continue;
            }
            if let Some(end) = self.push_state_code(i) {
                i = end;
                continue;
            }
            let run_end = if particle { self.run_end(i + 1) } else { self.run_end(i) };
            if particle {
                let cues = self.cues(i, run_end);
                self.process(i, run_end, cues);
                i = run_end;
                continue;
            }
            if let Some((len, title)) = self.title_at(i, run_end) {
                // "Mr Justice X", "Deputy Commissioner X": titles in a row.
                let mut next = i + len;
                let mut title = title;
                while let Some((more, word)) = self.title_at(next, run_end).filter(|_| next < run_end) {
                    next += more;
                    title = word;
                }
                if next < self.end && self.name_like(next) {
                    let end = self.run_end(next);
                    let cues = Cues { title: Some(title), ..self.cues(next, end) };
                    self.process(next, end, cues);
                    self.claim_number_in_name(next, end);
                    i = end;
                } else {
                    i = next;
                }
                continue;
            }
            if let Some((kind, evidence, end)) = self.numbered_name(run_end) {
                // "Local 1245", "Highway 5": the number is part of the name.
                self.push_name(i, end, Some((kind, evidence)));
                i = end;
                continue;
            }
            let cues = self.cues(i, run_end);
            self.process(i, run_end, cues);
            self.claim_number_in_name(i, run_end);
            i = run_end;
        }
    }

    pub(super) fn token(&self, i: usize) -> Option<&Token> {
        if i >= self.start && i < self.end { self.tokens.get(i) } else { None }
    }

    /// The folded form of token `i`, or `""` outside the sentence.
    pub(super) fn word(&self, i: usize) -> &'a str {
        match self.token(i) {
            Some(_) => self.folded.get(i),
            None => "",
        }
    }

    /// The word lists token `i` is in (see [`lexicon::flags`]); outside the
    /// sentence, those of `""`, like [`SentenceFinder::word`].
    ///
    /// The rules ask about the same words many times (a run's words are
    /// checked for organization heads once per split point, a report repeats
    /// its words); each word is looked up once and its flags kept.
    pub(super) fn flags(&self, i: usize) -> Flags {
        let word = self.token(i).and(self.folded.word_of(i));
        let flags = word.and_then(|id| self.flags.get(id, || lexicon::flags(self.folded.word(id))));
        flags.unwrap_or_else(|| lexicon::flags(""))
    }

    /// Whether token `i` is in every list of `flag`.
    pub(super) fn is(&self, i: usize, flag: Flags) -> bool {
        self.flags(i).has(flag)
    }

    /// Whether token `i` is in the name list `list` (see [`name_lists`]);
    /// outside the sentence, whether `""` is. Kept per word like
    /// [`SentenceFinder::flags`].
    pub(super) fn in_list(&self, i: usize, list: u8) -> bool {
        let word = self.token(i).and(self.folded.word_of(i));
        let lists = word.and_then(|id| self.lists.get(id, || name_lists(self.folded.word(id))));
        lists.unwrap_or_else(|| name_lists("")) & list != 0
    }

    pub(super) fn span_of(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span().start, self.tokens[to - 1].span().end)
    }

    pub(super) fn mark(&mut self, from: usize, to: usize) {
        for i in from..to {
            if let Some(slot) = self.used.get_mut(i - self.start) {
                *slot = true;
            }
        }
    }

    pub(super) fn is_used(&self, i: usize) -> bool {
        self.used.get(i.wrapping_sub(self.start)).copied().unwrap_or(true)
    }

    /// A capitalised word that may be part of a name.
    pub(super) fn name_like(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else {
            return false;
        };
        if self.is_used(i) || !token.is_capitalized() {
            return false;
        }
        if token.shape == Shape::Initial {
            // A lone capital is a name part only as an initial: "J. K.
            // Rowling", "Mary A. Fenton" (even "A", a stopword), "S K Mittal".
            return self.glued_period(i + 1) || self.is_bare_initial(i);
        }
        let flags = self.flags(i);
        if flags.has(Flags::STOPWORD) {
            // "US" is a country, "He" never a name; "WHO", in capitals in a
            // sentence that is not, is the organization; "May" after a given
            // name is a surname; so is "WHO's".
            let stem = strip_possessive(token.text(self.text));
            let caps = token.shape == Shape::AllCaps || (stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()));
            return (caps && (flags.has(Flags::PLACE) || !self.shouting))
                || self.opens_organization(i)
                || self.is_month_surname(i);
        }
        true
    }

    /// Length of a gazetteer place at `i` whose name starts with a
    /// capitalised "The" ("The Hague", "The Gambia").
    pub(super) fn the_place_at(&self, i: usize) -> Option<usize> {
        let token = self.token(i)?;
        if token.shape != Shape::Capitalized || self.word(i) != "the" || self.is_used(i) {
            return None;
        }
        let end = (i + 1 + *lexicon::PLACE_MAX_WORDS).min(self.end);
        self.with_phrase(i, end, usize::MAX, |phrase| {
            (2..=end - i)
                .rev()
                .find(|&len| (i + 1..i + len).all(|j| self.name_like(j)) && lexicon::is_place(phrase.prefix(len)))
        })
    }

    /// A lower-case name particle that may open a name ("von", "al", "de"),
    /// when it does not follow a capitalised word (where it would be a
    /// connector inside a longer name).
    pub(super) fn is_particle(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else {
            return false;
        };
        let after_name = i > self.start && self.tokens[i - 1].is_capitalized() && !self.is_used(i - 1);
        token.shape == Shape::Lower
            && self.in_list(i, list::PARTICLE)
            && !self.is_used(i)
            && !after_name
            && !self.is_sentence_initial(i)
    }

    pub(super) fn glued_period(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| !t.space_before && t.text(self.text) == ".")
    }

    /// Whether only punctuation that may open a sentence (quote marks,
    /// dashes, brackets; not "," or ";") comes before token `i` in the
    /// sentence.
    pub(super) fn is_sentence_initial(&self, i: usize) -> bool {
        i <= self.opening
    }

    /// End (exclusive) of the run of name words starting at `i`.
    pub(super) fn run_end(&self, i: usize) -> usize {
        self.scan_run(i, usize::MAX, usize::MAX)
    }

    /// [`SentenceFinder::run_end`] when it is before token `limit`, and some
    /// end at or past `limit` otherwise, found without scanning past
    /// `limit`: a caller that needs only the first few words of a run does
    /// not pay for the whole run at each of its words.
    pub(super) fn run_end_before(&self, i: usize, limit: usize) -> usize {
        self.scan_run(i, limit, usize::MAX)
    }

    /// The run of name words starting at `i`, scanned up to token `limit`
    /// (see [`SentenceFinder::run_end_before`]); an "and" looks for the head
    /// after it no further than token `window`.
    pub(super) fn scan_run(&self, i: usize, limit: usize, window: usize) -> usize {
        let mut j = i + 1;
        let mut has_head = self.is(i, Flags::ORG_HEAD);
        let mut has_of = false;
        loop {
            if j >= limit {
                return j;
            }
            // A possessive ends the name: "Indonesia's National Agency"; so
            // does an adjective made of it: "Columbus-based Worthington".
            let ends_name = |t: &Token| {
                let text = t.text(self.text);
                strip_possessive(text).len() < text.len() || adjective_suffix(text).is_some()
            };
            if self.token(j - 1).is_some_and(ends_name) && !self.plural_possessive_of_org(j) && !self.possessive_in_name(j) {
                break;
            }
            // A repeated word opens a name of its own ("Erling Haaland Haaland", a caption glued on).
            if self.name_like(j) && self.word(j) != self.word(j - 1) {
                has_head |= self.is(j, Flags::ORG_HEAD);
                j += 1;
                continue;
            }
            // "Metalworkers' Union": the apostrophe of a plural possessive
            // inside an organization's name.
            if self.plural_possessive_of_org(j) {
                j += 1;
                continue;
            }
            // "Dr. Smith", "J. K. Rowling", "St. Louis": a glued period after
            // an initial or abbreviation, followed by more name.
            if self.glued_period(j) && self.name_like(j + 1) {
                let prev = self.tokens[j - 1];
                if prev.shape == Shape::Initial || self.is(j - 1, Flags::ABBREVIATION) {
                    j += 1;
                    continue;
                }
            }
            // "Procter & Gamble", "Korea Agro-Fisheries & Food Trade Corporation".
            if self.token(j).is_some_and(|t| t.text(self.text) == "&") && self.name_like(j + 1) {
                j += 1;
                continue;
            }
            if self.word(j) == "and" && self.token(j).is_some_and(|t| t.shape == Shape::Lower) && self.name_like(j + 1)
            {
                if self.and_joins(i, j, (has_head, has_of), window) {
                    j += 1;
                    continue;
                }
                break;
            }
            // "Doctors Without Borders": a capitalised function word inside a
            // name; "Ministry of Land, Infrastructure and Transport": fields.
            let inner = self.inner_function_word(j).then_some(j + 1);
            if let Some(end) = inner.or_else(|| self.complement_list_end(j, has_head && has_of)) {
                j = end;
                continue;
            }
            // Connectors: up to two in a row, followed by another name word.
            // "of" joins after an organization head, and after a word that
            // names a kind of place: "Gulf of Mexico", "Republic of Albania".
            let by_place = self.is(j - 1, Flags::PLACE_HEAD) || OF_PLACES.contains(&self.word(j - 1));
            let of_joins = has_head || by_place;
            // "left Kansai Airport for Narita": only "of" goes on a place.
            let for_place = |k: usize| !has_head && by_place && matches!(self.word(k), "for" | "on");
            let mut k = j;
            while k < j + 2 && self.is_connector(k, of_joins) && !for_place(k) {
                has_of |= matches!(self.word(k), "of" | "for");
                k += 1;
            }
            if k > j && self.name_like(k) {
                j = k;
                continue;
            }
            break;
        }
        self.legal_suffix_end(j, limit)
    }

    /// A plural possessive (the word before `j`) inside an organization's
    /// name, whose head follows within a few words.
    fn plural_possessive_of_org(&self, j: usize) -> bool {
        let word_ends_in_s = |k: usize| self.token(k).is_some_and(|t| t.is_word() && t.text(self.text).ends_with('s'));
        let apostrophe = |k: usize| {
            self.token(k).is_some_and(|t| !t.space_before && matches!(t.text(self.text), "'" | "’"))
        };
        // The apostrophe is a token of its own, or the end of the word.
        let (head, plural) = if apostrophe(j) {
            (j + 1, word_ends_in_s(j - 1))
        } else {
            let glued = self.token(j - 1).is_some_and(|t| {
                let text = t.text(self.text);
                text.ends_with("s'") || text.ends_with("s’")
            });
            (j, glued)
        };
        // A head within the next few words: "Metalworkers' Union", "Peoples' Democratic Party".
        plural && (head..head + 3).take_while(|&k| self.name_like(k)).any(|k| self.is(k, Flags::ORG_HEAD))
    }

    /// "Royal Women's Hospital", "Moody's Investors Service", "National
    /// People's Power": a possessive inside a name, when the word that has
    /// it is no place or person's name and a head of the name follows.
    /// ("Indonesia's National Agency" is two names.)
    fn possessive_in_name(&self, j: usize) -> bool {
        let owner = j - 1;
        let flags = self.flags(owner);
        let stripped = self.token(owner).map(|t| strip_possessive(t.text(self.text)));
        let owner_is_name = stripped.is_some_and(|w| {
            let folded = crate::text::fold(w);
            let own = lexicon::flags(&folded);
            own.has(Flags::PLACE) || own.has(Flags::GIVEN_NAME) || own.has(Flags::COMPANY)
        });
        // "St Mary's Hospital": a saint's possessive opens a name.
        let saint = |k: usize| matches!(self.word(k), "st" | "saint");
        let saints = owner > self.start && (saint(owner - 1) || (self.word(owner - 1) == "." && owner > self.start + 1 && saint(owner - 2)));
        if (owner_is_name && !saints) || flags.has(Flags::PLACE) || !self.name_like(j) {
            return false;
        }
        let head = |k: usize| self.name_like(k) && (self.is(k, Flags::ORG_HEAD) || self.is(k, Flags::PLACE_HEAD));
        head(j) || (self.name_like(j) && head(j + 1))
    }

    /// A capitalised function word between two words of a name ("Feeding
    /// Our Future"), not at the opening of a sentence.
    fn inner_function_word(&self, j: usize) -> bool {
        let Some(token) = self.token(j) else { return false };
        token.shape == Shape::Capitalized
            && !self.is_used(j)
            && !self.is_sentence_initial(j)
            && self.is(j, Flags::STOPWORD)
            && token.text(self.text).len() <= 7
            && self.name_like(j + 1)
            && !self.is(j + 1, Flags::STOPWORD)
    }

    /// Whether the run of name words starting at `from` (after an "and")
    /// holds an organization head within [`AND_HEAD_WINDOW`] tokens, and
    /// before token `window` when an outer "and" already bounds the search.
    ///
    /// Looking at the whole run instead made a run of "X and Y and Z …"
    /// exponential (each "and" scanned the runs after every later "and"),
    /// and deep enough to overflow the stack.
    pub(super) fn head_follows(&self, from: usize, window: usize) -> bool {
        let window = window.min(from.saturating_add(AND_HEAD_WINDOW));
        let end = self.scan_run(from, window, window).min(window);
        (from..end).any(|k| self.is(k, Flags::ORG_HEAD))
    }

    /// Extends a run over the periods and commas of legal forms:
    /// "Corp." and "Co., Ltd.", scanning no further than token `limit`.
    pub(super) fn legal_suffix_end(&self, mut j: usize, limit: usize) -> usize {
        let is_legal = |k: usize| self.token(k).is_some_and(|t| t.is_word()) && self.in_list(k, list::LEGAL_FORM);
        while j < limit {
            if is_legal(j - 1) && self.glued_period(j) {
                j += 1;
            }
            let comma = self.token(j).is_some_and(|t| t.text(self.text) == ",");
            if comma && is_legal(j + 1) && !self.is_used(j + 1) && !self.is_county(j + 1) {
                j += 2;
                continue;
            }
            return j;
        }
        j
    }

    pub(super) fn is_connector(&self, i: usize, after_head: bool) -> bool {
        let Some(token) = self.token(i) else {
            return false;
        };
        if self.is_used(i) {
            return false;
        }
        let word = self.word(i);
        if token.shape == Shape::Lower && self.in_list(i, list::CONNECTOR) {
            return true;
        }
        after_head && token.shape == Shape::Lower && word != "and" && self.in_list(i, list::ORG_CONNECTOR)
    }

    /// A title at `i` ("President", "Prime Minister", "Dr."), as its length
    /// in tokens and its folded text, unless the run is an organization
    /// ("General Motors").
    pub(super) fn title_at(&self, i: usize, run_end: usize) -> Option<(usize, String)> {
        // "ING said": a company in capitals, not the title "Ing.".
        let company = self.token(i).is_some_and(|t| t.shape == Shape::AllCaps) && self.is(i, Flags::COMPANY);
        if company || (i..run_end).any(|j| self.is(j, Flags::ORG_HEAD)) {
            return None;
        }
        self.title_phrase_at(i)
    }

    /// A title phrase at `i`, as [`SentenceFinder::title_at`] gives it, for
    /// a caller that knows the run holds no organization head from `i` on.
    pub(super) fn title_phrase_at(&self, i: usize) -> Option<(usize, String)> {
        for len in (1..=4).rev() {
            if i + len > self.end {
                continue;
            }
            if self.is_title_phrase(i, i + len) {
                let mut n = len;
                if self.glued_period(i + n) {
                    n += 1;
                }
                return Some((n, self.phrase(i, i + len)));
            }
        }
        None
    }

    /// Whether [`SentenceFinder::phrase`] of `from..to` is a title, without
    /// building the phrase when its first word cannot open one.
    pub(super) fn is_title_phrase(&self, from: usize, to: usize) -> bool {
        match to.saturating_sub(from) {
            0 => lexicon::is_title(""),
            1 => self.is(from, Flags::TITLE),
            // Folded words hold no space, so a title equal to the phrase
            // starts with the phrase's first word.
            _ => self.is(from, Flags::TITLE_START) && lexicon::is_title(&self.phrase(from, to)),
        }
    }

    /// The folded words of tokens `from..to`, joined by single spaces.
    pub(super) fn phrase(&self, from: usize, to: usize) -> String {
        let mut out = String::new();
        for j in from..to {
            if j > from {
                out.push(' ');
            }
            out.push_str(self.word(j));
        }
        out
    }

    /// Cue words around the run `from..to`.
    pub(super) fn cues(&self, from: usize, to: usize) -> Cues<'a> {
        let mut cues = Cues::default();
        // A lower-case title right before, or before a comma: "the ruler X",
        // "the minister, X".
        let mut k = from;
        if self.token(k.wrapping_sub(1)).is_some_and(|t| t.text(self.text) == ",") {
            k -= 1;
        }
        for len in (1..=3).rev() {
            if k < self.start + len {
                continue;
            }
            let all_lower = (k - len..k).all(|j| self.token(j).is_some_and(|t| t.shape == Shape::Lower));
            if all_lower && self.is_title_phrase(k - len, k) {
                cues.title = Some(self.phrase(k - len, k));
                break;
            }
        }
        // "the state of X", "the mayor of X", "residents of X": X is a
        // place; "director of X": X is an organization.
        let mut k = from;
        if self.word(k.wrapping_sub(1)) == "the" {
            k -= 1;
        }
        // "Residents of X" opening a sentence too, not "Minister of X".
        if self.word(k.wrapping_sub(1)) == "of" && k >= self.start + 2 {
            let word = self.word(k - 2);
            let lower = self.tokens[k - 2].shape == Shape::Lower;
            let place = PLACE_CONTAINERS.contains(&word) || self.is(k - 2, Flags::PLACE_OF);
            if place && (lower || self.is_sentence_initial(k - 2)) {
                cues.place = Some(Cow::Owned(format!("{word} of")));
                cues.place_named = true;
                return self.speech_cue(from, to, cues);
            }
            if lower && self.is(k - 2, Flags::TITLE) {
                cues.org = Some(format!("{word} of"));
            }
        }
        self.role_cues(from, to, &mut cues);
        // "in X", "across the X": X may be a place.
        if from > self.start && cues.place.is_none() {
            let the = usize::from(self.word(from - 1) == "the" && from > self.start + 1);
            let prev = self.word(from - 1 - the);
            let may_skip_the = the == 0 || MOVEMENT_CUES.contains(&prev);
            // "outside Milei's party headquarters": whose, not where.
            let possessive = to > from && strip_possessive(self.tokens[to - 1].text(self.text)).len() < self.tokens[to - 1].text(self.text).len();
            if may_skip_the && PLACE_CUES.contains(&prev) && self.word(from.wrapping_sub(2 + the)) != "according" && !possessive {
                cues.place = Some(Cow::Borrowed(prev));
            }
        }
        self.speech_cue(from, to, cues)
    }

    /// Adds the cues of the lower-case words right around the run
    /// `from..to`: a role before it ("the charity X", "carmaker X") or a
    /// word after it ("X workers", "X shares") say it is an organization;
    /// a place word after it ("X island", "X province") that it is a place.
    fn role_cues(&self, from: usize, to: usize, cues: &mut Cues<'a>) {
        let lower = |i: usize| self.token(i).is_some_and(|t| t.shape == Shape::Lower);
        if cues.org.is_none() && cues.title.is_none() && from > self.start && lower(from - 1) {
            // "video game-maker X": the role is the compound's last part.
            let last = self.word(from - 1).rsplit('-').next().unwrap_or_default();
            if self.is(from - 1, Flags::ORG_ROLE) || lexicon::flags(last).has(Flags::ORG_ROLE) {
                cues.org = Some(self.word(from - 1).to_string());
            }
        }
        if cues.org.is_none() && cues.title.is_none() {
            cues.org = self.roles_listed_before(from).or_else(|| self.deal_before(from));
        }
        // "Bristol Myers Squibb (NYSE: BMY)": a name before its stock
        // ticker is a listed company's.
        let exchange = || matches!(self.word(to + 1), "nyse" | "nasdaq" | "lse" | "tsx" | "asx" | "nse" | "bse" | "otc");
        if self.word(to) == "(" && self.word(to + 2) == ":" && exchange() {
            cues.org = Some(String::from("a stock ticker"));
        }
        // "X CEO Bobby Kotick".
        let acronym = self.token(to).is_some_and(|t| t.shape == Shape::AllCaps);
        if lower(to) || acronym {
            let next = self.word(to);
            if cues.org.is_none() && self.is(to, Flags::ORG_NEIGHBOUR) {
                cues.org = Some(next.to_string());
            } else if lower(to) && (self.is(to, Flags::PLACE_HEAD) || PLACE_CONTAINERS.contains(&next)) && !self.possessive_before(to) {
                // "Evin prison" names a prison; "Mr Sarkozy's prison
                // sentence", whose it is.
                cues.place = Some(Cow::Borrowed(next));
                cues.place_named = true;
            } else if next == "police" && cues.org.is_none() && !acronym && cues.place.is_none() {
                // "Bo Phut police superintendent": whose police, a place.
                cues.place = Some(Cow::Borrowed(next));
            }
        }
        // "X, a region on the coast", "X, a remote village": an appositive
        // names the kind of place.
        let comma = || self.token(to).is_some_and(|t| t.text(self.text) == ",");
        if cues.place.is_none() && comma() && matches!(self.word(to + 1), "a" | "an") {
            let place_word = |j: usize| self.is(j, Flags::PLACE_HEAD) || PLACE_CONTAINERS.contains(&self.word(j));
            let kind = (to + 2..to + 5).take_while(|&j| lower(j)).find(|&j| place_word(j));
            if let Some(j) = kind {
                cues.place = Some(Cow::Borrowed(self.word(j)));
                cues.place_named = true;
            }
        }
    }

    /// Adds the speech cue around the run `from..to`: "according to X", "X said".
    pub(super) fn speech_cue(&self, from: usize, to: usize, mut cues: Cues<'a>) -> Cues<'a> {
        // "according to X": X speaks.
        if from >= self.start + 2 && self.word(from - 1) == "to" && self.word(from - 2) == "according" {
            cues.speech = Some("according to");
        }
        // "X said", "X, who said": X speaks.
        let mut k = to;
        if self.token(k).is_some_and(|t| t.text(self.text) == ",") {
            k += 1;
        }
        if self.token(k).is_some_and(|t| t.shape == Shape::Lower) && self.is(k, Flags::SPEECH_VERB) {
            cues.speech = Some(self.word(k));
        }
        cues
    }
}

/// Words that name a kind of place before "of" inside its name ("Isle of
/// Wight", "City of Johannesburg", "Republic of Albania").
const OF_PLACES: &[&str] = &["isle", "city", "town", "republic", "kingdom", "state", "county", "gulf", "bay", "sea", "strait", "cape"];
