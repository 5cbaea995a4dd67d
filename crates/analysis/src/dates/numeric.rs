//! The numeric forms of dates: clock times ("10:30 a.m.", "7.45 pm",
//! "1845 GMT", "5 o'clock"), numeric dates ("2024-03-05"), years, decades,
//! and fiscal years and spans of years ("2025-26", "2023/24", "FY26").
//!
//! A clock-like duration ("2:00:35", a race time) is no clock time, and a
//! year that stands in a name ("Finance Bill 2024", "Act of 1981") or a
//! number that counts something ("2048 sheds") is no year.

use super::{Words, class};
use crate::lexicon;
use crate::text::Shape;

/// Separators of the two years of a span ("2025-26", "2023/24").
const YEAR_SPAN_SEPARATORS: &[&str] = &["-", "/", "–"];

impl Words<'_> {
    /// Token `j` if the sentence has it and no space comes before it.
    fn glued(&self, j: usize) -> Option<usize> {
        self.at(j).filter(|&t| !self.tokens[t].space_before)
    }

    fn glued_text(&self, j: usize, s: &str) -> bool {
        self.glued(j).is_some_and(|t| self.text_of(t) == s)
    }

    fn glued_number(&self, j: usize) -> bool {
        self.glued(j).is_some_and(|t| self.tokens[t].shape == Shape::Number)
    }

    /// Whether token `i` ends a run of numbers glued by separators that
    /// began before it ("26" of "2025-26", "35" of "2:00:35"): the run was
    /// matched, or refused, from its first number.
    fn continues_numbers(&self, i: usize) -> bool {
        let Some(separator) = self.before(i).filter(|_| !self.tokens[i].space_before) else {
            return false;
        };
        let number = self.before(separator).filter(|_| !self.tokens[separator].space_before);
        self.tokens[separator].shape == Shape::Punct && number.is_some_and(|n| self.tokens[n].shape == Shape::Number)
    }

    /// Whether a currency sign is glued before the number at `i`: "£1898"
    /// is an amount, never a year.
    fn after_currency_sign(&self, i: usize) -> bool {
        let sign = |b: usize| self.tokens[b].shape == Shape::Punct && lexicon::currency_symbol(self.text_of(b)).is_some();
        !self.tokens[i].space_before && self.before(i).is_some_and(sign)
    }

    /// Years, decades, clock times and numeric dates starting at token `i`,
    /// a number.
    pub(super) fn numeric_at(&self, i: usize) -> usize {
        if self.continues_numbers(i) || self.after_currency_sign(i) {
            return 0;
        }
        let clock = self.clock_at(i);
        if clock > 0 {
            return clock + self.zone_after(i + clock);
        }
        // Numeric dates: "2024-03-05", "05/03/2024", "28.12.2022".
        if is_dotted_date(self.text_of(i)) {
            return 1;
        }
        for sep in ["-", "/"] {
            if self.glued_text(i + 1, sep)
                && self.glued_number(i + 2)
                && self.glued_text(i + 3, sep)
                && self.glued_number(i + 4)
                && (self.is_year(Some(i)) || self.is_year(self.at(i + 4)))
            {
                return 5;
            }
        }
        self.year_at(i)
    }

    /// "10:30", "10:30 a.m.", "7.45 pm", "3 p.m.", "4am", "5 o'clock", and
    /// "1845" before a time zone: the tokens of a clock time at `i`, or 0.
    fn clock_at(&self, i: usize) -> usize {
        let text = self.text_of(i);
        if self.glued_text(i + 1, ":") && self.glued_number(i + 2) {
            // "2:00:35" is a duration.
            if self.glued_text(i + 3, ":") {
                return 0;
            }
            let minutes = self.text_of(i + 2);
            let valid = text.parse::<u32>().is_ok_and(|h| h <= 24)
                && minutes.len() == 2
                && minutes.parse::<u32>().is_ok_and(|m| m < 60);
            return if valid { 3 + self.meridiem_after(i + 3) } else { 0 };
        }
        let twelve_hours = |h: &str| h.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h));
        let (hour, minutes) = text.split_once('.').unwrap_or((text, "00"));
        let minutes_valid = minutes.len() == 2 && minutes.parse::<u32>().is_ok_and(|m| m < 60);
        if twelve_hours(hour) && minutes_valid && self.meridiem_after(i + 1) > 0 {
            return 2;
        }
        if twelve_hours(text) && self.word_in(self.at(i + 1), class::OCLOCK) {
            return 2;
        }
        // "1845 GMT": a time of the 24-hour clock, which its zone tells from a count.
        let (hh, mm) =
            (text.get(..2).and_then(|h| h.parse::<u32>().ok()), text.get(2..).and_then(|m| m.parse::<u32>().ok()));
        let military = text.len() == 4 && hh.is_some_and(|h| h < 24) && mm.is_some_and(|m| m < 60);
        if military && self.zone_after(i + 1) > 0 {
            return 1;
        }
        0
    }

    /// 1 if token `j` is the suffix of a clock time ("a.m.", "PM").
    fn meridiem_after(&self, j: usize) -> usize {
        usize::from(self.word_in(self.at(j), class::MERIDIEM))
    }

    /// 1 if token `j` is a time zone in capitals ("GMT", "ET").
    pub(super) fn zone_after(&self, j: usize) -> usize {
        usize::from(
            self.at(j).is_some_and(|t| self.tokens[t].shape == Shape::AllCaps) && self.has(self.at(j), class::ZONE),
        )
    }

    /// "2021" (with a cue, or counting nothing), "the 1990s", "2025-26":
    /// the tokens of a year at `i`, or 0.
    fn year_at(&self, i: usize) -> usize {
        if !self.is_year(Some(i)) {
            return 0;
        }
        // "the 1990s".
        if self.glued_text(i + 1, "s") {
            return 2;
        }
        if self.in_name(i) {
            return 0;
        }
        let n = 1 + self.year_span_after(i);
        let before = self.before(i);
        let strong_cue = self.word_in(before, class::YEAR_CUE) && !self.word_in(before, class::YEAR_LINK);
        // "between 2019 and 2021", but "873 homes and 2048 sheds".
        let linked = self.word_in(before, class::YEAR_LINK)
            && before.and_then(|b| self.before(b)).is_some_and(|y| self.ends_year(y));
        let cued = strong_cue || linked || before.is_some_and(|b| self.is_month(b));
        // "2048 sheds", "1540 illegal miners": a plural after it, or after
        // one word that qualifies it.
        let lower = |k: usize| self.at(k).filter(|&t| self.tokens[t].shape == Shape::Lower);
        // Not "2013 was a year of progress": a word like "was" is no plural.
        let plural = |k: usize| {
            lower(k).is_some_and(|t| {
                let word = self.text_of(t);
                word.ends_with('s') && !word.ends_with("ss") && !lexicon::is_stopword(word)
            })
        };
        // Not "the 2012 ruling stands".
        let the = || before.is_some_and(|b| ["the", "its", "their", "his", "her"].iter().any(|w| self.text_of(b).eq_ignore_ascii_case(w)));
        let qualifier = lower(i + n).is_some_and(|t| !self.text_of(t).ends_with("ing"));
        let counts_something = plural(i + n) || (qualifier && plural(i + n + 1) && !the());
        if cued || !counts_something { n } else { 0 }
    }

    /// Whether token `j` ends a year: "2019", or the "s" of "1990s".
    fn ends_year(&self, j: usize) -> bool {
        self.is_year(Some(j)) || (self.text_of(j) == "s" && self.is_year(self.before(j)))
    }

    /// "-26" of "2025-26", "/24" of "2023/24", "-2026" of "2025-2026":
    /// the tokens that carry the year at `i` to a later one, or 0.
    fn year_span_after(&self, i: usize) -> usize {
        let separated = YEAR_SPAN_SEPARATORS.iter().any(|sep| self.glued_text(i + 1, sep));
        if !separated || !self.glued_number(i + 2) {
            return 0;
        }
        let (first, last) = (self.text_of(i), self.text_of(i + 2));
        let (Ok(first), Ok(last_value)) = (first.parse::<u32>(), last.parse::<u32>()) else {
            return 0;
        };
        let later = match last.len() {
            2 => (1..=10).any(|k| (first + k) % 100 == last_value),
            4 => last_value > first && last_value <= first + 100,
            _ => false,
        };
        if later { 2 } else { 0 }
    }

    /// "Finance Bill 2024", "Act of 1981", "Vision 2030": whether the year
    /// at `i` follows a capitalised word that is no calendar word or cue,
    /// so that it is part of a name. A year before the noun it dates ("the
    /// U.S. 2024 election") is a date; one after a code ("Q3 2024") too.
    fn in_name(&self, i: usize) -> bool {
        if self.is_content_word(self.at(i + 1 + self.year_span_after(i))) {
            return false;
        }
        let before = self.before(i);
        let head = if self.word_in(before, class::OF) { before.and_then(|of| self.before(of)) } else { before };
        const CALENDAR: u32 = class::MONTH
            | class::WEEKDAY
            | class::SEASON
            | class::YEAR_CUE
            | class::QUALIFIER
            | class::RELATIVE
            | class::DAY
            | class::FISCAL_YEAR
            | class::PERIOD;
        head.is_some_and(|h| {
            matches!(self.tokens[h].shape, Shape::Capitalized | Shape::AllCaps)
                && !self.text_of(h).bytes().any(|b| b.is_ascii_digit())
                && self.class(h) & CALENDAR == 0
                && !lexicon::is_stopword(self.folded.get(h))
        })
    }

    /// "FY26", "FY2025", "FY 2025", "FY25-26": the tokens of a fiscal year
    /// opening with the word at `i`, or 0.
    pub(super) fn fiscal_year_at(&self, i: usize) -> usize {
        if self.text_of(i).len() > 2 {
            // The year is glued to "FY"; "FY25-26" spans two.
            let separated = YEAR_SPAN_SEPARATORS.iter().any(|sep| self.glued_text(i + 1, sep));
            return if separated && self.glued_number(i + 2) { 3 } else { 1 };
        }
        let year = self.at(i + 1).filter(|&t| self.tokens[t].shape == Shape::Number);
        match year.map(|t| self.text_of(t).len()) {
            Some(2) => 2,
            Some(4) => 2 + self.year_span_after(i + 1),
            _ => 0,
        }
    }
}

/// "28.12.2022", "5.3.2024", "28.12.22": a day, a month and a year written
/// as one number with two dots. A version number ("1.2.3") is none: with a
/// year of two digits, the day and the month have two digits too.
fn is_dotted_date(number: &str) -> bool {
    // Asked of every number: most have no two dots.
    if number.bytes().filter(|&b| b == b'.').count() != 2 {
        return false;
    }
    let mut parts = number.split('.');
    let (Some(day), Some(month), Some(year), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let in_range = |part: &str, range: std::ops::RangeInclusive<u32>| {
        part.len() <= 2 && part.parse::<u32>().is_ok_and(|v| range.contains(&v))
    };
    let year_ok = match year.len() {
        4 => year.parse::<u32>().is_ok_and(|y| (1500..=2199).contains(&y)),
        2 => day.len() == 2 && month.len() == 2,
        _ => false,
    };
    in_range(day, 1..=31) && in_range(month, 1..=12) && year_ok
}
