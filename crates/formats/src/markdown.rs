//! Report text as Markdown for the briefs: escaped so that nothing a
//! report says reads as markup.

/// Escapes the characters that would break a Markdown table cell or read as
/// markup. The backslash is escaped too: otherwise a report's own `\`
/// before a `<` would escape our escape and leave the `<` bare.
pub(crate) fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
