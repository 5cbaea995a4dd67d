//! What a name is made of: its folded key for matching other forms of it,
//! its acronym shape, its possessive, its adjective suffix, the phrase a
//! run of words makes, and where it starts past a sentence's ordinary
//! first word.

use std::sync::Arc;

use parallax_model::{Evidence, Kind};

use super::finder::{Cues, SentenceFinder};
use super::{LEGAL_FORMS, NAME_CONNECTORS, list};
use crate::hash::FastMap;
use crate::lexicon::{self, Flags};
use crate::text::{Shape, Token, fold};

/// "TotalEnergies", "SNUipp", "PayPal": a capital after a lower-case letter,
/// as brand names are written, unlike surnames ("McDonald", "DiCaprio",
/// "MacArthur", "O'Brien", "DeSantis", "LeBron").
pub(super) fn has_inner_capital(word: &str) -> bool {
    const SURNAME_PREFIXES: &[&str] = &["Mc", "Mac", "Di", "De", "Da", "Le", "La", "Van", "Von", "Du", "Fitz"];
    let head = before_hyphen(word);
    let mut chars = head.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if let Some(&(at, next)) = chars.peek()
            && c.is_lowercase()
            && next.is_uppercase()
        {
            // The first such capital decides, by what comes before it.
            return !SURNAME_PREFIXES.contains(&&head[..at]);
        }
    }
    false
}

/// Text with runs of whitespace collapsed to one space and none at either
/// end (`split_whitespace` joined by spaces), built piece by piece.
#[derive(Default)]
pub(super) struct Phrase {
    pub(super) text: String,
    /// Whitespace was pushed since the last word.
    pub(super) space: bool,
    /// The length of `text` after each token (see
    /// [`SentenceFinder::normalized_phrase`]).
    pub(super) ends: Vec<usize>,
}

impl Phrase {
    pub(super) fn clear(&mut self) {
        self.text.clear();
        self.space = false;
        self.ends.clear();
    }

    pub(super) fn push(&mut self, piece: &str) {
        if piece.bytes().all(|b| b > b' ' && b.is_ascii()) {
            // No whitespace in it, as in any folded token.
            self.push_part(piece);
            return;
        }
        if !piece.is_empty() && piece.bytes().all(|b| b.is_ascii_whitespace()) {
            // Only whitespace, as between most tokens: what splitting it
            // below would leave, without the splitting.
            self.space = true;
            return;
        }
        let mut parts = piece.split(char::is_whitespace);
        // The first part continues the current word; the others follow
        // whitespace.
        if let Some(first) = parts.next() {
            self.push_part(first);
        }
        for part in parts {
            self.space = true;
            self.push_part(part);
        }
    }

    pub(super) fn push_part(&mut self, part: &str) {
        if part.is_empty() {
            return;
        }
        if self.space && !self.text.is_empty() {
            self.text.push(' ');
        }
        self.space = false;
        self.text.push_str(part);
    }

    /// The phrase of the first `tokens` tokens.
    pub(super) fn prefix(&self, tokens: usize) -> &str {
        let end = tokens.checked_sub(1).and_then(|k| self.ends.get(k)).copied().unwrap_or(0);
        self.text.get(..end).unwrap_or("")
    }
}

/// A legal-form suffix, with or without its periods ("Corp", "S.A.").
pub(super) fn is_legal_form(folded: &str) -> bool {
    if folded.contains('.') {
        LEGAL_FORMS.contains(&folded.replace('.', "").as_str())
    } else {
        LEGAL_FORMS.contains(&folded)
    }
}

/// The name without a possessive ending: "Cuba's" → "Cuba".
pub(crate) fn strip_possessive(name: &str) -> &str {
    if !name.ends_with(['s', 'S']) {
        // Asked of every word of every name: most end otherwise.
        return name;
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = name.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    name
}

/// `word` up to its first hyphen, found by a plain byte loop: names are
/// short, and the general searcher `split` sets up cost more than the scan.
pub(super) fn before_hyphen(word: &str) -> &str {
    let at = word.bytes().position(|b| b == b'-').unwrap_or(word.len());
    word.get(..at).unwrap_or(word)
}

/// Capitals only, two to eight letters, digits allowed after the first
/// letter ("WHO", "G20", "U.S."), or an acronym leading a hyphenated name
/// ("IMSS-Bienestar").
pub(crate) fn is_acronym(word: &str) -> bool {
    let head = before_hyphen(word);
    // One pass, which most names leave at their second letter.
    let (mut letters, mut digits) = (0, 0);
    for c in head.chars() {
        if !(c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&') {
            return false;
        }
        letters += usize::from(c.is_alphabetic());
        digits += usize::from(c.is_ascii_digit());
    }
    head.chars().next().is_some_and(char::is_uppercase) && (letters >= 2 || digits > 0) && letters <= 8
}

/// The folded parts of a name, for alias matching: split at spaces,
/// hyphens, periods and apostrophes; connectors dropped.
pub(crate) fn name_key(name: &str) -> Vec<String> {
    let folded = fold(strip_possessive(name));
    let is_initialism = folded.len() <= 12 && folded.matches('.').count() >= 2 && !folded.contains(' ');
    if is_initialism {
        // "U.S." and "US" are the same key.
        return vec![folded.replace('.', "")];
    }
    let parts: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty() && !NAME_CONNECTORS.contains(part) && !GENERATIONS.contains(part))
        .map(str::to_string)
        .collect();
    // "D.K. Pathak" and "DK Pathak", "J. R. R. Tolkien" and "JRR
    // Tolkien": initials written apart are one part.
    let mut joined: Vec<String> = Vec::with_capacity(parts.len());
    let mut initials = false;
    for part in parts {
        let initial = part.chars().count() == 1;
        match joined.last_mut() {
            Some(last) if initial && initials => last.push_str(&part),
            _ => joined.push(part),
        }
        // The last part holds only initials while initials follow.
        initials = initial;
    }
    let mut parts = joined;
    // "Bill Okafor" and "William Okafor" are one name: a nickname that
    // opens a name of several words stands for its given name. So does one
    // alone that is no common word ("my wife Maggie" after "Maggie
    // Okafor"; "Bill" may be a law).
    if parts.len() >= 2 || parts.len() == 1 && !crate::lexicon::is_common_word(&parts[0]) {
        if let Some(given) = crate::lexicon::given_name_of_nickname(&parts[0]) {
            parts[0] = given.to_string();
        }
    }
    parts
}

/// Generational suffixes, which are no part of a name's key: "William
/// Okafor Jr." is "William Okafor".
const GENERATIONS: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// The keys of the names and dates of one report, by how they are written.
///
/// A report names the same people and places again and again; computing
/// each key once and sharing it saves folding, splitting and allocating it
/// for every mention (5% of the analysis, and as much again freeing them).
#[derive(Default)]
pub(crate) struct Keys {
    names: FastMap<String, Arc<[String]>>,
    dates: FastMap<String, Arc<[String]>>,
}

impl Keys {
    /// [`name_key`] of `name`.
    pub(crate) fn name(&mut self, name: &str) -> Arc<[String]> {
        Keys::memo(&mut self.names, name, || name_key(name).into())
    }

    /// The key of a date: its folded text.
    pub(crate) fn date(&mut self, date: &str) -> Arc<[String]> {
        Keys::memo(&mut self.dates, date, || Arc::new([fold(date)]))
    }

    pub(super) fn memo(
        keys: &mut FastMap<String, Arc<[String]>>,
        text: &str,
        key: impl FnOnce() -> Arc<[String]>,
    ) -> Arc<[String]> {
        if let Some(known) = keys.get(text) {
            return Arc::clone(known);
        }
        let key = key();
        keys.insert(text.to_string(), Arc::clone(&key));
        key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn keys_fold_accents_case_and_hyphens() {
        assert_eq!(name_key("Díaz-Canel"), name_key("Diaz-Canel"));
        assert_eq!(name_key("Pemex-Exploración"), name_key("PEMEX Exploracion"));
        assert_eq!(name_key("Ursula von der Leyen"), ["ursula", "leyen"]);
        assert_eq!(name_key("Cuba's"), ["cuba"]);
        assert_eq!(name_key("U.S."), name_key("US"));
        assert_eq!(name_key("D.K. Pathak"), ["dk", "pathak"]);
        assert_eq!(name_key("DK Pathak"), ["dk", "pathak"]);
        assert_eq!(name_key("J. R. R. Tolkien"), name_key("JRR Tolkien"));
        assert_eq!(name_key("John F. Kennedy"), ["john", "f", "kennedy"]);
    }

    #[test]
    pub(super) fn inner_capitals_mark_brands_not_surnames() {
        for yes in ["TotalEnergies", "PayPal", "eBay", "ÉtatMajor", "PayPal-Owned"] {
            assert!(has_inner_capital(yes), "{yes}");
        }
        for no in [
            "McDonald", "McDonaldCorp", "DiCaprio", "MacArthur", "O'Brien", "DeSantis", "Cuba", "IMSS", "", "x",
            "Díaz-Canel",
        ] {
            assert!(!has_inner_capital(no), "{no}");
        }
    }

    #[test]
    pub(super) fn acronym_shapes() {
        for yes in ["WHO", "G20", "U.S.", "IMF", "AT&T", "NATO-led"] {
            assert!(is_acronym(yes), "{yes}");
        }
        for no in ["Who", "A", "who", "Cuba", "ABCDEFGHIJ"] {
            assert!(!is_acronym(no), "{no}");
        }
    }
}

/// Suffixes that make an adjective of a name ("London-bound",
/// "Abu Dhabi-based"): the name is what comes before the hyphen.
const ADJECTIVE_SUFFIXES: &[&str] = &[
    "-backed", "-based", "-born", "-bound", "-controlled", "-funded", "-headquartered", "-led", "-linked",
    "-listed", "-made", "-owned", "-registered", "-run", "-style", "-flagged", "-bred", "-trained", "-educated",
    "-represented", "-affiliated", "-operated", "-sponsored", "-allied", "-winning", "-winner", "-nominated", "-hit",
    "-stricken", "-ravaged", "-affected",
];

/// Heads of a facility's name that also head an organization's: the
/// building, or the body that runs it.
const FACILITY_HEADS: &[&str] = &["hospital", "clinic", "school", "college", "centre", "center", "museum"];

/// Prepositions that place what happens at, in or near a facility.
const LOCATIVES: &[&str] = &["at", "to", "in", "into", "from", "near", "outside", "inside", "within"];

/// The length in bytes of the adjective suffix `word` ends with, if any,
/// after at least two bytes of name.
///
/// Asked of every word of every run of names: the suffixes hold no hyphen
/// but their first, so the word's part after its last hyphen is compared
/// with them, in place; lower-casing a copy of each word was 2% of the
/// analysis. The hyphen is found by a plain byte loop, as in
/// [`before_hyphen`].
#[inline]
pub(super) fn adjective_suffix(word: &str) -> Option<usize> {
    let hyphen = word.bytes().rposition(|b| b == b'-')?;
    let (name, after) = (word.get(..hyphen)?, word.get(hyphen + 1..)?);
    let known = ADJECTIVE_SUFFIXES.iter().any(|suffix| suffix[1..].eq_ignore_ascii_case(after));
    (known && name.len() > 1).then_some(after.len() + 1)
}

/// Phrases of a sentence's tokens, as the gazetteer and the name lists
/// look them up.
impl<'a> SentenceFinder<'a> {
    /// Whether "May" at token `i` is a surname after a given name ("Theresa
    /// May"), not the month nor the modal verb.
    pub(super) fn is_month_surname(&self, i: usize) -> bool {
        let capitalized = self.token(i).is_some_and(|t| t.shape == Shape::Capitalized);
        capitalized && self.word(i) == "may" && i > self.start && self.is(i - 1, Flags::GIVEN_NAME)
    }

    /// Whether the capital letter at token `i` is an initial written
    /// without its period, before a name or other such initials: "K
    /// Ponmudy", "S K Mittal". Never "A" nor "I", which are words.
    pub(super) fn is_bare_initial(&self, i: usize) -> bool {
        let shape = |k: usize| self.token(k).map(|t| t.shape);
        if matches!(self.token(i).map(|t| t.text(self.text)), Some("A" | "I") | None) {
            return false;
        }
        let mut k = i + 1;
        while shape(k) == Some(Shape::Initial) && k < i + 3 {
            k += 1;
        }
        shape(k) == Some(Shape::Capitalized)
    }

    /// What a run no rule classified says by the speech cue after it ("X
    /// said"): a single unknown word that speaks may be a person named by
    /// surname or an organization, which only the report as a whole tells
    /// (see `resolve`), so it gets the cue as evidence and no kind yet.
    pub(super) fn weak_evidence(&self, from: usize, to: usize, cues: &Cues<'_>) -> Option<Evidence> {
        let words: Vec<usize> = (from..to).filter(|&j| self.tokens[j].is_word()).collect();
        let &[word] = words.as_slice() else { return None };
        let cue = cues.speech?;
        // "Projections say…", "Eyewitnesses told…": a plural noun opening
        // a sentence speaks, but names no one.
        let plural_noun = ["ions", "nesses", "ments", "ists"].iter().any(|s| self.word(word).ends_with(s));
        if plural_noun && self.is_sentence_initial(word) {
            return None;
        }
        (self.is_unknown(word) && !self.is(word, Flags::PLACE)).then(|| Evidence::Cue(cue.to_string()))
    }

    /// "airlines such as Delta, United and American", "carmakers,
    /// including Ford": the names a list of bodies in the plural
    /// introduces are bodies. The cue, if the run at `from` is on such a
    /// list.
    pub(super) fn roles_listed_before(&self, from: usize) -> Option<String> {
        // Most names follow no list word: asked of every run, this returns
        // at once for them.
        if from <= self.start || !matches!(self.word(from - 1), "as" | "including" | "like" | "," | "and" | "or") {
            return None;
        }
        let floor = from.saturating_sub(12).max(self.start);
        let mut k = from;
        // Back over the list's earlier names.
        while k > floor && !matches!(self.word(k - 1), "as" | "including" | "like") {
            let listed = matches!(self.word(k - 1), "," | "and" | "or") || self.tokens[k - 1].is_capitalized();
            if !listed {
                return None;
            }
            k -= 1;
        }
        let mut r = k.checked_sub(1).filter(|&r| r > floor)?;
        let intro = match self.word(r) {
            "as" => {
                r = r.checked_sub(1).filter(|&r| self.word(r) == "such")?;
                "such as"
            }
            word => word,
        };
        if self.word(r - 1) == "," {
            r -= 1;
        }
        let role = self.word(r.checked_sub(1)?);
        let one = role.strip_suffix("ies").map(|stem| format!("{stem}y")).or_else(|| role.strip_suffix('s').map(String::from))?;
        let lower = self.tokens[r - 1].shape == Shape::Lower || self.is_sentence_initial(r - 1);
        (lower && lexicon::flags(&one).has(Flags::ORG_ROLE)).then(|| format!("{role} {intro}"))
    }

    /// Past a sentence opener that is an ordinary word ("Hospitals",
    /// "Despite") and the words up to the next name-like one.
    pub(super) fn past_ordinary_opener(&self, mut from: usize, to: usize) -> usize {
        if from < to && self.is_sentence_initial(from) {
            let flags = self.flags(from);
            // "Bill Okafor thanked…": a given name that is also a word,
            // before a surname, opens a person's name.
            let given_then_surname =
                flags.has(Flags::AMBIGUOUS_GIVEN_NAME) && from + 1 < to && self.is_unknown(from + 1);
            // "Prosecutors asked…", "Judges ruled…": a role in the plural
            // opening a sentence names no one.
            let role_plural = self.word(from).strip_suffix('s').is_some_and(lexicon::is_title);
            // A listed name: "Royal Dutch Shell has agreed", "Shell said",
            // "Labour will have" (not "Shell casings").
            let acts = || self.is(to, Flags::SPEECH_VERB) || matches!(self.word(to), "will" | "would" | "has" | "had" | "won");
            let listed = || match to - from {
                1 => flags.has(Flags::COMPANY) && acts(),
                _ => self.is_company(from, to),
            };
            let ordinary = (flags.has(Flags::COMMON_WORD) || role_plural)
                && !flags.has(Flags::ORG_HEAD)
                && !self.spelled_by_acronym(from, to)
                && !flags.has(Flags::GIVEN_NAME)
                && !given_then_surname
                && self.place_at(from, to).is_none()
                && !listed();
            if ordinary && !flags.has(Flags::TITLE) {
                from += 1;
                while from < to && !self.name_like(from) {
                    from += 1;
                }
            }
        }
        from
    }

    /// Whether the capitalised function word at token `i`, inside a
    /// sentence, opens an organization's name: capitalised words follow it
    /// up to an organization head ("the All Progressives Congress").
    pub(super) fn opens_organization(&self, i: usize) -> bool {
        const WINDOW: usize = 4;
        if self.is_sentence_initial(i) || self.tokens[i].shape != Shape::Capitalized || self.word(i) == "the" {
            return false;
        }
        for j in i + 1..(i + 1 + WINDOW).min(self.end) {
            let Some(next) = self.token(j) else { return false };
            if next.shape != Shape::Capitalized || self.is(j, Flags::STOPWORD) {
                return false;
            }
            if self.is(j, Flags::ORG_HEAD) {
                return true;
            }
        }
        false
    }

    /// When the run ending before `end` ends with a word that names things
    /// by number ("Local", "Highway", "Route") and a number follows, the
    /// kind and evidence of the whole, and where it ends: after the number,
    /// and the capital glued to it ("Interstate 35W", "Terminal 2B").
    pub(super) fn numbered_name(&self, end: usize) -> Option<(Kind, Evidence, usize)> {
        // "the Group of 20", "the Group of Seven": a club of countries.
        let spelled = |k: usize| matches!(self.word(k), "two" | "three" | "five" | "seven" | "eight" | "ten" | "twenty");
        let count = |k: usize| self.token(k).is_some_and(|t| t.shape == Shape::Number) || spelled(k);
        if end > 0 && self.word(end - 1) == "group" && self.word(end) == "of" && count(end + 1) && !self.is_used(end + 1) {
            return Some((Kind::Organization, Evidence::OrganizationHead(String::from("group")), end + 2));
        }
        let number = self.token(end)?;
        let plain = number.shape == Shape::Number
            && number.space_before
            && number.text(self.text).len() <= 5
            && number.text(self.text).bytes().all(|b| b.is_ascii_digit());
        if !plain || self.is_used(end) {
            return None;
        }
        let head = self.word(end - 1);
        let kind = if NUMBERED_ORGANIZATIONS.contains(&head) {
            Kind::Organization
        } else if NUMBERED_PLACES.contains(&head) {
            Kind::Place
        } else {
            return None;
        };
        let evidence = match kind {
            Kind::Organization => Evidence::OrganizationHead(head.to_string()),
            _ => Evidence::PlaceHead(head.to_string()),
        };
        let letter = self.token(end + 1).filter(|t| !t.space_before).map(|t| t.text(self.text));
        let lettered = letter.is_some_and(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_uppercase()));
        let after = end + 1 + usize::from(lettered);
        // "Channel 4 News": a broadcaster's newsroom.
        let capital = self.token(after).is_some_and(|t| t.is_capitalized());
        let news = kind == Kind::Organization && capital && self.word(after) == "news";
        Some((kind, evidence, after + usize::from(news)))
    }

    /// Whether the name ending before token `to` ends in a possessive
    /// ("Sarkozy's", "Sarkozy’s", "Jones'").
    pub(super) fn possessive_before(&self, to: usize) -> bool {
        to > self.start
            && self.token(to - 1).is_some_and(|t| {
                let word = t.text(self.text);
                strip_possessive(word).len() < word.len()
            })
    }

    /// Finds, at `i`, a US state as news writes it after a town and a
    /// comma: its postal code in capitals ("Jackson, MS", "Eagle Pass,
    /// TX") or its abbreviation, period and all ("Lassen National Forest,
    /// Calif.", "BLY, Ore. –"). A place, no title ("Ms", "Miss.") nor
    /// acronym. Where it ends, if it is there.
    pub(super) fn push_state_code(&mut self, i: usize) -> Option<usize> {
        let town = |t: &Token| matches!(t.shape, Shape::Capitalized | Shape::AllCaps);
        let after_town = i >= self.start + 2 && self.word(i - 1) == "," && self.token(i - 2).is_some_and(town);
        if !after_town {
            return None;
        }
        let shape = self.token(i).map(|t| t.shape);
        let end = if shape == Some(Shape::AllCaps) && US_POSTAL_CODES.contains(&self.word(i)) {
            i + 1
        } else if STATE_ABBREVIATIONS.contains(&self.word(i)) && self.glued_period(i + 1) {
            i + 2
        } else {
            return None;
        };
        self.push_name(i, end, Some((Kind::Place, Evidence::Cue(String::from("a US state after a place")))));
        Some(end)
    }

    /// Whether the run `from..to` names someone who speaks or holds a
    /// role: "said Lima Khanom", "Lima Khanom, duty officer of the control
    /// room". A known place opening such a run is a given name.
    pub(super) fn names_speaker(&self, from: usize, to: usize) -> bool {
        let lower = |i: usize| self.token(i).is_some_and(|t| t.shape == Shape::Lower);
        let said_before = from > self.start && lower(from - 1) && self.is(from - 1, Flags::SPEECH_VERB);
        let comma_after = self.token(to).is_some_and(|t| t.text(self.text) == ",");
        let role_after = comma_after && (to + 1..to + 4).take_while(|&j| lower(j)).any(|j| self.is(j, Flags::TITLE));
        said_before || role_after
    }

    /// The preposition that puts the facility named `from..to` where
    /// something happens ("taken to John Hunter Hospital", "at the LEA
    /// Primary School"): the name then is a place; the body that runs the
    /// facility, when it acts ("the hospital said"), is an organization.
    pub(super) fn facility_located(&self, from: usize, names: &[usize]) -> Option<&'a str> {
        let &[_, .., last] = names else { return None };
        if !FACILITY_HEADS.contains(&self.word(last)) || from == 0 {
            return None;
        }
        let mut before = from - 1;
        if matches!(self.word(before), "the" | "its" | "their") && before > 0 {
            before -= 1;
        }
        let word = self.word(before);
        // "according to the Seismology Center" cites a body.
        let cites = word == "to" && before > 0 && matches!(self.word(before - 1), "according" | "due" | "thanks");
        (LOCATIVES.contains(&word) && !cites).then_some(word)
    }

    /// Whether token `i` opens a county's name, "Co" and the name: "Co
    /// Kerry", "Co. Durham"; not "Co., Ltd." nor "Samsung Co".
    pub(super) fn is_county(&self, i: usize) -> bool {
        if !self.token(i).is_some_and(|t| t.text(self.text) == "Co") {
            return false;
        }
        let name = if self.glued_period(i + 1) { i + 2 } else { i + 1 };
        let named = self.token(name).is_some_and(|t| t.shape == Shape::Capitalized);
        named && !self.is(name, Flags::ORG_HEAD) && !self.in_list(name, list::LEGAL_FORM)
    }

    /// Length of the longest gazetteer place starting at `from` within `..to`.
    pub(super) fn place_at(&self, from: usize, to: usize) -> Option<usize> {
        // Processing a run asks this of it more than once (an event's
        // name? a place opening it?): the last answer is kept.
        if let Some((at, end, len)) = self.last_place.get()
            && (at, end) == (from, to)
        {
            return len;
        }
        let max = (*lexicon::PLACE_MAX_WORDS).min(to.saturating_sub(from));
        // A possessive is no part of the place: "South Africa's minister".
        let possessive = |k: usize| {
            let word = self.tokens[k].text(self.text);
            word.ends_with(['s', '\'', '’']) && strip_possessive(word).len() < word.len()
        };
        let len = match max {
            0 => None,
            // A folded token holds no whitespace: it is its own phrase.
            1 if !possessive(from) => self.is(from, Flags::PLACE).then_some(1),
            _ => {
                let last = from + max - 1;
                let cut = if possessive(last) {
                    let word = self.tokens[last].span();
                    word.start + strip_possessive(word.slice(self.text)).len()
                } else {
                    usize::MAX
                };
                self.with_phrase(from, from + max, cut, |phrase| {
                    (1..=max).rev().find(|&len| phrase.ends.len() >= len && lexicon::is_place(phrase.prefix(len)))
                })
            }
        };
        self.last_place.set(Some((from, to, len)));
        len
    }

    /// Calls `f` with `normalize_space(fold(text))` of the text of tokens
    /// `from..to` cut at byte `cut`, built from the tokens' folded forms
    /// (the gazetteer tries every window of a run; folding each afresh was
    /// a tenth of the analysis). Its [`Phrase::prefix`]es are the same of
    /// shorter runs.
    pub(super) fn with_phrase<R>(&self, from: usize, to: usize, cut: usize, f: impl FnOnce(&Phrase) -> R) -> R {
        let mut phrase = self.phrase.take();
        phrase.clear();
        self.build_phrase(from, to, cut, &mut phrase);
        let result = f(&phrase);
        self.phrase.set(phrase);
        result
    }

    pub(super) fn build_phrase(&self, from: usize, to: usize, cut: usize, phrase: &mut Phrase) {
        let Some(first) = self.tokens.get(from) else {
            return;
        };
        let mut at = first.span().start;
        for k in from..to.min(self.tokens.len()) {
            let token = self.tokens[k].span();
            let gap = self.text.get(at..token.start.min(cut)).unwrap_or("");
            if gap.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                // Spaces, as a rule: their own folded form.
                phrase.push(gap);
            } else {
                phrase.push(&fold(gap));
            }
            if token.start >= cut {
                break;
            }
            if token.end <= cut {
                phrase.push(self.folded.get(k));
            } else {
                phrase.push(&fold(self.text.get(token.start..cut).unwrap_or("")));
            }
            phrase.ends.push(phrase.text.len());
            at = token.end;
        }
    }
}

/// Words that name an organization by its number: "Local 1245" (a union's
/// branch), "Channel 4", "Fox 9" (broadcasters); "Chapter 11" is a law,
/// not one of these.
const NUMBERED_ORGANIZATIONS: &[&str] = &["local", "lodge", "channel", "fox"];

/// Words that name a place or a way by its number: "Highway 5", "Route 66",
/// "Interstate 95", "Terminal 2".
const NUMBERED_PLACES: &[&str] = &["highway", "route", "interstate", "motorway", "terminal", "pier", "ward", "precinct"];

/// US states' postal codes, as datelines and site titles write them after
/// a town ("Jackson, MS").
const US_POSTAL_CODES: &[&str] = &[
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me",
    "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",
    "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
];

/// US states as news abbreviates them, with a period, after a place
/// ("Calif.", "Ore."); only there, as several are also words ("Mass",
/// "Wash").
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
    "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo",
];
