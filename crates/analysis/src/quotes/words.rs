//! The closed classes of words that attribution clauses are read by:
//! pronouns, determiners, prepositions, the words between a subject and its
//! verb, and those that end or open a clause. They are grammar rather than
//! vocabulary, so they live here and not in the lexicon; the speech verbs
//! are the lexicon's.

use crate::lexicon;

/// A verb that attributes words: a speech verb ("said", "told") or one
/// that names or labels what someone said ("called", "according").
pub(super) fn is_verb(word: &str) -> bool {
    lexicon::is_speech_verb(word) || lexicon::is_quote_verb(word)
}

/// A verb whose object is the listener, never the speaker ("told Reuters").
pub(super) fn takes_listener(word: &str) -> bool {
    ["told", "tells", "tell", "telling", "informed", "assured"].contains(&word)
}

/// A pronoun that refers to the last person named.
pub(super) fn is_personal_pronoun(word: &str) -> bool {
    ["he", "she"].contains(&word)
}

/// A pronoun subject that is no entity the report names.
pub(super) fn is_impersonal_pronoun(word: &str) -> bool {
    ["it", "they", "we", "i", "you", "one"].contains(&word)
}

pub(super) fn is_determiner(word: &str) -> bool {
    ["the", "a", "an", "its", "their", "his", "her", "our"].contains(&word)
}

pub(super) fn is_preposition(word: &str) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "by", "to", "with", "from", "of", "for", "at", "in", "on", "about", "against", "between", "after", "before",
        "under", "over", "than", "like", "during", "through", "since", "until", "into", "across", "within", "without",
        "among", "amid", "despite", "around", "near", "towards", "toward", "upon", "via", "per",
    ];
    PREPOSITIONS.contains(&word)
}

/// A lower-case word that is a verb or an auxiliary: a clause's subject
/// comes before it ("has", "will", "said", "granted").
pub(super) fn is_verb_form(word: &str) -> bool {
    const AUXILIARIES: &[&str] = &[
        "has", "had", "have", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must",
        "should", "shall", "did", "does", "do",
    ];
    AUXILIARIES.contains(&word) || is_verb(word) || word.len() > 4 && word.ends_with("ed")
}

/// Words between a subject and its verb: "Ruiz has also said", "Ruiz
/// reportedly said". Not "is" or "was": "the stance is maintained as" is
/// a passive whose subject says nothing.
pub(super) fn between_subject_and_verb(word: &str) -> bool {
    const BETWEEN: &[&str] = &[
        "has", "had", "have", "also", "later", "earlier", "then", "again", "previously", "further", "separately",
        "once", "would", "will", "could", "did", "does", "not", "never", "just", "first", "last",
    ];
    BETWEEN.contains(&word) || word.len() > 4 && word.ends_with("ly")
}

/// Words naming who speaks for an organization: "a Lumora spokesperson",
/// "Lumora officials".
pub(super) fn speaks_for(word: &str) -> bool {
    const SPEAK_FOR: &[&str] = &[
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen", "statement",
        "official", "officials", "representative", "representatives",
    ];
    SPEAK_FOR.contains(&word)
}

/// Words naming those who write for a firm under its name, after it:
/// "ING analysts", "HSBC economists" (but "the analysts" may be anyone's).
pub(super) fn writes_for(word: &str) -> bool {
    matches!(word, "analyst" | "analysts" | "economist" | "economists" | "strategist" | "strategists")
}

/// Words that open a clause of their own after a quotation: "…" while
/// Ruiz said.
pub(super) fn opens_clause(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "while", "but", "as", "after", "before", "when", "because", "which", "who", "whom", "where", "if", "although",
        "though", "since", "until", "so", "whereas", "and", "or", "that",
    ];
    OPENERS.contains(&word)
}

/// What may follow an attribution that ends a sentence: its end, a comma,
/// or an adjunct ("in a statement", "on Monday").
pub(super) fn ends_attribution(word: &str) -> bool {
    const ENDS: &[&str] = &[
        "", ".", ",", ";", ":", "!", "?", "…", "in", "on", "at", "after", "before", "during", "while", "when", "as",
        "from", "outside", "via", "through", "to", "with", "for", "late", "earlier", "later", "yesterday", "today",
        "again", "also", "then",
    ];
    ENDS.contains(&word)
}
