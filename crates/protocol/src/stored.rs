//! The library's storage format: what the browser keeps and a reports
//! file holds. Shared by the page, which writes it (and reads reports
//! files), and the storage worker, which keeps it in the browser's
//! database and reads it back.
//!
//! Invariants: [`Stored::parse`] reads the header (`format` and `version`)
//! first, so data from a newer version is told apart from damaged data
//! ([`LoadError`]).

use parallax_model::Corrections;

use crate::json::{self, Value};
use serde::{Deserialize, Serialize};

/// The storage format's name and version; bump the version when the
/// format changes and teach [`Stored::parse`] the old one.
pub const FORMAT: &str = "parallax-library";
/// The current version of [`FORMAT`].
pub const VERSION: u32 = 1;

impl Stored {
    /// The stored form in `json`, or why it cannot be read. Read by the
    /// page's own reader ([`crate::json`]), accepting what serde's derives
    /// of these types accept.
    pub fn parse(json: &str) -> Result<Stored, LoadError> {
        let mut value = json::parse(json).ok_or(LoadError::Corrupt)?;
        // The header first: a newer version may store the rest differently.
        let [format, version] = json::fields(&mut value, ["format", "version"]).ok_or(LoadError::Corrupt)?;
        let version = match version {
            None | Some(Value::Null) => None,
            Some(version) => Some(json::whole(version).ok_or(LoadError::Corrupt)?),
        };
        if json::optional_text(format).ok_or(LoadError::Corrupt)?.as_deref() != Some(FORMAT) {
            return Err(LoadError::Corrupt);
        }
        match version {
            Some(v) if v == u64::from(VERSION) => {}
            Some(v) if v > u64::from(VERSION) => return Err(LoadError::Newer(v)),
            _ => return Err(LoadError::Corrupt),
        }
        read_stored(value).ok_or(LoadError::Corrupt)
    }
}

/// The rest of a stored form whose header was read.
fn read_stored(mut value: Value) -> Option<Stored> {
    const NAMES: [&str; 6] = ["reports", "example_titles", "hidden_examples", "pair", "corrections", "story"];
    let [reports, example_titles, hidden_examples, pair, corrections, story] = json::fields(&mut value, NAMES)?;
    Some(Stored {
        format: FORMAT.to_string(),
        version: VERSION,
        reports: json::list(reports?, read_report)?,
        example_titles: json::list_or_empty(example_titles, json::text_pair)?,
        hidden_examples: json::list_or_empty(hidden_examples, json::text)?,
        pair: json::text_pair(pair?)?,
        corrections: json::list_or_empty(corrections, |pair| {
            let (key, corrections) = json::two(pair)?;
            Some((json::text(key)?, json::read_corrections(corrections)?))
        })?,
        story: json::list_or_empty(story, json::text)?,
    })
}

/// A [`StoredReport`].
fn read_report(mut value: Value) -> Option<StoredReport> {
    let [id, title, headline, source, text] = json::fields(&mut value, ["id", "title", "headline", "source", "text"])?;
    Some(StoredReport {
        id: json::text(id?)?,
        title: json::optional_text(title)?,
        headline: json::optional_text(headline)?,
        source: json::text(source?)?,
        text: json::text(text?)?,
    })
}

/// Why stored data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not the library format.
    Corrupt,
    /// Written by a newer version of Parallax.
    Newer(u64),
}

/// The storage format, version 1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`] when written.
    pub version: u32,
    /// The user's reports.
    pub reports: Vec<StoredReport>,
    /// Titles the user gave the examples.
    #[serde(default)]
    pub example_titles: Vec<(String, String)>,
    /// Examples the user removed from the list.
    #[serde(default)]
    pub hidden_examples: Vec<String>,
    /// Report A and report B.
    pub pair: (String, String),
    /// The user's corrections per pair of reports (both ids, sorted, joined by `+`);
    /// absent in data saved before corrections existed.
    #[serde(default)]
    pub corrections: Vec<(String, Corrections)>,
    /// The reports read together as a story, in order (ids); absent in
    /// data saved before stories existed, and when there is none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub story: Vec<String>,
}

/// A user's report as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredReport {
    /// Its id.
    pub id: String,
    /// The title the user gave, if any.
    pub title: Option<String>,
    /// The headline its analysis found, if it has been analysed; absent in
    /// data saved before headlines were kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// Where it comes from.
    pub source: String,
    /// Its text.
    pub text: String,
}
