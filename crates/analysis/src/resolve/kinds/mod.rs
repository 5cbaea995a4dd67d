//! The kind of an entity, decided by a learned model over what the rules
//! found: the rules' own votes and evidence, the words of its names and
//! around its mentions, and how its name relates to the report's other
//! names (a part of a longer organization's name, or of a person's).
//!
//! Rules alone type a company as a person when it "said" something, and a
//! town as an organization when it has a "mayor"; a name with no rule's
//! evidence is dropped even when every mention reads as a company's. The
//! model weighs all of it at once, for the whole entity, so that one name
//! gets one kind in a report; it may also say that a run of capitals
//! names nothing. Dates keep the rules' decision. A user's correction of
//! the kind overrides the model.
//!
//! - [`features`]: what the model sees;
//! - [`model`]: the weights and the decision;
//! - [`train`]: learning the weights from annotated reports.

pub(crate) mod features;
pub(crate) mod model;
pub(crate) mod train;

use parallax_model::Kind;

use super::groups::{Votes, best_kind};
use super::{Resolution, Roots};
use crate::hash::FastMap;
use features::{Sink, kind_name};

/// How strongly the rules voted for `kind`, in three bins.
fn share(votes: &Votes, kind: Kind) -> &'static str {
    let total: u32 = Kind::ALL.iter().map(|&k| votes.get(k)).sum();
    let mine = votes.get(kind);
    match (mine * 3).checked_div(total) {
        _ if mine == 0 => "none",
        Some(0) => "low",
        Some(1) => "some",
        _ => "most",
    }
}

/// A count, in a few bins.
fn bin(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        _ => "6+",
    }
}

impl Resolution<'_> {
    /// Whether the entity at `root` is a date: dates keep the rules' kind.
    pub(super) fn is_date(&self, roots: &Roots, root: usize) -> bool {
        roots.votes[root].get(Kind::Date) > 0
    }

    /// The features of every entity, by root (empty for the other groups).
    pub(super) fn entity_features<S: Sink + Default>(&self, roots: &Roots) -> Vec<S> {
        let n = self.groups.len();
        let mut out: Vec<S> = (0..n).map(|_| S::default()).collect();
        let mut mentions = vec![0usize; n];
        for ((r, c), g) in self.each_candidate() {
            let root = roots.root_of[g];
            let (Some(candidate), Some(prep)) = (self.candidate((r, c)), self.prepared.get(r)) else { continue };
            features::of_mention(self.texts[r], prep, candidate, &mut out[root]);
            mentions[root] += 1;
        }
        let relations = self.relations(roots);
        for root in (0..n).filter(|&g| roots.root_of[g] == g) {
            let votes = &roots.votes[root];
            let sink = &mut out[root];
            sink.add("votes", kind_name(best_kind(votes)));
            for kind in [Kind::Person, Kind::Organization, Kind::Place] {
                sink.add(&format!("share-{}", kind.as_str()), share(votes, kind));
            }
            sink.add("mentions", bin(mentions[root]));
            sink.add("forms", bin(self.forms.get(root).map_or(0, Vec::len)));
            for (relation, kind) in relations.get(&root).into_iter().flatten() {
                sink.add(relation, kind_name(*kind));
            }
        }
        out
    }

    /// For each root, how its key relates to the other entities' keys:
    /// `part-of` a longer name of the rules' kind, or `contains` a shorter.
    fn relations(&self, roots: &Roots) -> FastMap<usize, Vec<(&'static str, Option<Kind>)>> {
        let mut by_word: FastMap<&str, Vec<usize>> = FastMap::default();
        for (g, group) in self.groups.iter().enumerate() {
            for word in group.key.iter() {
                by_word.entry(word.as_str()).or_default().push(g);
            }
        }
        let mut out: FastMap<usize, Vec<(&'static str, Option<Kind>)>> = FastMap::default();
        for (g, group) in self.groups.iter().enumerate() {
            let Some(first) = group.key.first() else { continue };
            let root = roots.root_of[g];
            for &other in by_word.get(first.as_str()).into_iter().flatten() {
                let other_root = roots.root_of[other];
                let longer = &self.groups[other].key;
                if other_root == root || longer.len() <= group.key.len() {
                    continue;
                }
                if longer.windows(group.key.len()).any(|run| run == &group.key[..]) {
                    let kind = best_kind(&roots.votes[other_root]);
                    push_once(out.entry(root).or_default(), ("part-of", kind));
                    push_once(out.entry(other_root).or_default(), ("contains", best_kind(&roots.votes[root])));
                }
            }
        }
        out
    }
}

fn push_once<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

impl Resolution<'_> {
    /// Every entity (not a date) with its features and its label:
    /// `label(report, span)` gives the kind annotated over a mention
    /// (`Some(None)`: nothing annotated there).
    pub(crate) fn examples(
        &mut self,
        label: impl Fn(usize, parallax_model::Span) -> Option<Option<Kind>>,
    ) -> Vec<train::Example> {
        let roots = self.roots();
        let features: Vec<Vec<String>> = self.entity_features(&roots);
        let mut labels: FastMap<usize, Vec<Option<Kind>>> = FastMap::default();
        for ((r, c), g) in self.each_candidate() {
            let Some(candidate) = self.candidate((r, c)) else { continue };
            if let Some(kind) = label(r, candidate.span) {
                labels.entry(roots.root_of[g]).or_default().push(kind.filter(|k| *k != Kind::Date));
            }
        }
        // The model decides only where no rule is sure (see `Roots::strong`),
        // so it learns only from those entities.
        let mut roots_in_order: Vec<usize> =
            labels.keys().copied().filter(|&g| !self.is_date(&roots, g) && !roots.strong[g]).collect();
        roots_in_order.sort_unstable();
        roots_in_order
            .into_iter()
            .map(|root| {
                let mut features = features[root].clone();
                features.sort();
                features.dedup();
                let mentions = labels[&root].len();
                train::Example { features, label: majority(&labels[&root]), mentions }
            })
            .collect()
    }
}

/// The most frequent of `labels`, the first of equals.
fn majority(labels: &[Option<Kind>]) -> Option<Kind> {
    let mut best = (0, None);
    for label in labels {
        let n = labels.iter().filter(|l| *l == label).count();
        if n > best.0 {
            best = (n, *label);
        }
    }
    best.1
}
