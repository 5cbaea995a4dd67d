//! Names in a headline or a label line in Title Case, where capitals do
//! not mark names: only gazetteer places, acronyms and a person's name
//! opened by a listed given name are classified there; other capitalised
//! words become unclassified candidates that resolution may link to names
//! of the running text.

use parallax_model::{Evidence, Kind};

use super::finder::SentenceFinder;
use super::is_acronym;
use crate::lexicon::{self, Flags};
use crate::text::Shape;

impl SentenceFinder<'_> {
    /// Whether the sentence is a headline in Title Case, where capitals do
    /// not mark names. One that ends on a period is a headline only when it
    /// is long and capitalises every word: a deck ("A Political Newcomer …
    /// Confirmed The Winner Of The Election.").
    pub(super) fn is_headline(&self) -> bool {
        let last = self.token(self.end.wrapping_sub(1)).map(|t| t.text(self.text));
        let stopped = last == Some(".");
        let mut words = 0;
        for token in (self.start..self.end).filter_map(|i| self.token(i)) {
            // A deck capitalises its short words too ("Of The").
            if stopped && token.is_word() && !token.is_capitalized() {
                return false;
            }
            if token.is_word() && token.text(self.text).chars().nth(3).is_some() {
                if !token.is_capitalized() {
                    return false;
                }
                words += 1;
            }
        }
        words >= if stopped { 6 } else { 3 }
    }

    /// In a headline only gazetteer places and acronyms count; other
    /// capitalised words become unclassified candidates that resolution may
    /// link to names found in the running text.
    pub(super) fn headline_names(&mut self) {
        let mut i = self.start;
        while i < self.end {
            if !self.name_like(i) {
                i += 1;
                continue;
            }
            if let Some(end) = self.credit_at(i) {
                i = end;
                continue;
            }
            // Only the run's first words can make a place: do not scan the
            // rest of a long run at each of its words.
            let run_end = self.run_end_before(i, i.saturating_add(*lexicon::PLACE_MAX_WORDS));
            if let Some(len) = self.place_at(i, run_end) {
                self.push_name(i, i + len, Some((Kind::Place, Evidence::Gazetteer)));
                i += len;
                continue;
            }
            if let Some(len) = self.headline_person_at(i, run_end) {
                let given = self.tokens[i].text(self.text).to_string();
                self.push_name(i, i + len, Some((Kind::Person, Evidence::GivenName(given))));
                i += len;
                continue;
            }
            let flags = self.flags(i);
            let shouted = flags.has(Flags::COMMON_WORD) && self.tokens[i].text(self.text).chars().nth(3).is_some();
            // "Snowy Hydro CEO Apologises": an abbreviation of a role or a
            // thing ("CEO", "GDP") names no body here either.
            let thing = lexicon::is_common_acronym(self.word(i));
            let state = self.push_state_code(i).is_some();
            if !state && is_acronym(self.tokens[i].text(self.text)) && !shouted && !thing {
                self.push_name(i, i + 1, Some((Kind::Organization, Evidence::Acronym)));
            } else if !state && !flags.has(Flags::COMMON_WORD) && !flags.has(Flags::DEMONYM) {
                self.push_name(i, i + 1, None);
            }
            i += 1;
        }
    }

    /// The length of a person's name at `i` in a Title Case line: a given
    /// name from the list (not one that is also a common word or a place)
    /// then one to three unknown capitalised words ("By Ana Ruiz and Li
    /// Wei", "Ana Ruiz and Tom Baker, Wire Service"); `None` otherwise.
    fn headline_person_at(&self, i: usize, run_end: usize) -> Option<usize> {
        let flags = self.flags(i);
        let given = flags.has(Flags::GIVEN_NAME) && !flags.has(Flags::COMMON_WORD) && !flags.has(Flags::PLACE);
        if !given || self.tokens[i].shape != Shape::Capitalized {
            return None;
        }
        let surname = |j: usize| {
            let token = self.tokens[j];
            (token.shape == Shape::Capitalized || token.shape == Shape::Initial)
                && self.name_like(j)
                && self.is_unknown(j)
                && !self.is(j, Flags::PLACE)
                && !self.is(j, Flags::ORG_HEAD)
        };
        let len = (i + 1..run_end.min(i + 4)).take_while(|&j| surname(j)).count();
        (len > 0).then_some(len + 1)
    }
}
