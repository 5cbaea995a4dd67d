//! Date and time expressions: "March 3, 2024", "last Friday", "this
//! weekend", "in 2021", "10:30 a.m.".
//!
//! Dates are found before names and figures, because their words and
//! numbers would otherwise be taken for either: "April" is not the first
//! name of "April Robledo", and the 2021 of "in 2021" is not a count.
//! Matching works on tokens of one sentence; a match is a token range.

use std::ops::Range;

use crate::text::{Shape, Token, fold_cow};

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Words that make a relative date of the noun after them ("last week").
const RELATIVE: &[&str] = &["this", "last", "next", "coming", "past", "previous", "following"];

/// Nouns that a relative word turns into a date ("this weekend").
const PERIODS: &[&str] = &[
    "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "summer",
    "winter", "spring", "autumn", "fall", "decade", "quarter", "semester",
];

const DAYS: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];

/// Words before "May" that make it the month rather than the verb.
const MAY_CUES: &[&str] = &[
    "in", "on", "since", "until", "till", "early", "late", "mid", "of", "last", "next", "this",
    "by", "through", "from", "during", "before", "after",
];

/// Prepositions before a bare four-digit number that make it a year.
const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "of", "from", "through", "during", "before", "after",
    "around", "early", "late", "mid", "to", "and", "between", "year", "for",
];

/// Whether a folded word names a month or a weekday.
pub(crate) fn is_month_word(folded: &str) -> bool {
    MONTHS.contains(&folded) || WEEKDAYS.contains(&folded)
}

fn is_month(text: &str, token: &Token) -> bool {
    token.shape == Shape::Capitalized && MONTHS.contains(&fold_cow(token.text(text)).as_ref())
}

fn is_weekday(text: &str, token: &Token) -> bool {
    token.shape == Shape::Capitalized && WEEKDAYS.contains(&fold_cow(token.text(text)).as_ref())
}

fn word_in(text: &str, token: Option<&Token>, list: &[&str]) -> bool {
    token.is_some_and(|t| t.is_word() && list.contains(&fold_cow(t.text(text)).as_ref()))
}

/// A day of the month: 1 to 31, plain or ordinal.
fn is_day(text: &str, token: Option<&Token>) -> bool {
    token.is_some_and(|t| {
        matches!(t.shape, Shape::Number | Shape::Ordinal)
            && t.text(text)
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse::<u32>()
                .is_ok_and(|d| (1..=31).contains(&d))
    })
}

/// A plausible year: four digits, no separator, 1500 to 2199.
pub(crate) fn is_year(text: &str, token: Option<&Token>) -> bool {
    token.is_some_and(|t| {
        let s = t.text(text);
        t.shape == Shape::Number
            && s.len() == 4
            && s.parse::<u32>().is_ok_and(|y| (1500..=2199).contains(&y))
    })
}

/// Every date expression in `tokens[range]`, as token ranges, in order.
pub(crate) fn find(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut i = range.start;
    let end = range.end;
    let at = |j: usize| if j < end { tokens.get(j) } else { None };
    while i < end {
        let before = if i > range.start { tokens.get(i - 1) } else { None };
        let len = match_at(text, i, tokens, before, &at);
        if len > 0 {
            let mut start = i;
            // "last Friday", "this weekend": the relative word belongs to the date.
            if word_in(text, before, RELATIVE) && i > range.start {
                start = i - 1;
            }
            found.push(start..i + len);
            i += len;
        } else {
            i += 1;
        }
    }
    found
}

/// Length in tokens of the date expression starting at token `i`, or 0.
fn match_at<'a>(
    text: &str,
    i: usize,
    tokens: &'a [Token],
    before: Option<&Token>,
    at: &dyn Fn(usize) -> Option<&'a Token>,
) -> usize {
    let token = &tokens[i];
    let folded = fold_cow(token.text(text));
    let folded = folded.as_ref();
    if is_month(text, token) {
        if folded == "may" && !word_in(text, before, MAY_CUES) && !is_day(text, at(i + 1)) {
            return 0;
        }
        // Abbreviated months may carry a period: "Jan. 5".
        let mut n = 1;
        let abbreviated = MONTHS.iter().position(|m| *m == folded).is_some_and(|at| at >= 12);
        if at(i + 1).is_some_and(|t| t.text(text) == "." && !t.space_before) && abbreviated {
            n += 1;
        }
        if is_day(text, at(i + n)) {
            n += 1;
            if at(i + n).is_some_and(|t| t.text(text) == ",") && is_year(text, at(i + n + 1)) {
                n += 2;
            } else if is_year(text, at(i + n)) {
                n += 1;
            }
        } else if is_year(text, at(i + n)) {
            n += 1;
        }
        return n;
    }
    if is_day(text, Some(token)) {
        // "3 March 2024", "21st of April".
        let mut n = 1;
        if word_in(text, at(i + 1), &["of"]) && at(i + 2).is_some_and(|t| is_month(text, t)) {
            n += 1;
        }
        if at(i + n).is_some_and(|t| is_month(text, t)) {
            n += 1;
            if is_year(text, at(i + n)) {
                n += 1;
            }
            return n;
        }
    }
    if is_weekday(text, token) {
        let mut n = 1;
        // "Friday, March 3".
        if at(i + 1).is_some_and(|t| t.text(text) == ",") && at(i + 2).is_some_and(|t| is_month(text, t)) {
            let rest = match_at(text, i + 2, tokens, Some(token), at);
            if rest > 0 {
                n = 2 + rest;
            }
        }
        return n;
    }
    // "today", "next year's budget".
    let bare = folded.strip_suffix("'s").unwrap_or(folded);
    if token.is_word() && DAYS.contains(&bare) {
        return 1;
    }
    if token.is_word() && PERIODS.contains(&bare) && word_in(text, before, RELATIVE) {
        return 1;
    }
    if token.shape == Shape::Number {
        return match_numeric(text, i, tokens, before, at);
    }
    0
}

/// Years, decades, clock times and numeric dates starting at token `i`.
fn match_numeric<'a>(
    text: &str,
    i: usize,
    tokens: &'a [Token],
    before: Option<&Token>,
    at: &dyn Fn(usize) -> Option<&'a Token>,
) -> usize {
    let token = &tokens[i];
    let glued = |j: usize| at(j).filter(|t| !t.space_before);
    // Clock times: "10:30", "10:30 a.m.", "3 p.m.".
    if glued(i + 1).is_some_and(|t| t.text(text) == ":") && glued(i + 2).is_some_and(|t| t.shape == Shape::Number) {
        let mut n = 3;
        if is_meridiem(text, at(i + 3)) {
            n += 1;
        }
        return n;
    }
    if is_meridiem(text, at(i + 1)) && token.text(text).parse::<u32>().is_ok_and(|h| (1..=12).contains(&h)) {
        return 2;
    }
    // Numeric dates: "2024-03-05", "05/03/2024".
    for sep in ["-", "/"] {
        if glued(i + 1).is_some_and(|t| t.text(text) == sep)
            && glued(i + 2).is_some_and(|t| t.shape == Shape::Number)
            && glued(i + 3).is_some_and(|t| t.text(text) == sep)
            && glued(i + 4).is_some_and(|t| t.shape == Shape::Number)
            && (is_year(text, Some(token)) || is_year(text, at(i + 4)))
        {
            return 5;
        }
    }
    if is_year(text, Some(token)) {
        // "the 1990s".
        if glued(i + 1).is_some_and(|t| t.text(text) == "s") {
            return 2;
        }
        let next = at(i + 1);
        let cued = word_in(text, before, YEAR_CUES) || before.is_some_and(|b| is_month(text, b));
        let counts_something = next.is_some_and(|t| t.shape == Shape::Lower && t.text(text).ends_with('s'));
        if cued || !counts_something {
            return 1;
        }
    }
    0
}

fn is_meridiem(text: &str, token: Option<&Token>) -> bool {
    token.is_some_and(|t| {
        matches!(
            fold_cow(t.text(text)).as_ref(),
            "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;
    use crate::text::tokenize;

    fn dates(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        find(text, &tokens, 0..tokens.len())
            .into_iter()
            .map(|r| &text[tokens[r.start].span.start..tokens[r.end - 1].span.end])
            .collect()
    }

    const CASES: &[(&str, &[&str])] = &[
        // Month, day and year in both orders.
        ("It opened on March 3, 2024 and closed 5 April 2025.", &["March 3, 2024", "5 April 2025"]),
        // A month alone, after "end of".
        ("At the end of April they met.", &["April"]),
        // Relative expressions keep their modifier.
        ("The meeting took place this weekend and last Friday.", &["this weekend", "last Friday"]),
        ("He left yesterday and returns next month.", &["yesterday", "next month"]),
        // A possessive date; a full month name keeps the sentence's period out.
        ("It is next year's budget, due in July.", &["next year's", "July"]),
        // Years with a cue, decades, clock times.
        ("In 2021 and in the 1990s, at 10:30 a.m. and 3 p.m.", &["2021", "1990s", "10:30 a.m.", "3 p.m."]),
        // "May" the verb is no date; "May 5" is.
        ("They may leave. It ends May 5.", &["May 5"]),
        // A count that looks like a year but counts something is left to figures.
        ("They hired 2000 nurses.", &[]),
        // Numeric dates.
        ("Filed 2024-03-05.", &["2024-03-05"]),
    ];

    #[test]
    fn date_expressions() {
        for (text, expected) in CASES {
            assert_eq!(&dates(text), expected, "text: {text}");
        }
    }
}
