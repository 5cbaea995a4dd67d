//! The same quote in two reports: paired by the words they share, and
//! flagged when one is cut short, reworded or given to another speaker.

use parallax_model::{QuotePair, Span};

use super::Side;
use super::align::{CANDIDATES_PER_SENTENCE, MAX_POSTING, changed_words};
use crate::hash::{FastMap, FastSet};

/// Pairs quotations across the reports by how many of the shorter one's
/// words the longer one holds.
pub(super) fn pair_quotes(a: &Side<'_>, b: &Side<'_>) -> Vec<QuotePair> {
    let qa: Vec<Vec<&str>> = a.report.quotes.iter().map(|q| quote_words(a, q.span)).collect();
    let qb: Vec<Vec<&str>> = b.report.quotes.iter().map(|q| quote_words(b, q.span)).collect();
    // Candidates share a word that few quotes hold; each quote keeps its
    // best few, so long reports with many quotes stay linear.
    let mut holders: FastMap<&str, Vec<usize>> = FastMap::default();
    for (j, y) in qb.iter().enumerate() {
        let mut seen: Vec<&str> = y.clone();
        seen.sort_unstable();
        seen.dedup();
        for word in seen {
            holders.entry(word).or_default().push(j);
        }
    }
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, x) in qa.iter().enumerate() {
        let mut near: Vec<usize> = x
            .iter()
            .filter_map(|w| holders.get(w))
            .filter(|list| list.len() <= MAX_POSTING)
            .flatten()
            .copied()
            .collect();
        near.sort_unstable();
        near.dedup();
        let mut best: Vec<(f64, usize, usize)> = near
            .into_iter()
            .filter_map(|j| {
                let y = &qb[j];
                let containment = containment(x, y);
                let short = x.len().min(y.len());
                (containment >= 0.6 && (short >= 3 || x == y)).then_some((containment, i, j))
            })
            .collect();
        best.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.2.cmp(&q.2)));
        candidates.extend(best.into_iter().take(CANDIDATES_PER_SENTENCE));
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut a_used = vec![false; qa.len()];
    let mut b_used = vec![false; qb.len()];
    let mut pairs = Vec::new();
    for (similarity, i, j) in candidates {
        if a_used[i] || b_used[j] {
            continue;
        }
        a_used[i] = true;
        b_used[j] = true;
        let (x, y) = (&a.report.quotes[i], &b.report.quotes[j]);
        let (a_changed, b_changed) = changed_words(a, x.span, b, y.span);
        let (la, lb) = (qa[i].len(), qb[j].len());
        let shortened = similarity >= 0.85 && (la.min(lb) as f64) < 0.85 * la.max(lb) as f64;
        let speaker_differs = matches!((x.speaker, y.speaker), (Some(p), Some(q)) if p != q);
        pairs.push(QuotePair {
            a: Some(i),
            b: Some(j),
            similarity: (similarity * 1000.0).round() / 1000.0,
            shortened,
            reworded: !a_changed.is_empty() && !b_changed.is_empty(),
            speaker_differs,
            a_changed,
            b_changed,
        });
    }
    pairs.sort_by_key(|p| p.a);
    let single = |a: Option<usize>, b: Option<usize>| QuotePair {
        a,
        b,
        similarity: 0.0,
        shortened: false,
        reworded: false,
        speaker_differs: false,
        a_changed: Vec::new(),
        b_changed: Vec::new(),
    };
    pairs.extend((0..qa.len()).filter(|&i| !a_used[i]).map(|i| single(Some(i), None)));
    pairs.extend((0..qb.len()).filter(|&j| !b_used[j]).map(|j| single(None, Some(j))));
    pairs
}

/// The folded words of a quote.
pub(crate) fn quote_words<'a>(side: &Side<'a>, span: Span) -> Vec<&'a str> {
    side.folded_words(span).into_iter().map(|(w, _)| w).collect()
}

/// Share of the shorter list's words present in the longer.
pub(crate) fn containment(x: &[&str], y: &[&str]) -> f64 {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if short.is_empty() {
        return 0.0;
    }
    let long: FastSet<&str> = long.iter().copied().collect();
    short.iter().filter(|w| long.contains(*w)).count() as f64 / short.len() as f64
}

#[cfg(test)]
mod tests {
    use super::super::tests::Pair;
    use super::*;

    #[test]
    fn containment_is_the_share_of_the_shorter_found_in_the_longer() {
        assert_eq!(containment(&["we", "will", "work"], &["we", "will", "work", "together"]), 1.0);
        assert_eq!(containment(&["we", "will", "rest"], &["we", "will", "work", "together"]), 2.0 / 3.0);
        assert_eq!(containment(&[], &["we"]), 0.0);
    }

    #[test]
    fn a_quote_cut_short_in_one_report_is_paired_and_flagged() {
        let a = "\"We are working together to expand the collaboration of doctors,\" said Ana Gómez.";
        let b = "\"We are working together,\" said Ana Gómez.";
        let pair = Pair::of(a, b);
        let (sa, sb) = pair.sides();
        let pairs = pair_quotes(&sa, &sb);
        let paired: Vec<&QuotePair> = pairs.iter().filter(|p| p.a.is_some() && p.b.is_some()).collect();
        assert_eq!(paired.len(), 1, "{pairs:?}");
        assert!(paired[0].shortened && !paired[0].speaker_differs, "{:?}", paired[0]);
    }
}
