//! What a count counts, read from its sentence, in order of strength:
//!
//! 1. the noun phrase after it: "768 Cuban doctors", "six more bodies"
//!    (bodies), "3,300 women and girls", "2,500 of those flights", "one
//!    passenger"; for a fraction, the phrase after "of": "half of the
//!    town", "a third of its schedule";
//! 2. what happened to those it counts, after it: "35 were killed", "9
//!    dead", "200 feared dead";
//! 3. the same, as a verb before it: "killing at least one", "injuring
//!    736";
//! 4. a noun before it that names what a later number counts: "raise the
//!    number of nurses to 2,450" (nurses), "the death toll rose to 14",
//!    "a population of 8,000", "a magnitude 5.8 tremor" (a measure in
//!    magnitude);
//! 5. the counted noun of the figure before it in the sentence, for a bare
//!    number that goes on a list: "15 deaths, including 14 in Boulapé and 1
//!    in Mweka".
//!
//! What a figure counts never belongs to its span.

use parallax_model::{Figure, FigureKind, Qualifier, Span};

use super::numbers::*;
use super::read::{DETERMINERS, Number};
use super::scanner::{Scanner, is_time_unit};
use crate::lexicon;
use crate::text::Shape;

/// What a count counts: the words, where they stand if they stand in the
/// text, and whether they make it a measure ("magnitude").
pub(super) struct Counted {
    pub(super) unit: String,
    pub(super) span: Option<Span>,
    pub(super) measure: bool,
}

impl Counted {
    fn at(scanner: &Scanner<'_>, span: Span) -> Counted {
        Counted { unit: span.slice(scanner.text).to_string(), span: Some(span), measure: false }
    }
}

/// Words between a number and what happened to those it counts: "35 were
/// killed", "10 had been shot dead", "200 feared dead".
const OUTCOME_LINKS: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "feared", "reported", "confirmed",
    "believed", "presumed", "now", "still", "also", "left", "later", "already", "reportedly", "initially",
];

/// What a word after a number says happened to those it counts, as a
/// participle ("killed", "dead" for "died"): not a verb in -ing, which
/// counts only before the number ("killing one"), unless it is its own
/// participle ("missing").
fn outcome_after_a_number(word: &str) -> Option<&'static str> {
    lexicon::outcome(word).filter(|&participle| participle == word || !word.ends_with("ing"))
}

/// A figure being read: the tokens it spans so far (`first..last`), its
/// value and the upper end of its range, what sort of quantity it is, its
/// unit and where a counted noun stands.
pub(super) struct Draft {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) value: f64,
    pub(super) high: Option<f64>,
    pub(super) kind: FigureKind,
    pub(super) unit: String,
    pub(super) unit_span: Option<Span>,
}

impl Draft {
    pub(super) fn new(number: &Number) -> Draft {
        Draft {
            first: number.start,
            last: number.end,
            value: number.value,
            high: number.high,
            kind: FigureKind::Count,
            unit: String::new(),
            unit_span: None,
        }
    }
}

impl Scanner<'_> {
    /// The bound written after the figure `draft`: "a magnitude of 3.0 or
    /// higher", "200 or more doses", "those aged 65 and over". Extends
    /// `draft` over it, so that what follows is what it counts; the bound
    /// and its words, if there is one.
    pub(super) fn bound_after(&self, draft: &mut Draft) -> Option<(Qualifier, usize)> {
        let k = draft.last;
        if !matches!(self.word(k), "or" | "and") || self.token(k + 1).is_none_or(|t| t.shape != Shape::Lower) {
            return None;
        }
        let bound = match self.word(k + 1) {
            "more" | "higher" | "above" | "over" | "greater" | "older" | "upwards" => Qualifier::AtLeast,
            "fewer" | "less" | "lower" | "below" | "under" | "younger" => Qualifier::AtMost,
            _ => return None,
        };
        // "5% or more of the vote", not "10 or more than 20".
        if self.word(k + 2) == "than" {
            return None;
        }
        draft.last = k + 2;
        Some((bound, k))
    }

    /// What the count `number`, whose figure (with its qualifier) opens at
    /// token `opening` and ends before token `last`, counts; `before` is
    /// the figure before it in the sentence.
    pub(super) fn counted(
        &self,
        number: &Number,
        last: usize,
        opening: usize,
        before: Option<&Figure>,
    ) -> Option<Counted> {
        // "the magnitude-6.8 earthquake sent people racing": a magnitude
        // right before the number is what it measures, whatever follows.
        let hyphen = usize::from(self.word_before(opening, 1) == "-");
        if self.word_before(opening, 1 + hyphen) == "magnitude" {
            return self.counted_before(opening);
        }
        let after = if number.fraction {
            self.counted_by_fraction(last)
        } else {
            self.counted_after(last, number.value == 1.0)
        };
        after
            .or_else(|| self.counted_after_change(number, last))
            .map(|span| Counted::at(self, span))
            .or_else(|| self.outcome_after(last))
            .or_else(|| self.counted_by_linking_verb(last))
            .or_else(|| self.outcome_before(opening))
            .or_else(|| self.counted_before(opening))
            .or_else(|| self.shared_with(before, opening, last))
    }

    /// The noun phrase counted after token `i`: its span. A plural or a unit
    /// ends it ("police officers" takes the plural after too, "women and
    /// girls" a second plural), within four words; with `singular`
    /// (after "one") the first word is enough.
    pub(super) fn counted_after(&self, mut i: usize, singular: bool) -> Option<Span> {
        i = self.past_an_aside(i);
        if let Some(whole) = self.counted_by_whole(i) {
            return Some(whole);
        }
        if self.word(i) == "of" {
            i += 1;
            if DETERMINERS.contains(&self.word(i)) {
                i += 1;
            }
        }
        // "six more bodies" counts bodies.
        if self.word(i) == "more" {
            i += 1;
        }
        let first = i;
        let mut j = i;
        while j < first + 4 {
            let Some(token) = self.token(j) else {
                break;
            };
            let word = self.word(j);
            // "10 others"; "2,600 US flights" names a place inside.
            if word == "others" && j == first {
                return Some(self.span_of(j, j + 1));
            }
            let place_before_plural = self.is_word(j + 1) && looks_plural(self.word(j + 1));
            if !token.is_word() || (self.is_claimed_name(j) && !place_before_plural) {
                break;
            }
            let modifier = QUANTITY_ADJECTIVES.contains(&word);
            if !modifier && lexicon::is_stopword(word) {
                break;
            }
            if looks_plural(word) || lexicon::unit(word).is_some() || (singular && j == first && !modifier) {
                return Some(self.span_of(first, self.phrase_end(j + 1)));
            }
            if lexicon::is_speech_verb(word) {
                break;
            }
            j += 1;
        }
        None
    }

    /// The token after a short aside in brackets that opens at token `i`,
    /// or after the bracket that closes one the number stands in:
    /// "6,328,397 (6.32 million) votes" counts votes, and so does "6.32
    /// million" in it.
    fn past_an_aside(&self, i: usize) -> usize {
        match self.word(i) {
            "(" => (i + 1..i + 8).find(|&k| self.word(k) == ")").map_or(i, |close| close + 1),
            ")" if (i.saturating_sub(6)..i).any(|k| self.word(k) == "(") => i + 1,
            _ => i,
        }
    }

    /// What those a number counts are, after a verb that links them:
    /// "Of these, 12 were children".
    fn counted_by_linking_verb(&self, i: usize) -> Option<Counted> {
        if !matches!(self.word(i), "were" | "are") {
            return None;
        }
        let span = self.counted_after(i + 1, false)?;
        let near = self.token(i + 2).is_some_and(|t| t.span().end >= span.end)
            || self.token(i + 1).is_some_and(|t| t.span().end >= span.end);
        near.then(|| Counted::at(self, span))
    }

    /// What the first number of a change counts, which the second one
    /// says: "rose from 40 to 45 nurses" (the figure ends before token
    /// `last`).
    fn counted_after_change(&self, number: &Number, last: usize) -> Option<Span> {
        if self.word(last) != "to" || self.word_before(number.start, 1) != "from" {
            return None;
        }
        let upper = self.number_at(last + 1, None)?;
        self.counted_after(upper.end, false)
    }

    /// Where a counted phrase whose plural ends before token `end` ends:
    /// past a plural that the first one modifies ("police officers") and
    /// past a second plural joined by "and" ("women and girls", "pets and
    /// wild animals").
    fn phrase_end(&self, mut end: usize) -> usize {
        let content = |k: usize| {
            let word = self.word(k);
            self.is_word(k) && !lexicon::is_stopword(word) && !opens_number(word) && scale(word).is_none()
        };
        // Not "tens" of "tens of thousands".
        let plural_at = |k: usize| content(k) && looks_plural(self.word(k)) && self.word(k + 1) != "of";
        // "police officers", not "181 people crashes at the airport": a
        // count of people is whole.
        let whole = end.checked_sub(1).is_some_and(|k| matches!(self.word(k), "people" | "persons"));
        if plural_at(end) && !whole {
            end += 1;
        }
        if self.word(end) == "and" {
            // The second plural ends the phrase, or it is a verb: "2,600
            // people and supplies parts to Boeing". A verb after it ends
            // it: "cases and deaths rose to…".
            let ends = |k: usize| {
                let next = self.word(k);
                let verb = next.ends_with("ed") || lexicon::change_verb(next).is_some();
                !self.is_word(k) || lexicon::is_stopword(next) || next.ends_with("ly") || next.ends_with("wide") || verb
            };
            let second = if plural_at(end + 1) {
                end + 2
            } else if content(end + 1) && plural_at(end + 2) {
                end + 3
            } else {
                end
            };
            // "soldiers and police officers": a mass noun before a plural.
            let compound = second > end && PLURALS.contains(&self.word(second - 1)) && plural_at(second);
            let second = if compound { second + 1 } else { second };
            if second > end && ends(second) {
                return second;
            }
        }
        // In lower case: "three years of Mr Sarkozy's sentence" counts years.
        let lower = |k: usize| self.token(k).is_some_and(|t| t.shape == Shape::Lower);
        if self.word(end) == "of" && content(end + 1) && lower(end + 1) && !self.is_claimed(end + 1) {
            // "14 areas of concern", "550 members of council staff".
            let more = content(end + 2) && lower(end + 2) && !self.is_claimed(end + 2);
            return end + if more { 3 } else { 2 };
        }
        end
    }

    /// What a part of a stated whole counts: "60 of the roughly 77
    /// trapped", "all but one of the 242 passengers", "36 out of 38
    /// provinces".
    fn counted_by_whole(&self, i: usize) -> Option<Span> {
        let mut k = match (self.word(i), self.word(i + 1)) {
            ("of", _) => i + 1,
            ("out", "of") => i + 2,
            _ => return None,
        };
        if DETERMINERS.contains(&self.word(k)) {
            k += 1;
        }
        // "8 of their last 10 games".
        if matches!(self.word(k), "last" | "first" | "next" | "past" | "remaining") {
            k += 1;
        }
        k += self.qualifier_len_at(k);
        let whole = self.number_at(k, None)?;
        let after = self.counted_after(whole.end, false);
        after.or_else(|| self.outcome_after(whole.end).and_then(|counted| counted.span))
    }

    /// The length of a qualifier that opens at token `k`, 0 if none does.
    fn qualifier_len_at(&self, k: usize) -> usize {
        QUALIFIERS
            .iter()
            .map(|(words, _)| words)
            .filter(|words| words.iter().enumerate().all(|(n, w)| self.word(k + n) == *w))
            .map(|words| words.len())
            .max()
            .unwrap_or(0)
    }

    /// What a fraction counts, after "of" or a determiner: "half of the
    /// town", "half the workforce", "a third of its schedule", "a fifth of
    /// all the state's residents", "half of its $7 billion target".
    fn counted_by_fraction(&self, i: usize) -> Option<Span> {
        let of = self.word(i) == "of";
        if !of && !DETERMINERS.contains(&self.word(i)) && !self.is_possessive(i) {
            return None;
        }
        let mut k = i + usize::from(of);
        while k < i + 8 {
            let word = self.word(k);
            let amount = self.is_number(k) || scale(word).is_some() || lexicon::currency_symbol(word).is_some();
            if !(DETERMINERS.contains(&word) || amount || self.is_possessive(k) && self.is_word(k + 1)) {
                break;
            }
            k += 1;
        }
        let first = k;
        let mut j = k;
        while j < first + 3 && self.is_word(j) && !self.is_claimed_name(j) {
            let word = self.word(j);
            if lexicon::is_stopword(word) || word.contains(['\'', '’']) {
                break;
            }
            j += 1;
            if looks_plural(word) {
                break;
            }
        }
        (j > first).then(|| self.span_of(first, j))
    }

    /// Whether token `i` is a possessive word ("state's").
    fn is_possessive(&self, i: usize) -> bool {
        let word = self.word(i);
        self.is_word(i) && (word.ends_with("'s") || word.ends_with("’s"))
    }

    /// What happened to those a number counts, after it: "35 were killed",
    /// "9 Dead", "10 had been shot dead", "77 trapped".
    fn outcome_after(&self, i: usize) -> Option<Counted> {
        let mut k = i;
        while k < i + 3 && OUTCOME_LINKS.contains(&self.word(k)) {
            k += 1;
        }
        if !self.is_word(k) {
            return None;
        }
        if self.is_word(k + 1) {
            let pair = format!("{} {}", self.word(k), self.word(k + 1));
            if lexicon::outcome(&pair) == Some(pair.as_str()) {
                return Some(Counted::at(self, self.span_of(k, k + 2)));
            }
        }
        let word = self.word(k);
        let participle = outcome_after_a_number(word)?;
        Some(Counted { unit: participle.to_string(), ..Counted::at(self, self.span_of(k, k + 1)) })
    }

    /// What happened to those a number counts, as a verb right before it
    /// (or before its qualifier, which opens at token `i`): "killing at
    /// least one" counts the killed, "injured 15" the injured.
    fn outcome_before(&self, i: usize) -> Option<Counted> {
        let verb = self.word_before(i, 1);
        let participle = lexicon::outcome(verb)?;
        if outcome_after_a_number(verb).is_some() {
            // "injured 15 after the crash"; not "the injured 15".
            let span = self.span_of(i - 1, i);
            let counted = Counted { unit: participle.to_string(), ..Counted::at(self, span) };
            return (self.word_before(i, 2) != "the").then_some(counted);
        }
        Some(Counted { unit: participle.to_string(), span: None, measure: false })
    }

    /// A noun before the number (or its qualifier, opening at token `i`),
    /// within the clause, that names what it counts: "the number of
    /// strikers to be 3,100", "the death toll rose to 14", "a population of
    /// more than 8,000", "a magnitude of 7.2". No other number may stand
    /// between.
    fn counted_before(&self, i: usize) -> Option<Counted> {
        let floor = i.saturating_sub(20).max(self.start);
        let mut k = i;
        while k > floor {
            k -= 1;
            let word = self.word(k);
            // A date's numbers do not stand between: "the death toll since
            // April 27 has risen to 147".
            let figure = self.is_number(k) && !self.is_claimed(k);
            if figure || matches!(word, ";" | ":" | "\"" | "“" | "”") {
                return None;
            }
            if word == "magnitude" && i - k <= 3 {
                let span = self.span_of(k, k + 1);
                return Some(Counted { unit: word.to_string(), span: Some(span), measure: true });
            }
            if lexicon::is_count_head(word) {
                // "death toll": with the noun before it.
                let modifier = k > self.start && self.is_word(k - 1) && !lexicon::is_stopword(self.word(k - 1));
                let from = if modifier { k - 1 } else { k };
                return Some(Counted::at(self, self.span_of(from, k + 1)));
            }
            if word == "of" && self.word_before(k, 1) == "number" {
                return self.counted_after(k, false).map(|span| Counted::at(self, span));
            }
        }
        None
    }

    /// The counted noun of the figure `before` it in the sentence, for a
    /// bare number (opening at token `opening`; nothing that could be a
    /// noun follows it, token `i`):
    /// "241 people on board and 29 on the ground".
    fn shared_with(&self, before: Option<&Figure>, opening: usize, i: usize) -> Option<Counted> {
        // How often ("a two-time medalist in the 1,500") counts nothing
        // another number could share.
        let before = before.filter(|f| f.kind == FigureKind::Count && !f.unit.is_empty() && f.unit != "times")?;
        // "34,297 evacuees in the three prefectures, with Ishikawa
        // accounting for 33,446": a count of where it happened is no noun
        // for a number another phrase leads to; one the list goes on to
        // shares it ("beaten in 34 places and equalled in another five").
        let at = self.tokens.partition_point(|t| t.span().start < before.span.start);
        let skip = usize::from(matches!(self.word_before(at, 1), "the" | "all"));
        let preposition = self.word_before(at, 1 + skip);
        let where_ = matches!(preposition, "in" | "across" | "over" | "throughout");
        // "won in 13 of the regions … in just three": the same preposition
        // before both.
        let parallel = (1..=2).any(|k| self.word_before(opening, k) == preposition);
        // A contrast goes on too: "won in 13 of the regions, while her
        // rival won three".
        let contrast = (1..=4).any(|k| matches!(self.word_before(opening, k), "while" | "whereas" | "but"));
        let listed = contrast || parallel || matches!(self.word_before(opening, 1), "," | "and" | "or" | "another" | "plus");
        if where_ && !listed {
            return None;
        }
        // "479 quakes measuring 1 or higher": what they measure is another
        // quantity ("a boat carrying up to 600" carries people).
        if matches!(self.word_before(opening, 1), "measuring" | "registering" | "measured" | "registered") {
            return None;
        }
        let word = self.word(i);
        if self.is_word(i) && !lexicon::is_stopword(word) {
            return None;
        }
        Some(Counted { unit: before.unit.clone(), span: before.unit_span, measure: false })
    }

    /// Capitalised words may sit inside a counted phrase ("Cuban doctors",
    /// "Family Medicine doctors"), but a known place or a date ends it.
    pub(super) fn is_claimed_name(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| t.is_capitalized()) && self.is_claimed(i) && {
            let word = self.word(i);
            lexicon::is_place(word) || crate::dates::is_month_word(word)
        }
    }

    /// Whether "over" before the duration `draft` says over what time
    /// something else happens rather than that it lasts more than that: "a
    /// 30% raise over three years" follows another figure of the sentence
    /// and a word that is not a function word ("for over three years" is
    /// more than three years).
    pub(super) fn spans_a_period(&self, draft: &Draft, start: usize, after_a_figure: bool) -> bool {
        let over = matches!(self.word_before(start, 1), "over" | "across");
        let lead = self.word_before(start, 2);
        let duration = draft.kind == FigureKind::Measure && is_time_unit(&draft.unit);
        over && duration && after_a_figure && !lead.is_empty() && !lexicon::is_stopword(lead)
    }
}

#[cfg(test)]
mod tests {
    use parallax_model::FigureKind;

    use crate::figures::tests::figure_in;

    /// (text, the figure as written, what it counts, its kind).
    const COUNTED: &[(&str, &str, &str, FigureKind)] = &[
        // The noun phrase after the number, past "more", with a second
        // plural, with "of" and a noun, and through a place name.
        ("Four more bodies were found.", "Four", "bodies", FigureKind::Count),
        ("The study followed 2,100 women and girls.", "2,100", "women and girls", FigureKind::Count),
        ("Some 300 members of hospital staff were laid off.", "300", "members of hospital staff", FigureKind::Count),
        // Not past "of" into a name.
        ("He faces 40 charges of Mr Velar's making.", "40", "charges", FigureKind::Count),
        ("About 900 UK flights were cancelled.", "900", "UK flights", FigureKind::Count),
        ("Eleven others were hurt.", "Eleven", "others", FigureKind::Count),
        // A part of a stated whole.
        ("About 40 of the roughly 65 trapped were freed.", "40", "trapped", FigureKind::Count),
        ("The party won 12 out of 14 regions.", "12", "regions", FigureKind::Count),
        ("They won 8 of their last 10 games.", "8", "games", FigureKind::Count),
        // What a fraction counts follows "of".
        ("Half of the harbour was destroyed.", "Half", "harbour", FigureKind::Count),
        ("A fifth of all the region's farms flooded.", "A fifth", "farms", FigureKind::Count),
        // The noun past an aside in brackets, for the number before it and
        // the one in it.
        ("He won 6,328,397 (6.32 million) votes.", "6,328,397", "votes", FigureKind::Count),
        ("He won 6,328,397 (6.32 million) votes.", "6.32 million", "votes", FigureKind::Count),
        // What those counted are, after a linking verb.
        ("Of these, 12 were children.", "12", "children", FigureKind::Count),
        // What happened to those counted, after and before the number.
        ("At least 27 were killed in the blast.", "27", "killed", FigureKind::Count),
        // Those who died are the dead.
        ("By Monday 24 had died.", "24", "dead", FigureKind::Count),
        ("The storm left 9 dead and 1,200 homeless.", "9", "dead", FigureKind::Count),
        ("The storm left 9 dead and 1,200 homeless.", "1,200", "homeless", FigureKind::Count),
        ("Guards opened fire, wounding 14.", "14", "wounded", FigureKind::Count),
        // A count of people is whole: what follows is no part of it.
        ("A plane carrying 181 people crashes at Tarn airport.", "181", "people", FigureKind::Count),
        // A count stated before its number.
        ("The board will raise the number of nurses to 2,450.", "2,450", "nurses", FigureKind::Count),
        ("The death toll climbed to 14 on Monday.", "14", "death toll", FigureKind::Count),
        ("The town, with a population of 8,000, emptied.", "8,000", "population", FigureKind::Count),
        // A magnitude, before or after the number.
        ("A magnitude 5.8 tremor shook the coast.", "5.8", "magnitude", FigureKind::Measure),
        ("A 6.4 magnitude quake hit at dawn.", "6.4 magnitude", "magnitude", FigureKind::Measure),
        ("The magnitude-6.8 quake sent people into the streets.", "6.8", "magnitude", FigureKind::Measure),
        // Depth and distance are measures.
        ("It struck at a depth of 12 km, 80 kilometres offshore.", "80 kilometres", "km", FigureKind::Measure),
        // A bare number on a list shares the noun of the one before.
        ("The blast killed 30 people in Tarn and 4 in Vel.", "4", "people", FigureKind::Count),
        // A noun joined by a hyphen.
        ("They gave a 72-hour notice to a seven-member panel.", "72-hour", "hours", FigureKind::Measure),
        ("They gave a 72-hour notice to a seven-member panel.", "seven-member", "members", FigureKind::Count),
        ("She is a two-time champion of a 5-tier league.", "two-time", "times", FigureKind::Count),
        ("A two-time medalist in the 1,500, she won in 2016.", "1,500", "", FigureKind::Count),
        // A count of where it happened lends no noun to a bare number.
        ("There were 3,100 evacuees in the three regions, with Vell accounting for 2,400.", "2,400", "", FigureKind::Count),
        ("It won in 11 of the regions, while its rival won three.", "three", "regions", FigureKind::Count),
        ("There were 479 quakes measuring 1 or higher.", "1 or higher", "", FigureKind::Count),
        ("It won in 11 of the regions; its rival won in just three.", "three", "regions", FigureKind::Count),
        ("Records fell in 20 places and were equalled in another four.", "four", "places", FigureKind::Count),
        // The first number of a change counts what the second does.
        ("Staff rose from 40 to 45 nurses.", "40", "nurses", FigureKind::Count),
    ];

    #[test]
    fn what_a_figure_counts() {
        for (text, figure, unit, kind) in COUNTED {
            let found = figure_in(text, figure);
            assert_eq!((found.unit.as_str(), found.kind), (*unit, *kind), "{figure:?} in {text:?}");
        }
    }
}
