//! The Parallax command line: the app's analysis, comparison and brief for
//! report files, printed to standard output.
//!
//! ```text
//! parallax analyze [--pretty] FILE...   the analysis as JSON (a story's
//!                                       coverage from three files on)
//! parallax compare [--pretty] A B       two reports compared, as JSON
//! parallax brief A B [C...]             the Markdown brief of a pair or a story
//! parallax search [--json] PATTERN FILE...  the pattern's hits, as grep prints them
//! ```
//!
//! A file named `-` is standard input. The JSON is the documented one
//! (`docs/analysis-schema.md`), the one Export JSON saves; the brief is
//! the one Export brief saves. Reports are read as the app reads them
//! ([`input`]).
//!
//! Exit codes: 0 when the output is printed (for `search`, whether or not
//! anything was found); 1 when a report cannot be read or is refused; 2
//! for a command line that asks for nothing valid (clap prints the usage)
//! or a pattern that is not one.
//!
//! Each subcommand is a variant of [`Command`] and a function from the
//! reports it reads to the text it prints ([`run`]); a new one is added
//! the same way.

mod input;
mod search;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand};
use parallax_analysis::{Input, analyze};
use parallax_formats::{About, brief_about, to_json, to_json_compact};

use input::{Refusal, Source, read_report};

/// Compare two news reports: who and what each names, which figures each
/// gives, and how the two agree. Nothing leaves your machine.
#[derive(Debug, Parser)]
#[command(name = "parallax", version, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the analysis of reports as JSON.
    ///
    /// Every report's mentions, entities, figures and quotes (schema in
    /// docs/analysis-schema.md). Entities share ids across the reports
    /// given together; given exactly two, the JSON also has their
    /// comparison, and given three or more, the story's coverage.
    Analyze {
        /// Report files (UTF-8 text); `-` reads standard input.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        json: Json,
    },
    /// Print two reports' analysis and comparison as JSON.
    ///
    /// The same JSON as the app's Export JSON for the pair (without the
    /// corrections and titles a user may give in the app).
    Compare {
        #[command(flatten)]
        pair: Pair,
        #[command(flatten)]
        json: Json,
    },
    /// Print the Markdown brief of two reports' comparison, or of a
    /// story's coverage by three or more.
    ///
    /// The same brief as the app's Export brief for the pair; with three
    /// reports or more, how they cover the story: each report by letter,
    /// the figures with their consensus and outliers, the names only one
    /// report gives, the text they share and the quotes several carry.
    Brief {
        /// Report files (UTF-8 text), two or more; `-` reads standard
        /// input.
        #[arg(value_name = "FILE", required = true, num_args = 2..)]
        files: Vec<PathBuf>,
    },
    /// Print the hits of a pattern in reports, as grep prints its matches.
    ///
    /// The app's pattern search: a regular expression (the `regex` crate's
    /// syntax, which runs in time linear in the text, whatever the
    /// pattern), matched ignoring accents and case. Each hit prints as
    /// FILE:LINE:COLUMN: hit (the column in characters), or with --json as
    /// one JSON object per line with the hit's byte offsets.
    ///
    /// Example: parallax search '\d[\d,]* (nurses|doctors)' a.txt b.txt
    Search {
        /// The pattern, e.g. '(said|told|according to)'.
        #[arg(value_name = "PATTERN")]
        pattern: String,
        /// Report files (UTF-8 text); `-` reads standard input.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Print each hit as a line of JSON: file, line, column, start,
        /// end, text.
        #[arg(long)]
        json: bool,
    },
}

/// Two reports, A and B.
#[derive(Debug, Args)]
struct Pair {
    /// Report A (UTF-8 text); `-` reads standard input.
    #[arg(value_name = "A")]
    a: PathBuf,
    /// Report B (UTF-8 text); `-` reads standard input.
    #[arg(value_name = "B")]
    b: PathBuf,
}

/// How JSON is printed.
#[derive(Debug, Args)]
struct Json {
    /// Indent the JSON, as the app's Export JSON file is (one line
    /// otherwise).
    #[arg(long)]
    pretty: bool,
}

impl Json {
    fn of(&self, analysis: &parallax_model::Analysis) -> String {
        if self.pretty { to_json(analysis) } else { to_json_compact(analysis) }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let pattern = match &cli.command {
        Command::Search { pattern, .. } => match search::compile(pattern) {
            Ok(pattern) => Some(pattern),
            Err(why) => {
                eprintln!("parallax: {why}");
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    let sources = sources(&cli.command);
    if sources.iter().filter(|s| **s == Source::Stdin).count() > 1 {
        let error = Cli::command().error(clap::error::ErrorKind::ArgumentConflict, "standard input (`-`) can be read only once");
        error.exit();
    }
    let mut texts = Vec::with_capacity(sources.len());
    for source in &sources {
        match read_report(source) {
            Ok(text) => texts.push(text),
            Err(Refusal(why)) => {
                eprintln!("parallax: {why}");
                return ExitCode::from(1);
            }
        }
    }
    if let (Some(pattern), Command::Search { json, .. }) = (pattern, &cli.command) {
        let mut out = String::new();
        for (source, text) in sources.iter().zip(&texts) {
            let hits = pattern.find(text);
            out.push_str(&search::lines(&source.to_string(), text, &hits, *json));
            if hits.more {
                eprintln!("{}", search::more_note(&source.to_string()));
            }
        }
        return print(&out);
    }
    print(&run(&cli.command, &sources, &texts))
}

/// The reports `command` reads, in order.
fn sources(command: &Command) -> Vec<Source> {
    let paths: Vec<PathBuf> = match command {
        Command::Analyze { files, .. } | Command::Search { files, .. } | Command::Brief { files } => files.clone(),
        Command::Compare { pair, .. } => vec![pair.a.clone(), pair.b.clone()],
    };
    paths.into_iter().map(Source::from_arg).collect()
}

/// What `command` prints for the reports' `texts`, read from `sources`.
fn run(command: &Command, sources: &[Source], texts: &[String]) -> String {
    let inputs: Vec<Input<'_>> = texts.iter().map(|text| Input::new(text)).collect();
    let analysis = analyze(&inputs);
    match command {
        Command::Analyze { json, .. } | Command::Compare { json, .. } => json.of(&analysis) + "\n",
        Command::Brief { .. } | Command::Search { .. } => {
            let names: Vec<String> = sources.iter().map(Source::to_string).collect();
            let about: Vec<About<'_>> = texts.iter().zip(&names).map(|(text, source)| About { text, title: None, source }).collect();
            brief_about(&analysis, &about)
        }
    }
}

/// Prints `output`; a reader that stops early (`| head`) is no error.
fn print(output: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("parallax: cannot write the output: {error}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn compare_and_brief_read_two_reports_in_order() {
        let cli = Cli::try_parse_from(["parallax", "compare", "a.txt", "-"]).expect("valid");
        assert_eq!(sources(&cli.command), [Source::File(PathBuf::from("a.txt")), Source::Stdin]);
        assert!(Cli::try_parse_from(["parallax", "brief", "a.txt"]).is_err());
        let story = Cli::try_parse_from(["parallax", "brief", "a.txt", "b.txt", "c.txt"]).expect("valid");
        assert_eq!(sources(&story.command).len(), 3);
        assert!(Cli::try_parse_from(["parallax", "compare", "a", "b", "c"]).is_err());
    }
}
