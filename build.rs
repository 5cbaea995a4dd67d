//! Analyses the two embedded reports at build time, with the same core the
//! analysis worker runs, so the app opens on their analysis at once: the main
//! page's wasm then holds no analysis code, which lives only in the worker.
//!
//! Writes `embedded-analysis.bin` (the analysis in the core's wire form, as
//! the worker sends it) and the reports' headlines (`headline-a.txt`, `headline-b.txt`)
//! to `OUT_DIR`, and names the report files for `src/reports.rs`
//! through `PARALLAX_REPORT_A` and `PARALLAX_REPORT_B`: this file is the one
//! place that lists them.

use std::path::{Path, PathBuf};

/// Report A and report B, relative to the package root.
const EMBEDDED: [(&str, &str); 2] =
    [("PARALLAX_REPORT_A", "reports/000_3c10382c046089de.txt"), ("PARALLAX_REPORT_B", "reports/003_9b3f9fb4060360a3.txt")];

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut texts = Vec::new();
    for (variable, file) in EMBEDDED {
        let path = root.join(file);
        println!("cargo:rerun-if-changed={file}");
        println!("cargo:rustc-env={variable}={}", path.display());
        texts.push(read(&path));
    }
    let inputs: Vec<parallax_analysis::Input<'_>> = texts.iter().map(|text| parallax_analysis::Input::new(text)).collect();
    let analysis = parallax_analysis::analyze_with(&inputs, &parallax_model::Corrections::default());
    std::fs::write(out.join("embedded-analysis.bin"), parallax_model::wire::encode(&analysis)).expect("OUT_DIR is writable");
    // Their headlines, which the library lists them by whichever pair is chosen.
    for (report, name) in analysis.reports.iter().zip(["headline-a.txt", "headline-b.txt"]) {
        std::fs::write(out.join(name), &report.title).expect("OUT_DIR is writable");
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read embedded report {}: {error}", path.display()))
}
