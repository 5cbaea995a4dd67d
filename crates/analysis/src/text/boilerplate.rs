//! Site text in scraped copy: the furniture that trails an article
//! ("What do you think?", "COMMENTFiled in:"), and inside it stray
//! furniture lines, photo credits and metadata stamps, set apart from the
//! article body; and the lines of a text.
//!
//! Site text inside the body is a whole line, or a stamp that opens or
//! closes one ("date 2024-11-05 SEATTLE (AP) — …"): the rest of that line
//! stays report text.

use parallax_model::Span;

use super::metadata::{is_dated_title, stamp_in};
use super::tokenize;
use crate::lexicon;

/// The lines of `within`, each without its line break, empty ones included.
pub(crate) fn lines(text: &str, within: Span) -> impl Iterator<Item = Span> + '_ {
    let slice = within.slice(text);
    let base = within.start;
    let mut offset = 0;
    std::iter::from_fn(move || {
        if offset > slice.len() || (offset == slice.len() && offset != 0) {
            return None;
        }
        let rest = &slice[offset..];
        let (line_len, step) = match rest.find('\n') {
            Some(at) => (at, at + 1),
            None => (rest.len(), rest.len() + 1),
        };
        let line = &rest[..line_len];
        let line_len = line.strip_suffix('\r').map_or(line_len, str::len);
        let span = Span::new(base + offset, base + offset + line_len);
        offset += step;
        Some(span)
    })
}

/// `span` without leading and trailing whitespace, or `None` if nothing is left.
pub(crate) fn trim(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = span.start + trimmed_start;
    Some(Span::new(start, start + trimmed.len()))
}

/// Splits the site boilerplate that scraped copy carries at its end (and
/// stray furniture lines inside it) from the article body.
///
/// A trailing line is furniture when it is short and carries a cue from the
/// boilerplate lexicon ("what do you think", "filed in", "share this",
/// "all rights reserved"…); the trailing run of such lines, blank lines
/// included, is set aside. Inside the body, lines that consist of a cue
/// alone ("Advertisement", "Read more"), photo credits and metadata stamps
/// are set aside (see [`site_text_in`]). The spans are sorted and do not
/// overlap.
pub(super) fn split_boilerplate(text: &str) -> (Span, Vec<Span>) {
    let whole = Span::new(0, text.len());
    let all: Vec<Span> = lines(text, whole).collect();
    let mut cut = trailing_cut(text, &all);
    // Keep every trailing blank line that followed the article with it, so
    // the boilerplate block starts at its first non-blank line.
    while cut < all.len() && all[cut].slice(text).trim().is_empty() {
        cut += 1;
    }
    let body_end = if cut == all.len() { text.len() } else { all[cut].start };
    let body = Span::new(0, body_end);
    let listed = dated_title_runs(text, &all[..cut]);
    let mut boilerplate: Vec<Span> = all[..cut]
        .iter()
        .zip(listed)
        .filter_map(|(line, listed)| if listed { trim(text, *line) } else { site_text_in(text, *line) })
        .collect();
    if body_end < text.len() {
        boilerplate.extend(trim(text, Span::new(body_end, text.len())));
    }
    (body, boilerplate)
}

/// How many of `lines` the article keeps: the trailing run of site text
/// is cut where it holds a cue of the boilerplate lexicon, with the
/// markup residue ("0 : 0"), metadata stamps ("6 hours ago") and lists of
/// links to other stories (a title, maybe its teaser, between such lines)
/// around it. Titles count only once a line of site text above them is
/// reached: more than two in a row are report text, and the cut goes back
/// below them.
fn trailing_cut(text: &str, lines: &[Span]) -> usize {
    let mut cut = lines.len();
    // Where the cut may stand: below every line taken so far that is no
    // link title.
    let mut settled = lines.len();
    let mut saw_cue = false;
    let mut titles = 0;
    while cut > 0 {
        let line = lines[cut - 1];
        let content = line.slice(text).trim();
        if content.is_empty() {
            cut -= 1;
            continue;
        }
        if lexicon::is_trailing_boilerplate(&unglued(content)) {
            saw_cue = true;
        } else if is_markup_residue(content)
            || is_age(content)
            || trim(text, line).and_then(|l| stamp_in(text, l)).is_some_and(|s| s.slice(text) == content)
        {
            // "0 : 0", "• medium-wide-browser", "6 hours ago": no words of
            // a report, only where a cue makes the tail site text.
        } else if is_link_title(content) && titles < 2 {
            titles += 1;
            cut -= 1;
            continue;
        } else {
            break;
        }
        titles = 0;
        cut -= 1;
        settled = cut;
    }
    if saw_cue { settled } else { lines.len() }
}

/// The site text of a line of the body, if it has some: the whole line
/// if it is a furniture line ("Advertisement") or a photo credit ("Photo:
/// Reuters"); a metadata stamp, which may fill the line, open it or close
/// it (see [`metadata`](super::metadata)).
fn site_text_in(text: &str, line: Span) -> Option<Span> {
    let line = trim(text, line)?;
    let content = line.slice(text);
    // "1 / 7": a slideshow's counter; "47383", "1.2111462-40861055": a
    // page's numbers, alone on their line.
    let counter = content.bytes().any(|b| b.is_ascii_digit())
        && content.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | ' ' | '.' | '-'));
    if counter
        || lexicon::is_furniture_line(content)
        || lexicon::is_credit_line(content)
        || lexicon::is_site_label(content)
        || is_glued_menu(content)
        || is_reading_time(content)
    {
        return Some(line);
    }
    let stamp = stamp_in(text, line)?;
    // "date 2018-11-15 World News": a stamp, then the page's section, or
    // a command to the reader ("DOWNLOAD THE APP").
    let rest = Span::new(stamp.end, line.end);
    if stamp.start == line.start && rest.start < rest.end && lexicon::is_site_label(rest.slice(text).trim()) {
        return Some(line);
    }
    Some(stamp)
}

/// Whether a line is a site's menu scraped with its items glued together:
/// three words or more where a capital follows a small letter and opens a
/// word ("FinancialGovernment SolutionsLegalReuters News AgencyRisk …").
/// A brand has one such word ("YouTube"), a name's prefix another
/// ("McDonald").
fn is_glued_menu(line: &str) -> bool {
    // Every line of a report is asked: a line of sentences is none, and
    // is told at once. Then by bytes: ASCII letters are enough to tell
    // menus, which are in the site's own language.
    if line.len() > 400 || line.contains(". ") {
        return false;
    }
    let bytes = line.as_bytes();
    let (mut glued, mut in_word_counted, mut word_start) = (0, false, 0);
    for (k, &b) in bytes.iter().enumerate() {
        if b.is_ascii_whitespace() {
            (in_word_counted, word_start) = (false, k + 1);
            continue;
        }
        let joint = k >= word_start + 2
            && bytes[k - 1].is_ascii_lowercase()
            && b.is_ascii_uppercase()
            && bytes.get(k + 1).is_some_and(u8::is_ascii_lowercase);
        if joint && !in_word_counted {
            glued += 1;
            in_word_counted = true;
        }
    }
    glued >= 3
}

/// Whether a line only says how long the story takes to read ("1 Min
/// Read", "5 minute read").
fn is_reading_time(line: &str) -> bool {
    if line.len() > 20 || !line.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<String> = line.split_whitespace().map(str::to_lowercase).collect();
    matches!(&words[..], [n, unit, read] if n.chars().all(|c| c.is_ascii_digit())
        && matches!(unit.as_str(), "min" | "mins" | "minute" | "minutes")
        && read == "read")
}

/// Whether a line only says how long ago a linked story appeared ("4
/// hours ago", "a day ago").
fn is_age(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.last().is_some_and(|w| w.eq_ignore_ascii_case("ago"))
}

/// Whether a line reads as the title of a link: a few words, not
/// ending like a sentence.
fn is_link_title(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (2..=20).contains(&words) && !line.trim_end_matches(['"', '”', '\'', ')']).ends_with(['.', '!', '?', ':'])
}

/// Whether a line holds no words of a report: no letter at all ("0 : 0",
/// "—"), or only a list of the page's own identifiers, lower-case words
/// joined by hyphens ("• medium-wide-browser-and-larger").
fn is_markup_residue(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    let identifier = |w: &str| w.contains('-') && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    !line.chars().any(char::is_alphabetic) || (!words.is_empty() && words.iter().all(|w| identifier(w)))
}

/// Which of `lines` are in a list of dated links to other stories: a
/// dated title (see [`is_dated_title`]) next to another one, with at most
/// lines without a letter or digit ("-") between them. A lone dated title
/// may be the report's headline, and stays.
fn dated_title_runs(text: &str, lines: &[Span]) -> Vec<bool> {
    // A dated title ends in a digit, which few lines do.
    let ends_in_digit = |line: &Span| line.slice(text).trim_end().ends_with(|c: char| c.is_ascii_digit());
    let dated: Vec<bool> = lines
        .iter()
        .map(|line| ends_in_digit(line) && trim(text, *line).is_some_and(|l| is_dated_title(text, l)))
        .collect();
    let has_words = |line: &Span| line.slice(text).chars().any(char::is_alphanumeric);
    // The dated flag of the nearest line with words before each line, then after it.
    let mut before = vec![false; lines.len()];
    let mut last = false;
    for (i, line) in lines.iter().enumerate() {
        before[i] = last;
        if has_words(line) {
            last = dated[i];
        }
    }
    let mut listed = vec![false; lines.len()];
    let mut next = false;
    for (i, line) in lines.iter().enumerate().rev() {
        listed[i] = dated[i] && (before[i] || next);
        if has_words(line) {
            next = dated[i];
        }
    }
    listed
}

/// The line with its tokens separated by single spaces, so that glued
/// furniture ("COMMENTFiled in:") reads as words ("COMMENT Filed in :").
fn unglued(line: &str) -> String {
    let mut tokens = Vec::new();
    tokenize(line, Span::new(0, line.len()), &mut tokens);
    let words: Vec<&str> = tokens.iter().map(|t| t.text(line)).collect();
    words.join(" ")
}
