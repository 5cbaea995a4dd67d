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

mod numbers;
mod scanner;

use std::cell::{Cell, OnceCell};
use std::ops::Range;

use parallax_model::{Figure, Kind, Mention, Span};

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
}
