//! Highlight runs: a report's paragraphs cut at every mention and quote
//! boundary, so a renderer only slices the original text and never
//! searches it.
//!
//! Invariants: the runs of a paragraph are sorted, non-empty, cover the
//! paragraph exactly, and each lies entirely inside or entirely outside any
//! mention and any quote.

use crate::{Report, Span};

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
}
