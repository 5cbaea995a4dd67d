//! Curated word lists, compiled into the crate and looked up by folded form.
//!
//! Every list is general vocabulary (countries, cities, titles, organization
//! heads, given names, function words, units…), one entry per line in a file
//! of this folder, `#` starting a comment. No list may hold a name taken from
//! a particular report: the rules must work on reports nobody has seen.
//!
//! Entries are folded with [`crate::text::fold`] when a list is first used,
//! so lookups are accent- and case-insensitive. Each list is parsed once,
//! lazily, into a hash set or map.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::text::fold;

/// The entries of a list file: trimmed, non-empty, comments dropped.
fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn folded_set(sources: &[&'static str]) -> HashSet<String> {
    sources.iter().flat_map(|s| entries(s)).map(fold).collect()
}

/// A `form<TAB>value` list, keyed by folded form.
fn folded_map(source: &'static str) -> HashMap<String, &'static str> {
    entries(source)
        .filter_map(|line| line.split_once('\t'))
        .map(|(form, value)| (fold(form.trim()), value.trim()))
        .collect()
}

/// A `form<TAB>value` list, keyed by the exact form (for symbols and codes).
fn exact_map(source: &'static str) -> HashMap<&'static str, &'static str> {
    entries(source)
        .filter_map(|line| line.split_once('\t'))
        .map(|(form, value)| (form.trim(), value.trim()))
        .collect()
}

macro_rules! list {
    ($name:ident, $($file:literal),+) => {
        static $name: LazyLock<HashSet<String>> =
            LazyLock::new(|| folded_set(&[$(include_str!($file)),+]));
    };
}

list!(PLACES, "places.txt", "countries.txt");
list!(DEMONYMS, "demonyms.txt");
list!(GIVEN_NAMES, "given_names.txt");
list!(AMBIGUOUS_GIVEN_NAMES, "ambiguous_given_names.txt");
list!(TITLES, "titles.txt");
list!(ORG_HEADS, "org_heads.txt");
list!(PLACE_HEADS, "place_heads.txt");
list!(STOPWORDS, "stopwords.txt");
list!(COMMON_WORDS, "common_words.txt");
list!(ABBREVIATIONS, "abbreviations.txt");
list!(SPEECH_VERBS, "speech_verbs.txt");
list!(BOILERPLATE, "boilerplate.txt");
list!(FURNITURE_LINES, "furniture_lines.txt");

static CURRENCY_WORDS: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| folded_map(include_str!("currencies.txt")));
static CURRENCY_SYMBOLS: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| exact_map(include_str!("currencies.txt")));
static UNITS: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| folded_map(include_str!("units.txt")));

/// The longest gazetteer entry, in words, so lookups try no longer windows.
pub(crate) static PLACE_MAX_WORDS: LazyLock<usize> = LazyLock::new(|| {
    PLACES
        .iter()
        .map(|p| p.split_whitespace().count())
        .max()
        .unwrap_or(1)
});

/// All lookups below take a folded word or phrase (see [`fold`]).
///
/// A country, region, city or geographic feature.
pub(crate) fn is_place(folded: &str) -> bool {
    PLACES.contains(folded)
}

pub(crate) fn is_demonym(folded: &str) -> bool {
    DEMONYMS.contains(folded)
}

/// A given name that is not also a common word.
pub(crate) fn is_given_name(folded: &str) -> bool {
    GIVEN_NAMES.contains(folded) && !AMBIGUOUS_GIVEN_NAMES.contains(folded)
}

/// A given name that is also a common word ("Will", "Rose").
pub(crate) fn is_ambiguous_given_name(folded: &str) -> bool {
    AMBIGUOUS_GIVEN_NAMES.contains(folded)
}

/// A title or role that precedes a person's name ("president", "prime minister").
pub(crate) fn is_title(folded: &str) -> bool {
    TITLES.contains(folded)
}

/// A word that makes a capitalised phrase an organization ("institute").
pub(crate) fn is_org_head(folded: &str) -> bool {
    ORG_HEADS.contains(folded.trim_end_matches('.'))
        || ORG_HEADS.contains(folded)
}

/// A function word or sentence opener that is never a name by itself.
pub(crate) fn is_stopword(folded: &str) -> bool {
    STOPWORDS.contains(folded)
}

/// A common English word (not a proper noun), or a regular plural of one
/// ("diplomats", "analysts", "agencies").
pub(crate) fn is_common_word(folded: &str) -> bool {
    let listed = |w: &str| COMMON_WORDS.contains(w) || STOPWORDS.contains(w);
    if listed(folded) {
        return true;
    }
    if folded.len() < 4 || !folded.ends_with('s') {
        return false;
    }
    let stem = &folded[..folded.len() - 1];
    if listed(stem) {
        return true;
    }
    if let Some(stem) = folded.strip_suffix("ies") {
        return listed(&format!("{stem}y"));
    }
    folded.strip_suffix("es").is_some_and(listed)
}

/// A word that makes a capitalised phrase a place ("island", "province").
pub(crate) fn is_place_head(folded: &str) -> bool {
    PLACE_HEADS.contains(folded)
}

/// A compass word that may open a place name ("West Sumatra").
pub(crate) fn is_compass(folded: &str) -> bool {
    matches!(
        folded,
        "north" | "south" | "east" | "west" | "northern" | "southern" | "eastern" | "western"
            | "central" | "northeast" | "northwest" | "southeast" | "southwest" | "upper" | "lower"
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
    let ends_like_sentence = folded
        .trim_end_matches(['"', '”', '\'', ')', ' '])
        .ends_with(['.', '!', '?']);
    !ends_like_sentence && BOILERPLATE.iter().any(|cue| contains_phrase(&folded, cue))
}

/// Whether a line anywhere in a report is a stand-alone furniture line
/// ("Advertisement", "Read more").
pub(crate) fn is_furniture_line(line: &str) -> bool {
    let folded = fold(line);
    let bare = folded.trim_end_matches([':', '.', '»', '>', ' ', '…']);
    FURNITURE_LINES.contains(bare)
}

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
        assert!(is_demonym("cuban"));
        assert!(is_title("president"));
        assert!(is_org_head("institute"));
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
    fn furniture_lines_stand_alone() {
        assert!(is_furniture_line("Advertisement"));
        assert!(is_furniture_line("READ MORE:"));
        assert!(!is_furniture_line("Read more about the plan in our report."));
    }
}
