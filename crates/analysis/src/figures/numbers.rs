//! Numbers as news writes them: digits with separators, spelled-out
//! numbers and scale words, the qualifiers before them, and whether the
//! noun after them is a plural that a number counts.

use parallax_model::Qualifier;

pub(super) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["just", "under"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["nearly"], Qualifier::Nearly),
    (&["close", "to"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["approx"], Qualifier::About),
];

/// The value of a number word below twenty ("zero" to "nineteen").
pub(super) fn below_twenty(word: &str) -> Option<usize> {
    Some(match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// The value of a word for a multiple of ten below a hundred ("twenty"…).
pub(super) fn tens(word: &str) -> Option<usize> {
    Some(match word {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

pub(super) fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mn" | "mln" | "millions" => 1e6,
        "billion" | "bn" | "bln" | "billions" => 1e9,
        "trillion" | "tn" | "trillions" => 1e12,
        _ => return None,
    })
}

/// The value of a spelled-out number word below a hundred ("seven",
/// "twenty-five"), if it is one.
pub(super) fn small_number(word: &str) -> Option<f64> {
    if let Some(n) = below_twenty(word).or_else(|| tens(word)) {
        return Some(n as f64);
    }
    let dash = word.bytes().position(|b| b == b'-')?;
    let (t, u) = (&word[..dash], &word[dash + 1..]);
    let t = tens(t)?;
    let u = below_twenty(u).filter(|u| (1..10).contains(u))?;
    Some((t + u) as f64)
}

/// Whether a folded word may open a spelled-out number: "a" and "an" (of
/// "a dozen", "a million"), "half", "dozen" and the number words.
pub(super) fn opens_number(word: &str) -> bool {
    matches!(word, "a" | "an" | "half" | "dozen") || small_number(word).is_some()
}

/// The value of a numeral as written ("1,200", "3.5", "1.200.000").
pub(super) fn numeral(text: &str) -> Option<f64> {
    let dots = text.matches('.').count();
    if dots <= 1 && !text.contains(',') {
        // Nothing to remove: parse the text itself, without a copy.
        return text.parse::<f64>().ok().filter(|v| v.is_finite());
    }
    let cleaned: String = if dots > 1 {
        text.chars().filter(|c| *c != '.' && *c != ',').collect()
    } else {
        text.chars().filter(|c| *c != ',').collect()
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Words that may open a counted phrase although they are function words:
/// "six other candidates", "two further cuts", "200 more doctors".
pub(super) const QUANTITY_ADJECTIVES: &[&str] = &["other", "more", "new", "additional", "extra", "further", "fewer"];

/// Irregular plurals and mass nouns that are counted without an -s.
pub(super) const PLURALS: &[&str] = &[
    "people", "children", "men", "women", "staff", "personnel", "police", "cattle", "sheep", "fish", "deer", "data",
    "media", "feet", "teeth", "mice", "geese", "troops", "crew", "livestock", "aircraft", "offspring", "series",
    "species",
];

pub(super) fn looks_plural(word: &str) -> bool {
    PLURALS.contains(&word)
        || (word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is")
            && !word.ends_with("'s"))
}

/// A number expression found at a token: its tokens and value.
pub(super) struct Number {
    /// First and one-past-last token of the number itself.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: f64,
}

/// Words before a number that make it an age, an identifier or a rank
/// rather than a quantity: "aged 10 to 14", "No. 11", "number 5".
pub(super) const NOT_QUANTITY_CUES: &[&str] = &[
    "aged", "age", "ages", "no", "nos", "number", "#", "rank", "ranked", "article", "section", "chapter", "page",
    "resolution", "room", "flight", "route",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelled_numbers() {
        assert_eq!(small_number("twelve"), Some(12.0));
        assert_eq!(small_number("twenty-five"), Some(25.0));
        assert_eq!(small_number("ninety"), Some(90.0));
        assert_eq!(small_number("twenty-zero"), None);
        assert_eq!(small_number("dozen"), None);
    }

    #[test]
    fn numerals_with_separators() {
        assert_eq!(numeral("1,200"), Some(1200.0));
        assert_eq!(numeral("4,250,000"), Some(4_250_000.0));
        assert_eq!(numeral("3.5"), Some(3.5));
        assert_eq!(numeral("1.200.000"), Some(1_200_000.0));
    }

    #[test]
    fn plural_heads() {
        for yes in ["doctors", "specialists", "people", "nurses", "staff"] {
            assert!(looks_plural(yes), "{yes}");
        }
        for no in ["crisis", "census", "glass", "doctor"] {
            assert!(!looks_plural(no), "{no}");
        }
    }
}
