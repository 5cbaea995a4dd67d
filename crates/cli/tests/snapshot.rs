//! Byte-for-byte snapshots of what the analysis produces: the documented
//! JSON (what `parallax analyze` prints), the Markdown brief and a digest of
//! the wire form, for every dev-set report alone, for dev-set reports in
//! pairs, and for the embedded pair with and without corrections.
//!
//! The snapshots in `tests/snapshots/` were recorded before the code was
//! rearranged into crates by layer; a move that changes no behaviour leaves
//! them all equal. A change that is meant to alter the analysis records them
//! again with `UPDATE_SNAPSHOTS=1 cargo test --test snapshot` and says why in
//! its commit.

#[path = "../../analysis/tests/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::path::{Path, PathBuf};

use parallax_analysis::{Input, analyze, analyze_with};
use parallax_formats::{brief, to_json};
use parallax_model::{Analysis, Correction, Corrections, Kind, wire};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The dev set's reports as (name, text), in file order.
fn dev_reports() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("../analysis/tests/devset"))
        .expect("the dev set is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ann"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let text = std::fs::read_to_string(path).expect("a dev-set file is UTF-8");
            (name, corpus::strip_markup(&text))
        })
        .collect()
}

/// The two embedded example reports, as shipped.
fn embedded_pair() -> [String; 2] {
    let read = |name: &str| {
        let path = root().join("../../reports").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is readable", path.display()))
    };
    [read("000_3c10382c046089de.txt"), read("003_9b3f9fb4060360a3.txt")]
}

/// FNV-1a over the bytes, in hex: a stable digest of the wire form.
fn digest(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x} ({} bytes)\n", bytes.len())
}

/// Everything one analysis is snapshotted as.
fn outputs(analysis: &Analysis) -> Vec<(&'static str, String)> {
    let mut out = vec![("json", to_json(analysis) + "\n"), ("wire", digest(&wire::encode(analysis)))];
    if analysis.reports.len() == 2 {
        out.push(("brief.md", brief(analysis)));
    }
    out
}

/// Compares `actual` with the committed snapshot `name`, or records it when
/// `UPDATE_SNAPSHOTS` is set. Returns a description of a difference.
fn check(name: &str, actual: &str) -> Option<String> {
    let path = root().join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("snapshots folder");
        std::fs::write(&path, actual).expect("snapshot written");
        return None;
    }
    let expected = match std::fs::read_to_string(&path) {
        Ok(expected) => expected,
        Err(_) => return Some(format!("{name}: no snapshot recorded")),
    };
    if expected == actual {
        return None;
    }
    let at = expected.bytes().zip(actual.bytes()).take_while(|(a, b)| a == b).count();
    let around = |s: &str| s[s.floor_char_boundary(at.saturating_sub(80))..s.floor_char_boundary(at + 80)].to_string();
    Some(format!("{name}: differs at byte {at}\n  recorded: {:?}\n  now:      {:?}", around(&expected), around(actual)))
}

fn check_all(cases: &[(String, Analysis)]) {
    let differences: Vec<String> = cases
        .iter()
        .flat_map(|(name, analysis)| {
            outputs(analysis).into_iter().filter_map(move |(ext, text)| check(&format!("{name}.{ext}"), &text))
        })
        .collect();
    assert!(differences.is_empty(), "{} snapshot(s) differ:\n{}", differences.len(), differences.join("\n"));
}

#[test]
fn every_dev_set_report_alone_is_analysed_as_recorded() {
    let cases: Vec<(String, Analysis)> =
        dev_reports().into_iter().map(|(name, text)| (format!("alone/{name}"), analyze(&[Input::new(&text)]))).collect();
    check_all(&cases);
}

#[test]
fn dev_set_reports_in_pairs_are_compared_as_recorded() {
    let reports = dev_reports();
    let cases: Vec<(String, Analysis)> = reports
        .chunks(2)
        .filter(|pair| pair.len() == 2)
        .map(|pair| {
            let name = format!("pairs/{}+{}", pair[0].0, pair[1].0);
            (name, analyze(&[Input::new(&pair[0].1), Input::new(&pair[1].1)]))
        })
        .collect();
    check_all(&cases);
}

#[test]
fn the_embedded_pair_is_analysed_as_recorded() {
    let [a, b] = embedded_pair();
    let plain = analyze(&[Input::new(&a), Input::new(&b)]);
    let titled = analyze(&[Input::titled(&a, "Report A"), Input::titled(&b, "Report B")]);
    let corrections = Corrections {
        items: vec![
            Correction::Retype { name: "Decentralized Public Body".into(), kind: Kind::Place },
            Correction::Add { text: "Social Security".into(), kind: Kind::Organization },
            Correction::NotAnEntity { text: "Mexico".into() },
            Correction::Merge { name: "José Ángel Portal Miranda".into(), into: "Miguel Díaz-Canel Bermúdez".into() },
            Correction::Split { text: "Zoé Robledo".into(), from: "Zoé Robledo Aburto".into() },
            Correction::NotAnEntity { text: "1,200".into() },
        ],
    };
    let corrected = analyze_with(&[Input::new(&a), Input::new(&b)], &corrections);
    check_all(&[
        ("embedded/pair".to_string(), plain),
        ("embedded/titled".to_string(), titled),
        ("embedded/corrected".to_string(), corrected),
    ]);
}
