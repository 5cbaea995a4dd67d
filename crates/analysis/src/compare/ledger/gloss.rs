//! Figures a report glosses with another in brackets: "600 kilometres (370
//! miles)", "£760 million ($954 million)", "over half a million
//! (538,241)". The report itself says the two are one quantity, so the
//! gloss stands in its principal's ledger row, wherever that row is paired.
//!
//! Invariant: a gloss is the figure right after its principal, in the same
//! sentence, of the same kind, and nothing but an opening bracket and the
//! gloss's own qualifier ("(around $816 million)") stands between them.

use parallax_model::{Figure, FigureKind, Qualifier};

use super::Quantity;
use crate::compare::Side;
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
