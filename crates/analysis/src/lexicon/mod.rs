//! Curated word lists, compiled into the crate and looked up by folded form.//!
//! Every list is general vocabulary (countries, cities, titles, organization
//! heads, given names, function words, units…), one entry per line in a file
//! of this folder, `#` starting a comment. No list may hold a name taken from
//! a particular report: the rules must work on reports nobody has seen.
//!
//! Entries are folded with [`crate::text::fold`] when a list is first used,
//! so lookups are accent- and case-insensitive. Each list is parsed once,
//! lazily, into a hash set or map. The lists that words and names are
//! checked against share one map from entry to [`Flags`], so that a single
//! look-up tells every list a word is in; the entity finder asks about the
//! same words many times and keeps their flags (see [`flags`]).
//!
//! The framing lexicon (`framing.txt`, `term<TAB>category<TAB>tone`) is
//! a table of its own, [`FramingLexicon`]: its terms may be phrases of
//! several words, matched over consecutive tokens, longest first.

use std::sync::LazyLock;

use crate::hash::{FastMap, FastSet};
use parallax_model::text::{fold, is_combining};

/// The entries of a list file: trimmed, non-empty, comments dropped.
fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

pub(crate) fn folded_set(sources: &[&'static str]) -> FastSet<String> {
    sources.iter().flat_map(|s| entries(s)).map(fold).collect()
}

/// A `form<TAB>value` list, keyed by folded form.
fn folded_map(source: &'static str) -> FastMap<String, &'static str> {
    entries(source)
        .filter_map(|line| line.split_once('\t'))
        .map(|(form, value)| (fold(form.trim()), value.trim()))
        .collect()
}

/// A `form<TAB>value` list, keyed by the exact form (for symbols and codes).
fn exact_map(source: &'static str) -> FastMap<&'static str, &'static str> {
    entries(source).filter_map(|line| line.split_once('\t')).map(|(form, value)| (form.trim(), value.trim())).collect()
}

/// Which word lists a folded word or phrase is in, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Flags(u32);

impl Flags {
    /// In the gazetteer of places (see [`is_place`]).
    pub const PLACE: Flags = Flags(1 << 0);
    /// A demonym ("cuban", "south african").
    pub const DEMONYM: Flags = Flags(1 << 1);
    /// Listed as a given name, ambiguous or not.
    const LISTED_GIVEN_NAME: Flags = Flags(1 << 2);
    /// A given name that is also a common word ("Will", "Rose").
    pub const AMBIGUOUS_GIVEN_NAME: Flags = Flags(1 << 3);
    /// See [`is_title`].
    pub const TITLE: Flags = Flags(1 << 4);
    /// The first word of a title of several words ("prime" of "prime
    /// minister"): no phrase starting with another word can be a title.
    pub const TITLE_START: Flags = Flags(1 << 5);
    /// Listed as an organization head, as written.
    const LISTED_ORG_HEAD: Flags = Flags(1 << 6);
    /// A word that makes a capitalised phrase a place ("island", "province").
    pub const PLACE_HEAD: Flags = Flags(1 << 7);
    /// See [`is_stopword`].
    pub const STOPWORD: Flags = Flags(1 << 8);
    /// Listed as a common word, as written.
    const LISTED_COMMON_WORD: Flags = Flags(1 << 9);
    /// See [`is_abbreviation`].
    pub const ABBREVIATION: Flags = Flags(1 << 10);
    /// See [`is_speech_verb`].
    pub const SPEECH_VERB: Flags = Flags(1 << 11);
    /// A given name that is not also a common word.
    pub const GIVEN_NAME: Flags = Flags(1 << 12);
    /// A word that makes a capitalised phrase an organization
    /// ("institute"), with or without a final period ("Corp.").
    pub const ORG_HEAD: Flags = Flags(1 << 13);
    /// See [`is_common_word`].
    pub const COMMON_WORD: Flags = Flags(1 << 14);
    /// See [`is_compass`].
    pub const COMPASS: Flags = Flags(1 << 15);
    /// A word that says what an organization is, before its name ("the
    /// charity X", "carmaker X").
    pub const ORG_ROLE: Flags = Flags(1 << 16);
    /// A word that, after a name, says it names an organization ("X
    /// workers", "X shares", "X chief executive").
    pub const ORG_NEIGHBOUR: Flags = Flags(1 << 17);
    /// A word that, before "of X", says X is a place ("mayor of X",
    /// "residents of X").
    pub const PLACE_OF: Flags = Flags(1 << 18);
    /// One of the world's major news organizations (see
    /// [`is_news_organization`]).
    pub const NEWS_ORG: Flags = Flags(1 << 19);
    /// A well-known company, brand or club whose name has no head word.
    pub const COMPANY: Flags = Flags(1 << 20);
    /// One of the world's towns, cities and regions (see `world_towns.txt`): weak
    /// evidence, as many are also surnames.
    pub const TOWN: Flags = Flags(1 << 21);
    /// A word that ends an event's name after a place ("Marathon",
    /// "Festival", "Open").
    pub const EVENT_HEAD: Flags = Flags(1 << 22);

    /// Whether every bit of `other` is set.
    pub fn has(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    fn with(self, other: Flags, on: bool) -> Flags {
        if on { Flags(self.0 | other.0) } else { self }
    }
}

/// Every folded entry of the word lists, with the lists it is in.
static LISTED: LazyLock<FastMap<String, Flags>> = LazyLock::new(|| {
    let lists: [(&[&'static str], Flags); 18] = [
        (&[include_str!("places.txt"), COUNTRIES_TXT], Flags::PLACE),
        (&[include_str!("demonyms.txt")], Flags::DEMONYM),
        (&[include_str!("given_names.txt")], Flags::LISTED_GIVEN_NAME),
        (&[include_str!("ambiguous_given_names.txt")], Flags::AMBIGUOUS_GIVEN_NAME),
        (&[include_str!("titles.txt")], Flags::TITLE),
        (&[ORG_HEADS_TXT], Flags::LISTED_ORG_HEAD),
        (&[include_str!("place_heads.txt")], Flags::PLACE_HEAD),
        (&[include_str!("stopwords.txt")], Flags::STOPWORD),
        (&[include_str!("common_words.txt")], Flags::LISTED_COMMON_WORD),
        (&[include_str!("abbreviations.txt")], Flags::ABBREVIATION),
        (&[include_str!("speech_verbs.txt")], Flags::SPEECH_VERB),
        (&[include_str!("org_roles.txt")], Flags::ORG_ROLE),
        (&[include_str!("org_neighbours.txt")], Flags::ORG_NEIGHBOUR),
        (&[include_str!("place_of.txt")], Flags::PLACE_OF),
        (&[include_str!("news_organizations.txt")], Flags::NEWS_ORG),
        (&[include_str!("companies.txt")], Flags::COMPANY),
        (&[include_str!("world_towns.txt")], Flags::TOWN),
        (&[include_str!("event_heads.txt")], Flags::EVENT_HEAD),
    ];
    let mut map: FastMap<String, Flags> = FastMap::default();
    for (sources, flag) in lists {
        for entry in sources.iter().flat_map(|s| entries(s)).map(fold) {
            if flag == Flags::TITLE {
                if let Some((first, _)) = entry.split_once(' ') {
                    let slot = map.entry(first.to_string()).or_default();
                    *slot = slot.with(Flags::TITLE_START, true);
                }
            }
            let slot = map.entry(entry).or_default();
            *slot = slot.with(flag, true);
        }
    }
    map
});

/// The lists a folded word or phrase is in, as written.
fn listed(folded: &str) -> Flags {
    LISTED.get(folded).copied().unwrap_or_default()
}

/// Every list `folded` is in, by the rules the flags describe; where there
/// is an `is_…` function below, `flags(w).has(Flags::STOPWORD) ==
/// is_stopword(w)`, and so on.
pub(crate) fn flags(folded: &str) -> Flags {
    let own = listed(folded);
    own.with(Flags::GIVEN_NAME, own.has(Flags::LISTED_GIVEN_NAME) && !own.has(Flags::AMBIGUOUS_GIVEN_NAME))
        .with(Flags::ORG_HEAD, org_head(folded, own))
        .with(Flags::PLACE_HEAD, own.has(Flags::PLACE_HEAD) || possessive_of(folded, Flags::PLACE_HEAD))
        .with(Flags::COMMON_WORD, common_word(folded, own))
        .with(Flags::COMPASS, is_compass(folded))
}

macro_rules! list {
    ($name:ident, $($file:literal),+) => {
        static $name: LazyLock<$crate::hash::FastSet<String>> =
            LazyLock::new(|| $crate::lexicon::folded_set(&[$(include_str!($file)),+]));
    };
}

mod calendar;
mod framing;
mod lines;
mod quantities;

pub(crate) use calendar::*;
pub(crate) use framing::*;
pub(crate) use lines::*;
pub(crate) use quantities::*;

// Small lists asked about one word at a time outside the entity finder
// keep their own sets, which stay in cache where the shared map would not
// (see [`is_stopword`]).
list!(STOPWORDS, "stopwords.txt");
list!(SPEECH_VERBS, "speech_verbs.txt");
list!(QUOTE_VERBS, "quote_verbs.txt");
list!(ABBREVIATIONS, "abbreviations.txt");
list!(COMMON_ACRONYMS, "common_acronyms.txt");

/// The countries' names, once in the worker whichever list reads them.
const COUNTRIES_TXT: &str = include_str!("countries.txt");

/// The organization heads, in sections (see `names::document`).
pub(crate) const ORG_HEADS_TXT: &str = include_str!("org_heads.txt");

/// The organization heads listed in the sections whose header holds one of
/// `sections` ("Media", "LEGAL-FORM"), as written.
pub(crate) fn org_heads_in(sections: &[&str]) -> FastSet<&'static str> {
    let mut inside = false;
    let mut out = FastSet::default();
    for line in ORG_HEADS_TXT.lines().map(str::trim) {
        if let Some(header) = line.strip_prefix("# ==") {
            inside = sections.iter().any(|s| header.contains(s));
        } else if inside && !line.is_empty() && !line.starts_with('#') {
            out.insert(line);
        }
    }
    out
}

static COUNTRIES: LazyLock<FastSet<String>> = LazyLock::new(|| folded_set(&[COUNTRIES_TXT]));

/// Whether a folded name is a country's ("mexico", "guatemala").
pub(crate) fn is_country(folded: &str) -> bool {
    COUNTRIES.contains(folded)
}

static NICKNAMES: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| folded_map(include_str!("nicknames.txt")));

/// The given name a nickname stands for ("bill" → "william").
pub(crate) fn given_name_of_nickname(folded: &str) -> Option<&'static str> {
    NICKNAMES.get(folded).copied()
}

/// The longest gazetteer entry, in words, so lookups try no longer windows.
pub(crate) static PLACE_MAX_WORDS: LazyLock<usize> = LazyLock::new(|| {
    LISTED
        .iter()
        .filter(|(_, flags)| flags.has(Flags::PLACE))
        .map(|(p, _)| p.split_whitespace().count())
        .max()
        .unwrap_or(1)
});

/// All lookups below take a folded word or phrase (see [`fold`]).
///
/// A country, region, city or geographic feature.
pub(crate) fn is_place(folded: &str) -> bool {
    listed(folded).has(Flags::PLACE)
}

/// An abbreviation in capitals that names a thing, a measure or a role,
/// not an organization ("gdp", "ceo", "tv", "ii").
pub(crate) fn is_common_acronym(folded: &str) -> bool {
    COMMON_ACRONYMS.contains(folded)
}


/// The lists a folded name of several words is in (a single word's flags
/// come through [`flags`]).
pub(crate) fn phrase_flags(folded: &str) -> Flags {
    listed(folded)
}

/// A title or role that precedes a person's name ("president", "prime minister").
pub(crate) fn is_title(folded: &str) -> bool {
    listed(folded).has(Flags::TITLE)
}

/// [`Flags::ORG_HEAD`], given the lists `folded` is in: a head, with a
/// period ("Co.") or in the possessive ("the Labour Party's report").
fn org_head(folded: &str, own: Flags) -> bool {
    let period = folded.strip_suffix('.').is_some_and(|stem| listed(stem).has(Flags::LISTED_ORG_HEAD));
    own.has(Flags::LISTED_ORG_HEAD) || period || possessive_of(folded, Flags::LISTED_ORG_HEAD)
}

/// Whether `folded` is the possessive of a word in the list of `flag`: a
/// head still heads a name in the possessive ("Hualien County's").
fn possessive_of(folded: &str, flag: Flags) -> bool {
    folded.strip_suffix("'s").is_some_and(|stem| listed(stem).has(flag))
}

/// A function word or sentence opener that is never a name by itself.
pub(crate) fn is_stopword(folded: &str) -> bool {
    // Asked of every word in places: the shared map cost 3% of the analysis.
    STOPWORDS.contains(folded)
}

/// A common English word (not a proper noun), or a regular plural of one
/// ("diplomats", "analysts", "agencies").
pub(crate) fn is_common_word(folded: &str) -> bool {
    common_word(folded, listed(folded))
}

/// [`is_common_word`], given the lists `folded` is in.
fn common_word(folded: &str, own: Flags) -> bool {
    let common = |flags: Flags| flags.has(Flags::LISTED_COMMON_WORD) || flags.has(Flags::STOPWORD);
    if common(own) {
        return true;
    }
    if folded.len() < 4 || !folded.ends_with('s') {
        return false;
    }
    let stem = &folded[..folded.len() - 1];
    if common(listed(stem)) {
        return true;
    }
    if let Some(stem) = folded.strip_suffix("ies") {
        let mut singular = String::with_capacity(stem.len() + 1);
        singular.push_str(stem);
        singular.push('y');
        return common(listed(&singular));
    }
    folded.strip_suffix("es").is_some_and(|stem| common(listed(stem)))
}

/// A compass word that may open a place name ("West Sumatra").
pub(crate) fn is_compass(folded: &str) -> bool {
    matches!(
        folded,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "upper"
            | "lower"
    )
}

/// An abbreviation whose period does not end a sentence ("dr", "inc").
pub(crate) fn is_abbreviation(folded: &str) -> bool {
    ABBREVIATIONS.contains(folded)
}

/// A verb that attributes words to a speaker ("said", "stated").
pub(crate) fn is_speech_verb(folded: &str) -> bool {
    SPEECH_VERBS.contains(folded)
}

/// A word that attributes quoted words to whoever uses them, beyond the
/// speech verbs ("called", "saying", "according").
pub(crate) fn is_quote_verb(folded: &str) -> bool {
    QUOTE_VERBS.contains(folded)
}

/// A lower-case word that scraped copy glues to the capitalised word after
/// it ("theIMSS", "saidMinister"): function words and speech verbs.
pub(crate) fn is_glue_word(word: &str) -> bool {
    word.len() >= 2 && (STOPWORDS.contains(word) || SPEECH_VERBS.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::{FramingCategory, Tone};

    #[test]
    fn lists_load_and_fold() {
        assert!(is_place("mexico"));
        assert!(is_place("cuba"));
        assert!(is_place("sao paulo"));
        assert!(is_place("mexico"));
        assert!(flags("cuban").has(Flags::DEMONYM));
        assert!(is_title("president"));
        assert!(flags("institute").has(Flags::ORG_HEAD));
        assert!(flags("corp.").has(Flags::ORG_HEAD));
        assert!(flags("prime").has(Flags::TITLE_START));
        assert!(flags("maria").has(Flags::GIVEN_NAME));
        assert!(flags("doctors").has(Flags::COMMON_WORD));
        assert!(!flags("aburto").has(Flags::COMMON_WORD));
        assert!(is_stopword("the"));
        assert!(is_common_word("doctors"));
        assert!(!is_common_word("aburto"));
        // "$" is the US dollar unless the report names another dollar's country.
        assert!(currency_symbol("$").is_some_and(|code| code.starts_with("USD:") && code.contains("CAD=canada")));
        assert_eq!(currency_symbol("US$"), Some("USD"));
        assert_eq!(currency_word("euros"), Some("EUR"));
        assert_eq!(unit("kilometres"), Some("km"));
        assert_eq!(unit("bps"), Some("basis points"));
        assert_eq!(outcome("killing"), Some("killed"));
        assert_eq!(outcome("shot dead"), Some("shot dead"));
        assert!(is_count_head("toll"));
        assert_eq!(currency_of_place("toronto"), Some("CAD"));
    }

    const TRAILING: &[(&str, bool)] = &[
        // Comment prompts and filing trails, glued or not.
        ("What do you think?", true),
        ("COMMENT Filed in :", true),
        ("Share this article", true),
        ("© 2024 Some Media Group. All rights reserved.", true),
        ("Tags : health , Cuba", true),
        ("Related talks will continue next week.", false),
        // Ordinary closing sentences that happen to hold a cue word.
        ("He declined to comment.", false),
        ("The lawsuit was filed in federal court.", false),
        ("Doctors will share this burden, she said.", false),
    ];

    #[test]
    fn trailing_boilerplate_needs_a_cue_in_furniture_position() {
        for (line, expected) in TRAILING {
            assert_eq!(is_trailing_boilerplate(line), *expected, "line: {line}");
        }
    }

    #[test]
    fn every_framing_line_parses_once() {
        let lines = entries(include_str!("framing.txt")).count();
        assert_eq!(FRAMING.len(), lines, "a line has a bad category or tone, or repeats a term");
        for term in ["crisis", "so-called", "in tatters", "wake-up call", "hero's welcome"] {
            assert!(FRAMING.lookup(term).is_some(), "{term}");
        }
        assert_eq!(FRAMING.lengths_from("wake-up"), 1 << 2);
        assert_eq!(FRAMING.lengths_from("crisis") & 1 << 1, 1 << 1);
        assert_eq!(FRAMING.lengths_from("tatters"), 0);
        let crisis = FRAMING.lookup("crisis").and_then(|i| FRAMING.entry(i));
        assert_eq!(crisis.map(|e| (e.loaded, e.names_roles)), Some((Some((FramingCategory::Alarm, Tone::Negative)), true)));
        let tax_regime = FRAMING.lookup("tax regime").and_then(|i| FRAMING.entry(i));
        assert_eq!(tax_regime.map(|e| e.loaded), Some(None));
    }

    #[test]
    fn every_calendar_line_has_a_known_kind() {
        let lines = entries(include_str!("calendar.txt")).count();
        assert_eq!(calendar_words().count(), lines, "a line of calendar.txt has an unknown kind");
        assert_eq!(calendar_word("sept"), Some(Calendar::MonthAbbreviation));
        assert_eq!(calendar_word("may"), Some(Calendar::Month));
        assert_eq!(calendar_word("aedt"), Some(Calendar::Zone));
        assert_eq!(calendar_word("p.m."), Some(Calendar::Meridiem));
        assert_eq!(calendar_word("sat"), Some(Calendar::WeekdayAbbreviation));
        assert_eq!(calendar_word("mayday"), None);
    }

    const CREDITS: &[(&str, bool)] = &[
        // A credit label, a colon or "by", a source.
        ("Photo: Wire Agency", true),
        ("Photo by: Wire Agency", true),
        ("(Photo credit: The Harbour Times)", true),
        ("Image by Jane Roe / Wire", true),
        ("PICTURE: AGENCY", true),
        ("Image source, Wire Agency", true),
        ("© Jane Roe / Wire Agency", true),
        // A caption that is a sentence about the story is report text.
        ("Photo: Dock workers vote in Harbour City on Monday.", false),
        // A sentence that opens with the word.
        ("Photos of the flood spread online", false),
        ("Pictures by the dozen were taken", false),
    ];

    #[test]
    fn credit_lines_name_a_source() {
        for (line, expected) in CREDITS {
            assert_eq!(is_credit_line(line), *expected, "line: {line}");
        }
    }

    #[test]
    fn metadata_words_have_a_known_kind() {
        let lines = entries(include_str!("metadata_words.txt")).count();
        assert_eq!(METADATA_WORDS.len(), lines, "a line of metadata_words.txt has an unknown kind or repeats");
        assert_eq!(metadata_word("updated"), Some(Metadata::Label));
        assert_eq!(metadata_word("ago"), Some(Metadata::Filler));
    }

    #[test]
    fn furniture_lines_stand_alone() {
        assert!(is_furniture_line("Advertisement"));
        assert!(is_furniture_line("READ MORE:"));
        assert!(!is_furniture_line("Read more about the plan in our report."));
    }
}
