//! Groups of candidates that name one entity: a union-find that remembers
//! the rule behind each join, the votes of a group for a kind, and how good
//! a form is as the entity's canonical name.

use std::sync::Arc;

use parallax_model::{Evidence, Kind};

/// A resolution rule that joined one group of candidates to another; it
/// becomes the [`Link`] of the joined group's mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rule {
    /// An acronym in parentheses after its full form.
    AcronymDefinition,
    /// An acronym spelling an organization's initials.
    Initials,
    /// A shorter person or organization name inside a longer one.
    PartialName,
    /// A person's name spelled one letter differently, or with the surname
    /// first.
    Spelling,
}

/// A rule that joined two groups, as seen from one of them.
#[derive(Clone, Copy, Debug)]
pub(super) struct Edge {
    pub(super) rule: Rule,
    /// The group at the other end.
    pub(super) other: usize,
}

/// A union-find over candidate groups that remembers, for each group, the
/// first rule that joined it to a longer form and the first that joined a
/// shorter form to it: that is all [`Link`] needs, and costs a slot per
/// group rather than a search of the joins.
pub(super) struct Groups {
    pub(super) parent: Vec<usize>,
    /// The first rule that joined each group (the acronym, the partial
    /// name) to another.
    pub(super) joined: Vec<Option<Edge>>,
    /// The first rule that joined another group to each.
    pub(super) joined_by: Vec<Option<Edge>>,
}

impl Groups {
    pub(super) fn new(n: usize) -> Groups {
        Groups { parent: (0..n).collect(), joined: vec![None; n], joined_by: vec![None; n] }
    }

    /// Adds a group of its own; returns its index.
    pub(super) fn push(&mut self) -> usize {
        let g = self.parent.len();
        self.parent.push(g);
        self.joined.push(None);
        self.joined_by.push(None);
        g
    }

    pub(super) fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            // The earlier group stays the root, so ids follow first mention.
            let (keep, join) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[join] = keep;
        }
    }

    /// Joins group `short` (the acronym, the partial name) to group `long`
    /// by `rule`, remembering why.
    pub(super) fn join(&mut self, short: usize, long: usize, rule: Rule) {
        if short == long {
            return;
        }
        if let Some(slot @ None) = self.joined.get_mut(short) {
            *slot = Some(Edge { rule, other: long });
        }
        if let Some(slot @ None) = self.joined_by.get_mut(long) {
            *slot = Some(Edge { rule, other: short });
        }
        self.union(short, long);
    }
}

/// Summary of the candidates sharing one key.
pub(super) struct KeyGroup {
    pub(super) key: Arc<[String]>,
    /// Votes per kind, strong evidence counting double.
    pub(super) votes: Votes,
    pub(super) acronym: bool,
    /// Whether any place vote came from more than the towns' list, which
    /// many surnames are also in.
    pub(super) placed: bool,
}

/// Votes per kind, indexed by `Kind as usize`; a kind without votes has 0.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Votes([u32; Kind::ALL.len()]);

impl Votes {
    pub(super) fn add(&mut self, kind: Kind, votes: u32) {
        // Saturating: a user's correction weighs a lot (see [`weight`]).
        self.0[kind as usize] = self.0[kind as usize].saturating_add(votes);
    }

    /// Takes back `votes` for `kind`, as far as it has them.
    pub(super) fn remove(&mut self, kind: Kind, votes: u32) {
        self.0[kind as usize] = self.0[kind as usize].saturating_sub(votes);
    }

    pub(super) fn get(&self, kind: Kind) -> u32 {
        self.0[kind as usize]
    }

    pub(super) fn add_all(&mut self, other: &Votes) {
        for kind in Kind::ALL {
            self.add(kind, other.get(kind));
        }
    }
}

impl KeyGroup {
    pub(super) fn kind(&self) -> Option<Kind> {
        best_kind(&self.votes)
    }
}

pub(super) fn best_kind(votes: &Votes) -> Option<Kind> {
    const PRECEDENCE: [Kind; 4] = [Kind::Person, Kind::Organization, Kind::Place, Kind::Date];
    PRECEDENCE
        .into_iter()
        .filter(|&kind| votes.get(kind) > 0)
        .max_by_key(|&kind| (votes.get(kind), std::cmp::Reverse(PRECEDENCE.iter().position(|&k| k == kind))))
}

/// What a candidate's evidence counts for in its group's vote.
pub(super) fn weight(evidence: Option<&Evidence>) -> u32 {
    match evidence {
        // The shape of a name says it is a name, hardly which kind: it
        // decides only between names no rule or cue has typed.
        Some(Evidence::NameShape) => 1,
        // "the town of Edson" says what Edson is; "Edson" alone only
        // looks like a given name.
        Some(Evidence::Cue(cue)) if crate::names::cue_names_place(cue) => 1 << 9,
        Some(Evidence::Cue(_)) => 1 << 6,
        // A town's or region's name is often a surname too ("saves from
        // Vargas"): the list counts for less than a cue.
        Some(evidence) if is_town_listing(evidence) => 1 << 5,
        // A form the user added: their word outweighs any rule.
        Some(Evidence::Correction(_)) => 1 << 22,
        Some(_) => 1 << 7,
        None => 0,
    }
}

/// Whether `evidence` is only the towns' list.
pub(super) fn is_town_listing(evidence: &Evidence) -> bool {
    matches!(evidence, Evidence::Listed(list) if list == crate::names::TOWNS)
}

/// Where a candidate is: the report's index and its index in the report.
pub(super) type At = (usize, usize);

/// How good a form is as a canonical name: most name parts, then most
/// accented letters ("Díaz" over "Diaz"), then first seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Rank {
    pub(super) parts: usize,
    pub(super) accents: usize,
    pub(super) at: At,
}

impl Rank {
    pub(super) fn beats(&self, other: &Rank) -> bool {
        match (self.parts, self.accents).cmp(&(other.parts, other.accents)) {
            std::cmp::Ordering::Equal => self.at < other.at,
            order => order.is_gt(),
        }
    }

    /// The better of two optional ranks.
    pub(super) fn best(a: Option<Rank>, b: Option<Rank>) -> Option<Rank> {
        match (a, b) {
            (Some(a), Some(b)) => Some(if b.beats(&a) { b } else { a }),
            (a, b) => a.or(b),
        }
    }
}
