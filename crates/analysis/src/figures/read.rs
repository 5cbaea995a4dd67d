//! Reading a number expression at a token, as people write them: numerals
//! ("1,200", "3.5", "105, 000" as scraped copy spaces it), fractions and
//! mixed numbers ("½", "2½", "3 1/2", "1/2"), race times ("2:00:35",
//! "3:49.04"), spelled-out numbers (read by `spelled`) with their scale
//! words ("twenty-five thousand", "one and a half million"), scale words
//! and letters after numerals ("1.2 million", "$11B", "$20-million") and
//! the South Asian chain of them ("43 lakh 63 thousand 35"), and amounts
//! with a currency's letters glued on ("R351 billion", "N60,000").
//!
//! A number read here is not yet a figure: the scanner then decides
//! whether it is a quantity at all (see `not_quantity`) and what it counts.

use parallax_model::Figure;

use super::numbers::*;
use super::scanner::Scanner;
use crate::lexicon;
use crate::text::Shape;

/// A number expression found at a token.
pub(super) struct Number {
    /// First and one-past-last token of the number itself.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: f64,
    /// The scale that multiplied it ("million", "m"), 1 when none did.
    pub(super) scale: f64,
    /// A fraction of a whole ("a third", "half", "1/2"): what it counts
    /// follows "of", and may be singular ("half of the town").
    pub(super) fraction: bool,
    /// A spelled-out number joined to a noun ("five-year").
    pub(super) compound: bool,
    /// A duration in seconds, read from a race time ("2:00:35").
    pub(super) seconds: bool,
    /// The upper end of a range written as one word ("three-to-five").
    pub(super) high: Option<f64>,
    /// The currency of an amount written with its letters glued on
    /// ("R351"), resolved to a code.
    pub(super) currency: Option<String>,
}

impl Number {
    pub(super) fn new(start: usize, end: usize, value: f64) -> Number {
        Number {
            start,
            end,
            value,
            scale: 1.0,
            fraction: false,
            compound: false,
            seconds: false,
            high: None,
            currency: None,
        }
    }
}

/// Whether a folded word has a digit in it ("r351").
pub(super) fn has_digits(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit())
}

/// Words that may stand between "of" and the noun a fraction counts: "half
/// of the town", "a third of its schedule", "a fifth of all the residents".
pub(super) const DETERMINERS: &[&str] =
    &["the", "its", "their", "his", "her", "our", "your", "all", "those", "these", "this", "that"];

impl Scanner<'_> {
    /// The number expression starting at token `i`. `before` is the figure
    /// before it in the sentence: "one" after a list of counts is a count
    /// too ("five Ukrainians, one German").
    pub(super) fn number_at(&self, i: usize, before: Option<&Figure>) -> Option<Number> {
        let token = self.token(i)?;
        // Most tokens cannot open a number; say so before the search of
        // the claimed spans.
        if !self.may_open_number(i) {
            return None;
        }
        match token.shape {
            // The entity finder claims "2:00" of "2:00:35" as a clock time,
            // and may take "R12" of "R12.3 billion" for a name.
            Shape::Number => {
                if let Some(time) = self.race_time_at(i) {
                    return Some(time);
                }
            }
            _ if has_digits(token.text(self.text)) => return self.prefixed_amount_at(i),
            _ => {}
        }
        if self.is_claimed(i) {
            return None;
        }
        let mut number = match token.shape {
            Shape::Number => self.numeral_at(i)?,
            _ => self.spelled_at(i, before)?,
        };
        if !number.fraction && !number.compound {
            self.scale_after(&mut number);
        }
        Some(number)
    }

    /// A numeral with the fraction glued to it or after it: "1,200", "2½",
    /// "3 1/2", "1/2". A numeral written with a leading zero ("09") is a
    /// day, an hour or a code, and one before a slash that is no fraction
    /// ("1/11", "24/7") a counter or a period: neither is a number.
    fn numeral_at(&self, i: usize) -> Option<Number> {
        let text = self.token(i)?.text(self.text);
        if text.len() > 1 && text.starts_with('0') && !text[1..].starts_with(['.', ',']) {
            return None;
        }
        if self.word(i + 1) == "/" && self.glued(i + 1) {
            let (value, end) = self.slash_fraction_at(i)?;
            return Some(Number { fraction: true, ..Number::new(i, end, value) });
        }
        let mut number = Number::new(i, i + 1, numeral(text)?);
        self.spaced_thousands(&mut number);
        self.space_grouped(&mut number, text);
        let whole = number.value.fract() == 0.0;
        if let Some(part) = fraction_char(self.word(i + 1)).filter(|_| self.glued(i + 1) && whole) {
            number.value = rounded_fraction(number.value + part);
            number.end += 1;
        } else if let Some((part, end)) = self.slash_fraction_at(i + 1).filter(|_| whole) {
            number.value = rounded_fraction(number.value + part);
            number.end = end;
        } else if let Some(end) = self.and_a_half(number.end) {
            number.value += 0.5;
            number.end = end;
        }
        Some(number)
    }

    /// Extends a whole numeral over groups of thousands that scraped copy
    /// set apart after their comma ("105, 000 gallons"): a group of three
    /// digits that opens with a zero, which no number on its own does.
    fn spaced_thousands(&self, number: &mut Number) {
        while number.value.fract() == 0.0 && self.word(number.end) == "," && self.glued(number.end) {
            let group = self.token(number.end + 1).filter(|t| t.is_number()).map(|t| t.text(self.text));
            let Some(group) =
                group.filter(|g| g.len() == 3 && g.starts_with('0') && g.bytes().all(|b| b.is_ascii_digit()))
            else {
                return;
            };
            number.value = number.value * 1000.0 + numeral(group).unwrap_or(0.0);
            number.end += 2;
        }
    }

    /// Extends a numeral of one to three digits over the groups of three
    /// that a single space sets apart, as much of the world writes
    /// thousands ("56 949 009 voters", "12 000 people"); not after another
    /// number ("in 2019 100 people").
    fn space_grouped(&self, number: &mut Number, text: &str) {
        let plain =
            |t: &str, len: std::ops::RangeInclusive<usize>| len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
        let after_number = number.start.checked_sub(1).and_then(|k| self.token(k)).is_some_and(|t| t.is_number());
        if number.end != number.start + 1 || !plain(text, 1..=3) || after_number {
            return;
        }
        loop {
            let (Some(prev), Some(next)) = (self.token(number.end - 1), self.token(number.end)) else { return };
            let gap = self.text.get(prev.span().end..next.span().start).unwrap_or_default();
            let spaced = matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}");
            let group = next.text(self.text);
            if !spaced || !next.is_number() || !plain(group, 3..=3) {
                return;
            }
            // "the 65 737 Max 9 aircraft": a group before a name is a
            // model's number, not thousands.
            let named = self.token(number.end + 1).is_some_and(|t| t.shape == Shape::Capitalized && t.space_before);
            if named {
                return;
            }
            number.value = number.value * 1000.0 + numeral(group).unwrap_or(0.0);
            number.end += 1;
        }
    }

    /// "1/2" at token `i`: its value, rounded, and the token after it.
    fn slash_fraction_at(&self, i: usize) -> Option<(f64, usize)> {
        let top = self.token(i).filter(|t| t.is_number())?;
        let slash = self.word(i + 1) == "/" && self.glued(i + 1) && self.glued(i + 2);
        let bottom = self.token(i + 2).filter(|t| slash && t.is_number())?;
        let value = slash_fraction(numeral(top.text(self.text))?, numeral(bottom.text(self.text))?)?;
        Some((rounded_fraction(value), i + 3))
    }

    /// The token after "and a half" at token `i`, if it stands there.
    pub(super) fn and_a_half(&self, i: usize) -> Option<usize> {
        let half = self.word(i) == "and" && matches!(self.word(i + 1), "a" | "one") && self.word(i + 2) == "half";
        half.then_some(i + 3)
    }

    /// A race time, in seconds: "2:00:35" (hours, minutes and seconds) or
    /// "3:49.04" (minutes, and seconds with their hundredths). A clock time
    /// has no seconds in news copy, let alone parts of one, and is followed
    /// by "a.m.", "pm" or a time zone when it has them.
    fn race_time_at(&self, i: usize) -> Option<Number> {
        let part = |k: usize, digits: usize| {
            let token = self.token(k).filter(|t| t.is_number() && (k == i || !t.space_before))?;
            let text = token.text(self.text);
            let plain = text.bytes().all(|b| b.is_ascii_digit()) && (1..=digits).contains(&text.len());
            plain.then(|| numeral(text)).flatten()
        };
        let colon = |k: usize| self.word(k) == ":" && self.glued(k);
        let hours = part(i, 2)?;
        if colon(i + 1) && !colon(i + 3) {
            return self.minutes_and_hundredths_at(i, hours);
        }
        if !(colon(i + 1) && colon(i + 3)) {
            return None;
        }
        let (minutes, seconds) = (part(i + 2, 2)?, part(i + 4, 2)?);
        let clock = matches!(self.word(i + 5), "am" | "pm" | "a.m." | "p.m." | "gmt" | "utc");
        if minutes >= 60.0 || seconds >= 60.0 || clock || self.glued(i + 5) && self.is_word(i + 5) {
            return None;
        }
        Some(Number { seconds: true, ..Number::new(i, i + 5, hours * 3600.0 + minutes * 60.0 + seconds) })
    }

    /// "3:49.04": `minutes` at token `i`, a colon, and seconds written
    /// with their hundredths or tenths.
    fn minutes_and_hundredths_at(&self, i: usize, minutes: f64) -> Option<Number> {
        let token = self.token(i + 2).filter(|t| t.is_number() && !t.space_before)?;
        let (whole, part) = token.text(self.text).split_once('.')?;
        let digits =
            |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(whole, 2..=2) && digits(part, 1..=2)) {
            return None;
        }
        let seconds = numeral(token.text(self.text))?;
        let glued_word = self.glued(i + 3) && self.is_word(i + 3);
        (seconds < 60.0 && !glued_word).then(|| {
            let value = ((minutes * 60.0 + seconds) * 100.0).round() / 100.0;
            Number { seconds: true, ..Number::new(i, i + 3, value) }
        })
    }

    /// An amount written with a currency's letters glued to its digits:
    /// "R351 billion", "N60,000", "R12.3 billion". A single letter is read
    /// so only with a scale word or separators ("R15" may be a road).
    fn prefixed_amount_at(&self, i: usize) -> Option<Number> {
        let text = self.token(i)?.text(self.text);
        let digits_at = text.find(|c: char| c.is_ascii_digit())?;
        let (prefix, digits) = text.split_at(digits_at);
        let code = lexicon::currency_symbol(prefix)?;
        let mut written = String::from(digits);
        let mut end = i + 1;
        while matches!(self.word(end), "," | ".") && self.glued(end) && self.glued(end + 1) && self.is_number(end + 1) {
            written.push_str(self.word(end));
            written.push_str(self.word(end + 1));
            end += 2;
        }
        let separated = written.len() > digits.len();
        let mut number = Number::new(i, end, numeral(&written)?);
        self.scale_after(&mut number);
        if prefix.chars().count() == 1 && !separated && number.scale == 1.0 {
            return None;
        }
        number.currency = Some(self.resolve_currency(code));
        Some(number)
    }

    /// Extends a number over the scale after it: "1.2 million", "3 bn",
    /// "$5m", "$11B", "$20-million", "43 lakh 63 thousand 35", "two
    /// hundred and fifty", "twenty-five thousand".
    fn scale_after(&self, number: &mut Number) {
        let spelled = self.token(number.start).is_some_and(|t| t.is_word()) && number.currency.is_none();
        if spelled {
            self.spelled_scales(number);
            return;
        }
        let end = number.end;
        let next = self.word(end);
        let scale = if self.glued(end) && self.is_word(end) {
            // "10,000m" is metres: nobody writes ten billion so.
            glued_scale(next).filter(|&s| s != 1e6 || next != "m" || number.value < 1000.0 || self.has_currency(number))
        } else if next == "-" && self.glued(end) && self.glued(end + 1) {
            let scale = scale(self.word(end + 1));
            number.end += usize::from(scale.is_some());
            scale
        } else {
            scale(next)
        };
        let Some(scale) = scale else {
            return;
        };
        number.value *= scale;
        number.scale = scale;
        number.end += 1;
        if (1e5..1e9).contains(&scale) {
            self.lakh_chain(number, scale);
        }
    }

    /// Whether a currency sign stands right before the number.
    fn has_currency(&self, number: &Number) -> bool {
        number.currency.is_some() || self.currency_before(number.start).is_some()
    }

    /// "43 lakh 63 thousand 35": after a lakh or a crore, further groups of
    /// a smaller scale and a last number below the smallest.
    fn lakh_chain(&self, number: &mut Number, first: f64) {
        if !matches!(self.word(number.end - 1), "lakh" | "lakhs" | "crore" | "crores") {
            return;
        }
        let mut smallest = first;
        let mut end = number.end;
        while let Some(part) = self.token(end).filter(|t| t.is_number()).and_then(|t| numeral(t.text(self.text))) {
            match scale(self.word(end + 1)) {
                Some(s) if s < smallest && part < smallest / s => {
                    number.value += part * s;
                    smallest = s;
                    end += 2;
                }
                None if part < smallest && smallest <= 1e3 => {
                    number.value += part;
                    end += 1;
                    break;
                }
                _ => break,
            }
        }
        number.end = end;
    }

    /// The scale words after a spelled-out number: "two hundred and
    /// fifty", "twenty-five thousand", "one and a half million".
    fn spelled_scales(&self, number: &mut Number) {
        loop {
            let next = self.word(number.end);
            if let Some(s) = scale(next) {
                number.value *= s;
                number.scale *= s;
                number.end += 1;
            } else if next == "and" && scale(self.word(number.end - 1)).is_some() {
                match small_number(self.word(number.end + 1)) {
                    Some(v) => {
                        number.value += v;
                        number.end += 2;
                    }
                    None => break,
                }
            } else {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figure_in;

    /// (text, the figure as written, its value).
    const WRITTEN: &[(&str, &str, f64)] = &[
        // A number word and its scale joined by a hyphen.
        ("It is recalling seven-million more pounds of meat.", "seven-million", 7e6),
        // A mixed number is one figure, with its unit.
        ("The strike lasted 3 1/2 months.", "3 1/2 months", 3.5),
        // Thousands set apart by spaces.
        ("The number of registered voters was 56 949 009 in all.", "56 949 009", 56_949_009.0),
        ("Some 12 000 people marched.", "12 000", 12_000.0),
        // Not a year and the number after it.
        ("In 2019 100 people marched.", "100", 100.0),
        // A vulgar fraction glued to its number.
        ("The vote took 2½ hours.", "2½ hours", 2.5),
        // A fraction alone.
        ("Only 1/2 of the wells work.", "1/2", 0.5),
        // "and a half", spelled out, with a scale and with a unit.
        ("One and a half million people fled.", "One and a half million", 1_500_000.0),
        ("He served six and a half years.", "six and a half years", 6.5),
        // Fractions of a whole in words, to three decimals.
        ("About a third of the fires are out.", "a third", 0.333),
        ("Two thirds of the members agreed.", "Two thirds", 0.667),
        ("The plan won one-half of the votes.", "one-half", 0.5),
        ("Half of the village was flooded.", "Half", 0.5),
        ("The bank cut rates by a quarter of a percentage point.", "a quarter of a percentage point", 0.25),
        ("A quarter of a million people marched.", "A quarter of a million", 250_000.0),
        ("The ban lasted a quarter century.", "a quarter century", 25.0),
        // A dozen, a score, a decade, spelled out with a hyphen.
        ("A dozen boats sank.", "A dozen", 12.0),
        ("More than two dozen others were hurt.", "two dozen", 24.0),
        ("Twenty five people were hurt.", "Twenty five", 25.0),
        ("A score of villagers were hurt.", "A score", 20.0),
        ("Babies died in a pair of rural hospitals.", "a pair", 2.0),
        ("The dam was frozen for nearly a decade.", "a decade", 10.0),
        // An amount of time after a verb of spending it, with a smaller
        // part, and after a date's number.
        ("The two men spent an hour in the ward.", "an hour", 1.0),
        ("The match was delayed by an hour and 20 minutes.", "an hour and 20 minutes", 80.0),
        ("date 2031-05-26 A day after the fire, the team met.", "A day", 1.0),
        // Half of a unit of time.
        ("He scored in the extra half hour.", "half hour", 0.5),
        // A duration joined to "long".
        ("It was a century-long effort.", "century-long", 100.0),
        ("Thirty-one fires burn.", "Thirty-one", 31.0),
        ("Workers won a five-year deal.", "five-year", 5.0),
        // A range in words, and a range with a shared scale and sign.
        ("Repairs take eight to ten days.", "eight to ten days", 8.0),
        ("Patients fell ill three-to-five days later.", "three-to-five days", 3.0),
        ("Costs rose in a two to $12 billion blowout.", "two to $12 billion", 2e9),
        // Thousands set apart after their comma by scraped copy.
        ("Crews recovered 105, 000 gallons of oil.", "105, 000 gallons", 105_000.0),
        // Scale letters and words glued or hyphenated.
        ("Donors pledged $11B.", "$11B", 11e9),
        ("A $20-million fund opened.", "$20-million", 20e6),
        // The South Asian chain of lakhs and thousands.
        ("She got 43 lakh 63 thousand 35 votes.", "43 lakh 63 thousand 35", 4_363_035.0),
        // A race time, in seconds.
        ("She won in 2:13:44 on Sunday.", "2:13:44", 8024.0),
        // Minutes, and seconds with their hundredths.
        ("She finished in 3:49.04, a world record.", "3:49.04", 229.04),
        // A duration in two parts, in the smaller unit.
        ("He got one year and three months in jail.", "one year and three months", 15.0),
        ("She finished in 2 hours, 35 seconds.", "2 hours, 35 seconds", 7235.0),
        // A range in two units, in the larger.
        ("Terms ran between 18 months and four and a half years.", "18 months and four and a half years", 1.5),
        // "one" as a count.
        ("The talks were suspended for one week.", "one week", 1.0),
        ("Police fired, killing at least one.", "one", 1.0),
        ("Only one passenger survived.", "one", 1.0),
        ("One passenger was still missing.", "One", 1.0),
        // "one" and the noun another number of the sentence counts.
        ("Holders get one share for every 22.48 shares they own.", "one", 1.0),
        ("He faces 10 counts of fraud and one count of theft.", "one", 1.0),
        // "one" after "plus", before "each".
        ("She needed 50 per cent plus one vote.", "one", 1.0),
        ("Four were from Kollam and one each from two other towns.", "one", 1.0),
        ("It cost less than a dollar a day.", "a dollar", 1.0),
        // Spelled-out numbers opening a sentence.
        ("Sixteen people were hurt.", "Sixteen", 16.0),
    ];

    #[test]
    fn numbers_as_people_write_them() {
        for (text, figure, value) in WRITTEN {
            let found = figure_in(text, figure);
            assert!((found.value - value).abs() < 1e-9, "{figure:?} in {text:?} is {}, not {value}", found.value);
        }
    }
}
