//! Date and time expressions: "March 3, 2024", "last Friday", "this
//! weekend", "in 2021", "10:30 a.m.", "Monday night", "late 2020",
//! "February 5 to 7", "2025-26", "7.45 pm", "1845 GMT".
//!
//! Dates are found before names and figures, because their words and
//! numbers would otherwise be taken for either: "April" is not the first
//! name of "April Robledo", and the 2021 of "in 2021" is not a count.
//! Matching works on tokens of one sentence; a match is a token range, and
//! the matches of a sentence are sorted and do not overlap. Each token is
//! looked at a bounded number of times, so finding is linear in the tokens.
//!
//! What is a date follows the annotation guideline of the real-news dev
//! set (`corpus/real/README.md`): a weekday keeps its part of the day
//! ("Friday night"), a qualifier its month or year ("mid-December"), a
//! range of days its month ("5-7 June"); a duration ("over the next week")
//! is no date, nor is a weekday inside a holiday ("Black Friday") or a
//! year inside a name ("Finance Bill 2024"). The numeric forms (clock
//! times, years, numeric dates) are in [`numeric`].

mod numeric;
#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::LazyLock;

use crate::hash::FastMap;
use crate::lexicon::{self, Calendar};
use crate::text::{Folded, Shape, Token};

/// Words that make a relative date of the noun after them ("last week").
const RELATIVE: &[&str] = &["this", "last", "next", "coming", "past", "previous", "following"];

/// Nouns that a relative word turns into a date ("this weekend").
const PERIODS: &[&str] =
    &["week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "decade", "quarter", "semester"];

const DAYS: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];

/// Parts of a day that stay with the weekday or day before them ("Monday
/// night", "yesterday evening", "Sunday midnight").
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "midnight", "noon", "midday", "overnight"];

/// Times of day that are dates on their own ("at noon").
const CLOCK_WORDS: &[&str] = &["noon", "midnight", "midday"];

/// Seasons, dates only with a year ("fall of 2022", "summer 2021").
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

/// Words that narrow a month, a year or a season ("late 2020", "early
/// March", "mid-2021") and belong to the date.
const QUALIFIERS: &[&str] = &["early", "late", "mid"];

/// Capitalised words that make a holiday of the weekday after them ("Black
/// Friday", "Good Friday", "Super Tuesday"): holidays are not dates.
const HOLIDAY_OPENERS: &[&str] = &[
    "black", "good", "cyber", "super", "ash", "holy", "maundy", "palm", "easter", "whit", "shrove", "fat", "giving",
    "bloody",
];

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

/// Year cues that join a year to one before it ("between 2019 and 2021"),
/// and are no cue after anything else ("873 homes and 2048 sheds").
const YEAR_LINKS: &[&str] = &["and", "to"];

/// Words joining the first and last day of a range ("5 to 7", "5 and 7").
const RANGE_LINKS: &[&str] = &["and", "to", "through", "till", "until", "-", "–"];

/// Words before "the 7th" that make it a day of the month.
const ORDINAL_DAY_CUES: &[&str] = &["on", "since", "by", "until", "till", "from", "before", "after"];

/// Whether a folded word names a month or a weekday.
pub(crate) fn is_month_word(folded: &str) -> bool {
    matches!(lexicon::calendar_word(folded), Some(Calendar::Month | Calendar::MonthAbbreviation | Calendar::Weekday))
}

/// What a folded word can be in a date expression, as bits.
mod class {
    pub const MONTH: u32 = 1 << 0;
    /// "jan", "sept": a month that may carry a period, and is a date only
    /// with a day or a year ("Mar" of "Viña del Mar" is none).
    pub const ABBREVIATED_MONTH: u32 = 1 << 1;
    /// A weekday, its plural ("on Sundays") or, see below, its possessive.
    pub const WEEKDAY: u32 = 1 << 2;
    pub const RELATIVE: u32 = 1 << 3;
    pub const MAY_CUE: u32 = 1 << 4;
    pub const YEAR_CUE: u32 = 1 << 5;
    /// Without a possessive "'s", a day ("today").
    pub const DAY: u32 = 1 << 6;
    /// Without a possessive "'s", a period ("week").
    pub const PERIOD: u32 = 1 << 7;
    pub const MERIDIEM: u32 = 1 << 8;
    /// The word "may".
    pub const MAY: u32 = 1 << 9;
    /// The word "of".
    pub const OF: u32 = 1 << 10;
    pub const ZONE: u32 = 1 << 11;
    /// Without a possessive "'s", a part of a day ("night").
    pub const PART_OF_DAY: u32 = 1 << 12;
    pub const CLOCK_WORD: u32 = 1 << 13;
    pub const SEASON: u32 = 1 << 14;
    pub const QUALIFIER: u32 = 1 << 15;
    /// "mid-December": a qualifier joined to a month by a hyphen.
    pub const QUALIFIED_MONTH: u32 = 1 << 16;
    /// "FY26", "FY2025", or "FY" itself: a fiscal year.
    pub const FISCAL_YEAR: u32 = 1 << 17;
    /// The word "the".
    pub const THE: u32 = 1 << 18;
    pub const YEAR_LINK: u32 = 1 << 19;
    pub const RANGE_LINK: u32 = 1 << 20;
    pub const ORDINAL_DAY_CUE: u32 = 1 << 21;
    /// The word "year", of "September last year".
    pub const YEAR: u32 = 1 << 22;
    /// The word "month", of "the 24th of last month".
    pub const MONTH_WORD: u32 = 1 << 23;
    pub const HOLIDAY_OPENER: u32 = 1 << 24;
    /// The word "o'clock".
    pub const OCLOCK: u32 = 1 << 25;
}

/// What each word of a report can be in a date (see [`class`]), worked out
/// once per distinct word: matching tried every list on every token, a
/// twelfth of the analysis.
pub(crate) struct DateWords(Vec<u32>);

impl DateWords {
    pub fn new(folded: &Folded) -> DateWords {
        DateWords(folded.words().map(classify).collect())
    }
}

/// The [`class`] bits of a folded word.
fn classify(word: &str) -> u32 {
    let (own, bare) = &*CLASSES;
    let without_possessive = word.strip_suffix("'s").unwrap_or(word);
    let mut bits = own.get(word).copied().unwrap_or(0) | bare.get(without_possessive).copied().unwrap_or(0);
    // "Sundays": a weekday in the plural.
    if let Some(singular) = word.strip_suffix('s') {
        bits |= own.get(singular).copied().unwrap_or(0) & class::WEEKDAY;
    }
    // "mid-December", "mid-2021" (whose year is a token of its own).
    if let Some((qualifier, month)) = word.split_once('-') {
        let month_bits = own.get(month).copied().unwrap_or(0) & (class::MONTH | class::ABBREVIATED_MONTH);
        if QUALIFIERS.contains(&qualifier) && month_bits != 0 {
            bits |= class::QUALIFIED_MONTH;
        }
    }
    if is_fiscal_year(word) {
        bits |= class::FISCAL_YEAR;
    }
    bits
}

/// "fy", "fy26", "fy2025".
fn is_fiscal_year(word: &str) -> bool {
    word.strip_prefix("fy")
        .is_some_and(|digits| matches!(digits.len(), 0 | 2 | 4) && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// [`class`] bits by word.
type ClassMap = FastMap<&'static str, u32>;

/// The bits of [`own_class`] of every word that has some, and of
/// [`bare_class`] of every word that has some: a report's words are looked
/// up once each, which beats comparing each with every list.
static CLASSES: LazyLock<(ClassMap, ClassMap)> = LazyLock::new(|| {
    let own_lists: [&[&'static str]; 11] = [
        RELATIVE,
        MAY_CUES,
        YEAR_CUES,
        CLOCK_WORDS,
        SEASONS,
        QUALIFIERS,
        HOLIDAY_OPENERS,
        RANGE_LINKS,
        ORDINAL_DAY_CUES,
        &["may", "of", "the", "o'clock"],
        PERIODS,
    ];
    let calendar = lexicon::calendar_words().map(|(word, _)| word);
    let own_words = own_lists.iter().flat_map(|list| list.iter().copied()).chain(calendar);
    let own = own_words.map(|w| (w, own_class(w))).collect();
    let bare_lists = [DAYS, PERIODS, PARTS_OF_DAY];
    let weekdays = lexicon::calendar_words().filter(|(_, kind)| *kind == Calendar::Weekday).map(|(word, _)| word);
    let bare_words = bare_lists.iter().flat_map(|list| list.iter().copied()).chain(weekdays);
    let bare = bare_words.map(|w| (w, bare_class(w))).collect();
    (own, bare)
});

/// The [`class`] bits a folded word has as it is.
fn own_class(word: &str) -> u32 {
    let calendar = lexicon::calendar_word(word);
    let bits = [
        (matches!(calendar, Some(Calendar::Month | Calendar::MonthAbbreviation)), class::MONTH),
        (calendar == Some(Calendar::MonthAbbreviation), class::ABBREVIATED_MONTH),
        (calendar == Some(Calendar::Weekday), class::WEEKDAY),
        (calendar == Some(Calendar::Meridiem), class::MERIDIEM),
        (calendar == Some(Calendar::Zone), class::ZONE),
        (RELATIVE.contains(&word), class::RELATIVE),
        (MAY_CUES.contains(&word), class::MAY_CUE),
        (YEAR_CUES.contains(&word), class::YEAR_CUE),
        (YEAR_LINKS.contains(&word), class::YEAR_LINK),
        (RANGE_LINKS.contains(&word), class::RANGE_LINK),
        (ORDINAL_DAY_CUES.contains(&word), class::ORDINAL_DAY_CUE),
        (CLOCK_WORDS.contains(&word), class::CLOCK_WORD),
        (SEASONS.contains(&word), class::SEASON),
        (QUALIFIERS.contains(&word), class::QUALIFIER),
        (HOLIDAY_OPENERS.contains(&word), class::HOLIDAY_OPENER),
        (word == "may", class::MAY),
        (word == "of", class::OF),
        (word == "the", class::THE),
        (word == "year", class::YEAR),
        (word == "month", class::MONTH_WORD),
        (word == "o'clock", class::OCLOCK),
    ];
    bits.into_iter().filter(|(on, _)| *on).fold(0, |all, (_, bit)| all | bit)
}

/// The [`class`] bits a folded word without a possessive "'s" gives it.
fn bare_class(bare: &str) -> u32 {
    let weekday = lexicon::calendar_word(bare) == Some(Calendar::Weekday);
    let bits = [
        (DAYS.contains(&bare), class::DAY),
        (PERIODS.contains(&bare), class::PERIOD),
        (PARTS_OF_DAY.contains(&bare), class::PART_OF_DAY),
        (weekday, class::WEEKDAY),
    ];
    bits.into_iter().filter(|(on, _)| *on).fold(0, |all, (_, bit)| all | bit)
}

/// The tokens of one sentence and their folded forms, read by index.
struct Words<'a> {
    text: &'a str,
    tokens: &'a [Token],
    folded: &'a Folded,
    classes: &'a DateWords,
    /// The sentence's first token.
    start: usize,
    /// One past the sentence's last token.
    end: usize,
}

impl Words<'_> {
    /// Token `j`, if the sentence has it.
    fn at(&self, j: usize) -> Option<usize> {
        (self.start <= j && j < self.end && j < self.tokens.len()).then_some(j)
    }

    /// The token before token `j`, if the sentence has it.
    fn before(&self, j: usize) -> Option<usize> {
        j.checked_sub(1).and_then(|b| self.at(b))
    }

    fn text_of(&self, j: usize) -> &str {
        self.tokens[j].text(self.text)
    }

    /// The [`class`] bits of token `j`'s word.
    fn class(&self, j: usize) -> u32 {
        let class = self.folded.word_of(j).and_then(|id| self.classes.0.get(id));
        class.copied().unwrap_or(0)
    }

    /// Whether `token` has [`class`] `bit`, whatever its shape.
    fn has(&self, token: Option<usize>, bit: u32) -> bool {
        token.is_some_and(|j| self.class(j) & bit != 0)
    }

    /// Whether `token` is a word of [`class`] `bit`.
    fn word_in(&self, token: Option<usize>, bit: u32) -> bool {
        token.is_some_and(|j| self.tokens[j].is_word() && self.class(j) & bit != 0)
    }

    /// Whether `token` is the punctuation `s`.
    fn is_punct(&self, token: Option<usize>, s: &str) -> bool {
        token.is_some_and(|j| self.tokens[j].shape == Shape::Punct && self.text_of(j) == s)
    }

    /// A capitalised month: "March", "Sept".
    fn is_month(&self, j: usize) -> bool {
        self.tokens[j].shape == Shape::Capitalized && self.class(j) & class::MONTH != 0
    }

    /// A capitalised weekday, or one in capitals ("WEDNESDAY").
    fn is_weekday(&self, j: usize) -> bool {
        matches!(self.tokens[j].shape, Shape::Capitalized | Shape::AllCaps) && self.class(j) & class::WEEKDAY != 0
    }

    /// The value of a day of the month: 1 to 31, plain or ordinal.
    fn day_value(&self, token: Option<usize>) -> Option<u32> {
        let j = token?;
        if !matches!(self.tokens[j].shape, Shape::Number | Shape::Ordinal) {
            return None;
        }
        let digits = self.text_of(j).trim_end_matches(|c: char| c.is_ascii_alphabetic());
        digits.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
    }

    /// A day of the month: 1 to 31, plain or ordinal.
    fn is_day(&self, token: Option<usize>) -> bool {
        self.day_value(token).is_some()
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

    /// A year written short, at token `j`: an apostrophe and two digits
    /// glued to it ("Dec 19 ’23", "summer '23"), not followed by what a
    /// number counts ("'23 people" opens a quote).
    fn is_short_year(&self, j: usize) -> bool {
        let Some(digits) = self.at(j + 1) else { return false };
        matches!(self.text_of(j), "’" | "'")
            && self.tokens[digits].shape == Shape::Number
            && !self.tokens[digits].space_before
            && self.text_of(digits).len() == 2
            && !self.is_content_word(self.at(j + 2))
    }

    /// A lower-case word that is not a function word: what a number before
    /// it counts ("7 people"), so the number is no day or year.
    fn is_content_word(&self, token: Option<usize>) -> bool {
        token.is_some_and(|j| self.tokens[j].shape == Shape::Lower && !lexicon::is_stopword(self.folded.get(j)))
    }

    /// Whether a date expression may start at token `j`: a number, or a
    /// word that is a month, a weekday, a day, a period, a season, a time
    /// of day or a fiscal year (see [`Words::match_at`]). Most tokens are
    /// none, and this tells them apart in a look-up where matching took a
    /// tenth of finding names.
    fn may_open(&self, j: usize) -> bool {
        const OPENERS: u32 = class::MONTH
            | class::WEEKDAY
            | class::DAY
            | class::PERIOD
            | class::CLOCK_WORD
            | class::SEASON
            | class::QUALIFIED_MONTH
            | class::FISCAL_YEAR;
        match self.tokens[j].shape {
            Shape::Number | Shape::Ordinal => true,
            // "’" is three bytes; most punctuation is one.
            Shape::Punct => self.tokens[j].span().len() == 3 && self.text_of(j) == "’",
            _ => self.class(j) & OPENERS != 0,
        }
    }

    /// Length in tokens of the date expression starting at token `i`, or 0.
    fn match_at(&self, i: usize) -> usize {
        let token = &self.tokens[i];
        let class = self.class(i);
        if self.is_month(i) || (token.shape == Shape::Lower && class & class::QUALIFIED_MONTH != 0) {
            return self.month_at(i);
        }
        if self.is_day(Some(i)) {
            let n = self.day_first_at(i);
            if n > 0 {
                return n;
            }
        }
        if self.is_weekday(i) {
            return self.weekday_at(i);
        }
        if !token.is_word() {
            // "the class of ’23": a closing quote mark opens no quote, so
            // before two digits it stands for a century.
            if self.text_of(i) == "’" && self.is_short_year(i) {
                return 2;
            }
            return if token.shape == Shape::Number { self.numeric_at(i) } else { 0 };
        }
        // "today", "yesterday evening", "next year's budget".
        if class & class::DAY != 0 {
            return 1 + self.part_of_day_after(i + 1);
        }
        let before = self.before(i);
        if class & class::PERIOD != 0 && self.word_in(before, class::RELATIVE) {
            // "over the next week", "in the past month": a duration.
            let duration = before.is_some_and(|b| self.word_in(self.before(b), class::THE));
            return if duration { 0 } else { 1 };
        }
        if class & class::CLOCK_WORD != 0 {
            return 1;
        }
        if class & class::SEASON != 0 {
            return self.season_at(i);
        }
        if class & class::FISCAL_YEAR != 0 && token.shape == Shape::AllCaps {
            return self.fiscal_year_at(i);
        }
        0
    }

    /// "March 3, 2024", "Jan. 5", "February 5 to 7", "May 2020",
    /// "September last year", "mid-December": a month and what follows it.
    fn month_at(&self, i: usize) -> usize {
        let class = self.class(i);
        let before = self.before(i);
        let dated_may = self.is_day(self.at(i + 1)) || self.is_year(self.at(i + 1));
        if class & class::MAY != 0 && !self.word_in(before, class::MAY_CUE) && !dated_may {
            return 0;
        }
        // Abbreviated months may carry a period: "Jan. 5".
        let mut n = 1;
        let glued_period = self.at(i + 1).is_some_and(|t| self.text_of(t) == "." && !self.tokens[t].space_before);
        if glued_period && class & class::ABBREVIATED_MONTH != 0 {
            n += 1;
        }
        let dated = if self.is_day(self.at(i + n)) {
            n += 1 + self.day_range_after(i + n);
            n += self.year_after(i + n);
            true
        } else {
            let year = self.year_after(i + n);
            n += year;
            year > 0
        };
        // "Mar" of "Viña del Mar": a short month alone is no date.
        if !dated && class & class::ABBREVIATED_MONTH != 0 {
            return 0;
        }
        // "April Robledo": a month alone before a name, with no preposition
        // before it, is a given name.
        let next = self.at(i + n);
        let before_name = next.is_some_and(|t| self.tokens[t].shape == Shape::Capitalized && self.class(t) == 0);
        if !dated && before_name && !self.word_in(before, class::MAY_CUE) {
            return 0;
        }
        n + self.relative_year_after(i + n)
    }

    /// "3 March 2024", "21st of April", "10th Jul, 2022", "5-7 June", "the
    /// 24th of last month", "on the 7th": a day, then its month.
    fn day_first_at(&self, i: usize) -> usize {
        let range = self.day_range_after(i);
        let mut n = 1 + range;
        if self.word_in(self.at(i + n), class::OF) && self.at(i + n + 1).is_some_and(|t| self.is_month(t)) {
            n += 1;
        }
        if self.at(i + n).is_some_and(|t| self.is_month(t)) {
            n += 1;
            n += self.year_after(i + n);
            return n + self.relative_year_after(i + n);
        }
        if range > 0 || self.tokens[i].shape != Shape::Ordinal {
            return 0;
        }
        // "the 24th of last month".
        let of = self.at(i + 1);
        if self.word_in(of, class::OF)
            && self.word_in(self.at(i + 2), class::RELATIVE)
            && self.word_in(self.at(i + 3), class::MONTH_WORD)
        {
            return 4;
        }
        // "on the 7th", but not "on the 7th floor".
        let the = self.before(i);
        let cued =
            self.word_in(the, class::THE) && self.word_in(the.and_then(|t| self.before(t)), class::ORDINAL_DAY_CUE);
        if cued && !self.is_content_word(self.at(i + 1)) {
            return 1;
        }
        0
    }

    /// "Monday", "Friday night", "Friday, March 3", "Tuesday July 16, 2019",
    /// "Thursday, 12 January".
    fn weekday_at(&self, i: usize) -> usize {
        // "Black Friday", "Good Friday": a holiday.
        let before = self.before(i);
        if before.is_some_and(|b| self.tokens[b].is_capitalized()) && self.word_in(before, class::HOLIDAY_OPENER) {
            return 0;
        }
        let part = self.part_of_day_after(i + 1);
        if part > 0 {
            return 1 + part;
        }
        let comma = usize::from(self.is_punct(self.at(i + 1), ","));
        let Some(date) = self.at(i + 1 + comma) else {
            return 1;
        };
        let rest = if self.is_month(date) {
            self.month_at(date)
        } else if self.is_day(Some(date)) {
            self.day_first_at(date)
        } else {
            0
        };
        1 + if rest > 0 { comma + rest } else { 0 }
    }

    /// "fall of 2022", "summer 2021": a season with its year.
    fn season_at(&self, i: usize) -> usize {
        let of = usize::from(self.word_in(self.at(i + 1), class::OF));
        if self.is_year(self.at(i + 1 + of)) {
            2 + of
        } else if self.is_short_year(i + 1 + of) {
            3 + of
        } else {
            0
        }
    }

    /// "morning" of "Monday morning": 1 if token `j` is a part of the day.
    fn part_of_day_after(&self, j: usize) -> usize {
        usize::from(self.word_in(self.at(j), class::PART_OF_DAY) && self.tokens[j].shape == Shape::Lower)
    }

    /// ", 2024" or " 2024" after a month or a day: the tokens of the year.
    /// "On 5 March, 2000 workers marched" counts workers.
    fn year_after(&self, j: usize) -> usize {
        if self.is_year(self.at(j)) {
            1
        } else if self.is_short_year(j) {
            2
        } else if self.is_punct(self.at(j), ",")
            && self.is_year(self.at(j + 1))
            && !self.is_content_word(self.at(j + 2))
        {
            2
        } else {
            0
        }
    }

    /// " and 7", " to 7", "-7" after the day `d` of a month: the tokens
    /// that carry it to a later day of the same month, or 0. "On May 5 and
    /// 7 people…" counts people.
    fn day_range_after(&self, d: usize) -> usize {
        let link = self.at(d + 1);
        let linked = self.has(link, class::RANGE_LINK) && link.is_some_and(|l| !self.tokens[l].is_capitalized());
        let (Some(first), Some(last)) = (self.day_value(Some(d)), self.day_value(self.at(d + 2))) else {
            return 0;
        };
        if linked && last > first && !self.is_content_word(self.at(d + 3)) { 2 } else { 0 }
    }

    /// "last year", "of next year", "this year" after a month or day: the
    /// tokens of the year it falls in ("September last year"), or 0.
    fn relative_year_after(&self, j: usize) -> usize {
        let of = usize::from(self.word_in(self.at(j), class::OF));
        let relative = self.at(j + of);
        if self.word_in(relative, class::RELATIVE) && self.word_in(self.at(j + of + 1), class::YEAR) {
            2 + of
        } else {
            0
        }
    }

    /// Where the date expression matched at `i` starts: at a relative word
    /// ("last Friday", "this weekend") or a qualifier of a month, year or
    /// season ("late 2020", "early March", "mid-2021") before it.
    fn opening(&self, i: usize) -> usize {
        let before = self.before(i);
        if self.word_in(before, class::RELATIVE) {
            return i - 1;
        }
        let qualifiable = self.is_month(i) || self.has(Some(i), class::SEASON) || self.tokens[i].shape == Shape::Number;
        if !qualifiable {
            return i;
        }
        if self.word_in(before, class::QUALIFIER) {
            return i - 1;
        }
        // "mid-2021": the qualifier glued to the year by a hyphen.
        let hyphen = before.filter(|&b| self.text_of(b) == "-" && !self.tokens[i].space_before);
        let qualifier = hyphen.and_then(|h| self.before(h)).filter(|&q| !self.tokens[q + 1].space_before);
        if self.word_in(qualifier, class::QUALIFIER) {
            return i - 2;
        }
        i
    }

    /// "Tuesday (14)", "today (11th)": the token of a day of the month in
    /// brackets right after the date `start..end` that opens with a
    /// weekday or a day word.
    fn bracketed_day(&self, start: usize, end: usize) -> Option<usize> {
        let day_like = self.is_weekday(start) || self.word_in(Some(start), class::DAY);
        let day = end + 1;
        let bracketed = self.is_punct(self.at(end), "(") && self.is_punct(self.at(end + 2), ")");
        (day_like && bracketed && self.is_day(self.at(day))).then_some(day)
    }
}

/// Every date expression in `tokens[range]`, as token ranges, in order;
/// `folded` holds the folded forms of `tokens`, `classes` what their words
/// can be in a date.
// Kept out of the finder of names: inlined into it, it made the compiler
// lay the finder out worse (callgrind on the throughput bench: 1.4% more
// instructions in all).
#[inline(never)]
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    folded: &Folded,
    classes: &DateWords,
    range: Range<usize>,
) -> Vec<Range<usize>> {
    let words = Words { text, tokens, folded, classes, start: range.start, end: range.end.min(tokens.len()) };
    let mut found = Vec::new();
    let mut i = words.start;
    while i < words.end {
        if !words.may_open(i) {
            i += 1;
            continue;
        }
        let len = words.match_at(i);
        if len == 0 {
            i += 1;
            continue;
        }
        // A previous match may have ended on the relative word or qualifier.
        let start = found.last().map_or(words.opening(i), |last: &Range<usize>| words.opening(i).max(last.end));
        let end = i + len;
        found.push(start..end);
        match words.bracketed_day(i, end) {
            Some(day) => {
                found.push(day..day + 1);
                i = day + 2;
            }
            None => i = end,
        }
    }
    found
}
