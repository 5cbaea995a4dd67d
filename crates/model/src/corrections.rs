//! The user's corrections of the analysis: spans that are not entities,
//! entities of the wrong kind, forms to merge or split, and mentions the
//! rules missed.
//!
//! Corrections name what the user saw, by text, not by offsets or ids, so
//! that they survive edits of the report and apply to every report of the
//! analysis. Texts and names compare folded ([`normalize`]: accents and
//! case ignored, runs of whitespace as one space).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Kind;
use crate::text::fold;

/// Texts and names longer than this many characters are ignored: no name
/// is that long, and a paste of a paragraph is a mistake.
pub const MAX_TEXT_CHARS: usize = 200;

/// Only this many corrections are considered, the first ones given; each
/// costs up to a pass over the reports.
pub const MAX_CORRECTIONS: usize = 500;

/// The user's corrections, applied by [`crate::analyze_with`].
///
/// Serialized as `{"items": [...]}`, each item tagged by its `type` (see
/// [`Correction`]), so a saved list reads back unchanged.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrections {
    /// The corrections, in the order they apply.
    #[serde(default)]
    pub items: Vec<Correction>,
}

impl Corrections {
    /// Whether there is no correction.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// One correction of the analysis. Texts and names match folded: accents
/// and case are ignored, and runs of whitespace count as one space.
///
/// Serialized with a `type` tag in snake case and the variant's fields:
/// `{"type": "retype", "name": "Lima", "kind": "place"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "Tagged")]
pub enum Correction {
    /// Every mention with this text, in every report, is dropped: the
    /// mentions of entities, and figures whose text it is.
    NotAnEntity {
        /// The mention's text.
        text: String,
    },
    /// The entity with this canonical name becomes of this kind.
    Retype {
        /// The entity's canonical name.
        name: String,
        /// Its kind: a person, organization, place or date.
        kind: Kind,
    },
    /// The entity named `name` joins the entity named `into`, whose kind
    /// it takes; the canonical name is the longest form, as usual.
    Merge {
        /// The canonical name of the entity that joins the other.
        name: String,
        /// The canonical name of the entity it joins.
        into: String,
    },
    /// The mentions with this text leave the entity named `from` and form
    /// an entity of their own.
    Split {
        /// The text of the mentions that leave.
        text: String,
        /// The canonical name of the entity they leave.
        from: String,
    },
    /// Every occurrence of this text, in every report, that starts and ends
    /// at word boundaries becomes a mention of this kind, replacing the
    /// mentions it overlaps; all occurrences are one entity.
    Add {
        /// The text to find.
        text: String,
        /// Its kind: a person, organization, place or date.
        kind: Kind,
    },
}

/// How a [`Correction`] is read: its `type` tag and every field any variant
/// has, in one flat record. It reads the same format as the tagged enum
/// writes, without the buffering serde's internally tagged enums need,
/// which would cost the page's wasm about 10 KB.
#[derive(Deserialize)]
struct Tagged {
    #[serde(rename = "type")]
    tag: Tag,
    text: Option<String>,
    name: Option<String>,
    kind: Option<Kind>,
    into: Option<String>,
    from: Option<String>,
}

/// The `type` tag of a [`Correction`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Tag {
    NotAnEntity,
    Retype,
    Merge,
    Split,
    Add,
}

impl TryFrom<Tagged> for Correction {
    type Error = String;

    fn try_from(tagged: Tagged) -> Result<Correction, String> {
        fn given<T>(field: Option<T>, name: &str) -> Result<T, String> {
            field.ok_or_else(|| format!("missing field `{name}`"))
        }
        let Tagged { tag, text, name, kind, into, from } = tagged;
        Ok(match tag {
            Tag::NotAnEntity => Correction::NotAnEntity { text: given(text, "text")? },
            Tag::Retype => Correction::Retype { name: given(name, "name")?, kind: given(kind, "kind")? },
            Tag::Merge => Correction::Merge { name: given(name, "name")?, into: given(into, "into")? },
            Tag::Split => Correction::Split { text: given(text, "text")?, from: given(from, "from")? },
            Tag::Add => Correction::Add { text: given(text, "text")?, kind: given(kind, "kind")? },
        })
    }
}

impl fmt::Display for Correction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Correction::NotAnEntity { text } => write!(f, "'{text}' is not an entity"),
            Correction::Retype { name, kind } => write!(f, "retype '{name}' as {}", kind.as_str()),
            Correction::Merge { name, into } => write!(f, "merge '{name}' into '{into}'"),
            Correction::Split { text, from } => write!(f, "split '{text}' from '{from}'"),
            Correction::Add { text, kind } => write!(f, "add '{text}' as {}", kind.as_str()),
        }
    }
}

/// How corrections compare texts: folded (accents and case ignored), with
/// runs of whitespace as one space and none at either end.
pub fn normalize(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
