//! The news-like corpus shared by the benchmarks: the dev set's reports with
//! their markup stripped, plus the two embedded reports, repeated to a size.

use std::path::Path;

/// The text of an annotated dev-set file without its markup.
pub fn strip_markup(annotated: &str) -> String {
    let mut out = String::with_capacity(annotated.len());
    let mut rest = annotated;
    while !rest.is_empty() {
        let next = [rest.find("[["), rest.find("{{")].into_iter().flatten().min();
        let Some(at) = next else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..at]);
        let close = if rest[at..].starts_with("[[") { "]]" } else { "}}" };
        let body = &rest[at + 2..];
        let Some(end) = body.find(close) else {
            out.push_str(&rest[at..]);
            break;
        };
        out.push_str(body[..end].split('|').next().unwrap_or(""));
        rest = &body[end + 2..];
    }
    out
}

/// Every report of the dev set and the embedded pair, as plain text.
pub fn reports() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("tests/devset"))
        .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "ann"));
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).map(|a| strip_markup(&a)).collect()
}

/// News-like text of at least `bytes` bytes, made of whole reports.
pub fn of_size(bytes: usize) -> String {
    fill(reports(), bytes)
}

/// A second report to compare with [`of_size`]: the same reports in the
/// opposite order, so the two share passages and figures but not their
/// sequence, as two reports of one story do.
pub fn counterpart_of_size(bytes: usize) -> String {
    let mut reports = reports();
    reports.reverse();
    fill(reports, bytes)
}

fn fill(reports: Vec<String>, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 8192);
    'fill: loop {
        for report in &reports {
            if out.len() >= bytes {
                break 'fill;
            }
            out.push_str(report);
            out.push_str("\n\n");
        }
        if reports.is_empty() {
            break;
        }
    }
    out
}

/// The reports of one story of `count` reports of at least `bytes` bytes
/// each: every report draws on the same dev-set reports, in its own order
/// and leaving out its own quarter of them, so that any two share much of
/// their text and figures (as wire copy does) but neither all of it nor in
/// the same order.
pub fn story(count: usize, bytes: usize) -> Vec<String> {
    let all = reports();
    (0..count)
        .map(|k| {
            let n = all.len().max(1);
            let kept: Vec<String> =
                (0..n).map(|i| (i + 5 * k) % n).filter(|i| (i + k) % 4 != 0).filter_map(|i| all.get(i).cloned()).collect();
            fill(kept, bytes)
        })
        .collect()
}
