//! Numbers written out in words, as news copy writes them: number words
//! ("six", "twenty five", "three-to-five"), "a dozen", "a score of", "a
//! pair of", fractions of a whole ("a third", "two thirds", "half the
//! town", "a quarter of a million"), "a decade" or "an hour" where the
//! sentence states an amount of time, and "one" where it counts rather
//! than stands for a person or thing ("one of the", "one day").
//!
//! A word that reads as a number only in some sentences is tested here
//! against its sentence; the scale words after it are read by `read`.

use parallax_model::{Figure, Qualifier};

use super::numbers::*;
use super::read::{DETERMINERS, Number};
use super::scanner::Scanner;
use crate::lexicon;

/// Nouns after which "one" is no count but an idiom: "one thing is
/// clear", "one way or another", "one day".
const ONE_IDIOMS: &[&str] = &["thing", "way", "day", "time", "reason", "question", "problem", "issue", "point"];

impl Scanner<'_> {
    /// A spelled-out number at the word `i`.
    pub(super) fn spelled_at(&self, i: usize, before: Option<&Figure>) -> Option<Number> {
        // "2seventy bio": a number word glued to a word or a digit is part
        // of a name.
        let glued = self.token(i).is_some_and(|t| !t.space_before)
            && i > self.start
            && self.token(i - 1).is_some_and(|t| t.text(self.text).chars().last().is_some_and(char::is_alphanumeric));
        if glued {
            return None;
        }
        let word = self.word(i);
        match word {
            "a" | "an" => self.a_number_at(i),
            "half" => self.half_at(i),
            // "a quarter century" and "a quarter of" open at "a".
            // "a quarter" opens at "a"; "the quarter of a percentage point".
            "quarter" if self.word_before(i, 1) != "a" => self.quarter_at(i),
            "quarter" => None,
            "dozen" => Some(Number::new(i, i + 1, 12.0)),
            _ => {
                // "seven-million more pounds": a number and its scale.
                let scaled = word.split_once('-').and_then(|(n, s)| Some((small_number(n)?, scale(s)?)));
                if let Some((value, scale)) = scaled {
                    return Some(Number { scale, ..Number::new(i, i + 1, value * scale) });
                }
                if let Some((value, noun)) = compound_number(word) {
                    let fraction = noun.is_empty();
                    return Some(Number { fraction, compound: !fraction, ..Number::new(i, i + 1, value) });
                }
                if let Some((low, high)) = spelled_range(word) {
                    return Some(Number { high: Some(high), ..Number::new(i, i + 1, low) });
                }
                let value = small_number(word)?;
                if word == "one" && !self.one_is_a_count(i, before) {
                    return None;
                }
                Some(self.number_word_at(i, value))
            }
        }
    }

    /// The number a number word worth `value` opens at token `i`: "six and
    /// a half", "two thirds", "twenty five" (written apart), "two dozen".
    fn number_word_at(&self, i: usize, value: f64) -> Number {
        let next = self.word(i + 1);
        let mut number = Number::new(i, i + 1, value);
        if let Some(end) = self.and_a_half(i + 1) {
            number.value += 0.5;
            number.end = end;
        } else if let Some(part) = fraction_word(next).filter(|_| value < 10.0 && next != "half") {
            // "two thirds", "one third", "three quarters".
            number.value = rounded_fraction(value * part);
            number.end += 1;
            number.fraction = true;
        } else if let Some(unit) = below_twenty(next).filter(|u| tens(self.word(i)).is_some() && (1..10).contains(u)) {
            // "Twenty five", written without its hyphen.
            number.value += unit as f64;
            number.end += 1;
        }
        if self.word(number.end) == "dozen" && !number.fraction {
            number.value *= 12.0;
            number.end += 1;
        }
        number
    }

    /// A number opening with "a" or "an": "a dozen", "a score of", "a pair
    /// of", "a million", "a third", "a quarter of a million", "a quarter of a percentage point",
    /// "a decade" and "an hour" where the sentence states them as an amount
    /// of time ("for about an hour", "a decade of growth"), "a dollar".
    fn a_number_at(&self, i: usize) -> Option<Number> {
        let next = self.word(i + 1);
        if next == "dozen" {
            return Some(Number::new(i, i + 2, 12.0));
        }
        // "a score of people" is twenty; "a score of 85" a result.
        let counted =
            self.is_word(i + 3) && !opens_number(self.word(i + 3)) && !DETERMINERS.contains(&self.word(i + 3));
        if next == "score" && self.word(i + 2) == "of" && counted {
            return Some(Number::new(i, i + 2, 20.0));
        }
        // "a pair of British hospitals".
        if next == "pair" && self.word(i + 2) == "of" && counted {
            return Some(Number::new(i, i + 2, 2.0));
        }
        if let Some(scale) = scale(next) {
            return Some(Number { scale, ..Number::new(i, i + 2, scale) });
        }
        // "a quarter-point cut": a fraction of a percentage point.
        if let Some(part) = next.strip_suffix("-point").and_then(fraction_word) {
            return Some(Number::new(i, i + 2, part));
        }
        // "a third of", "a quarter century"; "a third term" is an ordinal.
        let of_whole = matches!(self.word(i + 2), "of" | "century") || !self.is_word(i + 2);
        if let Some(part) = fraction_word(next).filter(|_| of_whole) {
            return Some(self.fraction_from(i, i + 1, part));
        }
        // Not a name's word: "a Real Madrid player".
        if self.is_word(i + 1) && lexicon::currency_word(next).is_some() && self.word(i + 2) != "-" && !self.is_claimed(i + 1) {
            // "less than a dollar a day".
            return Some(Number::new(i, i + 1, 1.0));
        }
        let of_time = lexicon::unit(next).is_some_and(super::scanner::is_time_unit) || unit_multiple(next).is_some();
        (of_time && self.states_an_amount_of_time(i)).then(|| Number::new(i, i + 1, 1.0))
    }

    /// "quarter" without "a": "the quarter of a percentage point cut", "a
    /// quarter century" (which "a" opens).
    fn quarter_at(&self, i: usize) -> Option<Number> {
        let of_a = self.word(i + 1) == "of" && matches!(self.word(i + 2), "a" | "an");
        let whole = self.word(i + 3);
        let stated = of_a && (scale(whole).is_some() || matches!(whole, "percent" | "percentage" | "per"));
        (stated || self.word(i + 1) == "century").then(|| self.fraction_from(i, i, 0.25))
    }

    /// The number of the fraction word `k` (worth `part`) opened at token
    /// `start`: "a quarter of a million", "a quarter of a percentage
    /// point" (the percent follows), "a quarter century" (the century
    /// follows), "a third" of what follows.
    fn fraction_from(&self, start: usize, k: usize, part: f64) -> Number {
        let of_a = self.word(k + 1) == "of" && matches!(self.word(k + 2), "a" | "an");
        if let Some(scale) = scale(self.word(k + 3)).filter(|_| of_a) {
            return Number { scale, ..Number::new(start, k + 4, part * scale) };
        }
        if of_a && matches!(self.word(k + 3), "percent" | "percentage" | "per") {
            return Number::new(start, k + 3, part);
        }
        let fraction = self.word(k + 1) != "century";
        Number { fraction, ..Number::new(start, k + 1, rounded_fraction(part)) }
    }

    /// Whether "a year", "an hour" at token `i` states an amount of time
    /// rather than being an idiom ("a year ago", "a day earlier") or the
    /// period of the figure before ("$20 a month"): a qualifier, "for" or a
    /// verb of spending time stands before it ("about an hour", "for a
    /// decade", "spent an hour"), or "of", "after" or a smaller part
    /// follows it ("a decade of growth", "an hour after the crash", "an
    /// hour and 20 minutes").
    fn states_an_amount_of_time(&self, i: usize) -> bool {
        let before = self.word_before(i, 1);
        // After a number, a period ("$20 a month"); a date's number does not
        // count ("2024-05-26 A day after").
        let after_number = self.token(i.wrapping_sub(1)).is_some_and(|t| t.is_number()) && !self.is_claimed(i - 1);
        if after_number || lexicon::unit(before).is_some() {
            return false;
        }
        let qualified = self.qualifier_before(i).1 > 0 || matches!(before, "for" | "just" | "only");
        // "spent an hour", "took a decade".
        let spent = matches!(
            before,
            "spent"
                | "spend"
                | "spends"
                | "spending"
                | "took"
                | "take"
                | "takes"
                | "taking"
                | "lasted"
                | "lasts"
                | "lasting"
        );
        // "an hour and 20 minutes".
        let and_more = self.word(i + 2) == "and" && (self.is_number(i + 3) || small_number(self.word(i + 3)).is_some());
        // "2013 was a year of progress" says what the year was like.
        let described = matches!(before, "was" | "is" | "been" | "be" | "were");
        qualified || spent || and_more || (matches!(self.word(i + 2), "of" | "after") && !described)
    }

    /// "half" as a number: "half of the town", "half the workforce", "half
    /// its budget", "half a million", "half an hour". "More than half" and
    /// "over half" are vague, and "the second half", "a half marathon" no
    /// quantity.
    fn half_at(&self, i: usize) -> Option<Number> {
        let before = self.word_before(i, 1);
        let next = self.word(i + 1);
        let part =
            matches!(before, "first" | "second" | "latter" | "former" | "other" | "top" | "bottom" | "back" | "front");
        // "the extra half hour", "a half day"; "closed the half year" names
        // a period of accounts.
        let of_time = lexicon::unit(next).is_some_and(super::scanner::is_time_unit) && !looks_plural(next);
        if of_time && !part && !matches!(before, "and" | "one") && !DETERMINERS.contains(&before) {
            return Some(Number::new(i, i + 1, 0.5));
        }
        if matches!(before, "a" | "the" | "and" | "one") || part || lexicon::is_compass(before) {
            return None;
        }
        if matches!(next, "a" | "an") {
            let after = self.word(i + 2);
            if let Some(scale) = scale(after) {
                return Some(Number { scale, ..Number::new(i, i + 3, 0.5 * scale) });
            }
            if lexicon::unit(after).is_some() {
                return Some(Number::new(i, i + 2, 0.5));
            }
            return None;
        }
        let vague = matches!(self.qualifier_before(i).0, Qualifier::MoreThan | Qualifier::LessThan | Qualifier::AtLeast | Qualifier::AtMost);
        let counts = next == "of" || DETERMINERS.contains(&next) || next.ends_with("'s") || next.ends_with("’s");
        (counts && !vague).then(|| Number { fraction: true, ..Number::new(i, i + 1, 0.5) })
    }

    /// Whether "one" at token `i` is a count rather than a pronoun ("one of
    /// the", "no one", "one day I would"): before a scale or a range ("one
    /// million", "one to four years"), before a unit of measure ("one
    /// week", "one foot"; "one day" is an idiom), after a qualifier or a
    /// verb of harm ("at least one", "killing one"), after "only", "just"
    /// or "all but", before a noun and a verb ("one passenger was missing"),
    /// or in a list of counts ("five Ukrainians, one German").
    fn one_is_a_count(&self, i: usize, before: Option<&Figure>) -> bool {
        let next = self.word(i + 1);
        if scale(next).is_some() || self.and_a_half(i + 1).is_some() {
            return true;
        }
        let joiner = matches!(next, "to" | "or" | "-" | "–");
        if joiner && (self.is_number(i + 2) || small_number(self.word(i + 2)).is_some()) {
            return true;
        }
        if lexicon::unit(next).is_some() && next != "day" && self.is_word(i + 1) {
            return true;
        }
        let prev = self.word_before(i, 1);
        if self.qualifier_before(i).1 > 0 || lexicon::outcome(prev).is_some() {
            return true;
        }
        if matches!(prev, "only" | "just" | "plus") || (prev == "but" && self.word_before(i, 2) == "all") {
            return true;
        }
        // "one each".
        if next == "each" || self.one_before_a_counted_noun(i) {
            return true;
        }
        let in_list = matches!(prev, "," | "and");
        let after_count = before
            .and_then(|f| f.unit_span)
            .is_some_and(|s| self.token(i.wrapping_sub(2)).is_some_and(|t| t.span().end == s.end));
        in_list && after_count
    }

    /// Whether "one" at token `i` counts the noun after it: a noun and a
    /// verb follow ("one passenger was still missing"; not "one thing is
    /// clear"), or the sentence counts the same noun with another number
    /// ("one share for every 22.48 shares", "10 counts of fraud and one
    /// count of theft").
    fn one_before_a_counted_noun(&self, i: usize) -> bool {
        let noun = self.word(i + 1);
        if !self.is_word(i + 1) || lexicon::is_stopword(noun) || ONE_IDIOMS.contains(&noun) {
            return false;
        }
        if matches!(self.word(i + 2), "was" | "is" | "has" | "had" | "remains" | "remained") {
            return true;
        }
        let plural = counted_plural(noun);
        let near = i.saturating_sub(30).max(self.start)..(i + 30).min(self.end);
        near.into_iter().any(|k| self.is_number(k) && self.word(k + 1) == plural)
    }

    /// "one in five children", "1 in 4 adults", "two out of three voters":
    /// a share written as a proportion of up to 100, around the number at
    /// `number` (its first or its second part). Its first token, the token
    /// after it, and the share in percent.
    pub(super) fn proportion(&self, number: &Number) -> Option<(usize, usize, f64)> {
        let whole = |v: f64| v.fract() == 0.0 && v >= 1.0;
        let part_at = |k: usize| -> Option<f64> {
            let word = self.word(k);
            small_number(word).or_else(|| word.parse::<f64>().ok()).filter(|&v| whole(v) && v <= 100.0)
        };
        // Of what: not "1 in 10 minutes", a rate.
        let of_people = |end: usize| lexicon::unit(self.word(end)).is_none() && !self.is_number(end);
        let linked = |k: usize| match self.word(k) {
            "in" => Some(1),
            "out" if self.word(k + 1) == "of" => Some(2),
            _ => None,
        };
        // A proportion is of few ("won 36 out of 38 provinces" counts them).
        let few = |part: f64| part <= 10.0;
        if number.scale == 1.0 && whole(number.value) && number.high.is_none() {
            // The first part read: "1 in 4".
            if let Some(len) = linked(number.end)
                && let Some(of) = part_at(number.end + len).filter(|&of| of > number.value && few(number.value))
                && of_people(number.end + len + 1)
            {
                return Some((number.start, number.end + len + 1, 100.0 * number.value / of));
            }
            // The second: "one in five", whose "one" opens no figure.
            let (before, two_before) = (self.word_before(number.start, 1), self.word_before(number.start, 2));
            let len = if before == "in" { 1 } else if before == "of" && two_before == "out" { 2 } else { 0 };
            let first = number.start.checked_sub(len + 1).filter(|_| len > 0)?;
            let part = part_at(first).filter(|&part| part < number.value && few(part) && !self.is_claimed(first))?;
            return of_people(number.end).then_some((first, number.end, 100.0 * part / number.value));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::tests::figures_of;

    /// (text, words that open no number there).
    const NOT_NUMBERS: &[(&str, &str)] = &[
        // A number word glued to a digit inside a name.
        ("2seventy bio will be acquired for $5 a share.", "seventy"),
        // "one" as a pronoun and in idioms.
        ("One of the pilots said one day they would return.", "one"),
        ("But one thing is clear: the bank has failed.", "one"),
        // "a year ago", "a day earlier" are no amounts of time.
        ("The dam broke a year ago, a day earlier than feared.", "a year"),
        // Nor is a year described.
        ("\"2013 was a year of progress,\" he said. It has been a year of change.", "a year"),
        // Vague halves and halves of things that are no fraction of them.
        ("More than half the staff left in the second half of May.", "half"),
        ("She ran half marathons in the northern half of the park.", "half"),
        ("The carrier closed the half year with a profit.", "half"),
        // An ordinal, not a fraction; a result, not twenty.
        ("He won a third term.", "a third"),
        ("She got a score of 85 on the test.", "a score"),
        // No count of anything.
        ("It runs on zero-carbon power.", "zero-carbon"),
    ];

    #[test]
    fn words_that_are_no_numbers_open_no_figure() {
        for (text, word) in NOT_NUMBERS {
            let found: Vec<String> = figures_of(text).into_iter().map(|f| f.text).collect();
            assert!(!found.iter().any(|f| f.to_lowercase().starts_with(word)), "{word:?} in {text:?}: {found:?}");
        }
    }
}
