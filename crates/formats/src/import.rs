//! Turning the files users bring into report text: HTML reduced to its
//! readable text (scripts, styles, navigation and forms dropped, entities
//! decoded, block elements as line breaks), Markdown stripped of its
//! markup, plain text kept as it is.
//!
//! The output is plain text, never markup: nothing a user opens is ever
//! rendered as HTML. Every function here is total on any input.

pub use parallax_model::Format;

/// A file made into a report: its text and the title it carries, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The readable text.
    pub text: String,
    /// The document's title (`<title>`, first `<h1>`, first `# heading`).
    pub title: Option<String>,
}

/// Reduces `text` written in `format` to report text.
///
/// # Example
///
/// ```
/// use parallax_formats::import::{import, Format};
///
/// let page = "<html><head><title>Doctors arrive</title><script>alert(1)</script></head>\
///             <body><nav>Home · World</nav><p>Forty nurses &amp; doctors came.</p></body></html>";
/// let imported = import(page, Format::Html);
/// assert_eq!(imported.title.as_deref(), Some("Doctors arrive"));
/// assert_eq!(imported.text, "Forty nurses & doctors came.");
/// ```
pub fn import(text: &str, format: Format) -> Imported {
    match format {
        Format::Text => Imported { text: text.to_string(), title: None },
        Format::Markdown => markdown(text),
        Format::Html => html(text),
    }
}

/// Elements whose content is never report text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "iframe", "button",
    "select", "textarea", "object", "canvas", "figure",
];

/// Elements that start a new line of text.
const BLOCKS: &[&str] = &[
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "blockquote", "pre", "hr", "main", "dd", "dt", "dl", "figcaption", "address", "title", "body",
];

fn html(source: &str) -> Imported {
    let mut text = String::with_capacity(source.len() / 2);
    let mut title: Option<String> = None;
    let mut heading: Option<String> = None;
    let mut skipping: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut in_h1 = false;
    let mut title_text = String::new();
    let mut h1_text = String::new();
    let mut rest = source;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            push_text(&mut text, rest, &skipping, in_title, in_h1, &mut title_text, &mut h1_text);
            break;
        };
        push_text(&mut text, &rest[..open], &skipping, in_title, in_h1, &mut title_text, &mut h1_text);
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else {
            break;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        let self_closing = tag.ends_with('/');
        if SKIPPED.contains(&name.as_str()) {
            if closing {
                if let Some(at) = skipping.iter().rposition(|n| *n == name) {
                    skipping.truncate(at);
                }
            } else if !self_closing {
                // Raw-text elements end only at their own closing tag.
                if matches!(name.as_str(), "script" | "style" | "template" | "textarea") {
                    rest = find_closing(rest, &name).map_or("", |at| &rest[at..]);
                    continue;
                }
                skipping.push(name.clone());
            }
            continue;
        }
        match (name.as_str(), closing) {
            ("title", false) => in_title = true,
            ("title", true) => {
                in_title = false;
                if title.is_none() {
                    title = Some(collapse(&title_text)).filter(|t| !t.is_empty());
                }
            }
            ("h1", false) => in_h1 = true,
            ("h1", true) => {
                in_h1 = false;
                if heading.is_none() {
                    heading = Some(collapse(&h1_text)).filter(|t| !t.is_empty());
                }
            }
            _ => {}
        }
        if BLOCKS.contains(&name.as_str()) && !text.ends_with('\n') && !text.is_empty() {
            text.push('\n');
        }
    }
    let lines: Vec<String> = text.lines().map(collapse).filter(|l| !l.is_empty()).collect();
    Imported { text: lines.join("\n"), title: title.or(heading) }
}

/// Where the closing tag `</name` starts in `rest`, ignoring case.
fn find_closing(rest: &str, name: &str) -> Option<usize> {
    rest.match_indices("</")
        .map(|(at, _)| at)
        .find(|&at| rest.get(at + 2..at + 2 + name.len()).is_some_and(|tag| tag.eq_ignore_ascii_case(name)))
}

fn push_text(
    out: &mut String,
    raw: &str,
    skipping: &[String],
    in_title: bool,
    in_h1: bool,
    title: &mut String,
    h1: &mut String,
) {
    let decoded = decode_entities(raw);
    if in_title {
        title.push_str(&decoded);
        return;
    }
    if in_h1 {
        h1.push_str(&decoded);
    }
    if skipping.is_empty() {
        out.push_str(&decoded);
    }
}

/// Collapses runs of whitespace into one space and trims.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes the character references of HTML text.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(|c: char| c == ';' || c == '&' || c.is_whitespace()).map(|e| e + 1);
        let decoded =
            end.filter(|&e| rest.as_bytes().get(e) == Some(&b';')).and_then(|e| entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "eacute" => 'é',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        _ => return None,
    })
}

fn markdown(source: &str) -> Imported {
    let mut title = None;
    let mut lines = Vec::new();
    let mut in_code = false;
    for line in source.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            lines.push(line.to_string());
            continue;
        }
        let mut text = trimmed;
        let heading = text.starts_with('#');
        text = text.trim_start_matches('#').trim_start();
        text = text.trim_start_matches('>').trim_start();
        if matches!(text, "---" | "***" | "___") {
            continue;
        }
        let plain = strip_inline(text);
        if heading && title.is_none() && !plain.is_empty() {
            title = Some(plain.clone());
        }
        lines.push(plain);
    }
    Imported { text: lines.join("\n").trim().to_string(), title }
}

/// Removes emphasis, code marks, images and links (keeping their text).
fn strip_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    // Where the next "]" and ")" are from each place, found in one pass
    // from the end: looking for them afresh at each "[" made a line of
    // many "[" quadratic.
    let (close_at, end_at) = if chars.contains(&'[') { (next_of(&chars, ']'), next_of(&chars, ')')) } else { (Vec::new(), Vec::new()) };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '!' if chars.get(i + 1) == Some(&'[') => i += 1,
            '[' => {
                // [text](url): keep the text, drop the url.
                let close = close_at[i];
                if close < chars.len() && chars.get(close + 1) == Some(&'(') && end_at[close] < chars.len() {
                    out.extend(&chars[i + 1..close]);
                    i = end_at[close] + 1;
                    continue;
                }
                out.push(c);
                i += 1;
            }
            '*' | '`' => i += 1,
            '_' if chars.get(i + 1) == Some(&'_') => i += 2,
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// For each index of `chars`, the index of the first `target` at or after
/// it, or `chars.len()` where there is none.
fn next_of(chars: &[char], target: char) -> Vec<usize> {
    let mut next = vec![chars.len(); chars.len()];
    let mut seen = chars.len();
    for (i, &c) in chars.iter().enumerate().rev() {
        if c == target {
            seen = i;
        }
        next[i] = seen;
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_readable_text_only() {
        let page = r#"<!doctype html><html><head><title>A &amp; B</title>
            <style>p { color: red }</style><script>document.write("<p>evil</p>")</script></head>
            <body><header><nav><a href="/">Home</a></nav></header>
            <article><h1>Doctors arrive</h1><p>Forty nurses&nbsp;came on <b>Friday</b>.</p>
            <p>“We are ready,” she said &#8212; and left.</p><!-- <p>hidden</p> -->
            <form><button>Subscribe</button></form></article>
            <footer>© News</footer><img src=x onerror=alert(1)></body></html>"#;
        let imported = import(page, Format::Html);
        assert_eq!(imported.title.as_deref(), Some("A & B"));
        assert_eq!(imported.text, "Doctors arrive\nForty nurses came on Friday.\n“We are ready,” she said — and left.");
    }

    #[test]
    fn broken_html_does_not_panic() {
        for page in
            ["<", "<p", "&", "&#xZZ;", "&#99999999;", "<script>never closed", "<!-- open", "</>", "<p>é&eacute;</p>"]
        {
            let _ = import(page, Format::Html);
        }
        assert_eq!(import("<p>é&eacute;", Format::Html).text, "éé");
    }

    /// The links' reading as it was before `next_of`: each "[" looks for
    /// its "]" and ")" afresh.
    fn links_read_afresh(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let (mut out, mut i) = (String::new(), 0);
        while i < chars.len() {
            let c = chars[i];
            match c {
                '!' if chars.get(i + 1) == Some(&'[') => i += 1,
                '[' => {
                    let close = chars[i..].iter().position(|&c| c == ']').map(|p| p + i);
                    let end = close.filter(|&k| chars.get(k + 1) == Some(&'(')).and_then(|k| chars[k..].iter().position(|&c| c == ')').map(|p| (k, p + k)));
                    if let Some((close, end)) = end {
                        out.extend(&chars[i + 1..close]);
                        i = end + 1;
                        continue;
                    }
                    out.push(c);
                    i += 1;
                }
                '*' | '`' => i += 1,
                '_' if chars.get(i + 1) == Some(&'_') => i += 2,
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        out
    }

    #[test]
    fn links_are_read_as_before_in_one_pass() {
        let lines = [
            "[said](https://x.org) and [a] (b) and [c](d",
            "[[nested]](u) ![img](i.png) [x]y(z) ) ] [",
            "[a](b)[c](d)[e]](f) [g](h)) ((i)) [j](",
            "no links at all, *just* __emphasis__ and `code`",
            "[", "]", "[]()", "[](", "[x](y) é [ü](ß) 中[文](字)",
        ];
        for line in lines {
            assert_eq!(strip_inline(line), links_read_afresh(line), "{line:?}");
        }
        // Two million "[" on one line: each once, not each to the line's end.
        let many = "[".repeat(2_000_000);
        assert_eq!(strip_inline(&many), many);
    }

    #[test]
    fn markdown_loses_its_markup() {
        let md = "# Storm *hits* the coast\n\n> **Forty** nurses came, [said](https://x.org) the `agency`.\n\n---\n![map](m.png) caption";
        let imported = import(md, Format::Markdown);
        assert_eq!(imported.title.as_deref(), Some("Storm hits the coast"));
        assert_eq!(imported.text, "Storm hits the coast\n\nForty nurses came, said the agency.\n\nmap caption");
    }

    #[test]
    fn formats_are_guessed_from_names_and_content() {
        assert_eq!(Format::guess("a.HTML", ""), Format::Html);
        assert_eq!(Format::guess("notes.md", ""), Format::Markdown);
        assert_eq!(Format::guess("report.txt", "  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::guess("report.txt", "Plain words."), Format::Text);
    }
}
