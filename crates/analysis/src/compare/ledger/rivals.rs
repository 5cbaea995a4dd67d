//! How many figures of the other report each group could be: the groups
//! of the other report, in the same measure, whose intervals overlap its
//! own. A group with one such rival, which has it as its only rival too,
//! is that rival's only plausible counterpart ("59 percent" and "more than
//! 58 percent", the only shares near each other in the two reports).
//!
//! Counted by sorting each measure's interval ends once: n log n, not a
//! comparison of every pair.

use super::{Group, Measure};
use crate::hash::FastMap;

/// For each of `mine`, how many of `theirs` share a value with it.
pub(super) fn rivals(mine: &[Group], theirs: &[Group]) -> Vec<usize> {
    let mut ends: FastMap<Measure, (Vec<f64>, Vec<f64>)> = FastMap::default();
    for g in theirs {
        let (lows, highs) = ends.entry(g.quantity.measure).or_default();
        lows.push(g.quantity.low);
        highs.push(g.quantity.high);
    }
    for (lows, highs) in ends.values_mut() {
        lows.sort_by(f64::total_cmp);
        highs.sort_by(f64::total_cmp);
    }
    mine.iter()
        .map(|g| {
            let (low, high) = (g.quantity.low, g.quantity.high);
            ends.get(&g.quantity.measure).map_or(0, |(lows, highs)| {
                // Those that start at or below its top, less those that end
                // below its bottom.
                lows.partition_point(|&l| l <= high) - highs.partition_point(|&h| h < low)
            })
        })
        .collect()
}
