//! Numbers as news writes them: digits with separators, spelled-out
//! numbers and scale words, fractions ("a third", "½", "3 1/2"), the
//! qualifiers before them, and whether the noun after them is a plural
//! that a number counts.
//!
//! Everything here is vocabulary: pure functions of a word or two, which
//! the scanner of a sentence combines.

use parallax_model::Qualifier;

pub(super) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
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
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
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

/// Whether a folded word after a number makes it a percentage: "percent"
/// and the short forms of British and East African copy ("102pc", "3
/// pct").
pub(super) fn is_percent_word(word: &str) -> bool {
    matches!(word, "percent" | "pc" | "pct")
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

/// The value of a scale word: "hundred", "million", "bn", "lakh" (a
/// hundred thousand, as South Asian copy counts), "crore" (ten million).
pub(super) fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
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

/// The scale a letter glued to a numeral stands for: "$5m", "$11B",
/// "$50k", "R318bn".
pub(super) fn glued_scale(word: &str) -> Option<f64> {
    Some(match word {
        "m" => 1e6,
        "b" => 1e9,
        _ => return scale(word).filter(|_| word != "hundred" && word != "thousand"),
    })
}

/// Whether a folded word may open a spelled-out number: "a" and "an" (of
/// "a dozen", "a million", "a third"), "half", "quarter", "dozen", the
/// number words and a number word joined to a noun ("five-year").
pub(super) fn opens_number(word: &str) -> bool {
    matches!(word, "a" | "an" | "half" | "quarter" | "dozen")
        || small_number(word).is_some()
        // Asked of every word of a report: only a word with a hyphen may be
        // a compound or a range, and most have none.
        || word.contains('-') && (compound_number(word).is_some() || spelled_range(word).is_some())
}

/// A range of spelled-out numbers written as one word: "three-to-five"
/// (3 to 5), "two-or-three".
pub(super) fn spelled_range(word: &str) -> Option<(f64, f64)> {
    let (low, rest) = word.split_once('-')?;
    let (joiner, high) = rest.split_once('-')?;
    let (low, high) = (small_number(low)?, small_number(high)?);
    (matches!(joiner, "to" | "or") && low < high).then_some((low, high))
}

/// The value of a word for a fraction of a whole, singular or plural
/// ("a third", "two thirds"). "Second" and "fourth" are left out: they are
/// ordinals far more often.
pub(super) fn fraction_word(word: &str) -> Option<f64> {
    Some(match word {
        "half" | "halves" => 0.5,
        "third" | "thirds" => 1.0 / 3.0,
        "quarter" | "quarters" => 0.25,
        "fifth" | "fifths" => 0.2,
        "sixth" | "sixths" => 1.0 / 6.0,
        "eighth" | "eighths" => 0.125,
        "tenth" | "tenths" => 0.1,
        _ => return None,
    })
}

/// The value of a vulgar fraction character ("½" of "2½ hours").
pub(super) fn fraction_char(symbol: &str) -> Option<f64> {
    Some(match symbol {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅕" => 0.2,
        "⅛" => 0.125,
        _ => return None,
    })
}

/// The value of "numerator/denominator" when it reads as a fraction of a
/// whole: a proper fraction with a small denominator ("1/2", "3/4").
/// Anything else with a slash ("1/11" of a photo gallery, "24/7",
/// "2023/24", "9/11") is a counter, a period or a name.
pub(super) fn slash_fraction(numerator: f64, denominator: f64) -> Option<f64> {
    let whole = |v: f64| v.fract() == 0.0;
    let proper = whole(numerator) && whole(denominator) && numerator >= 1.0 && numerator < denominator;
    (proper && denominator <= 10.0).then(|| numerator / denominator)
}

/// A fraction's value as readers write it, to three decimals ("a third"
/// is 0.333), so that the same fraction written two ways compares equal.
pub(super) fn rounded_fraction(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// A spelled-out number joined by a hyphen to the noun it counts ("five-year",
/// "six-member", "two-time") or to a fraction ("one-half", "two-thirds"):
/// its value and the noun, empty for a fraction. An age ("nine-year-old")
/// is none.
pub(super) fn compound_number(word: &str) -> Option<(f64, &str)> {
    // "century-long", "year-long": one of a unit of time.
    if let Some(noun) = word.strip_suffix("-long").filter(|noun| is_unit_of_time(noun)) {
        return Some((1.0, noun));
    }
    // The number is what stands before the last hyphen: "five-year",
    // "twenty-five-year"; "nine-year-old" has none.
    let (number, noun) = word.rsplit_once('-')?;
    // "zero-carbon", "zero-sum": no count of anything.
    let number = small_number(number).filter(|&n| n > 0.0)?;
    if noun.len() < 3 || !noun.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if let Some(part) = fraction_word(noun) {
        return Some((rounded_fraction(number * part), ""));
    }
    // "one-off", "one-on-one", "two-sided", "three-pronged": not a count.
    let adjective = noun.ends_with("ed") || noun.ends_with("ing") || noun.ends_with("ly");
    if adjective || crate::lexicon::is_stopword(noun) || small_number(noun).is_some() {
        return None;
    }
    Some((number, noun))
}

/// The plural of the noun of a compound number, which is what the figure
/// counts: "six-member" counts members, "two-time" times, "six-fold"
/// times.
pub(super) fn counted_plural(noun: &str) -> String {
    match noun {
        "fold" | "time" => return String::from("times"),
        "man" => return String::from("men"),
        "woman" => return String::from("women"),
        "person" => return String::from("people"),
        "child" => return String::from("children"),
        "foot" => return String::from("feet"),
        _ => {}
    }
    if noun.ends_with('s') {
        return noun.to_string();
    }
    if let Some(stem) = noun.strip_suffix('y').filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u'])) {
        return format!("{stem}ies");
    }
    if noun.ends_with("ch") || noun.ends_with("sh") || noun.ends_with('x') {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

/// Whether a folded word is one unit of time, singular: "hour", "year",
/// "decade".
fn is_unit_of_time(word: &str) -> bool {
    matches!(word, "hour" | "day" | "week" | "month" | "year" | "decade" | "century")
}

/// The unit a letter or two glued to a number stands for, which on its
/// own would be a word or an initial: "40C", "98F", "8in".
pub(super) fn glued_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "c" => "°C",
        "f" => "°F",
        "in" => "inches",
        _ => return None,
    })
}

/// A unit that is a multiple of another: "a decade" is ten years.
pub(super) fn unit_multiple(word: &str) -> Option<(f64, &'static str)> {
    Some(match word {
        "decade" | "decades" => (10.0, "years"),
        "century" | "centuries" => (100.0, "years"),
        "fortnight" | "fortnights" => (2.0, "weeks"),
        _ => return None,
    })
}

/// How many of the time unit `small` make one `big`, for a duration given
/// in two ("one year and three months", "2 hours, 35 seconds"); only pairs
/// whose ratio is exact.
pub(super) fn time_ratio(big: &str, small: &str) -> Option<f64> {
    const SECONDS: &[(&str, f64)] =
        &[("seconds", 1.0), ("minutes", 60.0), ("hours", 3600.0), ("days", 86_400.0), ("weeks", 604_800.0)];
    if (big, small) == ("years", "months") {
        return Some(12.0);
    }
    let of = |unit: &str| SECONDS.iter().find(|(u, _)| *u == unit).map(|(_, s)| *s);
    let (big, small) = (of(big)?, of(small)?);
    (big > small).then(|| big / small)
}

/// Whether a numeral groups its digits the South Asian way, thousands
/// then pairs: "3,28,645.9", "12,34,567" (lakhs and crores).
fn south_asian(text: &str) -> bool {
    let whole = text.split('.').next().unwrap_or("");
    let groups: Vec<&str> = whole.split(',').collect();
    let Some((last, rest)) = groups.split_last() else { return false };
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    rest.len() >= 2
        && last.len() == 3
        && digits(last)
        && rest[0].len() <= 2
        && rest.iter().all(|g| digits(g) && g.len() <= 2)
        && rest[1..].iter().all(|g| g.len() == 2)
}

/// The value of a numeral as written ("1,200", "3.5", "1.200.000",
/// "3,28,645.9").
pub(super) fn numeral(text: &str) -> Option<f64> {
    let dots = text.matches('.').count();
    if dots <= 1 && !text.contains(',') {
        // Nothing to remove: parse the text itself, without a copy.
        return text.parse::<f64>().ok().filter(|v| v.is_finite());
    }
    // A separator that repeats groups thousands, in threes ("1.200.000",
    // "4,250,000"); "28.12.22" is a date.
    for separator in ['.', ','] {
        let grouped =
            text.split(separator).skip(1).all(|group| group.split(['.', ',']).next().map(str::len) == Some(3));
        if text.matches(separator).count() > 1 && !grouped && !(separator == ',' && south_asian(text)) {
            return None;
        }
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

/// Whether a folded word reads as a plural noun: listed, "-men"
/// ("fishermen", "gunmen"; not "specimen", "abdomen", "acumen"), or "-s"
/// but not "-ss", "-us", "-is", "-'s".
pub(super) fn looks_plural(word: &str) -> bool {
    let men = word.len() > 4 && word.ends_with("men") && !word.ends_with("imen") && !word.ends_with("omen");
    PLURALS.contains(&word)
        || (men && !word.ends_with("umen"))
        || (word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is")
            && !word.ends_with("'s"))
}

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
    fn numerals_grouped_the_south_asian_way() {
        assert_eq!(numeral("3,28,645.9"), Some(328_645.9));
        assert_eq!(numeral("12,34,567"), Some(1_234_567.0));
        // Not pairs before the thousands: no numeral.
        assert_eq!(numeral("3,2,645"), None);
        assert_eq!(numeral("1,23,45"), None);
    }

    #[test]
    fn numerals_with_separators_that_are_no_thousands() {
        // A date written with dots, groups of two.
        assert_eq!(numeral("28.12.22"), None);
        // Thousands and decimals together.
        assert_eq!(numeral("1,200,000.50"), Some(1_200_000.5));
    }

    #[test]
    fn spelled_numbers_joined_to_nouns() {
        const CASES: &[(&str, Option<(f64, &str)>)] = &[
            // A number and the noun it counts.
            ("five-year", Some((5.0, "year"))),
            ("twenty-five-year", Some((25.0, "year"))),
            // One of a unit of time, joined to "long".
            ("century-long", Some((1.0, "century"))),
            // A fraction: no noun.
            ("one-half", Some((0.5, ""))),
            ("two-thirds", Some((0.667, ""))),
            // An age, an adjective, an idiom, no count at all.
            ("nine-year-old", None),
            ("two-sided", None),
            ("one-on-one", None),
            ("zero-carbon", None),
            // A plain number word is no compound.
            ("thirty-one", None),
        ];
        for (word, expected) in CASES {
            assert_eq!(compound_number(word), *expected, "{word}");
        }
    }

    #[test]
    fn fractions_with_a_slash() {
        // Proper fractions with small denominators.
        assert_eq!(slash_fraction(1.0, 2.0), Some(0.5));
        assert_eq!(slash_fraction(3.0, 4.0), Some(0.75));
        // A gallery counter, a period, a date.
        assert_eq!(slash_fraction(1.0, 11.0), None);
        assert_eq!(slash_fraction(24.0, 7.0), None);
        assert_eq!(slash_fraction(9.0, 11.0), None);
    }

    #[test]
    fn what_a_joined_noun_counts() {
        for (noun, plural) in [("member", "members"), ("fold", "times"), ("party", "parties"), ("day", "days")] {
            assert_eq!(counted_plural(noun), plural, "{noun}");
        }
    }

    #[test]
    fn durations_in_two_units() {
        assert_eq!(time_ratio("years", "months"), Some(12.0));
        assert_eq!(time_ratio("hours", "seconds"), Some(3600.0));
        // No exact ratio, or the wrong way round.
        assert_eq!(time_ratio("months", "days"), None);
        assert_eq!(time_ratio("minutes", "hours"), None);
    }

    #[test]
    fn plural_heads() {
        for yes in ["doctors", "specialists", "people", "nurses", "staff", "fishermen", "gunmen"] {
            assert!(looks_plural(yes), "{yes}");
        }
        for no in ["crisis", "census", "glass", "doctor", "specimen", "abdomen"] {
            assert!(!looks_plural(no), "{no}");
        }
    }
}
