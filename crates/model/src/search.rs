//! Finding what the user types in a report: case- and accent-insensitive,
//! matching from the start of a word ("robl" finds "Robledo", "diaz" finds
//! "Díaz"), as exact spans of the original text.
//!
//! The scan folds characters on the fly and allocates only for the hits,
//! so searching a long report on every keystroke stays cheap: one pass, no
//! copy of the text.

use crate::Span;
use crate::text::fold;

/// At most this many hits are returned per report; the count says if more.
pub const MAX_HITS: usize = 10_000;

/// The hits of `query` in `text`: spans that start at a word boundary and
/// match the query's folded characters, sorted and non-overlapping. An
/// empty or blank query finds nothing.
///
/// # Example
///
/// ```
/// use parallax_model::search::find;
///
/// let text = "Miguel Díaz-Canel met Díaz. DIAZ left; Ortiz stayed.";
/// let hits: Vec<&str> = find(text, "diaz").iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(hits, ["Díaz", "Díaz", "DIAZ"]);
/// ```
pub fn find(text: &str, query: &str) -> Vec<Span> {
    // Runs of whitespace in the query match any run in the text.
    let folded = fold(query.trim());
    let needle: Vec<char> = folded.split_whitespace().collect::<Vec<_>>().join(" ").chars().collect();
    if needle.is_empty() || needle.iter().all(|c| *c == ' ') {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut previous: Option<char> = None;
    let mut indices = text.char_indices().peekable();
    while let Some((start, c)) = indices.next() {
        let at_word_start = !previous.is_some_and(char::is_alphanumeric) || !c.is_alphanumeric();
        previous = Some(c);
        if !at_word_start {
            continue;
        }
        if let Some(end) = match_at(text, start, &needle) {
            hits.push(Span::new(start, end));
            if hits.len() >= MAX_HITS {
                break;
            }
            // Continue after the hit: hits never overlap.
            while indices.peek().is_some_and(|(i, _)| *i < end) {
                if let Some((_, c)) = indices.next() {
                    previous = Some(c);
                }
            }
        }
    }
    hits
}

/// The end of a match of `needle` starting at byte `start`, if any.
fn match_at(text: &str, start: usize, needle: &[char]) -> Option<usize> {
    let mut wanted = needle.iter().peekable();
    let mut end = start;
    let mut in_space = false;
    for (offset, c) in text[start..].char_indices() {
        let Some(&&next) = wanted.peek() else {
            // Combining marks after the last letter still belong to it.
            if !c.is_ascii() && fold(c.encode_utf8(&mut [0; 4])).is_empty() {
                end = start + offset + c.len_utf8();
                continue;
            }
            break;
        };
        in_space = c.is_whitespace() && in_space;
        if c.is_whitespace() {
            // Any run of whitespace matches one space of the query.
            if next == ' ' {
                wanted.next();
                in_space = true;
            } else if !in_space {
                return None;
            }
            end = start + offset + c.len_utf8();
            continue;
        }
        if c.is_ascii() {
            // ASCII folds to itself lower-cased: no allocation on the hot path.
            match wanted.next() {
                Some(w) if *w == c.to_ascii_lowercase() => {}
                _ => return None,
            }
        } else {
            let folded = fold(c.encode_utf8(&mut [0; 4]));
            // A combining mark folds to nothing: it belongs to the letter before.
            for (k, f) in folded.chars().enumerate() {
                match wanted.peek() {
                    Some(&&w) if w == f => {
                        wanted.next();
                    }
                    // The query ends inside a letter that folds to two ("stras"
                    // in "Straße"): the whole letter is the end of the hit.
                    None if k > 0 => break,
                    _ => return None,
                }
            }
        }
        end = start + offset + c.len_utf8();
    }
    if wanted.peek().is_some() { None } else { Some(end) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits<'t>(text: &'t str, query: &str) -> Vec<&'t str> {
        find(text, query).iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn matches_from_word_starts_ignoring_case_and_accents() {
        let text = "Zoé Robledo Aburto met robledo. Arobledo is not a hit.";
        assert_eq!(hits(text, "robl"), ["Robl", "robl"]);
        assert_eq!(hits(text, "ZOE"), ["Zoé"]);
        assert_eq!(hits(text, "robledo  aburto"), ["Robledo Aburto"]);
    }

    #[test]
    fn numbers_and_symbols_are_found_too() {
        assert_eq!(hits("It cost $1,200 and 1,200 more.", "1,200"), ["1,200", "1,200"]);
        assert_eq!(hits("A 5% rise.", "5%"), ["5%"]);
    }

    #[test]
    fn blank_queries_and_odd_text_find_nothing_and_never_panic() {
        assert!(find("text", "").is_empty());
        assert!(find("text", "   ").is_empty());
        assert!(find("", "x").is_empty());
        for text in ["e\u{301}e\u{301}", "🎉🎉", "\u{0}", "ééé"] {
            let _ = find(text, "e");
            let _ = find(text, "é");
        }
        assert_eq!(hits("Jose\u{301} and José", "jose"), ["Jose\u{301}", "José"]);
    }

    #[test]
    fn letters_of_every_latin_script_are_found_by_their_ascii_spelling() {
        let text = "In Łódź, Wałęsa met Nguyễn Thị Minh Khai; then İstanbul, Timișoara, Þórshöfn.";
        let cases: &[(&str, &str)] = &[
            // Letters with a stroke, which have no Unicode decomposition.
            ("lodz", "Łódź"),
            ("walesa", "Wałęsa"),
            // Vietnamese: two marks on one letter.
            ("nguyen thi", "Nguyễn Thị"),
            // Turkish capital dotted I, whose lower case is two characters.
            ("istanbul", "İstanbul"),
            // Romanian comma below.
            ("timisoara", "Timișoara"),
            // Icelandic thorn folds to two letters.
            ("thorshofn", "Þórshöfn"),
        ];
        for (query, found) in cases {
            let spans = find(text, query);
            assert_eq!(spans.len(), 1, "{query}");
            assert_eq!(&text[spans[0].range()], *found, "{query}");
            assert_eq!(spans[0].start, text.find(found).expect("in the text"), "{query}");
        }
    }

    #[test]
    fn letters_that_fold_to_two_are_matched_whole() {
        // The spans are of the original text: "ß" is one letter of "Straße".
        assert_eq!(hits("Die Straße. STRASSE.", "strasse"), ["Straße", "STRASSE"]);
        // A query ending inside a letter's fold takes the whole letter.
        assert_eq!(hits("Die Straße.", "stras"), ["Straß"]);
        assert_eq!(hits("Ægir and Aegir", "ae"), ["Æ", "Ae"]);
        // Decomposed text (letter then combining mark) is found the same way.
        assert_eq!(hits("Lo\u{301}dz\u{301}", "lodz"), ["Lo\u{301}dz\u{301}"]);
        assert!(find("Straße", "strasses").is_empty());
    }
}
