//! Text helpers shared by the page and the analysis: folding words so that
//! accents, case and curly apostrophes do not matter, shortening a title
//! for a label, and what counts as a report's text at all (the page and
//! the command line refuse the same inputs).

mod fold_table;

/// The largest report Parallax accepts, in bytes of text.
pub const MAX_REPORT_BYTES: usize = 8 * 1024 * 1024;

/// Whether text looks like binary data: NUL bytes, or many control
/// characters (or characters that were not UTF-8) that text never has.
pub fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(8192).collect();
    if sample.is_empty() {
        return false;
    }
    let odd = sample
        .iter()
        .filter(|c| **c == '\0' || **c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')))
        .count();
    sample.contains(&'\0') || odd * 20 > sample.len()
}

/// Lower-cases and strips accents so that "Díaz-Canel", "DIAZ-CANEL" and
/// "Diaz-Canel" compare equal; curly apostrophes become straight ones.
///
/// Borrows when the text is already folded (plain lower-case ASCII), which
/// is most words of a report.
pub fn fold_cow(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(fold(word))
    }
}

/// Lower-cases and strips accents so that "Díaz-Canel", "DIAZ-CANEL" and
/// "Diaz-Canel" compare equal; curly apostrophes become straight ones.
///
/// Every Latin letter of the news languages folds to ASCII: "Nguyễn" to
/// "nguyen", "Łódź" to "lodz", "İstanbul" to "istanbul", "Þórshöfn" to
/// "thorshofn", "Straße" to "strasse". A few letters fold to two ("ß",
/// "æ", "œ", "þ"), so the folded text may be longer than the original;
/// every character but a combining mark folds to at least one.
///
/// ```
/// use parallax_model::text::fold;
/// assert_eq!(fold("Nguyễn Thị Minh Khai"), "nguyen thi minh khai");
/// assert_eq!(fold("Wałęsa, Guðrún, Ægir"), "walesa, gudrun, aegir");
/// ```
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// Appends the folded form of `word` (see [`fold`]) to `out`.
///
/// Folding works character by character, so runs of ASCII, which have no
/// diacritic, folded letter or combining mark, are copied and
/// lower-cased in bulk; only the other characters take the general path.
pub fn fold_into(word: &str, out: &mut String) {
    let mut rest = word;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(ascii);
        let start = out.len();
        out.push_str(run);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            if !fold_char(c, out) && !is_combining(c) {
                out.extend(c.to_lowercase());
            }
        }
        rest = chars.as_str();
    }
}

/// Appends the ASCII fold of a Latin letter with a diacritic (from the
/// generated table), or of a curly quote or dash, and says whether there
/// was one.
fn fold_char(c: char, out: &mut String) -> bool {
    let code = c as u32;
    let (start, table): (u32, &[u8]) = if code < fold_table::LATIN_ADDITIONAL_START {
        (fold_table::LATIN_START, fold_table::LATIN)
    } else {
        (fold_table::LATIN_ADDITIONAL_START, fold_table::LATIN_ADDITIONAL)
    };
    let byte = code.checked_sub(start).and_then(|i| table.get(i as usize)).copied().unwrap_or(0);
    match byte {
        0 => match c {
            '’' | '‘' | 'ʼ' => out.push('\''),
            '‐' | '‑' | '–' => out.push('-'),
            _ => return false,
        },
        b'a'..=b'z' => out.push(char::from(byte)),
        n => out.push_str(fold_table::MULTI.get(usize::from(n - 1)).copied().unwrap_or("")),
    }
    true
}

/// Combining diacritical marks, which belong to the letter before them.
pub fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// `text` cut to at most `max` bytes at a word boundary, with an ellipsis
/// (as headlines are).
///
/// ```
/// assert_eq!(parallax_model::text::shorten("Floods close the coast road", 18), "Floods close the…");
/// ```
pub fn shorten(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names of the news languages written in Latin letters, and how they
    /// fold.
    const CASES: &[(&str, &str)] = &[
        // Vietnamese: a vowel with two marks, "đ" with a stroke.
        ("Nguyễn Thị Minh Khai", "nguyen thi minh khai"),
        ("Hồ Chí Minh", "ho chi minh"),
        ("Đà Nẵng, Phở, Trường", "da nang, pho, truong"),
        // Polish: "ł" has a stroke and no decomposition.
        ("Łódź", "lodz"),
        ("Wałęsa", "walesa"),
        ("Gdańsk", "gdansk"),
        // Turkish: dotted capital I, dotless small ı.
        ("İstanbul", "istanbul"),
        ("Işık", "isik"),
        ("Erdoğan", "erdogan"),
        ("İZMİR", "izmir"),
        // Czech.
        ("Dvořák", "dvorak"),
        ("Ústí nad Labem", "usti nad labem"),
        // Romanian: comma below and the older cedilla both fold.
        ("Timișoara, Constanța", "timisoara, constanta"),
        ("Timişoara, Constanţa", "timisoara, constanta"),
        // Icelandic: thorn to "th", eth to "d", ash to "ae".
        ("Þórshöfn", "thorshofn"),
        ("Guðrún", "gudrun"),
        ("Ægir", "aegir"),
        // German: sharp s, small and capital, to "ss".
        ("Straße", "strasse"),
        ("STRAẞE", "strasse"),
        // Danish, Norwegian, French, Maltese, Sami.
        ("Søren Kierkegaard, Œuvre", "soren kierkegaard, oeuvre"),
        ("Ħamrun, Ŧ, Ŋ", "hamrun, t, n"),
        // Curly quotes and dashes.
        ("Cuba’s ‘best’ – ʼOK‑", "cuba's 'best' - 'ok-"),
        // Combining marks belong to the letter before.
        ("Jose\u{301} Nguye\u{302}\u{303}n", "jose nguyen"),
        // Other scripts are lower-cased only.
        ("Αθήνα Москва", "αθήνα москва"),
    ];

    #[test]
    fn names_of_every_latin_script_fold_to_ascii() {
        for (text, folded) in CASES {
            assert_eq!(fold(text), *folded, "{text}");
            assert_eq!(fold_cow(text), *folded, "{text}");
        }
    }

    #[test]
    fn plain_lower_case_ascii_is_borrowed() {
        assert!(matches!(fold_cow("plain words, 12."), std::borrow::Cow::Borrowed(_)));
        assert_eq!(fold("MIXED Case"), "mixed case");
    }

    #[test]
    fn every_latin_letter_folds_to_at_least_one_character() {
        // `is_furniture_line` and the search rely on it: only combining marks vanish.
        for c in ('\u{C0}'..='\u{24F}').chain('\u{1E00}'..='\u{1EFF}') {
            let folded = fold(c.encode_utf8(&mut [0; 4]));
            assert!(!folded.is_empty(), "{c:?}");
            if c.is_alphabetic() && folded.is_ascii() {
                assert!(folded.bytes().all(|b| b.is_ascii_lowercase()), "{c:?} folds to {folded:?}");
            }
        }
    }
}
