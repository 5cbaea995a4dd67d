//! The figure ledger: the figures of two reports grouped by what they count
//! or measure, paired across the reports by meaning, and each pair called
//! agreeing (the same value), compatible (different numbers that the
//! qualifiers reconcile) or conflicting (values that cannot both be right).
//!
//! A pair is weighed, not matched by one rule. What speaks for it: the same
//! value, especially a large or precise one; the same counted thing, or one
//! that news uses for the same people ("workers" and "members"); sentences
//! about the same matter (aligned, sharing rare words or entities). What
//! rules it out: counted things with nothing in common. Different values
//! need stronger context than the same value, and a conflict the strongest:
//! the "two hours" a road was closed is not the "one to two hours" a
//! witness waited. Pairs are then taken greedily, best first, one
//! counterpart per group.

mod gloss;
mod index;
mod leftovers;
mod notes;
mod owner;
mod parts;
mod quantity;
mod rivals;
mod subject;

use parallax_model::{Figure, FigureKind, FigureRow, FigureStatus, Passage, Qualifier, Report};

use super::Side;
use super::context::Sentences;
use crate::hash::{FastMap, FastSet};
use index::{Index, NEAR_VALUES};
use quantity::{Bound, Change, Likeness, Thing, likeness};
pub(crate) use quantity::{Measure, Quantity, singular};

/// The figures of one report that state one quantity: the same value of
/// the same measure, counting alike things.
struct Group {
    /// The first figure's quantity.
    quantity: Quantity,
    /// The things its figures count, each once (empty for money and
    /// measures).
    things: Vec<Thing>,
    /// Indices into the report's figures.
    figures: Vec<usize>,
    /// The sentences the figures stand in, in order, once each.
    sentences: Vec<usize>,
    /// How many groups of the other report, of the same measure, share a
    /// value with this one (see [`rivals`]).
    rivals: usize,
    /// Whether it is the only value its report gives of a unit of measure
    /// other than time ("magnitude 6.2"): see [`mark_sole`].
    sole: bool,
    /// Whether it is the only toll its report gives ("the death toll"):
    /// see [`mark_sole`].
    toll: bool,
    /// Whose share it is, for each figure that has an owner (see
    /// [`owner`]).
    owners: Vec<(parallax_model::EntityId, parallax_model::Kind)>,
}

impl Group {
    /// How well the things this group and `other` count match: the best
    /// match of any of their figures.
    fn likeness(&self, other: &Group) -> Likeness {
        let mut best = Likeness::Unlike;
        for x in &self.things {
            for y in &other.things {
                best = best.max(likeness(x, y));
            }
        }
        best
    }

    /// Whether some thing of this group and one of `other` are said in the
    /// same words, one's within the other's and both joined or neither:
    /// "55 passengers" is more surely "53 passengers" than "60 passengers
    /// and crew" is.
    fn same_words(&self, other: &Group) -> bool {
        let within = |x: &Thing, y: &Thing| x.words.iter().all(|w| y.words.contains(w));
        self.things.iter().any(|x| {
            other.things.iter().any(|y| x.joined == y.joined && !x.words.is_empty() && (within(x, y) || within(y, x)))
        })
    }
}

/// The figures of a report grouped: a figure joins the first group of the
/// same measure and value whose things are alike. A count of nothing named
/// joins another only when its value is telling ("12,000" and "12,000
/// workers"): two bare "two"s are no evidence of one quantity.
fn groups(side: &Side<'_>) -> Vec<Group> {
    let report = side.report;
    let mut out: Vec<Group> = Vec::new();
    let mut by_value: FastMap<(Measure, u64, u64), Vec<usize>> = FastMap::default();
    let mut from = 0;
    let owners = owner::owners(side);
    for (index, figure) in report.figures.iter().enumerate() {
        let mut q = Quantity::of(figure);
        subject::refine(side, figure, &mut q, &mut from);
        let key = (q.measure, q.value.to_bits(), q.top.to_bits());
        let same_value = by_value.entry(key).or_default();
        let joins = |g: &Group| match q.measure.kind {
            FigureKind::Count => g.things.iter().any(|t| match likeness(t, &q.thing) {
                Likeness::Unknown => q.is_telling(),
                other => other >= Likeness::Alike,
            }),
            // "a 22% rise in revenue" and "a 22% cut in costs" are two
            // shares of one report; "22%" and "a 22% rise" may be one.
            FigureKind::Percent => {
                let alike = g.things.iter().all(|t| likeness(t, &q.thing) != Likeness::Unlike);
                !g.quantity.change.opposes(q.change) && alike
            }
            _ => true,
        };
        match same_value.iter().copied().find(|&g| joins(&out[g])) {
            Some(g) => {
                let group = &mut out[g];
                // The group allows what any of its figures allows: "367"
                // and "at least 367" allow 367 and more.
                group.quantity.low = group.quantity.low.min(q.low);
                // A group bounds its value from one side only if every
                // figure of it does.
                if group.quantity.bound != q.bound {
                    group.quantity.bound = Bound::Around;
                }
                group.quantity.high = group.quantity.high.max(q.high);
                if group.quantity.change == Change::None {
                    group.quantity.change = q.change;
                }
                group.figures.push(index);
                group.owners.extend(owners[index]);
                // Each thing once: a figure restated many times would make
                // every comparison of the group's things as long.
                if !group.things.contains(&q.thing) {
                    group.things.push(q.thing);
                }
                if group.sentences.last() != Some(&q.sentence) {
                    group.sentences.push(q.sentence);
                }
            }
            None => {
                same_value.push(out.len());
                let (things, sentences) = (vec![q.thing.clone()], vec![q.sentence]);
                let owners = owners[index].into_iter().collect();
                out.push(Group { quantity: q, things, figures: vec![index], sentences, rivals: 0, sole: false, toll: false, owners });
            }
        }
    }
    out
}

/// At most this many sentences of each side are paired for one telling
/// number (a number repeated all through both reports says little of
/// which sentences match).
const MAX_TELLING_SENTENCES: usize = 4;

/// The pairs of A's and B's sentences that give the same telling number
/// of the same measure ("a magnitude-6.2 earthquake … killed at least 118"
/// and "116 dead after 6.2 magnitude earthquake"): they likely speak of one
/// event, and so may the other figures they give.
fn telling_in_common(ga: &[Group], gb: &[Group]) -> FastSet<(usize, usize)> {
    let mut b_by_value: FastMap<(Measure, u64), &Group> = FastMap::default();
    for g in gb.iter().filter(|g| g.quantity.is_telling()) {
        b_by_value.entry((g.quantity.measure, g.quantity.value.to_bits())).or_insert(g);
    }
    let mut out = FastSet::default();
    for g in ga.iter().filter(|g| g.quantity.is_telling()) {
        let Some(other) = b_by_value.get(&(g.quantity.measure, g.quantity.value.to_bits())) else { continue };
        if g.sentences.len() > MAX_TELLING_SENTENCES || other.sentences.len() > MAX_TELLING_SENTENCES {
            continue;
        }
        for &i in &g.sentences {
            for &j in &other.sentences {
                out.insert((i, j));
            }
        }
    }
    out
}

/// At most this many sentences of a group are looked at for context.
const MAX_CONTEXT_SENTENCES: usize = 4;

/// What the comparison knows of the two reports' sentences.
struct Context<'a> {
    sentences: &'a Sentences,
    /// The measure of each figure, per report (A, B).
    measures: [Vec<Measure>; 2],
    aligned: FastSet<(usize, usize)>,
    /// B's sentences aligned with each of A's.
    aligned_to: FastMap<usize, Vec<usize>>,
    /// Pairs of A's and B's sentences that give one telling number of one
    /// measure (see [`telling_in_common`]).
    telling: FastSet<(usize, usize)>,
    /// The telling counts each report gives, by measure (A, B).
    given: [FastSet<(Measure, u64)>; 2],
}

impl Context<'_> {
    /// How strongly A's sentence `i` and B's `j` seem to speak of the same
    /// matter, 0 to 4: aligned by the comparison (3) or sharing rare words
    /// (1 or 2), and naming an entity both name (1 more).
    fn of_sentences(&self, i: usize, j: usize) -> u8 {
        let words = if self.aligned.contains(&(i, j)) {
            3
        } else {
            match self.sentences.similarity(i, j) {
                s if s >= 0.35 => 2,
                s if s >= 0.2 => 1,
                _ => 0,
            }
        };
        words
            + u8::from(!self.sentences.shared_entities(i, j).is_empty())
            + u8::from(self.telling.contains(&(i, j)))
    }

    /// The most content words any figure of `ga` and any of `gb` have
    /// near them in common, at most 3.
    fn near_figures(&self, ga: &Group, gb: &Group) -> u8 {
        let mut best = 0;
        for &fa in ga.figures.iter().take(MAX_CONTEXT_SENTENCES) {
            for &fb in gb.figures.iter().take(MAX_CONTEXT_SENTENCES) {
                best = best.max(self.sentences.near_in_common(fa, fb).min(3) as u8);
            }
        }
        best
    }

    /// The strongest context of any sentence of `ga` with any of `gb`.
    fn of_groups(&self, ga: &Group, gb: &Group) -> u8 {
        let mut best = 0;
        for &i in ga.sentences.iter().take(MAX_CONTEXT_SENTENCES) {
            for &j in gb.sentences.iter().take(MAX_CONTEXT_SENTENCES) {
                best = best.max(self.of_sentences(i, j));
            }
        }
        best
    }

    /// Whether the only figure of its measure in some sentence of `ga`
    /// faces the only one in a sentence of `gb` that speaks of the same
    /// matter: the two sentences then give one number each for what is
    /// likely one quantity. Sentences with several (a 13% raise, then 9%,
    /// then 7%) say nothing of which is which.
    fn one_each(&self, ga: &Group, gb: &Group) -> bool {
        let alone = |side: usize, s: usize, m: &Measure| {
            let figures = self.sentences.figures[side].get(s).map_or(&[][..], Vec::as_slice);
            figures.iter().filter(|&&f| self.measures[side][f] == *m).count() == 1
        };
        let m = &ga.quantity.measure;
        ga.sentences.iter().take(MAX_CONTEXT_SENTENCES).any(|&i| {
            alone(0, i, m)
                && gb.sentences.iter().take(MAX_CONTEXT_SENTENCES).any(|&j| self.of_sentences(i, j) >= 2 && alone(1, j, m))
        })
    }
}

/// A candidate pair: its weight, A's group, B's group, and its status.
type Weighed = (u8, usize, usize, FigureStatus);

/// What speaks for a pair of groups: how alike their things are (0, 2 or
/// 3), whether in the same words, how strongly their sentences (0 to 4)
/// and the words around their figures (0 to 3) speak of one matter, and
/// whether one gives a rise where the other gives a fall.
struct Signs {
    likeness: Likeness,
    thing: u8,
    worded: u8,
    near: u8,
    local: u8,
    opposite: bool,
}

/// Weighs A's group `ga` against B's `gb`: `None` when they cannot be the
/// same quantity, else how strongly they seem to be and their status.
fn weigh(context: &Context<'_>, ga: &Group, gb: &Group) -> Option<(u8, FigureStatus)> {
    let (qa, qb) = (&ga.quantity, &gb.quantity);
    if qa.measure != qb.measure {
        return None;
    }
    let likeness = ga.likeness(gb);
    // A rise and a fall are one quantity only of one thing ("a 22% cut in
    // operating costs", "a 22% rise in operating costs").
    let opposite = qa.change.opposes(qb.change);
    if opposite && likeness != Likeness::SameHead {
        return None;
    }
    let thing = match likeness {
        Likeness::Unlike | Likeness::Unknown => 0,
        Likeness::Alike => 2,
        Likeness::SameHead => 3,
    };
    let signs = Signs {
        likeness,
        thing,
        // Ranks pairs of one head: the same words weigh more.
        worded: u8::from(thing == 3 && ga.same_words(gb)),
        near: context.of_groups(ga, gb),
        local: context.near_figures(ga, gb),
        opposite,
    };
    if qa.same_value(qb) {
        return weigh_same(qa, qb, &signs);
    }
    // A change and a level are two quantities: "raised the rate by 50
    // basis points to 5.5%"; so are two people's shares (see [`owner`]).
    if likeness == Likeness::Unlike || qa.change != qb.change || owner::differ(&ga.owners, &gb.owners) {
        return None;
    }
    // "the 57.8 per cent it does not own" and "already owned 42%": shares
    // that make up one whole are two sides of it, not two accounts of one.
    if qa.measure.kind == FigureKind::Percent && (qa.value + qb.value - 100.0).abs() <= 1.0 {
        return None;
    }
    weigh_different(context, ga, gb, &signs)
}

/// Weighs two groups of the same value.
fn weigh_same(qa: &Quantity, qb: &Quantity, signs: &Signs) -> Option<(u8, FigureStatus)> {
    let Signs { likeness, thing, worded, near, local, opposite } = *signs;
    // The same precise number of things named differently ("8,561
    // arrivals", "8,561 migrants") is one quantity; a round one needs
    // its context too ("3,000 workers", "3,000 jobs").
    // An amount of money is as telling as a large number.
    let telling = qa.is_telling() || qa.measure.kind == FigureKind::Money;
    // A report gives many durations ("two years" in prison, in office, ago):
    // one of them alone needs two signs it is the other's.
    let durations = qa.measure.is_duration() && thing < 2;
    let sure = match likeness {
        Likeness::Unlike => qa.is_precise() || (telling && near + local >= 1),
        _ if durations => near + local >= 2,
        _ => thing >= 2 || telling || near + local >= 1,
    };
    // The same number as a ceiling in one report and a floor in the
    // other ("as much as $150 billion", "over $150 billion") is no
    // agreement: the two commit to values that do not meet; nor is a
    // rise and a fall of one thing.
    let status = if qa.bound.opposes(qb.bound) || opposite { FigureStatus::Conflict } else { FigureStatus::Agree };
    sure.then_some((4 + thing + worded + near + local + 2 * u8::from(telling), status))
}

/// Weighs two groups of different values, whose things are not unlike.
fn weigh_different(context: &Context<'_>, ga: &Group, gb: &Group, signs: &Signs) -> Option<(u8, FigureStatus)> {
    let (qa, qb) = (&ga.quantity, &gb.quantity);
    let Signs { thing, worded, near, local, .. } = *signs;
    // Two floors ("more than 3,800 flights", "more than 2,883") or two
    // ceilings always reconcile, so reconciling says nothing of whether
    // they are one quantity: unless they are close, they need the context
    // a conflict needs.
    let one_sided = qa.bound == qb.bound && qa.bound != Bound::Around && ratio(qa.value, qb.value) > 1.1;
    if qa.reconcilable(qb) && ratio(qa.value, qb.value) <= 2.0 && !one_sided {
        // Different numbers need more than two sentences on one matter:
        // words around the figures in common, or alike things counted; and
        // no more than twice apart ("more than 130 flights" is no account
        // of 3,989).
        // The only figures of their measure in two sentences on one matter
        // vouch for a reconcilable pair as they would for a conflict; so
        // do two close values that are each other's only counterpart in
        // the two reports, in sentences with something in common or
        // counting alike things ("more than 550 staff", "555 jobs").
        let near_values = ratio(qa.value, qb.value) <= 1.1 && ratio(qa.top, qb.top) <= 1.1;
        let sure = (near >= 2 && local >= 1)
            || local >= 2
            || (thing >= 2 && near + local >= 1)
            || (near_values && near >= 2 && context.one_each(ga, gb))
            || (near_values && ga.rivals == 1 && gb.rivals == 1 && (near + local >= 1 || thing >= 2))
            || (near_values && ga.sole && gb.sole)
            || (qa.measure.kind == FigureKind::Count && close_precise(qa, qb, near + local));
        return sure.then_some((2 + thing + worded + near + local, FigureStatus::Compatible));
    }
    // Different values: the same thing said of in the same words, or the
    // only figures of their measure in two sentences on one matter. Two
    // reports that differ on a quantity rarely differ by more than half;
    // values further apart need all the evidence ("12 people" taken to one
    // hospital are not the "25 people" taken to hospitals).
    let strong = thing == 3 && local >= 2 && near >= 2;
    // A telling value the other report gives as it is ("killing 179
    // people", "the death of 179 individuals") is that report's account
    // of it: another number near it ("181 people on board") is another
    // quantity unless all speaks for it.
    let given_as_is = context.given[1].contains(&qa.key()) || context.given[0].contains(&qb.key());
    if given_as_is && !strong {
        return None;
    }
    let sure = strong
        || (ratio(qa.value, qb.value) <= 2.0
            && ((thing == 3 && near + local >= 2)
                || (local >= 2 && near >= 1)
                || (near >= 2 && context.one_each(ga, gb))))
        // The only magnitudes of two reports: "a magnitude-6.2 earthquake"
        // and "put the magnitude at 6.1".
        || (ga.sole && gb.sole && ratio(qa.value, qb.value) <= 1.1)
        // The only death tolls of two reports, in the same words, are one
        // toll however far it grew between them ("more than 5,300", "has
        // soared to 11,300").
        || (ga.toll && gb.toll && worded == 1 && ratio(qa.value, qb.value) <= 4.0)
        // One body's or person's share in both, not far apart.
        || (owner::shared(&ga.owners, &gb.owners) && ratio(qa.value, qb.value) <= 1.5)
        || close_precise(qa, qb, near + local);
    let status = if qa.reconcilable(qb) { FigureStatus::Compatible } else { FigureStatus::Conflict };
    // Of two counterparts as well attested, the nearer in value: "39
    // deaths in Wajima" is "32 deaths in Wajima" more surely than the
    // total of "72 deaths" is.
    let close = u8::from(ratio(qa.value, qb.value) <= 1.25);
    sure.then_some((thing + worded + near + local + close, status))
}

/// Two precise numbers a hundredth apart, on one matter (`context` one or
/// more): "23,537 arrivals" and "23,573 people", "over 320 people" and
/// "around 321 workers" are no coincidence.
fn close_precise(qa: &Quantity, qb: &Quantity, context: u8) -> bool {
    qa.is_precise() && qb.is_precise() && ratio(qa.value, qb.value) <= 1.0 + NEAR_VALUES && context >= 1
}

/// The telling counts of `groups` ("179 people"), by measure: not
/// durations, which a report gives many of, nor measures.
fn given(groups: &[Group]) -> FastSet<(Measure, u64)> {
    let telling_count = |q: &&Quantity| q.measure.kind == FigureKind::Count && q.is_telling();
    groups.iter().map(|g| &g.quantity).filter(telling_count).map(Quantity::key).collect()
}

/// Marks the groups that are the only value of their unit of measure in
/// their report, time aside: two reports that each give one magnitude of
/// an earthquake, one temperature or one depth give it of the same thing.
/// Durations are not so: a report gives many, of different things.
/// Marks too the group that is the only toll of its report.
fn mark_sole(groups: &mut [Group]) {
    let mut per_measure: FastMap<Measure, usize> = FastMap::default();
    for g in groups.iter() {
        *per_measure.entry(g.quantity.measure).or_default() += 1;
    }
    let is_toll = |g: &Group| g.quantity.measure.kind == FigureKind::Count && g.things.iter().any(|t| t.head == "toll");
    let tolls = groups.iter().filter(|g| is_toll(g)).count();
    for g in groups.iter_mut() {
        let m = g.quantity.measure;
        g.sole = m.kind == FigureKind::Measure && !m.is_duration() && per_measure.get(&m) == Some(&1);
        g.toll = tolls == 1 && is_toll(g);
    }
}

/// How many times the larger of two values is the smaller; infinite when
/// one is zero and the other not.
fn ratio(x: f64, y: f64) -> f64 {
    let (small, large) = (x.abs().min(y.abs()), x.abs().max(y.abs()));
    if small == 0.0 { if large == 0.0 { 1.0 } else { f64::INFINITY } } else { large / small }
}

/// The figure ledger.
pub(super) fn ledger(a: &Side<'_>, b: &Side<'_>, sentences: &Sentences, passages: &[Passage]) -> Vec<FigureRow> {
    let (mut ga, mut gb) = (groups(a), groups(b));
    let (rivals_a, rivals_b) = (rivals::rivals(&ga, &gb), rivals::rivals(&gb, &ga));
    ga.iter_mut().zip(rivals_a).for_each(|(g, r)| g.rivals = r);
    gb.iter_mut().zip(rivals_b).for_each(|(g, r)| g.rivals = r);
    mark_sole(&mut ga);
    mark_sole(&mut gb);
    let mut aligned_to: FastMap<usize, Vec<usize>> = FastMap::default();
    for p in passages {
        aligned_to.entry(p.a_sentence).or_default().push(p.b_sentence);
    }
    let measures_of = |r: &Report| r.figures.iter().map(|f| Quantity::of(f).measure).collect();
    let context = Context {
        sentences,
        measures: [measures_of(a.report), measures_of(b.report)],
        aligned: passages.iter().map(|p| (p.a_sentence, p.b_sentence)).collect(),
        aligned_to,
        telling: telling_in_common(&ga, &gb),
        given: [given(&ga), given(&gb)],
    };
    let weigh = |i: usize, j: usize| weigh(&context, &ga[i], &gb[j]);
    let mut pairs = take_best(weigh_all(&ga, &gb, &context, &weigh), ga.len(), gb.len());
    absorb(&mut pairs, &ga, &gb, &weigh);
    leftovers::pair(&mut pairs, &ga, &gb, &context, passages);
    parts::join(&mut pairs, [&ga, &gb], [a, b]);
    gloss::join(&mut pairs, [&ga, &gb], [gloss::glosses(a), gloss::glosses(b)]);
    let (mut a_used, mut b_used) = (vec![false; ga.len()], vec![false; gb.len()]);
    for pair in &pairs {
        pair.a.iter().for_each(|&i| a_used[i] = true);
        pair.b.iter().for_each(|&j| b_used[j] = true);
    }
    pairs.extend((0..ga.len()).filter(|&i| !a_used[i]).map(|i| Pair { a: vec![i], b: vec![], status: FigureStatus::OnlyA }));
    pairs.extend((0..gb.len()).filter(|&j| !b_used[j]).map(|j| Pair { a: vec![], b: vec![j], status: FigureStatus::OnlyB }));
    let mut rows: Vec<FigureRow> = pairs.iter().map(|pair| row(a.report, b.report, pair, &ga, &gb)).collect();
    rows.sort_by_key(|r| {
        (order(r.status), r.a.first().copied().unwrap_or(usize::MAX), r.b.first().copied().unwrap_or(usize::MAX))
    });
    rows
}

/// Groups of A and of B found to state one quantity, and how they stand.
struct Pair {
    a: Vec<usize>,
    b: Vec<usize>,
    status: FigureStatus,
}

/// Every candidate pair of A's and B's groups that can be one quantity,
/// weighed.
fn weigh_all(
    ga: &[Group],
    gb: &[Group],
    context: &Context<'_>,
    weigh: &dyn Fn(usize, usize) -> Option<(u8, FigureStatus)>,
) -> Vec<Weighed> {
    let index = Index::new(gb);
    let mut weighed: Vec<Weighed> = Vec::new();
    for (i, g) in ga.iter().enumerate() {
        let aligned: Vec<usize> =
            g.sentences.iter().filter_map(|s| context.aligned_to.get(s)).flatten().copied().collect();
        for j in index.candidates(g, &aligned) {
            if let Some((weight, status)) = weigh(i, j) {
                weighed.push((weight, i, j, status));
            }
        }
    }
    weighed
}

/// The pairs taken greedily, best first, one counterpart per group.
fn take_best(mut weighed: Vec<Weighed>, a_groups: usize, b_groups: usize) -> Vec<Pair> {
    // Ties by position, so the result does not depend on hashing.
    weighed.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut a_used = vec![false; a_groups];
    let mut b_used = vec![false; b_groups];
    let mut pairs = Vec::new();
    for (_, i, j, status) in weighed {
        if !a_used[i] && !b_used[j] {
            a_used[i] = true;
            b_used[j] = true;
            pairs.push(Pair { a: vec![i], b: vec![j], status });
        }
    }
    pairs
}

/// Groups left over that restate a pair's value, and would pair with its
/// other side the same way, join the pair: "Ten people", "10 killed" and
/// "the 10 who had died" in B, apart in B's groups (nothing says "people"
/// are the killed), are all A's "killed 10".
fn absorb(pairs: &mut [Pair], ga: &[Group], gb: &[Group], weigh: &dyn Fn(usize, usize) -> Option<(u8, FigureStatus)>) {
    let mut by_value: FastMap<(Measure, u64), Vec<usize>> = FastMap::default();
    let (mut a_used, mut b_used) = (vec![false; ga.len()], vec![false; gb.len()]);
    for (p, pair) in pairs.iter().enumerate() {
        a_used[pair.a[0]] = true;
        b_used[pair.b[0]] = true;
        let q = &ga[pair.a[0]].quantity;
        by_value.entry((q.measure, q.value.to_bits())).or_default().push(p);
    }
    let rows_of = |q: &Quantity| by_value.get(&(q.measure, q.value.to_bits())).cloned().unwrap_or_default();
    // Not a group its own report keeps apart from the pair's by what it
    // counts: "171 airplanes" is not the "171 passengers" of the same
    // report, whatever the other report says of 171.
    // Nor a bare small number ("measuring 1 or higher"): small numbers
    // are everywhere in a report.
    let apart = |x: &Group, y: &Group| {
        let bare = x.things.iter().all(|t| t.head.is_empty()) && x.quantity.value < 20.0;
        bare || x.likeness(y) == Likeness::Unlike
    };
    for (i, g) in ga.iter().enumerate().filter(|(i, _)| !a_used[*i]) {
        let joins = |p: &usize| !apart(g, &ga[pairs[*p].a[0]]) && weigh(i, pairs[*p].b[0]).map(|w| w.1) == Some(pairs[*p].status);
        if let Some(p) = rows_of(&g.quantity).into_iter().find(joins) {
            pairs[p].a.push(i);
        }
    }
    let mut by_b_value: FastMap<(Measure, u64), Vec<usize>> = FastMap::default();
    for (p, pair) in pairs.iter().enumerate() {
        let q = &gb[pair.b[0]].quantity;
        by_b_value.entry((q.measure, q.value.to_bits())).or_default().push(p);
    }
    for (j, g) in gb.iter().enumerate().filter(|(j, _)| !b_used[*j]) {
        let key = (g.quantity.measure, g.quantity.value.to_bits());
        let rows = by_b_value.get(&key).cloned().unwrap_or_default();
        let joins = |p: &usize| !apart(g, &gb[pairs[*p].b[0]]) && weigh(pairs[*p].a[0], j).map(|w| w.1) == Some(pairs[*p].status);
        if let Some(p) = rows.into_iter().find(joins) {
            pairs[p].b.push(j);
        }
    }
}

/// The ledger's order: what needs a reader's attention first.
fn order(status: FigureStatus) -> u8 {
    match status {
        FigureStatus::Conflict => 0,
        FigureStatus::Compatible => 1,
        FigureStatus::Agree => 2,
        FigureStatus::OnlyA => 3,
        FigureStatus::OnlyB => 4,
    }
}

/// The figure of `group` a note quotes: a group allows what any of its
/// figures allows, so the first whose qualifier allows more ("at least 70
/// passengers" beside "70 others"), else the first.
fn quoted<'r>(report: &'r Report, group: &Group) -> &'r Figure {
    let first = &report.figures[group.figures[0]];
    group.figures.iter().map(|&f| &report.figures[f]).find(|f| f.qualifier != Qualifier::Exact).unwrap_or(first)
}

/// The ledger's row for a pair of groups (at least one).
fn row(a: &Report, b: &Report, pair: &Pair, ga: &[Group], gb: &[Group]) -> FigureRow {
    let figures = |groups: &[Group], ids: &[usize]| -> Vec<usize> {
        let mut out: Vec<usize> = ids.iter().flat_map(|&g| groups[g].figures.iter().copied()).collect();
        out.sort_unstable();
        out
    };
    let (fa, fb) = (figures(ga, &pair.a), figures(gb, &pair.b));
    let figure = fa.first().map(|&f| &a.figures[f]).or_else(|| fb.first().map(|&f| &b.figures[f]));
    let figure = figure.expect("a row has a figure");
    let note = match (pair.a.first(), pair.b.first()) {
        _ if let Some(note) = parts::note(pair, [ga, gb], [a, b]) => note,
        (Some(&i), Some(&j)) => notes::note(pair.status, &ga[i].quantity, &gb[j].quantity, quoted(a, &ga[i]), quoted(b, &gb[j])),
        _ => String::new(),
    };
    FigureRow { status: pair.status, value: figure.value, unit: figure.unit.clone(), a: fa, b: fb, note }
}
