//! Lists of names: "Kollam, Palakkad, Thrissur and Delhi", "the villages
//! of Buxton and Bargo". Names in one list are of one kind, so a list in
//! which some names are known places and none is known to be anything
//! else makes places of the names no rule typed, or typed a person by
//! their shape alone. Two places joined by a hyphen ("the US-China
//! talks") are two names.

use parallax_model::text::fold;
use parallax_model::{Evidence, Kind, Span};

use super::Candidate;
use super::finder::SentenceFinder;
use crate::lexicon::{self, Flags};
use crate::text::Shape;

/// What the evidence of the names turned into places says.
const CUE: &str = "a list of places";

/// Types the names of each list among `candidates` (one sentence's, in
/// text order) from its known places; see the module doc.
pub(super) fn type_lists(text: &str, candidates: &mut [Candidate]) {
    let mut start = 0;
    while start < candidates.len() {
        let mut end = start + 1;
        // "and" or "or" closes a list: "from Paris, France, and Qatar,
        // Mbappe renewed" lists no Mbappe.
        while let Some(closes) = candidates.get(end).and_then(|next| joined(text, &candidates[end - 1], next)) {
            end += 1;
            if closes {
                break;
            }
        }
        if let Some(list) = candidates.get_mut(start..end).filter(|list| list.len() >= 2) {
            type_list(text, list);
        }
        start = end;
    }
}

/// Whether `b` follows `a` in a list: only a comma, "and", "or" or ", and"
/// between them; `Some(true)` when "and" or "or" closes the list at `b`.
fn joined(text: &str, a: &Candidate, b: &Candidate) -> Option<bool> {
    // ", and " with a space or two more at most: most names are further apart.
    const LONGEST: usize = 8;
    if b.span.start.saturating_sub(a.span.end) > LONGEST {
        return None;
    }
    // "KwaZulu-Natal, Zuma's home province": a name in the possessive
    // after a comma describes the one before, in no list.
    let after = text.get(b.span.end..).unwrap_or_default();
    if after.starts_with(['\'', '’']) {
        return None;
    }
    let between = text.get(a.span.end..b.span.start)?;
    let trimmed = between.trim();
    let trimmed = trimmed.strip_prefix(',').map_or(trimmed, str::trim_start);
    if matches!(trimmed, "and" | "or") {
        return Some(true);
    }
    (trimmed.is_empty() && between.contains(',')).then_some(false)
}

/// Types the weak names of one list of two or more.
fn type_list(text: &str, list: &mut [Candidate]) {
    let weak = |c: &Candidate| c.kind.is_none() || matches!(c.evidence, Some(Evidence::NameShape));
    let places = list.iter().filter(|c| c.kind == Some(Kind::Place) && !weak(c)).count();
    let others = list.iter().filter(|c| c.kind != Some(Kind::Place) && !weak(c)).count();
    if places == 0 || others > 0 {
        return;
    }
    // Not a word ("Rescuers", "Australian") nor, in a list of two, a name
    // of two or more words that looks like a person's ("Ana Ruiz"); in a
    // longer list of places it is one more ("Jishishan Bao’an, Dongxiang,
    // Salar Autonomous County").
    let long = list.len() >= 3;
    let may_be_place = |c: &Candidate| {
        let first = c.span.slice(text).split_whitespace().next().unwrap_or("");
        let flags = lexicon::flags(&fold(first));
        let ordinary = flags.has(Flags::COMMON_WORD) || flags.has(Flags::DEMONYM);
        let one_word = c.key.len() == 1;
        !c.acronym && !ordinary && (c.kind.is_none() || one_word || long)
    };
    for candidate in list.iter_mut().filter(|c| weak(c) && may_be_place(c)) {
        candidate.kind = Some(Kind::Place);
        candidate.evidence = Some(Evidence::Cue(String::from(CUE)));
    }
}

impl SentenceFinder<'_> {
    /// "the US-China talks", "the Karnataka-Tamil Nadu border": two known
    /// places joined by a hyphen, before a word in lower case, are two
    /// places, not the name of a third ("Guinea-Bissau" is one). Pushes
    /// both and returns the token after the second; `None` otherwise.
    pub(super) fn place_pair_at(&mut self, i: usize) -> Option<usize> {
        let token = *self.token(i)?;
        let word = token.text(self.text);
        let hyphen = word.find('-')?;
        let (left, right) = (&word[..hyphen], &word[hyphen + 1..]);
        if left.is_empty() || right.is_empty() || lexicon::is_place(&fold(word)) || !lexicon::is_place(&fold(left)) {
            return None;
        }
        // The second place may go on past the token: "Tamil" "Nadu".
        let mut phrase = fold(right);
        let mut end = None;
        for k in i + 1..=(i + *lexicon::PLACE_MAX_WORDS).min(self.end) {
            if lexicon::is_place(&phrase) {
                end = Some(k);
            }
            let Some(next) = self.token(k).filter(|t| t.is_capitalized() && t.space_before) else { break };
            phrase.push(' ');
            phrase.push_str(&fold(next.text(self.text)));
        }
        // Or a place and a name of one word: "the Israel-Hamas war", whose
        // second name the report's other mentions type.
        let one_name = right.chars().next().is_some_and(char::is_uppercase) && !right.contains('-');
        let (end, second_kind) = match end {
            Some(end) => (end, Some((Kind::Place, Evidence::Gazetteer))),
            None if one_name => (i + 1, None),
            None => return None,
        };
        if self.token(end).is_some_and(|t| t.is_capitalized()) {
            return None;
        }
        let start = token.span().start;
        let second = Span::new(start + hyphen + 1, self.span_of(i, end).end);
        let first = (Span::new(start, start + hyphen), Some((Kind::Place, Evidence::Gazetteer)));
        for (span, class) in [first, (second, second_kind)] {
            let (kind, evidence) = class.unzip();
            self.found.claimed.push(span);
            self.found.candidates.push(Candidate {
                span,
                kind,
                evidence,
                key: self.keys.name(span.slice(self.text)),
                defines: None,
                acronym: false,
            });
        }
        self.mark(i, end);
        Some(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::Span;

    fn candidate(text: &str, name: &str, kind: Option<Kind>, evidence: Option<Evidence>) -> Candidate {
        let start = text.find(name).expect("name in text");
        Candidate {
            span: Span::new(start, start + name.len()),
            kind,
            evidence,
            key: std::sync::Arc::from(name.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>()),
            defines: None,
            acronym: false,
        }
    }

    #[test]
    fn and_closes_a_list() {
        let text = "from Lisbon, Tarro, and Quorr, Velm renewed";
        let mut list = vec![
            candidate(text, "Lisbon", Some(Kind::Place), Some(Evidence::Gazetteer)),
            candidate(text, "Tarro", None, None),
            candidate(text, "Quorr", None, None),
            candidate(text, "Velm", None, None),
        ];
        type_lists(text, &mut list);
        assert_eq!(list[2].kind, Some(Kind::Place), "{list:?}");
        assert_eq!(list[3].kind, None, "{list:?}");
    }

    #[test]
    fn names_listed_with_places_are_places() {
        let text = "from Velm, Lisbon, Tarro and Quorr.";
        let mut list = vec![
            candidate(text, "Velm", None, None),
            candidate(text, "Lisbon", Some(Kind::Place), Some(Evidence::Gazetteer)),
            candidate(text, "Tarro", Some(Kind::Person), Some(Evidence::NameShape)),
            candidate(text, "Quorr", None, None),
        ];
        type_lists(text, &mut list);
        assert!(list.iter().all(|c| c.kind == Some(Kind::Place)), "{list:?}");
    }

    #[test]
    fn a_long_list_of_places_takes_a_name_shaped_like_a_persons() {
        let text = "the seat of Jishan Baoan, Dongxia, Salar Autonomous County";
        let mut list = vec![
            candidate(text, "Jishan Baoan", Some(Kind::Person), Some(Evidence::NameShape)),
            candidate(text, "Dongxia", None, None),
            candidate(text, "Salar Autonomous County", Some(Kind::Place), Some(Evidence::PlaceHead("county".into()))),
        ];
        type_lists(text, &mut list);
        assert!(list.iter().all(|c| c.kind == Some(Kind::Place)), "{list:?}");
        // Two names: a person's shape stands.
        let text = "Tarro Velm and Lisbon";
        let mut list = vec![
            candidate(text, "Tarro Velm", Some(Kind::Person), Some(Evidence::NameShape)),
            candidate(text, "Lisbon", Some(Kind::Place), Some(Evidence::Gazetteer)),
        ];
        type_lists(text, &mut list);
        assert_eq!(list[0].kind, Some(Kind::Person));
    }

    #[test]
    fn a_list_with_a_known_person_is_left_alone() {
        let text = "Ana Ruiz, Lisbon and Quorr";
        let mut list = vec![
            candidate(text, "Ana Ruiz", Some(Kind::Person), Some(Evidence::GivenName(String::from("Ana")))),
            candidate(text, "Lisbon", Some(Kind::Place), Some(Evidence::Gazetteer)),
            candidate(text, "Quorr", None, None),
        ];
        type_lists(text, &mut list);
        assert_eq!(list[2].kind, None);
    }
}

impl SentenceFinder<'_> {
    /// The end of a list of words inside an organization's complement
    /// (`in_complement`: after its head and "of") that opens with the
    /// comma at `j`: "Ministry of Land, Infrastructure and Transport". Each
    /// item is one capitalised common word, and "and" closes the list; a
    /// known place or name ("Ministry of Health, Britain and France") is no
    /// such item.
    pub(super) fn complement_list_end(&self, j: usize, in_complement: bool) -> Option<usize> {
        if !in_complement {
            return None;
        }
        let item = |k: usize| {
            self.token(k).is_some_and(|t| t.shape == Shape::Capitalized)
                && !self.is_used(k)
                && self.is(k, Flags::COMMON_WORD)
                && !self.is(k, Flags::PLACE)
                && !self.is(k, Flags::TOWN)
                && !self.is(k, Flags::GIVEN_NAME)
        };
        let mut k = j;
        while self.word(k) == "," && item(k + 1) {
            k += 2;
        }
        let and = if self.word(k) == "," { k + 1 } else { k };
        (k > j && self.word(and) == "and" && item(and + 1)).then_some(and + 2)
    }
}
