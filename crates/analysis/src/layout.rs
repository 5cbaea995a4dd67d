//! Highlight runs: a report's paragraphs cut at every mention and quote
//! boundary, so a renderer only slices the original text and never
//! searches it.
//!
//! Invariants: the runs of a paragraph are sorted, non-empty, cover the
//! paragraph exactly, and each lies entirely inside or entirely outside any
//! mention and any quote.

use crate::{Evidence, Kind, Mention, Report, Span};

/// A paragraph of the article text and its runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph, without its line break.
    pub span: Span,
    /// The paragraph cut at mention and quote boundaries.
    pub runs: Vec<Run>,
}

/// A stretch of text that is all inside or all outside each mention and quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// Where the run is in the original text.
    pub span: Span,
    /// Index into [`Report::mentions`] of the mention the run belongs to.
    pub mention: Option<usize>,
    /// Index into [`Report::quotes`] of the quote the run lies in.
    pub quote: Option<usize>,
}

/// The paragraphs of a report's article text, cut into runs.
pub fn paragraphs(report: &Report) -> Vec<Paragraph> {
    // The spans are gathered once: each paragraph looks up its own by
    // binary search, so the whole layout is linear in the report's size.
    let mentions: Vec<Span> = report.mentions.iter().map(|m| m.span).collect();
    let quotes: Vec<Span> = report.quotes.iter().map(|q| q.span).collect();
    report.paragraphs.iter().map(|&span| Paragraph { span, runs: runs(&mentions, &quotes, span) }).collect()
}

/// The runs of one paragraph, given every mention and quote span of the
/// report (each sorted and non-overlapping).
fn runs(mentions: &[Span], quotes: &[Span], paragraph: Span) -> Vec<Run> {
    let mut cuts = vec![paragraph.start, paragraph.end];
    for spans in [mentions, quotes] {
        let first = spans.partition_point(|s| s.end <= paragraph.start);
        for span in spans[first..].iter().take_while(|s| s.start < paragraph.end) {
            cuts.extend([span.start, span.end]);
        }
    }
    cuts.retain(|&c| c >= paragraph.start && c <= paragraph.end);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| {
            let span = Span::new(pair[0], pair[1]);
            Run { span, mention: containing(mentions, span), quote: containing(quotes, span) }
        })
        .collect()
}

/// The index of the span of `sorted` (sorted, non-overlapping) holding `span`.
fn containing(sorted: &[Span], span: Span) -> Option<usize> {
    let at = sorted.partition_point(|s| s.end <= span.start);
    sorted.get(at).filter(|s| s.contains(span)).map(|_| at)
}

/// The mentions of `first` and `second` sorted by start, then end (those
/// of `first` before those of `second` with the same span, as a stable
/// sort of both gives), keeping the longer of any two that overlap (the
/// earlier of two as long), so that the output has no overlaps.
///
/// Each list is most often sorted already. They are merged as they stand,
/// from the back into `first` grown to hold both, and the overlaps are
/// then dropped in place: at 136 bytes a mention, sorting the whole (and
/// the buffer that takes) or merging into a third list took a lone
/// analysis of 5 MB a twentieth longer.
pub(crate) fn merge_without_overlaps(mut first: Vec<Mention>, mut second: Vec<Mention>) -> Vec<Mention> {
    let key = |m: &Mention| (m.span.start, m.span.end);
    for list in [&mut first, &mut second] {
        if !list.is_sorted_by_key(key) {
            list.sort_by_key(key);
        }
    }
    // The slots past `first`'s own mentions hold empty stand-ins until the
    // merge reaches them; each is moved down into the slot of the mention
    // of `first` that took its place, or dropped for one of `second`.
    let mut unmerged = first.len();
    first.resize_with(unmerged + second.len(), stand_in);
    for slot in (0..first.len()).rev() {
        let from_first = match (unmerged.checked_sub(1).and_then(|i| first.get(i)), second.last()) {
            (Some(mine), Some(theirs)) => key(theirs) < key(mine),
            (_, None) => break,
            (None, Some(_)) => false,
        };
        if from_first {
            unmerged -= 1;
            first.swap(unmerged, slot);
        } else if let Some(theirs) = second.pop() {
            first[slot] = theirs;
        }
    }
    // `dedup_by` drops `next` when it overlaps the last mention kept;
    // swapping first keeps the longer of the two in the kept one's place.
    first.dedup_by(|next, kept| {
        let overlaps = kept.span.overlaps(next.span);
        if overlaps && next.span.len() > kept.span.len() {
            std::mem::swap(next, kept);
        }
        overlaps
    });
    first
}

/// A mention holding no text, to fill a slot about to be overwritten.
fn stand_in() -> Mention {
    Mention {
        span: Span::default(),
        text: String::new(),
        kind: Kind::Figure,
        entity: None,
        figure: None,
        evidence: Evidence::Number,
        link: None,
    }
}

/// Cuts `span` at the edges of the sorted, non-overlapping `marks`, telling
/// which pieces are marked: how a passage shows its changed words, or a
/// sentence shows the figure it states. Marks outside `span` are ignored;
/// the pieces cover `span` exactly.
pub fn marked(span: Span, marks: &[Span]) -> Vec<(Span, bool)> {
    let mut pieces = Vec::new();
    let mut at = span.start;
    for mark in marks {
        let start = mark.start.max(span.start).max(at);
        let end = mark.end.min(span.end);
        if start >= end {
            continue;
        }
        if start > at {
            pieces.push((Span::new(at, start), false));
        }
        pieces.push((Span::new(start, end), true));
        at = end;
    }
    if at < span.end {
        pieces.push((Span::new(at, span.end), false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_pieces_cover_the_span_exactly() {
        let pieces = marked(Span::new(10, 30), &[Span::new(5, 12), Span::new(15, 18), Span::new(28, 40)]);
        assert_eq!(
            pieces,
            [
                (Span::new(10, 12), true),
                (Span::new(12, 15), false),
                (Span::new(15, 18), true),
                (Span::new(18, 28), false),
                (Span::new(28, 30), true),
            ]
        );
        assert_eq!(marked(Span::new(0, 4), &[]), [(Span::new(0, 4), false)]);
        assert!(marked(Span::new(3, 3), &[Span::new(0, 9)]).is_empty());
    }
    /// The mentions at `spans`, each named by its list and place in it.
    fn mentions(list: &str, spans: &[(usize, usize)]) -> Vec<Mention> {
        let mention = |(i, &(start, end)): (usize, &(usize, usize))| Mention {
            span: Span::new(start, end),
            text: format!("{list}{i}"),
            ..stand_in()
        };
        spans.iter().enumerate().map(mention).collect()
    }

    /// What the merge must give: both lists sorted stably, then each
    /// mention kept unless it overlaps the last kept and is not longer.
    fn merged_plainly(first: Vec<Mention>, second: Vec<Mention>) -> Vec<Mention> {
        let mut all: Vec<Mention> = first.into_iter().chain(second).collect();
        all.sort_by_key(|m| (m.span.start, m.span.end));
        let mut kept: Vec<Mention> = Vec::new();
        for mention in all {
            match kept.last_mut() {
                Some(last) if last.span.overlaps(mention.span) => {
                    if mention.span.len() > last.span.len() {
                        *last = mention;
                    }
                }
                _ => kept.push(mention),
            }
        }
        kept
    }

    #[test]
    fn merging_keeps_order_ties_and_the_longer_of_overlaps() {
        let cases: [(&[(usize, usize)], &[(usize, usize)]); 6] = [
            (&[], &[]),
            (&[(0, 3), (10, 12)], &[]),
            (&[], &[(4, 6), (1, 2)]),
            (&[(0, 3), (10, 12), (20, 25)], &[(2, 8), (10, 12), (13, 14), (30, 31)]),
            (&[(5, 9), (1, 3)], &[(0, 1), (2, 4), (5, 7), (8, 20)]),
            (&[(40, 41), (42, 43)], &[(0, 1), (2, 3)]),
        ];
        for (first, second) in cases {
            let got = merge_without_overlaps(mentions("a", first), mentions("b", second));
            let want = merged_plainly(mentions("a", first), mentions("b", second));
            assert_eq!(got, want, "{first:?} + {second:?}");
        }
    }

    #[test]
    fn merging_agrees_with_the_plain_way_on_many_lists() {
        // A small linear congruential generator: the same lists every run.
        let mut state = 7u64;
        let mut next = |below: usize| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % below
        };
        for _ in 0..300 {
            let mut spans = Vec::new();
            for list in 0..2 {
                let count = next(12);
                spans.push(Vec::new());
                for _ in 0..count {
                    let start = next(60);
                    spans[list].push((start, start + 1 + next(6)));
                }
            }
            let (first, second) = (&spans[0], &spans[1]);
            let got = merge_without_overlaps(mentions("a", first), mentions("b", second));
            let want = merged_plainly(mentions("a", first), mentions("b", second));
            assert_eq!(got, want, "{first:?} + {second:?}");
        }
    }
}
