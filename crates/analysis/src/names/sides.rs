//! The sides of a match: "Argentina defeated Colombia 1-0", "gave
//! Argentina a 1-0 win over Colombia", "New Zealand 11-12 South Africa".
//! A place that beats, loses to or draws with another, with the score
//! beside it, names a team, and does so wherever the report uses the
//! name: one report calls one name by one kind.

use parallax_model::{Evidence, Kind};

use super::Candidate;
use crate::hash::FastSet;

/// What the evidence of a team's name says.
const CUE: &str = "a side in a match";

/// Words between two sides: "Argentina defeated Colombia".
const BETWEEN: &[&str] = &[
    "beat", "beats", "defeated", "defeats", "edged", "edges", "thrashed", "stunned", "overcame", "routed", "drew with",
    "draw with", "lost to", "fell to", "were beaten by", "was beaten by",
];

/// Words before the second side only: "a 1-0 win over Colombia".
const BEFORE: &[&str] = &["win over", "victory over", "defeat to", "loss to", "lost to", "drew with", "draw with"];

/// What follows the first side only, after its score: "Argentina a 1-0
/// win", "Argentina's 1-0 victory".
const AFTER_SCORE: &[&str] = &["win", "victory", "defeat", "loss", "draw"];

/// Types as teams the places of `candidates` (one report's, in text
/// order) that stand as sides of a match, and every other mention of
/// those names.
pub(super) fn type_sides(text: &str, candidates: &mut [Candidate]) {
    let place = |c: &Candidate| c.kind == Some(Kind::Place);
    let mut sides: FastSet<usize> = FastSet::default();
    for (i, c) in candidates.iter().enumerate().filter(|(_, c)| place(c)) {
        // The words around it first, which few places have; the score
        // only then.
        let before = text.get(..c.span.start).unwrap_or_default().trim_end();
        let second = BEFORE.iter().any(|w| ends_with_words(before, w));
        let first = after_score(text.get(c.span.end..).unwrap_or_default());
        let next = candidates.get(i + 1).filter(|n| place(n));
        let gap = next.and_then(|n| text.get(c.span.end..n.span.start)).filter(|g| g.len() <= 24).unwrap_or_default().trim();
        // Or the score alone, as a headline gives it: "New Zealand
        // 11-12 South Africa".
        let both = !gap.is_empty() && (BETWEEN.iter().any(|w| gap.eq_ignore_ascii_case(w)) || score_len(gap) == Some(gap.len()));
        if !(first || second || both) || !has_score(window(text, c.span.start, c.span.end)) {
            continue;
        }
        if first || second {
            sides.insert(i);
        }
        if both {
            sides.insert(i);
            sides.insert(i + 1);
        }
    }
    if sides.is_empty() {
        return;
    }
    let teams: FastSet<_> = sides.iter().map(|&i| candidates[i].key.clone()).collect();
    for c in candidates.iter_mut().filter(|c| place(c) && teams.contains(&c.key)) {
        c.kind = Some(Kind::Organization);
        c.evidence = Some(Evidence::Cue(String::from(CUE)));
    }
}

/// Whether `text` ends with the words `words` (in lower case), whole,
/// in any case.
fn ends_with_words(text: &str, words: &str) -> bool {
    let Some(at) = text.len().checked_sub(words.len()).filter(|&at| text.is_char_boundary(at)) else { return false };
    text[at..].eq_ignore_ascii_case(words) && (at == 0 || text[..at].ends_with(' '))
}

/// The text within 80 bytes of `start..end`, cut at characters.
fn window(text: &str, start: usize, end: usize) -> &str {
    &text[text.floor_char_boundary(start.saturating_sub(80))..text.ceil_char_boundary(end + 80)]
}

/// Whether the text after a side gives its score and a result: " a 1-0
/// win", "’s 32-12 victory".
fn after_score(after: &str) -> bool {
    let rest = after.strip_prefix("’s").or_else(|| after.strip_prefix("'s")).unwrap_or(after).trim_start();
    let rest = rest.strip_prefix("a ").unwrap_or(rest);
    let Some(len) = score_len(rest) else { return false };
    let word = rest[len..].trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
    AFTER_SCORE.contains(&word)
}

/// Whether `text` holds a score: "1-0", "32–12" (one to three digits each
/// side, no more digits or dashes on either side: not a date).
fn has_score(text: &str) -> bool {
    text.char_indices().any(|(i, c)| {
        let starts = c.is_ascii_digit() && !text[..i].ends_with(|p: char| p.is_ascii_digit() || p == '-' || p == '–');
        starts && score_len(&text[i..]).is_some()
    })
}

/// The length of the score that opens `text`, if one does.
fn score_len(text: &str) -> Option<usize> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(text);
    let dash = text[first..].chars().next().filter(|&c| c == '-' || c == '–')?;
    let second_at = first + dash.len_utf8();
    let second = digits(&text[second_at..]);
    let end = second_at + second;
    let next = text[end..].chars().next();
    let whole = next.is_none_or(|c| !c.is_ascii_digit() && c != '-' && c != '–' && !c.is_alphabetic());
    ((1..=3).contains(&first) && (1..=3).contains(&second) && whole).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_told_from_dates_and_ranges() {
        assert!(has_score("Argentina defeated Colombia 1-0 to win"));
        assert!(has_score("a 32–12 victory"));
        assert!(!has_score("date 2023-10-12 TNI"));
        assert!(!has_score("the 2019-20 season"));
        assert!(!has_score("a 5-year-old"));
        assert_eq!(score_len("1-0 win"), Some(3));
    }
}
