//! Calendar and page-metadata words: months, weekdays, parts of the day,
//! time zones, and the labels of metadata lines ("Published", "Updated").

use std::sync::LazyLock;

use parallax_model::text::fold;

use super::*;
use crate::hash::FastMap;

/// What a calendar word is (see `calendar.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Calendar {
    /// "march", "december".
    Month,
    /// "jan", "sept": a month written short, which may carry a period.
    MonthAbbreviation,
    /// "monday".
    Weekday,
    /// "mon", "sat": a weekday written short, a date only in a stamp.
    WeekdayAbbreviation,
    /// The suffix of a clock time: "a.m.", "pm".
    Meridiem,
    /// A time zone after a clock time: "gmt", "aedt".
    Zone,
}

impl Calendar {
    fn parse(kind: &str) -> Option<Calendar> {
        Some(match kind {
            "month" => Calendar::Month,
            "month-abbreviation" => Calendar::MonthAbbreviation,
            "weekday" => Calendar::Weekday,
            "weekday-abbreviation" => Calendar::WeekdayAbbreviation,
            "meridiem" => Calendar::Meridiem,
            "zone" => Calendar::Zone,
            _ => return None,
        })
    }
}

/// The calendar words with what each is, in the order of `calendar.txt`;
/// a line with an unknown kind is skipped (the tests check there is none).
pub(super) static CALENDAR: LazyLock<Vec<(String, Calendar)>> = LazyLock::new(|| {
    entries(include_str!("calendar.txt"))
        .filter_map(|line| line.split_once('\t'))
        .filter_map(|(word, kind)| Some((fold(word.trim()), Calendar::parse(kind.trim())?)))
        .collect()
});

pub(super) static CALENDAR_BY_WORD: LazyLock<FastMap<&'static str, Calendar>> =
    LazyLock::new(|| CALENDAR.iter().map(|(word, kind)| (word.as_str(), *kind)).collect());

/// Every calendar word, folded, with what it is.
pub(crate) fn calendar_words() -> impl Iterator<Item = (&'static str, Calendar)> {
    CALENDAR.iter().map(|(word, kind)| (word.as_str(), *kind))
}

/// What the folded word `folded` is in the calendar, if anything.
pub(crate) fn calendar_word(folded: &str) -> Option<Calendar> {
    CALENDAR_BY_WORD.get(folded).copied()
}

/// The folded form of `word` (see [`fold`]), written into `buffer`
/// without allocating, if `word` is ASCII and fits: every entry of the
/// calendar, metadata and credit lists is.
pub(crate) fn ascii_folded<'b>(word: &str, buffer: &'b mut [u8; 16]) -> Option<&'b str> {
    let slot = buffer.get_mut(..word.len()).filter(|_| word.is_ascii())?;
    slot.copy_from_slice(word.as_bytes());
    slot.make_ascii_lowercase();
    std::str::from_utf8(slot).ok()
}

/// What a word of a metadata line is (see `metadata_words.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Metadata {
    /// A word that names the date after it: "published", "updated".
    Label,
    /// A word that may stand beside a label: "last", "ago", "hours".
    Filler,
}

pub(super) static METADATA_WORDS: LazyLock<FastMap<String, Metadata>> = LazyLock::new(|| {
    let kind = |kind: &str| match kind {
        "label" => Some(Metadata::Label),
        "filler" => Some(Metadata::Filler),
        _ => None,
    };
    folded_map(include_str!("metadata_words.txt")).into_iter().filter_map(|(w, k)| Some((w, kind(k)?))).collect()
});

/// What the folded word `folded` is in a metadata line, if anything.
pub(crate) fn metadata_word(folded: &str) -> Option<Metadata> {
    METADATA_WORDS.get(folded).copied()
}

/// Every label of a metadata line ("published", "updated"), folded.
pub(crate) fn metadata_labels() -> impl Iterator<Item = &'static str> {
    METADATA_WORDS.iter().filter(|(_, kind)| **kind == Metadata::Label).map(|(word, _)| word.as_str())
}
