//! The shape of the house, checked: the page's crate depends on the model
//! and the protocol only; no source file is much over 600 lines; no
//! function over 80 unless a comment says why; no import cycle between
//! the modules of a crate (or between sibling modules of a folder).
//!
//! These are measured on the source text, so they run on the host with
//! `cargo test` like every other check, and fail with the file and line a
//! newcomer should look at.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A source file longer than this many lines is a room too big to hold in
/// one's head; split it by what it does. (Tests at the bottom of a file
/// count: they are read with it.)
const MAX_FILE_LINES: usize = 650;

/// A function longer than this many lines needs a comment saying why,
/// written as `// Long:` on a line of its doc or just above it.
const MAX_FN_LINES: usize = 80;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The source trees whose code is checked: the page and every crate.
fn source_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![root().join("src")];
    let mut crates: Vec<PathBuf> = std::fs::read_dir(root().join("crates"))
        .expect("crates/ is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path().join("src"))
        .filter(|src| src.is_dir())
        .collect();
    crates.sort();
    dirs.extend(crates);
    dirs
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

/// The lines of `text` before its `#[cfg(test)]` module, if it has one.
fn code_lines(text: &str) -> Vec<&str> {
    text.lines().take_while(|line| line.trim() != "#[cfg(test)]").collect()
}

#[test]
fn the_page_links_the_model_and_the_protocol_but_no_analysis() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml is readable");
    let dependencies = manifest
        .split("\n[")
        .find(|section| section.starts_with("dependencies]"))
        .expect("the page has dependencies");
    let ours: Vec<&str> = dependencies
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| name.starts_with("parallax-"))
        .collect();
    assert_eq!(ours, ["parallax-model", "parallax-protocol"], "the page's own crates");
    for (name, forbidden) in [("model", ["parallax-analysis", "parallax-formats"]), ("protocol", ["parallax-analysis", "parallax-formats"])] {
        let manifest = std::fs::read_to_string(root().join("crates").join(name).join("Cargo.toml")).expect("readable");
        let normal = manifest.split("\n[").find(|s| s.starts_with("dependencies]")).unwrap_or("");
        for crate_name in forbidden {
            assert!(!normal.contains(crate_name), "crates/{name} must not depend on {crate_name}");
        }
    }
}

#[test]
fn no_source_file_is_too_long_to_hold_in_ones_head() {
    let long: Vec<String> = source_dirs()
        .iter()
        .flat_map(|dir| rust_files(dir))
        .filter_map(|path| {
            let lines = std::fs::read_to_string(&path).ok()?.lines().count();
            (lines > MAX_FILE_LINES).then(|| format!("{}: {lines} lines", relative(&path)))
        })
        .collect();
    assert!(long.is_empty(), "files over {MAX_FILE_LINES} lines:\n{}", long.join("\n"));
}

/// The functions of `lines` longer than [`MAX_FN_LINES`] with no `// Long:`
/// reason, as (line number, name, length).
fn long_functions(lines: &[&str]) -> Vec<(usize, String, usize)> {
    let mut long = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let signature = trimmed
            .strip_prefix("pub(crate) ")
            .or_else(|| trimmed.strip_prefix("pub(super) "))
            .or_else(|| trimmed.strip_prefix("pub "))
            .unwrap_or(trimmed);
        let Some(rest) = signature.strip_prefix("fn ").or_else(|| signature.strip_prefix("const fn ")) else {
            continue;
        };
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let indent = line.len() - trimmed.len();
        let closing = " ".repeat(indent) + "}";
        let Some(end) = lines[at..].iter().position(|l| *l == closing || l.starts_with(&(closing.clone() + " "))) else {
            continue;
        };
        let length = end + 1;
        let reasoned = lines[..at].iter().rev().take_while(|l| l.trim_start().starts_with("//") || l.trim_start().starts_with("#[")).any(|l| l.contains("Long:"));
        if length > MAX_FN_LINES && !reasoned {
            long.push((at + 1, name, length));
        }
    }
    long
}

#[test]
fn no_function_is_long_without_a_stated_reason() {
    let mut long = Vec::new();
    for path in source_dirs().iter().flat_map(|dir| rust_files(dir)) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (line, name, length) in long_functions(&code_lines(&text)) {
            long.push(format!("{}:{line}: fn {name}, {length} lines", relative(&path)));
        }
    }
    assert!(long.is_empty(), "functions over {MAX_FN_LINES} lines without a `// Long:` reason:\n{}", long.join("\n"));
}

/// The module a file is, as a path from its crate's root ("names::finder"),
/// or `None` for a crate root or a binary's entry point.
fn module_path(src: &Path, file: &Path) -> Option<Vec<String>> {
    let relative = file.strip_prefix(src).ok()?.with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|part| part.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|last| last == "mod") {
        parts.pop();
    }
    if parts.first().is_some_and(|first| first == "bin") || matches!(parts.as_slice(), [only] if only == "lib" || only == "main") {
        return None;
    }
    Some(parts)
}

/// The modules a file's code names through `crate::` paths.
fn uses_of(text: &str) -> BTreeSet<Vec<String>> {
    let mut uses = BTreeSet::new();
    for line in code_lines(text) {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let path: String = rest[at + 7..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let segments: Vec<String> = path.split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
            if !segments.is_empty() {
                uses.insert(segments);
            }
            rest = &rest[at + 7..];
        }
        // `use crate::{a, b::c}` names several.
        if let Some(group) = line.strip_prefix("use crate::{") {
            for item in group.trim_end_matches("};").split(',') {
                let segments: Vec<String> =
                    item.trim().split("::").map(|s| s.trim_matches(|c: char| !c.is_alphanumeric() && c != '_').to_string()).collect();
                if segments.first().is_some_and(|s| !s.is_empty()) {
                    uses.insert(segments);
                }
            }
        }
    }
    uses
}

/// The import graph between sibling modules of one crate: an edge from a
/// module to each sibling (a module with the same parent) that its code or
/// its children's code names.
fn import_graph(src: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let files = rust_files(src);
    let modules: BTreeSet<Vec<String>> = files.iter().filter_map(|f| module_path(src, f)).collect();
    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let Some(from) = module_path(src, file) else { continue };
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for used in uses_of(&text) {
            // The longest prefix of the path that is a module.
            let Some(target) = (1..=used.len()).rev().map(|n| used[..n].to_vec()).find(|p| modules.contains(p)) else {
                continue;
            };
            // Compare at the level where the two paths part: siblings.
            let common = from.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common == from.len() || common == target.len() {
                continue; // a module and its own descendant or ancestor
            }
            let a = from[..=common].to_vec();
            let b = target[..=common].to_vec();
            graph.entry(a).or_default().insert(b);
        }
    }
    graph
}

/// A cycle in `graph`, if there is one, as the modules along it.
fn find_cycle(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Option<Vec<Vec<String>>> {
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.clone());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_modules_import_each_other_in_a_cycle() {
    let cycles: Vec<String> = source_dirs()
        .iter()
        .filter_map(|src| {
            let cycle = find_cycle(&import_graph(src))?;
            let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
            Some(format!("{}: {}", relative(src), names.join(" → ")))
        })
        .collect();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_checks_themselves_see_what_they_look_for() {
    let code = ["fn short() {", "    1", "}", "fn long() {"].into_iter().chain(std::iter::repeat_n("    x();", 90)).chain(["}"]);
    let lines: Vec<&str> = code.collect();
    assert_eq!(long_functions(&lines), [(4, String::from("long"), 92)]);
    let mut graph = BTreeMap::new();
    let a = vec![String::from("a")];
    let b = vec![String::from("b")];
    graph.insert(a.clone(), BTreeSet::from([b.clone()]));
    graph.insert(b.clone(), BTreeSet::from([a.clone()]));
    assert_eq!(find_cycle(&graph), Some(vec![a.clone(), b, a]));
    let uses = uses_of("use crate::text::{Prepared, Shape};\nuse crate::{Input, names::Found};\n");
    assert!(uses.contains(&vec![String::from("text")]));
    assert!(uses.contains(&vec![String::from("names"), String::from("Found")]));
}
