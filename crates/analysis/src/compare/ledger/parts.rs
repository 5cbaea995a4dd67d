//! A total one report gives and the parts the other gives of it: "guilty
//! on four counts of fraud" and "convicted under three felony counts of
//! wire fraud and one felony count of conspiracy"; "74 people died" and
//! "67 adults and seven children". The parts stand in the total's row,
//! which agrees: one part alone is no account of the total, and setting
//! it against the total would call a conflict where the reports agree.
//!
//! Invariant: two counts of one sentence, the second the next figure after
//! the first with "and" among the few words between them and no clause
//! mark; what they count alike (one head, a rare word, or both kinds of
//! people), one of them not unlike the total's; their sum exactly the
//! total's value. The total's group is in no row yet, in one with one of
//! the parts, or agreed with another figure, beside which the parts stand.

use parallax_model::{FigureKind, FigureStatus, Report};

use super::quantity::{Likeness, likeness};
use super::{Group, Pair};
use crate::compare::Side;
use crate::hash::FastMap;

/// At most this many words stand between two parts.
const MAX_WORDS_BETWEEN: usize = 8;

/// People counted by kind, whose counts add up to people ("67 adults and
/// seven children").
const KINDS_OF_PEOPLE: &[&str] =
    &["adult", "child", "children", "man", "men", "woman", "women", "boy", "girl", "minor", "infant", "baby"];

/// Puts the parts that add up to a total of the other report in its row
/// (see the module). `groups` are A's and B's, `sides` the two reports.
pub(super) fn join(pairs: &mut Vec<Pair>, groups: [&[Group]; 2], sides: [&Side<'_>; 2]) {
    for side in 0..2 {
        let (own, other) = (groups[side], groups[1 - side]);
        let parts = parts(sides[1 - side], other);
        if parts.is_empty() {
            continue;
        }
        // The totals by measure and value: a part's sum is looked up, not
        // compared with every group.
        let mut by_value: FastMap<(super::Measure, u64), Vec<usize>> = FastMap::default();
        for (g, group) in own.iter().enumerate() {
            by_value.entry(group.quantity.key()).or_default().push(g);
        }
        for (first, second) in parts {
            let sum = other[first].quantity.value + other[second].quantity.value;
            let in_row = |pairs: &[Pair], group: usize, of: usize| pairs.iter().position(|p| of_side(p, of).contains(&group));
            let candidates = by_value.get(&(other[first].quantity.measure, sum.to_bits())).map_or(&[][..], Vec::as_slice);
            let total = candidates.iter().map(|&g| (g, &own[g])).find(|(g, total)| {
                let not_unlike = |part: usize| total.likeness(&other[part]) != Likeness::Unlike;
                // In no row, in one with a part, or agreed with another
                // figure of the other report, which the parts then join.
                let row = in_row(pairs, *g, side);
                let free = row.is_none_or(|p| {
                    pairs[p].status == FigureStatus::Agree || of_side(&pairs[p], 1 - side).iter().all(|&x| x == first || x == second)
                });
                let people = of_people(total) && of_people(&other[first]) && of_people(&other[second]);
                (not_unlike(first) || not_unlike(second) || people) && free
            });
            let Some((total, _)) = total else { continue };
            // Neither part in another row.
            let elsewhere = |part: usize| in_row(pairs, part, 1 - side).filter(|&p| !of_side(&pairs[p], side).contains(&total));
            if elsewhere(first).is_some() || elsewhere(second).is_some() {
                continue;
            }
            if let Some(p) = in_row(pairs, total, side).filter(|&p| of_side(&pairs[p], 1 - side).iter().any(|&x| x != first && x != second)) {
                let row = &mut pairs[p];
                let theirs = if side == 0 { &mut row.b } else { &mut row.a };
                theirs.retain(|&x| x != first && x != second);
                theirs.extend([first, second]);
                continue;
            }
            pairs.retain(|p| !of_side(p, side).contains(&total));
            let (mine, theirs) = (vec![total], vec![first, second]);
            let (a, b) = if side == 0 { (mine, theirs) } else { (theirs, mine) };
            pairs.push(Pair { a, b, status: FigureStatus::Agree });
        }
    }
}

/// The note of a row of a total and the parts that add up to it, if
/// `pair` is one: "B's “three” and “one” add up to A's “four”".
pub(super) fn note(pair: &Pair, groups: [&[Group]; 2], reports: [&Report; 2]) -> Option<String> {
    if pair.status != FigureStatus::Agree {
        return None;
    }
    let value = |s: usize, g: usize| groups[s][g].quantity.value;
    let text = |s: usize, g: usize| &reports[s].figures[groups[s][g].figures[0]].text;
    let name = |s: usize| if s == 0 { "A" } else { "B" };
    for side in 0..2 {
        let [total] = of_side(pair, 1 - side) else { continue };
        let parts = of_side(pair, side);
        let adds_up = |x: usize, y: usize| {
            let sum = value(side, x) + value(side, y);
            (value(1 - side, *total) - sum).abs() <= 1e-9 * sum.max(1.0)
        };
        let found = parts.iter().enumerate().find_map(|(k, &x)| parts[k + 1..].iter().find(|&&y| adds_up(x, y)).map(|&y| (x, y)));
        if let Some((x, y)) = found {
            let (a, b, t) = (text(side, x), text(side, y), text(1 - side, *total));
            return Some(format!("{}'s “{a}” and “{b}” add up to {}'s “{t}”", name(side), name(1 - side)));
        }
    }
    None
}

/// Whether a group counts people: of some kind, or by what befell them
/// ("74 killed").
fn of_people(group: &Group) -> bool {
    let person = |w: &String| KINDS_OF_PEOPLE.contains(&w.as_str()) || matches!(w.as_str(), "people" | "person" | "individual");
    group.things.iter().all(|t| t.words.iter().any(person) || crate::lexicon::outcome(&t.head).is_some())
}

/// The groups of `pair` from report `side` (0: A, 1: B).
fn of_side(pair: &Pair, side: usize) -> &[usize] {
    if side == 0 { &pair.a } else { &pair.b }
}

/// The pairs of groups of `side`'s report that are two parts of one count
/// (see the module).
fn parts(side: &Side<'_>, groups: &[Group]) -> Vec<(usize, usize)> {
    let figures = &side.report.figures;
    let mut group_of = vec![usize::MAX; figures.len()];
    for (g, group) in groups.iter().enumerate() {
        group.figures.iter().for_each(|&f| group_of[f] = g);
    }
    let mut out = Vec::new();
    for f in 1..figures.len() {
        let (x, y) = (&figures[f - 1], &figures[f]);
        if x.sentence != y.sentence || x.kind != FigureKind::Count || y.kind != FigureKind::Count {
            continue;
        }
        let between = side.tokens_in(parallax_model::Span::new(x.span.end, y.span.start));
        let word = |i: usize| side.prep.folded.get(i);
        let joined = between.clone().any(|i| word(i) == "and")
            && between.len() <= MAX_WORDS_BETWEEN
            && !between.clone().any(|i| matches!(word(i), ";" | ":" | "(" | ")" | "."));
        let (gx, gy) = (group_of[f - 1], group_of[f]);
        if !joined || gx == usize::MAX || gy == usize::MAX || gx == gy {
            continue;
        }
        let kinds = |g: &Group| g.things.iter().all(|t| t.words.iter().any(|w| KINDS_OF_PEOPLE.contains(&w.as_str())));
        let alike = groups[gx].things.iter().any(|t| groups[gy].things.iter().any(|u| likeness(t, u) >= Likeness::Alike));
        if alike || (kinds(&groups[gx]) && kinds(&groups[gy])) {
            out.push((gx, gy));
        }
    }
    out
}
