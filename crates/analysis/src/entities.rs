//! Names of people, organizations and places, and their resolution to
//! entities within and across reports.
//!
//! Finding names works on the tokens of one sentence at a time: dates are
//! taken out first, then runs of capitalised words (with connectors such as
//! "de", "von der", and "of" inside organization names) are trimmed of
//! sentence openers and titles, split where a title or a known place sits
//! inside them, and classified from general evidence: the gazetteer,
//! organization heads, titles, given names, acronyms, cue words around the
//! name, and the shape of the name itself. A run with no evidence stays
//! unclassified; it becomes a mention only if resolution links it to a
//! classified entity ("Robledo" to "Zoé Robledo Aburto").
//!
//! Resolution groups candidates of every report together by folded name
//! (accent-, case- and hyphen-insensitive), links acronyms to the names they
//! abbreviate, and links partial person names (and runs of two or more
//! words of an organization's name) to the one longer name that contains
//! them. Each entity's canonical name is its longest form.
//! Every join remembers the rule behind it, so each mention whose text is
//! not the canonical name can say why it belongs (its [`Link`]); this costs
//! two slots per group of candidates, filled as the rules join them.
//!
//! The user's corrections of entities (merge, split, retype; see
//! [`crate::Correction`]) apply to the groups once the rules are done and
//! before ids are given, so ids stay dense and in order of first mention
//! whatever the corrections. (Corrections of spans, which add or drop
//! candidates, apply before resolution: see `corrections.rs`.)

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;
use std::sync::Arc;
use std::sync::LazyLock;

use crate::corrections::{EntityEdit, Plan};
use crate::dates;

use crate::hash::FastMap;
use crate::lexicon::{self, Flags};
use crate::text::{Folded, Prepared, Shape, Token};
use parallax_model::text::fold;
use crate::Input;
use parallax_model::{Entity, EntityId, Evidence, Kind, Link, Mention, Span};

/// Connectors inside personal and place names ("José de la Cruz",
/// "Ursula von der Leyen", "Rio Grande do Sul").
const NAME_CONNECTORS: &[&str] = &[
    "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "las", "los", "van", "von", "der",
    "den", "ter", "ten", "y", "e", "bin", "ibn", "al", "el", "abu", "ben", "bint", "st",
];

/// Particles that may open a surname ("von Hagen", "de Gaulle").
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "de", "da", "du", "di", "del", "della", "der", "al", "el", "bin", "ibn", "dos", "das", "ter", "ten",
];

/// Legal-form suffixes whose abbreviation period belongs to the name
/// ("Helix Semiconductor Corp.", "Samsung Electronics Co., Ltd.").
const LEGAL_FORMS: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "lp", "llp", "bhd", "pty", "pte", "sa", "ag", "se", "nv", "bv", "gmbh",
    "kg", "spa", "srl", "sas", "sab", "cv", "ab", "asa", "oyj", "kk",
];

/// Connectors inside organization names ("Ministry of Public Health",
/// "Department of Health and Human Services"), joined only after an
/// organization head.
const ORG_CONNECTORS: &[&str] = &["of", "for", "on", "the", "de", "del"];

/// Words that name a kind of place before "of" ("the state of Oaxaca").
const PLACE_CONTAINERS: &[&str] = &[
    "state", "city", "province", "region", "town", "village", "municipality", "county", "district", "island",
    "islands", "capital", "port", "department", "governorate",
];

/// How many tokens after an "and" inside a run the organization head
/// that makes it one name may come: "Food and Drug Administration" (2),
/// "Bill and Melinda Gates Foundation" (3), "Alcohol and Tobacco Tax and
/// Trade Bureau" (5). Bounding the look-ahead keeps runs of "X and Y and Z
/// …" linear (see [`SentenceFinder::head_follows`]).
const AND_HEAD_WINDOW: usize = 8;

/// Prepositions before a name that suggest a place ("in Lima").
const PLACE_CUES: &[&str] = &["in", "near", "across", "throughout", "outside", "inside"];

/// The name lists above, as bits (see [`name_lists`]).
mod list {
    pub const PARTICLE: u8 = 1 << 0;
    pub const CONNECTOR: u8 = 1 << 1;
    pub const ORG_CONNECTOR: u8 = 1 << 2;
    pub const LEGAL_FORM: u8 = 1 << 3;
}

/// Which of the name lists a folded word is in, as [`list`] bits.
fn name_lists(word: &str) -> u8 {
    if word.contains('.') {
        // Only a legal form may be written with periods ("S.A.").
        return name_lists_by_scan(word);
    }
    NAME_LISTS.get(word).copied().unwrap_or(0)
}

/// [`name_lists_by_scan`] of every word of the lists: a report's words are
/// looked up once each, which beats comparing each with every list.
static NAME_LISTS: LazyLock<FastMap<&'static str, u8>> = LazyLock::new(|| {
    let lists = [NAME_PARTICLES, NAME_CONNECTORS, ORG_CONNECTORS, LEGAL_FORMS];
    lists.iter().flat_map(|list| list.iter()).map(|&w| (w, name_lists_by_scan(w))).collect()
});

/// [`name_lists`], comparing the word with every list.
fn name_lists_by_scan(word: &str) -> u8 {
    let bits = [
        (NAME_PARTICLES.contains(&word), list::PARTICLE),
        (NAME_CONNECTORS.contains(&word), list::CONNECTOR),
        (ORG_CONNECTORS.contains(&word), list::ORG_CONNECTOR),
        (is_legal_form(word), list::LEGAL_FORM),
    ];
    bits.into_iter().filter(|(on, _)| *on).fold(0, |all, (_, bit)| all | bit)
}

/// A fact about each word of a report (by [`Folded::word_of`]), worked out
/// when first asked: the rules ask about the same words again and again.
struct PerWord<T> {
    cells: Vec<Cell<Option<T>>>,
}

impl<T: Copy> PerWord<T> {
    fn new(words: usize) -> PerWord<T> {
        PerWord { cells: vec![Cell::new(None); words] }
    }

    /// The fact about word `id`, from `work_out` the first time; `None` if
    /// there is no such word.
    fn get(&self, id: usize, work_out: impl FnOnce() -> T) -> Option<T> {
        let cell = self.cells.get(id)?;
        Some(cell.get().unwrap_or_else(|| {
            let fact = work_out();
            cell.set(Some(fact));
            fact
        }))
    }
}

/// A name found in a report, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Candidate {
    pub span: Span,
    pub kind: Option<Kind>,
    pub evidence: Option<Evidence>,
    /// Folded name parts, connectors dropped: "Díaz-Canel" → ["diaz", "canel"];
    /// shared by the candidates of a report written the same way.
    pub key: Arc<[String]>,
    /// For an acronym defined in parentheses, the index of its full form.
    pub defines: Option<usize>,
    /// Written in capitals as an acronym ("WHO", "IMSS").
    pub acronym: bool,
}

/// The names and dates found in one report, and every span they claim
/// (so that figures do not count the numbers inside them).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Found {
    pub candidates: Vec<Candidate>,
    pub claimed: Vec<Span>,
}

/// One report's resolved mentions and entities.
#[derive(Clone, Debug, Default)]
pub(crate) struct Resolved {
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
}

/// Finds the name and date candidates of one report.
pub(crate) fn find(text: &str, prep: &Prepared) -> Found {
    let date_words = dates::DateWords::new(&prep.folded);
    let mut found = prep.in_sentence_halves(|sentences| find_in(text, prep, &date_words, sentences), join);
    // Equal spans are the same span: their order cannot show.
    found.claimed.sort_unstable();
    found
}

/// The candidates of the second half of a report's sentences after those
/// of the first, each acronym still pointing at its full form.
fn join(mut first: Found, second: Found) -> Found {
    let offset = first.candidates.len();
    first.candidates.extend(
        second
            .candidates
            .into_iter()
            .map(|candidate| Candidate { defines: candidate.defines.map(|full| full + offset), ..candidate }),
    );
    first.claimed.extend(second.claimed);
    first
}

/// Finds the name and date candidates of the sentences `sentences` of a
/// report; the spans they claim are not sorted yet.
fn find_in(text: &str, prep: &Prepared, date_words: &dates::DateWords, sentences: Range<usize>) -> Found {
    // Made about the size they end up at rather than grown, which copied
    // the candidates (88 bytes each) and touched twice their memory: news
    // names something about every tenth token.
    let mut found =
        Found { candidates: Vec::with_capacity(prep.tokens_in(sentences.clone()) / 8), claimed: Vec::new() };
    let sentences = prep.sentences.get(sentences).unwrap_or_default();
    let flags = PerWord::new(prep.folded.word_count());
    let lists = PerWord::new(prep.folded.word_count());
    let phrase = Cell::new(Phrase::default());
    let names = Cell::new(Vec::new());
    let mut keys = Keys::default();
    // Sentences and paragraphs are in text order: the first paragraph not
    // starting before a sentence is the one it may open.
    let opens_at = sentences.first().map_or(0, |s| s.span.start);
    let mut paragraph = prep.paragraphs.partition_point(|p| p.start < opens_at);
    let mut used = Vec::new();
    let (mut order, mut new_index) = (Vec::new(), Vec::new());
    for sentence in sentences {
        while prep.paragraphs.get(paragraph).is_some_and(|p| p.start < sentence.span.start) {
            paragraph += 1;
        }
        let paragraph_start = prep.paragraphs.get(paragraph).is_some_and(|p| p.start == sentence.span.start);
        used.clear();
        used.resize(sentence.tokens.len(), false);
        let first = found.candidates.len();
        let mut finder = SentenceFinder {
            text,
            paragraph_start,
            tokens: &prep.tokens,
            folded: &prep.folded,
            flags: &flags,
            lists: &lists,
            phrase: &phrase,
            names: &names,
            keys: &mut keys,
            date_words,
            start: sentence.tokens.start,
            end: sentence.tokens.end,
            opening: opening_end(text, &prep.tokens, sentence.tokens.clone()),
            used: &mut used,
            found: &mut found,
        };
        finder.run();
        sort_from(&mut found.candidates, first, &mut order, &mut new_index);
    }
    found
}

/// Sorts the candidates from `first` on, those of one sentence, by start,
/// ties in the order found, keeping each acronym's link to its full form
/// (found in the same sentence). Each sentence's candidates start after
/// those of the sentences before it, so this sorts a report's candidates
/// a sentence at a time, without the copies of them all (88 bytes each)
/// that sorting the whole takes.
fn sort_from(candidates: &mut [Candidate], first: usize, order: &mut Vec<(usize, usize)>, new_index: &mut Vec<usize>) {
    let Some(batch) = candidates.get_mut(first..) else {
        return;
    };
    if batch.is_sorted_by_key(|c| c.span.start) {
        return;
    }
    order.clear();
    order.extend(batch.iter().map(|c| c.span.start).zip(0..));
    order.sort_unstable();
    new_index.clear();
    new_index.resize(batch.len(), 0);
    for (new, &(_, old)) in order.iter().enumerate() {
        new_index[old] = new;
    }
    for candidate in batch.iter_mut() {
        if let Some(old) = candidate.defines.and_then(|old| old.checked_sub(first)) {
            candidate.defines = new_index.get(old).map(|new| first + new);
        }
    }
    for k in 0..batch.len() {
        // Swap the candidate at `k` to its place until `k` holds its own.
        while new_index[k] != k {
            let to = new_index[k];
            batch.swap(k, to);
            new_index.swap(k, to);
        }
    }
}

/// The first of the tokens `range` that is not punctuation opening a
/// sentence (quote marks, dashes, brackets; not "," or ";"), or its end.
fn opening_end(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> usize {
    let opens = |t: &Token| t.shape == Shape::Punct && !matches!(t.text(text), "," | ";");
    range.clone().find(|&j| !tokens.get(j).is_some_and(opens)).unwrap_or(range.end)
}

struct SentenceFinder<'a> {
    text: &'a str,
    /// Whether the sentence opens its paragraph (where datelines stand).
    paragraph_start: bool,
    tokens: &'a [Token],
    /// The folded form of each of `tokens`.
    folded: &'a Folded,
    /// The lexicon flags and name lists of each word of the report, once
    /// looked up (see [`SentenceFinder::flags`]).
    flags: &'a PerWord<Flags>,
    lists: &'a PerWord<u8>,
    /// Buffers for [`SentenceFinder::with_phrase`] and
    /// [`SentenceFinder::classify`], kept between uses.
    phrase: &'a Cell<Phrase>,
    names: &'a Cell<Vec<usize>>,
    /// The keys of the report's names and dates, by how they are written.
    keys: &'a mut Keys,
    /// What each word of the report can be in a date.
    date_words: &'a dates::DateWords,
    start: usize,
    end: usize,
    /// The first token of the sentence that is not opening punctuation
    /// (see [`SentenceFinder::is_sentence_initial`]), or `end`.
    opening: usize,
    /// Which tokens of the sentence a candidate took, from `start`.
    used: &'a mut Vec<bool>,
    found: &'a mut Found,
}

/// Cues found around a run of capitalised words.
///
/// Most runs' cues are never asked for (the run has stronger evidence), so
/// those that are single words borrow them from the report's folded words.
#[derive(Default)]
struct Cues<'a> {
    title: Option<String>,
    org: Option<String>,
    place: Option<Cow<'a, str>>,
    speech: Option<&'a str>,
}

impl<'a> SentenceFinder<'a> {
    fn run(&mut self) {
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
            let run_end = if particle { self.run_end(i + 1) } else { self.run_end(i) };
            if particle {
                let cues = self.cues(i, run_end);
                self.process(i, run_end, cues);
                i = run_end;
                continue;
            }
            if let Some((len, title)) = self.title_at(i, run_end) {
                let next = i + len;
                if next < self.end && self.name_like(next) {
                    let end = self.run_end(next);
                    let cues = Cues { title: Some(title), ..self.cues(next, end) };
                    self.process(next, end, cues);
                    self.claim_number_in_name(end);
                    i = end;
                } else {
                    i = next;
                }
                continue;
            }
            let cues = self.cues(i, run_end);
            self.process(i, run_end, cues);
            self.claim_number_in_name(run_end);
            i = run_end;
        }
    }

    fn token(&self, i: usize) -> Option<&Token> {
        if i >= self.start && i < self.end { self.tokens.get(i) } else { None }
    }

    /// The folded form of token `i`, or `""` outside the sentence.
    fn word(&self, i: usize) -> &'a str {
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
    fn flags(&self, i: usize) -> Flags {
        let word = self.token(i).and(self.folded.word_of(i));
        let flags = word.and_then(|id| self.flags.get(id, || lexicon::flags(self.folded.word(id))));
        flags.unwrap_or_else(|| lexicon::flags(""))
    }

    /// Whether token `i` is in every list of `flag`.
    fn is(&self, i: usize, flag: Flags) -> bool {
        self.flags(i).has(flag)
    }

    /// Whether token `i` is in the name list `list` (see [`name_lists`]);
    /// outside the sentence, whether `""` is. Kept per word like
    /// [`SentenceFinder::flags`].
    fn in_list(&self, i: usize, list: u8) -> bool {
        let word = self.token(i).and(self.folded.word_of(i));
        let lists = word.and_then(|id| self.lists.get(id, || name_lists(self.folded.word(id))));
        lists.unwrap_or_else(|| name_lists("")) & list != 0
    }

    fn span_of(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span().start, self.tokens[to - 1].span().end)
    }

    fn mark(&mut self, from: usize, to: usize) {
        for i in from..to {
            if let Some(slot) = self.used.get_mut(i - self.start) {
                *slot = true;
            }
        }
    }

    fn is_used(&self, i: usize) -> bool {
        self.used.get(i.wrapping_sub(self.start)).copied().unwrap_or(true)
    }

    /// A capitalised word that may be part of a name.
    fn name_like(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else {
            return false;
        };
        if self.is_used(i) || !token.is_capitalized() {
            return false;
        }
        let flags = self.flags(i);
        if flags.has(Flags::STOPWORD) {
            // "US" is a country, "He" or "The" never a name.
            return token.shape == Shape::AllCaps && flags.has(Flags::PLACE);
        }
        if token.shape == Shape::Initial {
            // A lone capital is a name part only as an initial: "J. K. Rowling".
            return self.glued_period(i + 1);
        }
        true
    }

    /// Length of a gazetteer place at `i` whose name starts with a
    /// capitalised "The" ("The Hague", "The Gambia").
    fn the_place_at(&self, i: usize) -> Option<usize> {
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
    fn is_particle(&self, i: usize) -> bool {
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

    fn glued_period(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| !t.space_before && t.text(self.text) == ".")
    }

    /// Whether only punctuation that may open a sentence (quote marks,
    /// dashes, brackets; not "," or ";") comes before token `i` in the
    /// sentence.
    fn is_sentence_initial(&self, i: usize) -> bool {
        i <= self.opening
    }

    /// End (exclusive) of the run of name words starting at `i`.
    fn run_end(&self, i: usize) -> usize {
        self.scan_run(i, usize::MAX, usize::MAX)
    }

    /// [`SentenceFinder::run_end`] when it is before token `limit`, and some
    /// end at or past `limit` otherwise, found without scanning past
    /// `limit`: a caller that needs only the first few words of a run does
    /// not pay for the whole run at each of its words.
    fn run_end_before(&self, i: usize, limit: usize) -> usize {
        self.scan_run(i, limit, usize::MAX)
    }

    /// The run of name words starting at `i`, scanned up to token `limit`
    /// (see [`SentenceFinder::run_end_before`]); an "and" looks for the head
    /// after it no further than token `window`.
    fn scan_run(&self, i: usize, limit: usize, window: usize) -> usize {
        let mut j = i + 1;
        let mut has_head = self.is(i, Flags::ORG_HEAD);
        let mut has_of = false;
        loop {
            if j >= limit {
                return j;
            }
            // A possessive ends the name: "Indonesia's National Agency".
            if self.token(j - 1).is_some_and(|t| strip_possessive(t.text(self.text)).len() < t.span().len()) {
                break;
            }
            if self.name_like(j) {
                has_head |= self.is(j, Flags::ORG_HEAD);
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
            // "and" joins inside an organization's complement ("Department of
            // Health and Human Services") or before the head that names the
            // whole ("Occupational Safety and Health Administration"), never
            // two complete names ("Cuba and Mexico", "Gasunie and TenneT B.V.").
            if self.word(j) == "and" && self.token(j).is_some_and(|t| t.shape == Shape::Lower) && self.name_like(j + 1)
            {
                let joins = if has_head { has_of } else { self.head_follows(j + 1, window) };
                if joins {
                    j += 1;
                    continue;
                }
                break;
            }
            // Connectors: up to two in a row, followed by another name word.
            let mut k = j;
            while k < j + 2 && self.is_connector(k, has_head) {
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

    /// Whether the run of name words starting at `from` (after an "and")
    /// holds an organization head within [`AND_HEAD_WINDOW`] tokens, and
    /// before token `window` when an outer "and" already bounds the search.
    ///
    /// Looking at the whole run instead made a run of "X and Y and Z …"
    /// exponential (each "and" scanned the runs after every later "and"),
    /// and deep enough to overflow the stack.
    fn head_follows(&self, from: usize, window: usize) -> bool {
        let window = window.min(from.saturating_add(AND_HEAD_WINDOW));
        let end = self.scan_run(from, window, window).min(window);
        (from..end).any(|k| self.is(k, Flags::ORG_HEAD))
    }

    /// Extends a run over the periods and commas of legal forms:
    /// "Corp." and "Co., Ltd.", scanning no further than token `limit`.
    fn legal_suffix_end(&self, mut j: usize, limit: usize) -> usize {
        let is_legal = |k: usize| self.token(k).is_some_and(|t| t.is_word()) && self.in_list(k, list::LEGAL_FORM);
        while j < limit {
            if is_legal(j - 1) && self.glued_period(j) {
                j += 1;
            }
            let comma = self.token(j).is_some_and(|t| t.text(self.text) == ",");
            if comma && is_legal(j + 1) && !self.is_used(j + 1) {
                j += 2;
                continue;
            }
            return j;
        }
        j
    }

    fn is_connector(&self, i: usize, after_head: bool) -> bool {
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
    fn title_at(&self, i: usize, run_end: usize) -> Option<(usize, String)> {
        if (i..run_end).any(|j| self.is(j, Flags::ORG_HEAD)) {
            return None;
        }
        self.title_phrase_at(i)
    }

    /// A title phrase at `i`, as [`SentenceFinder::title_at`] gives it, for
    /// a caller that knows the run holds no organization head from `i` on.
    fn title_phrase_at(&self, i: usize) -> Option<(usize, String)> {
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
    fn is_title_phrase(&self, from: usize, to: usize) -> bool {
        match to.saturating_sub(from) {
            0 => lexicon::is_title(""),
            1 => self.is(from, Flags::TITLE),
            // Folded words hold no space, so a title equal to the phrase
            // starts with the phrase's first word.
            _ => self.is(from, Flags::TITLE_START) && lexicon::is_title(&self.phrase(from, to)),
        }
    }

    /// The folded words of tokens `from..to`, joined by single spaces.
    fn phrase(&self, from: usize, to: usize) -> String {
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
    fn cues(&self, from: usize, to: usize) -> Cues<'a> {
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
        // "director of X": X is an organization.
        let mut k = from;
        if self.word(k.wrapping_sub(1)) == "the" {
            k -= 1;
        }
        if self.word(k.wrapping_sub(1)) == "of" && k >= self.start + 2 {
            let before = self.token(k - 2);
            if before.is_some_and(|t| t.shape == Shape::Lower) && self.is(k - 2, Flags::TITLE) {
                cues.org = Some(format!("{} of", self.word(k - 2)));
            }
        }
        // "the state of X", "the city of X": X is a place.
        if k >= self.start + 2 && self.word(k - 1) == "of" {
            let container = self.word(k - 2);
            if self.tokens[k - 2].shape == Shape::Lower && PLACE_CONTAINERS.contains(&container) {
                cues.place = Some(Cow::Owned(format!("{container} of")));
                return self.speech_cue(from, to, cues);
            }
        }
        // "in X": X may be a place.
        if from > self.start {
            let prev = self.word(from - 1);
            if PLACE_CUES.contains(&prev) && self.word(from.wrapping_sub(2)) != "according" {
                cues.place = Some(Cow::Borrowed(prev));
            }
        }
        self.speech_cue(from, to, cues)
    }

    /// Adds the speech cue around the run `from..to`: "according to X", "X said".
    fn speech_cue(&self, from: usize, to: usize, mut cues: Cues<'a>) -> Cues<'a> {
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

    /// Trims, splits and classifies the run `from..to`, pushing candidates.
    ///
    /// A split at a title hands the part before it to a call of its own
    /// (which finds no title to split at) and goes on with the part after
    /// it; so does a split after a place or after ordinary words, with no
    /// part before. A run that strings many titles or places together ("X
    /// Mayor Y Mayor Z …") so costs time in proportion to its length and a
    /// call depth of two: one call per split overflowed the stack.
    fn process(&mut self, mut from: usize, mut to: usize, mut cues: Cues<'a>) {
        // `from` only moves forward and `to` only moves before the end, so
        // the last head is found once, and a title looked for once per token.
        let mut last_head = (from..to).rev().find(|&j| self.is(j, Flags::ORG_HEAD));
        let mut no_title_before = from;
        loop {
            let particle = self.tokens[from].shape == Shape::Lower;
            // A sentence opener that is an ordinary word: "Hospitals", "Despite".
            if !particle && from < to && self.is_sentence_initial(from) {
                let flags = self.flags(from);
                let ordinary = flags.has(Flags::COMMON_WORD)
                    && !flags.has(Flags::ORG_HEAD)
                    && !flags.has(Flags::GIVEN_NAME)
                    && self.place_at(from, to).is_none();
                if ordinary && !flags.has(Flags::TITLE) {
                    from += 1;
                    while from < to && !self.name_like(from) {
                        from += 1;
                    }
                }
            }
            if from >= to {
                return;
            }
            last_head = last_head.filter(|&head| head >= from);
            if let Some(head) = last_head {
                // "European Commission President Ursula von der Leyen": a title
                // after the organization opens a person's name.
                let mut after_head = head + 1;
                if let Some((j, len, title)) = self.title_split(&mut after_head, to) {
                    let before = self.cues(from, j);
                    self.process(from, j, before);
                    cues = Cues { title: Some(title), ..self.cues(j + len, to) };
                    from = j + len;
                    continue;
                }
                // "UN Security Council Resolution": ordinary words straight after
                // the head are not part of the name.
                let trailing_ordinary = head + 1 < to
                    && (head + 1..to).all(|k| {
                        let flags = self.flags(k);
                        self.tokens[k].shape == Shape::Capitalized
                            && flags.has(Flags::COMMON_WORD)
                            && !flags.has(Flags::PLACE)
                    });
                if trailing_ordinary {
                    to = head + 1;
                }
            } else {
                // "Mexican President X": a demonym, then a title.
                if self.is(from, Flags::DEMONYM) && from + 1 < to {
                    if let Some((len, title)) = self.title_phrase_at(from + 1) {
                        cues.title = Some(title);
                        from += 1 + len;
                        if from >= to {
                            return;
                        }
                    }
                }
                // A title inside the run splits it: "Mexico City Mayor X".
                no_title_before = no_title_before.max(from + 1);
                if let Some((j, len, title)) = self.title_split(&mut no_title_before, to) {
                    let before = self.cues(from, j);
                    self.process(from, j, before);
                    cues = Cues { title: Some(title), ..self.cues(j + len, to) };
                    from = j + len;
                    continue;
                }
                // A known place at the start of a longer run: "Havana Cuba".
                if let Some(len) = self.place_at(from, to) {
                    let leads_name = self.is(from, Flags::GIVEN_NAME) && len == 1;
                    let compass = self.is(from, Flags::COMPASS);
                    if from + len < to && !leads_name && !compass {
                        self.push_name(from, from + len, Some((Kind::Place, Evidence::Gazetteer)));
                        cues = self.cues(from + len, to);
                        from += len;
                        continue;
                    }
                }
                // Ordinary words before a name: "Trade Nguyễn Thị Thu Hà".
                let split = (from + 1..to).find(|&j| !self.is(j, Flags::COMMON_WORD));
                if let Some(j) = split {
                    let prefix_ordinary = (from..j).all(|k| {
                        let flags = self.flags(k);
                        flags.has(Flags::COMMON_WORD) && !flags.has(Flags::GIVEN_NAME) && !flags.has(Flags::COMPASS)
                    });
                    // Only then look at the rest, which may be long.
                    let rest_names = || to - j >= 2 && (j..to).all(|k| self.is_unknown(k));
                    if prefix_ordinary && !particle && rest_names() {
                        self.mark(from, j);
                        cues = self.cues(j, to);
                        from = j;
                        continue;
                    }
                }
            }
            let has_head = last_head.is_some_and(|h| h < to);
            let mut class = self.classify(from, to, &cues, has_head);
            if particle && class.as_ref().is_none_or(|(kind, _)| *kind != Kind::Person) {
                // A particle belongs to a person's name only: "von Hagen".
                from += 1;
                cues = self.cues(from, to);
                class = self.classify(from, to, &cues, has_head);
            }
            let index = self.push_name(from, to, class);
            self.acronym_definition(to, index);
            return;
        }
    }

    /// The first title at or after token `*at` that splits the run ending
    /// at `to` (one that ends before `to`), as its token, length and folded
    /// text; `*at` moves to it, or to `to` if there is none, so that a later
    /// search of the same run starts there. The run must hold no
    /// organization head from `*at` on.
    fn title_split(&self, at: &mut usize, to: usize) -> Option<(usize, usize, String)> {
        while *at < to {
            let j = *at;
            if let Some((len, title)) = self.title_phrase_at(j).filter(|(len, _)| j + len < to) {
                return Some((j, len, title));
            }
            *at += 1;
        }
        None
    }

    /// A capitalised word outside the dictionary and the demonyms.
    fn is_unknown(&self, i: usize) -> bool {
        let flags = self.flags(i);
        self.tokens[i].is_word()
            && !flags.has(Flags::COMMON_WORD)
            && !flags.has(Flags::DEMONYM)
            && !self.in_list(i, list::CONNECTOR)
    }

    /// "PADANG, Indonesia, March 4 —": a dateline at the opening of a
    /// paragraph, in capitals, before a comma, dash or agency credit.
    fn is_dateline(&self, from: usize, to: usize) -> bool {
        let all_caps = (from..to).all(|k| self.tokens[k].shape == Shape::AllCaps);
        let opens_paragraph = from == self.start && self.paragraph_start;
        let next = self.token(to).map(|t| t.text(self.text));
        let dash = matches!(next, Some("—" | "–" | "-" | "("));
        let comma_then_date = next == Some(",") && self.is_used(to + 1);
        all_caps && opens_paragraph && (dash || comma_then_date || next == Some(","))
    }

    /// Length of the longest gazetteer place starting at `from` within `..to`.
    fn place_at(&self, from: usize, to: usize) -> Option<usize> {
        let max = (*lexicon::PLACE_MAX_WORDS).min(to.saturating_sub(from));
        match max {
            0 => None,
            // A folded token holds no whitespace: it is its own phrase.
            1 => self.is(from, Flags::PLACE).then_some(1),
            _ => self.with_phrase(from, from + max, usize::MAX, |phrase| {
                (1..=max).rev().find(|&len| lexicon::is_place(phrase.prefix(len)))
            }),
        }
    }

    /// Calls `f` with `normalize_space(fold(text))` of the text of tokens
    /// `from..to` cut at byte `cut`, built from the tokens' folded forms
    /// (the gazetteer tries every window of a run; folding each afresh was
    /// a tenth of the analysis). Its [`Phrase::prefix`]es are the same of
    /// shorter runs.
    fn with_phrase<R>(&self, from: usize, to: usize, cut: usize, f: impl FnOnce(&Phrase) -> R) -> R {
        let mut phrase = self.phrase.take();
        phrase.clear();
        self.build_phrase(from, to, cut, &mut phrase);
        let result = f(&phrase);
        self.phrase.set(phrase);
        result
    }

    fn build_phrase(&self, from: usize, to: usize, cut: usize, phrase: &mut Phrase) {
        let Some(first) = self.tokens.get(from) else {
            return;
        };
        let mut at = first.span().start;
        for k in from..to.min(self.tokens.len()) {
            let token = self.tokens[k].span();
            let gap = self.text.get(at..token.start.min(cut)).unwrap_or("");
            if gap.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                // Spaces, as a rule: their own folded form.
                phrase.push(gap);
            } else {
                phrase.push(&fold(gap));
            }
            if token.start >= cut {
                break;
            }
            if token.end <= cut {
                phrase.push(self.folded.get(k));
            } else {
                phrase.push(&fold(self.text.get(token.start..cut).unwrap_or("")));
            }
            phrase.ends.push(phrase.text.len());
            at = token.end;
        }
    }

    fn classify(&self, from: usize, to: usize, cues: &Cues<'_>, has_head: bool) -> Option<(Kind, Evidence)> {
        // The word tokens that are not connectors, in a buffer kept between uses.
        let mut names = self.names.take();
        names.clear();
        let words = (from..to).filter(|&j| self.tokens[j].is_word());
        names.extend(words.filter(|&j| !self.in_list(j, list::CONNECTOR)));
        let class = self.classify_names(from, to, cues, has_head, &names);
        self.names.set(names);
        class
    }

    /// [`SentenceFinder::classify`], given the run's `names`.
    fn classify_names(
        &self,
        from: usize,
        to: usize,
        cues: &Cues<'_>,
        has_head: bool,
        names: &[usize],
    ) -> Option<(Kind, Evidence)> {
        let span = self.span_of(from, to);
        let cut = span.start + strip_possessive(span.slice(self.text)).len();
        let is_place = if to - from == 1 && cut == span.end {
            // A folded token holds no whitespace: it is its own phrase.
            self.is(from, Flags::PLACE)
        } else {
            self.with_phrase(from, to, cut, |phrase| lexicon::is_place(&phrase.text))
        };
        let words = (from..to).filter(|&j| self.tokens[j].is_word());
        let single = names.len() == 1;
        let first = self.tokens[from];
        let unknown = |j: usize| {
            let flags = self.flags(j);
            !flags.has(Flags::COMMON_WORD) && !flags.has(Flags::DEMONYM) && !self.in_list(j, list::CONNECTOR)
        };
        let any_unknown = names.iter().any(|&j| unknown(j));
        let has_place = names.iter().any(|&j| self.is(j, Flags::PLACE));

        if is_place {
            return Some((Kind::Place, Evidence::Gazetteer));
        }
        if self.is_dateline(from, to) {
            return Some((Kind::Place, Evidence::Cue(String::from("dateline"))));
        }
        if has_head {
            let head = words.rev().find(|&j| self.is(j, Flags::ORG_HEAD));
            let initial_alone = single && self.is_sentence_initial(from);
            if let Some(head) = head {
                if !initial_alone {
                    return Some((Kind::Organization, Evidence::OrganizationHead(self.word(head).to_string())));
                }
            }
        }
        if single && is_acronym(first.text(self.text)) {
            return Some((Kind::Organization, Evidence::Acronym));
        }
        if let Some(title) = &cues.title {
            return Some((Kind::Person, Evidence::Title(title.clone())));
        }
        let first_word = names.first().map_or_else(|| lexicon::flags(""), |&j| self.flags(j));
        if first_word.has(Flags::GIVEN_NAME) && !first_word.has(Flags::DEMONYM) && !has_place {
            return Some((Kind::Person, Evidence::GivenName(self.tokens[from].text(self.text).to_string())));
        }
        if let Some(cue) = &cues.org {
            if !names.iter().any(|&j| self.is(j, Flags::DEMONYM)) || names.len() > 1 {
                return Some((Kind::Organization, Evidence::Cue(cue.clone())));
            }
        }
        if (from..to).any(|k| has_inner_capital(self.tokens[k].text(self.text))) {
            return Some((Kind::Organization, Evidence::Cue(String::from("inner capitals of a brand name"))));
        }
        if let Some(place) = self.place_head(names) {
            return Some((Kind::Place, place));
        }
        let given_then_name = names.len() >= 2
            && self.is(names[0], Flags::AMBIGUOUS_GIVEN_NAME)
            && names[1..].iter().any(|&j| unknown(j));
        if given_then_name {
            return Some((Kind::Person, Evidence::GivenName(self.tokens[from].text(self.text).to_string())));
        }
        if let Some(cue) = &cues.place {
            if any_unknown && !self.tokens[from..to].iter().any(|t| t.shape == Shape::AllCaps) {
                return Some((Kind::Place, Evidence::Cue(cue.to_string())));
            }
        }
        if (2..=5).contains(&names.len()) && names.iter().all(|&j| unknown(j)) && !has_place {
            return Some((Kind::Person, Evidence::NameShape));
        }
        if let Some(cue) = cues.speech {
            if any_unknown && single && !has_place {
                return Some((Kind::Person, Evidence::Cue(cue.to_string())));
            }
        }
        None
    }

    /// "Mount Talang", "Jeju Island", "West Sumatra": a place word, or a
    /// compass word before a name.
    fn place_head(&self, names: &[usize]) -> Option<Evidence> {
        let (&first, &last) = (names.first()?, names.last()?);
        if names.len() >= 2 && self.is(last, Flags::PLACE_HEAD) {
            return Some(Evidence::PlaceHead(self.word(last).to_string()));
        }
        if names.len() >= 2 && (self.is(first, Flags::PLACE_HEAD) || self.is(first, Flags::COMPASS)) {
            return Some(Evidence::PlaceHead(self.word(first).to_string()));
        }
        None
    }

    /// Pushes a name candidate for tokens `from..to`; returns its index.
    fn push_name(&mut self, from: usize, to: usize, class: Option<(Kind, Evidence)>) -> usize {
        let full = self.span_of(from, to);
        let trimmed = strip_possessive(full.slice(self.text));
        let span = Span::new(full.start, full.start + trimmed.len());
        self.mark(from, to);
        self.found.claimed.push(span);
        let acronym = to - from == 1 && is_acronym(self.tokens[from].text(self.text));
        let (kind, evidence) = match class {
            Some((kind, evidence)) => (Some(kind), Some(evidence)),
            None => (None, None),
        };
        self.found.candidates.push(Candidate {
            span,
            kind,
            evidence,
            key: self.keys.name(trimmed),
            defines: None,
            acronym,
        });
        self.found.candidates.len() - 1
    }

    /// "Institute (IMSS)": an acronym in parentheses right after a name.
    fn acronym_definition(&mut self, after: usize, full: usize) {
        let open = self.token(after).is_some_and(|t| t.text(self.text) == "(");
        let close = self.token(after + 2).is_some_and(|t| t.text(self.text) == ")");
        let Some(acronym) = self.token(after + 1).copied() else {
            return;
        };
        if !(open && close && !self.is_used(after + 1) && is_acronym(acronym.text(self.text))) {
            return;
        }
        let name = self.found.candidates[full].span.slice(self.text).to_string();
        let kind = match self.found.candidates[full].kind {
            Some(Kind::Person) | Some(Kind::Date) | Some(Kind::Figure) => return,
            Some(kind) => kind,
            None => Kind::Organization,
        };
        if self.found.candidates[full].kind.is_none() {
            self.found.candidates[full].kind = Some(kind);
            self.found.candidates[full].evidence = Some(Evidence::Cue(String::from("acronym in parentheses")));
        }
        self.mark(after + 1, after + 2);
        self.found.claimed.push(acronym.span());
        self.found.candidates.push(Candidate {
            span: acronym.span(),
            kind: Some(kind),
            evidence: Some(Evidence::AcronymDefinition(name)),
            key: self.keys.name(acronym.text(self.text)),
            defines: Some(full),
            acronym: true,
        });
    }

    /// "Boeing 737", "COVID-19": a number that is part of the name before it.
    fn claim_number_in_name(&mut self, after: usize) {
        let Some(next) = self.token(after).copied() else {
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

    /// Whether the sentence is a headline in Title Case, where capitals do
    /// not mark names.
    fn is_headline(&self) -> bool {
        let last = self.token(self.end.wrapping_sub(1)).map(|t| t.text(self.text));
        if last == Some(".") {
            return false;
        }
        let mut words = 0;
        for token in (self.start..self.end).filter_map(|i| self.token(i)) {
            if token.is_word() && token.text(self.text).chars().nth(3).is_some() {
                if !token.is_capitalized() {
                    return false;
                }
                words += 1;
            }
        }
        words >= 3
    }

    /// In a headline only gazetteer places and acronyms count; other
    /// capitalised words become unclassified candidates that resolution may
    /// link to names found in the running text.
    fn headline_names(&mut self) {
        let mut i = self.start;
        while i < self.end {
            if !self.name_like(i) {
                i += 1;
                continue;
            }
            // Only the run's first words can make a place: do not scan the
            // rest of a long run at each of its words.
            let run_end = self.run_end_before(i, i.saturating_add(*lexicon::PLACE_MAX_WORDS));
            if let Some(len) = self.place_at(i, run_end) {
                self.push_name(i, i + len, Some((Kind::Place, Evidence::Gazetteer)));
                i += len;
                continue;
            }
            let flags = self.flags(i);
            if is_acronym(self.tokens[i].text(self.text)) {
                self.push_name(i, i + 1, Some((Kind::Organization, Evidence::Acronym)));
            } else if !flags.has(Flags::COMMON_WORD) && !flags.has(Flags::DEMONYM) {
                self.push_name(i, i + 1, None);
            }
            i += 1;
        }
    }
}

/// "TotalEnergies", "SNUipp", "PayPal": a capital after a lower-case letter,
/// as brand names are written, unlike surnames ("McDonald", "DiCaprio",
/// "MacArthur", "O'Brien", "DeSantis", "LeBron").
fn has_inner_capital(word: &str) -> bool {
    const SURNAME_PREFIXES: &[&str] = &["Mc", "Mac", "Di", "De", "Da", "Le", "La", "Van", "Von", "Du", "Fitz"];
    let head = before_hyphen(word);
    let mut chars = head.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if let Some(&(at, next)) = chars.peek()
            && c.is_lowercase()
            && next.is_uppercase()
        {
            // The first such capital decides, by what comes before it.
            return !SURNAME_PREFIXES.contains(&&head[..at]);
        }
    }
    false
}

/// Text with runs of whitespace collapsed to one space and none at either
/// end (`split_whitespace` joined by spaces), built piece by piece.
#[derive(Default)]
struct Phrase {
    text: String,
    /// Whitespace was pushed since the last word.
    space: bool,
    /// The length of `text` after each token (see
    /// [`SentenceFinder::normalized_phrase`]).
    ends: Vec<usize>,
}

impl Phrase {
    fn clear(&mut self) {
        self.text.clear();
        self.space = false;
        self.ends.clear();
    }

    fn push(&mut self, piece: &str) {
        if piece.bytes().all(|b| b > b' ' && b.is_ascii()) {
            // No whitespace in it, as in any folded token.
            self.push_part(piece);
            return;
        }
        let mut parts = piece.split(char::is_whitespace);
        // The first part continues the current word; the others follow
        // whitespace.
        if let Some(first) = parts.next() {
            self.push_part(first);
        }
        for part in parts {
            self.space = true;
            self.push_part(part);
        }
    }

    fn push_part(&mut self, part: &str) {
        if part.is_empty() {
            return;
        }
        if self.space && !self.text.is_empty() {
            self.text.push(' ');
        }
        self.space = false;
        self.text.push_str(part);
    }

    /// The phrase of the first `tokens` tokens.
    fn prefix(&self, tokens: usize) -> &str {
        let end = tokens.checked_sub(1).and_then(|k| self.ends.get(k)).copied().unwrap_or(0);
        self.text.get(..end).unwrap_or("")
    }
}

/// A legal-form suffix, with or without its periods ("Corp", "S.A.").
fn is_legal_form(folded: &str) -> bool {
    if folded.contains('.') {
        LEGAL_FORMS.contains(&folded.replace('.', "").as_str())
    } else {
        LEGAL_FORMS.contains(&folded)
    }
}

/// The name without a possessive ending: "Cuba's" → "Cuba".
fn strip_possessive(name: &str) -> &str {
    if !name.ends_with(['s', 'S']) {
        // Asked of every word of every name: most end otherwise.
        return name;
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = name.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    name
}

/// `word` up to its first hyphen, found by a plain byte loop: names are
/// short, and the general searcher `split` sets up cost more than the scan.
fn before_hyphen(word: &str) -> &str {
    let at = word.bytes().position(|b| b == b'-').unwrap_or(word.len());
    word.get(..at).unwrap_or(word)
}

/// Capitals only, two to eight letters, digits allowed after the first
/// letter ("WHO", "G20", "U.S."), or an acronym leading a hyphenated name
/// ("IMSS-Bienestar").
pub(crate) fn is_acronym(word: &str) -> bool {
    let head = before_hyphen(word);
    // One pass, which most names leave at their second letter.
    let (mut letters, mut digits) = (0, 0);
    for c in head.chars() {
        if !(c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&') {
            return false;
        }
        letters += usize::from(c.is_alphabetic());
        digits += usize::from(c.is_ascii_digit());
    }
    head.chars().next().is_some_and(char::is_uppercase) && (letters >= 2 || digits > 0) && letters <= 8
}

/// The folded parts of a name, for alias matching: split at spaces,
/// hyphens, periods and apostrophes; connectors dropped.
pub(crate) fn name_key(name: &str) -> Vec<String> {
    let folded = fold(strip_possessive(name));
    let is_initialism = folded.len() <= 12 && folded.matches('.').count() >= 2;
    if is_initialism {
        // "U.S." and "US" are the same key.
        return vec![folded.replace('.', "")];
    }
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty() && !NAME_CONNECTORS.contains(part))
        .map(str::to_string)
        .collect()
}

/// The keys of the names and dates of one report, by how they are written.
///
/// A report names the same people and places again and again; computing
/// each key once and sharing it saves folding, splitting and allocating it
/// for every mention (5% of the analysis, and as much again freeing them).
#[derive(Default)]
struct Keys {
    names: FastMap<String, Arc<[String]>>,
    dates: FastMap<String, Arc<[String]>>,
}

impl Keys {
    /// [`name_key`] of `name`.
    fn name(&mut self, name: &str) -> Arc<[String]> {
        Keys::memo(&mut self.names, name, || name_key(name).into())
    }

    /// The key of a date: its folded text.
    fn date(&mut self, date: &str) -> Arc<[String]> {
        Keys::memo(&mut self.dates, date, || Arc::new([fold(date)]))
    }

    fn memo(
        keys: &mut FastMap<String, Arc<[String]>>,
        text: &str,
        key: impl FnOnce() -> Arc<[String]>,
    ) -> Arc<[String]> {
        if let Some(known) = keys.get(text) {
            return Arc::clone(known);
        }
        let key = key();
        keys.insert(text.to_string(), Arc::clone(&key));
        key
    }
}

/// A resolution rule that joined one group of candidates to another; it
/// becomes the [`Link`] of the joined group's mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// An acronym in parentheses after its full form.
    AcronymDefinition,
    /// An acronym spelling an organization's initials.
    Initials,
    /// A shorter person or organization name inside a longer one.
    PartialName,
}

/// A rule that joined two groups, as seen from one of them.
#[derive(Clone, Copy, Debug)]
struct Edge {
    rule: Rule,
    /// The group at the other end.
    other: usize,
}

/// A union-find over candidate groups that remembers, for each group, the
/// first rule that joined it to a longer form and the first that joined a
/// shorter form to it: that is all [`Link`] needs, and costs a slot per
/// group rather than a search of the joins.
struct Groups {
    parent: Vec<usize>,
    /// The first rule that joined each group (the acronym, the partial
    /// name) to another.
    joined: Vec<Option<Edge>>,
    /// The first rule that joined another group to each.
    joined_by: Vec<Option<Edge>>,
}

impl Groups {
    fn new(n: usize) -> Groups {
        Groups { parent: (0..n).collect(), joined: vec![None; n], joined_by: vec![None; n] }
    }

    /// Adds a group of its own; returns its index.
    fn push(&mut self) -> usize {
        let g = self.parent.len();
        self.parent.push(g);
        self.joined.push(None);
        self.joined_by.push(None);
        g
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            // The earlier group stays the root, so ids follow first mention.
            let (keep, join) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[join] = keep;
        }
    }

    /// Joins group `short` (the acronym, the partial name) to group `long`
    /// by `rule`, remembering why.
    fn join(&mut self, short: usize, long: usize, rule: Rule) {
        if short == long {
            return;
        }
        if let Some(slot @ None) = self.joined.get_mut(short) {
            *slot = Some(Edge { rule, other: long });
        }
        if let Some(slot @ None) = self.joined_by.get_mut(long) {
            *slot = Some(Edge { rule, other: short });
        }
        self.union(short, long);
    }
}

/// Summary of the candidates sharing one key.
struct KeyGroup {
    key: Arc<[String]>,
    /// Votes per kind, strong evidence counting double.
    votes: Votes,
    acronym: bool,
}

/// Votes per kind, indexed by `Kind as usize`; a kind without votes has 0.
#[derive(Clone, Copy, Debug, Default)]
struct Votes([u32; Kind::ALL.len()]);

impl Votes {
    fn add(&mut self, kind: Kind, votes: u32) {
        // Saturating: a user's correction weighs a lot (see [`weight`]).
        self.0[kind as usize] = self.0[kind as usize].saturating_add(votes);
    }

    fn get(&self, kind: Kind) -> u32 {
        self.0[kind as usize]
    }

    fn add_all(&mut self, other: &Votes) {
        for kind in Kind::ALL {
            self.add(kind, other.get(kind));
        }
    }
}

impl KeyGroup {
    fn kind(&self) -> Option<Kind> {
        best_kind(&self.votes)
    }
}

fn best_kind(votes: &Votes) -> Option<Kind> {
    const PRECEDENCE: [Kind; 4] = [Kind::Person, Kind::Organization, Kind::Place, Kind::Date];
    PRECEDENCE
        .into_iter()
        .filter(|&kind| votes.get(kind) > 0)
        .max_by_key(|&kind| (votes.get(kind), std::cmp::Reverse(PRECEDENCE.iter().position(|&k| k == kind))))
}

/// What a candidate's evidence counts for in its group's vote.
fn weight(evidence: Option<&Evidence>) -> u32 {
    match evidence {
        Some(Evidence::NameShape | Evidence::Cue(_)) => 1,
        // A form the user added: their word outweighs any rule.
        Some(Evidence::Correction(_)) => 1 << 16,
        Some(_) => 2,
        None => 0,
    }
}

/// Where a candidate is: the report's index and its index in the report.
type At = (usize, usize);

/// How good a form is as a canonical name: most name parts, then most
/// accented letters ("Díaz" over "Diaz"), then first seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Rank {
    parts: usize,
    accents: usize,
    at: At,
}

impl Rank {
    fn beats(&self, other: &Rank) -> bool {
        match (self.parts, self.accents).cmp(&(other.parts, other.accents)) {
            std::cmp::Ordering::Equal => self.at < other.at,
            order => order.is_gt(),
        }
    }

    /// The better of two optional ranks.
    fn best(a: Option<Rank>, b: Option<Rank>) -> Option<Rank> {
        match (a, b) {
            (Some(a), Some(b)) => Some(if b.beats(&a) { b } else { a }),
            (a, b) => a.or(b),
        }
    }
}

/// Resolves the candidates of every report to entities shared across them,
/// applying the entity corrections of `plan` (merge, split, retype) to the
/// groups the rules made.
pub(crate) fn resolve(inputs: &[Input<'_>], found: &[Found], plan: &mut Plan) -> Vec<Resolved> {
    // 1. Group candidates by kind family and folded key.
    let candidates = found.iter().map(|report| report.candidates.len()).sum();
    let mut group_of_key: FastMap<(bool, &[String]), usize> =
        FastMap::with_capacity_and_hasher(candidates, Default::default());
    let mut groups: Vec<KeyGroup> = Vec::new();
    let mut group_of: Vec<Vec<usize>> = Vec::with_capacity(found.len());
    for report in found {
        let mut of_report = Vec::with_capacity(report.candidates.len());
        for candidate in &report.candidates {
            let is_date = candidate.kind == Some(Kind::Date);
            let entry = (is_date, &candidate.key[..]);
            let next = groups.len();
            let g = *group_of_key.entry(entry).or_insert(next);
            if g == next {
                groups.push(KeyGroup { key: Arc::clone(&candidate.key), votes: Votes::default(), acronym: false });
            }
            if let Some(kind) = candidate.kind {
                groups[g].votes.add(kind, weight(candidate.evidence.as_ref()));
            }
            groups[g].acronym |= candidate.acronym;
            of_report.push(g);
        }
        group_of.push(of_report);
    }
    let mut union = Groups::new(groups.len());

    // 2. Acronyms defined in parentheses join their full names.
    for (r, report) in found.iter().enumerate() {
        for (c, candidate) in report.candidates.iter().enumerate() {
            if let Some(full) = candidate.defines {
                if let Some(&long) = group_of[r].get(full) {
                    union.join(group_of[r][c], long, Rule::AcronymDefinition);
                }
            }
        }
    }

    // 3. Undefined acronyms join the one organization whose initials they spell.
    link_acronyms_by_initials(&groups, &mut union);

    // 4. Partial person and organization names join the one longer name
    //    that contains them.
    link_partial_names(&groups, &mut union);

    // 5. The user's corrections of entities, then the entities themselves.
    let texts: Vec<&str> = inputs.iter().map(|input| input.text).collect();
    let mut resolution = Resolution::new(&texts, found, groups, group_of, union);
    let edits = plan.entity_edits();
    for (k, edit) in edits.iter().enumerate() {
        if resolution.apply(edit) {
            plan.mark_entity_edit(k);
        }
    }
    resolution.finish()
}

/// The groups of candidates once the rules have joined them, as the user's
/// corrections change them, and what is known about each: its best form,
/// its forms, a kind the user gave it, the link a merge gave it.
struct Resolution<'a> {
    texts: &'a [&'a str],
    found: &'a [Found],
    groups: Vec<KeyGroup>,
    /// The group of each candidate, per report.
    group_of: Vec<Vec<usize>>,
    union: Groups,
    /// Per group: its best form for a canonical name.
    best: Vec<Option<Rank>>,
    /// Per group: its distinct forms as written, in order of first mention.
    forms: Vec<Vec<&'a str>>,
    /// Per group, read at roots: the kind the user gave the entity.
    forced: Vec<Option<Kind>>,
    /// Per group that named an entity the user merged with another: the
    /// link that says so (see [`Link::MergedInto`], [`Link::MergedWith`]).
    merged: Vec<Option<Link>>,
    /// Evidence the user's corrections gave to candidates, by where they are.
    noted: FastMap<At, Evidence>,
    /// The normalized text of candidates whose entity a correction looked
    /// for by name, by where they are: each correction looks at every
    /// entity's name, and a name's text does not change.
    names: FastMap<At, String>,
}

/// The entities as the groups stand: each group's root, and each root's
/// votes and best form.
struct Roots {
    root_of: Vec<usize>,
    votes: Vec<Votes>,
    best: Vec<Option<Rank>>,
}

impl<'a> Resolution<'a> {
    fn new(
        texts: &'a [&'a str],
        found: &'a [Found],
        groups: Vec<KeyGroup>,
        group_of: Vec<Vec<usize>>,
        union: Groups,
    ) -> Resolution<'a> {
        let n = groups.len();
        let mut resolution = Resolution {
            texts,
            found,
            groups,
            group_of,
            union,
            best: Vec::new(),
            forms: Vec::new(),
            forced: vec![None; n],
            merged: Vec::new(),
            noted: FastMap::default(),
            names: FastMap::default(),
        };
        resolution.tally_forms();
        resolution
    }

    /// The candidate at `at`.
    fn candidate(&self, (r, c): At) -> Option<&'a Candidate> {
        self.found.get(r).and_then(|report| report.candidates.get(c))
    }

    /// The text of the candidate at `at`.
    fn surface(&self, at: At) -> &'a str {
        let text = self.texts.get(at.0).copied().unwrap_or("");
        self.candidate(at).map_or("", |candidate| candidate.span.slice(text))
    }

    /// Every candidate's place and group.
    fn each_candidate(&self) -> impl Iterator<Item = (At, usize)> + '_ {
        self.group_of
            .iter()
            .enumerate()
            .flat_map(|(r, groups)| groups.iter().enumerate().map(move |(c, &g)| ((r, c), g)))
    }

    /// Works out each group's best form and forms from its candidates.
    fn tally_forms(&mut self) {
        let n = self.groups.len();
        let mut best: Vec<Option<Rank>> = vec![None; n];
        let mut forms: Vec<Vec<&'a str>> = vec![Vec::new(); n];
        for (at, g) in self.each_candidate() {
            let (Some(candidate), Some(slot)) = (self.candidate(at), best.get_mut(g)) else {
                continue;
            };
            let surface = self.surface(at);
            let rank =
                Rank { parts: candidate.key.len(), accents: surface.chars().filter(|ch| !ch.is_ascii()).count(), at };
            *slot = Rank::best(*slot, Some(rank));
            if !forms[g].contains(&surface) {
                forms[g].push(surface);
            }
        }
        self.best = best;
        self.forms = forms;
    }

    /// The entities as the groups now stand.
    fn roots(&mut self) -> Roots {
        let n = self.groups.len();
        let root_of: Vec<usize> = (0..n).map(|g| self.union.root(g)).collect();
        let mut votes = vec![Votes::default(); n];
        let mut best: Vec<Option<Rank>> = vec![None; n];
        for (g, &root) in root_of.iter().enumerate() {
            votes[root].add_all(&self.groups[g].votes);
            best[root] = Rank::best(best[root], self.best[g]);
        }
        Roots { root_of, votes, best }
    }

    /// The kind of the entity rooted at `root`, if it is one.
    fn kind_of(&self, roots: &Roots, root: usize) -> Option<Kind> {
        self.forced[root].or_else(|| best_kind(&roots.votes[root]))
    }

    /// The canonical name of the entity rooted at `root`.
    fn canonical(&self, roots: &Roots, root: usize) -> &'a str {
        roots.best[root].map_or("", |rank| self.surface(rank.at))
    }

    /// The group holding the canonical name of the entity rooted at `root`.
    fn best_group(&self, roots: &Roots, root: usize) -> Option<usize> {
        let (r, c) = roots.best.get(root).copied().flatten()?.at;
        self.group_of.get(r)?.get(c).copied()
    }

    /// The roots of the entities whose folded canonical name is `name`, in
    /// order of first mention.
    fn named(&mut self, roots: &Roots, name: &str) -> Vec<usize> {
        let mut found: Vec<(At, usize)> = Vec::new();
        for (g, &root) in roots.root_of.iter().enumerate() {
            let Some(rank) = roots.best[g].filter(|_| root == g && self.kind_of(roots, g).is_some()) else {
                continue;
            };
            let surface = self.surface(rank.at);
            let normalized = self.names.entry(rank.at).or_insert_with(|| parallax_model::normalize(surface));
            if normalized == name {
                found.push((rank.at, g));
            }
        }
        found.sort_unstable();
        found.into_iter().map(|(_, g)| g).collect()
    }

    /// Gives `evidence` to every candidate of the entity rooted at `root`
    /// (or only those `only` accepts).
    fn note(&mut self, roots: &Roots, root: usize, evidence: &Evidence, only: impl Fn(At) -> bool) {
        let marked: Vec<At> = self
            .each_candidate()
            .filter(|&(at, g)| roots.root_of.get(g) == Some(&root) && only(at))
            .map(|(at, _)| at)
            .collect();
        for at in marked {
            self.noted.insert(at, evidence.clone());
        }
    }

    /// Applies one correction; whether it matched anything.
    fn apply(&mut self, edit: &EntityEdit) -> bool {
        let roots = self.roots();
        match edit {
            EntityEdit::Retype { name, kind } => {
                let targets = self.named(&roots, name);
                let evidence = Evidence::Correction(String::from("retyped by you"));
                for &root in &targets {
                    self.forced[root] = Some(*kind);
                    self.note(&roots, root, &evidence, |_| true);
                }
                !targets.is_empty()
            }
            EntityEdit::Merge { name, into } => {
                let Some(&target) = self.named(&roots, into).first() else {
                    return false;
                };
                let into_name = self.canonical(&roots, target).to_string();
                let kind = self.kind_of(&roots, target);
                let sources: Vec<usize> = self.named(&roots, name).into_iter().filter(|&r| r != target).collect();
                let evidence = Evidence::Correction(format!("merged by you into '{into_name}'"));
                if self.merged.len() < self.groups.len() {
                    self.merged.resize(self.groups.len(), None);
                }
                for &source in &sources {
                    self.note(&roots, source, &evidence, |_| true);
                    // The forms that named each entity say why they now
                    // belong together; the others keep their own links.
                    let source_name = self.canonical(&roots, source).to_string();
                    if let Some(g) = self.best_group(&roots, source) {
                        self.merged[g] = Some(Link::MergedInto(into_name.clone()));
                    }
                    if let Some(g) = self.best_group(&roots, target) {
                        self.merged[g] = Some(Link::MergedWith(source_name));
                    }
                    self.union.union(source, target);
                }
                let root = self.union.root(target);
                self.forced[root] = kind;
                !sources.is_empty()
            }
            EntityEdit::Split { text, from } => {
                let mut applied = false;
                for source in self.named(&roots, from) {
                    let kind = self.kind_of(&roots, source);
                    let from_name = self.canonical(&roots, source).to_string();
                    let moved: Vec<At> = self
                        .each_candidate()
                        .filter(|&(at, g)| {
                            roots.root_of.get(g) == Some(&source) && parallax_model::normalize(self.surface(at)) == *text
                        })
                        .map(|(at, _)| at)
                        .collect();
                    let Some(key) = moved.first().and_then(|&at| self.candidate(at)).map(|c| Arc::clone(&c.key)) else {
                        continue;
                    };
                    let new = self.union.push();
                    self.groups.push(KeyGroup { key, votes: Votes::default(), acronym: false });
                    self.forced.push(None);
                    for &(r, c) in &moved {
                        let Some(candidate) = self.candidate((r, c)) else {
                            continue;
                        };
                        let old = self.group_of[r][c];
                        if let Some(kind) = candidate.kind {
                            // Votes move with their candidates.
                            let weight = weight(candidate.evidence.as_ref());
                            let left = self.groups[old].votes.get(kind).saturating_sub(weight);
                            self.groups[old].votes.0[kind as usize] = left;
                            self.groups[new].votes.add(kind, weight);
                        }
                        self.group_of[r][c] = new;
                    }
                    if self.groups[new].kind().is_none() {
                        // Forms the rules left unclassified keep the entity's kind.
                        self.forced[new] = kind;
                    }
                    let evidence = Evidence::Correction(format!("split by you from '{from_name}'"));
                    for at in moved {
                        self.noted.insert(at, evidence.clone());
                    }
                    self.tally_forms();
                    applied = true;
                }
                applied
            }
        }
    }

    /// Why the mentions of group `g` belong to the entity rooted at `root`,
    /// whose best form is in group `canonical`.
    fn link(&self, roots: &Roots, g: usize, canonical: usize) -> Link {
        if g == canonical {
            return Link::SameName;
        }
        if let Some(Some(merged)) = self.merged.get(g) {
            return merged.clone();
        }
        let root = roots.root_of[g];
        let name_of = |other: usize| {
            let form = self.best.get(other).copied().flatten().map_or("", |rank| self.surface(rank.at));
            form.to_string()
        };
        let same_entity = |edge: &&Edge| roots.root_of.get(edge.other) == Some(&root);
        if let Some(edge) = self.union.joined.get(g).and_then(Option::as_ref).filter(same_entity) {
            let other = name_of(edge.other);
            return match edge.rule {
                Rule::AcronymDefinition => Link::AcronymDefinition(other),
                Rule::Initials => Link::Initials(other),
                Rule::PartialName => Link::PartialName(other),
            };
        }
        if let Some(edge) = self.union.joined_by.get(g).and_then(Option::as_ref).filter(same_entity) {
            let other = name_of(edge.other);
            return match edge.rule {
                Rule::AcronymDefinition | Rule::Initials => Link::FullForm(other),
                Rule::PartialName => Link::LongerForm(other),
            };
        }
        Link::Linked(name_of(canonical))
    }

    /// The mentions and entity entries of every report.
    fn finish(mut self) -> Vec<Resolved> {
        let roots = self.roots();
        let n = self.groups.len();

        // Entity ids in order of first mention across reports.
        let mut ids: Vec<Option<EntityId>> = vec![None; n];
        let mut next_id = 0u32;
        for (_, g) in self.each_candidate() {
            let root = roots.root_of[g];
            if ids[root].is_none() && self.kind_of(&roots, root).is_some() {
                ids[root] = Some(EntityId(next_id));
                next_id += 1;
            }
        }
        let mut forms: Vec<Vec<&str>> = vec![Vec::new(); n];
        for (g, group_forms) in self.forms.iter().enumerate() {
            forms[roots.root_of[g]].extend_from_slice(group_forms);
        }
        // The link of each group's mentions, worked out at the first.
        let mut links: Vec<Option<Link>> = vec![None; n];

        let mut out = Vec::with_capacity(self.found.len());
        for (r, report) in self.found.iter().enumerate() {
            // Room for the figures too, which join the mentions later (see
            // `layout::merge_without_overlaps`): news gives fewer figures
            // than it names things.
            let room = report.candidates.len() + report.candidates.len() / 2;
            let mut resolved = Resolved { mentions: Vec::with_capacity(room), entities: Vec::new() };
            let mut listed = vec![false; next_id as usize];
            for (c, candidate) in report.candidates.iter().enumerate() {
                let g = self.group_of[r][c];
                let root = roots.root_of[g];
                let (Some(kind), Some(id)) = (self.kind_of(&roots, root), ids[root]) else {
                    continue;
                };
                let name = self.canonical(&roots, root);
                let noted = if self.noted.is_empty() { None } else { self.noted.get(&(r, c)) };
                let evidence = match (noted, &candidate.evidence, candidate.kind) {
                    (Some(noted), _, _) => noted.clone(),
                    (None, Some(evidence), Some(own)) if own == kind => evidence.clone(),
                    _ => Evidence::Alias(name.to_string()),
                };
                let text = self.surface((r, c));
                let link = if text == name {
                    None
                } else {
                    let canonical = self.best_group(&roots, root).unwrap_or(g);
                    let link = links[g].get_or_insert_with(|| self.link(&roots, g, canonical));
                    Some(link.clone())
                };
                resolved.mentions.push(Mention {
                    span: candidate.span,
                    text: text.to_string(),
                    kind,
                    entity: Some(id),
                    figure: None,
                    evidence,
                    link,
                });
                let seen = listed.get_mut(id.0 as usize).is_none_or(|seen| std::mem::replace(seen, true));
                if !seen {
                    let mut aliases: Vec<String> =
                        forms[root].iter().filter(|f| **f != name).map(|f| f.to_string()).collect();
                    aliases.sort();
                    aliases.dedup();
                    resolved.entities.push(Entity { id, name: name.to_string(), kind, aliases, mentions: Vec::new() });
                }
            }
            out.push(resolved);
        }
        out
    }
}

/// "WHO" joins "World Health Organization" when exactly one organization's
/// initials spell it.
fn link_acronyms_by_initials(groups: &[KeyGroup], union: &mut Groups) {
    let mut by_initials: FastMap<String, Vec<usize>> = FastMap::default();
    for (g, group) in groups.iter().enumerate() {
        if group.key.len() >= 2 && matches!(group.kind(), Some(Kind::Organization) | None) {
            let initials: String = group.key.iter().filter_map(|w| w.chars().next()).collect();
            by_initials.entry(initials).or_default().push(g);
        }
    }
    for (g, group) in groups.iter().enumerate() {
        if !group.acronym || group.key.len() != 1 {
            continue;
        }
        if let Some(full) = by_initials.get(&group.key[0]) {
            if full.len() == 1 {
                union.join(g, full[0], Rule::Initials);
            }
        }
    }
}

/// Whether `short` appears in `long` in order (not necessarily contiguous).
fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|word| it.any(|w| w == word))
}

/// "Robledo" and "Robledo Aburto" join "Zoé Robledo Aburto": a shorter
/// person name joins the one longer name containing its words in order.
/// An organization's shortened form joins only as a run of two or more
/// adjacent words of the longer name ("Social Security" in "Mexican Social
/// Security Institute", not "Mexican Institute" nor "Security"): words
/// picked from across a name too often name another body. Places never
/// join ("Mexico" is not "Mexico City"), nor does a form the gazetteer or
/// the lists make a place or person. A form held by more than one entity
/// stays apart.
fn link_partial_names(groups: &[KeyGroup], union: &mut Groups) {
    let mut by_word: FastMap<&str, Vec<usize>> = FastMap::default();
    for (g, group) in groups.iter().enumerate() {
        for word in group.key.iter() {
            by_word.entry(word.as_str()).or_default().push(g);
        }
    }
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(groups[g].key.len()));
    for s in order {
        let short = &groups[s];
        let short_kind = short.kind();
        if short.key.is_empty() || short.acronym {
            continue;
        }
        let informative = short.key.len() >= 2 || !lexicon::is_common_word(&short.key[0]);
        if !informative {
            continue;
        }
        let rarest = short
            .key
            .iter()
            .min_by_key(|w| by_word.get(w.as_str()).map_or(0, Vec::len))
            .map(String::as_str)
            .unwrap_or("");
        let Some(holders) = by_word.get(rarest) else {
            continue;
        };
        // Each target entity (by root), with the longest of its names that
        // holds the short one: the name the link will give.
        let mut targets: Vec<(usize, usize)> = Vec::new();
        for &l in holders {
            let long = &groups[l];
            if l == s || long.key.len() <= short.key.len() || !is_subsequence(&short.key, &long.key) {
                continue;
            }
            let compatible = match (short_kind, long.kind()) {
                (None | Some(Kind::Person), Some(Kind::Person)) => true,
                (None | Some(Kind::Organization), Some(Kind::Organization)) => {
                    short.key.len() >= 2 && long.key.windows(short.key.len()).any(|run| run == &short.key[..])
                }
                _ => false,
            };
            if compatible {
                let root = union.root(l);
                match targets.iter_mut().find(|(r, _)| *r == root) {
                    Some((_, holder)) if groups[*holder].key.len() < long.key.len() => *holder = l,
                    Some(_) => {}
                    None => targets.push((root, l)),
                }
            }
        }
        if let [(_, holder)] = targets[..] {
            union.join(s, holder, Rule::PartialName);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_find_what_one_pass_finds() {
        let text = crate::halves::tests::long_report();
        let prep = crate::text::prepare(&text);
        let date_words = dates::DateWords::new(&prep.folded);
        let all = 0..prep.sentences.len();
        let whole = find_in(&text, &prep, &date_words, all.clone());
        assert!(whole.candidates.iter().any(|c| c.defines.is_some()), "an acronym defined in parentheses");
        for middle in all.step_by(5).chain([prep.sentences.len()]) {
            let halves =
                crate::halves::in_halves(prep.sentences.len(), middle, |s| find_in(&text, &prep, &date_words, s), join);
            assert_eq!(halves, whole, "cut before sentence {middle}");
        }
    }

    #[test]
    fn keys_fold_accents_case_and_hyphens() {
        assert_eq!(name_key("Díaz-Canel"), name_key("Diaz-Canel"));
        assert_eq!(name_key("Pemex-Exploración"), name_key("PEMEX Exploracion"));
        assert_eq!(name_key("Ursula von der Leyen"), ["ursula", "leyen"]);
        assert_eq!(name_key("Cuba's"), ["cuba"]);
        assert_eq!(name_key("U.S."), name_key("US"));
    }

    #[test]
    fn inner_capitals_mark_brands_not_surnames() {
        for yes in ["TotalEnergies", "PayPal", "eBay", "ÉtatMajor", "PayPal-Owned"] {
            assert!(has_inner_capital(yes), "{yes}");
        }
        for no in [
            "McDonald", "McDonaldCorp", "DiCaprio", "MacArthur", "O'Brien", "DeSantis", "Cuba", "IMSS", "", "x",
            "Díaz-Canel",
        ] {
            assert!(!has_inner_capital(no), "{no}");
        }
    }

    #[test]
    fn acronym_shapes() {
        for yes in ["WHO", "G20", "U.S.", "IMF", "AT&T", "NATO-led"] {
            assert!(is_acronym(yes), "{yes}");
        }
        for no in ["Who", "A", "who", "Cuba", "ABCDEFGHIJ"] {
            assert!(!is_acronym(no), "{no}");
        }
    }
}
