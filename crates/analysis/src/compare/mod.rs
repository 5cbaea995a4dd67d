//! The comparison of two reports: which passages say the same thing, what
//! only one says, whether their figures agree, which entities they share,
//! and how they quote the same people.
//!
//! Passages are sentences. Candidate counterparts come from an index of the
//! rarer content words each sentence holds, so the work grows about
//! linearly with the reports, never with their product; the similarity of a
//! candidate pair is the IDF-weighted Dice overlap of their content words,
//! and pairs are taken greedily, best first, one counterpart per sentence.
//! Word differences inside an aligned pair come from a Myers diff of their
//! folded words (the `similar` crate).
//!
//! Figures are compared as intervals: "about 20" stands for 18–22, "more
//! than 40" for 40–60, "40 to 45" for itself. Two figures measure the same
//! thing when their kinds and units agree and, for counts, the words of one
//! counted phrase are all in the other ("specialists" and "specialist
//! doctors"). Amounts per period compare per year ("20 dollars a month" is
//! "240 dollars a year"). Same thing and overlapping intervals: they agree.
//! Same thing, disjoint intervals, and sentences about the same matter: they
//! conflict.

mod align;
mod context;
mod ledger;
pub mod paraphrase;
pub(crate) mod quotes;
mod stem;
mod vocabulary;

pub(crate) use vocabulary::{Words, content_words};

use parallax_model::{
    Comparison, EntityId, FigureRow, FigureStatus, Kind, Passage, QuotePair, Report, SharedEntities, Span, Summary,
};

use crate::text::{Prepared, Shape};
use align::align;
use context::Sentences;
use ledger::ledger;
pub(crate) use align::changed_words;
pub(crate) use ledger::Quantity;
use quotes::pair_quotes;

/// One side of the comparison: a report and its tokens.
pub(crate) struct Side<'a> {
    pub prep: &'a Prepared,
    pub report: &'a Report,
}

impl<'a> Side<'a> {
    /// The indices of the tokens starting inside `span`, in order.
    fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let tokens = &self.prep.tokens;
        let first = tokens.partition_point(|t| t.span().start < span.start);
        let last = tokens.partition_point(|t| t.span().start < span.end);
        first..last.max(first)
    }

    /// The folded forms and spans of the word and number tokens `tokens`,
    /// as the report's tokens were folded once (see `text::Folded`).
    fn folded_words_of(&self, tokens: std::ops::Range<usize>) -> Vec<(&'a str, Span)> {
        let prep: &'a Prepared = self.prep;
        tokens
            .filter_map(|i| prep.tokens.get(i).map(|t| (i, t)))
            .filter(|(_, t)| t.shape != Shape::Punct)
            .map(|(i, t)| (prep.folded.get(i), t.span()))
            .collect()
    }

    /// The folded word and number tokens inside `span`.
    fn folded_words(&self, span: Span) -> Vec<(&'a str, Span)> {
        self.folded_words_of(self.tokens_in(span))
    }

    /// The number of word and number tokens inside `span`.
    pub(crate) fn word_count(&self, span: Span) -> usize {
        let tokens = &self.prep.tokens;
        self.tokens_in(span).filter(|&i| tokens.get(i).is_some_and(|t| t.shape != Shape::Punct)).count()
    }

    /// [`Side::tokens_in`] the report's sentence `index`, which spans
    /// `span`: the tokens of that sentence of the prepared text, when it is
    /// the same sentence, without searching for them.
    fn sentence_tokens(&self, index: usize, span: Span) -> std::ops::Range<usize> {
        match self.prep.sentences.get(index) {
            Some(sentence) if sentence.span == span => sentence.tokens.clone(),
            _ => self.tokens_in(span),
        }
    }
}

/// What a story's coverage takes from the comparison of two of its
/// reports: their aligned passages, their figure ledger and their paired
/// quotes, found by the same rules as [`compare`].
pub(crate) struct Links {
    pub passages: Vec<Passage>,
    pub figures: Vec<FigureRow>,
    pub quotes: Vec<QuotePair>,
}

/// The [`Links`] of reports A and B, whose content words `words` were
/// worked out once for a story (by [`content_words`], with `ids` ids in
/// all), so that no report is stemmed again for each of its pairs.
pub(crate) fn links(a: &Side<'_>, b: &Side<'_>, words: (&Words, &Words), ids: usize) -> Links {
    let vocab = vocabulary::of_words(words.0.clone(), words.1.clone(), ids);
    let sentences = Sentences::with(a, b, vocab);
    let (passages, _) = align(a, b, &sentences);
    let figures = ledger(a, b, &sentences, &passages);
    Links { passages, figures, quotes: pair_quotes(a, b) }
}

/// Compares report A with report B.
pub(crate) fn compare(a: &Side<'_>, b: &Side<'_>) -> Comparison {
    let sentences = Sentences::of(a, b);
    let (passages, unique) = align(a, b, &sentences);
    let figures = ledger(a, b, &sentences, &passages);
    let entities = shared_entities(a.report, b.report);
    let quotes = pair_quotes(a, b);
    let words_in =
        |side: &Side<'_>, spans: &mut dyn Iterator<Item = Span>| -> usize { spans.map(|s| side.word_count(s)).sum() };
    let total_a = words_in(a, &mut a.report.sentences.iter().copied()).max(1);
    let total_b = words_in(b, &mut b.report.sentences.iter().copied()).max(1);
    let aligned_a = words_in(a, &mut passages.iter().map(|p| p.a));
    let aligned_b = words_in(b, &mut passages.iter().map(|p| p.b));
    let count = |status| figures.iter().filter(|r| r.status == status).count();
    let summary = Summary {
        aligned: passages.len(),
        unique_a: unique.a.len(),
        unique_b: unique.b.len(),
        aligned_share_a: aligned_a as f64 / total_a as f64,
        aligned_share_b: aligned_b as f64 / total_b as f64,
        shared_entities: entities.shared.len(),
        only_a_entities: entities.only_a.len(),
        only_b_entities: entities.only_b.len(),
        figures_agree: count(FigureStatus::Agree),
        figures_compatible: count(FigureStatus::Compatible),
        figures_conflict: count(FigureStatus::Conflict),
        figures_only_a: count(FigureStatus::OnlyA),
        figures_only_b: count(FigureStatus::OnlyB),
        shared_quotes: quotes.iter().filter(|q| q.a.is_some() && q.b.is_some()).count(),
        different_stories: false,
    };
    // Dates say little of a story: any two reports may name "Monday".
    let named = |id: EntityId| a.report.entity(id).is_some_and(|e| e.kind != Kind::Date);
    let shared_names = entities.shared.iter().filter(|&&id| named(id)).count();
    let summary = Summary { different_stories: different_stories(&summary, shared_names), ..summary };
    Comparison { summary, passages, unique, figures, entities, quotes }
}

/// Whether two reports share so little that they are probably reports of
/// different stories: fewer than three pieces of evidence of one story,
/// where a shared entity or a figure both give counts one, and an aligned
/// passage or a quote both carry two; dates are no evidence. On the
/// real-news set, every pair of reports of one story has at least three;
/// reports of different stories have at most two (a country both name, a
/// round number both give).
fn different_stories(s: &Summary, shared_names: usize) -> bool {
    let figures = s.figures_agree + s.figures_compatible + s.figures_conflict;
    let evidence = shared_names + figures + 2 * (s.aligned + s.shared_quotes);
    evidence < 3
}

/// A pair of sentences the alignment weighs, with the paraphrase model's
/// measures of it: what the model is fitted on.
#[doc(hidden)]
pub struct Weighed {
    pub a: Span,
    pub b: Span,
    pub features: [f64; paraphrase::FEATURES],
}

/// The sentence pairs the alignment of reports `a` and `b` takes as copies,
/// and every other pair it weighs, for fitting the paraphrase model.
#[doc(hidden)]
pub fn alignment_candidates(a: &str, b: &str) -> (Vec<(Span, Span)>, Vec<Weighed>) {
    let analysis = crate::analyze(&[crate::Input::new(a), crate::Input::new(b)]);
    let preps = [crate::text::prepare(a), crate::text::prepare(b)];
    let (Some(ra), Some(rb)) = (analysis.reports.first(), analysis.reports.get(1)) else {
        return (Vec::new(), Vec::new());
    };
    let (sa, sb) = (Side { prep: &preps[0], report: ra }, Side { prep: &preps[1], report: rb });
    let sentences = Sentences::of(&sa, &sb);
    let mut taken = align::Taken { a: vec![false; ra.sentences.len()], b: vec![false; rb.sentences.len()] };
    let copies = align::copies(&sentences.vocab, &mut taken);
    let weighed = align::weigh_candidates(&sentences, &taken)
        .into_iter()
        .map(|(i, j, features)| Weighed { a: ra.sentences[i], b: rb.sentences[j], features })
        .collect();
    (copies.into_iter().map(|(i, j)| (ra.sentences[i], rb.sentences[j])).collect(), weighed)
}

fn shared_entities(a: &Report, b: &Report) -> SharedEntities {
    let in_b = |id: EntityId| b.entity(id).is_some();
    let in_a = |id: EntityId| a.entity(id).is_some();
    SharedEntities {
        shared: a.entities.iter().map(|e| e.id).filter(|&id| in_b(id)).collect(),
        only_a: a.entities.iter().map(|e| e.id).filter(|&id| !in_b(id)).collect(),
        only_b: b.entities.iter().map(|e| e.id).filter(|&id| !in_a(id)).collect(),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::text::prepare;
    use crate::{Input, analyze};

    /// Two reports analysed together, with their prepared texts: what the
    /// two [`Side`]s of a comparison are made of.
    pub(super) struct Pair {
        preps: [Prepared; 2],
        reports: Vec<Report>,
    }

    impl Pair {
        pub(super) fn of(a: &str, b: &str) -> Pair {
            let analysis = analyze(&[Input::new(a), Input::new(b)]);
            Pair { preps: [prepare(a), prepare(b)], reports: analysis.reports }
        }

        pub(super) fn sides(&self) -> (Side<'_>, Side<'_>) {
            (
                Side { prep: &self.preps[0], report: &self.reports[0] },
                Side { prep: &self.preps[1], report: &self.reports[1] },
            )
        }
    }

    #[test]
    fn entities_are_named_by_both_or_by_one() {
        let pair = Pair::of("Ana Gómez met officials in Lima.", "Ana Gómez flew to Quito.");
        let shared = shared_entities(&pair.reports[0], &pair.reports[1]);
        let name =
            |id: EntityId| pair.reports.iter().find_map(|r| r.entity(id)).map(|e| e.name.clone()).unwrap_or_default();
        let names = |ids: &[EntityId]| ids.iter().map(|&id| name(id)).collect::<Vec<_>>();
        assert_eq!(names(&shared.shared), ["Ana Gómez"]);
        assert_eq!(names(&shared.only_a), ["Lima"]);
        assert_eq!(names(&shared.only_b), ["Quito"]);
    }

    #[test]
    fn the_summary_counts_what_the_parts_found() {
        let a = "Ana Gómez said 40 nurses arrived in Lima on Friday. The clinic opened.";
        let b = "Ana Gómez said 45 nurses arrived in Lima on Friday. Rain fell all week.";
        let pair = Pair::of(a, b);
        let (sa, sb) = pair.sides();
        let comparison = compare(&sa, &sb);
        assert_eq!(comparison.passages.len(), 1, "the first sentences pair up");
        assert_eq!((comparison.unique.a.len(), comparison.unique.b.len()), (1, 1));
        let summary = &comparison.summary;
        assert_eq!((summary.aligned, summary.unique_a, summary.unique_b), (1, 1, 1));
        assert_eq!((summary.figures_conflict, summary.figures_agree), (1, 0), "40 and 45 nurses");
        assert!(summary.aligned_share_a > 0.5 && summary.aligned_share_a < 1.0, "{}", summary.aligned_share_a);
    }
}
