//! Figures a report glosses with another in brackets: "600 kilometres (370
//! miles)", "£760 million ($954 million)", "over half a million
//! (538,241)". The report itself says the two are one quantity, so the
//! gloss stands in its principal's ledger row, wherever that row is paired.
//!
//! Invariant: a gloss is the figure right after its principal, in the same
//! sentence, of the same kind, and nothing but an opening bracket and the
//! gloss's own qualifier ("(around $816 million)") stands between them.

use parallax_model::{Figure, FigureKind, FigureStatus, Qualifier};

use super::{Group, Pair, Quantity};
use crate::compare::Side;
use crate::hash::FastMap;
use crate::text::Shape;

/// How far apart a principal and its gloss may be in one measure, once
/// converted: a rounded conversion ("21 miles" for 34.8 km) or a rounded
/// restatement ("half a million" for 538,241), not another number.
const MAX_RATIO: f64 = 1.25;

/// The pairs (principal, gloss) of the figures of `side`'s report, by index.
pub(super) fn glosses(side: &Side<'_>) -> Vec<(usize, usize)> {
    let figures = &side.report.figures;
    (1..figures.len()).filter(|&i| glosses_previous(side, &figures[i - 1], &figures[i])).map(|i| (i - 1, i)).collect()
}

/// Whether `gloss` restates `principal` in brackets right after it.
fn glosses_previous(side: &Side<'_>, principal: &Figure, gloss: &Figure) -> bool {
    if principal.sentence != gloss.sentence || principal.kind != gloss.kind || gloss.span.start < principal.span.end {
        return false;
    }
    let between = side.tokens_in(parallax_model::Span::new(principal.span.end, gloss.span.start));
    let tokens = &side.prep.tokens;
    let bracket = tokens.get(between.start).is_some_and(|t| t.shape == Shape::Punct)
        && side.prep.folded.get(between.start) == "(";
    let words = between.len().saturating_sub(1);
    // Words inside the bracket are the gloss's qualifier, if it has one.
    if !bracket || (words > 0 && (gloss.qualifier == Qualifier::Exact || words > 2)) {
        return false;
    }
    let (p, g) = (Quantity::of(principal), Quantity::of(gloss));
    if principal.kind == FigureKind::Money && principal.unit != gloss.unit {
        // Another currency: the report gives the rate, the ledger has none.
        return true;
    }
    let (small, large) = (p.value.abs().min(g.value.abs()), p.value.abs().max(g.value.abs()));
    p.measure == g.measure && small > 0.0 && large / small <= MAX_RATIO
}

/// Figures a report glosses in brackets join the row of what they gloss
/// (see [`glosses`]): a group of one side left alone joins the pair its
/// principal or its gloss stands in; a principal and its gloss both alone
/// are one row of their report ("the 500-foot (160 meter) span").
pub(super) fn join(pairs: &mut Vec<Pair>, groups: [&[Group]; 2], glosses: [Vec<(usize, usize)>; 2]) {
    for (side, links) in glosses.iter().enumerate() {
        let mut group_of: FastMap<usize, usize> = FastMap::default();
        for (g, group) in groups[side].iter().enumerate() {
            group.figures.iter().for_each(|&f| _ = group_of.insert(f, g));
        }
        let mut pair_of: Vec<Option<usize>> = vec![None; groups[side].len()];
        for (p, pair) in pairs.iter().enumerate() {
            let ids = if side == 0 { &pair.a } else { &pair.b };
            ids.iter().for_each(|&g| pair_of[g] = Some(p));
        }
        for (principal, gloss) in links {
            let (Some(&gp), Some(&gg)) = (group_of.get(principal), group_of.get(gloss)) else { continue };
            let (alone, p) = match (pair_of[gp], pair_of[gg]) {
                (Some(p), None) => (gg, p),
                (None, Some(p)) => (gp, p),
                (None, None) if gp != gg => {
                    let ids = vec![gp, gg];
                    let pair = match side {
                        0 => Pair { a: ids, b: vec![], status: FigureStatus::OnlyA },
                        _ => Pair { a: vec![], b: ids, status: FigureStatus::OnlyB },
                    };
                    pair_of[gp] = Some(pairs.len());
                    pair_of[gg] = Some(pairs.len());
                    pairs.push(pair);
                    continue;
                }
                _ => continue,
            };
            pair_of[alone] = Some(p);
            if side == 0 { pairs[p].a.push(alone) } else { pairs[p].b.push(alone) }
        }
    }
}
