//! Lines of site text: photo credits, trailing boilerplate ("What do you
//! think?", "All rights reserved"), and stand-alone furniture lines
//! ("Advertisement", "Read more").

use std::sync::LazyLock;

use parallax_model::text::fold;

use super::*;
use crate::hash::FastSet;


list!(BOILERPLATE, "boilerplate.txt");
list!(FURNITURE_LINES, "furniture_lines.txt");
list!(CREDIT_LABELS, "credit_lines.txt");

/// Whether `line` is a photo or image credit: it opens with a credit
/// label (see `credit_lines.txt`), maybe in brackets, then a colon, a
/// comma or "by", and goes on for a few words, not ending like a sentence
/// ("Photo: Reuters", "(Photo credit: New York Times)", "Image source,
/// Getty Images", "Image by Jane Roe/AFP"), or opens with a copyright sign
/// ("© NAME / AGENCY").
/// "Photos of the flood spread online." is report text.
pub(crate) fn is_credit_line(line: &str) -> bool {
    const MAX_WORDS: usize = 8;
    static OPENERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
        CREDIT_LABELS.iter().filter_map(|label| label.split_whitespace().next()).collect()
    });
    // Every line of a report is asked: its first letter, then its first
    // word, tell most apart without folding the line.
    // "© Jane Roe / Wire": a copyright sign opens a credit too.
    if let Some(rest) = line.strip_prefix('©') {
        return line.len() <= 120 && rest.split_whitespace().count() <= MAX_WORDS && !rest.ends_with(['.', '!', '?']);
    }
    static INITIALS: LazyLock<Vec<u8>> = LazyLock::new(|| {
        let initials = OPENERS.iter().filter_map(|w| w.bytes().next());
        initials.flat_map(|b| [b, b.to_ascii_uppercase()]).chain([b'(']).collect()
    });
    if !line.as_bytes().first().is_some_and(|b| INITIALS.contains(b)) {
        return false;
    }
    let first = line.trim_start_matches('(').split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let mut buffer = [0; 16];
    if line.len() > 120 || !ascii_folded(first, &mut buffer).is_some_and(|w| OPENERS.contains(w)) {
        return false;
    }
    let folded = fold(line);
    let inner = folded.trim_start_matches('(').trim_end_matches(')').trim();
    if inner.ends_with(['.', '!', '?']) || inner.split_whitespace().count() > MAX_WORDS {
        return false;
    }
    // After "by", the source is a name: "Image by Jane Roe", not "Pictures by the dozen".
    let source_after = |label_words: usize| {
        let mut words = line.trim_start_matches('(').split_whitespace().skip(label_words + 1);
        words.all(|w| !w.starts_with(char::is_lowercase))
    };
    CREDIT_LABELS.iter().any(|label| {
        inner.strip_prefix(label.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start();
            let by = || rest.strip_prefix("by").is_some_and(|by| by.starts_with([' ', ':']));
            rest.starts_with([':', ',']) || (by() && source_after(label.split_whitespace().count()))
        })
    })
}

/// Whether a trailing line of a report is site furniture: it opens with a
/// cue of several words ("What do you think", "Share this") or a copyright
/// sign, is a copyright line ("all rights reserved"), or holds any cue and
/// does not end like a sentence ("COMMENT Filed in :").
/// "He declined to comment." stays article text.
///
/// `line` should have glued words separated (see `text::unglued`).
pub(crate) fn is_trailing_boilerplate(line: &str) -> bool {
    if line.len() > 240 {
        return line.len() <= 600 && is_promotion(&fold(line));
    }
    let folded = fold(line);
    let words = |cue: &str| cue.split_whitespace().count();
    let opens = BOILERPLATE.iter().any(|cue| {
        (words(cue) >= 2 || !cue.starts_with(char::is_alphanumeric))
            && folded.starts_with(cue.as_str())
            && !folded[cue.len()..].starts_with(char::is_alphanumeric)
    });
    if opens {
        return true;
    }
    if contains_phrase(&folded, "all rights reserved") {
        return true;
    }
    let ends_like_sentence = folded.trim_end_matches(['"', '”', '\'', ')', ' ']).ends_with(['.', '!', '?']);
    (!ends_like_sentence && BOILERPLATE.iter().any(|cue| contains_phrase(&folded, cue))) || is_promotion(&folded)
}

/// Verbs that open the sentences of a site's promotions: "Get the latest
/// news", "Check your tax outgo", "Subscribe on YouTube".
const PROMOTION_VERBS: &[&str] =
    &["get", "check", "subscribe", "follow", "download", "sign", "click", "join", "watch", "listen", "visit", "install"];

/// Whether a folded line is a run of at least two commands to the reader,
/// as a site's promotions are ("Get Latest Business News…; Check your tax
/// outgo…. Subscribe on YouTube.").
fn is_promotion(folded: &str) -> bool {
    let commands = folded
        .split(['.', ';', '!', '|'])
        .filter_map(|sentence| sentence.split_whitespace().next())
        .filter(|first| PROMOTION_VERBS.contains(first))
        .count();
    commands >= 2
}

/// Sections of a news site, whose names label a page ("World News",
/// "World | Politics", "Business > Markets").
const SECTIONS: &[&str] = &[
    "news", "world", "politics", "business", "markets", "economy", "sport", "sports", "opinion", "analysis",
    "entertainment", "culture", "arts", "health", "science", "technology", "tech", "lifestyle", "travel", "local",
    "national", "international", "us", "uk", "europe", "africa", "asia", "americas", "latest", "breaking", "top",
    "stories", "home",
];

/// Whether a folded line is a site's section label: one to four section
/// names and the separators between them ("World News", "World |
/// Politics").
fn is_section_label(folded: &str) -> bool {
    if folded.len() > 60 {
        return false;
    }
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '>' | '›' | '»' | '-' | '•' | '·' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    (1..=4).contains(&words.len()) && words.iter().all(|w| SECTIONS.contains(w)) && words.iter().any(|w| *w != "us")
}

/// Labels a page puts before its categories ("Categories: Health").
const CATEGORY_LABELS: &[&str] = &["categories", "category", "tags", "topics", "section", "filed under"];

/// Whether `line` is a label of the page rather than report text: a
/// section label (see [`is_section_label`]), a list of the page's
/// categories ("Categories: Health"), or a command to the reader shouted
/// in capitals ("DOWNLOAD THE APP").
pub(crate) fn is_site_label(line: &str) -> bool {
    if line.len() > 80 {
        return false;
    }
    let folded = fold(line);
    if is_section_label(&folded) {
        return true;
    }
    let categories = CATEGORY_LABELS.iter().any(|label| {
        folded.strip_prefix(label).is_some_and(|rest| rest.trim_start().starts_with(':'))
    });
    let words: Vec<&str> = folded.split_whitespace().collect();
    let shouted = !line.chars().any(char::is_lowercase) && line.chars().any(char::is_alphabetic);
    let command = shouted && words.len() <= 10 && words.first().is_some_and(|w| PROMOTION_VERBS.contains(w));
    (categories && words.len() <= 8) || command
}

/// Whether a line anywhere in a report is a stand-alone furniture line
/// ("Advertisement", "Read more").
pub(crate) fn is_furniture_line(line: &str) -> bool {
    const TRAILING: [char; 6] = [':', '.', '»', '>', ' ', '…'];
    // Every line of a report is asked, and folding them all cost 2% of the
    // analysis. Folding keeps at least one character of each but combining
    // marks, and the trailing characters `bare` drops are the fold of the
    // line's own trailing run of them and of marks: a line with more
    // characters before that run than the longest entry is no entry.
    let head = line.trim_end_matches(|c: char| TRAILING.contains(&c) || is_combining(c));
    // Most lines open with more ASCII characters (none a mark) than the
    // longest entry has characters, which needs no decoding to tell.
    let max = *FURNITURE_MAX_CHARS;
    if head.as_bytes().get(..=max).is_some_and(|opening| opening.is_ascii()) {
        return false;
    }
    if head.chars().filter(|&c| !is_combining(c)).nth(max).is_some() {
        return false;
    }
    let folded = fold(line);
    let bare = folded.trim_end_matches(TRAILING);
    FURNITURE_LINES.contains(bare)
}

/// The longest furniture line, in characters.
pub(super) static FURNITURE_MAX_CHARS: LazyLock<usize> =
    LazyLock::new(|| FURNITURE_LINES.iter().map(|entry| entry.chars().count()).max().unwrap_or(0));

/// Whether `phrase` occurs in `haystack` between non-alphanumeric boundaries.
fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    haystack.match_indices(phrase).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
