//! Date expressions by class of form, each table with made-up cases.

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

fn check(cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        assert_eq!(&dates(text), expected, "text: {text}");
    }
}

#[test]
fn amounts_are_no_years() {
    check(&[
        // A currency sign makes an amount of a number that looks like a year.
        ("The average is £1898, Rutland’s is £2195 and in 2021 it rose.", &["2021"]),
        ("It cost $2024 in 1999.", &["1999"]),
        // A count of something qualified is no year either.
        ("Police said 1540 illegal miners remain in custody in 2025.", &["2025"]),
        // A year opening a sentence before a verb: "was" is no plural.
        ("2013 was a year of progress. 2024 has been hot.", &["2013", "2024"]),
    ]);
}

#[test]
fn years_written_short() {
    check(&[
        // A year after a date, glued or not: its apostrophe and digits.
        ("(Wire, Dec19’23) – A quake struck.", &["Dec19’23"]),
        ("(Wire, Dec 19 ’23) – A quake struck.", &["Dec 19 ’23"]),
        ("In summer '23 it rained.", &["summer '23"]),
        // A closing quote mark before two digits stands for a century.
        ("It was the class of ’23.", &["’23"]),
        // A straight quote before a count opens a quote.
        ("He said '23 people died' in the blast.", &[]),
        ("On May 5 '23 people marched.", &["May 5"]),
    ]);
}

#[test]
fn calendar_dates() {
    check(&[
        // Month, day and year in both orders.
        ("It opened on March 3, 2024 and closed 5 April 2025.", &["March 3, 2024", "5 April 2025"]),
        // A month alone, after "end of".
        ("At the end of April they met.", &["April"]),
        // "May" the verb is no date; "May 5" is.
        ("They may leave. It ends May 5.", &["May 5"]),
        // Day, short month, comma, year.
        ("Harbour City (Wire - 10th Jul, 2022) : The toll rose.", &["10th Jul, 2022"]),
        // Day, month, comma, year, comma, time.
        ("It opened on Tuesday, 21 August, 2018, 3:59pm sharp.", &["Tuesday, 21 August, 2018", "3:59pm"]),
        // A short month alone is a word of a name, with or without its period.
        ("Fires reached Costa del Mar and Punta del Sept.", &[]),
        // A month alone before a name is a given name, unless a preposition
        // makes it the month.
        ("April Robledo spoke in April and in June Smith left.", &["April", "June"]),
        // "May" before a year is the month.
        ("May 2020 was dry.", &["May 2020"]),
        // A number after the comma that counts something is no year.
        ("On 5 March, 2000 workers marched.", &["5 March"]),
        // A short month with its day keeps its period.
        ("The vote is on Sept. 4 in the capital.", &["Sept. 4"]),
        // A weekday before a full date, with or without a comma, in capitals too.
        (
            "It was filed Tuesday July 16, 2019 and WEDNESDAY, July 17, 2019.",
            &["Tuesday July 16, 2019", "WEDNESDAY, July 17, 2019"],
        ),
        // Numeric dates, with dashes, slashes or dots; a version number is none.
        (
            "Filed 2024-03-05 and 05/03/2024, signed 28.12.2022 and 28.12.22.",
            &["2024-03-05", "05/03/2024", "28.12.2022", "28.12.22"],
        ),
        ("It runs version 1.2.3 now.", &[]),
        // A date with the year it falls in.
        (
            "It began in September last year and ends in March of next year.",
            &["September last year", "March of next year"],
        ),
        // A day and month with the year it falls in.
        ("Prices rise from 1 April this year.", &["1 April this year"]),
    ]);
}

#[test]
fn relative_dates_and_durations() {
    check(&[
        // Relative expressions keep their modifier.
        ("The meeting took place this weekend and last Friday.", &["this weekend", "last Friday"]),
        ("He left yesterday and returns next month.", &["yesterday", "next month"]),
        // A possessive date; a full month name keeps the sentence's period out.
        ("It is next year's budget, due in July.", &["next year's", "July"]),
        // With "the", a relative period is a duration, not a date.
        ("Talks will go on over the next week, as in the past month.", &[]),
        ("They had worked on it the previous night.", &[]),
        // A season is a date only with its year.
        (
            "The plant closes later this spring, as it did in the fall of 2022 and summer 2021.",
            &["fall of 2022", "summer 2021"],
        ),
        // A day of an earlier month.
        ("Releases began on the 24th of last month.", &["24th of last month"]),
    ]);
}

#[test]
fn weekdays_and_parts_of_the_day() {
    check(&[
        // A weekday keeps its part of the day.
        ("They met Monday night and again Friday morning.", &["Monday night", "Friday morning"]),
        // So does a day word, but not a qualifier before it.
        ("Late yesterday evening two more were found.", &["yesterday evening"]),
        // Midnight and noon, after a weekday or alone.
        ("Power was cut by Sunday midnight and back before noon.", &["Sunday midnight", "noon"]),
        // A possessive weekday (the finder of names drops the "'s").
        ("Tuesday's vote and Wednesday’s meeting went ahead.", &["Tuesday's", "Wednesday’s"]),
        // A weekday in the plural recurs, and is a date.
        ("Parking is free on Sundays.", &["Sundays"]),
        // A weekday inside a holiday is no date.
        ("Sales peak on Black Friday and on Good Friday.", &[]),
        // A day of the month in brackets after a weekday or a day word.
        ("Rain eases on Tuesday (14) and returns today (16th).", &["Tuesday", "14", "today", "16th"]),
        ("A bulletin came on Monday morning (13).", &["Monday morning", "13"]),
        // "On the 7th" is a day of the month; "on the 7th floor" is not.
        ("The agency said on the 7th that it agreed.", &["7th"]),
        ("She lives on the 7th floor.", &[]),
    ]);
}

#[test]
fn qualified_months_and_years() {
    check(&[
        // A qualifier belongs to the month, year or decade after it.
        (
            "It last fell in late 2020, in early March and in the late 1990s.",
            &["late 2020", "early March", "late 1990s"],
        ),
        // Joined to a month or a year by a hyphen.
        ("He took office in mid-December, after mid-2021.", &["mid-December", "mid-2021"]),
        // Not to a weekday.
        ("It ended late Friday.", &["Friday"]),
    ]);
}

#[test]
fn ranges_of_days() {
    check(&[
        // A range of days of one month, month first or last.
        ("The panel met between February 5 and 7 and again from March 3 to 5.", &["February 5 and 7", "March 3 to 5"]),
        ("The festival runs 5-7 June and 12 to 14 July.", &["5-7 June", "12 to 14 July"]),
        // With its year.
        ("It ran February 5-7, 2025 in the capital.", &["February 5-7, 2025"]),
        // A count after the second number is no day.
        ("On May 5 and 7 people were hurt.", &["May 5"]),
        // Nor is a smaller second number.
        ("On March 20 and 3 in April they met.", &["March 20", "April"]),
    ]);
}

#[test]
fn years_fiscal_years_and_spans() {
    check(&[
        // Years with a cue, decades.
        ("In 2021 and in the 1990s it grew.", &["2021", "1990s"]),
        // A count that looks like a year but counts something is left to figures.
        ("They hired 2000 nurses.", &[]),
        // After "and", a year needs a year before it.
        ("It burned 873 homes and 2048 sheds between 2019 and 2021.", &["2019", "2021"]),
        // Fiscal years and spans of years.
        ("Growth for 2025-26 and the 2023/24 year beat 2021/22.", &["2025-26", "2023/24", "2021/22"]),
        ("The plan covers 2025-2026.", &["2025-2026"]),
        ("The forecast for FY26 (and FY 2025) is firm.", &["FY26", "FY 2025"]),
        // A year in a name is no date.
        ("MPs passed the Finance Bill 2024 under the Elections Act of 1981.", &[]),
        // But a sentence may open with a year.
        ("The 2012 ruling stands.", &["2012"]),
        // A year before the noun it dates, or after a quarter, is a date.
        ("Before the U.S. 2024 election, in Q3 2024, sales fell.", &["2024", "2024"]),
    ]);
}

#[test]
fn clock_times() {
    check(&[
        // Colons, periods, glued or spaced suffixes.
        (
            "At 10:30 a.m. and 3 p.m., then 7.45 pm, 6.15a.m. and 10:01PM.",
            &["10:30 a.m.", "3 p.m.", "7.45 pm", "6.15a.m.", "10:01PM"],
        ),
        // A time zone stays with its time; a 24-hour time needs one.
        (
            "It sailed at 7.45 pm (1845 GMT), after 4am AEDT and 8 a.m. ET.",
            &["7.45 pm", "1845 GMT", "4am AEDT", "8 a.m. ET"],
        ),
        // On the hour.
        ("We got up at 5 o'clock.", &["5 o'clock"]),
        // A race time is a duration, not a clock time.
        ("She won in 2:13:44, ahead of 2:14:02.", &[]),
        // A decimal before a suffix that is no time.
        ("It rose 7.45 percent.", &[]),
    ]);
}
