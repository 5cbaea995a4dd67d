//! Figures: the quantities a report states, with their value, what they
//! count, and how precisely the report states them.
//!
//! A figure is a number expression (digits with separators and decimals,
//! spelled-out numbers, "a dozen", fractions such as "a third", "2½" and
//! "3 1/2", scale words such as "million" or "lakh"), with a currency,
//! percent sign or unit when it has one, a range when it gives one, the
//! qualifier before it ("about", "more than", "up to"), the period after it
//! ("a month", "yearly") and what it counts: the noun phrase after it ("768
//! Cuban doctors" counts "Cuban doctors"), or else what the sentence says it
//! counts ("35 were killed", "the death toll rose to 14", "a magnitude 5.8
//! tremor"). Dates, years, clock times, ordinals and numbers inside names
//! are claimed by the entity finder first and never become figures; the
//! figure finder sets aside the other numbers that are not quantities
//! (ages, identifiers, section numbers, page furniture), see
//! `not_quantity`.
//!
//! The figures of a report are sorted and never overlap: no two share a
//! token. A currency sign between two numbers belongs to the number glued
//! after it ("1 $2" is 1 and $2), and a sign already taken by the figure
//! before is never taken again.

mod counted;
mod money;
mod not_quantity;
mod numbers;
mod read;
mod scanner;
mod spelled;

use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;

use parallax_model::{Figure, FigureKind, Kind, Mention, Span};

use crate::lexicon;
use crate::text::{Prepared, fold};
use numbers::opens_number;
use scanner::Scanner;

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

/// A name of the report, as figures ask about it: where it stands, its
/// kind, and which of the report's mentions it is.
#[derive(Clone, Copy)]
struct Name {
    span: Span,
    kind: Kind,
    mention: usize,
}

/// The names of a report, sorted by where they stand. The resolved
/// mentions come in the order the entity finder found them (a sentence's
/// dates before its other names), so they are sorted here, once; they
/// mostly are already.
fn sorted_names(mentions: &[Mention]) -> Vec<Name> {
    let mut names: Vec<Name> =
        mentions.iter().enumerate().map(|(mention, m)| Name { span: m.span, kind: m.kind, mention }).collect();
    // The size-tuned wasm's sort takes as long for a sorted list.
    let key = |n: &Name| (n.span.start, n.span.end);
    if !names.is_sorted_by_key(key) {
        names.sort_by_key(key);
    }
    names
}

/// The report's names, as figures ask about them: the folded names of its
/// places in text order, folded when first asked for (only a currency that
/// several countries name alike, "pesos" or "$", asks, and folding every
/// place of every report was a twentieth of the allocations of the
/// analysis), and the kind of the name that ends at an offset.
struct Mentions<'a> {
    mentions: &'a [Mention],
    /// The names of `mentions`, sorted.
    names: &'a [Name],
    folded: OnceCell<Vec<String>>,
    /// The folded names of its organizations, folded when first asked for.
    organizations: OnceCell<Vec<String>>,
    /// The currencies resolved so far, by their listing: a report may hold
    /// thousands of amounts in "$" and thousands of places, and looking
    /// through the places for each amount was quadratic.
    currencies: RefCell<Vec<(&'static str, String)>>,
}

impl<'a> Mentions<'a> {
    fn new(mentions: &'a [Mention], names: &'a [Name]) -> Mentions<'a> {
        Mentions {
            mentions,
            names,
            folded: OnceCell::new(),
            organizations: OnceCell::new(),
            currencies: RefCell::new(Vec::new()),
        }
    }

    fn places(&self) -> &[String] {
        self.folded.get_or_init(|| self.folded_names(Kind::Place))
    }

    fn organizations(&self) -> &[String] {
        self.organizations.get_or_init(|| self.folded_names(Kind::Organization))
    }

    /// The folded names of kind `kind`, in text order.
    fn folded_names(&self, kind: Kind) -> Vec<String> {
        let named = self.names.iter().filter(|n| n.kind == kind);
        named.filter_map(|n| self.mentions.get(n.mention)).map(|m| fold(&m.text)).collect()
    }

    /// The currency `listed` resolves to, worked out by `resolve` once.
    fn currency(&self, listed: &'static str, resolve: impl FnOnce() -> String) -> String {
        if let Some((_, code)) = self.currencies.borrow().iter().find(|(l, _)| std::ptr::eq(*l, listed)) {
            return code.clone();
        }
        let code = resolve();
        self.currencies.borrow_mut().push((listed, code.clone()));
        code
    }

    /// The kind of the name that ends at byte `end`, if one does.
    fn kind_ending_at(&self, end: usize) -> Option<Kind> {
        let at = self.names.partition_point(|n| n.span.end < end);
        self.names.get(at).filter(|n| n.span.end == end).map(|n| n.kind)
    }

    /// The kind of the name that starts at byte `start`, if one does.
    fn kind_starting_at(&self, start: usize) -> Option<Kind> {
        let at = self.names.partition_point(|n| n.span.start < start);
        self.names.get(at).filter(|n| n.span.start == start).map(|n| n.kind)
    }
}

/// The claimed spans that still hold a name, date or number of a name once
/// names are resolved. A single word that the entity finder took for a
/// name but that resolved to nothing, and that reads as a number
/// ("Sixteen" opening a sentence, "R351" of "R351 billion"), is a number
/// again; so is a numeral that the finder took for the number of a name
/// only because a possessive or a currency's letters stand before it
/// ("Wooster's 122 employees", "Rs140 million", "CHF 3 billion"), and one
/// the finder took for a year though a unit is glued to it ("the 1500m").
///
/// `number_words` says of each word of the report whether it may open a
/// number (see [`opens_number`]).
fn still_claimed(text: &str, prep: &Prepared, claimed: &[Span], names: &[Name], number_words: &[bool]) -> Vec<Span> {
    let mut kept = Vec::with_capacity(claimed.len());
    let mut next_mention = 0;
    let mut next_token = 0;
    for &span in claimed {
        while names.get(next_mention).is_some_and(|n| n.span.end <= span.start) {
            next_mention += 1;
        }
        let named = names.get(next_mention).is_some_and(|n| n.span.overlaps(span));
        next_token = prep.first_token_from(span.start, next_token..prep.tokens.len());
        let token = prep.tokens.get(next_token).filter(|t| t.span() == span);
        let numeric = token.is_some_and(|t| {
            let word = prep.folded.get(next_token);
            let opens = || prep.folded.word_of(next_token).and_then(|id| number_words.get(id).copied());
            if t.is_word() {
                opens().unwrap_or_else(|| opens_number(word)) || read::has_digits(word)
            } else {
                t.is_number()
            }
        });
        let numeral = token.is_some_and(|t| t.is_number()) && !named;
        let after_possessive = numeral && {
            let before = text[..span.start].trim_end();
            before.ends_with("'s") || before.ends_with("’s")
        };
        let after_currency = numeral && {
            let sign = next_token.checked_sub(1).and_then(|k| prep.tokens.get(k));
            let glued = token.is_some_and(|t| !t.space_before);
            sign.is_some_and(|s| {
                let symbol = s.text(text);
                s.is_word()
                    && money::is_written_as_currency(s, symbol, glued)
                    && lexicon::currency_symbol(symbol).is_some()
            })
        };
        // "1500m": no year has a unit glued to it.
        let measured = token.is_some_and(|t| t.is_number())
            && prep.tokens.get(next_token + 1).is_some_and(|u| u.is_word() && !u.space_before)
            && lexicon::unit(prep.folded.get(next_token + 1)).is_some();
        let number_word = numeric && !named && token.is_some_and(|t| t.is_word());
        if !(number_word || after_possessive || after_currency || measured) {
            kept.push(span);
        }
    }
    kept
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
    let names = sorted_names(mentions);
    let claimed = still_claimed(text, prep, claimed, &names, &number_words);
    let source = Source {
        text,
        prep,
        claimed: &claimed,
        mentions,
        names: &names,
        number_words: &number_words,
        currency_words: &currency_words,
    };
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
    /// The names of `mentions`, sorted.
    names: &'a [Name],
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
        let mentions = Mentions::new(self.mentions, self.names);
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
                mentions: &mentions,
            };
            let mut i = sentence.tokens.start;
            // The first token that no figure of the sentence has taken.
            let mut free = i;
            // The figures of the sentence start here in `figures`.
            let first_of_sentence = figures.len();
            while i < sentence.tokens.end {
                // Most tokens open no figure: tell them by a look-up, before
                // the call.
                if !scanner.may_open_number(i) {
                    i += 1;
                    continue;
                }
                let before = figures[first_of_sentence..].last();
                match scanner.figure_at(i, free, index, before) {
                    Some((figure, next)) => {
                        figures.push(figure);
                        i = next.max(i + 1);
                        free = i;
                    }
                    None => i += 1,
                }
            }
            drop_exchange_rates(self.text, &mut figures, first_of_sentence);
            share_out_respectively(self.text, &mut figures[first_of_sentence..]);
        }
        figures
    }
}

/// Drops from `figures[from..]` the exchange rates a page notes ("($1 =
/// 0.6748 pounds)"): a rate of conversion, no amount the report gives.
fn drop_exchange_rates(text: &str, figures: &mut Vec<Figure>, from: usize) {
    let mut k = from;
    while k + 1 < figures.len() {
        let (x, y) = (&figures[k], &figures[k + 1]);
        let between = text.get(x.span.end..y.span.start).unwrap_or_default();
        if x.kind == FigureKind::Money && y.kind == FigureKind::Money && between.trim() == "=" {
            figures.drain(k..k + 2);
        } else {
            k += 1;
        }
    }
}

/// "the number of cases and deaths rose to 17,824 and 595, respectively":
/// as many figures in a row as the things their shared unit joins, with
/// "respectively" after them, count each its own thing, in order.
fn share_out_respectively(text: &str, figures: &mut [Figure]) {
    let mut k = 0;
    while k < figures.len() {
        // Most units join nothing: tell them without a copy.
        if !figures[k].unit.contains(" and ") {
            k += 1;
            continue;
        }
        let unit = figures[k].unit.clone();
        let parts: Vec<&str> = unit.split(", ").flat_map(|p| p.split(" and ")).filter(|p| !p.is_empty()).collect();
        let n = parts.len();
        let run = n >= 2 && k + n <= figures.len() && figures[k..k + n].iter().all(|f| f.unit == unit);
        let after = |f: &Figure| text.get(f.span.end..).unwrap_or_default().trim_start_matches([',', ' ']);
        if !run || !after(&figures[k + n - 1]).starts_with("respectively") {
            k += 1;
            continue;
        }
        let mut from = figures[k].unit_span.map_or(0, |span| span.start);
        for (figure, part) in figures[k..k + n].iter_mut().zip(parts) {
            figure.unit = part.to_string();
            // The part's own words, searched for past the parts before it.
            figure.unit_span = figure.unit_span.and_then(|span| {
                let at = from + text.get(from..span.end)?.find(part)?;
                from = at + part.len();
                Some(Span::new(at, at + part.len()))
            });
        }
        k += n;
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The figures of `text`, analysed alone as the app would.
    pub(in crate::figures) fn figures_of(text: &str) -> Vec<Figure> {
        crate::analyze(&[crate::Input::new(text)]).reports.swap_remove(0).figures
    }

    /// The figure of `text` whose text is `figure`, or a panic that lists
    /// the figures found.
    pub(in crate::figures) fn figure_in(text: &str, figure: &str) -> Figure {
        let found = figures_of(text);
        let listed: Vec<String> = found.iter().map(|f| f.text.clone()).collect();
        found.into_iter().find(|f| f.text == figure).unwrap_or_else(|| panic!("no {figure:?} in {text:?}: {listed:?}"))
    }

    #[test]
    fn spans_of_joined_nouns_lie_on_char_boundaries_of_the_text_as_written() {
        // Found by the property tests: the folded word is shorter or longer
        // than the word as written.
        for text in ["twenty-fiveØıłłágf ", "0-\u{1ab0}ａaſ\u{610}.", "a six-mémbers panel"] {
            for figure in figures_of(text) {
                for span in [Some(figure.span), figure.unit_span].into_iter().flatten() {
                    let on_boundaries = text.is_char_boundary(span.start) && text.is_char_boundary(span.end);
                    assert!(on_boundaries && span.end <= text.len(), "{span:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn names_are_looked_up_in_text_order_whatever_order_they_come_in() {
        let mention = |start: usize, end: usize, kind: Kind| Mention {
            span: Span::new(start, end),
            text: String::new(),
            kind,
            referent: parallax_model::Referent::Figure(0),
            evidence: parallax_model::Evidence::Number,
            link: None,
        };
        // A sentence's date comes before the names found before it.
        let mentions = [mention(20, 26, Kind::Date), mention(0, 5, Kind::Person), mention(8, 12, Kind::Place)];
        let names = sorted_names(&mentions);
        let lookup = Mentions::new(&mentions, &names);
        assert_eq!(lookup.kind_ending_at(5), Some(Kind::Person));
        assert_eq!(lookup.kind_ending_at(26), Some(Kind::Date));
        assert_eq!(lookup.kind_ending_at(9), None);
    }

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
            names: &[],
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
}
