//! Text helpers shared by the page and the analysis: folding words so that
//! accents, case and curly apostrophes do not matter, shortening a title
//! for a label, and what counts as a report's text at all (the page and
//! the command line refuse the same inputs).

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
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// Appends the folded form of `word` (see [`fold`]) to `out`.
///
/// Folding works character by character, so runs of ASCII, which have no
/// diacritic, `fold_char` base or combining mark, are copied and
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
            match fold_char(c) {
                Some(base) => out.push(base),
                None if is_combining(c) => {}
                None => out.extend(c.to_lowercase()),
            }
        }
        rest = chars.as_str();
    }
}

/// The ASCII base of a Latin letter with a diacritic, lower-cased.
fn fold_char(c: char) -> Option<char> {
    let base = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => 'a',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => 'c',
        'Ď' | 'ď' | 'Đ' | 'đ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => 'e',
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => 'g',
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => 'l',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => 'o',
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => 'r',
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => 's',
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ' | 'ũ' | 'Ū' | 'ū' | 'Ŭ' | 'ŭ' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => {
            'u'
        }
        'Ŵ' | 'ŵ' => 'w',
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => 'z',
        '’' | '‘' | 'ʼ' => '\'',
        '‐' | '‑' | '–' => '-',
        _ => return None,
    };
    Some(base)
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
