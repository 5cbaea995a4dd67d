//! The Parallax command line: analyse report files and print the analysis
//! as the documented JSON (see `docs/analysis-schema.md`).
//!
//! ```text
//! parallax analyze FILE...
//! ```
//!
//! It refuses what the app refuses, with the same limits
//! (`parallax_model::text`): a file that looks binary, one with no text,
//! one over 8 MB. `-h` or `--help` anywhere prints the usage; after `--`,
//! every argument is a file name.

use std::process::ExitCode;

use parallax_analysis::{Input, analyze};
use parallax_formats::to_json;
use parallax_model::text::{MAX_REPORT_BYTES, looks_binary};

const USAGE: &str = "usage: parallax analyze [--] FILE...

Analyses each report file (UTF-8 text) and prints one JSON document with
every report's mentions, entities, figures and quotes. Entities share ids
across the files given together. Files that look binary, hold no text or
are over 8 MB are refused, as in the app.

  -h, --help   print this and exit";

/// What the arguments ask for.
#[derive(Debug, PartialEq)]
enum Command<'a> {
    Help,
    Analyze(Vec<&'a str>),
    /// Why the arguments make no command.
    Usage(String),
}

/// Reads the arguments (without the program's name).
fn parse(args: &[String]) -> Command<'_> {
    let options_end = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let options = &args[..options_end];
    if options.iter().any(|a| a == "-h" || a == "--help") {
        return Command::Help;
    }
    let Some((command, rest)) = options.split_first() else {
        return Command::Usage(String::from("no command given"));
    };
    if command != "analyze" {
        return Command::Usage(format!("unknown command {command}"));
    }
    if let Some(option) = rest.iter().find(|a| a.starts_with('-') && a.len() > 1) {
        return Command::Usage(format!("unknown option {option}"));
    }
    let files: Vec<&str> = rest.iter().chain(args.get(options_end + 1..).unwrap_or_default()).map(String::as_str).collect();
    if files.is_empty() {
        return Command::Usage(String::from("no file given"));
    }
    Command::Analyze(files)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Command::Help => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Command::Analyze(files) => run_analyze(&files),
        Command::Usage(why) => {
            eprintln!("parallax: {why}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// A report file's text, or why the app would refuse it.
fn read_report(file: &str) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|error| format!("cannot read {file}: {error}"))?;
    // Invalid UTF-8 is replaced, not rejected, as the browser does: offsets
    // refer to the text as decoded, which is what the JSON reports.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    if text.len() > MAX_REPORT_BYTES {
        return Err(format!(
            "{file} is {:.1} MB; Parallax handles reports up to {} MB",
            text.len() as f64 / 1_048_576.0,
            MAX_REPORT_BYTES / 1_048_576
        ));
    }
    if looks_binary(&text) {
        return Err(format!("{file} looks like a binary file, not text"));
    }
    if text.trim().is_empty() {
        return Err(format!("{file} holds no text"));
    }
    Ok(text)
}

fn run_analyze(files: &[&str]) -> ExitCode {
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        match read_report(file) {
            Ok(text) => texts.push(text),
            Err(why) => {
                eprintln!("parallax: {why}");
                return ExitCode::FAILURE;
            }
        }
    }
    let inputs: Vec<Input<'_>> = texts.iter().map(|text| Input::new(text)).collect();
    println!("{}", to_json(&analyze(&inputs)));
    ExitCode::SUCCESS
}
