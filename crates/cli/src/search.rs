//! `parallax search`: the app's pattern search over report files, printed
//! as grep prints its matches (`FILE:LINE:COLUMN: hit`) or as JSON lines.

use parallax_analysis::pattern::{Hits, Pattern};
use parallax_model::search::MAX_HITS;
use serde_json::json;

/// Where a hit starts, as editors count: line and column from 1, the
/// column in characters.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The lines that print `hits` of the report `name` (whose text is
/// `text`), one per hit: JSON objects with `json`, else grep's form, with
/// the hit's line breaks shown as spaces.
pub(crate) fn lines(name: &str, text: &str, hits: &Hits, json: bool) -> String {
    let mut out = String::new();
    for span in &hits.spans {
        let (line, column) = line_and_column(text, span.start);
        let hit = &text[span.range()];
        if json {
            let record = json!({ "file": name, "line": line, "column": column, "start": span.start, "end": span.end, "text": hit });
            out.push_str(&record.to_string());
        } else {
            let flat: String = hit.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
            out.push_str(&format!("{name}:{line}:{column}: {flat}"));
        }
        out.push('\n');
    }
    out
}

/// What a report with more hits than are shown says, on standard error.
pub(crate) fn more_note(name: &str) -> String {
    format!("parallax: {name} has more than {MAX_HITS} hits; the first {MAX_HITS} are shown")
}

/// The pattern compiled, or the message that says why it cannot be.
pub(crate) fn compile(pattern: &str) -> Result<Pattern, String> {
    Pattern::new(pattern).map_err(|error| format!("invalid pattern: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_print_as_grep_and_as_json_lines() {
        let text = "Nurses\n\nAna Díaz said 1,200 nurses came;\nDIAZ said 35 doctors.";
        let pattern = compile(r"\d[\d,]* (nurses|doctors)").unwrap();
        let hits = pattern.find(text);
        assert_eq!(lines("a.txt", text, &hits, false), "a.txt:3:15: 1,200 nurses\na.txt:4:11: 35 doctors\n");
        let json = lines("a.txt", text, &hits, true);
        let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
        assert_eq!(first["text"], "1,200 nurses");
        assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(3), Some(15)));
        assert_eq!(&text[first["start"].as_u64().unwrap() as usize..first["end"].as_u64().unwrap() as usize], "1,200 nurses");
        let accents = compile("diaz").unwrap().find(text);
        assert_eq!(lines("a.txt", text, &accents, false), "a.txt:3:5: Díaz\na.txt:4:1: DIAZ\n");
        assert!(compile("(said").unwrap_err().contains("unclosed group"));
    }
}
