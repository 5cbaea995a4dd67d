//! Photo credits inside a report's lines: "Picture: Ana Ruiz", "(Photo by
//! Ana Ruiz/Wire Images)", "Photo / Daily Herald / Tom Baker", "[Ana
//! Ruiz/Daily Record]", "Ana Ruiz Getty", "REUTERS/Ana Ruiz". They are site text: the names in them are whoever
//! took the picture and whoever sells it, not people or organizations the
//! report speaks of.
//!
//! So are links and handles pasted into the copy: "pic.twitter.com/AslOFG4sYm",
//! "@UHN_Plus".
//!
//! A credit runs over the capitalised words and slashes after its label:
//! scraped pages glue the next line to it ("Picture: Ana Ruiz 3 CEO Tom
//! Baker said …"), and the report goes on there.

use super::finder::SentenceFinder;
use crate::lexicon::Flags;
use crate::text::Shape;

/// Words that label a credit when ":", "/" or "by" follows them.
const LABELS: &[&str] = &["photo", "photos", "picture", "pictures", "image", "images", "photograph", "credit"];

/// Picture agencies whose name closes a credit after the photographer's.
const PICTURE_AGENCIES: &[&str] = &["getty", "shutterstock", "alamy"];

impl SentenceFinder<'_> {
    /// If a photo credit opens at token `i`, marks it as used, so that no
    /// name is found in it, and returns its end. Asked where a name could
    /// open, which is where a credit opens.
    pub(super) fn credit_at(&mut self, i: usize) -> Option<usize> {
        // Most names are one word before punctuation or a word in lower
        // case, which opens no credit.
        let next = self.token(i + 1)?;
        let separator = matches!(next.text(self.text), ":" | "/" | "by");
        if !separator && !(next.is_capitalized() && next.is_word()) {
            return None;
        }
        if !self.opens_credit(i) {
            return None;
        }
        let to = (i + 1..self.end).find(|&j| !self.in_credit(j)).unwrap_or(self.end);
        self.mark(i, to);
        Some(to)
    }

    /// Whether token `i` may go on a credit: a capitalised word or an
    /// initial, or the punctuation between the names of a credit.
    fn in_credit(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else { return false };
        token.is_capitalized() || matches!(token.text(self.text), ":" | "/" | "." | "-" | "&" | "by")
    }

    /// Whether a credit opens at token `i`: a capitalised label then ":",
    /// "/" or "by" ("Photo by", "AP Photo/"), or a name of two or more
    /// capitalised words glued to a "/" and a capitalised source ("Ana
    /// Ruiz/Wire") or ending with a picture agency ("Ana Ruiz Getty").
    fn opens_credit(&self, i: usize) -> bool {
        // Asked of every capitalised word that may open a name: the
        // cheapest tests come first.
        let next = self.token(i + 1).map(|t| t.text(self.text));
        if matches!(next, Some(":" | "/" | "by")) && LABELS.contains(&self.word(i)) {
            return true;
        }
        // "REUTERS/Sumaya Hisham/File Photo": a news agency in capitals
        // glued to a slash and the photographer's name.
        let glued = |j: usize| self.token(j).is_some_and(|t| !t.space_before);
        if next == Some("/") && glued(i + 1) && glued(i + 2) && self.tokens[i].shape == Shape::AllCaps {
            let agency = self.is(i, Flags::NEWS_ORG) || PICTURE_AGENCIES.contains(&self.word(i));
            if agency && self.token(i + 2).is_some_and(|t| t.is_capitalized()) {
                return true;
            }
        }
        if i > self.start && self.tokens[i - 1].is_capitalized() {
            return false;
        }
        // A photographer's name is short.
        const LONGEST: usize = 4;
        let end = self.end.min(i + LONGEST);
        let len = (i..end).take_while(|&j| self.tokens[j].is_capitalized() && self.tokens[j].is_word()).count();
        if len < 2 {
            return false;
        }
        let after = self.token(i + len);
        if after.is_some_and(|t| t.text(self.text) == "/" && !t.space_before) {
            return self.token(i + len + 1).is_some_and(|t| t.is_capitalized() && !t.space_before);
        }
        // "Ana Ruiz Getty": a name and the world's best-known picture
        // agencies, ending the credit's line (not "Paul Getty said").
        let ends = after.is_none_or(|t| t.shape != Shape::Lower);
        ends && PICTURE_AGENCIES.contains(&self.word(i + len - 1))
    }
}

/// The ends of web addresses' hosts that a path may follow.
const HOST_ENDS: &[&str] = &[".com/", ".org/", ".net/", ".gov/", ".edu/", ".co/", ".io/", ".ly/", ".uk/", ".be/"];

impl SentenceFinder<'_> {
    /// If the word at `i` is glued inside a web address or after a handle's
    /// "@", or opens a wire service's code of a market ("TRYTOM=D3",
    /// "TRINT=ECI"), claims the rest of it and returns its end.
    pub(super) fn link_at(&mut self, i: usize) -> Option<usize> {
        let glued = |k: usize| self.token(k).is_some_and(|t| !t.space_before);
        let code = glued(i + 1) && self.token(i + 1).is_some_and(|t| t.text(self.text) == "=");
        if !glued(i) && !code {
            return None;
        }
        let start = (self.start..i).rev().find(|&k| !glued(k)).unwrap_or(self.start);
        let before = &self.text[self.tokens[start].span().start..self.tokens[i].span().start];
        let address = before.contains("://") || before.contains("www.") || HOST_ENDS.iter().any(|e| before.contains(e));
        let link = code || before.ends_with('@') || address;
        if !link {
            return None;
        }
        let to = (i + 1..self.end).find(|&k| !glued(k)).unwrap_or(self.end);
        self.mark(i, to);
        // No figure in it either: "y3x4dqrM0t" gives no "0t".
        self.found.claimed.push(self.span_of(i, to));
        Some(to)
    }
}
