//! What the kind model sees of an entity: features of each of its
//! mentions (the rule's own decision and evidence, the words of the name,
//! the words around it) and of the entity in its report (how its name
//! relates to the other names).
//!
//! Features are strings `prefix:value` when the model is trained and read
//! (so its file can be read by a person), and a 64-bit FNV-1a hash of the
//! same bytes while analysing, so that no feature is ever allocated.

use parallax_model::{Evidence, Kind, Span};

use crate::lexicon::{self, Flags};
use crate::names::Candidate;
use crate::text::{Prepared, Shape};
use parallax_model::text::fold_cow;

/// Where features go: a hash of each, or its text.
pub(crate) trait Sink {
    fn add(&mut self, prefix: &str, value: &str);
}

/// FNV-1a over the bytes of `prefix`, `:` and `value`: the hash of the
/// feature `prefix:value`, the same on every platform.
pub(crate) fn hash(prefix: &str, value: &str) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for byte in prefix.bytes().chain(std::iter::once(b':')).chain(value.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The hash of a feature written out as `prefix:value`.
pub(crate) fn hash_of(feature: &str) -> u64 {
    match feature.split_once(':') {
        Some((prefix, value)) => hash(prefix, value),
        None => hash(feature, ""),
    }
}

impl Sink for Vec<u64> {
    fn add(&mut self, prefix: &str, value: &str) {
        self.push(hash(prefix, value));
    }
}

impl Sink for Vec<String> {
    fn add(&mut self, prefix: &str, value: &str) {
        self.push(format!("{prefix}:{value}"));
    }
}

/// The label of a kind in feature values.
pub(crate) fn kind_name(kind: Option<Kind>) -> &'static str {
    kind.map_or("none", Kind::as_str)
}

/// The evidence's sort, without what it names (the cue's word stays: it
/// is general vocabulary, "said", "mayor of").
fn evidence_name(evidence: Option<&Evidence>) -> (&'static str, &str) {
    match evidence {
        None => ("none", ""),
        Some(Evidence::Gazetteer) => ("gazetteer", ""),
        Some(Evidence::Title(_)) => ("title", ""),
        Some(Evidence::OrganizationHead(head)) => ("org-head", head.as_str()),
        Some(Evidence::GivenName(_)) => ("given-name", ""),
        Some(Evidence::Acronym) => ("acronym", ""),
        Some(Evidence::AcronymDefinition(_)) => ("acronym-definition", ""),
        Some(Evidence::PlaceHead(head)) => ("place-head", head.as_str()),
        Some(Evidence::NameShape) => ("name-shape", ""),
        Some(Evidence::Cue(cue)) => ("cue", cue.as_str()),
        Some(Evidence::Alias(_)) => ("alias", ""),
        Some(Evidence::Calendar) => ("calendar", ""),
        Some(Evidence::Number) => ("number", ""),
        Some(Evidence::Correction(_)) => ("correction", ""),
        Some(Evidence::Listed(list)) => ("listed", list.as_str()),
    }
}

/// The lexicon's flags of a word, as feature values.
const FLAG_NAMES: [(Flags, &str); 10] = [
    (Flags::PLACE, "place"),
    (Flags::DEMONYM, "demonym"),
    (Flags::AMBIGUOUS_GIVEN_NAME, "ambiguous-given"),
    (Flags::GIVEN_NAME, "given"),
    (Flags::TITLE, "title"),
    (Flags::PLACE_HEAD, "place-head"),
    (Flags::STOPWORD, "stopword"),
    (Flags::ORG_HEAD, "org-head"),
    (Flags::COMMON_WORD, "common"),
    (Flags::COMPASS, "compass"),
];

fn flags_of(prefix: &str, word: &str, sink: &mut impl Sink) {
    let flags = lexicon::flags(word);
    let mut any = false;
    for (flag, name) in FLAG_NAMES {
        if flags.has(flag) {
            sink.add(prefix, name);
            any = true;
        }
    }
    if !any {
        sink.add(prefix, "unlisted");
    }
}

/// The shape of a name's text.
fn shape(name: &str) -> &'static str {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let upper = name.chars().filter(|c| c.is_uppercase()).count();
    if name.chars().any(|c| c.is_ascii_digit()) {
        "digits"
    } else if letters > 1 && upper == letters {
        "caps"
    } else if name.split_whitespace().any(|w| w.chars().skip(1).any(char::is_uppercase)) {
        "inner-capital"
    } else {
        "capitalized"
    }
}

/// Features of one mention: `candidate` of the report `text`, prepared as
/// `prep`.
pub(crate) fn of_mention(text: &str, prep: &Prepared, candidate: &Candidate, sink: &mut impl Sink) {
    let (evidence, detail) = evidence_name(candidate.evidence.as_ref());
    sink.add("rule", kind_name(candidate.kind));
    sink.add("evidence", evidence);
    if !detail.is_empty() {
        sink.add(&format!("evidence-{evidence}"), &fold_cow(detail));
    }
    let name = candidate.span.slice(text);
    sink.add("shape", shape(name));
    let words: Vec<&str> = name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect();
    sink.add("words", ["0", "1", "2", "3", "4+"][words.len().min(4)]);
    if let Some(first) = words.first() {
        let first = fold_cow(first);
        flags_of("first", &first, sink);
    }
    if let Some(last) = words.last() {
        let last = fold_cow(last.trim_end_matches(['.', ',']));
        flags_of("last", &last, sink);
        sink.add("last", &last);
        let suffix: String = last.chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
        if last.chars().count() > 4 {
            sink.add("suffix", &suffix);
        }
    }
    let rest = &text[candidate.span.end.min(text.len())..];
    if rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("s'") {
        sink.add("after", "possessive");
    }
    context(prep, candidate.span, sink);
}

/// The words around a mention.
fn context(prep: &Prepared, span: Span, sink: &mut impl Sink) {
    let first = prep.first_token_from(span.start, 0..prep.tokens.len());
    let after = prep.first_token_from(span.end, first..prep.tokens.len());
    let word = |i: usize| -> Option<(&str, Shape)> { prep.tokens.get(i).map(|t| (prep.folded.get(i), t.shape)) };
    let sentence = prep.sentences.partition_point(|s| s.tokens.end <= first);
    let opens = prep.sentences.get(sentence).is_some_and(|s| s.tokens.start == first);
    if opens {
        sink.add("position", "opens-sentence");
    }
    for (prefix, at) in [("before", first.checked_sub(1)), ("before2", first.checked_sub(2))] {
        match at.and_then(word) {
            Some((w, Shape::Lower | Shape::Punct)) => sink.add(prefix, w),
            Some((_, Shape::Number)) => sink.add(prefix, "#"),
            Some((_, _)) => sink.add(prefix, "Capital"),
            None => sink.add(prefix, "^"),
        }
    }
    for (prefix, at) in [("after", after), ("after2", after + 1)] {
        match word(at) {
            Some((w, Shape::Lower | Shape::Punct)) => sink.add(prefix, w),
            Some((_, Shape::Number)) => sink.add(prefix, "#"),
            Some((_, _)) => sink.add(prefix, "Capital"),
            None => sink.add(prefix, "$"),
        }
    }
}
