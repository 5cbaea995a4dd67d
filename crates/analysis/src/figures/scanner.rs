//! The scan of one sentence for figures: a number (read by `read`), the
//! currency, scale, unit or range around it, its qualifier and period, and
//! what it counts (see `counted`).
//!
//! A figure is read left to right in steps, each of which may extend the
//! tokens it spans: the number, a currency sign before it, the upper end of
//! a range, what follows the number (percent, currency word, unit, a noun
//! joined by a hyphen), a second part of a duration ("one year and three
//! months"), a range given in units ("18 months to four and a half
//! years"). The period after it and what it counts are read last and never
//! belong to its span.

use parallax_model::{Figure, FigureKind, Period, Qualifier, Span};

use super::numbers::*;
use super::counted::Draft;
use super::read::Number;
use super::{Claimed, Mentions};
use std::sync::LazyLock;

use crate::hash::FastMap;
use crate::lexicon;
use crate::text::{Folded, Shape, Token};

/// The words of a qualifier and what it says (see [`QUALIFIERS`]).
type QualifierWords = (&'static [&'static str], Qualifier);

pub(super) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    /// The folded form of each of `tokens`.
    pub(super) folded: &'a Folded,
    /// Whether each word of the report (by [`Folded::word_of`]) is one that
    /// may open a number (see [`opens_number`]), worked out once per word.
    pub(super) number_words: &'a [bool],
    /// Whether each word of the report may open a currency name (see
    /// [`lexicon::may_open_currency_word`]), worked out once per word.
    pub(super) currency_words: &'a [bool],
    /// Tokens of the current sentence: `start..end`.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) claimed: &'a Claimed<'a>,
    /// The report's names: its places tell which country's "pesos" or "$"
    /// it means, and a person's name before "45," makes 45 an age.
    pub(super) mentions: &'a Mentions<'a>,
}

impl<'a> Scanner<'a> {
    pub(super) fn token(&self, i: usize) -> Option<&'a Token> {
        if i >= self.start && i < self.end { self.tokens.get(i) } else { None }
    }

    /// Token `i` folded if it is a word, as written otherwise; `""`
    /// outside the sentence.
    pub(super) fn word(&self, i: usize) -> &'a str {
        match self.token(i) {
            Some(t) if t.is_word() => self.folded.get(i),
            Some(t) => t.text(self.text),
            None => "",
        }
    }

    /// The word `k` tokens before token `i`, `""` before the sentence.
    pub(super) fn word_before(&self, i: usize, k: usize) -> &'a str {
        if i >= self.start + k { self.word(i - k) } else { "" }
    }

    pub(super) fn is_claimed(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else {
            return true;
        };
        let at = self.claimed.first_ending_after(token.span().start);
        self.claimed.spans.get(at).is_some_and(|s| s.overlaps(token.span()))
    }

    /// Whether token `i` follows the one before it with no space.
    pub(super) fn glued(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| !t.space_before)
    }

    pub(super) fn is_number(&self, i: usize) -> bool {
        self.token(i).is_some_and(Token::is_number)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.token(i).is_some_and(Token::is_word)
    }

    /// The span of tokens `from..to`, which must not be empty.
    pub(super) fn span_of(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span().start, self.tokens[to - 1].span().end)
    }

    /// Whether token `i` may open a number: a numeral, a word that
    /// [`opens_number`], or a currency's letters glued to digits ("R351").
    #[inline]
    pub(super) fn may_open_number(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else {
            return false;
        };
        match token.shape {
            Shape::Number => true,
            Shape::Lower | Shape::Capitalized | Shape::Initial | Shape::AllCaps => {
                token.text(self.text).as_bytes().last().is_some_and(u8::is_ascii_digit)
                    || self
                        .folded
                        .word_of(i)
                        .and_then(|id| self.number_words.get(id).copied())
                        .unwrap_or_else(|| opens_number(self.word(i)))
            }
            _ => false,
        }
    }

    /// The qualifier that ends right before token `i`, with its length:
    /// the longest that does ("no more than" is a ceiling, not "more
    /// than").
    pub(super) fn qualifier_before(&self, i: usize) -> (Qualifier, usize) {
        // Only those ending in the word before `i` may end there, which one
        // look-up finds; reading the words before `i` for every qualifier
        // was a thirtieth of the analysis.
        static BY_LAST_WORD: LazyLock<FastMap<&'static str, Vec<QualifierWords>>> = LazyLock::new(|| {
            let mut map: FastMap<&'static str, Vec<QualifierWords>> = FastMap::default();
            for &(words, qualifier) in QUALIFIERS {
                if let Some(&last) = words.last() {
                    map.entry(last).or_default().push((words, qualifier));
                }
            }
            map
        });
        let Some(ending_here) = BY_LAST_WORD.get(self.word_before(i, 1)) else {
            return (Qualifier::Exact, 0);
        };
        let ends_here = |words: &[&str]| {
            let n = words.len();
            i >= self.start + n && (0..n).all(|k| self.word(i - n + k) == words[k])
        };
        let found = ending_here
            .iter()
            .filter(|(words, _)| ends_here(words))
            .max_by_key(|(words, _)| words.len())
            .map_or((Qualifier::Exact, 0), |(words, qualifier)| (*qualifier, words.len()));
        // "Containment was up to 84%", "raised the rate by 50 points, up to
        // 5.5%": risen to it, not at most it.
        let risen = found == (Qualifier::UpTo, 2) && self.word(i - 2) == "up" && {
            let before = self.word_before(i - 2, 1);
            matches!(before, "was" | "is" | "were" | "are" | "been" | "now" | "has" | "had")
                || risen_by(before)
                || (before == "," && (3..12).any(|k| risen_by(self.word_before(i - 2, k))))
        };
        if risen { (Qualifier::Exact, 0) } else { found }
    }

    /// The period an amount is given for, at token `i`, with its length:
    /// "yearly", "a month", "per day".
    pub(super) fn period_at(&self, i: usize) -> Option<(Period, usize)> {
        let word = self.word(i);
        let single = match word {
            "annually" | "yearly" | "annual" => Some(Period::Year),
            "monthly" => Some(Period::Month),
            "weekly" => Some(Period::Week),
            "daily" => Some(Period::Day),
            "hourly" => Some(Period::Hour),
            _ => None,
        };
        if let Some(period) = single {
            return Some((period, 1));
        }
        if matches!(word, "a" | "an" | "per" | "each" | "every" | "/") {
            let period = match self.word(i + 1) {
                "year" => Period::Year,
                "month" => Period::Month,
                "week" => Period::Week,
                "day" => Period::Day,
                "hour" => Period::Hour,
                _ => return None,
            };
            // "49.9°C a day earlier" is when, not how often.
            let when = matches!(self.word(i + 2), "earlier" | "later" | "before" | "after" | "ago");
            return (!when).then_some((period, 2));
        }
        None
    }

    /// The figure starting at token `i`, and the token after it (and after
    /// its period, which no other figure may take). Tokens before `free`
    /// belong to the figure before, so a currency sign there is not this
    /// figure's: no two figures share a token. `before` is the figure
    /// before it in the sentence, whose counted noun a bare number may
    /// share ("35 were killed in Amatrice, 11 in Accumoli").
    pub(super) fn figure_at(
        &self,
        i: usize,
        free: usize,
        sentence: usize,
        before: Option<&Figure>,
    ) -> Option<(Figure, usize)> {
        let number = self.number_at(i, before)?;
        if self.is_not_quantity(&number) {
            return None;
        }
        let mut draft = Draft::new(&number);
        if let Some(code) = &number.currency {
            draft.kind = FigureKind::Money;
            draft.unit = code.clone();
        } else if let Some((code, at)) = self.currency_before(number.start).filter(|&(_, at)| at >= free) {
            draft.kind = FigureKind::Money;
            draft.unit = self.resolve_currency(code);
            draft.first = at;
        }
        // Not over a figure read before: "two in 131" when "two" is one.
        let proportion = self.proportion(&number).filter(|&(first, _, _)| first >= free);
        if let Some((first, last, share)) = proportion.filter(|_| draft.kind == FigureKind::Count) {
            draft = Draft { first, last, value: share, kind: FigureKind::Percent, unit: String::from("percent"), ..draft };
        }
        // Before the currency sign: "about $4 million", "between £30 and £95".
        let (mut qualifier, qualifier_len) = self.qualifier_before(draft.first);
        let opening = draft.first - qualifier_len;
        let between = qualifier_len == 0 && self.word_before(draft.first, 1) == "between";
        self.range_after(&mut draft, &number, between);
        self.measure_after(&mut draft, &number);
        self.duration_after(&mut draft);
        self.unit_range_after(&mut draft, between);
        let bound = if qualifier_len == 0 { self.bound_after(&mut draft) } else { None };
        if let Some((written_after, _)) = bound {
            qualifier = written_after;
        }
        let last = draft.last;
        let period = self.period_at(last);
        let uncounted = draft.unit.is_empty() && draft.kind == FigureKind::Count;
        if uncounted && let Some(counted) = self.counted(&number, last, opening, before) {
            draft.unit = counted.unit;
            draft.unit_span = counted.span;
            if counted.measure {
                draft.kind = FigureKind::Measure;
            }
        }
        if qualifier_len == 1 && self.spans_a_period(&draft, draft.first, before.is_some()) {
            qualifier = Qualifier::Exact;
        }
        let span = self.span_of(draft.first, last);
        let qualifier_text = if let Some((_, at)) = bound {
            self.span_of(at, at + 2).slice(self.text).to_string()
        } else if qualifier == Qualifier::Exact || qualifier_len == 0 {
            String::new()
        } else {
            self.span_of(opening, draft.first).slice(self.text).to_string()
        };
        let figure = Figure {
            span,
            text: span.slice(self.text).to_string(),
            value: draft.value,
            high: draft.high,
            unit: draft.unit,
            unit_span: draft.unit_span,
            kind: draft.kind,
            qualifier,
            qualifier_text,
            period: period.map(|(period, _)| period),
            sentence,
        };
        Some((figure, last + period.map_or(0, |(_, len)| len)))
    }

    /// Extends `draft` over the upper end of a range: "40 to 45", "40-45",
    /// "20 or 30", "between 40 and 45" (when `between`), not below its
    /// value. A lower end without the scale or currency of the upper one
    /// takes them: "two to $12 billion" is 2 to 12 billion dollars.
    fn range_after(&self, draft: &mut Draft, number: &Number, between: bool) {
        let joiner = self.word(draft.last);
        let is_range_joiner = matches!(joiner, "to" | "-" | "–" | "or") || (joiner == "and" && between);
        // "rose from 40 to 45": a change, two figures; "ranging from 40 to
        // 45" is a range.
        let ranging = matches!(self.word_before(number.start, 2), "range" | "ranges" | "ranging" | "ranged" | "varies");
        let change = joiner == "to" && self.word_before(number.start, 1) == "from" && !ranging;
        // "cut by a quarter-point to 4.25%": the change, then the level.
        let points = self.word(number.end - 1).ends_with("-point");
        if !is_range_joiner || change || points {
            return;
        }
        let mut k = draft.last + 1;
        let sign = self.currency_before(k + 1).filter(|&(_, at)| at == k);
        if sign.is_some() {
            k += 1;
        }
        let Some(upper) = self.number_at(k, None).filter(|u| u.currency.is_none()) else {
            return;
        };
        let mut low = draft.value;
        let shares_scale =
            number.scale == 1.0 && upper.scale > 1.0 && number.currency.is_none() && low * upper.scale <= upper.value;
        if shares_scale {
            low *= upper.scale;
        }
        if upper.value < low {
            return;
        }
        if let Some((code, _)) = sign.filter(|_| draft.kind != FigureKind::Money) {
            // "two to $12 billion" shares the sign; "won 2 to $5" is no range.
            if !shares_scale {
                return;
            }
            draft.kind = FigureKind::Money;
            draft.unit = self.resolve_currency(code);
        }
        draft.value = low;
        draft.high = Some(upper.value);
        draft.last = upper.end;
    }

    /// Extends `draft` over what follows the number and makes it a
    /// percentage, an amount of money or a measure: "%", "percent",
    /// "percentage points", a currency word, "cents", a unit, a noun joined
    /// by a hyphen ("13-year", "a six-member panel").
    fn measure_after(&self, draft: &mut Draft, number: &Number) {
        if number.seconds {
            draft.kind = FigureKind::Measure;
            draft.unit = String::from("seconds");
            return;
        }
        if self.word(number.end - 1).ends_with("-point") {
            draft.kind = FigureKind::Percent;
            draft.unit = String::from("percentage points");
            return;
        }
        if let Some(noun) = self.compound_noun(number) {
            self.joined_noun(draft, noun, self.span_of(number.start, number.end));
            return;
        }
        let mut last = draft.last;
        // "57.8-per cent", "25-percent": a hyphen glued between the number
        // and a percent word.
        let hyphen = self.word(last) == "-" && self.token(last).is_some_and(|t| !t.space_before);
        if hyphen && (is_percent_word(self.word(last + 1)) || self.word(last + 1) == "per" && self.word(last + 2) == "cent") {
            last += 1;
            draft.last = last;
        }
        let next = self.word(last);
        if next == "%" {
            draft.kind = FigureKind::Percent;
            draft.unit = String::from("percent");
            draft.last += 1;
        } else if is_percent_word(next) || (next == "per" && self.word(last + 1) == "cent") {
            draft.kind = FigureKind::Percent;
            draft.last += if next == "per" { 2 } else { 1 };
            if self.word(draft.last) == "percentage" && matches!(self.word(draft.last + 1), "points" | "point") {
                draft.last += 2;
            }
            draft.unit = String::from("percent");
        } else if next == "percentage" && matches!(self.word(last + 1), "points" | "point") {
            draft.kind = FigureKind::Percent;
            draft.unit = String::from("percentage points");
            draft.last += 2;
        } else if self.money_word_after(draft) {
            // "20 dollars", "80 cents", "3 million Canadian dollars".
        } else if draft.kind == FigureKind::Count {
            self.unit_after(draft);
        }
        if draft.kind == FigureKind::Money
            && lexicon::currency_word(self.word(draft.last)).is_some()
            && !self.opens_next_figure(draft.last)
        {
            // "$20 dollars" repeats the currency.
            draft.last += 1;
        }
    }

    /// The noun a number is joined to by a hyphen: "five-year" as one word,
    /// "13-year", "400-foot-tall" as a numeral, a hyphen and a word.
    fn compound_noun(&self, number: &Number) -> Option<(&'a str, usize)> {
        if number.compound {
            return compound_number(self.word(number.start)).map(|(_, noun)| (noun, number.start));
        }
        let hyphen = number.end;
        let joined = self.word(hyphen) == "-" && self.glued(hyphen) && self.glued(hyphen + 1);
        if !joined || !self.token(hyphen + 1).is_some_and(|t| t.shape == Shape::Lower) {
            return None;
        }
        // "400-foot-tall": the noun is the first part.
        let word = self.word(hyphen + 1);
        let noun = word.split('-').next().unwrap_or(word);
        let adjective = noun.ends_with("ed") || noun.ends_with("ing") || noun.ends_with("ly");
        let noun_like = noun.len() >= 2 && !adjective && !lexicon::is_stopword(noun) && !opens_number(noun);
        noun_like.then_some((noun, hyphen + 1))
    }

    /// Makes `draft` count the noun a number is joined to (`noun`, at
    /// token `at`): a unit of measure ("13-year" is 13 years, "a
    /// decade-long" ten years), else the noun's plural ("six-member": six
    /// members, "two-time": two times).
    fn joined_noun(&self, draft: &mut Draft, (noun, at): (&str, usize), number_span: Span) {
        draft.last = draft.last.max(at + 1);
        if let Some((times, unit)) = unit_multiple(noun) {
            draft.kind = FigureKind::Measure;
            draft.value *= times;
            draft.unit = unit.to_string();
        } else if let Some(unit) = lexicon::unit(noun) {
            draft.kind = FigureKind::Measure;
            draft.unit = unit.to_string();
        } else if draft.kind == FigureKind::Count {
            draft.unit = counted_plural(noun);
            // The noun stands at the end of the figure's own word
            // ("six-member") or opens the word after its hyphen ("7-tier");
            // measured in the text as written, whose folded form may differ
            // in length.
            let token = self.tokens[at].span();
            let written = token.slice(self.text);
            let span = if token.start == number_span.start {
                written.rsplit_once('-').map(|(_, noun)| Span::new(token.end - noun.len(), token.end))
            } else {
                written.split('-').next().map(|noun| Span::new(token.start, token.start + noun.len()))
            };
            draft.unit_span = span;
        }
    }

    /// Extends a count over a unit of measure after it: "40 kilometres",
    /// "25 basis points", "a decade" (ten years), "7.4 magnitude".
    fn unit_after(&self, draft: &mut Draft) {
        let last = draft.last;
        // "52.3°C": the sign and the scale's letter glued on.
        let scale = [("c", "°C"), ("f", "°F")].into_iter().find(|(letter, _)| self.word(last + 1) == *letter).map(|(_, unit)| unit);
        if let Some(unit) = scale.filter(|_| self.word(last) == "°" && self.glued(last) && self.glued(last + 1)) {
            draft.kind = FigureKind::Measure;
            draft.unit = unit.to_string();
            draft.last += 2;
            return;
        }
        if !self.is_word(last) {
            return;
        }
        let next = self.word(last);
        if self.is_word(last + 1) {
            let pair = format!("{next} {}", self.word(last + 1));
            if let Some(unit) = lexicon::unit(&pair) {
                draft.kind = FigureKind::Measure;
                draft.unit = unit.to_string();
                draft.last += 2;
                return;
            }
        }
        if self.word(last + 1) == "/" && self.glued(last + 1) && self.glued(last + 2) {
            // "185 km/h", "40 kg/m2": a rate, written with a slash.
            let rate = format!("{next}/{}", self.word(last + 2));
            if let Some(unit) = lexicon::unit(&rate) {
                draft.kind = FigureKind::Measure;
                draft.unit = unit.to_string();
                draft.last += 3;
                return;
            }
        }
        if let Some(unit) = glued_unit(next).filter(|_| self.glued(last)) {
            // "40C", "8-10in".
            draft.kind = FigureKind::Measure;
            draft.unit = unit.to_string();
            draft.last += 1;
        } else if let Some((times, unit)) = unit_multiple(next) {
            // "a decade" is ten years, and compares with "ten years".
            draft.kind = FigureKind::Measure;
            draft.value *= times;
            draft.high = draft.high.map(|high| high * times);
            draft.unit = unit.to_string();
            draft.last += 1;
        } else if let Some(unit) = lexicon::unit(next) {
            // Time units count as measures only after a number: "20 years".
            draft.kind = FigureKind::Measure;
            draft.unit = unit.to_string();
            draft.last += 1;
        }
    }

    /// Extends a duration over a second, smaller part: "one year and three
    /// months" is 15 months, "2 hours, 35 seconds" 7,235 seconds.
    fn duration_after(&self, draft: &mut Draft) {
        if draft.kind != FigureKind::Measure || draft.high.is_some() || !is_time_unit(&draft.unit) {
            return;
        }
        let mut k = draft.last;
        if self.word(k) == "," {
            k += 1;
        }
        if self.word(k) == "and" {
            k += 1;
        }
        if k == draft.last {
            return;
        }
        let Some(part) = self.number_at(k, None).filter(|n| n.currency.is_none() && !n.compound) else {
            return;
        };
        let Some(small) = lexicon::unit(self.word(part.end)) else {
            return;
        };
        let Some(ratio) = time_ratio(&draft.unit, small) else {
            return;
        };
        draft.value = draft.value * ratio + part.value;
        draft.unit = small.to_string();
        draft.last = part.end + 1;
    }

    /// Extends a measure over the upper end of a range given in units:
    /// "between 18 months and four and a half years" is 1.5 to 4.5 years.
    fn unit_range_after(&self, draft: &mut Draft, between: bool) {
        if draft.kind != FigureKind::Measure || draft.high.is_some() {
            return;
        }
        let joiner = self.word(draft.last);
        if !(matches!(joiner, "to" | "-" | "–") || (joiner == "and" && between)) {
            return;
        }
        let Some(upper) = self.number_at(draft.last + 1, None).filter(|n| n.currency.is_none() && !n.compound) else {
            return;
        };
        let Some(unit) = lexicon::unit(self.word(upper.end)) else {
            return;
        };
        let low =
            if unit == draft.unit { draft.value } else { draft.value / time_ratio(unit, &draft.unit).unwrap_or(0.0) };
        if !low.is_finite() || upper.value < low {
            return;
        }
        draft.value = (low * 1000.0).round() / 1000.0;
        draft.high = Some(upper.value);
        draft.unit = unit.to_string();
        draft.last = upper.end + 1;
    }
}

/// Whether a canonical unit is one of time, which combine into durations.
pub(super) fn is_time_unit(unit: &str) -> bool {
    matches!(unit, "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years")
}

/// Whether a verb of a rise is one that "up to" after it completes with the
/// level reached: "raised up to 5.5%".
fn risen_by(word: &str) -> bool {
    lexicon::change_verb(word) == Some(lexicon::Direction::Up) && word != "up"
}

#[cfg(test)]
mod tests {
    use parallax_model::{Period, Qualifier};

    use crate::figures::tests::{figure_in, figures_of};

    /// (text, the figure as written, its qualifier).
    const QUALIFIED: &[(&str, &str, Qualifier)] = &[
        // "at least" is a floor, as "more than" is.
        ("At least 14 were killed.", "14", Qualifier::AtLeast),
        // "was up to": risen to the number, no ceiling; "up to" alone is one.
        ("Containment was up to 84% late Sunday.", "84%", Qualifier::Exact),
        ("Fines of up to $5,000 apply.", "$5,000", Qualifier::UpTo),
        ("The bank raised its rate by 50 points, up to 5.5% a year.", "5.5%", Qualifier::Exact),
        ("Rates rose up to 4% in May.", "4%", Qualifier::Exact),
        ("The bank may raise rates to as much as 6%.", "6%", Qualifier::UpTo),
        // "no more than" is a ceiling the value may reach.
        ("Rents may rise no more than 3 per cent.", "3 per cent", Qualifier::AtMost),
        // A qualifier before a currency sign.
        ("The agency sent about $4 million.", "$4 million", Qualifier::About),
        // "over" before a duration that follows another figure says over
        // what time, and qualifies nothing...
        ("Nurses won a 30% raise over three years.", "three years", Qualifier::Exact),
        // ...but after "for" it means more than.
        ("The dam leaked for over three years.", "three years", Qualifier::MoreThan),
        ("Costs rose over 5% in May.", "5%", Qualifier::MoreThan),
    ];

    #[test]
    fn qualifiers_keep_their_meaning() {
        for (text, figure, qualifier) in QUALIFIED {
            assert_eq!(figure_in(text, figure).qualifier, *qualifier, "{figure:?} in {text:?}");
        }
    }

    /// (text, the figure as written, its value and upper end).
    const RANGES: &[(&str, &str, f64, Option<f64>)] = &[
        // A rate written with a slash.
        ("Gusts reached 185 km/h.", "185 km/h", 185.0, None),
        ("Winds of 265 kmh hit the coast.", "265 kmh", 265.0, None),
        // A range of amounts, each with its sign.
        ("Tickets cost between £30 and £95.", "£30 and £95", 30.0, Some(95.0)),
        // "or" joins a range too.
        ("Smoke rose 20 or 30 metres high.", "20 or 30 metres", 20.0, Some(30.0)),
        // "from ... to" is a change: two figures.
        ("Staff rose from 40 to 45 nurses.", "40", 40.0, None),
        // A range in units, and of a spelled-out lower end.
        ("Terms range from one to four and a half years.", "one to four and a half years", 1.0, Some(4.5)),
    ];

    #[test]
    fn ranges_and_changes() {
        for (text, figure, value, high) in RANGES {
            let found = figure_in(text, figure);
            assert_eq!((found.value, found.high), (*value, *high), "{figure:?} in {text:?}");
        }
    }

    /// (text, the figure as written, its value and unit) for what follows
    /// a number and makes it a percentage or a measure.
    const MEASURED: &[(&str, &str, f64, &str)] = &[
        // A temperature and inches written with a letter glued on.
        ("Temperatures hit 40C on Tuesday.", "40C", 40.0, "°C"),
        ("It reached 52.3°C at 2pm.", "52.3°C", 52.3, "°C"),
        ("The mercury touched 52.3 degrees Celsius.", "52.3 degrees Celsius", 52.3, "°C"),
        ("Up to 8-10in of rain fell.", "8-10in", 8.0, "inches"),
        // "pc" and "pct", glued or not, are percent.
        ("Profit rose 102pc on the year.", "102pc", 102.0, "percent"),
        ("Sales fell 3 pct in May.", "3 pct", 3.0, "percent"),
        // A hyphen between the number and "per cent".
        ("It will buy the 57.8-per cent it does not own.", "57.8-per cent", 57.8, "percent"),
    ];

    #[test]
    fn what_follows_a_number_measures_it() {
        for (text, figure, value, unit) in MEASURED {
            let found = figure_in(text, figure);
            assert_eq!((found.value, found.unit.as_str()), (*value, *unit), "{figure:?} in {text:?}");
        }
    }

    #[test]
    fn a_period_is_no_figure_of_its_own() {
        let found = figures_of("He earns $20 a month and left a year ago.");
        let texts: Vec<&str> = found.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["$20"]);
        assert_eq!(found[0].period, Some(Period::Month));
    }
}
