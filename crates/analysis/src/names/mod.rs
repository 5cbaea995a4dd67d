//! Names of people, organizations and places found in a report, before
//! they are resolved to entities (see `resolve`).
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
//! - [`finder`]: the walk over a sentence's runs of capitalised words;
//! - [`classify`]: cutting a run into names and giving each its kind;
//! - [`words`]: what a name is made of (its key, acronym shape, possessive).

mod classify;
mod document;
mod credits;
mod finder;
mod headline;
mod lists;
mod roles;
mod sides;
mod words;

use std::cell::Cell;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use parallax_model::{Evidence, Kind, Span};

use crate::dates;
use crate::hash::FastMap;
use crate::text::{Prepared, Shape, Token};
use finder::SentenceFinder;
use words::{Phrase, has_inner_capital, is_legal_form};

pub(crate) use classify::TOWNS;
pub(crate) use words::{Keys, is_acronym, name_key, strip_possessive};

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
    // Generational suffixes of a person's name, whose period and comma
    // belong to it like a company's ("William Okafor, Jr.").
    "jr", "sr",
    "inc", "corp", "co", "cos", "ltd", "llc", "plc", "lp", "llp", "bhd", "pty", "pte", "sa", "ag", "se", "nv", "bv", "gmbh",
    "kg", "spa", "srl", "sas", "sab", "cv", "ab", "asa", "oyj", "kk", "pc",
];

/// Connectors inside organization names ("Ministry of Public Health",
/// "Department of Health and Human Services"), joined only after an
/// organization head.
const ORG_CONNECTORS: &[&str] = &["of", "for", "on", "the", "de", "del"];

/// Words that name a kind of place before "of" ("the state of Oaxaca").
const PLACE_CONTAINERS: &[&str] = &[
    "state", "city", "province", "region", "town", "village", "municipality", "county", "district", "island",
    "islands", "capital", "port", "department", "governorate", "area", "mine",
];

/// Words for a street, or for a work named after someone, that end a
/// place's name ("Fraser Street", "Francis Scott Key Bridge", "John Lennon
/// Airport"); unlike "Hill" or "Lake", never a surname a given name comes
/// before.
pub(super) const STREET_HEADS: &[&str] = &[
    "street", "avenue", "road", "highway", "square", "lane", "boulevard", "bridge", "airport", "stadium", "tunnel",
    "st", "rd", "ave", "blvd", "terminal", "junction", "station",
];

/// Words that open a place's name before "of" ("City of Kigali", "Town of
/// Edson", "Republic of Albania").
pub(super) const OF_PLACE_OPENERS: &[&str] = &["city", "town", "village", "municipality", "county", "state", "republic", "province", "isle"];

/// Place words that make a place of a name only at its end ("Kansai
/// International Airport", "Harbour Bridge"), never at its opening
/// ("Harbor Link", "Station Road" is a road by its own last word).
pub(super) const ENDS_ONLY: &[&str] = &[
    "airfield", "airport", "avenue", "borough", "boulevard", "bridge", "campus", "creek", "dam", "drive", "expressway",
    "freeway", "gorge", "harbor", "harbour", "highway", "jail", "lagoon", "lane", "memorial", "motorway",
    "neighborhood", "neighbourhood", "parish", "park", "prison", "reef", "road", "shire", "sound", "square", "stadium",
    "station", "street", "suburb", "township", "village",
];

/// Whether a place cue names the kind of place ("town of", "island",
/// "province"), as a preposition ("in", "near") does not: the report then
/// says what the name is, which outweighs a given name it looks like.
pub(crate) fn cue_names_place(cue: &str) -> bool {
    let word = cue.strip_suffix(" of").unwrap_or(cue);
    let flags = crate::lexicon::flags(word);
    let place_word = flags.has(crate::lexicon::Flags::PLACE_HEAD) || flags.has(crate::lexicon::Flags::PLACE_OF);
    PLACE_CONTAINERS.contains(&word) || place_word
}

/// How many tokens after an "and" inside a run the organization head
/// that makes it one name may come: "Food and Drug Administration" (2),
/// "Bill and Melinda Gates Foundation" (3), "Alcohol and Tobacco Tax and
/// Trade Bureau" (5). Bounding the look-ahead keeps runs of "X and Y and Z
/// …" linear (see [`SentenceFinder::head_follows`]).
const AND_HEAD_WINDOW: usize = 8;

/// Prepositions before a name that suggest a place ("in Lima").
const PLACE_CUES: &[&str] = &["in", "near", "across", "throughout", "outside", "inside", "along", "off"];

/// Of [`PLACE_CUES`], those that point to a place with "the" between
/// ("across the Solent", "off the Kerch"); "in the X" names organizations
/// as often ("in the Senate").
const MOVEMENT_CUES: &[&str] = &["near", "across", "throughout", "along", "off"];

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

/// Finds the name and date candidates of one report.
pub(crate) fn find(text: &str, prep: &Prepared) -> Found {
    let date_words = dates::DateWords::new(&prep.folded);
    let mut found = prep.in_sentence_halves(|sentences| find_in(text, prep, &date_words, sentences), join);
    // Each sentence's spans are sorted as it is done with (see `find_in`).
    debug_assert!(found.claimed.is_sorted());
    untype_acronyms_of_things(text, prep, &mut found.candidates);
    document::join_split_names(text, &mut found.candidates);
    document::add_short_forms(text, prep, &mut found.candidates);
    document::add_defined_acronyms(text, prep, &mut found.candidates);
    document::drop_storm_names(prep, &mut found.candidates);
    sides::type_sides(text, &mut found.candidates);
    found
}

/// Untypes the acronyms that a report defines after ordinary words in
/// lower case ("next generation products (NGP)"), wherever the report
/// uses them: they abbreviate a thing, not an organization's name; not
/// when the words end on an organization's head ("the regional water
/// authority (RWA)").
fn untype_acronyms_of_things(text: &str, prep: &Prepared, candidates: &mut [Candidate]) {
    let typed_acronym = |c: &Candidate| c.acronym && matches!(c.evidence, Some(Evidence::Acronym));
    let tokens = &prep.tokens;
    let mut things: Vec<&str> = Vec::new();
    // Only the report's acronyms in capitals are looked at, each where it
    // stands: in brackets, after as many words in lower case as it has
    // letters, which it spells.
    let mut from = 0;
    for candidate in candidates.iter().filter(|c| typed_acronym(c)) {
        let i = prep.first_token_from(candidate.span.start, from..tokens.len());
        from = i;
        let (Some(open), Some(close)) = (i.checked_sub(1).and_then(|k| tokens.get(k)), tokens.get(i + 1)) else {
            continue;
        };
        if open.text(text) != "(" || close.text(text) != ")" {
            continue;
        }
        let acronym = candidate.span.slice(text);
        let letters: Vec<char> = acronym.chars().filter(char::is_ascii_alphabetic).collect();
        if !(2..=6).contains(&letters.len()) {
            continue;
        }
        // The initials of the words in lower case before the bracket, and
        // of the parts of words joined by hyphens ("blue-screen-of-death
        // (BSOD)").
        let mut initials: Vec<char> = Vec::new();
        let mut k = i - 1;
        while k > 0 && initials.len() < letters.len() {
            k -= 1;
            let word = tokens[k].text(text);
            let hyphen = |c: char| matches!(c, '-' | '‐' | '‑');
            if tokens[k].shape != Shape::Lower && !word.chars().all(hyphen) {
                break;
            }
            let parts = word.split(hyphen).filter_map(|part| part.chars().next());
            initials.splice(0..0, parts);
        }
        let spelled = initials.len() == letters.len()
            && initials.iter().zip(&letters).all(|(initial, letter)| initial.eq_ignore_ascii_case(letter));
        // "the regional water authority (RWA)": a body described in lower
        // case is still a body.
        let body = i < 2 || crate::lexicon::flags(prep.folded.get(i - 2)).has(crate::lexicon::Flags::ORG_HEAD);
        if spelled && !body {
            things.push(acronym);
        }
    }
    if things.is_empty() {
        return;
    }
    for candidate in candidates.iter_mut().filter(|c| typed_acronym(c)) {
        if things.contains(&candidate.span.slice(text)) {
            candidate.kind = None;
            candidate.evidence = None;
        }
    }
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
/// report, and the spans they claim, sorted.
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
        let first_claimed = found.claimed.len();
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
            last_place: Cell::new(None),
            shouting: !prep.tokens[sentence.tokens.clone()].iter().any(|t| t.shape == Shape::Lower),
            found: &mut found,
        };
        finder.run();
        sort_from(&mut found.candidates, first, &mut order, &mut new_index);
        if let Some(sentence_candidates) = found.candidates.get_mut(first..) {
            lists::type_lists(text, sentence_candidates);
        }
        // A sentence claims spans of its own tokens only, so sorting each
        // sentence's sorts them all; sorting all at the end took a
        // hundredth of the analysis, and is a heap sort that cannot tell
        // they are nearly sorted in the size-tuned wasm. (Equal spans are
        // the same span: their order cannot show.)
        if let Some(claimed) = found.claimed.get_mut(first_claimed..) {
            claimed.sort_unstable();
        }
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
}
