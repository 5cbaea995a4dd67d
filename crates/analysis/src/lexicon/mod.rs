//! Curated word lists, compiled into the crate and looked up by folded form.
//!
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
use parallax_model::{FramingCategory, Tone};

/// The entries of a list file: trimmed, non-empty, comments dropped.
fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn folded_set(sources: &[&'static str]) -> FastSet<String> {
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
    /// One of the world's towns and cities (see `world_towns.txt`): weak
    /// evidence, as many are also surnames.
    pub const TOWN: Flags = Flags(1 << 21);

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
    let lists: [(&[&'static str], Flags); 17] = [
        (&[include_str!("places.txt"), include_str!("countries.txt")], Flags::PLACE),
        (&[include_str!("demonyms.txt")], Flags::DEMONYM),
        (&[include_str!("given_names.txt")], Flags::LISTED_GIVEN_NAME),
        (&[include_str!("ambiguous_given_names.txt")], Flags::AMBIGUOUS_GIVEN_NAME),
        (&[include_str!("titles.txt")], Flags::TITLE),
        (&[include_str!("org_heads.txt")], Flags::LISTED_ORG_HEAD),
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
        .with(Flags::COMMON_WORD, common_word(folded, own))
        .with(Flags::COMPASS, is_compass(folded))
}

macro_rules! list {
    ($name:ident, $($file:literal),+) => {
        static $name: LazyLock<FastSet<String>> =
            LazyLock::new(|| folded_set(&[$(include_str!($file)),+]));
    };
}

// Small lists asked about one word at a time outside the entity finder
// keep their own sets, which stay in cache where the shared map would not
// (see [`is_stopword`]).
list!(STOPWORDS, "stopwords.txt");
list!(SPEECH_VERBS, "speech_verbs.txt");
list!(QUOTE_VERBS, "quote_verbs.txt");
list!(ABBREVIATIONS, "abbreviations.txt");
list!(BOILERPLATE, "boilerplate.txt");
list!(FURNITURE_LINES, "furniture_lines.txt");
list!(COMMON_ACRONYMS, "common_acronyms.txt");

static CURRENCY_WORDS: LazyLock<FastMap<String, &'static str>> =
    LazyLock::new(|| folded_map(include_str!("currencies.txt")));
static CURRENCY_SYMBOLS: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| exact_map(include_str!("currencies.txt")));
static UNITS: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| folded_map(include_str!("units.txt")));

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

/// [`Flags::ORG_HEAD`], given the lists `folded` is in.
fn org_head(folded: &str, own: Flags) -> bool {
    own.has(Flags::LISTED_ORG_HEAD)
        || folded.ends_with('.') && listed(folded.trim_end_matches('.')).has(Flags::LISTED_ORG_HEAD)
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

/// The ISO code of a currency symbol or code as written ("$", "€", "USD").
pub(crate) fn currency_symbol(exact: &str) -> Option<&'static str> {
    CURRENCY_SYMBOLS.get(exact).copied()
}

/// The ISO code of a currency word ("dollars", "euros").
pub(crate) fn currency_word(folded: &str) -> Option<&'static str> {
    CURRENCY_WORDS.get(folded).copied()
}

/// Whether a folded word is a currency word or the first word of one
/// written as several ("canadian" of "canadian dollars"): no other word
/// opens a name [`currency_word`] knows.
pub(crate) fn may_open_currency_word(folded: &str) -> bool {
    static OPENERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
        CURRENCY_WORDS.keys().filter_map(|name| name.split_once(' ')).map(|(first, _)| first).collect()
    });
    CURRENCY_WORDS.contains_key(folded) || OPENERS.contains(folded)
}

/// The canonical unit of a unit word ("kilometres" → "km").
pub(crate) fn unit(folded: &str) -> Option<&'static str> {
    UNITS.get(folded).copied()
}

/// Whether a trailing line of a report is site furniture: it opens with a
/// cue of several words ("What do you think", "Share this") or a copyright
/// sign, is a copyright line ("all rights reserved"), or holds any cue and
/// does not end like a sentence ("COMMENT Filed in :").
/// "He declined to comment." stays article text.
///
/// `line` should have glued words separated (see `text::unglued`).
pub(crate) fn is_trailing_boilerplate(line: &str) -> bool {
    if line.len() > 240 {
        return false;
    }
    let folded = fold(line);
    let words = |cue: &str| cue.split_whitespace().count();
    let opens = BOILERPLATE.iter().any(|cue| {
        (words(cue) >= 2 || !cue.starts_with(char::is_alphanumeric))
            && folded.starts_with(cue.as_str())
            && !folded[cue.len()..].starts_with(char::is_alphanumeric)
    });
    if opens {
        return true;
    }
    if contains_phrase(&folded, "all rights reserved") {
        return true;
    }
    let ends_like_sentence = folded.trim_end_matches(['"', '”', '\'', ')', ' ']).ends_with(['.', '!', '?']);
    !ends_like_sentence && BOILERPLATE.iter().any(|cue| contains_phrase(&folded, cue))
}

/// Whether a line anywhere in a report is a stand-alone furniture line
/// ("Advertisement", "Read more").
pub(crate) fn is_furniture_line(line: &str) -> bool {
    const TRAILING: [char; 6] = [':', '.', '»', '>', ' ', '…'];
    // Every line of a report is asked, and folding them all cost 2% of the
    // analysis. Folding keeps at least one character of each but combining
    // marks, and the trailing characters `bare` drops are the fold of the
    // line's own trailing run of them and of marks: a line with more
    // characters before that run than the longest entry is no entry.
    let head = line.trim_end_matches(|c: char| TRAILING.contains(&c) || is_combining(c));
    if head.chars().filter(|&c| !is_combining(c)).nth(*FURNITURE_MAX_CHARS).is_some() {
        return false;
    }
    let folded = fold(line);
    let bare = folded.trim_end_matches(TRAILING);
    FURNITURE_LINES.contains(bare)
}

/// The longest furniture line, in characters.
static FURNITURE_MAX_CHARS: LazyLock<usize> =
    LazyLock::new(|| FURNITURE_LINES.iter().map(|entry| entry.chars().count()).max().unwrap_or(0));

/// A term of the framing lexicon: loaded, evaluative or hedging wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FramingEntry {
    /// The folded term, its words separated by single spaces.
    pub term: String,
    /// What the wording does.
    pub category: FramingCategory,
    /// Which way it leans.
    pub tone: Tone,
}

/// The framing lexicon, with what matching a report's words needs: each
/// term by its folded text, and for each word the lengths (in words) of
/// the terms it opens, so that most words cost one look-up and build no
/// phrase, and a word that opens a phrase tries only the lengths listed.
pub(crate) struct FramingLexicon {
    entries: Vec<FramingEntry>,
    by_term: FastMap<String, usize>,
    /// Bit `n` is set when a term of `n` words opens with the word.
    lengths_from: FastMap<String, u32>,
}

impl FramingLexicon {
    /// Parses `term<TAB>category<TAB>tone` lines; lines with an unknown
    /// category or tone, or a term already listed, are skipped (the tests
    /// check that there are none).
    fn parse(source: &'static str) -> FramingLexicon {
        let mut lexicon =
            FramingLexicon { entries: Vec::new(), by_term: FastMap::default(), lengths_from: FastMap::default() };
        for line in entries(source) {
            let mut fields = line.split('\t').map(str::trim);
            let (Some(term), Some(category), Some(tone)) = (fields.next(), fields.next(), fields.next()) else {
                continue;
            };
            let (Some(category), Some(tone)) = (FramingCategory::parse(category), Tone::parse(tone)) else {
                continue;
            };
            let words: Vec<String> = fold(term).split_whitespace().map(str::to_string).collect();
            let (Some(first), term) = (words.first(), words.join(" ")) else {
                continue;
            };
            // A term of more than 31 words is no term.
            if lexicon.by_term.contains_key(&term) || words.len() >= 32 {
                continue;
            }
            *lexicon.lengths_from.entry(first.clone()).or_default() |= 1 << words.len();
            lexicon.by_term.insert(term.clone(), lexicon.entries.len());
            lexicon.entries.push(FramingEntry { term, category, tone });
        }
        lexicon
    }

    /// The index of the entry whose term is `folded` (words separated by
    /// single spaces).
    pub(crate) fn lookup(&self, folded: &str) -> Option<usize> {
        self.by_term.get(folded).copied()
    }

    /// The lengths, in words, of the terms opening with the folded word
    /// `first`, as bits: bit `n` for a term of `n` words; 0 if no term
    /// opens with it.
    pub(crate) fn lengths_from(&self, first: &str) -> u32 {
        self.lengths_from.get(first).copied().unwrap_or(0)
    }

    /// Entry `index`.
    pub(crate) fn entry(&self, index: usize) -> Option<&FramingEntry> {
        self.entries.get(index)
    }

    /// The number of entries.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

/// The framing lexicon (see [`FramingLexicon`]).
pub(crate) static FRAMING: LazyLock<FramingLexicon> =
    LazyLock::new(|| FramingLexicon::parse(include_str!("framing.txt")));

/// Whether `phrase` occurs in `haystack` between non-alphanumeric boundaries.
fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    haystack.match_indices(phrase).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(currency_symbol("$"), Some("USD"));
        assert_eq!(currency_word("euros"), Some("EUR"));
        assert_eq!(unit("kilometres"), Some("km"));
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
        assert_eq!(crisis.map(|e| (e.category, e.tone)), Some((FramingCategory::Alarm, Tone::Negative)));
    }

    #[test]
    fn furniture_lines_stand_alone() {
        assert!(is_furniture_line("Advertisement"));
        assert!(is_furniture_line("READ MORE:"));
        assert!(!is_furniture_line("Read more about the plan in our report."));
    }
}
