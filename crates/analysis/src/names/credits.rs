//! Photo credits inside a report's lines: "Picture: Ana Ruiz", "(Photo by
//! Ana Ruiz/Wire Images)", "Photo / Daily Herald / Tom Baker", "[Ana
//! Ruiz/Daily Record]". They are site text: the names in them are whoever
//! took the picture and whoever sells it, not people or organizations the
//! report speaks of.
//!
//! A credit runs over the capitalised words and slashes after its label:
//! scraped pages glue the next line to it ("Picture: Ana Ruiz 3 CEO Tom
//! Baker said …"), and the report goes on there.

use super::finder::SentenceFinder;

/// Words that label a credit when ":", "/" or "by" follows them.
const LABELS: &[&str] = &["photo", "photos", "picture", "pictures", "image", "images", "photograph", "credit"];

impl SentenceFinder<'_> {
    /// Marks a photo credit in the sentence as used, so that no name is
    /// found in it (dates in it are found before).
    pub(super) fn mark_credit(&mut self) {
        let mut i = self.start;
        while i < self.end {
            if !self.opens_credit(i) {
                i += 1;
                continue;
            }
            let to = (i + 1..self.end).find(|&j| !self.in_credit(j)).unwrap_or(self.end);
            self.mark(i, to);
            i = to;
        }
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
    /// Ruiz/Wire").
    fn opens_credit(&self, i: usize) -> bool {
        let Some(token) = self.token(i) else { return false };
        if !token.is_capitalized() {
            return false;
        }
        let next = self.token(i + 1).map(|t| t.text(self.text));
        if LABELS.contains(&self.word(i)) {
            return matches!(next, Some(":" | "/" | "by"));
        }
        let starts_run = i == self.start || !self.tokens[i - 1].is_capitalized();
        if !starts_run {
            return false;
        }
        let name_words = (i..self.end).take_while(|&j| self.tokens[j].is_capitalized() && self.tokens[j].is_word());
        let len = name_words.count();
        let slash = i + len;
        let glued = self.token(slash).is_some_and(|t| t.text(self.text) == "/" && !t.space_before);
        let source = self.token(slash + 1).is_some_and(|t| t.is_capitalized() && !t.space_before);
        len >= 2 && glued && source
    }
}
