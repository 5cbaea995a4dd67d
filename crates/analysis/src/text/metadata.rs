//! Metadata stamps: the dates and times a news page prints about itself
//! ("PUBLISHED : Tuesday, 21 August, 2018, 3:59pm", "Last updated 3 hours
//! ago", "date 2023-05-05", "October 8, 2023, 10:01PM" alone on a line).
//! They are site text, not report text: a date in them is no date the
//! report gives.
//!
//! A stamp is made of a date or time, the words that label it
//! ("published", "updated", "date") and a few fillers ("last", "ago",
//! "hours"), all from the lexicon (`calendar.txt`, `metadata_words.txt`).
//! It fills a line, or opens one ("date 2024-11-05 SEATTLE (AP) — …"), or
//! ends one after a label in capitals ("… New York Published 28.12.22,
//! 12:40 AM"). A line with any other word is report text: a headline or a
//! sentence that mentions a date, a byline ("By Ana Ruiz on October 7,
//! 2025.").
//!
//! Only short lines, and the first and last words of longer ones, are
//! cut into tokens here, so this stays a small part of the analysis.

use std::sync::LazyLock;

use parallax_model::Span;

use super::{Shape, Token, tokenize};
use crate::lexicon::{self, Calendar, Metadata};

/// The longest line, in bytes, that may be a stamp as a whole.
const MAX_LINE: usize = 100;

/// How many bytes at either end of a longer line a stamp may take.
const MAX_STAMP: usize = 80;

/// What a token of a line is to a stamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Piece {
    /// A number, or a calendar word ("March", "pm", "GMT").
    Date,
    /// A month or weekday name: a stamp without a label needs one, a
    /// clock time or a numeric date.
    Named,
    Label,
    Filler,
    Separator,
    /// Any other word or symbol: report text.
    Other,
}

/// The part of the trimmed `line` of `text` that is a metadata stamp: the
/// whole line, its start or its end; `None` if it has none.
pub(super) fn stamp_in(text: &str, line: Span) -> Option<Span> {
    let slice = line.slice(text);
    // Every stamp holds a number or a label, and most lines of a report
    // are long, or hold neither, or open with report text.
    let labelled = opens_with_label(slice);
    if slice.len() <= MAX_LINE && (labelled || slice.bytes().any(|b| b.is_ascii_digit())) {
        let tokens = tokens_of(text, line);
        if is_whole_stamp(text, &tokens) {
            return Some(line);
        }
        let opening = if labelled { opening_stamp(text, &tokens) } else { None };
        return opening.or_else(|| closing_stamp(text, &tokens));
    }
    if labelled {
        let head = Span::new(line.start, line.start + slice.floor_char_boundary(MAX_STAMP));
        if let Some(stamp) = opening_stamp(text, &tokens_of(text, head)) {
            return Some(stamp);
        }
    }
    if slice.len() > MAX_LINE && may_close_with_stamp(slice) {
        // Start the tail at a space, so that no word is cut in two.
        let from = slice.ceil_char_boundary(slice.len() - MAX_STAMP);
        let from = slice[from..].find(' ').map_or(slice.len(), |at| from + at);
        return closing_stamp(text, &tokens_of(text, Span::new(line.start + from, line.end)));
    }
    None
}

/// Whether the trimmed `line` of `text` is the title of a dated link, a
/// title then a dash or bar and a date alone ("Five tips for runners -
/// November 6, 2020"), as the lists of other stories on a news page are
/// written. One such line may be a report's own headline; a run of them is
/// a list (see `boilerplate::split_boilerplate`).
pub(super) fn is_dated_title(text: &str, line: Span) -> bool {
    let slice = line.slice(text);
    if slice.len() > 2 * MAX_LINE || !slice.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let separators = [" - ", " – ", " — ", " | "];
    let Some((at, len)) = separators.iter().filter_map(|sep| Some((slice.rfind(sep)?, sep.len()))).max() else {
        return false;
    };
    let date = super::trim(text, Span::new(line.start + at + len, line.end));
    at > 0 && date.is_some_and(|date| date.len() <= MAX_STAMP && is_whole_stamp(text, &tokens_of(text, date)))
}

fn tokens_of(text: &str, span: Span) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize(text, span, &mut tokens);
    tokens
}

/// What `token` is to a stamp.
fn piece(text: &str, token: &Token) -> Piece {
    match token.shape {
        Shape::Number | Shape::Ordinal => return Piece::Date,
        Shape::Punct => return Piece::Separator,
        _ => {}
    }
    // Every calendar and metadata word is short and ASCII.
    let mut buffer = [0; 16];
    let Some(word) = lexicon::ascii_folded(token.text(text), &mut buffer) else {
        return Piece::Other;
    };
    match lexicon::calendar_word(word) {
        Some(Calendar::Month | Calendar::MonthAbbreviation | Calendar::Weekday | Calendar::WeekdayAbbreviation) => {
            return Piece::Named;
        }
        Some(Calendar::Meridiem) => return Piece::Date,
        // "WEST" is a time zone; "west" a word.
        Some(Calendar::Zone) if token.shape == Shape::AllCaps => return Piece::Date,
        _ => {}
    }
    match lexicon::metadata_word(word) {
        Some(Metadata::Label) => Piece::Label,
        Some(Metadata::Filler) => Piece::Filler,
        None => Piece::Other,
    }
}

/// Whether `tokens` (a whole line) are a stamp: a label with a date, time
/// or fillers ("Updated:", "Published 3 hours ago"), or a date or time
/// alone ("October 7th, 2025", "16 January 2020 - 15:23", "0:00").
fn is_whole_stamp(text: &str, tokens: &[Token]) -> bool {
    let mut pieces = Vec::with_capacity(tokens.len());
    for token in tokens {
        match piece(text, token) {
            Piece::Other => return false,
            piece => pieces.push(piece),
        }
    }
    if pieces.contains(&Piece::Label) {
        return true;
    }
    // Without a label, only a date or time: no filler but "on" and "at"
    // ("October 8, 2023 at 10:01PM"), a number, and a month or weekday, a
    // clock time or a numeric date, so that a row of counts ("2019:
    // 1,200") or a weekday alone is no stamp.
    // Fillers may also close the date with its age ("April 8, 2015 / 6:14
    // AM / 2 years ago").
    let aged = tokens.last().is_some_and(|t| t.text(text).eq_ignore_ascii_case("ago"));
    let bare_filler = |(token, piece): (&Token, &Piece)| *piece == Piece::Filler && !is_linking_filler(text, token);
    (aged || !tokens.iter().zip(&pieces).any(bare_filler))
        && tokens.iter().any(|t| t.shape == Shape::Number)
        && (pieces.contains(&Piece::Named) || has_clock_or_numeric_date(text, tokens))
        && tokens.iter().all(|t| t.shape != Shape::Number || is_date_number(t.text(text)))
}

/// "on" and "at", which join the parts of a date and time.
fn is_linking_filler(text: &str, token: &Token) -> bool {
    token.text(text).eq_ignore_ascii_case("on") || token.text(text).eq_ignore_ascii_case("at")
}

/// A number a date or time is written with: no thousands separator, and
/// no decimal but the dots of "28.12.22" and of a time ("15.59").
fn is_date_number(number: &str) -> bool {
    let time = number.split_once('.').is_some_and(|(hours, minutes)| {
        hours.parse::<u32>().is_ok_and(|h| h < 24) && minutes.len() == 2 && minutes.parse::<u32>().is_ok_and(|m| m < 60)
    });
    !number.contains(',') && (number.matches('.').count() != 1 || time)
}

/// Whether `tokens` hold a clock time ("15:23") or a numeric date
/// ("2023-05-05", "28.12.22"): numbers glued by separators.
fn has_clock_or_numeric_date(text: &str, tokens: &[Token]) -> bool {
    let glued = |a: &Token, b: &Token, c: &Token| {
        a.shape == Shape::Number
            && matches!(b.text(text), ":" | "-" | "/")
            && c.shape == Shape::Number
            && !b.space_before
            && !c.space_before
    };
    let dotted = tokens.iter().any(|t| t.shape == Shape::Number && t.text(text).matches('.').count() == 2);
    dotted || tokens.windows(3).any(|w| glued(&w[0], &w[1], &w[2]))
}

/// The stamp opening a line: a label, maybe after a filler ("Last
/// updated"), then a date ("date 2024-11-05 SEATTLE (AP) — …"). A date
/// written in numbers ends at its last number; one written in words runs
/// on to the last date word before the report text.
fn opening_stamp(text: &str, tokens: &[Token]) -> Option<Span> {
    let fillers = tokens.iter().take_while(|t| piece(text, t) == Piece::Filler).count();
    tokens.get(fillers).filter(|t| piece(text, t) == Piece::Label)?;
    let mut i = fillers + 1;
    while tokens.get(i).is_some_and(|t| matches!(piece(text, t), Piece::Separator | Piece::Filler)) {
        i += 1;
    }
    let first = tokens.get(i)?;
    let mut last = None;
    if first.shape == Shape::Number {
        // "2024-11-05": the numbers glued to the first.
        last = Some(i);
        while tokens.get(i + 2).is_some_and(|n| n.shape == Shape::Number && !n.space_before)
            && tokens.get(i + 1).is_some_and(|s| s.shape == Shape::Punct && !s.space_before)
        {
            i += 2;
            last = Some(i);
        }
    } else {
        while let Some(t) = tokens.get(i) {
            match piece(text, t) {
                Piece::Date | Piece::Named => last = Some(i),
                Piece::Separator | Piece::Filler => {}
                _ => break,
            }
            i += 1;
        }
    }
    let last = tokens.get(last?)?;
    Some(Span::new(tokens.first()?.span().start, last.span().end))
}

/// The stamp closing a line: a label in capitals, maybe after a filler
/// ("Last Updated"), then dates, times, fillers and separators to the end
/// of the line ("… New York Published 28.12.22, 12:40 AM"). The label may
/// be glued to the byline before it ("Jane RoePublished 3 hours ago").
fn closing_stamp(text: &str, tokens: &[Token]) -> Option<Span> {
    let end = tokens.last()?.span().end;
    let mut dated = false;
    for (i, token) in tokens.iter().enumerate().rev() {
        match piece(text, token) {
            Piece::Date | Piece::Named => dated = true,
            Piece::Separator | Piece::Filler => {}
            Piece::Label if dated && token.is_capitalized() => {
                let start = tokens[..i]
                    .iter()
                    .rev()
                    .take_while(|t| piece(text, t) == Piece::Filler && t.is_capitalized())
                    .last()
                    .unwrap_or(token);
                return Some(Span::new(start.span().start, end));
            }
            _ if dated => return glued_label(text, token).map(|at| Span::new(at, end)),
            _ => return None,
        }
    }
    None
}

/// Where a capitalised label glued to the end of `token` starts
/// ("RoePublished"), if one is.
fn glued_label(text: &str, token: &Token) -> Option<usize> {
    let word = token.text(text);
    let seam = word.char_indices().skip(1).filter(|&(_, c)| c.is_uppercase()).map(|(at, _)| at).last()?;
    let (before, label) = word.split_at(seam);
    let label_is_word = before.ends_with(char::is_lowercase) && label.chars().skip(1).all(char::is_lowercase);
    let mut buffer = [0; 16];
    let folded = lexicon::ascii_folded(label, &mut buffer);
    let is_label = label_is_word && folded.and_then(lexicon::metadata_word) == Some(Metadata::Label);
    is_label.then_some(token.span().start + seam)
}

/// Whether a line opens with a label, maybe after "last" or "first"
/// ("Last updated"): the only lines [`opening_stamp`] is asked about.
fn opens_with_label(line: &str) -> bool {
    // Most lines open with another letter, and are told apart at once.
    static INITIALS: LazyLock<Vec<u8>> = LazyLock::new(|| {
        let initials = lexicon::metadata_labels().chain(["last", "first"]).filter_map(|w| w.bytes().next());
        initials.flat_map(|b| [b, b.to_ascii_uppercase()]).collect()
    });
    if !line.as_bytes().first().is_some_and(|b| INITIALS.contains(b)) {
        return false;
    }
    let mut words = line.split(|c: char| !c.is_ascii_alphabetic());
    let mut buffer = [0; 16];
    let first = words.next().and_then(|w| lexicon::ascii_folded(w, &mut buffer));
    match first.and_then(lexicon::metadata_word) {
        Some(Metadata::Label) => true,
        Some(Metadata::Filler) if matches!(first, Some("last" | "first")) => {
            let mut buffer = [0; 16];
            let second = words.next().and_then(|w| lexicon::ascii_folded(w, &mut buffer));
            second.and_then(lexicon::metadata_word) == Some(Metadata::Label)
        }
        _ => false,
    }
}

/// Whether a long line ends like a stamp: in a digit, or a clock suffix,
/// a time zone or a filler ("ago"). Most lines end like a sentence.
fn may_close_with_stamp(line: &str) -> bool {
    let last = match line.bytes().last() {
        Some(b) if b.is_ascii_digit() => return true,
        Some(b) if b.is_ascii_alphabetic() => line.rfind(' ').map_or(line, |at| &line[at + 1..]),
        // Of the words that end in a period, only "a.m." and "p.m." may
        // close a stamp: most lines end so, after another word.
        Some(b'.') => line
            .get(line.len().saturating_sub(5)..)
            .filter(|w| w.bytes().filter(|&b| b == b'.').count() == 2)
            .unwrap_or(""),
        _ => return false,
    };
    let last = last.trim_start();
    let mut buffer = [0; 16];
    // The longest clock suffix, time zone or filler has 7 letters.
    !last.is_empty()
        && last.len() <= 7
        && lexicon::ascii_folded(last, &mut buffer).is_some_and(|word| {
            lexicon::calendar_word(word).is_some_and(|c| matches!(c, Calendar::Meridiem | Calendar::Zone))
                || lexicon::metadata_word(word) == Some(Metadata::Filler)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(line: &str) -> Option<&str> {
        stamp_in(line, Span::new(0, line.len())).map(|s| s.slice(line))
    }

    const CASES: &[(&str, Option<&str>)] = &[
        // A label and a date, with or without a colon, in capitals too.
        ("PUBLISHED : Tuesday, 21 August, 2018, 3:59pm", Some("PUBLISHED : Tuesday, 21 August, 2018, 3:59pm")),
        ("Last modified: 07 February, 2024, 10:56 am", Some("Last modified: 07 February, 2024, 10:56 am")),
        ("date 2023-05-05", Some("date 2023-05-05")),
        // A label alone, or with a time ago.
        ("Updated:", Some("Updated:")),
        ("This was published 3 months ago", Some("This was published 3 months ago")),
        // A date or time alone on a line.
        ("October 8, 2023, 10:01PM", Some("October 8, 2023, 10:01PM")),
        ("16 January 2020 - 15:23", Some("16 January 2020 - 15:23")),
        ("0:00", Some("0:00")),
        ("October 8, 2023 at 10:01PM", Some("October 8, 2023 at 10:01PM")),
        // ...and with its age.
        ("April 8, 2015 / 6:14 AM / 2 years ago", Some("April 8, 2015 / 6:14 AM / 2 years ago")),
        // Weekdays written short, and times with a dot.
        ("Mon 21 Aug 2018 15.59 BST", Some("Mon 21 Aug 2018 15.59 BST")),
        ("Last modified on Tue 22 Aug 2023 07.12 BST", Some("Last modified on Tue 22 Aug 2023 07.12 BST")),
        // A stamp opening a line of report text.
        ("date 2024-11-05 HARBOUR CITY (AP) — Dock workers voted on Monday.", Some("date 2024-11-05")),
        ("date 2019-07-16 WEDNESDAY, July 17, 2019 (Wire) -- Cups are popular.", Some("date 2019-07-16")),
        // A stamp closing a byline, after a label in capitals, glued or not.
        ("Ana Ruiz, Lee Chan New York Published 28.12.22, 12:40 AM", Some("Published 28.12.22, 12:40 AM")),
        (
            "AGENCY| Last Updated: Saturday, July 22, 2017 - 08:52",
            Some("Last Updated: Saturday, July 22, 2017 - 08:52"),
        ),
        ("Author: Jane RoePublished 15th Sep 2023", Some("Published 15th Sep 2023")),
        // Report text that mentions a date is no stamp.
        ("By Harbour Press on October 7, 2025.", None),
        ("Floods hit the coast on March 3, 2024", None),
        ("The report was published on March 3, 2024.", None),
        ("Monday", None),
        // A row of counts is no stamp, nor a decimal with a month.
        ("2019: 1,200", None),
        ("March: 3.5", None),
        // Nor is a short sentence with a date.
        ("Sun sets at 7.45pm on Monday.", None),
        // A long line that ends in a year, with no label.
        ("The council said the plan, which was first put forward by the mayor, would be in place by 2030", None),
    ];

    const DATED_TITLES: &[(&str, bool)] = &[
        // A title, a dash or a bar, a date.
        ("Five tips for new runners - November 6, 2020", true),
        ("Why the harbour froze | 3 March 2019", true),
        ("Ten new trails – 12 May 2021", true),
        // A date that is not alone after the dash.
        ("The strike went on - until March 3, 2024", false),
        // No separator before the date.
        ("Floods hit the coast on March 3, 2024", false),
    ];

    #[test]
    fn dated_titles_end_in_a_date_alone() {
        for (line, expected) in DATED_TITLES {
            assert_eq!(is_dated_title(line, Span::new(0, line.len())), *expected, "line: {line}");
        }
    }

    #[test]
    fn stamps_fill_open_or_close_a_line() {
        for (line, expected) in CASES {
            assert_eq!(stamp(line), *expected, "line: {line}");
        }
    }
}
