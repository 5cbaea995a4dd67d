//! Report text as Markdown for the briefs: escaped so that nothing a
//! report says reads as markup, and figures as the report states them.

use parallax_model::{Figure, FigureKind};

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

/// A figure as a report states it: "about 1,200 people".
pub(crate) fn statement(figure: &Figure) -> String {
    let mut parts = Vec::new();
    if !figure.qualifier.label().is_empty() {
        parts.push(figure.qualifier.label().to_string());
    }
    parts.push(figure.text.clone());
    if figure.kind == FigureKind::Count && !figure.unit.is_empty() {
        parts.push(figure.unit.clone());
    }
    if let Some(period) = figure.period {
        parts.push(period.label().to_string());
    }
    parts.join(" ")
}
