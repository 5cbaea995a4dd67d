//! The Parallax command line: analyse report files and print the analysis
//! as the documented JSON (see `docs/analysis-schema.md`).
//!
//! ```text
//! parallax analyze FILE...
//! ```

use std::process::ExitCode;

use parallax_analysis::{Input, analyze};
use parallax_formats::to_json;

const USAGE: &str = "usage: parallax analyze FILE...

Analyses each report file (UTF-8 text) and prints one JSON document with
every report's mentions, entities, figures and quotes. Entities share ids
across the files given together.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((command, files)) if command == "analyze" && !files.is_empty() => run_analyze(files),
        Some((flag, _)) if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run_analyze(files: &[String]) -> ExitCode {
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        match std::fs::read(file) {
            // Invalid UTF-8 is replaced, not rejected: offsets refer to the
            // text as decoded, which is what the JSON reports.
            Ok(bytes) => texts.push(String::from_utf8_lossy(&bytes).into_owned()),
            Err(error) => {
                eprintln!("parallax: cannot read {file}: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    let inputs: Vec<Input<'_>> = texts.iter().map(|text| Input::new(text)).collect();
    println!("{}", to_json(&analyze(&inputs)));
    ExitCode::SUCCESS
}
