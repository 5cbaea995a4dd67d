//! The scan of one sentence for figures: a number, the currency, scale,
//! unit or range around it, its qualifier and period, and what it counts.

use parallax_model::{Figure, FigureKind, Period, Qualifier, Span};

use super::numbers::*;
use super::{Claimed, Places};
use crate::lexicon;
use crate::text::{Folded, Shape, Token};

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
    /// The places the report names, to tell which country's "pesos" or
    /// "dinars" it means.
    pub(super) places: &'a Places<'a>,
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

    pub(super) fn is_claimed(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else {
            return true;
        };
        let at = self.claimed.first_ending_after(token.span().start);
        self.claimed.spans.get(at).is_some_and(|s| s.overlaps(token.span()))
    }

    pub(super) fn glued(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| !t.space_before)
    }

    /// A number expression starting at token `i`: digits ("1,200", "1.2
    /// million", "$5m"), spelled out ("twenty-five thousand", "a dozen",
    /// "half a million").
    /// Whether token `i` may open a number: a numeral, or a word that
    /// [`opens_number`].
    #[inline]
    pub(super) fn may_open_number(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else {
            return false;
        };
        match token.shape {
            Shape::Number => true,
            Shape::Lower | Shape::Capitalized => self
                .folded
                .word_of(i)
                .and_then(|id| self.number_words.get(id).copied())
                .unwrap_or_else(|| opens_number(self.word(i))),
            _ => false,
        }
    }

    pub(super) fn number_at(&self, i: usize) -> Option<Number> {
        let token = self.token(i)?;
        // Most tokens cannot open a number; say so before the search of
        // the claimed spans.
        if !self.may_open_number(i) || self.is_claimed(i) {
            return None;
        }
        let word = self.word(i);
        let (mut value, mut end) = match token.shape {
            Shape::Number => (numeral(token.text(self.text))?, i + 1),
            Shape::Lower | Shape::Capitalized => {
                let next = self.word(i + 1);
                if word == "a" || word == "an" {
                    // "a dozen", "a hundred", "a million".
                    if next == "dozen" { (12.0, i + 2) } else { (scale(next)?, i + 2) }
                } else if word == "half" && matches!(next, "a" | "an") {
                    // "half a million".
                    (0.5 * scale(self.word(i + 2))?, i + 3)
                } else if word == "dozen" {
                    (12.0, i + 1)
                } else {
                    let v = small_number(word)?;
                    // "one" is mostly a pronoun; count it only before a scale.
                    if word == "one" && scale(next).is_none() {
                        return None;
                    }
                    (v, i + 1)
                }
            }
            _ => return None,
        };
        if token.shape == Shape::Number {
            // "1.2 million", "3 bn", "$5m".
            let next = self.word(end);
            let glued_m = next == "m" && self.glued(end);
            if let Some(s) = scale(next).or(if glued_m { Some(1e6) } else { None }) {
                value *= s;
                end += 1;
            }
        } else {
            // "two hundred and fifty", "twenty-five thousand".
            loop {
                let next = self.word(end);
                if let Some(s) = scale(next) {
                    value *= s;
                    end += 1;
                } else if next == "and" && scale(self.word(end - 1)).is_some() {
                    match small_number(self.word(end + 1)) {
                        Some(v) => {
                            value += v;
                            end += 2;
                        }
                        None => break,
                    }
                } else {
                    break;
                }
            }
        }
        Some(Number { start: i, end, value })
    }

    /// Whether the number at `i` is an age, an identifier or a rank.
    pub(super) fn is_not_quantity(&self, i: usize) -> bool {
        let before = |k: usize| {
            if k >= 1 && i >= self.start + k { self.word(i - k) } else { "" }
        };
        let cue = |w: &str| NOT_QUANTITY_CUES.contains(&w);
        cue(before(1))
            || (before(1) == "." && cue(before(2)))
            || (matches!(before(1), "of" | "from" | "between") && cue(before(2)))
    }

    /// The qualifier that ends right before token `i`, with its length.
    pub(super) fn qualifier_before(&self, i: usize) -> (Qualifier, usize) {
        for (words, qualifier) in QUALIFIERS {
            let n = words.len();
            if i < self.start + n {
                continue;
            }
            if (0..n).all(|k| self.word(i - n + k) == words[k]) {
                return (*qualifier, n);
            }
        }
        (Qualifier::Exact, 0)
    }

    /// A currency symbol or code right before token `i`: its code and first token.
    pub(super) fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
        let prev = self.token(i.checked_sub(1)?)?;
        let symbol = prev.text(self.text);
        // Symbols and codes only ("$", "USD"): "won 1,842 votes" is no money.
        if prev.shape == Shape::Lower || prev.shape == Shape::Capitalized {
            return None;
        }
        let code = lexicon::currency_symbol(symbol)?;
        // "US$", "R$", "MX$": a prefix glued to the symbol.
        if symbol == "$" && !prev.space_before {
            if let Some(prefix) = self.token(i - 2) {
                let joined = format!("{}$", prefix.text(self.text));
                if let Some(code) = lexicon::currency_symbol(&joined) {
                    return Some((code, i - 2));
                }
            }
        }
        Some((code, i - 1))
    }

    /// A currency named in words at token `i`: its code and length in
    /// tokens. Two-word forms come first ("Canadian dollars", "US
    /// dollars"); a word several countries use ("pesos", "dinars") takes
    /// the code of the first of those countries the report names.
    pub(super) fn currency_word_at(&self, i: usize) -> Option<(String, usize)> {
        // Most words after a number name no currency: say so before
        // spelling out the pair of words and looking up both.
        if self.token(i).is_some_and(Token::is_word)
            && !self.folded.word_of(i).and_then(|id| self.currency_words.get(id).copied()).unwrap_or(true)
        {
            return None;
        }
        let pair = format!("{} {}", self.word(i), self.word(i + 1));
        if let Some(code) = lexicon::currency_word(&pair) {
            return Some((code.to_string(), 2));
        }
        let code = lexicon::currency_word(self.word(i))?;
        if !code.contains('=') {
            return Some((code.to_string(), 1));
        }
        // "peso:MXN=mexico,ARS=argentina,…"
        let (fallback, countries) = code.split_once(':').unwrap_or((code, ""));
        let options: Vec<(&str, &str)> = countries.split(',').filter_map(|o| o.split_once('=')).collect();
        let named = self
            .places
            .folded()
            .iter()
            .find_map(|place| options.iter().find(|(_, country)| country == place).map(|(code, _)| *code));
        Some((named.unwrap_or(fallback).to_string(), 1))
    }

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
            return Some((period, 2));
        }
        None
    }

    /// The noun phrase counted after token `i`: its token range.
    pub(super) fn counted_at(&self, mut i: usize) -> Option<(usize, usize)> {
        if self.word(i) == "of" {
            i += 1;
            if self.word(i) == "the" {
                i += 1;
            }
        }
        let first = i;
        let mut j = i;
        while j < first + 4 {
            let Some(token) = self.token(j) else {
                break;
            };
            if !token.is_word() || self.is_claimed_name(j) {
                break;
            }
            let word = self.word(j);
            let modifier = QUANTITY_ADJECTIVES.contains(&word);
            if !modifier && lexicon::is_stopword(word) {
                break;
            }
            if looks_plural(word) || lexicon::unit(word).is_some() {
                // "police officers": a plural that modifies the next one.
                let mut end = j + 1;
                let next = self.word(end);
                if self.token(end).is_some_and(Token::is_word) && !lexicon::is_stopword(next) && looks_plural(next) {
                    end += 1;
                }
                return Some((first, end));
            }
            if lexicon::is_speech_verb(word) {
                break;
            }
            j += 1;
        }
        None
    }

    /// Capitalised words may sit inside a counted phrase ("Cuban doctors",
    /// "Family Medicine doctors"), but a known place or a date ends it.
    pub(super) fn is_claimed_name(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| t.is_capitalized()) && self.is_claimed(i) && {
            let word = self.word(i);
            lexicon::is_place(word) || crate::dates::is_month_word(word)
        }
    }

    /// Whether the currency sign at token `i` opens a figure after it: it
    /// is glued to a number that it would be the sign of. In "1 $2" the "$"
    /// is the sign of 2, not a sign after 1.
    pub(super) fn opens_next_figure(&self, i: usize) -> bool {
        let glued_number = self.token(i + 1).is_some_and(|t| t.shape == Shape::Number && !t.space_before);
        glued_number && self.currency_before(i + 1).is_some()
    }

    /// The figure starting at token `i`, and the token after it. Tokens
    /// before `free` belong to the figure before, so a currency sign there
    /// is not this figure's: no two figures share a token.
    pub(super) fn figure_at(&self, i: usize, free: usize, sentence: usize) -> Option<(Figure, usize)> {
        let number = self.number_at(i)?;
        if self.is_not_quantity(number.start) || self.opens_age(number.end) {
            return None;
        }
        let (qualifier, qualifier_len) = self.qualifier_before(number.start);
        let mut draft =
            Draft { first: number.start, last: number.end, high: None, kind: FigureKind::Count, unit: String::new() };
        if let Some((code, at)) = self.currency_before(number.start).filter(|&(_, at)| at >= free) {
            draft.kind = FigureKind::Money;
            draft.unit = code.to_string();
            draft.first = at;
        }
        let between = qualifier_len == 0 && self.word(number.start.wrapping_sub(1)) == "between";
        self.range_after(&mut draft, number.value, between);
        self.measure_after(&mut draft);
        let last = draft.last;
        let period = self.period_at(last).map(|(period, _)| period);
        let mut unit_span = None;
        if draft.kind == FigureKind::Count {
            if let Some((from, to)) = self.counted_at(last) {
                let span = Span::new(self.tokens[from].span().start, self.tokens[to - 1].span().end);
                draft.unit = span.slice(self.text).to_string();
                unit_span = Some(span);
            }
        }
        let span = Span::new(self.tokens[draft.first].span().start, self.tokens[last - 1].span().end);
        let figure = Figure {
            span,
            text: span.slice(self.text).to_string(),
            value: number.value,
            high: draft.high,
            unit: draft.unit,
            unit_span,
            kind: draft.kind,
            qualifier,
            period,
            sentence,
        };
        Some((figure, last))
    }

    /// Whether the number ending before token `end` is an age or an
    /// ordinal in a compound: "45-year-old".
    fn opens_age(&self, end: usize) -> bool {
        if self.word(end) != "-" || !self.glued(end) {
            return false;
        }
        let next = self.word(end + 1);
        next.starts_with("year-old") || next.starts_with("years-old")
    }

    /// Extends `draft` over the upper end of a range: "40 to 45", "40-45",
    /// "between 40 and 45" (when `between`), not below `value`.
    fn range_after(&self, draft: &mut Draft, value: f64, between: bool) {
        let joiner = self.word(draft.last);
        let is_range_joiner = matches!(joiner, "to" | "-" | "–" | "and") && (joiner != "and" || between);
        if !is_range_joiner {
            return;
        }
        let mut k = draft.last + 1;
        if draft.kind == FigureKind::Money && self.currency_before(k + 1).is_some() {
            k += 1;
        }
        if let Some(upper) = self.number_at(k).filter(|upper| upper.value >= value) {
            draft.high = Some(upper.value);
            draft.last = upper.end;
        }
    }

    /// Extends `draft` over what follows the number and makes it a
    /// percentage, an amount of money or a measure: "%", "percent",
    /// "percentage points", a currency word, a unit.
    fn measure_after(&self, draft: &mut Draft) {
        let last = draft.last;
        let next = self.word(last);
        if next == "%" {
            draft.kind = FigureKind::Percent;
            draft.unit = String::from("percent");
            draft.last += 1;
        } else if next == "percent" || (next == "per" && self.word(last + 1) == "cent") {
            draft.kind = FigureKind::Percent;
            draft.last += if next == "per" { 2 } else { 1 };
            if self.word(draft.last) == "percentage" && self.word(draft.last + 1) == "points" {
                draft.last += 2;
            }
            draft.unit = String::from("percent");
        } else if next == "percentage" && self.word(last + 1) == "points" {
            draft.kind = FigureKind::Percent;
            draft.unit = String::from("percentage points");
            draft.last += 2;
        } else if let Some((code, len)) =
            self.currency_word_at(last).filter(|_| draft.kind != FigureKind::Money && !self.opens_next_figure(last))
        {
            // "20 dollars", "3 million Canadian dollars", "1.5 million pesos".
            draft.kind = FigureKind::Money;
            draft.unit = code;
            draft.last += len;
        } else if draft.kind == FigureKind::Count {
            if let Some(u) = lexicon::unit(next).filter(|_| self.token(last).is_some_and(|t| t.is_word())) {
                // Time units count as measures only after a number: "20 years".
                draft.kind = FigureKind::Measure;
                draft.unit = u.to_string();
                draft.last += 1;
            }
        }
        if draft.kind == FigureKind::Money
            && lexicon::currency_word(self.word(draft.last)).is_some()
            && !self.opens_next_figure(draft.last)
        {
            // "$20 dollars" repeats the currency.
            draft.last += 1;
        }
    }
}

/// A figure being read: the tokens it spans so far (`first..last`), the
/// upper end of its range, what sort of quantity it is and its unit.
struct Draft {
    first: usize,
    last: usize,
    high: Option<f64>,
    kind: FigureKind,
    unit: String,
}
