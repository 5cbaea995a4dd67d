//! A light stemmer for matching the words of two reports: "suspended",
//! "suspends" and "suspending" all "suspend"; "increase" and "increased"
//! both "increas". It only strips the commonest English inflections, so
//! that it never joins words a reader would keep apart.

use std::borrow::Cow;

/// The stem of a folded word.
pub(super) fn stem(word: &str) -> Cow<'_, str> {
    let bytes = word.as_bytes();
    // Plurals in form only, which would join other words.
    const KEPT: [&str; 4] = ["news", "series", "species", "means"];
    if bytes.len() <= 3 || !bytes.iter().all(u8::is_ascii_alphabetic) || KEPT.contains(&word) {
        return Cow::Borrowed(word);
    }
    let mut w = word;
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return Cow::Owned(format!("{stem}y"));
    }
    if w.ends_with("sses") {
        w = &w[..w.len() - 2];
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w = &w[..w.len() - 1];
    }
    if w.ends_with("eed") {
        // "need" and "speed" are no verbs in -ed; "agreed" is "agree".
        if w.len() > 5 {
            w = &w[..w.len() - 1];
        }
    } else {
        for suffix in ["ing", "ed"] {
            if let Some(stem) = w.strip_suffix(suffix).filter(|s| s.len() >= 3 && s.bytes().any(is_vowel)) {
                w = undouble(stem);
                break;
            }
        }
    }
    // "increase" and "increas(ed)", "vote" and "vot(ed)".
    if w.len() >= 4 && w.ends_with('e') {
        w = &w[..w.len() - 1];
    }
    Cow::Borrowed(w)
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// "stopp" of "stopped" is "stop"; "fall" of "falling" stays.
fn undouble(stem: &str) -> &str {
    let b = stem.as_bytes();
    let n = b.len();
    let doubled = n >= 2 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z') && !is_vowel(b[n - 1]);
    if doubled { &stem[..n - 1] } else { stem }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem_and_other_words_do_not() {
        // Words that must share a stem.
        let same = [
            ("suspended", "suspends"),
            ("suspending", "suspend"),
            ("increase", "increased"),
            ("strikes", "strike"),
            ("stopped", "stop"),
            ("agencies", "agency"),
            ("voted", "votes"),
            ("agreed", "agree"),
            ("speed", "speeds"),
            ("falling", "falls"),
        ];
        for (x, y) in same {
            assert_eq!(stem(x), stem(y), "{x} / {y}");
        }
        // Words that must keep apart, or stay as they are.
        let apart = [("news", "new"), ("bus", "bu"), ("crisis", "crisi"), ("red", "re")];
        for (x, y) in apart {
            assert_ne!(stem(x), y, "{x}");
        }
        assert_eq!(stem("glass"), "glass");
        assert_eq!(stem("2024"), "2024");
        assert_eq!(stem("café"), "café");
    }
}
