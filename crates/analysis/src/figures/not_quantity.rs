//! Numbers that are not quantities, though the entity finder left them:
//! ages ("Smith, 45,", "aged 10 to 14", "a 23-year-old", "15 years or
//! older"), identifiers and section numbers ("Section 230", "sections 499,
//! 500 and 504", "W-19", "787s", "401(k)", "7-Eleven", "Snowy 2.0"), the parts of a
//! period or a counter written with a dash or slash ("2025-26", "1/11"),
//! clock times ("7.45pm", "5 o'clock"), the day after a date or weekday
//! ("February 5 and 7", "Tuesday (14)") and page furniture ("5 min read",
//! "published 3 months ago").
//!
//! Each rule is a function of the scanner and the number read; a number
//! any of them accepts is no figure.

use super::numbers::looks_plural;
use super::read::Number;
use super::scanner::Scanner;
use crate::lexicon;
use crate::text::Shape;
use parallax_model::Kind;

/// Words before a number that make it an age, an identifier or a rank
/// rather than a quantity: "aged 10 to 14", "No. 11", "number 5",
/// "sections 499 and 500", "(UPDATE 1)", "Stage 4", "a category 5 storm".
const NOT_QUANTITY_CUES: &[&str] = &[
    "aged", "age", "ages", "no", "nos", "number", "#", "rank", "ranked", "article", "articles", "section", "sections",
    "chapter", "chapters", "page", "pages", "clause", "clauses", "paragraph", "resolution", "room", "flight", "route",
    "platform", "gate", "seat", "bus", "channel", "version", "level", "grade", "tier", "row", "ward", "wards",
    "update", "episode", "season", "phase", "stage", "category",
];

/// Words for relatives, after which a number set off by commas is an age:
/// "his son, 9, was found".
const KIN: &[&str] = &[
    "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "grandson", "granddaughter",
    "grandmother", "grandfather", "nephew", "niece", "cousin", "partner", "boyfriend", "girlfriend",
];

/// A rule that tells a number that is not a quantity.
type Rule = fn(&Scanner<'_>, &Number) -> bool;

/// The rules, cheapest first.
const RULES: &[Rule] = &[
    |s, n| s.follows_a_cue(n),
    |s, n| s.is_an_age(n),
    |s, n| s.is_a_clock_time(n),
    |s, n| s.is_part_of_a_code(n),
    |s, n| s.is_a_score_or_a_phone_number(n),
    |s, n| s.is_a_phone_or_an_identifier(n),
    |s, n| s.is_a_day(n),
    |s, n| s.is_number_of_a_name(n),
    |s, n| s.is_a_street_number(n),
    |s, n| s.continues_a_list(n),
    |s, n| s.is_page_furniture(n),
];

impl Scanner<'_> {
    /// Whether `number` is an age, an identifier, a rank, a clock time, a
    /// day or page furniture rather than a quantity.
    pub(super) fn is_not_quantity(&self, number: &Number) -> bool {
        RULES.iter().any(|rule| rule(self, number))
    }

    /// "aged 10", "No. 11", "section 230", "of page 5", and the name of a
    /// group: "the big four banks".
    fn follows_a_cue(&self, number: &Number) -> bool {
        let group = self.word_before(number.start, 1) == "big" && self.is_word(number.start);
        group || self.cue_before(number.start) || self.is_year_of_a_name(number)
    }

    /// "the Defense Production Act of 1950", "the Class of 2020": a year
    /// after "of" and a capitalised name is part of the name.
    fn is_year_of_a_name(&self, number: &Number) -> bool {
        let i = number.start;
        let year = number.end == i + 1 && self.word(i).len() == 4 && (1000.0..=2100.0).contains(&number.value);
        let named = i >= 2 && self.token(i - 2).is_some_and(|t| t.shape == Shape::Capitalized);
        year && self.word_before(i, 1) == "of" && named
    }

    /// Whether a word before token `i` makes a number there an identifier.
    fn cue_before(&self, i: usize) -> bool {
        let cue = |w: &str| NOT_QUANTITY_CUES.contains(&w);
        let (one, two) = (self.word_before(i, 1), self.word_before(i, 2));
        cue(one) || (one == "." && cue(two)) || (matches!(one, "of" | "from" | "between") && cue(two))
    }

    /// An age: "a 45-year-old", "15 years or older", "9 months old", and a
    /// number set off by commas or brackets after a person's name ("Smith,
    /// 45, said", "Jones (32)").
    fn is_an_age(&self, number: &Number) -> bool {
        let end = number.end;
        if self.word(end) == "-" && self.glued(end) {
            let next = self.word(end + 1);
            let compound_age = ["year", "month", "week", "day"]
                .iter()
                .any(|unit| next.strip_prefix(unit).is_some_and(|rest| matches!(rest.trim_start_matches('s'), "-old" | "-old's")));
            if compound_age {
                return true;
            }
        }
        if matches!(lexicon::unit(self.word(end)), Some("years" | "months" | "weeks")) {
            let next = self.word(end + 1);
            let bound = matches!(self.word(end + 2), "older" | "over" | "younger" | "under" | "above");
            if next == "old" || (next == "of" && self.word(end + 2) == "age") || (matches!(next, "or" | "and") && bound)
            {
                return true;
            }
        }
        self.is_age_after_a_name(number) || self.is_age_of_people(number)
    }

    /// "children under five", "people over 65", "a population that is
    /// mostly under 25", "patients younger than five": a bare whole number
    /// after "under" or "over" that follows the people it describes, or
    /// after "younger than" or "older than".
    fn is_age_of_people(&self, number: &Number) -> bool {
        const PEOPLE: &[&str] = &[
            "children", "kids", "babies", "infants", "adults", "people", "those", "women", "men", "girls", "boys",
            "population",
        ];
        let whole = number.value.fract() == 0.0 && number.value < 120.0;
        let at = number.start;
        if whole && self.word_before(at, 1) == "than" && matches!(self.word_before(at, 2), "younger" | "older") {
            return true;
        }
        let bare = !self.is_word(number.end) || lexicon::is_stopword(self.word(number.end));
        if !(whole && bare) {
            return false;
        }
        let bound = matches!(self.word_before(at, 1), "under" | "over" | "above" | "below");
        // Past a verb and an adverb: "the population are mostly under 25".
        let people = (2..=4)
            .map(|k| self.word_before(at, k))
            .take_while(|w| !w.is_empty())
            .find(|w| !matches!(*w, "are" | "were" | "is" | "was" | "mostly" | "aged" | "all" | "still"));
        bound && people.is_some_and(|w| PEOPLE.contains(&w))
    }

    /// "Smith, 45, said", "said Smith, 45.", "Jones (32)", "his son, 9,",
    /// "the singer, 24,": a whole number below 120 between commas or
    /// brackets (or a comma and "said"), right after a capitalised word
    /// that is not the name of a place, an organization or a date, or
    /// after a word for a relative or a title.
    fn is_age_after_a_name(&self, number: &Number) -> bool {
        let i = number.start;
        let (open, close) = (self.word_before(i, 1), self.word(number.end));
        let closed = matches!(close, "," | ")" | ".") || lexicon::is_speech_verb(close);
        let set_off = (open == "," && closed) || (open == "(" && close == ")");
        let whole = number.value.fract() == 0.0 && (1.0..120.0).contains(&number.value);
        if !(set_off && whole && number.end == number.start + 1 && !number.fraction) {
            return false;
        }
        // "his son, 9,", "the singer, 24,": a relative named by kinship, a
        // person by a title.
        let noun = self.word_before(i, 2);
        if KIN.contains(&noun) || (self.token(i.wrapping_sub(2)).is_some_and(|t| !t.is_capitalized()) && lexicon::is_title(noun)) {
            return true;
        }
        let Some(name) = self.token(i.wrapping_sub(2)).filter(|t| t.is_capitalized()) else {
            return false;
        };
        let kind = self.mentions.kind_ending_at(name.span().end);
        let word = self.word(i - 2);
        let not_a_person = matches!(kind, Some(Kind::Place | Kind::Organization | Kind::Date));
        !not_a_person && !lexicon::is_place(word) && !crate::dates::is_month_word(word)
    }

    /// "7.45pm", "6.15 a.m.", "5 o'clock", "2358 Tuesday GMT".
    fn is_a_clock_time(&self, number: &Number) -> bool {
        const CLOCK: &[&str] = &["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "hrs"];
        let next = self.word(number.end);
        let zone_after_day = crate::dates::is_month_word(next) && matches!(self.word(number.end + 1), "gmt" | "utc");
        CLOCK.contains(&next) || zone_after_day
    }

    /// A number glued into a code, a name, a period or a counter: after a
    /// dash or a slash glued to a word or number before it ("W-19",
    /// "2025-26", "2023/24", the "11" of "1/11"), or glued to letters that
    /// are no unit or scale after it ("787s", "5G", "401(k)"), or to a
    /// capitalised word by a dash ("7-Eleven").
    fn is_part_of_a_code(&self, number: &Number) -> bool {
        let i = number.start;
        if !self.is_number(i) {
            return false;
        }
        let joiner = matches!(self.word_before(i, 1), "-" | "/" | "–");
        let joined_after = joiner && self.glued(i) && self.glued(i - 1) && self.token(i - 2).is_some();
        if joined_after && self.word_before(i, 2) != "magnitude" {
            return true;
        }
        // "s114": a letter or two glued before it ("that768" is copy that
        // lost a space, "Rs140" money).
        let letters = self.word_before(i, 1);
        let short = self.is_word(i.wrapping_sub(1)) && letters.chars().count() <= 2 && !lexicon::is_stopword(letters);
        // "y3x4dqrM0t": letters glued on both sides, a code or an address.
        let end = number.end;
        let coded = short || (self.is_word(i.wrapping_sub(1)) && self.glued(end) && self.is_word(end));
        if coded && self.glued(i) && self.currency_before(i).is_none() {
            return true;
        }
        if !self.glued(end) {
            return false;
        }
        let next = self.word(end);
        // "7-Eleven", "3-Com": a name that opens with a number.
        if next == "-" && self.glued(end + 1) && self.token(end + 1).is_some_and(|t| t.is_capitalized()) {
            return true;
        }
        if next == "(" && self.glued(end + 1) && self.is_word(end + 1) {
            return true;
        }
        // Short letters or a word that is no common word: "768doctors" is
        // scraped copy that lost a space.
        let letters = self.is_word(end) && (next.len() <= 2 || !lexicon::is_common_word(next));
        let measured = lexicon::unit(next).is_some()
            || super::numbers::glued_scale(next).is_some()
            || super::numbers::is_percent_word(next);
        let glued_unit = super::numbers::glued_unit(next).is_some();
        letters && !measured && !glued_unit && lexicon::currency_word(next).is_none()
    }

    /// A score or a tally written with a dash ("a 1-0 win", "a 2-2 draw",
    /// "won 6-3"): the second number is no greater than the first, which no
    /// range is; or the first group of a phone number ("604-717-3321").
    fn is_a_score_or_a_phone_number(&self, number: &Number) -> bool {
        let dash_number =
            |k: usize| matches!(self.word(k), "-" | "–") && self.glued(k) && self.glued(k + 1) && self.is_number(k + 1);
        let end = number.end;
        if !self.is_number(number.start) || !dash_number(end) {
            return false;
        }
        if dash_number(end + 2) {
            return true;
        }
        let second = self.token(end + 1).and_then(|t| super::numbers::numeral(t.text(self.text)));
        let whole = |v: f64| v.fract() == 0.0;
        second.is_some_and(|second| whole(second) && whole(number.value) && second <= number.value)
    }

    /// A phone number or an identifier, one numeral with no separator: of
    /// seven digits or more ("8972073925"), opening on a nought ("08153"),
    /// after a glued "+" ("+91"), or beside another numeral, both of four
    /// digits or more, where a group of thousands has three ("67822
    /// 62286").
    fn is_a_phone_or_an_identifier(&self, number: &Number) -> bool {
        let i = number.start;
        let plain = |k: usize| {
            self.token(k).filter(|t| t.is_number()).map(|t| t.text(self.text)).filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
        };
        let Some(text) = plain(i).filter(|_| number.end == i + 1 && self.currency_before(i).is_none()) else {
            return false;
        };
        // Of four digits or more, one of the two of five ("2023 5200" is a
        // year and a count).
        let long = |t: &str| t.len() >= 4 && (t.len() >= 5 || text.len() >= 5);
        let group = |k: usize| plain(k).is_some_and(long);
        let spaced = |k: usize| self.token(k).is_some_and(|t| t.space_before);
        let beside = text.len() >= 4 && ((group(i + 1) && spaced(i + 1)) || (i > self.start && group(i - 1) && spaced(i)));
        text.len() >= 7 || (text.len() >= 3 && text.starts_with('0')) || (self.word_before(i, 1) == "+" && !spaced(i)) || beside
    }

    /// A day: a number in brackets after a weekday ("Tuesday (14)",
    /// "Monday morning (13)").
    fn is_a_day(&self, number: &Number) -> bool {
        let i = number.start;
        if self.word_before(i, 1) != "(" || self.word(number.end) != ")" || number.value > 31.0 {
            return false;
        }
        let weekday = |k: usize| {
            let word = self.word_before(i, k);
            crate::dates::is_month_word(word)
        };
        weekday(2) || (weekday(3) && matches!(self.word_before(i, 2), "morning" | "afternoon" | "evening" | "night"))
    }

    /// A number right after a name the entity finder claimed, which is part
    /// of that name: "Snowy Hydro 2.0", "Ocean Wind 1". A place or a date
    /// before it does not count ("in Lagos 15 died").
    fn is_number_of_a_name(&self, number: &Number) -> bool {
        let i = number.start;
        // "the 737 Max 9 aircraft": a model's numbers, around a name.
        let capital = |k: usize| self.token(k).is_some_and(|t| t.shape == Shape::Capitalized && t.space_before);
        // The variant after the name is a digit or two: "65 Boeing 737
        // planes" counts planes.
        let variant = |k: usize| self.is_number(k) && self.word(k).len() <= 2;
        let model = (capital(i.wrapping_sub(1)) && i >= 2 && self.is_number(i - 2))
            || (capital(number.end) && variant(number.end + 1));
        if model && self.is_number(i) {
            return true;
        }
        // "12841 Shalimar-Chennai Coromandel Express": a train's or a
        // route's number, of four digits or more, before its body's name.
        let digits = self.is_number(i) && self.word(i).len() >= 4 && self.word(i).bytes().all(|b| b.is_ascii_digit());
        let body = || self.token(number.end).and_then(|t| self.mentions.kind_starting_at(t.span().start));
        if digits && number.end == i + 1 && body() == Some(Kind::Organization) {
            return true;
        }
        let after_capital = self.token(i.wrapping_sub(1)).is_some_and(|t| t.is_capitalized());
        // "Snowy 2.0", "Web 3.0": a version, whatever the name; "in Q3 2.0%"
        // is a measure.
        let next = self.word(number.end);
        let measured = next == "%"
            || super::numbers::is_percent_word(next)
            || lexicon::unit(next).is_some()
            || super::numbers::scale(next).is_some();
        if after_capital && self.is_number(i) && self.word(i).ends_with(".0") && !measured {
            return true;
        }
        let Some(name) = self.token(i.wrapping_sub(1)).filter(|t| t.is_capitalized() && i > self.start + 1) else {
            return false;
        };
        // "Rs100,000" has its currency there; "Wooster's 122 employees" a
        // possessive, after which a number is the name's count of something.
        let word = self.word(i - 1);
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        if !self.is_number(i) || !self.is_claimed(i - 1) || lexicon::is_stopword(word) || possessive {
            return false;
        }
        // "the Olympic 1500m champion", "Ode 30.6 percent": a measure after a
        // name.
        if self.currency_before(i).is_some() || measured {
            return false;
        }
        let kind = self.mentions.kind_ending_at(name.span().end);
        !matches!(kind, Some(Kind::Place | Kind::Date))
            && !lexicon::is_place(word)
            && !crate::dates::is_month_word(word)
    }

    /// A street number: "801 West 22nd Ave.", "at 1200 Main Street", a
    /// whole number before a name that ends in a word for a street, with
    /// nothing counted after it ("40 Main Street shops" are shops).
    fn is_a_street_number(&self, number: &Number) -> bool {
        const STREETS: &[&str] =
            &["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "place", "square"];
        if !self.is_number(number.start) || number.value.fract() != 0.0 {
            return false;
        }
        let name_end = (number.end..number.end + 5)
            .take_while(|&k| self.token(k).is_some_and(|t| t.is_capitalized() || t.shape == Shape::Ordinal))
            .last();
        let Some(last) = name_end else {
            return false;
        };
        let street = STREETS.contains(&self.word(last).trim_end_matches('.'));
        street && !(self.is_word(last + 1) && looks_plural(self.word(last + 1)))
    }

    /// A number that goes on a list whose first number is not a quantity:
    /// "sections 499, 500 (defamation) and 504", "Ocean Wind 1 and 2",
    /// "February 5 and 7".
    fn continues_a_list(&self, number: &Number) -> bool {
        let mut k = number.start;
        for _ in 0..6 {
            let Some((earlier, joiner)) = self.list_item_before(k) else {
                return false;
            };
            if self.cue_before(earlier) {
                return true;
            }
            if self.is_claimed(earlier) {
                // The day of a date ("February 5 and 7") or the number of a
                // name ("Ocean Wind 1 and 2"); a year opens no list ("in
                // 2020, 15 more").
                let before = self.word_before(earlier, 1);
                let month = crate::dates::is_month_word(before);
                let date_day = month && number.value <= 31.0 && joiner != ",";
                let name = self.token(earlier.wrapping_sub(1)).is_some_and(|t| t.is_capitalized());
                let name_number = name && !month && self.is_claimed(earlier - 1);
                return date_day || name_number;
            }
            k = earlier;
        }
        false
    }

    /// The number before the list joiner before token `i` ("499, 500",
    /// "499 (defamation) and 500", "five to 65"), and the joiner.
    fn list_item_before(&self, i: usize) -> Option<(usize, &str)> {
        let mut k = i.checked_sub(1).filter(|&k| k >= self.start)?;
        let joiner = self.word(k);
        if !matches!(joiner, "," | "and" | "or" | "&" | "to") {
            return None;
        }
        k = k.checked_sub(1)?;
        if self.word(k) == "," {
            k = k.checked_sub(1)?;
        }
        if self.word(k) == ")" {
            // Skip a short aside in brackets.
            let open = (k.saturating_sub(8)..k).rev().find(|&j| self.word(j) == "(")?;
            k = open.checked_sub(1)?;
        }
        let number = self.is_number(k) || super::numbers::small_number(self.word(k)).is_some();
        (k >= self.start && number).then_some((k, joiner))
    }

    /// Page furniture: "5 min read", "12 comments" on a line of their own,
    /// "Published 3 months ago".
    fn is_page_furniture(&self, number: &Number) -> bool {
        let end = number.end;
        let next = self.word(end);
        if matches!(next, "min" | "mins" | "minute" | "minutes") && self.word(end + 1) == "read" {
            return true;
        }
        // On a line or a segment of its own: "Share | 12 comments".
        let opens = number.start == self.start || matches!(self.word_before(number.start, 1), "|" | "•" | "·");
        let alone = opens && self.token(end + 1).is_none_or(|t| !t.is_word());
        if alone && matches!(next, "comments" | "comment" | "shares" | "views" | "replies") {
            return true;
        }
        // A gallery's count: "11 show all", "Slideshow ( 6 images )".
        if opens && next == "show" && self.word(end + 1) == "all" {
            return true;
        }
        // A footnote's mark: "corruption.[1]".
        let open = number.start.checked_sub(1).and_then(|k| self.token(k));
        let glued_open = open.is_some_and(|t| t.text(self.text) == "[" && !t.space_before);
        if glued_open && self.word(end) == "]" {
            return true;
        }
        let bracketed = self.word_before(number.start, 1) == "(" && self.word(end + 1) == ")";
        if bracketed && matches!(next, "images" | "photos" | "pictures" | "videos" | "slides") {
            return true;
        }
        let ago = lexicon::unit(next).is_some() && self.word(end + 1) == "ago";
        let stamped = (1..=3).any(|k| matches!(self.word_before(number.start, k), "published" | "updated" | "posted"));
        ago && stamped || self.is_a_time_stamp(number) || self.is_a_weather_widget(number)
    }

    /// "10.2 C" alone on a line: the site's weather, not the report's.
    fn is_a_weather_widget(&self, number: &Number) -> bool {
        let end = number.end;
        number.start == self.start && matches!(self.word(end), "c" | "f" | "°c" | "°f") && end + 1 == self.end
    }

    /// "2 hours -", "5 days ago" alone on a line: how long ago a story in a
    /// list of stories was posted.
    fn is_a_time_stamp(&self, number: &Number) -> bool {
        let unit = lexicon::unit(self.word(number.end));
        if number.start != self.start || !unit.is_some_and(super::scanner::is_time_unit) {
            return false;
        }
        let rest = number.end + 1..self.end;
        rest.clone().all(|k| !self.is_word(k) || self.word(k) == "ago") && rest.clone().all(|k| !self.is_number(k))
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figures_of;

    /// (text, numbers as written that are no figure there).
    const NOT_QUANTITIES: &[(&str, &[&str])] = &[
        // An age set off by commas after a name, and in brackets.
        ("Farmer Ode Brannik, 47, said the river rose fast.", &["47"]),
        // An exchange rate the page notes.
        ("It paid £47 billion ($70 billion). ($1 = 0.6748 pounds)", &["$1", "0.6748 pounds"]),
        ("The driver, Tomas Vell (52), was unhurt.", &["52"]),
        ("\"It was fast,\" said pilot Ines Maro, 44.", &["44"]),
        // Ages stated with "old", "or older" and a people noun.
        ("Most patients were 15 years or older.", &["15 years"]),
        ("The page is more than 9 months old.", &["9 months"]),
        ("Vaccines reach children under five first.", &["five"]),
        ("A nine-year-old boy and a 34-year-old man were hurt.", &["nine-year-old", "34"]),
        ("The 24-year-old's last game was a final. The 30-year-old’s too.", &["24", "30"]),
        // Section numbers, also in a list that the cue opens.
        ("He was charged under sections 211, 212 (fraud) and 215.", &["211", "212", "215"]),
        ("Clause 4 and 5 were struck out.", &["4", "5"]),
        ("Wards 1,2, 20 and 6,7 were sealed off.", &["1,2", "20", "6,7"]),
        // An age range that opens with a number in words.
        ("Eleven people, aged five to 65, were killed.", &["five", "65"]),
        ("It is for children aged between five and 36 months.", &["five", "36 months"]),
        // Numbers glued into codes, periods and counters.
        ("Budget 2031-32 was passed; the W-12 ferry sank.", &["32", "12"]),
        ("Photo 3/14 shows the dam, a 2031/32 forecast.", &["3", "14", "32"]),
        ("They build 797s and pay into 403(b) plans.", &["797", "403"]),
        ("She ran a 7-Eleven store.", &["7"]),
        ("The council is in the territory of s114.", &["114"]),
        ("The band played 09 songs.", &["09"]),
        // A storm's category.
        ("It hit the coast as a category 5 storm.", &["5"]),
        // A train's number before its name.
        ("The coaches hit the 12841 Tarvo-Lindmark Express on Friday.", &["12841"]),
        // Phone numbers and identifiers.
        ("Helplines: 033-26382217, 8972073925, 67822 62286 and +91 88612 03980.", &["26382217", "8972073925", "67822", "62286", "91", "88612", "03980"]),
        // An address pasted in: letters glued on both sides.
        ("See the scenes: pic.twitter.com/y3x4dqrM0t", &["3", "4", "0"]),
        // A score, a draw and a phone number.
        ("They won 1-0 and drew 2-2 at home.", &["1", "0", "2"]),
        ("Call 604-717-3321 for help.", &["604", "717", "3321"]),
        // Clock times written with a period, "o'clock" and a time zone.
        ("The ferry left at 7.45pm and docked at 9.10 a.m.", &["7.45", "9.10"]),
        ("We woke at 5 o'clock.", &["5"]),
        // The day after a weekday, and the second day of a date.
        ("Rain returns on Friday (19), forecasters said.", &["19"]),
        ("The talks ran from March 3 to 5.", &["5"]),
        // A street number.
        ("They met at 801 West 22nd Ave., near the park.", &["801"]),
        ("A fire at 1200 Main Street spread.", &["1200"]),
        // The number of a name the entity finder found, a version, the name
        // of a group.
        ("The Harbor Link 2.0 project is late.", &["2.0"]),
        ("Snowy 2.0 is a pumped hydro project.", &["2.0"]),
        ("The big four banks cut rates.", &["four"]),
        // Page furniture.
        ("Storm warning 4 min read The river rose.", &["4"]),
        ("Follow us | 12 comments", &["12"]),
        ("Slideshow ( 6 images )", &["6"]),
        ("The court upheld the sentences.[1] Three judges sat.", &["1"]),
        ("11 show all How the team could line up", &["11"]),
        // A person's age after a title, and with no comma before "said".
        ("The singer, 24, wore a pink skirt.", &["24"]),
        ("Faye, 44 said he wants a break.", &["44"]),
        // The age of people after "under", past a verb, and after "younger
        // than".
        ("Most of the population are under 25.", &["25"]),
        ("Patients younger than five fell ill.", &["five"]),
        // A relative's age.
        ("A fisherman and his son, 9, were missing.", &["9"]),
        ("Published 3 hours ago The river rose.", &["3 hours"]),
        // The site's weather, alone on its line.
        ("10.2 C\nVancouver\nA driver was charged.", &["10.2"]),
        // How long ago a story of a list was posted, alone on its line.
        ("Dam bursts in the north\n2 hours -\nFerry sinks\n5 days ago", &["2 hours", "5 days"]),
        // A date written with dots.
        ("Posted 14.11.23, 09:10 by the desk.", &["14.11.23"]),
    ];

    /// (text, the figure that must stay) for cases near the rules above.
    const STILL_QUANTITIES: &[(&str, &str)] = &[
        // Large numbers with separators, or money, and years beside a count.
        ("The plant made 1,250,000 cars and Rs 12000000 in profit.", "1,250,000"),
        ("In 2023 5200 workers struck.", "5200"),
        // A count after a place and a comma is no age.
        ("In Lagos, 15 were rescued.", "15"),
        // A range with a dash, and a magnitude written with one.
        ("Between 40-45 nurses came.", "40-45"),
        // A count after a possessive name is the name's count.
        ("Nordwerk's 122 employees were told.", "122"),
        // A distance with its unit glued on is no year, nor the number of
        // the name before it.
        ("She won the women's 1500m in Paris.", "1500m"),
        ("She is a two-time Olympic 1500m champion.", "1500m"),
        // A count before a street's name and a plural.
        ("Some 40 Main Street shops closed.", "40"),
        // A measure after a capital, though written like a version.
        ("Growth in Q3 2.0% beat forecasts.", "2.0%"),
        // A share after a candidate's name.
        ("Velar won 52.5 percent, Ode 30.6 percent and Brand 9.1 percent.", "30.6 percent"),
        // A count right after a date's year is a count.
        ("By March 2031, 40 clinics had closed.", "40"),
        // "12 comments" inside a sentence is a count.
        ("The agency received 12 comments on the plan.", "12"),
    ];

    #[test]
    fn numbers_that_are_not_quantities_are_no_figures() {
        for (text, not) in NOT_QUANTITIES {
            let found = figures_of(text);
            for n in *not {
                let at = text.find(n).expect("the case names a number of its text");
                let overlapping = found.iter().find(|f| f.span.start < at + n.len() && at < f.span.end);
                assert!(overlapping.is_none(), "{n:?} is no figure in {text:?}: {overlapping:?}");
            }
        }
    }

    #[test]
    fn quantities_near_the_rules_stay_figures() {
        for (text, figure) in STILL_QUANTITIES {
            let found: Vec<String> = figures_of(text).into_iter().map(|f| f.text).collect();
            assert!(found.iter().any(|f| f == figure), "{figure:?} is a figure in {text:?}: {found:?}");
        }
    }
}
