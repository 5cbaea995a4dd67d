//! Two sentences that state one fact with the same figures but one: "Mr
//! Erdogan won 52.5 percent, while Mr Ince lagged at 30.6 percent" and "Mr
//! Erdogan won 52.5% while Mr Ince received 30.8%". Once the figures both
//! give are paired, the one figure of that measure each sentence has left
//! is the other's account of one quantity, whatever words stand around
//! it: a reader lines the two sentences up the same way.
//!
//! Invariant: only sentences aligned, or giving one telling number
//! ("52.5%"), with two or more figures of the measure each; the two left
//! over stand between the same paired figures in both (the same
//! neighbours before, after, or both), alone there, and differ by at most
//! half.

use parallax_model::{FigureKind, FigureStatus, Passage};

use super::quantity::Likeness;
use super::{Context, Group, Pair, ratio};

/// How far apart the values left over may be.
const MAX_RATIO: f64 = 1.5;

/// Pairs the figures left over in aligned sentences (see the module).
pub(super) fn pair(pairs: &mut Vec<Pair>, ga: &[Group], gb: &[Group], context: &Context<'_>, passages: &[Passage]) {
    let group_of = |groups: &[Group], figures: usize| {
        let mut of = vec![usize::MAX; figures];
        for (g, group) in groups.iter().enumerate() {
            group.figures.iter().for_each(|&f| of[f] = g);
        }
        of
    };
    let of = [group_of(ga, context.measures[0].len()), group_of(gb, context.measures[1].len())];
    let mut paired: [Vec<Option<usize>>; 2] = [vec![None; ga.len()], vec![None; gb.len()]];
    for (p, pair) in pairs.iter().enumerate() {
        pair.a.iter().for_each(|&g| paired[0][g] = Some(p));
        pair.b.iter().for_each(|&g| paired[1][g] = Some(p));
    }
    // Aligned sentences, and sentences that give one telling number.
    let mut sentence_pairs: Vec<(usize, usize)> = passages.iter().map(|p| (p.a_sentence, p.b_sentence)).collect();
    sentence_pairs.extend(context.telling.iter().copied());
    sentence_pairs.sort_unstable();
    sentence_pairs.dedup();
    for (i, j) in sentence_pairs {
        let in_sentence = |side: usize, s: usize| -> Vec<usize> {
            let mut groups: Vec<usize> = context.sentences.figures[side]
                .get(s)
                .into_iter()
                .flatten()
                .map(|&f| of[side][f])
                .filter(|&g| g != usize::MAX)
                .collect();
            groups.dedup();
            groups
        };
        let (in_a, in_b) = (in_sentence(0, i), in_sentence(1, j));
        for &x in &in_a {
            let measure = ga[x].quantity.measure;
            let of_measure = |groups: &[Group], list: &[usize]| -> Vec<usize> {
                list.iter().copied().filter(|&g| groups[g].quantity.measure == measure).collect()
            };
            let (ma, mb) = (of_measure(ga, &in_a), of_measure(gb, &in_b));
            if ma.len() < 2 || mb.len() < 2 || paired[0][x].is_some() {
                continue;
            }
            // The pair each figure of the two sentences stands in, if one
            // of the other sentence's figures stands in it too.
            let anchor = |side: usize, g: usize| {
                let p = paired[side][g]?;
                let other = if side == 0 { &pairs[p].b } else { &pairs[p].a };
                other.iter().any(|h| if side == 0 { mb.contains(h) } else { ma.contains(h) }).then_some(p)
            };
            // Between the same anchors in both sentences, one figure each.
            let Some(at) = ma.iter().position(|&g| g == x) else { continue };
            let before = ma[..at].iter().rev().find_map(|&g| anchor(0, g));
            let after = ma[at + 1..].iter().find_map(|&g| anchor(0, g));
            if before.is_none() && after.is_none() {
                continue;
            }
            let between = |side: usize, list: &[usize]| -> Vec<usize> {
                let place = |p: usize| list.iter().position(|&g| anchor(side, g) == Some(p));
                let from = before.and_then(place).map_or(0, |k| k + 1);
                let to = after.and_then(place).unwrap_or(list.len());
                list.get(from..to).unwrap_or_default().iter().copied().filter(|&g| paired[side][g].is_none()).collect()
            };
            let (left_a, left_b) = (between(0, &ma), between(1, &mb));
            let (&[left_a], &[left_b]) = (&left_a[..], &left_b[..]) else { continue };
            let Some(status) = status(&ga[left_a], &gb[left_b]) else { continue };
            paired[0][left_a] = Some(pairs.len());
            paired[1][left_b] = Some(pairs.len());
            pairs.push(Pair { a: vec![left_a], b: vec![left_b], status });
        }
    }
}

/// How two figures left over stand, if they may be one quantity: things
/// not unlike, the same direction, no two sides of a whole ("the 57.8 per
/// cent it does not own" and "42%"), values close enough.
fn status(ga: &Group, gb: &Group) -> Option<FigureStatus> {
    let (qa, qb) = (&ga.quantity, &gb.quantity);
    let alike = ga.likeness(gb) != Likeness::Unlike && qa.change == qb.change;
    let sides = qa.measure.kind == FigureKind::Percent && (qa.value + qb.value - 100.0).abs() <= 1.0;
    if !alike || sides || ratio(qa.value, qb.value) > MAX_RATIO {
        return None;
    }
    Some(if qa.same_value(qb) {
        FigureStatus::Agree
    } else if qa.reconcilable(qb) {
        FigureStatus::Compatible
    } else {
        FigureStatus::Conflict
    })
}
