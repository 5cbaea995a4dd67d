//! Resolution: the name candidates of every report grouped into entities
//! shared across the reports.
//!
//! Resolution groups candidates of every report together by folded name
//! (accent-, case- and hyphen-insensitive), links acronyms to the names they
//! abbreviate, and links partial person names (and runs of two or more
//! words of an organization's name) to the one longer name that contains
//! them. Each entity's canonical name is its longest form.
//! Every join remembers the rule behind it, so each mention whose text is
//! not the canonical name can say why it belongs (its [`Link`]); this costs
//! two slots per group of candidates, filled as the rules join them.
//!
//! The user's corrections of entities (merge, split, retype; see
//! [`parallax_model::Correction`]) apply to the groups once the rules are
//! done and before ids are given, so ids stay dense and in order of first
//! mention whatever the corrections. (Corrections of spans, which add or
//! drop candidates, apply before resolution: see `corrections`.)
//!
//! - [`groups`]: the union of candidate groups, their votes for a kind, and
//!   the rank of a form as canonical name;
//! - [`rules`]: the joins by initials and by partial names.

mod groups;
mod rules;

use std::sync::Arc;

use parallax_model::{Entity, EntityId, Evidence, Kind, Link, Mention, Referent};

use crate::Input;
use crate::corrections::{EntityEdit, Plan};
use crate::hash::FastMap;
use crate::names::{Candidate, Found};
use groups::{At, Edge, Groups, KeyGroup, Rank, Rule, Votes, best_kind, is_town_listing, weight};
use rules::{link_acronyms_by_initials, link_partial_names, link_spelling_variants, link_surname_first};

/// One report's resolved mentions and entities.
#[derive(Clone, Debug, Default)]
pub(crate) struct Resolved {
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
}

/// Resolves the candidates of every report to entities shared across them,
/// applying the entity corrections of `plan` (merge, split, retype) to the
/// groups the rules made.
pub(crate) fn resolve(inputs: &[Input<'_>], found: &[Found], plan: &mut Plan) -> Vec<Resolved> {
    let texts: Vec<&str> = inputs.iter().map(|input| input.text).collect();
    let mut resolution = Resolution::of(&texts, found);
    let edits = plan.entity_edits();
    for (k, edit) in edits.iter().enumerate() {
        if resolution.apply(edit) {
            plan.mark_entity_edit(k);
        }
    }
    resolution.finish()
}

impl<'a> Resolution<'a> {
    /// The candidates of every report grouped by the rules, before the
    /// user's corrections of entities.
    pub(crate) fn of(
        texts: &'a [&'a str],
        found: &'a [Found],
    ) -> Resolution<'a> {
        // 1. Group candidates by kind family and folded key.
        let candidates = found.iter().map(|report| report.candidates.len()).sum();
        let mut group_of_key: FastMap<(bool, &[String]), usize> =
            FastMap::with_capacity_and_hasher(candidates, Default::default());
        let mut groups: Vec<KeyGroup> = Vec::new();
        let mut group_of: Vec<Vec<usize>> = Vec::with_capacity(found.len());
        for report in found {
            let mut of_report = Vec::with_capacity(report.candidates.len());
            for candidate in &report.candidates {
                let is_date = candidate.kind == Some(Kind::Date);
                let entry = (is_date, &candidate.key[..]);
                let next = groups.len();
                let g = *group_of_key.entry(entry).or_insert(next);
                if g == next {
                    let key = Arc::clone(&candidate.key);
                    groups.push(KeyGroup { key, votes: Votes::default(), acronym: false, placed: false });
                }
                if let Some(kind) = candidate.kind {
                    groups[g].votes.add(kind, weight(candidate.evidence.as_ref()));
                    groups[g].placed |= kind == Kind::Place && !candidate.evidence.as_ref().is_some_and(is_town_listing);
                }
                groups[g].acronym |= candidate.acronym;
                of_report.push(g);
            }
            group_of.push(of_report);
        }
        let mut union = Groups::new(groups.len());

        // 2. Acronyms defined in parentheses join their full names.
        for (r, report) in found.iter().enumerate() {
            for (c, candidate) in report.candidates.iter().enumerate() {
                if let Some(full) = candidate.defines {
                    if let Some(&long) = group_of[r].get(full) {
                        union.join(group_of[r][c], long, Rule::AcronymDefinition);
                    }
                }
            }
        }

        // 3. Undefined acronyms join the one organization whose initials they spell.
        link_acronyms_by_initials(&groups, &mut union);

        // 4. A person's name spelled one letter differently, or with the
        //    surname first, joins it.
        link_spelling_variants(&groups, &mut union);
        link_surname_first(&groups, &mut union);

        // 5. Partial person and organization names join the one longer name
        //    that contains them.
        //    A surname several people share is a person's, if not whose:
        //    it votes as a name's shape would.
        for g in link_partial_names(&groups, &mut union) {
            groups[g].votes.add(Kind::Person, weight(Some(&Evidence::NameShape)));
        }

        Resolution::new(texts, found, groups, group_of, union)
    }
}

/// The groups of candidates once the rules have joined them, as the user's
/// corrections change them, and what is known about each: its best form,
/// its forms, a kind the user gave it, the link a merge gave it.
struct Resolution<'a> {
    texts: &'a [&'a str],
    found: &'a [Found],
    groups: Vec<KeyGroup>,
    /// The group of each candidate, per report.
    group_of: Vec<Vec<usize>>,
    union: Groups,
    /// Per group: its best form for a canonical name.
    best: Vec<Option<Rank>>,
    /// Per group: its distinct forms as written, in order of first mention.
    forms: Vec<Vec<&'a str>>,
    /// Per group, read at roots: the kind the user gave the entity.
    forced: Vec<Option<Kind>>,
    /// Per group that named an entity the user merged with another: the
    /// link that says so (see [`Link::MergedInto`], [`Link::MergedWith`]).
    merged: Vec<Option<Link>>,
    /// Evidence the user's corrections gave to candidates, by where they are.
    noted: FastMap<At, Evidence>,
    /// The normalized text of candidates whose entity a correction looked
    /// for by name, by where they are: each correction looks at every
    /// entity's name, and a name's text does not change.
    names: FastMap<At, String>,
}

/// The entities as the groups stand: each group's root, and each root's
/// votes and best form.
struct Roots {
    root_of: Vec<usize>,
    votes: Vec<Votes>,
    best: Vec<Option<Rank>>,
    /// Whether each root is a single word that only speaks ("X said"),
    /// which the rules alone take for an organization (a person named by
    /// surname alone joins their full name).
    spoken: Vec<bool>,
}

impl<'a> Resolution<'a> {
    fn new(
        texts: &'a [&'a str],
        found: &'a [Found],
        groups: Vec<KeyGroup>,
        group_of: Vec<Vec<usize>>,
        union: Groups,
    ) -> Resolution<'a> {
        let n = groups.len();
        let mut resolution = Resolution {
            texts,
            found,
            groups,
            group_of,
            union,
            best: Vec::new(),
            forms: Vec::new(),
            forced: vec![None; n],
            merged: Vec::new(),
            noted: FastMap::default(),
            names: FastMap::default(),
        };
        resolution.tally_forms();
        resolution
    }

    /// The candidate at `at`.
    fn candidate(&self, (r, c): At) -> Option<&'a Candidate> {
        self.found.get(r).and_then(|report| report.candidates.get(c))
    }

    /// The text of the candidate at `at`.
    fn surface(&self, at: At) -> &'a str {
        let text = self.texts.get(at.0).copied().unwrap_or("");
        self.candidate(at).map_or("", |candidate| candidate.span.slice(text))
    }

    /// Every candidate's place and group.
    fn each_candidate(&self) -> impl Iterator<Item = (At, usize)> + '_ {
        self.group_of
            .iter()
            .enumerate()
            .flat_map(|(r, groups)| groups.iter().enumerate().map(move |(c, &g)| ((r, c), g)))
    }

    /// Works out each group's best form and forms from its candidates.
    fn tally_forms(&mut self) {
        let n = self.groups.len();
        let mut best: Vec<Option<Rank>> = vec![None; n];
        let mut forms: Vec<Vec<&'a str>> = vec![Vec::new(); n];
        for (at, g) in self.each_candidate() {
            let (Some(candidate), Some(slot)) = (self.candidate(at), best.get_mut(g)) else {
                continue;
            };
            let surface = self.surface(at);
            let rank =
                Rank { parts: candidate.key.len(), accents: surface.chars().filter(|ch| !ch.is_ascii()).count(), at };
            *slot = Rank::best(*slot, Some(rank));
            if !forms[g].contains(&surface) {
                forms[g].push(surface);
            }
        }
        self.best = best;
        self.forms = forms;
    }

    /// The entities as the groups now stand.
    fn roots(&mut self) -> Roots {
        let n = self.groups.len();
        let root_of: Vec<usize> = (0..n).map(|g| self.union.root(g)).collect();
        let mut votes = vec![Votes::default(); n];
        let mut best: Vec<Option<Rank>> = vec![None; n];
        for (g, &root) in root_of.iter().enumerate() {
            votes[root].add_all(&self.groups[g].votes);
            best[root] = Rank::best(best[root], self.best[g]);
        }
        let mut spoken = vec![false; n];
        for (at, g) in self.each_candidate() {
            let Some(candidate) = self.candidate(at) else { continue };
            if candidate.kind.is_none() && candidate.key.len() == 1 && matches!(candidate.evidence, Some(Evidence::Cue(_))) {
                spoken[root_of[g]] = true;
            }
        }
        Roots { root_of, votes, best, spoken }
    }

    /// The kind of the entity rooted at `root`, if it is one.
    fn kind_of(&self, roots: &Roots, root: usize) -> Option<Kind> {
        if let Some(kind) = self.forced[root] {
            return Some(kind);
        }
        best_kind(&roots.votes[root]).or(roots.spoken[root].then_some(Kind::Organization))
    }

    /// The canonical name of the entity rooted at `root`.
    fn canonical(&self, roots: &Roots, root: usize) -> &'a str {
        roots.best[root].map_or("", |rank| self.surface(rank.at))
    }

    /// The group holding the canonical name of the entity rooted at `root`.
    fn best_group(&self, roots: &Roots, root: usize) -> Option<usize> {
        let (r, c) = roots.best.get(root).copied().flatten()?.at;
        self.group_of.get(r)?.get(c).copied()
    }

    /// The roots of the entities whose folded canonical name is `name`, in
    /// order of first mention.
    fn named(&mut self, roots: &Roots, name: &str) -> Vec<usize> {
        let mut found: Vec<(At, usize)> = Vec::new();
        for (g, &root) in roots.root_of.iter().enumerate() {
            let Some(rank) = roots.best[g].filter(|_| root == g && self.kind_of(roots, g).is_some()) else {
                continue;
            };
            let surface = self.surface(rank.at);
            let normalized = self.names.entry(rank.at).or_insert_with(|| parallax_model::normalize(surface));
            if normalized == name {
                found.push((rank.at, g));
            }
        }
        found.sort_unstable();
        found.into_iter().map(|(_, g)| g).collect()
    }

    /// Gives `evidence` to every candidate of the entity rooted at `root`
    /// (or only those `only` accepts).
    fn note(&mut self, roots: &Roots, root: usize, evidence: &Evidence, only: impl Fn(At) -> bool) {
        let marked: Vec<At> = self
            .each_candidate()
            .filter(|&(at, g)| roots.root_of.get(g) == Some(&root) && only(at))
            .map(|(at, _)| at)
            .collect();
        for at in marked {
            self.noted.insert(at, evidence.clone());
        }
    }

    /// Applies one correction; whether it matched anything.
    fn apply(&mut self, edit: &EntityEdit) -> bool {
        let roots = self.roots();
        match edit {
            EntityEdit::Retype { name, kind } => self.retype(&roots, name, *kind),
            EntityEdit::Merge { name, into } => self.merge(&roots, name, into),
            EntityEdit::Split { text, from } => {
                let mut applied = false;
                for source in self.named(&roots, from) {
                    applied |= self.split(&roots, source, text);
                }
                applied
            }
        }
    }

    /// The entities named `name` become of `kind`.
    fn retype(&mut self, roots: &Roots, name: &str, kind: Kind) -> bool {
        let targets = self.named(roots, name);
        let evidence = Evidence::Correction(String::from("retyped by you"));
        for &root in &targets {
            self.forced[root] = Some(kind);
            self.note(roots, root, &evidence, |_| true);
        }
        !targets.is_empty()
    }

    /// The entities named `name` join the first entity named `into`.
    fn merge(&mut self, roots: &Roots, name: &str, into: &str) -> bool {
        let Some(&target) = self.named(roots, into).first() else {
            return false;
        };
        let into_name = self.canonical(roots, target).to_string();
        let kind = self.kind_of(roots, target);
        let sources: Vec<usize> = self.named(roots, name).into_iter().filter(|&r| r != target).collect();
        let evidence = Evidence::Correction(format!("merged by you into '{into_name}'"));
        if self.merged.len() < self.groups.len() {
            self.merged.resize(self.groups.len(), None);
        }
        for &source in &sources {
            self.note(roots, source, &evidence, |_| true);
            // The forms that named each entity say why they now belong
            // together; the others keep their own links.
            let source_name = self.canonical(roots, source).to_string();
            if let Some(g) = self.best_group(roots, source) {
                self.merged[g] = Some(Link::MergedInto(into_name.clone()));
            }
            if let Some(g) = self.best_group(roots, target) {
                self.merged[g] = Some(Link::MergedWith(source_name));
            }
            self.union.union(source, target);
        }
        let root = self.union.root(target);
        self.forced[root] = kind;
        !sources.is_empty()
    }

    /// The candidates written `text` (normalized) leave the entity whose
    /// root is `source` and form a group of their own.
    fn split(&mut self, roots: &Roots, source: usize, text: &str) -> bool {
        let kind = self.kind_of(roots, source);
        let from_name = self.canonical(roots, source).to_string();
        let moved: Vec<At> = self
            .each_candidate()
            .filter(|&(at, g)| {
                roots.root_of.get(g) == Some(&source) && parallax_model::normalize(self.surface(at)) == text
            })
            .map(|(at, _)| at)
            .collect();
        let Some(key) = moved.first().and_then(|&at| self.candidate(at)).map(|c| Arc::clone(&c.key)) else {
            return false;
        };
        let new = self.union.push();
        self.groups.push(KeyGroup { key, votes: Votes::default(), acronym: false, placed: false });
        self.forced.push(None);
        for &(r, c) in &moved {
            let Some(candidate) = self.candidate((r, c)) else {
                continue;
            };
            let old = self.group_of[r][c];
            if let Some(kind) = candidate.kind {
                // Votes move with their candidates.
                let weight = weight(candidate.evidence.as_ref());
                self.groups[old].votes.remove(kind, weight);
                self.groups[new].votes.add(kind, weight);
            }
            self.group_of[r][c] = new;
        }
        if self.groups[new].kind().is_none() {
            // Forms the rules left unclassified keep the entity's kind.
            self.forced[new] = kind;
        }
        let evidence = Evidence::Correction(format!("split by you from '{from_name}'"));
        for at in moved {
            self.noted.insert(at, evidence.clone());
        }
        self.tally_forms();
        true
    }

    /// Why the mentions of group `g` belong to the entity rooted at `root`,
    /// whose best form is in group `canonical`.
    fn link(&self, roots: &Roots, g: usize, canonical: usize) -> Link {
        if g == canonical {
            return Link::SameName;
        }
        if let Some(Some(merged)) = self.merged.get(g) {
            return merged.clone();
        }
        let root = roots.root_of[g];
        let name_of = |other: usize| {
            let form = self.best.get(other).copied().flatten().map_or("", |rank| self.surface(rank.at));
            form.to_string()
        };
        let same_entity = |edge: &&Edge| roots.root_of.get(edge.other) == Some(&root);
        if let Some(edge) = self.union.joined.get(g).and_then(Option::as_ref).filter(same_entity) {
            let other = name_of(edge.other);
            return match edge.rule {
                Rule::AcronymDefinition => Link::AcronymDefinition(other),
                Rule::Initials => Link::Initials(other),
                Rule::PartialName => Link::PartialName(other),
                Rule::Spelling => Link::Spelling(other),
            };
        }
        if let Some(edge) = self.union.joined_by.get(g).and_then(Option::as_ref).filter(same_entity) {
            let other = name_of(edge.other);
            return match edge.rule {
                Rule::AcronymDefinition | Rule::Initials => Link::FullForm(other),
                Rule::PartialName => Link::LongerForm(other),
                Rule::Spelling => Link::Spelling(other),
            };
        }
        Link::Linked(name_of(canonical))
    }

    /// The mentions and entity entries of every report.
    fn finish(mut self) -> Vec<Resolved> {
        let roots = self.roots();
        let n = self.groups.len();

        // Entity ids in order of first mention across reports.
        let mut ids: Vec<Option<EntityId>> = vec![None; n];
        let mut next_id = 0u32;
        for (_, g) in self.each_candidate() {
            let root = roots.root_of[g];
            if ids[root].is_none() && self.kind_of(&roots, root).is_some() {
                ids[root] = Some(EntityId(next_id));
                next_id += 1;
            }
        }
        let mut forms: Vec<Vec<&str>> = vec![Vec::new(); n];
        for (g, group_forms) in self.forms.iter().enumerate() {
            forms[roots.root_of[g]].extend_from_slice(group_forms);
        }
        // The link of each group's mentions, worked out at the first.
        let mut links: Vec<Option<Link>> = vec![None; n];

        let mut out = Vec::with_capacity(self.found.len());
        for (r, report) in self.found.iter().enumerate() {
            // Room for the figures too, which join the mentions later (see
            // `layout::merge_without_overlaps`): news gives fewer figures
            // than it names things.
            let room = report.candidates.len() + report.candidates.len() / 2;
            let mut resolved = Resolved { mentions: Vec::with_capacity(room), entities: Vec::new() };
            let mut listed = vec![false; next_id as usize];
            for (c, candidate) in report.candidates.iter().enumerate() {
                let g = self.group_of[r][c];
                let root = roots.root_of[g];
                let (Some(kind), Some(id)) = (self.kind_of(&roots, root), ids[root]) else {
                    continue;
                };
                let name = self.canonical(&roots, root);
                let noted = if self.noted.is_empty() { None } else { self.noted.get(&(r, c)) };
                let evidence = match (noted, &candidate.evidence, candidate.kind) {
                    (Some(noted), _, _) => noted.clone(),
                    (None, Some(evidence), Some(own)) if own == kind => evidence.clone(),
                    // The cue the entity's kind came from, when no rule gave one.
                    (None, Some(evidence @ Evidence::Cue(_)), None) => evidence.clone(),
                    _ => Evidence::Alias(name.to_string()),
                };
                let text = self.surface((r, c));
                let link = if text == name {
                    None
                } else {
                    let canonical = self.best_group(&roots, root).unwrap_or(g);
                    let link = links[g].get_or_insert_with(|| self.link(&roots, g, canonical));
                    Some(link.clone())
                };
                resolved.mentions.push(Mention {
                    span: candidate.span,
                    text: text.to_string(),
                    kind,
                    referent: Referent::Entity(id),
                    evidence,
                    link,
                });
                let seen = listed.get_mut(id.0 as usize).is_none_or(|seen| std::mem::replace(seen, true));
                if !seen {
                    let mut aliases: Vec<String> =
                        forms[root].iter().filter(|f| **f != name).map(|f| f.to_string()).collect();
                    aliases.sort();
                    aliases.dedup();
                    resolved.entities.push(Entity { id, name: name.to_string(), kind, aliases, mentions: Vec::new() });
                }
            }
            out.push(resolved);
        }
        out
    }
}
