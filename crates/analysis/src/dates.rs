//! Date and time expressions: "March 3, 2024", "last Friday", "this
//! weekend", "in 2021", "10:30 a.m.".
//!
//! Dates are found before names and figures, because their words and
//! numbers would otherwise be taken for either: "April" is not the first
//! name of "April Robledo", and the 2021 of "in 2021" is not a count.
//! Matching works on tokens of one sentence; a match is a token range.

use std::ops::Range;
use std::sync::LazyLock;

use crate::hash::FastMap;
use crate::text::{Folded, Shape, Token};

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Words that make a relative date of the noun after them ("last week").
const RELATIVE: &[&str] = &["this", "last", "next", "coming", "past", "previous", "following"];

/// Nouns that a relative word turns into a date ("this weekend").
const PERIODS: &[&str] = &[
    "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "summer", "winter", "spring",
    "autumn", "fall", "decade", "quarter", "semester",
];

const DAYS: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];

/// Words before "May" that make it the month rather than the verb.
const MAY_CUES: &[&str] = &[
    "in", "on", "since", "until", "till", "early", "late", "mid", "of", "last", "next", "this", "by", "through",
    "from", "during", "before", "after",
];

/// Prepositions before a bare four-digit number that make it a year.
const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "of", "from", "through", "during", "before", "after", "around", "early",
    "late", "mid", "to", "and", "between", "year", "for",
];

/// Whether a folded word names a month or a weekday.
pub(crate) fn is_month_word(folded: &str) -> bool {
    MONTHS.contains(&folded) || WEEKDAYS.contains(&folded)
}

/// What a folded word can be in a date expression, as bits.
mod class {
    pub const MONTH: u16 = 1 << 0;
    /// "jan", "sept": a month that may carry a period.
    pub const ABBREVIATED_MONTH: u16 = 1 << 1;
    pub const WEEKDAY: u16 = 1 << 2;
    pub const RELATIVE: u16 = 1 << 3;
    pub const MAY_CUE: u16 = 1 << 4;
    pub const YEAR_CUE: u16 = 1 << 5;
    /// Without a possessive "'s", a day ("today").
    pub const DAY: u16 = 1 << 6;
    /// Without a possessive "'s", a period ("week").
    pub const PERIOD: u16 = 1 << 7;
    pub const MERIDIEM: u16 = 1 << 8;
    /// The word "may".
    pub const MAY: u16 = 1 << 9;
    /// The word "of".
    pub const OF: u16 = 1 << 10;
}

/// What each word of a report can be in a date (see [`class`]), worked out
/// once per distinct word: matching tried every list on every token, a
/// twelfth of the analysis.
pub(crate) struct DateWords(Vec<u16>);

impl DateWords {
    pub fn new(folded: &Folded) -> DateWords {
        DateWords(folded.words().map(classify).collect())
    }
}

/// Clock-time suffixes, folded.
const MERIDIEMS: &[&str] = &["a.m.", "p.m.", "am", "pm", "a.m", "p.m"];

/// The [`class`] bits of a folded word.
fn classify(word: &str) -> u16 {
    let (own, bare) = &*CLASSES;
    let without_possessive = word.strip_suffix("'s").unwrap_or(word);
    own.get(word).copied().unwrap_or(0) | bare.get(without_possessive).copied().unwrap_or(0)
}

/// [`class`] bits by word.
type ClassMap = FastMap<&'static str, u16>;

/// The bits of [`own_class`] of every word that has some, and of
/// [`bare_class`] of every word that has some: a report's words are looked
/// up once each, which beats comparing each with every list.
static CLASSES: LazyLock<(ClassMap, ClassMap)> = LazyLock::new(|| {
    let own_lists = [MONTHS, WEEKDAYS, RELATIVE, MAY_CUES, YEAR_CUES, MERIDIEMS, &["may", "of"]];
    let own = own_lists.iter().flat_map(|list| list.iter()).map(|&w| (w, own_class(w))).collect();
    let bare = [DAYS, PERIODS].iter().flat_map(|list| list.iter()).map(|&w| (w, bare_class(w))).collect();
    (own, bare)
});

/// The [`class`] bits a folded word has as it is.
fn own_class(word: &str) -> u16 {
    let month = MONTHS.iter().position(|m| *m == word);
    let bits = [
        (month.is_some(), class::MONTH),
        (month.is_some_and(|at| at >= 12), class::ABBREVIATED_MONTH),
        (WEEKDAYS.contains(&word), class::WEEKDAY),
        (RELATIVE.contains(&word), class::RELATIVE),
        (MAY_CUES.contains(&word), class::MAY_CUE),
        (YEAR_CUES.contains(&word), class::YEAR_CUE),
        (MERIDIEMS.contains(&word), class::MERIDIEM),
        (word == "may", class::MAY),
        (word == "of", class::OF),
    ];
    bits.into_iter().filter(|(on, _)| *on).fold(0, |all, (_, bit)| all | bit)
}

/// The [`class`] bits a folded word without a possessive "'s" gives it.
fn bare_class(bare: &str) -> u16 {
    let bits = [(DAYS.contains(&bare), class::DAY), (PERIODS.contains(&bare), class::PERIOD)];
    bits.into_iter().filter(|(on, _)| *on).fold(0, |all, (_, bit)| all | bit)
}

/// The tokens of one sentence and their folded forms, read by index.
struct Words<'a> {
    text: &'a str,
    tokens: &'a [Token],
    folded: &'a Folded,
    classes: &'a DateWords,
    /// One past the sentence's last token.
    end: usize,
}

impl Words<'_> {
    /// Token `j`, if the report has it.
    fn get(&self, j: usize) -> Option<usize> {
        (j < self.tokens.len()).then_some(j)
    }

    /// Token `j`, if the sentence has it.
    fn at(&self, j: usize) -> Option<usize> {
        if j < self.end { self.get(j) } else { None }
    }

    fn text_of(&self, j: usize) -> &str {
        self.tokens[j].text(self.text)
    }

    /// The [`class`] bits of token `j`'s word.
    fn class(&self, j: usize) -> u16 {
        let class = self.folded.word_of(j).and_then(|id| self.classes.0.get(id));
        class.copied().unwrap_or_else(|| classify(""))
    }

    fn is_month(&self, j: usize) -> bool {
        self.tokens[j].shape == Shape::Capitalized && self.class(j) & class::MONTH != 0
    }

    fn is_weekday(&self, j: usize) -> bool {
        self.tokens[j].shape == Shape::Capitalized && self.class(j) & class::WEEKDAY != 0
    }

    /// Whether `token` is a word of [`class`] `bit`.
    fn word_in(&self, token: Option<usize>, bit: u16) -> bool {
        token.is_some_and(|j| self.tokens[j].is_word() && self.class(j) & bit != 0)
    }

    /// A day of the month: 1 to 31, plain or ordinal.
    fn is_day(&self, token: Option<usize>) -> bool {
        token.is_some_and(|j| {
            matches!(self.tokens[j].shape, Shape::Number | Shape::Ordinal)
                && self
                    .text_of(j)
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=31).contains(&d))
        })
    }

    /// A plausible year: four digits, no separator, 1500 to 2199.
    fn is_year(&self, token: Option<usize>) -> bool {
        token.is_some_and(|j| {
            let s = self.text_of(j);
            self.tokens[j].shape == Shape::Number
                && s.len() == 4
                && s.parse::<u32>().is_ok_and(|y| (1500..=2199).contains(&y))
        })
    }

    fn is_meridiem(&self, token: Option<usize>) -> bool {
        token.is_some_and(|j| self.class(j) & class::MERIDIEM != 0)
    }

    /// Whether a date expression may start at token `j`: a number, or a
    /// word that is a month, a weekday, a day or a period (see
    /// [`Words::match_at`]). Most tokens are none, and this tells them
    /// apart in a look-up where matching took a tenth of finding names.
    fn may_open(&self, j: usize) -> bool {
        match self.tokens[j].shape {
            Shape::Number | Shape::Ordinal => true,
            Shape::Punct => false,
            _ => self.class(j) & (class::MONTH | class::WEEKDAY | class::DAY | class::PERIOD) != 0,
        }
    }

    /// Length in tokens of the date expression starting at token `i`, or
    /// 0; `before` is the token before it, if any.
    fn match_at(&self, i: usize, before: Option<usize>) -> usize {
        let token = &self.tokens[i];
        if token.shape == Shape::Punct {
            // Every date starts with a word or a number.
            return 0;
        }
        let class = self.class(i);
        if self.is_month(i) {
            if class & class::MAY != 0 && !self.word_in(before, class::MAY_CUE) && !self.is_day(self.at(i + 1)) {
                return 0;
            }
            // Abbreviated months may carry a period: "Jan. 5".
            let mut n = 1;
            let abbreviated = class & class::ABBREVIATED_MONTH != 0;
            let glued_period = self.at(i + 1).is_some_and(|t| self.text_of(t) == "." && !self.tokens[t].space_before);
            if glued_period && abbreviated {
                n += 1;
            }
            if self.is_day(self.at(i + n)) {
                n += 1;
                if self.at(i + n).is_some_and(|t| self.text_of(t) == ",") && self.is_year(self.at(i + n + 1)) {
                    n += 2;
                } else if self.is_year(self.at(i + n)) {
                    n += 1;
                }
            } else if self.is_year(self.at(i + n)) {
                n += 1;
            }
            return n;
        }
        if self.is_day(Some(i)) {
            // "3 March 2024", "21st of April".
            let mut n = 1;
            if self.word_in(self.at(i + 1), class::OF) && self.at(i + 2).is_some_and(|t| self.is_month(t)) {
                n += 1;
            }
            if self.at(i + n).is_some_and(|t| self.is_month(t)) {
                n += 1;
                if self.is_year(self.at(i + n)) {
                    n += 1;
                }
                return n;
            }
        }
        if self.is_weekday(i) {
            let mut n = 1;
            // "Friday, March 3".
            if self.at(i + 1).is_some_and(|t| self.text_of(t) == ",")
                && self.at(i + 2).is_some_and(|t| self.is_month(t))
            {
                let rest = self.match_at(i + 2, Some(i));
                if rest > 0 {
                    n = 2 + rest;
                }
            }
            return n;
        }
        // "today", "next year's budget".
        if token.is_word() && class & class::DAY != 0 {
            return 1;
        }
        if token.is_word() && class & class::PERIOD != 0 && self.word_in(before, class::RELATIVE) {
            return 1;
        }
        if token.shape == Shape::Number {
            return self.match_numeric(i, before);
        }
        0
    }

    /// Years, decades, clock times and numeric dates starting at token `i`.
    fn match_numeric(&self, i: usize, before: Option<usize>) -> usize {
        let glued = |j: usize| self.at(j).filter(|&t| !self.tokens[t].space_before);
        let glued_text = |j: usize, s: &str| glued(j).is_some_and(|t| self.text_of(t) == s);
        let glued_number = |j: usize| glued(j).is_some_and(|t| self.tokens[t].shape == Shape::Number);
        // Clock times: "10:30", "10:30 a.m.", "3 p.m.".
        if glued_text(i + 1, ":") && glued_number(i + 2) {
            let mut n = 3;
            if self.is_meridiem(self.at(i + 3)) {
                n += 1;
            }
            return n;
        }
        if self.is_meridiem(self.at(i + 1)) && self.text_of(i).parse::<u32>().is_ok_and(|h| (1..=12).contains(&h)) {
            return 2;
        }
        // Numeric dates: "2024-03-05", "05/03/2024".
        for sep in ["-", "/"] {
            if glued_text(i + 1, sep)
                && glued_number(i + 2)
                && glued_text(i + 3, sep)
                && glued_number(i + 4)
                && (self.is_year(Some(i)) || self.is_year(self.at(i + 4)))
            {
                return 5;
            }
        }
        if self.is_year(Some(i)) {
            // "the 1990s".
            if glued_text(i + 1, "s") {
                return 2;
            }
            let next = self.at(i + 1);
            let cued = self.word_in(before, class::YEAR_CUE) || before.is_some_and(|b| self.is_month(b));
            let counts_something =
                next.is_some_and(|t| self.tokens[t].shape == Shape::Lower && self.text_of(t).ends_with('s'));
            if cued || !counts_something {
                return 1;
            }
        }
        0
    }
}

/// Every date expression in `tokens[range]`, as token ranges, in order;
/// `folded` holds the folded forms of `tokens`, `classes` what their words
/// can be in a date.
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    folded: &Folded,
    classes: &DateWords,
    range: Range<usize>,
) -> Vec<Range<usize>> {
    let words = Words { text, tokens, folded, classes, end: range.end };
    let mut found = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if !words.may_open(i) {
            i += 1;
            continue;
        }
        let before = if i > range.start { words.get(i - 1) } else { None };
        let len = words.match_at(i, before);
        if len > 0 {
            let mut start = i;
            // "last Friday", "this weekend": the relative word belongs to the date.
            if words.word_in(before, class::RELATIVE) && i > range.start {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;
    use parallax_model::Span;

    fn dates(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let folded = Folded::new(text, &tokens);
        find(text, &tokens, &folded, &DateWords::new(&folded), 0..tokens.len())
            .into_iter()
            .map(|r| &text[tokens[r.start].span().start..tokens[r.end - 1].span().end])
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
