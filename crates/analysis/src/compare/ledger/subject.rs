//! What the words around a figure say it counts or measures, where its
//! own unit does not: what happened to those a count counts ("killed at
//! least 118 people", "eight people were killed", "70 of the whales have
//! died"), and the subject and direction of a share ("a 22% rise in
//! operating costs", "revenue surged by 22%", "the repo rate to 6.25%",
//! "59 percent of the vote").

use parallax_model::{Figure, FigureKind};

use super::Side;
use super::quantity::{self, Change, Quantity};
use crate::lexicon;
use crate::text::Shape;

/// Sets what `q`, the quantity of `figure`, counts or measures from the
/// words around the figure, when its unit leaves it open. `from` is the
/// token to look for the figure from (figures come in text order); it is
/// moved to the figure's first token.
pub(super) fn refine(side: &Side<'_>, figure: &Figure, q: &mut Quantity, from: &mut usize) {
    let counts = q.measure.kind == FigureKind::Count;
    if !counts && q.measure.kind != FigureKind::Percent {
        return;
    }
    let prep = side.prep;
    let at = prep.first_token_from(figure.span.start, *from..prep.tokens.len());
    *from = at;
    let words = Words { side, end: prep.tokens.len() };
    let opening = at.saturating_sub(figure.qualifier_text.split_whitespace().count());
    let after = prep.first_token_from(figure.span.end, at..prep.tokens.len());
    if counts {
        // "killed at least 118 people", "eight people were killed": what
        // happened is what a count of anyone counts; "70 of the whales have
        // died": it says what happened to the whales.
        let unit = crate::text::fold(&figure.unit);
        let in_unit = |k: &usize| unit.split_whitespace().any(|u| u == words.get(*k));
        let unit_end = (after..words.end.min(after + 6)).filter(in_unit).last().map_or(after, |k| k + 1);
        // "were reported missing", "are feared dead", "who have died": what
        // is said of them.
        let hedged = |w: &str| matches!(w, "reported" | "feared" | "believed" | "presumed" | "confirmed" | "declared" | "thought");
        // "72 people have lost their lives" are dead.
        let lives = |k: usize| words.get(k) == "lost" && matches!(words.get(k + 2), "lives" | "life");
        let told = (unit_end..words.end.min(unit_end + 4))
            .map(|k| if lives(k) { "dead" } else { words.get(k) })
            .find(|w| !is_auxiliary(w) && !hedged(w) && !matches!(*w, "who" | "that"));
        let anyone = quantity::is_vague(&q.thing);
        let before = opening.checked_sub(1).map(|k| words.get(k));
        if let Some(outcome) = before.into_iter().chain(told).find_map(lexicon::outcome) {
            q.thing = if anyone { quantity::thing(outcome) } else { quantity::thing(&format!("{unit} {outcome}")) };
        } else if anyone {
            // "The death toll … had reached 72 people": the people are
            // the toll.
            if let Some(head) = words.count_head_before(opening, figure) {
                q.thing = quantity::thing(&head);
            }
        }
    } else {
        let (subject, change) = words.share(opening, after);
        if let Some(subject) = subject {
            q.thing = quantity::thing(&subject);
        }
        q.change = change;
    }
}

/// The folded words of one report, read around a figure.
struct Words<'a> {
    side: &'a Side<'a>,
    end: usize,
}

impl Words<'_> {
    /// The folded word at token `k`, `""` past the end or for punctuation.
    fn get(&self, k: usize) -> &str {
        match self.side.prep.tokens.get(k) {
            Some(t) if t.is_word() => self.side.prep.folded.get(k),
            _ => "",
        }
    }

    /// The subject and direction of a share whose figure opens (with its
    /// qualifier) at token `opening` and is followed by token `after`.
    fn share(&self, opening: usize, after: usize) -> (Option<String>, Change) {
        let (next, then) = (self.get(after), self.get(after + 1));
        // "a 22% rise in operating costs", "22pc revenue increase",
        // "59 percent of the vote".
        if let Some(change) = change_noun(next) {
            let subject = matches!(then, "in" | "of").then(|| self.phrase_from(after + 2)).flatten();
            return (subject, change);
        }
        if let Some(change) = change_noun(then).filter(|_| is_content(next)) {
            return (Some(next.to_string()), change);
        }
        if next == "of" {
            return (self.phrase_from(after + 1), Change::None);
        }
        // "revenue surged by 22%", "revenue rose 5%", "a rise of 22% in
        // costs", "the repo rate to 6.25%" (a level, not a change).
        let Some(mut b) = opening.checked_sub(1) else { return (None, Change::None) };
        let by = matches!(self.get(b), "by" | "of");
        if by {
            b = b.saturating_sub(1);
        }
        if let Some(change) = change_verb(self.get(b)) {
            return (self.noun_before(b), change);
        }
        if let Some(change) = change_noun(self.get(b)).filter(|_| by) {
            let subject = matches!(next, "in").then(|| self.phrase_from(after + 1)).flatten();
            return (subject, change);
        }
        if matches!(self.get(b), "to" | "at") {
            return (self.noun_before(b), Change::None);
        }
        // "inflation rose to a higher than expected 67%", "inflation
        // reaching a staggering 67 percent": words of description between;
        // not "to the 2 to 3 per cent target", a share of what follows.
        for k in (opening.saturating_sub(6)..=b).rev() {
            match self.get(k) {
                "" | "the" | "its" | "their" | "his" | "her" => break,
                "to" | "at" | "reaching" | "reached" | "hit" => return (self.noun_before(k), Change::None),
                _ => {}
            }
        }
        (None, Change::None)
    }

    /// The noun before token `k` that names what the figure counts ("the
    /// death toll", "the tally"), in its sentence with no other number
    /// or clause mark between.
    fn count_head_before(&self, k: usize, figure: &Figure) -> Option<String> {
        let tokens = &self.side.prep.tokens;
        let sentence = self.side.report.sentences.get(figure.sentence).copied().unwrap_or(figure.span);
        let start = self.side.sentence_tokens(figure.sentence, sentence).start;
        let mut j = k;
        while j > start.max(k.saturating_sub(24)) {
            j -= 1;
            let t = tokens.get(j)?;
            if t.is_number() || matches!(self.side.prep.folded.get(j), ";" | ":" | "(" | "“" | "\"") {
                return None;
            }
            let word = self.get(j);
            if lexicon::is_count_head(word) {
                let modifier = j.checked_sub(1).map(|m| self.get(m)).filter(|w| is_content(w));
                return Some(modifier.map_or_else(|| word.to_string(), |m| format!("{m} {word}")));
            }
        }
        None
    }

    /// Up to two content words from token `k` on, past "the" and its
    /// like: "operating costs" of "in the operating costs of".
    fn phrase_from(&self, k: usize) -> Option<String> {
        let start = (k..self.end.min(k + 2)).find(|&j| !matches!(self.get(j), "the" | "its" | "their" | "a" | "an"))?;
        let words: Vec<&str> =
            (start..self.end.min(start + 2)).map(|j| self.get(j)).take_while(|w| is_content(w)).collect();
        (!words.is_empty()).then(|| words.join(" "))
    }

    /// The noun right before token `k`, past an adverb ("revenue sharply
    /// rose"), a form of "be" or "have", or a verb ("inflation climbed to
    /// 6.15%"); none that ends another figure ("by 50 basis points to").
    fn noun_before(&self, k: usize) -> Option<String> {
        let mut j = k;
        let passed = |w: &str| is_auxiliary(w) || w.ends_with("ly") || w.ends_with("ed") || change_verb(w).is_some();
        while j > 0 && passed(self.get(j - 1)) && k - j < 3 {
            j -= 1;
        }
        let at = j.checked_sub(1)?;
        let word = self.get(at);
        let is_number = |n: usize| self.side.prep.tokens.get(n).is_some_and(|t| t.is_number());
        let after_number = (at.saturating_sub(2)..at).any(is_number);
        // "his rival Tamsin Ode trailed at 30.6%": a name inside a sentence
        // is who, not what the share is of.
        let tokens = &self.side.prep.tokens;
        let capital = tokens.get(at).is_some_and(|t| t.shape == Shape::Capitalized);
        let named = capital && at > 0 && tokens.get(at - 1).is_some_and(|t| t.is_word());
        (is_content(word) && !after_number && !named).then(|| word.to_string())
    }
}

/// A word that may name what a share is of: a word, not a stopword.
fn is_content(word: &str) -> bool {
    !word.is_empty() && word.chars().all(char::is_alphabetic) && !lexicon::is_stopword(word)
}

/// Forms of "be" and "have" between a subject and its verb.
fn is_auxiliary(word: &str) -> bool {
    matches!(word, "were" | "was" | "have" | "has" | "had" | "been" | "are" | "is" | "reportedly")
}

/// What a noun of change says of a share: "rise", "cut".
fn change_noun(word: &str) -> Option<Change> {
    lexicon::change_noun(word).map(Change::from)
}

/// What a verb of change says of a share: "rose", "fell".
fn change_verb(word: &str) -> Option<Change> {
    lexicon::change_verb(word).map(Change::from)
}
