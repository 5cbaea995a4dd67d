//! The reports the command reads: files, or standard input for `-`, each
//! refused for what the app refuses (`parallax_model::text`): text that
//! looks binary, text that is empty or blank, more than 8 MB.
//!
//! A file over the limit is refused from its size before it is read, and
//! standard input is read no further than one byte past the limit, so a
//! huge input costs no memory.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use parallax_model::text::{MAX_REPORT_BYTES, looks_binary};

/// Where a report comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// Standard input, named `-` on the command line.
    Stdin,
    /// A file by its path.
    File(PathBuf),
}

impl Source {
    /// The source an argument names: `-` is standard input, anything else
    /// a file (`./-` is a file named `-`).
    pub(crate) fn from_arg(arg: PathBuf) -> Source {
        if arg.as_os_str() == "-" { Source::Stdin } else { Source::File(arg) }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => f.write_str("standard input"),
            Source::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// Why a report was not read, as the message the user sees.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Refusal(pub(crate) String);

/// The text of the report `source` names, or why the app would refuse it.
pub(crate) fn read_report(source: &Source) -> Result<String, Refusal> {
    let bytes = match source {
        Source::Stdin => read_limited(std::io::stdin().lock(), source)?,
        Source::File(path) => read_file(path, source)?,
    };
    // Invalid UTF-8 is replaced, not rejected, as the browser does: offsets
    // refer to the text as decoded, which is what the JSON reports.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    if text.len() > MAX_REPORT_BYTES {
        return Err(too_large(source, text.len() as u64));
    }
    if looks_binary(&text) {
        return Err(Refusal(format!("{source} looks like a binary file, not text")));
    }
    if text.trim().is_empty() {
        return Err(Refusal(format!("{source} holds no text")));
    }
    Ok(text)
}

fn read_file(path: &Path, source: &Source) -> Result<Vec<u8>, Refusal> {
    let cannot = |error: std::io::Error| Refusal(format!("cannot read {source}: {error}"));
    let metadata = std::fs::metadata(path).map_err(cannot)?;
    if metadata.is_dir() {
        return Err(Refusal(format!("{source} is a directory, not a report file")));
    }
    if metadata.len() > MAX_REPORT_BYTES as u64 {
        return Err(too_large(source, metadata.len()));
    }
    // A file that is not a regular one (a pipe, a device) has no size to
    // check beforehand: it is read up to the limit.
    read_limited(std::fs::File::open(path).map_err(cannot)?, source)
}

/// At most one byte more than the limit of `reader`.
fn read_limited(reader: impl Read, source: &Source) -> Result<Vec<u8>, Refusal> {
    let mut bytes = Vec::new();
    let limit = MAX_REPORT_BYTES as u64 + 1;
    reader.take(limit).read_to_end(&mut bytes).map_err(|error| Refusal(format!("cannot read {source}: {error}")))?;
    if bytes.len() as u64 >= limit {
        return Err(Refusal(format!("{source} is over {} MB; Parallax handles reports up to {} MB", mb(MAX_REPORT_BYTES), mb(MAX_REPORT_BYTES))));
    }
    Ok(bytes)
}

fn too_large(source: &Source, bytes: u64) -> Refusal {
    Refusal(format!("{source} is {:.1} MB; Parallax handles reports up to {} MB", bytes as f64 / 1_048_576.0, mb(MAX_REPORT_BYTES)))
}

fn mb(bytes: usize) -> usize {
    bytes / 1_048_576
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_dash_is_standard_input_and_anything_else_a_file() {
        assert_eq!(Source::from_arg(PathBuf::from("-")), Source::Stdin);
        assert_eq!(Source::from_arg(PathBuf::from("./-")), Source::File(PathBuf::from("./-")));
        assert_eq!(Source::Stdin.to_string(), "standard input");
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        let endless = std::io::repeat(b'a');
        let refusal = read_limited(endless, &Source::Stdin).expect_err("over the limit");
        assert!(refusal.0.contains("up to 8 MB"), "{}", refusal.0);
        let short = read_limited(&b"Ana Gomez"[..], &Source::Stdin).expect("under the limit");
        assert_eq!(short, b"Ana Gomez");
    }
}
