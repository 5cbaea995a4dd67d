//! What one report says of a name in one place holds wherever the report
//! uses it: a name given whole is one name wherever its words stand
//! together, and a company's name opens its short form ("Acacia" of
//! "Acacia Communications Inc") wherever the report writes it alone; an
//! acronym the report defines is its body wherever it stands ("WHO:
//! Deaths of…"), and a storm's name is no one's ("Storm Daniel", then
//! "Daniel").

use std::sync::{Arc, LazyLock};

use parallax_model::{Evidence, Kind, Span};

use super::{Candidate, is_legal_form};
use crate::hash::{FastMap, FastSet};
use crate::lexicon::{self, Flags};
use crate::text::{Prepared, Shape};

/// Joins the neighbouring candidates that spell a name the report gives
/// whole elsewhere: a report that names "Bristol Myers Squibb (NYSE: BMY)"
/// names the company in its headline "Bristol Myers Squibb (BMY)" too,
/// where the words alone read as a place and a person. One report calls
/// one name by one kind wherever its words stand together.
pub(super) fn join_split_names(text: &str, candidates: &mut Vec<Candidate>) {
    let named = |c: &Candidate| matches!(c.kind, Some(Kind::Organization | Kind::Person | Kind::Place));
    let adjacent = |run: &[Candidate]| {
        run.windows(2).all(|w| {
            let gap = text.get(w[0].span.end..w[1].span.start);
            gap.is_some_and(|g| !g.is_empty() && g.bytes().all(|b| b == b' '))
        }) && run.iter().all(|c| c.kind != Some(Kind::Date) && c.defines.is_none())
    };
    // The first words of the runs of names side by side: most reports have
    // none, and nothing to join.
    let starts: FastSet<&str> = candidates
        .windows(2)
        .filter(|pair| adjacent(pair))
        .filter_map(|pair| pair[0].key.first().map(String::as_str))
        .collect();
    if starts.is_empty() {
        return;
    }
    // Names by their folded words, connectors dropped, as candidates are
    // keyed: a run spells one when its candidates' keys, end to end, are
    // its key.
    let mut whole: FastMap<&[String], usize> = FastMap::default();
    let mut openers: FastSet<&str> = FastSet::default();
    let may_join = |c: &Candidate| c.key.len() >= 2 && named(c) && starts.contains(c.key[0].as_str());
    for (i, c) in candidates.iter().enumerate().filter(|(_, c)| may_join(c)) {
        whole.entry(&c.key[..]).or_insert(i);
        openers.insert(c.key[0].as_str());
    }
    if whole.is_empty() {
        return;
    }
    // Where runs join, as (first candidate, how many, span, whole name);
    // most reports have none, and are left as they are.
    let mut joins: Vec<(usize, usize, Span, usize)> = Vec::new();
    let mut i = 0;
    while i + 1 < candidates.len() {
        let opens = candidates[i].key.first().is_some_and(|w| openers.contains(w.as_str()));
        let found = opens
            .then(|| {
                (2..=3).rev().find_map(|len| {
                    let run = candidates.get(i..i + len).filter(|run| adjacent(run))?;
                    let key: Vec<String> = run.iter().flat_map(|c| c.key.iter().cloned()).collect();
                    let span = Span::new(run[0].span.start, run[len - 1].span.end);
                    whole.get(key.as_slice()).map(|&w| (i, len, span, w))
                })
            })
            .flatten();
        i += found.map_or(1, |(_, len, _, _)| len);
        joins.extend(found);
    }
    if joins.is_empty() {
        return;
    }
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut new_index = vec![0; candidates.len()];
    let mut next = joins.into_iter().peekable();
    let mut i = 0;
    while i < candidates.len() {
        let join = next.next_if(|&(at, ..)| at == i);
        let len = join.map_or(1, |(_, len, _, _)| len);
        new_index[i..i + len].fill(out.len());
        out.push(match join {
            Some((_, _, span, w)) => Candidate { span, defines: None, acronym: false, ..candidates[w].clone() },
            None => candidates[i].clone(),
        });
        i += len;
    }
    for c in &mut out {
        c.defines = c.defines.map(|d| new_index[d]);
    }
    *candidates = out;
}

/// The heads of a business's name, and legal forms: the "Business and
/// industry" and legal-form sections of the organization heads
/// ("communications", "steel", "inc"). A council's or a department's name
/// opens with its place or its field ("Somerset Council", "Health
/// Department"), which are no short forms of it.
static BUSINESS_HEADS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::org_heads_in(&["Business and industry", "LEGAL-FORM"]));

/// Words that open many bodies' names ("National Grid", "United Airlines")
/// and so name none alone.
const GENERIC_OPENERS: &[&str] = &[
    "national", "united", "general", "international", "royal", "federal", "central", "first", "new", "global",
    "american", "british", "public", "state", "city", "county", "world", "great", "old",
];

/// Types, or adds, wherever the report writes it capitalised and alone,
/// the first word of a company's name whose other words are only a line
/// of business or a legal form ("Acacia Communications Inc", "Tata
/// Steel"): the report's short form of the company, which resolution then
/// joins to the full name. A word that opens many names ("National Grid")
/// is left.
pub(super) fn add_short_forms(text: &str, prep: &Prepared, candidates: &mut Vec<Candidate>) {
    let mut openers: FastMap<String, String> = FastMap::default();
    for c in candidates.iter().filter(|c| c.kind == Some(Kind::Organization) && (2..=4).contains(&c.key.len())) {
        let first = c.key[0].as_str();
        let rest_is_business = c.key[1..].iter().all(|w| BUSINESS_HEADS.contains(w.as_str()) || is_legal_form(w));
        let flags = lexicon::flags(first);
        let kinds = [Flags::DEMONYM, Flags::COMPASS, Flags::PLACE, Flags::TITLE, Flags::ORG_HEAD, Flags::GIVEN_NAME];
        let names_more = kinds.into_iter().any(|f| flags.has(f));
        let capitalised = c.span.slice(text).starts_with(|ch: char| ch.is_uppercase());
        if rest_is_business && capitalised && !names_more && first.len() >= 3 && !GENERIC_OPENERS.contains(&first) {
            openers.entry(first.to_string()).or_insert_with(|| c.span.slice(text).to_string());
        }
    }
    if openers.is_empty() {
        return;
    }
    let mut added: Vec<Candidate> = Vec::new();
    let mut next = 0;
    // Whether each word of the report is an opener, asked once per word.
    let mut known: Vec<Option<bool>> = vec![None; prep.folded.word_count()];
    for (i, token) in prep.tokens.iter().enumerate() {
        if token.shape != Shape::Capitalized {
            continue;
        }
        let word = || super::strip_possessive(prep.folded.get(i));
        let opener = match prep.folded.word_of(i).and_then(|w| known.get_mut(w)) {
            Some(Some(is)) => *is,
            Some(slot) => *slot.insert(openers.contains_key(word())),
            None => openers.contains_key(word()),
        };
        if !opener {
            continue;
        }
        let word = word();
        let Some(full) = openers.get(word) else { continue };
        let name = super::strip_possessive(token.span().slice(text));
        let span = Span::new(token.span().start, token.span().start + name.len());
        // Nor opening a longer run of names or a number: "Acacia Tree
        // Farms", "Snowy 2.0" are others.
        let followed = prep
            .tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.shape, Shape::Capitalized | Shape::Number) && t.space_before);
        if followed {
            continue;
        }
        // Not inside a name found already ("Acacia Communications Inc").
        if let Some(c) = covering(candidates, &mut next, span) {
            // The word found alone, untyped (a dictionary word: "acacia"):
            // it is the company.
            if c.span == span && c.kind.is_none() {
                c.kind = Some(Kind::Organization);
                c.evidence = Some(Evidence::Alias(full.clone()));
            }
            continue;
        }
        added.push(Candidate {
            span,
            kind: Some(Kind::Organization),
            evidence: Some(Evidence::Alias(full.clone())),
            key: Arc::from(vec![word.to_string()]),
            defines: None,
            acronym: false,
        });
    }
    if added.is_empty() {
        return;
    }
    merge(candidates, added);
}

/// Adds the acronyms the report defines ("the World Health Organization
/// (WHO)") that are also words, wherever it writes them in capitals and
/// found no name: "WHO director-general Tedros said", "WHO: Deaths of 66
/// children", where the acronym opening a sentence or a headline read as
/// the word "who".
pub(super) fn add_defined_acronyms(text: &str, prep: &Prepared, candidates: &mut Vec<Candidate>) {
    // Each acronym that is also a word (the finder finds the others), with
    // its kind, its key and its full form.
    let mut defined: Vec<(&str, Kind, Arc<[String]>, &str)> = Vec::new();
    for c in candidates.iter() {
        let Some(full) = c.defines.and_then(|d| candidates.get(d)) else { continue };
        let flags = c.key.first().map(|w| lexicon::flags(w)).unwrap_or_default();
        if !flags.has(Flags::STOPWORD) && !flags.has(Flags::COMMON_WORD) {
            continue;
        }
        if let Some(kind) = c.kind.filter(|_| !defined.iter().any(|(t, ..)| *t == c.span.slice(text))) {
            defined.push((c.span.slice(text), kind, Arc::clone(&c.key), full.span.slice(text)));
        }
    }
    if defined.is_empty() {
        return;
    }
    let mut added: Vec<Candidate> = Vec::new();
    let mut next = 0;
    for token in prep.tokens.iter().filter(|t| t.shape == Shape::AllCaps) {
        let span = token.span();
        let Some((_, kind, key, full)) = defined.iter().find(|(t, ..)| *t == span.slice(text)) else { continue };
        if covering(candidates, &mut next, span).is_some() {
            continue;
        }
        added.push(Candidate {
            span,
            kind: Some(*kind),
            evidence: Some(Evidence::Alias(full.to_string())),
            key: Arc::clone(key),
            defines: None,
            acronym: true,
        });
    }
    if !added.is_empty() {
        merge(candidates, added);
    }
}

/// The candidate, if any, that overlaps `span`, for spans asked about in
/// text order: `next` is where the last look-up stopped.
fn covering<'c>(candidates: &'c mut [Candidate], next: &mut usize, span: Span) -> Option<&'c mut Candidate> {
    while candidates.get(*next).is_some_and(|c| c.span.end <= span.start) {
        *next += 1;
    }
    candidates.get_mut(*next).filter(|c| c.span.start < span.end)
}

/// Merges the candidates `added` into `candidates`, both in text order,
/// keeping each acronym's link to its full form.
fn merge(candidates: &mut Vec<Candidate>, added: Vec<Candidate>) {
    let old = std::mem::take(candidates);
    let mut new_index = vec![0; old.len()];
    let mut added = added.into_iter().peekable();
    for (k, c) in old.into_iter().enumerate() {
        while let Some(a) = added.next_if(|a| a.span.start < c.span.start) {
            candidates.push(a);
        }
        new_index[k] = candidates.len();
        candidates.push(c);
    }
    candidates.extend(added);
    for c in candidates.iter_mut() {
        c.defines = c.defines.map(|d| new_index[d]);
    }
}

/// Words whose capitalised form opens a storm's name ("Storm Daniel",
/// "Hurricane Otis"), and whose plain form an appositive names one by
/// ("Daniel, an unusually strong storm").
const STORM_WORDS: [&str; 4] = ["storm", "hurricane", "typhoon", "cyclone"];

/// Drops the names the report gives to a storm, wherever they stand: a
/// storm is no person, and "Daniel" alone, after "Storm Daniel", is the
/// storm. Only the words around the report's names are read.
pub(super) fn drop_storm_names(prep: &Prepared, candidates: &mut Vec<Candidate>) {
    let tokens = &prep.tokens;
    let word = |i: usize| if i < tokens.len() { prep.folded.get(i) } else { "" };
    let is_storm_word = |w: &str| STORM_WORDS.contains(&w);
    let mut storms: Vec<String> = Vec::new();
    let mut from = 0;
    for c in candidates.iter().filter(|c| c.kind != Some(Kind::Date)) {
        let i = prep.first_token_from(c.span.start, from..tokens.len());
        from = i;
        match &c.key[..] {
            // "Typhoon Haiyan", "Storm Daniel" (when the finder kept the
            // storm word).
            [kind, name] if is_storm_word(kind) => storms.push(name.clone()),
            // "Storm Daniel", "Tropical Storm Alberto".
            [name] if i > 0 && is_storm_word(word(i - 1)) && tokens[i - 1].shape == Shape::Capitalized => {
                storms.push(name.clone());
            }
            // "Daniel, an unusually strong Mediterranean storm,": only
            // describing words between, not "Biden, a man who weathered the
            // storm".
            [name] => {
                let end = prep.first_token_from(c.span.end, i..tokens.len());
                if word(end) == "," && matches!(word(end + 1), "a" | "an") {
                    let describing = |j: &usize| tokens[*j].is_word() && !lexicon::is_stopword(word(*j));
                    let last = (end + 2..(end + 7).min(tokens.len())).take_while(describing).last();
                    if last.is_some_and(|j| tokens[j].shape == Shape::Lower && is_storm_word(word(j))) {
                        storms.push(name.clone());
                    }
                }
            }
            _ => {}
        }
    }
    if storms.is_empty() {
        return;
    }
    let is_storm = |c: &Candidate| match &c.key[..] {
        [name] => storms.contains(name),
        [kind, name] => is_storm_word(kind) && storms.contains(name),
        _ => false,
    };
    retain(candidates, |c| !is_storm(c));
}

/// Keeps the candidates `keep` holds to, in order: an acronym keeps its
/// link to its full form, or loses it with the full form.
fn retain(candidates: &mut Vec<Candidate>, keep: impl Fn(&Candidate) -> bool) {
    let mut kept = 0;
    let new_index: Vec<Option<usize>> = candidates
        .iter()
        .map(|c| {
            let at = keep(c).then_some(kept);
            kept += usize::from(at.is_some());
            at
        })
        .collect();
    let mut index = new_index.iter();
    candidates.retain(|_| index.next().is_some_and(Option::is_some));
    for c in candidates.iter_mut() {
        c.defines = c.defines.and_then(|d| new_index[d]);
    }
}
