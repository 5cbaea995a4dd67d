//! The framing lexicon (`framing.txt`, `term<TAB>category<TAB>tone`, and
//! `<TAB>role` for a noun that also names a field of work; `term<TAB>neutral`
//! for a phrase in which a loaded word has its neutral sense): loaded terms
//! of one or more words, matched over consecutive tokens, longest first.

use std::sync::LazyLock;

use parallax_model::{FramingCategory, Tone};
use parallax_model::text::fold;

use super::*;
use crate::hash::FastMap;

/// A term of the framing lexicon: loaded, evaluative or hedging wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FramingEntry {
    /// The folded term, its words separated by single spaces.
    pub term: String,
    /// What the wording does and which way it leans; `None` for a phrase
    /// in which a loaded word has its neutral sense ("tax regime"), which
    /// is matched only so that the word inside it is not counted.
    pub loaded: Option<(FramingCategory, Tone)>,
    /// A noun that also names a field of work: before a role's head word
    /// it is part of the role's name ("crisis manager"), not loaded.
    pub names_roles: bool,
}

/// The framing lexicon, with what matching a report's words needs: each
/// term by its folded text, and for each word the lengths (in words) of
/// the terms it opens, so that most words cost one look-up and build no
/// phrase, and a word that opens a phrase tries only the lengths listed.
pub(crate) struct FramingLexicon {
    entries: Vec<FramingEntry>,
    by_term: FastMap<String, usize>,
    /// Bit `n` is set when a term of `n` words opens with the word.
    lengths_from: FastMap<String, u32>,
}

impl FramingLexicon {
    /// Parses `term<TAB>category<TAB>tone[<TAB>role]` and
    /// `term<TAB>neutral` lines; lines with an unknown
    /// category or tone, or a term already listed, are skipped (the tests
    /// check that there are none).
    fn parse(source: &'static str) -> FramingLexicon {
        let mut lexicon =
            FramingLexicon { entries: Vec::new(), by_term: FastMap::default(), lengths_from: FastMap::default() };
        for line in entries(source) {
            let mut fields = line.split('\t').map(str::trim);
            let (Some(term), Some(category)) = (fields.next(), fields.next()) else {
                continue;
            };
            let loaded = match (category, fields.next()) {
                ("neutral", None) => None,
                (category, Some(tone)) => match (FramingCategory::parse(category), Tone::parse(tone)) {
                    (Some(category), Some(tone)) => Some((category, tone)),
                    _ => continue,
                },
                _ => continue,
            };
            let names_roles = fields.next() == Some("role");
            let words: Vec<String> = fold(term).split_whitespace().map(str::to_string).collect();
            let (Some(first), term) = (words.first(), words.join(" ")) else {
                continue;
            };
            // A term of more than 31 words is no term.
            if lexicon.by_term.contains_key(&term) || words.len() >= 32 {
                continue;
            }
            *lexicon.lengths_from.entry(first.clone()).or_default() |= 1 << words.len();
            lexicon.by_term.insert(term.clone(), lexicon.entries.len());
            lexicon.entries.push(FramingEntry { term, loaded, names_roles });
        }
        lexicon
    }

    /// The index of the entry whose term is `folded` (words separated by
    /// single spaces).
    pub(crate) fn lookup(&self, folded: &str) -> Option<usize> {
        self.by_term.get(folded).copied()
    }

    /// The lengths, in words, of the terms opening with the folded word
    /// `first`, as bits: bit `n` for a term of `n` words; 0 if no term
    /// opens with it.
    pub(crate) fn lengths_from(&self, first: &str) -> u32 {
        self.lengths_from.get(first).copied().unwrap_or(0)
    }

    /// Entry `index`.
    pub(crate) fn entry(&self, index: usize) -> Option<&FramingEntry> {
        self.entries.get(index)
    }

    /// The number of entries.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

list!(ROLE_HEADS, "role_heads.txt");

/// Whether the folded word heads a role, office or body ("manager",
/// "officer", "fund", "team"): a framing term right before it is part of
/// the role's name ("crisis manager"), not loaded language.
pub(crate) fn is_role_head(folded: &str) -> bool {
    ROLE_HEADS.contains(folded)
}

/// The framing lexicon (see [`FramingLexicon`]).
pub(crate) static FRAMING: LazyLock<FramingLexicon> =
    LazyLock::new(|| FramingLexicon::parse(include_str!("framing.txt")));
