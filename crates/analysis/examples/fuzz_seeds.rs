//! Writes seed inputs for the fuzz targets in `fuzz/` (see docs/fuzzing.md):
//!
//! - `fuzz/corpus/wire/`: the wire form of the analysis of each dev-set
//!   report, of each two neighbouring reports as a pair, and of no report;
//! - `fuzz/corpus/analyze-long/`: a report of about 200 KB and a pair of
//!   about 180 KB each joined by a 0xFF byte, long enough for the analysis
//!   to work in two halves.
//!
//! `cargo run --release -p parallax-analysis --example fuzz_seeds`

#[path = "../tests/support/corpus.rs"]
#[allow(dead_code)] // The seeds use a part of the shared corpus.
mod corpus;

use std::path::{Path, PathBuf};

use parallax_analysis::{Input, analyze};
use parallax_model::{Analysis, wire};

fn main() -> std::io::Result<()> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let wire_seeds = folder(&fuzz, "wire")?;
    let reports = corpus::reports();
    for (i, report) in reports.iter().enumerate() {
        let analysis = analyze(&[Input::new(report)]);
        std::fs::write(wire_seeds.join(format!("one-{i:02}")), wire::encode(&analysis))?;
    }
    for (i, pair) in reports.windows(2).enumerate() {
        let analysis = analyze(&[Input::new(&pair[0]), Input::new(&pair[1])]);
        std::fs::write(wire_seeds.join(format!("pair-{i:02}")), wire::encode(&analysis))?;
    }
    std::fs::write(wire_seeds.join("none"), wire::encode(&Analysis::default()))?;

    let long_seeds = folder(&fuzz, "analyze-long")?;
    std::fs::write(long_seeds.join("one-200k"), corpus::of_size(200_000))?;
    let mut pair = corpus::of_size(180_000).into_bytes();
    pair.push(0xFF);
    pair.extend(corpus::counterpart_of_size(180_000).into_bytes());
    std::fs::write(long_seeds.join("pair-180k"), pair)?;
    println!("seeds written under {}", fuzz.display());
    Ok(())
}

fn folder(parent: &Path, name: &str) -> std::io::Result<PathBuf> {
    let path = parent.join(name);
    std::fs::create_dir_all(&path)?;
    Ok(path)
}
