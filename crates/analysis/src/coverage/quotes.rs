//! The story's quotations: the same words quoted by several reports,
//! gathered into one row, with what each report made of them.
//!
//! Quotes are paired by the comparison's rules for every pair of reports;
//! pairs are clustered across the story (a quote joins another report's
//! only when no report would then carry two quotes of the cluster). Each
//! report's version is then weighed against the longest version, by the
//! same measures the pair comparison flags with: cut down (most of its
//! words are in the longest, which is much longer), reworded (each has
//! words the other lacks), and given to another speaker than most reports
//! name.

use parallax_model::{EntityId, QuoteCell, QuoteCoverage};

use super::{Numbering, Pair, Sets, reports_of};
use crate::compare::quotes::{containment, quote_words};
use crate::compare::{Side, changed_words};

/// One row per quotation, those carried by the most reports first.
pub(super) fn rows(sides: &[Side<'_>], pairs: &[Pair]) -> Vec<QuoteCoverage> {
    let numbering = Numbering::new(sides.iter().map(|s| s.report.quotes.len()));
    let mut sets = Sets::new(numbering.len());
    for pair in pairs {
        for quote in &pair.links.quotes {
            let (Some(qa), Some(qb)) = (quote.a, quote.b) else { continue };
            let (x, y) = (numbering.of(pair.a, qa), numbering.of(pair.b, qb));
            let (rx, ry) = (sets.find(x), sets.find(y));
            if rx == ry {
                continue;
            }
            let (in_x, in_y) = (reports_of(&numbering, sets.members(rx)), reports_of(&numbering, sets.members(ry)));
            if !in_x.iter().any(|r| in_y.contains(r)) {
                sets.union(rx, ry);
            }
        }
    }
    let mut rows: Vec<QuoteCoverage> =
        sets.groups(1).iter().map(|members| row(sides, &numbering, members)).collect();
    // A stable sort keeps the order of first appearance among equals.
    rows.sort_by_key(|row| std::cmp::Reverse(row.cells.iter().filter(|c| c.quote.is_some()).count()));
    rows
}

/// The row of the quotes `members`, one per report at most.
fn row(sides: &[Side<'_>], numbering: &Numbering, members: &[usize]) -> QuoteCoverage {
    let carried: Vec<(usize, usize)> = members.iter().map(|&m| numbering.split(m)).collect();
    let words: Vec<Vec<&str>> = carried.iter().map(|&(r, q)| quote_words(&sides[r], sides[r].report.quotes[q].span)).collect();
    // The longest version; the first among equals.
    let longest = (0..carried.len()).fold(0, |best, k| if words[k].len() > words[best].len() { k } else { best });
    let speakers: Vec<Option<EntityId>> = carried.iter().map(|&(r, q)| sides[r].report.quotes[q].speaker).collect();
    let speaker = majority(&speakers);
    let mut cells: Vec<QuoteCell> = sides
        .iter()
        .map(|_| QuoteCell { quote: None, shortened: false, reworded: false, speaker_differs: false })
        .collect();
    let (lr, lq) = carried[longest];
    let long_span = sides[lr].report.quotes[lq].span;
    for (k, &(r, q)) in carried.iter().enumerate() {
        let mut cell = QuoteCell { quote: Some(q), ..cells[r].clone() };
        cell.speaker_differs = speakers[k].is_some() && speakers[k] != speaker;
        if k != longest {
            let (x, y) = (&words[k], &words[longest]);
            cell.shortened = containment(x, y) >= 0.85 && (x.len() as f64) < 0.85 * y.len() as f64;
            let (own, long) = changed_words(&sides[r], sides[r].report.quotes[q].span, &sides[lr], long_span);
            cell.reworded = !own.is_empty() && !long.is_empty();
        }
        cells[r] = cell;
    }
    QuoteCoverage { speaker, cells }
}

/// The speaker most versions name; a tie goes to the first named.
fn majority(speakers: &[Option<EntityId>]) -> Option<EntityId> {
    let named: Vec<EntityId> = speakers.iter().flatten().copied().collect();
    let votes = |id: EntityId| named.iter().filter(|&&n| n == id).count();
    named.iter().copied().fold(None, |best: Option<EntityId>, id| match best {
        Some(b) if votes(b) >= votes(id) => Some(b),
        _ => Some(id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_speaker_most_versions_name_wins_and_ties_go_to_the_first() {
        let (a, b) = (Some(EntityId(1)), Some(EntityId(2)));
        assert_eq!(majority(&[a, b, b, None]), b);
        assert_eq!(majority(&[a, b]), a);
        assert_eq!(majority(&[None, None]), None);
    }
}
