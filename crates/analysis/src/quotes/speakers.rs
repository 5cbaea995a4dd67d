//! The report's entities that may speak, looked up by where the text
//! names them: the person or organization mentioned at a token, the last
//! person named before an offset (whom "he" and "she" refer to), and the
//! last organization whose name holds a word ("the ministry" after "the
//! Ministry of Ports").
//!
//! Every look-up is a binary search or a table look-up, never a scan of
//! the mentions, so that resolving every quote of a long report stays
//! linear.

use std::cell::OnceCell;

use crate::hash::FastMap;
use crate::text::fold_into;
use parallax_model::{EntityId, Evidence, Kind, Mention, Span};

/// Person and organization mentions, indexed for [`Speakers`]' look-ups.
pub(super) struct Speakers<'a> {
    mentions: &'a [Mention],
    /// The end offsets of `mentions`, packed for binary search.
    ends: Vec<usize>,
    /// For each `n`, the index of the last person mention among the first
    /// `n` mentions (`u32::MAX` for none); `None` when mention ends are not
    /// in order or the indices do not fit (see [`Speakers::new`]).
    last_person_upto: Option<Vec<u32>>,
    /// For each folded word of an organization's name, the (end offset,
    /// entity) of the mentions whose name holds it, in text order; built
    /// when first asked for.
    by_word: OnceCell<FastMap<String, Vec<(usize, EntityId)>>>,
    /// For each last word of a title ("judge" of "High Court judge"), the
    /// (end offset, entity) of the people named with it, in text order;
    /// built when first asked for.
    by_title: OnceCell<FastMap<String, Vec<(usize, EntityId)>>>,
}

fn speaks(mention: &Mention) -> bool {
    matches!(mention.kind, Kind::Person | Kind::Organization)
}

impl<'a> Speakers<'a> {
    /// Mentions are sorted by start and do not overlap, so their ends are in
    /// order too, and "the last person before an offset" is a binary
    /// search plus a table look-up instead of a scan of every mention per
    /// quote (quadratic: 11% of the analysis of a 5 MB text). Should the
    /// ends ever be out of order, the scans are used.
    pub fn new(mentions: &'a [Mention]) -> Speakers<'a> {
        let ends_in_order = mentions.windows(2).all(|w| w[0].span.end <= w[1].span.end);
        let fits = u32::try_from(mentions.len()).is_ok_and(|n| n < u32::MAX);
        let last_person_upto = (ends_in_order && fits).then(|| {
            let mut table = Vec::with_capacity(mentions.len() + 1);
            let mut person = u32::MAX;
            table.push(person);
            for (k, m) in (0u32..).zip(mentions) {
                if m.kind == Kind::Person {
                    person = k;
                }
                table.push(person);
            }
            table
        });
        Speakers {
            mentions,
            ends: mentions.iter().map(|m| m.span.end).collect(),
            last_person_upto,
            by_word: OnceCell::new(),
            by_title: OnceCell::new(),
        }
    }

    /// The mention overlapping `token`, of any kind.
    fn at(&self, token: Span) -> Option<&'a Mention> {
        if self.last_person_upto.is_some() {
            let at = self.ends.partition_point(|&end| end <= token.start);
            return self.mentions.get(at).filter(|m| m.span.overlaps(token));
        }
        self.mentions.iter().find(|m| m.span.overlaps(token))
    }

    /// The entity of the person or organization mention overlapping `token`.
    pub fn speaker_at(&self, token: Span) -> Option<EntityId> {
        self.at(token).filter(|m| speaks(m)).and_then(|m| m.entity())
    }

    /// The kind of the mention `token` is part of.
    pub fn kind_at(&self, token: Span) -> Option<Kind> {
        self.at(token).map(|m| m.kind)
    }

    /// Whether `token` is part of a person mention.
    pub fn is_person(&self, token: Span) -> bool {
        self.at(token).is_some_and(|m| m.kind == Kind::Person)
    }

    /// Whether `token` is part of an organization mention.
    pub fn is_organization(&self, token: Span) -> bool {
        self.at(token).is_some_and(|m| m.kind == Kind::Organization)
    }

    /// Whether `token` is part of a date mention ("on Monday").
    pub fn is_date(&self, token: Span) -> bool {
        self.at(token).is_some_and(|m| m.kind == Kind::Date)
    }

    /// The span and entity of the person or organization mention
    /// overlapping `token`.
    pub fn speaker_span(&self, token: Span) -> Option<(Span, EntityId)> {
        self.at(token).filter(|m| speaks(m)).and_then(|m| Some((m.span, m.entity()?)))
    }

    /// The last person mentioned before `offset` anywhere in the report.
    pub fn last_person_before(&self, offset: usize) -> Option<EntityId> {
        if let Some(table) = &self.last_person_upto {
            let before = self.ends.partition_point(|&end| end <= offset);
            let last = table.get(before).map(|&person| person as usize);
            return last.and_then(|k| self.mentions.get(k)).and_then(|m| m.entity());
        }
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= offset)
            .find(|m| m.kind == Kind::Person)
            .and_then(|m| m.entity())
    }

    /// The last organization named before `offset` whose name holds the
    /// folded word `word`: whom "the ministry" refers to.
    pub fn last_organization_named(&self, word: &str, offset: usize) -> Option<EntityId> {
        let by_word = self.by_word.get_or_init(|| {
            let mut map: FastMap<String, Vec<(usize, EntityId)>> = FastMap::default();
            // Names repeat their words ("ministry", "of"): each is copied
            // into the map once, and the names are folded into one buffer,
            // not a string of their own each.
            let mut folded = String::new();
            for m in self.mentions.iter().filter(|m| m.kind == Kind::Organization) {
                let Some(id) = m.entity() else { continue };
                folded.clear();
                fold_into(&m.text, &mut folded);
                for w in folded.split_whitespace() {
                    match map.get_mut(w) {
                        Some(named) => named.push((m.span.end, id)),
                        None => {
                            map.insert(w.to_string(), vec![(m.span.end, id)]);
                        }
                    }
                }
            }
            map
        });
        let named = by_word.get(word)?;
        let before = named.partition_point(|&(end, _)| end <= offset);
        before.checked_sub(1).and_then(|k| named.get(k)).map(|&(_, id)| id)
    }

    /// The last person named before `offset` with a title ending on the
    /// folded word `word`: whom "the judge" refers to after "Judge Linda
    /// Chan".
    pub fn last_titled(&self, word: &str, offset: usize) -> Option<EntityId> {
        let by_title = self.by_title.get_or_init(|| {
            let mut map: FastMap<String, Vec<(usize, EntityId)>> = FastMap::default();
            for m in self.mentions.iter().filter(|m| m.kind == Kind::Person) {
                let (Evidence::Title(title), Some(id)) = (&m.evidence, m.entity()) else { continue };
                let last = title.rsplit(' ').next().unwrap_or(title);
                map.entry(last.to_string()).or_default().push((m.span.end, id));
            }
            map
        });
        let titled = by_title.get(word)?;
        let before = titled.partition_point(|&(end, _)| end <= offset);
        before.checked_sub(1).and_then(|k| titled.get(k)).map(|&(_, id)| id)
    }
}
