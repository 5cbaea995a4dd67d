//! Figures: the quantities a report states, with their value, what they
//! count, and how precisely the report states them.
//!
//! A figure is a number expression (digits with separators and decimals,
//! spelled-out numbers, "a dozen", scale words such as "million"), with a
//! currency, percent sign or unit when it has one, a range when it gives
//! one, the qualifier before it ("about", "more than", "up to"), the period
//! after it ("a month", "yearly") and the noun phrase it counts ("768 Cuban
//! doctors" counts "Cuban doctors"). Dates, years, clock times, ordinals and
//! numbers inside names are claimed by the entity finder first and never
//! become figures.
//!
//! The figures of a report are sorted and never overlap: no two share a
//! token. A currency sign between two numbers belongs to the number glued
//! after it ("1 $2" is 1 and $2), and a sign already taken by the figure
//! before is never taken again.

use std::cell::{Cell, OnceCell};
use std::ops::Range;


use crate::lexicon;
use crate::text::{Folded, Prepared, Shape, Token};
use parallax_model::text::fold;
use parallax_model::{Figure, FigureKind, Kind, Mention, Period, Qualifier, Span};

const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["just", "under"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["nearly"], Qualifier::Nearly),
    (&["close", "to"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["approx"], Qualifier::About),
];

/// The value of a number word below twenty ("zero" to "nineteen").
fn below_twenty(word: &str) -> Option<usize> {
    Some(match word {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// The value of a word for a multiple of ten below a hundred ("twenty"…).
fn tens(word: &str) -> Option<usize> {
    Some(match word {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mn" | "mln" | "millions" => 1e6,
        "billion" | "bn" | "bln" | "billions" => 1e9,
        "trillion" | "tn" | "trillions" => 1e12,
        _ => return None,
    })
}

/// The value of a spelled-out number word below a hundred ("seven",
/// "twenty-five"), if it is one.
fn small_number(word: &str) -> Option<f64> {
    if let Some(n) = below_twenty(word).or_else(|| tens(word)) {
        return Some(n as f64);
    }
    let dash = word.bytes().position(|b| b == b'-')?;
    let (t, u) = (&word[..dash], &word[dash + 1..]);
    let t = tens(t)?;
    let u = below_twenty(u).filter(|u| (1..10).contains(u))?;
    Some((t + u) as f64)
}

/// Whether a folded word may open a spelled-out number: "a" and "an" (of
/// "a dozen", "a million"), "half", "dozen" and the number words.
fn opens_number(word: &str) -> bool {
    matches!(word, "a" | "an" | "half" | "dozen") || small_number(word).is_some()
}

/// The value of a numeral as written ("1,200", "3.5", "1.200.000").
fn numeral(text: &str) -> Option<f64> {
    let dots = text.matches('.').count();
    if dots <= 1 && !text.contains(',') {
        // Nothing to remove: parse the text itself, without a copy.
        return text.parse::<f64>().ok().filter(|v| v.is_finite());
    }
    let cleaned: String = if dots > 1 {
        text.chars().filter(|c| *c != '.' && *c != ',').collect()
    } else {
        text.chars().filter(|c| *c != ',').collect()
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Words that may open a counted phrase although they are function words:
/// "six other candidates", "two further cuts", "200 more doctors".
const QUANTITY_ADJECTIVES: &[&str] = &["other", "more", "new", "additional", "extra", "further", "fewer"];

/// Irregular plurals and mass nouns that are counted without an -s.
const PLURALS: &[&str] = &[
    "people", "children", "men", "women", "staff", "personnel", "police", "cattle", "sheep", "fish", "deer", "data",
    "media", "feet", "teeth", "mice", "geese", "troops", "crew", "livestock", "aircraft", "offspring", "series",
    "species",
];

fn looks_plural(word: &str) -> bool {
    PLURALS.contains(&word)
        || (word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is")
            && !word.ends_with("'s"))
}

/// A number expression found at a token: its tokens and value.
struct Number {
    /// First and one-past-last token of the number itself.
    start: usize,
    end: usize,
    value: f64,
}

/// Words before a number that make it an age, an identifier or a rank
/// rather than a quantity: "aged 10 to 14", "No. 11", "number 5".
const NOT_QUANTITY_CUES: &[&str] = &[
    "aged", "age", "ages", "no", "nos", "number", "#", "rank", "ranked", "article", "section", "chapter", "page",
    "resolution", "room", "flight", "route",
];

struct Scanner<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The folded form of each of `tokens`.
    folded: &'a Folded,
    /// Whether each word of the report (by [`Folded::word_of`]) is one that
    /// may open a number (see [`opens_number`]), worked out once per word.
    number_words: &'a [bool],
    /// Whether each word of the report may open a currency name (see
    /// [`lexicon::may_open_currency_word`]), worked out once per word.
    currency_words: &'a [bool],
    /// Tokens of the current sentence: `start..end`.
    start: usize,
    end: usize,
    claimed: &'a Claimed<'a>,
    /// The places the report names, to tell which country's "pesos" or
    /// "dinars" it means.
    places: &'a Places<'a>,
}

impl<'a> Scanner<'a> {
    fn token(&self, i: usize) -> Option<&'a Token> {
        if i >= self.start && i < self.end { self.tokens.get(i) } else { None }
    }

    /// Token `i` folded if it is a word, as written otherwise; `""`
    /// outside the sentence.
    fn word(&self, i: usize) -> &'a str {
        match self.token(i) {
            Some(t) if t.is_word() => self.folded.get(i),
            Some(t) => t.text(self.text),
            None => "",
        }
    }

    fn is_claimed(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else {
            return true;
        };
        let at = self.claimed.first_ending_after(token.span().start);
        self.claimed.spans.get(at).is_some_and(|s| s.overlaps(token.span()))
    }

    fn glued(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| !t.space_before)
    }

    /// A number expression starting at token `i`: digits ("1,200", "1.2
    /// million", "$5m"), spelled out ("twenty-five thousand", "a dozen",
    /// "half a million").
    /// Whether token `i` may open a number: a numeral, or a word that
    /// [`opens_number`].
    #[inline]
    fn may_open_number(&self, i: usize) -> bool {
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

    fn number_at(&self, i: usize) -> Option<Number> {
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
    fn is_not_quantity(&self, i: usize) -> bool {
        let before = |k: usize| {
            if k >= 1 && i >= self.start + k { self.word(i - k) } else { "" }
        };
        let cue = |w: &str| NOT_QUANTITY_CUES.contains(&w);
        cue(before(1))
            || (before(1) == "." && cue(before(2)))
            || (matches!(before(1), "of" | "from" | "between") && cue(before(2)))
    }

    /// The qualifier that ends right before token `i`, with its length.
    fn qualifier_before(&self, i: usize) -> (Qualifier, usize) {
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
    fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
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
    fn currency_word_at(&self, i: usize) -> Option<(String, usize)> {
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

    fn period_at(&self, i: usize) -> Option<(Period, usize)> {
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
    fn counted_at(&self, mut i: usize) -> Option<(usize, usize)> {
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
    fn is_claimed_name(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| t.is_capitalized()) && self.is_claimed(i) && {
            let word = self.word(i);
            lexicon::is_place(word) || crate::dates::is_month_word(word)
        }
    }

    /// Whether the currency sign at token `i` opens a figure after it: it
    /// is glued to a number that it would be the sign of. In "1 $2" the "$"
    /// is the sign of 2, not a sign after 1.
    fn opens_next_figure(&self, i: usize) -> bool {
        let glued_number = self.token(i + 1).is_some_and(|t| t.shape == Shape::Number && !t.space_before);
        glued_number && self.currency_before(i + 1).is_some()
    }

    /// The figure starting at token `i`, and the token after it. Tokens
    /// before `free` belong to the figure before, so a currency sign there
    /// is not this figure's: no two figures share a token.
    fn figure_at(&self, i: usize, free: usize, sentence: usize) -> Option<(Figure, usize)> {
        let number = self.number_at(i)?;
        if self.is_not_quantity(number.start) {
            return None;
        }
        // Ages and ordinals in compounds: "45-year-old".
        if self.word(number.end) == "-" && self.glued(number.end) {
            let next = self.word(number.end + 1);
            if next.starts_with("year-old") || next.starts_with("years-old") {
                return None;
            }
        }
        let (qualifier, qualifier_len) = self.qualifier_before(number.start);
        let mut first = number.start;
        let mut last = number.end;
        let value = number.value;
        let mut high = None;
        let mut kind = FigureKind::Count;
        let mut unit = String::new();
        let mut unit_span = None;

        let currency = self.currency_before(number.start).filter(|&(_, at)| at >= free);
        if let Some((code, at)) = currency {
            kind = FigureKind::Money;
            unit = code.to_string();
            first = at;
        }
        // Ranges: "40 to 45", "40-45", "between 40 and 45".
        let between = qualifier_len == 0 && self.word(number.start.wrapping_sub(1)) == "between";
        let joiner = self.word(last);
        let is_range_joiner = matches!(joiner, "to" | "-" | "–" | "and") && (joiner != "and" || between);
        if is_range_joiner {
            let mut k = last + 1;
            if kind == FigureKind::Money && self.currency_before(k + 1).is_some() {
                k += 1;
            }
            if let Some(upper) = self.number_at(k) {
                if upper.value >= value {
                    high = Some(upper.value);
                    last = upper.end;
                }
            }
        }
        // What follows: currency word, percent, unit, period, counted noun.
        let next = self.word(last);
        if next == "%" {
            kind = FigureKind::Percent;
            unit = String::from("percent");
            last += 1;
        } else if next == "percent" || (next == "per" && self.word(last + 1) == "cent") {
            kind = FigureKind::Percent;
            last += if next == "per" { 2 } else { 1 };
            if self.word(last) == "percentage" && self.word(last + 1) == "points" {
                last += 2;
            }
            unit = String::from("percent");
        } else if next == "percentage" && self.word(last + 1) == "points" {
            kind = FigureKind::Percent;
            unit = String::from("percentage points");
            last += 2;
        } else if let Some((code, len)) =
            self.currency_word_at(last).filter(|_| kind != FigureKind::Money && !self.opens_next_figure(last))
        {
            // "20 dollars", "3 million Canadian dollars", "1.5 million pesos".
            kind = FigureKind::Money;
            unit = code;
            last += len;
        } else if kind == FigureKind::Count {
            if let Some(u) = lexicon::unit(next).filter(|_| self.token(last).is_some_and(|t| t.is_word())) {
                // Time units count as measures only after a number: "20 years".
                kind = FigureKind::Measure;
                unit = u.to_string();
                last += 1;
            }
        }
        if kind == FigureKind::Money
            && lexicon::currency_word(self.word(last)).is_some()
            && !self.opens_next_figure(last)
        {
            // "$20 dollars" repeats the currency.
            last += 1;
        }
        let period = self.period_at(last).map(|(period, _)| period);
        if kind == FigureKind::Count {
            if let Some((from, to)) = self.counted_at(last) {
                let span = Span::new(self.tokens[from].span().start, self.tokens[to - 1].span().end);
                unit = span.slice(self.text).to_string();
                unit_span = Some(span);
            }
        }
        let span = Span::new(self.tokens[first].span().start, self.tokens[last - 1].span().end);
        let figure = Figure {
            span,
            text: span.slice(self.text).to_string(),
            value,
            high,
            unit,
            unit_span,
            kind,
            qualifier,
            period,
            sentence,
        };
        Some((figure, last))
    }
}

/// The spans the entity finder claimed, sorted, searched mostly in text
/// order.
struct Claimed<'a> {
    spans: &'a [Span],
    /// Whether the spans' ends are in order like their starts (they do not
    /// overlap), so the search can walk on from the previous answer.
    ends_in_order: bool,
    /// The previous offset searched for, and its answer.
    last: Cell<(usize, usize)>,
}

impl<'a> Claimed<'a> {
    fn new(spans: &'a [Span]) -> Claimed<'a> {
        Claimed { spans, ends_in_order: spans.windows(2).all(|w| w[0].end <= w[1].end), last: Cell::new((0, 0)) }
    }

    /// `spans.partition_point(|s| s.end <= offset)`. Asked for every number
    /// of a report, mostly in text order: a binary search of every span
    /// each time was a twentieth of the analysis.
    fn first_ending_after(&self, offset: usize) -> usize {
        let (last_offset, mut at) = self.last.get();
        if self.ends_in_order && offset >= last_offset {
            while self.spans.get(at).is_some_and(|s| s.end <= offset) {
                at += 1;
            }
        } else {
            at = self.spans.partition_point(|s| s.end <= offset);
        }
        self.last.set((offset, at));
        at
    }
}

/// The folded names of the places a report names, in text order, folded
/// when first asked for: only a currency that several countries name alike
/// ("pesos") asks, and folding every place of every report was a twentieth
/// of the allocations of the analysis.
struct Places<'a> {
    mentions: &'a [Mention],
    folded: OnceCell<Vec<String>>,
}

impl<'a> Places<'a> {
    /// The places among `mentions`.
    fn new(mentions: &'a [Mention]) -> Places<'a> {
        Places { mentions, folded: OnceCell::new() }
    }

    fn folded(&self) -> &[String] {
        self.folded.get_or_init(|| {
            let places = self.mentions.iter().filter(|m| m.kind == Kind::Place);
            places.map(|m| fold(&m.text)).collect()
        })
    }
}

/// Every figure of a report, in text order, avoiding the `claimed` spans
/// (dates, names, numbers inside names), which must be sorted. `mentions`
/// are the report's names, whose places tell which country's currency a
/// bare "pesos" is.
///
/// The figures are sorted and do not overlap: each starts at or after the
/// token where the one before it ended, currency sign included.
pub(crate) fn find(text: &str, prep: &Prepared, claimed: &[Span], mentions: &[Mention]) -> Vec<Figure> {
    let number_words: Vec<bool> = prep.folded.words().map(opens_number).collect();
    let currency_words: Vec<bool> = prep.folded.words().map(lexicon::may_open_currency_word).collect();
    let source = Source { text, prep, claimed, mentions, number_words: &number_words, currency_words: &currency_words };
    prep.in_sentence_halves(|sentences| source.figures_in(sentences), join)
}

/// The figures of the first half of a report's sentences, then those of
/// the second.
fn join(mut first: Vec<Figure>, second: Vec<Figure>) -> Vec<Figure> {
    first.extend(second);
    first
}

/// What finding the figures of any of a report's sentences reads.
struct Source<'a> {
    text: &'a str,
    prep: &'a Prepared,
    claimed: &'a [Span],
    mentions: &'a [Mention],
    /// Whether each word of the report may open a number or a currency.
    number_words: &'a [bool],
    currency_words: &'a [bool],
}

impl Source<'_> {
    /// The figures of the sentences `sentences`, in text order.
    fn figures_in(&self, sentences: Range<usize>) -> Vec<Figure> {
        let prep = self.prep;
        // About the size it ends up at, rather than grown: news gives a
        // figure every thirty tokens or so.
        let mut figures = Vec::with_capacity(prep.tokens_in(sentences.clone()) / 16);
        let claimed = Claimed::new(self.claimed);
        let places = Places::new(self.mentions);
        for index in sentences {
            let Some(sentence) = prep.sentences.get(index) else {
                break;
            };
            let scanner = Scanner {
                text: self.text,
                tokens: &prep.tokens,
                folded: &prep.folded,
                number_words: self.number_words,
                currency_words: self.currency_words,
                start: sentence.tokens.start,
                end: sentence.tokens.end,
                claimed: &claimed,
                places: &places,
            };
            let mut i = sentence.tokens.start;
            // The first token that no figure of the sentence has taken.
            let mut free = i;
            while i < sentence.tokens.end {
                // Most tokens open no figure: tell them by a look-up, before
                // the call.
                if !scanner.may_open_number(i) {
                    i += 1;
                    continue;
                }
                match scanner.figure_at(i, free, index) {
                    Some((figure, next)) => {
                        figures.push(figure);
                        i = next.max(i + 1);
                        free = i;
                    }
                    None => i += 1,
                }
            }
        }
        figures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_find_the_figures_one_pass_finds() {
        let text = crate::halves::tests::long_report();
        let prep = crate::text::prepare(&text);
        let number_words: Vec<bool> = prep.folded.words().map(opens_number).collect();
        let currency_words: Vec<bool> = prep.folded.words().map(lexicon::may_open_currency_word).collect();
        let source = Source {
            text: &text,
            prep: &prep,
            claimed: &[],
            mentions: &[],
            number_words: &number_words,
            currency_words: &currency_words,
        };
        let all = 0..prep.sentences.len();
        let whole = source.figures_in(all.clone());
        assert!(whole.len() > 10, "{} figures", whole.len());
        for middle in all.step_by(5).chain([prep.sentences.len()]) {
            let halves = crate::halves::in_halves(prep.sentences.len(), middle, |s| source.figures_in(s), join);
            assert_eq!(halves, whole, "cut before sentence {middle}");
        }
    }

    #[test]
    fn spelled_numbers() {
        assert_eq!(small_number("twelve"), Some(12.0));
        assert_eq!(small_number("twenty-five"), Some(25.0));
        assert_eq!(small_number("ninety"), Some(90.0));
        assert_eq!(small_number("twenty-zero"), None);
        assert_eq!(small_number("dozen"), None);
    }

    #[test]
    fn numerals_with_separators() {
        assert_eq!(numeral("1,200"), Some(1200.0));
        assert_eq!(numeral("4,250,000"), Some(4_250_000.0));
        assert_eq!(numeral("3.5"), Some(3.5));
        assert_eq!(numeral("1.200.000"), Some(1_200_000.0));
    }

    #[test]
    fn plural_heads() {
        for yes in ["doctors", "specialists", "people", "nurses", "staff"] {
            assert!(looks_plural(yes), "{yes}");
        }
        for no in ["crisis", "census", "glass", "doctor"] {
            assert!(!looks_plural(no), "{no}");
        }
    }
}
