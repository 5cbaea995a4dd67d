//! Words of a run of capitalised words that look like a body's name and
//! are not: an organization head that is a person's surname, or no
//! airline's name; an adjective of the role after the name.

use std::sync::LazyLock;

use super::finder::SentenceFinder;
use crate::hash::FastSet;
use crate::lexicon::{self, Flags};
use crate::text::Shape;

/// The heads of a newspaper's or a broadcaster's name: the "Media" section
/// of the organization heads ("sun", "post", "star"), some of them
/// surnames too.
static MEDIA_HEADS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut inside = false;
    let mut out = FastSet::default();
    for line in lexicon::ORG_HEADS_TXT.lines().map(str::trim) {
        if let Some(header) = line.strip_prefix("# ==") {
            inside = header.contains("Media");
        } else if inside && !line.is_empty() && !line.starts_with('#') {
            out.insert(line);
        }
    }
    out
});

impl SentenceFinder<'_> {
    /// Whether the organization head at `head` makes the run `from..to`
    /// a body's name. Not a newspaper's head ending it after a title and a
    /// given name, a surname: "Health Minister Lee Sun" (but "Royal Prince
    /// Alfred Hospital").
    /// "Air" only ends an airline's name of two words, after a place or
    /// a name: "Jeju Air", "Korean Air", not "Hot Air", "Air Quality";
    /// "TV" only ends a channel's.
    pub(super) fn heads_run(&self, head: usize, from: usize, to: usize) -> bool {
        let given = |k: usize| self.is(k, Flags::GIVEN_NAME) || self.is(k, Flags::AMBIGUOUS_GIVEN_NAME);
        let titled = |k: usize| (from..k).any(|t| self.title_phrase_at(t).is_some_and(|(len, _)| t + len == k));
        let media = MEDIA_HEADS.contains(self.word(head));
        if media && head >= from + 2 && head + 1 == to && given(head - 1) && titled(head - 1) {
            return false;
        }
        match self.word(head) {
            "air" => head + 1 == to && head == from + 1 && !self.is(from, Flags::COMMON_WORD),
            // "Citizen TV", not "TV Narendran".
            "tv" => head + 1 == to && head > from,
            _ => true,
        }
    }

    /// Past an adjective of a role that opens the run `from..to` before
    /// the role: "Senior Transport Ministry official" names the ministry.
    pub(super) fn past_role_adjective(&self, from: usize, to: usize) -> usize {
        let adjective = matches!(self.word(from), "senior" | "former" | "top" | "acting" | "retired" | "veteran");
        let role = self.is(to, Flags::ORG_NEIGHBOUR) || matches!(self.word(to), "official" | "officials" | "source" | "sources");
        let lower = self.token(to).is_some_and(|t| t.shape == Shape::Lower);
        if adjective && role && lower && to - from >= 3 { from + 1 } else { from }
    }
}
