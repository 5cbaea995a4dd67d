//! The story's quantities: the figures of every report gathered into one
//! row per quantity, with the value most reports give and how each report
//! stands on it.
//!
//! Which figures state one quantity is the figure ledger's call, pair by
//! pair: a figure of A and one of B are linked when the ledger of A and B
//! puts them in one row that agrees, is compatible or conflicts. Figures
//! the ledger groups within one report (the same value restated) are one
//! report's statement of the quantity.
//!
//! Links are then merged into quantities, strongest first (agreements,
//! then compatible values, then conflicts), but not blindly: linked
//! figures chain ("1,200 killed" to "1,300 killed" to "1,300 dead in the
//! region"), and a plain union of every link would end up with two
//! quantities in one row. Two sets of figures merge only when
//!
//! - no report is in both (a report states a quantity once; if the ledger
//!   of that report with another kept two of its figures apart, they are
//!   two quantities), and
//! - most of the story's pairs between them are linked (at least half of
//!   the pairs of a report of one set with a report of the other), or one
//!   set is a single report linked to a figure that gives the other set's
//!   consensus value.
//!
//! So a figure joins a quantity when it matches that quantity's consensus
//! figure or most of its reports: a chain through one outlier does not
//! pull a third quantity in.

use parallax_model::{FigureCell, FigureCoverage, FigureStatus, Report, Standing, format_number, report_letter};

use super::{Numbering, Pair, Sets, reports_of};
use crate::compare::Quantity;

/// One row per quantity any report gives (see the module's doc).
pub(super) fn rows(reports: &[Report], pairs: &[Pair]) -> Vec<FigureCoverage> {
    let numbering = Numbering::new(reports.iter().map(|r| r.figures.len()));
    let quantities: Vec<Quantity> = reports.iter().flat_map(|r| r.figures.iter().map(Quantity::of)).collect();
    let mut sets = Sets::new(numbering.len());
    let mut links: Vec<(u8, usize, usize)> = Vec::new();
    for pair in pairs {
        for row in &pair.links.figures {
            let a: Vec<usize> = row.a.iter().map(|&f| numbering.of(pair.a, f)).collect();
            let b: Vec<usize> = row.b.iter().map(|&f| numbering.of(pair.b, f)).collect();
            // The ledger's groups: one report's figures of one value.
            for side in [&a, &b] {
                side.windows(2).for_each(|w| sets.union(w[0], w[1]));
            }
            let strength = match row.status {
                FigureStatus::Agree => 0,
                FigureStatus::Compatible => 1,
                FigureStatus::Conflict => 2,
                FigureStatus::OnlyA | FigureStatus::OnlyB => continue,
            };
            if let (Some(&x), Some(&y)) = (a.first(), b.first()) {
                links.push((strength, x, y));
            }
        }
    }
    // Stable: among equals, the pairs' order and the ledger's.
    links.sort_by_key(|link| link.0);
    let mut linked: Vec<Vec<usize>> = vec![Vec::new(); numbering.len()];
    for &(_, x, y) in &links {
        linked[x].push(y);
        linked[y].push(x);
    }
    for &(_, x, y) in &links {
        let (rx, ry) = (sets.find(x), sets.find(y));
        if rx != ry && may_merge(&mut sets, &numbering, &quantities, &linked, rx, ry) {
            sets.union(rx, ry);
        }
    }
    let mut rows: Vec<(FigureCoverage, (usize, usize))> =
        sets.groups(1).iter().map(|members| row(reports, &numbering, &quantities, members)).collect();
    rows.sort_by_key(|(row, first)| {
        let outlier = row.cells.iter().any(|c| c.standing == Standing::Outlier);
        let giving = row.cells.iter().filter(|c| c.standing != Standing::Missing).count();
        (!outlier, std::cmp::Reverse(giving), *first)
    });
    rows.into_iter().map(|(row, _)| row).collect()
}

/// Whether the sets `rx` and `ry` (representatives) may become one
/// quantity (see the module's doc); `linked` lists each figure's links.
fn may_merge(
    sets: &mut Sets,
    numbering: &Numbering,
    quantities: &[Quantity],
    linked: &[Vec<usize>],
    rx: usize,
    ry: usize,
) -> bool {
    let (x_reports, y_reports) = (reports_of(numbering, sets.members(rx)), reports_of(numbering, sets.members(ry)));
    if x_reports.iter().any(|r| y_reports.contains(r)) {
        return false;
    }
    // The links between the two sets, as (figure in x, figure in y).
    let mut between: Vec<(usize, usize)> = Vec::new();
    for x in sets.members(rx).to_vec() {
        for &y in &linked[x] {
            if sets.find(y) == ry {
                between.push((x, y));
            }
        }
    }
    let mut report_pairs: Vec<(usize, usize)> =
        between.iter().map(|&(x, y)| (numbering.split(x).0, numbering.split(y).0)).collect();
    report_pairs.sort_unstable();
    report_pairs.dedup();
    if 2 * report_pairs.len() >= x_reports.len() * y_reports.len() {
        return true;
    }
    // A lone report linked to a figure that gives the other's consensus.
    let gives_consensus = |set: usize, figure: usize| {
        consensus_of(numbering, quantities, sets.members(set)).is_some_and(|q| quantities[figure].same_value(q))
    };
    (x_reports.len() == 1 && between.iter().any(|&(_, y)| gives_consensus(ry, y)))
        || (y_reports.len() == 1 && between.iter().any(|&(x, _)| gives_consensus(rx, x)))
}

/// The quantity most of the reports of `members` give: each report's
/// first figure of the set, counted once per report; a tie goes to the
/// first report.
fn consensus_of<'q>(numbering: &Numbering, quantities: &'q [Quantity], members: &[usize]) -> Option<&'q Quantity> {
    let stated = statements(numbering, members);
    let votes = |q: &Quantity| stated.iter().filter(|&&(_, f)| quantities[f].same_value(q)).count();
    let mut best: Option<(usize, &Quantity)> = None;
    for &(_, f) in &stated {
        let q = &quantities[f];
        let n = votes(q);
        if best.is_none_or(|(most, _)| n > most) {
            best = Some((n, q));
        }
    }
    best.map(|(_, q)| q)
}

/// Each report of `members` once, with its first figure among them, in
/// the reports' order.
fn statements(numbering: &Numbering, members: &[usize]) -> Vec<(usize, usize)> {
    let mut sorted: Vec<usize> = members.to_vec();
    sorted.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in sorted {
        let report = numbering.split(m).0;
        if out.last().is_none_or(|&(r, _)| r != report) {
            out.push((report, m));
        }
    }
    out
}

/// The row of the quantity whose figures are `members`, with its first
/// mention (report, figure) for ordering.
fn row(
    reports: &[Report],
    numbering: &Numbering,
    quantities: &[Quantity],
    members: &[usize],
) -> (FigureCoverage, (usize, usize)) {
    let stated = statements(numbering, members);
    let consensus = consensus_of(numbering, quantities, members);
    let consensus_node = stated
        .iter()
        .map(|&(_, f)| f)
        .find(|&f| consensus.is_some_and(|q| quantities[f].same_value(q)))
        .unwrap_or(members[0]);
    let (cr, cf) = numbering.split(consensus_node);
    let figure = &reports[cr].figures[cf];
    let mut cells: Vec<FigureCell> =
        reports.iter().map(|_| FigureCell { standing: Standing::Missing, figures: Vec::new() }).collect();
    for &m in members {
        let (r, f) = numbering.split(m);
        cells[r].figures.push(f);
    }
    for &(r, f) in &stated {
        let q = &quantities[f];
        let c = &quantities[consensus_node];
        cells[r].standing = if q.same_value(c) {
            Standing::Consensus
        } else if q.reconcilable(c) {
            Standing::Compatible
        } else {
            Standing::Outlier
        };
    }
    let note = note(reports, &cells, &figure.text);
    let first = numbering.split(members[0]);
    (FigureCoverage { value: figure.value, unit: figure.unit.clone(), cells, note }, first)
}

/// The row in words: "4 of 5 give 1,200; C gives 1,300; E omits it".
fn note(reports: &[Report], cells: &[FigureCell], consensus: &str) -> String {
    let letters = |standing: Standing| -> Vec<usize> {
        cells.iter().enumerate().filter(|(_, c)| c.standing == standing).map(|(r, _)| r).collect()
    };
    let agreeing = letters(Standing::Consensus);
    let mut parts = Vec::new();
    parts.push(match agreeing.as_slice() {
        [only] if cells.len() > 1 => format!("only {} gives {consensus}", report_letter(*only)),
        _ => format!("{} of {} give {consensus}", agreeing.len(), cells.len()),
    });
    let stated = |r: usize| -> String {
        let figure = cells[r].figures.first().and_then(|&f| reports[r].figures.get(f));
        figure.map_or_else(String::new, |f| {
            let value = match f.high {
                Some(high) => format!("{} to {}", format_number(f.value), format_number(high)),
                None => f.text.clone(),
            };
            match f.qualifier.label() {
                "" => value,
                label => format!("{label} {value}"),
            }
        })
    };
    for r in letters(Standing::Compatible) {
        parts.push(format!("{} gives {}, which can agree", report_letter(r), stated(r)));
    }
    for r in letters(Standing::Outlier) {
        parts.push(format!("{} gives {}", report_letter(r), stated(r)));
    }
    let missing = letters(Standing::Missing);
    // "Only B gives 1,200" says already that the others omit it.
    let only = agreeing.len() == 1 && missing.len() + 1 == cells.len();
    match missing.as_slice() {
        _ if only => {}
        [] => {}
        [one] => parts.push(format!("{} omits it", report_letter(*one))),
        many => parts.push(format!("{} omit it", listed(many))),
    }
    parts.join("; ")
}

/// Report letters in a list: "C", "C and E", "C, D and E".
pub(super) fn listed(reports: &[usize]) -> String {
    let letters: Vec<String> = reports.iter().map(|&r| report_letter(r)).collect();
    match letters.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => letters.join(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_listed_as_a_reader_writes_them() {
        assert_eq!(listed(&[2]), "C");
        assert_eq!(listed(&[2, 4]), "C and E");
        assert_eq!(listed(&[2, 3, 4]), "C, D and E");
    }
}
