//! Parallax's file formats: what comes in as a file and what goes out as one.
//!
//! - [`import`]: the text of a file the user opens (HTML and Markdown are
//!   reduced to their readable text; nothing is ever rendered as markup);
//! - [`to_json`]: an analysis as the documented JSON
//!   (`docs/analysis-schema.md`), which Export JSON saves and the command
//!   line prints with `--pretty` ([`to_json_compact`] without);
//! - [`brief`]: a Markdown summary of two reports' comparison, or of a
//!   story's coverage by three or more ([`brief_about`] names each
//!   report's source and full title).
//!
//! Every function here is total: any input gives an output, never a panic.
#![deny(missing_docs)]

mod brief;
mod brief_story;
pub mod import;
mod json;
mod json_coverage;
mod markdown;

pub use brief::{About, brief, brief_about};
pub use json::{to_json, to_json_compact};
