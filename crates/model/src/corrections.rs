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
#[serde(tag = "type", rename_all = "snake_case", try_from = "TaggedCorrection")]
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
/// has, in one flat record, made a correction by `Correction::try_from`,
/// which refuses a record that lacks its variant's fields. It reads the same
/// format as the tagged enum writes, without the buffering serde's
/// internally tagged enums need. Public so that the page's own JSON reader
/// goes through the same checks.
#[derive(Deserialize)]
pub struct TaggedCorrection {
    /// The `type` tag.
    #[serde(rename = "type")]
    pub tag: CorrectionTag,
    /// The `text` field, if given.
    pub text: Option<String>,
    /// The `name` field, if given.
    pub name: Option<String>,
    /// The `kind` field, if given.
    pub kind: Option<Kind>,
    /// The `into` field, if given.
    pub into: Option<String>,
    /// The `from` field, if given.
    pub from: Option<String>,
}

/// The `type` tag of a [`Correction`]: its variant's name in snake case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionTag {
    /// `not_an_entity`.
    NotAnEntity,
    /// `retype`.
    Retype,
    /// `merge`.
    Merge,
    /// `split`.
    Split,
    /// `add`.
    Add,
}

impl CorrectionTag {
    /// The tag named `name`, exactly as serde names it.
    pub fn parse(name: &str) -> Option<CorrectionTag> {
        use CorrectionTag::*;
        [(NotAnEntity, "not_an_entity"), (Retype, "retype"), (Merge, "merge"), (Split, "split"), (Add, "add")]
            .into_iter()
            .find_map(|(tag, tag_name)| (tag_name == name).then_some(tag))
    }
}

impl TryFrom<TaggedCorrection> for Correction {
    type Error = String;

    fn try_from(tagged: TaggedCorrection) -> Result<Correction, String> {
        fn given<T>(field: Option<T>, name: &str) -> Result<T, String> {
            field.ok_or_else(|| format!("missing field `{name}`"))
        }
        let TaggedCorrection { tag, text, name, kind, into, from } = tagged;
        Ok(match tag {
            CorrectionTag::NotAnEntity => Correction::NotAnEntity { text: given(text, "text")? },
            CorrectionTag::Retype => Correction::Retype { name: given(name, "name")?, kind: given(kind, "kind")? },
            CorrectionTag::Merge => Correction::Merge { name: given(name, "name")?, into: given(into, "into")? },
            CorrectionTag::Split => Correction::Split { text: given(text, "text")?, from: given(from, "from")? },
            CorrectionTag::Add => Correction::Add { text: given(text, "text")?, kind: given(kind, "kind")? },
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
