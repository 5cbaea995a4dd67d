//! How a story is covered: two or more reports of one story read together
//! (see [`parallax_model::Coverage`]).
//!
//! Nothing here has rules of its own for what is the same figure, passage
//! or quote: every pair of reports is compared by the comparison's rules
//! ([`crate::compare::links`]), and the pairs' links are then gathered
//! across the story, report by report. A story of `n` reports makes
//! `n (n - 1) / 2` pairs, each compared in about linear time; each report
//! is prepared and analysed once, whatever the pairs.
//!
//! Entities are already resolved across every report of an analysis, so
//! the entity rows are the reports' own mention counts side by side.

mod figures;
mod quotes;
mod shared;

use parallax_model::{Coverage, EntityCoverage, EntityId, Report};

use crate::compare::{self, Links, Side};
use crate::text::Prepared;

/// The coverage of the story that `reports` (with their tokens, `prepared`)
/// tell, in the reports' order.
pub(crate) fn cover(prepared: &[Prepared], reports: &[Report]) -> Coverage {
    debug_assert_eq!(prepared.len(), reports.len());
    let sides: Vec<Side<'_>> = prepared.iter().zip(reports).map(|(prep, report)| Side { prep, report }).collect();
    let pairs = pair_links(&sides);
    let (shared, shared_share) = shared::passages(&sides, &pairs);
    Coverage {
        figures: figures::rows(reports, &pairs),
        entities: entities(reports),
        shared,
        shared_share,
        quotes: quotes::rows(&sides, &pairs),
    }
}

/// The comparison's links between the story's reports `a` and `b`
/// (`a < b`).
pub(super) struct Pair {
    pub a: usize,
    pub b: usize,
    pub links: Links,
}

/// Every pair of reports, compared: (0, 1), (0, 2), … (1, 2), … Each
/// report's content words are worked out once, for all its pairs.
fn pair_links(sides: &[Side<'_>]) -> Vec<Pair> {
    let mut ids = crate::hash::FastMap::default();
    let words: Vec<compare::Words> = sides.iter().map(|side| compare::content_words(side, &mut ids)).collect();
    let mut pairs = Vec::new();
    for (a, side_a) in sides.iter().enumerate() {
        for (b, side_b) in sides.iter().enumerate().skip(a + 1) {
            let links = compare::links(side_a, side_b, (&words[a], &words[b]), ids.len());
            pairs.push(Pair { a, b, links });
        }
    }
    pairs
}

/// Things of every report (figures, sentences, quotes) numbered as one
/// list: report `r`'s thing `k` is `offsets[r] + k`.
pub(super) struct Numbering {
    offsets: Vec<usize>,
}

impl Numbering {
    /// The numbering of reports that hold `counts[r]` things each.
    pub(super) fn new(counts: impl Iterator<Item = usize>) -> Numbering {
        let mut offsets = vec![0];
        for count in counts {
            offsets.push(offsets.last().copied().unwrap_or(0) + count);
        }
        Numbering { offsets }
    }

    /// How many things there are in all.
    pub(super) fn len(&self) -> usize {
        self.offsets.last().copied().unwrap_or(0)
    }

    /// The number of report `report`'s thing `index`.
    pub(super) fn of(&self, report: usize, index: usize) -> usize {
        self.offsets[report] + index
    }

    /// The report and index of thing `node`.
    pub(super) fn split(&self, node: usize) -> (usize, usize) {
        let report = self.offsets.partition_point(|&o| o <= node).saturating_sub(1);
        (report, node - self.offsets[report])
    }
}

/// Disjoint sets of things, each knowing its members, for merges that a
/// caller may refuse after looking at both sets.
pub(super) struct Sets {
    parent: Vec<usize>,
    members: Vec<Vec<usize>>,
}

impl Sets {
    /// `n` things, each alone.
    pub(super) fn new(n: usize) -> Sets {
        Sets { parent: (0..n).collect(), members: (0..n).map(|i| vec![i]).collect() }
    }

    /// The set that holds `x`, by its representative.
    pub(super) fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut at = x;
        while self.parent[at] != root {
            let next = self.parent[at];
            self.parent[at] = root;
            at = next;
        }
        root
    }

    /// The members of the set whose representative is `root`.
    pub(super) fn members(&self, root: usize) -> &[usize] {
        &self.members[root]
    }

    /// Merges the sets of `x` and `y`; the smaller joins the larger.
    pub(super) fn union(&mut self, x: usize, y: usize) {
        let (x, y) = (self.find(x), self.find(y));
        if x == y {
            return;
        }
        let (big, small) = if self.members[x].len() >= self.members[y].len() { (x, y) } else { (y, x) };
        self.parent[small] = big;
        let moved = std::mem::take(&mut self.members[small]);
        self.members[big].extend(moved);
    }

    /// The sets of more than `at_least - 1` members, each sorted, in
    /// order of their first member.
    pub(super) fn groups(&mut self, at_least: usize) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = (0..self.parent.len())
            .filter(|&x| self.parent[x] == x && self.members[x].len() >= at_least)
            .map(|x| {
                let mut members = self.members[x].clone();
                members.sort_unstable();
                members
            })
            .collect();
        out.sort_by_key(|members| members[0]);
        out
    }
}

/// The reports, in order, that the things `members` belong to, each once.
pub(super) fn reports_of(numbering: &Numbering, members: &[usize]) -> Vec<usize> {
    let mut reports: Vec<usize> = members.iter().map(|&m| numbering.split(m).0).collect();
    reports.sort_unstable();
    reports.dedup();
    reports
}

/// One row per entity any report names, with each report's mention count:
/// those named by the most reports first, then the most mentioned, then
/// in order of first mention.
fn entities(reports: &[Report]) -> Vec<EntityCoverage> {
    // Each entity's row, found by its id: a story of long reports names
    // thousands, too many to look each up in every report's list.
    let mut row_of: crate::hash::FastMap<EntityId, usize> = crate::hash::FastMap::default();
    let mut rows: Vec<EntityCoverage> = Vec::new();
    for (r, report) in reports.iter().enumerate() {
        for entity in &report.entities {
            let row = *row_of.entry(entity.id).or_insert_with(|| {
                rows.push(EntityCoverage { id: entity.id, counts: vec![0; reports.len()] });
                rows.len() - 1
            });
            rows[row].counts[r] = entity.mentions.len();
        }
    }
    // A stable sort keeps first-mention order among equals.
    rows.sort_by_key(|row| {
        let naming = row.counts.iter().filter(|&&count| count > 0).count();
        (std::cmp::Reverse(naming), std::cmp::Reverse(row.counts.iter().sum::<usize>()))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn things_are_numbered_across_reports_and_back() {
        let numbering = Numbering::new([2, 0, 3].into_iter());
        assert_eq!(numbering.len(), 5);
        assert_eq!(numbering.of(2, 1), 3);
        assert_eq!(numbering.split(3), (2, 1));
        assert_eq!(numbering.split(1), (0, 1));
        assert_eq!(numbering.split(2), (2, 0), "report 1 holds nothing");
    }

    #[test]
    fn sets_merge_and_list_their_members() {
        let mut sets = Sets::new(5);
        sets.union(0, 3);
        sets.union(4, 3);
        assert_eq!(sets.find(4), sets.find(0));
        assert_eq!(sets.groups(2), [vec![0, 3, 4]]);
        assert_eq!(sets.groups(1).len(), 3);
    }
}
