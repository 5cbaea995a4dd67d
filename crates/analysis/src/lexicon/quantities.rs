//! Words around numbers: currencies, units of measure, what happened to
//! those a number counts, the nouns that name what a later number counts,
//! the currency of the places whose countries share a sign, and the words
//! of a change ("rose", "a cut").

use std::sync::LazyLock;


use super::*;
use crate::hash::{FastMap, FastSet};



pub(super) static CURRENCY_WORDS: LazyLock<FastMap<String, &'static str>> =
    LazyLock::new(|| folded_map(include_str!("currencies.txt")));
pub(super) static CURRENCY_SYMBOLS: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| exact_map(include_str!("currencies.txt")));
pub(super) static UNITS: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| folded_map(include_str!("units.txt")));


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

pub(super) static OUTCOMES: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| folded_map(include_str!("outcomes.txt")));
list!(COUNT_HEADS, "count_heads.txt");
pub(super) static CURRENCY_PLACES: LazyLock<FastMap<String, &'static str>> =
    LazyLock::new(|| folded_map(include_str!("currency_places.txt")));

/// What happened to those a bare number counts, as a participle: itself
/// for a participle ("killed", "shot dead"), the participle of a verb in
/// -ing ("killing" → "killed").
pub(crate) fn outcome(folded: &str) -> Option<&'static str> {
    OUTCOMES.get(folded).copied()
}

/// A noun that names what a later bare number counts ("toll",
/// "population").
pub(crate) fn is_count_head(folded: &str) -> bool {
    COUNT_HEADS.contains(folded)
}

/// The currency of the country a place is in, for the places of countries
/// whose currency sign others share ("toronto" → "CAD").
pub(crate) fn currency_of_place(folded: &str) -> Option<&'static str> {
    CURRENCY_PLACES.get(folded).copied()
}

/// Each counted noun of `counted_alike.txt` with the classes it is in.
static COUNTED_ALIKE: LazyLock<FastMap<String, Vec<u16>>> = LazyLock::new(|| {
    let mut classes: FastMap<String, Vec<u16>> = FastMap::default();
    for (class, line) in entries(include_str!("counted_alike.txt")).enumerate() {
        for word in line.split_whitespace() {
            classes.entry(fold(word)).or_default().push(class as u16);
        }
    }
    classes
});

/// The classes of `counted_alike.txt` a singular, folded counted noun is
/// in (see [`alike_counted`]).
pub(crate) fn counted_classes(word: &str) -> &'static [u16] {
    COUNTED_ALIKE.get(word).map_or(&[], Vec::as_slice)
}

/// Whether two singular, folded counted nouns name the same people or
/// things in news copy ("worker" and "member", "people" and "passenger").
pub(crate) fn alike_counted(a: &str, b: &str) -> bool {
    match (COUNTED_ALIKE.get(a), COUNTED_ALIKE.get(b)) {
        (Some(x), Some(y)) => x.iter().any(|c| y.contains(c)),
        _ => false,
    }
}

/// Which way a word of change goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Up,
    Down,
}

/// The direction a verb of change gives: "rose", "raised", "fell".
pub(crate) fn change_verb(folded: &str) -> Option<Direction> {
    match folded {
        "increased" | "rose" | "risen" | "grew" | "grown" | "jumped" | "surged" | "climbed" | "gained" | "soared"
        | "raised" | "raise" | "lifted" | "hiked" | "up" => Some(Direction::Up),
        "decreased" | "fell" | "fallen" | "dropped" | "declined" | "slumped" | "plunged" | "dipped" | "down"
        | "reduced" | "lowered" => Some(Direction::Down),
        _ => None,
    }
}

/// The direction a noun of change gives: "rise", "cut".
pub(crate) fn change_noun(folded: &str) -> Option<Direction> {
    match folded {
        "increase" | "rise" | "jump" | "gain" | "growth" | "hike" | "surge" | "climb" | "boost" => Some(Direction::Up),
        "decrease" | "fall" | "drop" | "decline" | "reduction" | "cut" | "slump" | "dip" | "plunge" => {
            Some(Direction::Down)
        }
        _ => None,
    }
}
