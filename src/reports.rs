//! The two reports Parallax ships with, embedded at compile time with their
//! analysis, and the metadata the UI shows for every report.
//!
//! `build.rs` names the report files and analyses the pair with the core, so
//! the app opens on it without waiting for the analysis worker.

use std::rc::Rc;

use parallax_model::{Analysis, Corrections};

/// Whether a report ships with the app or was added by the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Embedded at compile time.
    Example,
    /// Pasted, opened or dropped by the user, or opened from a link.
    User,
}

/// A report as the UI knows it: its text and how to label it.
#[derive(Clone, Debug)]
pub struct ReportSource {
    /// Stable identifier, used in URLs and storage.
    pub id: String,
    /// A title given by the user; `None` lets the core derive one.
    pub title: Option<String>,
    /// The title the analysis derived (its headline), once the report has
    /// been analysed: what the library calls it when the user gave none.
    pub headline: Option<String>,
    /// Where the report comes from, as shown under its title.
    pub source: String,
    /// The original text, exactly as received.
    pub text: Rc<str>,
    /// Embedded or the user's.
    pub origin: Origin,
}

impl ReportSource {
    /// What the report is called: the user's title, else the headline its
    /// analysis found, else (until it is analysed) its first line.
    pub fn name(&self) -> String {
        self.title.clone().or_else(|| self.headline.clone()).unwrap_or_else(|| first_line(&self.text))
    }
}

/// The first line of `text` that holds a word, cut to 90 bytes as headlines
/// are: a stand-in for the headline the analysis will find.
fn first_line(text: &str) -> String {
    match text.lines().map(str::trim).find(|line| line.chars().any(char::is_alphanumeric)) {
        Some(line) => parallax_model::text::shorten(line, 90),
        None => String::from("Untitled report"),
    }
}

impl PartialEq for ReportSource {
    /// Texts compare by pointer first: the same report is the same `Rc`,
    /// and comparing megabytes of text on every render would be costly.
    fn eq(&self, other: &ReportSource) -> bool {
        self.id == other.id
            && self.title == other.title
            && self.headline == other.headline
            && self.source == other.source
            && self.origin == other.origin
            && (Rc::ptr_eq(&self.text, &other.text) || self.text == other.text)
    }
}

/// The letter naming the report at `index` wherever the UI labels it
/// ("Report A", "3× in B"): A, B, C…
pub fn report_letter(index: usize) -> char {
    char::from(b'A' + (index % 26) as u8)
}

/// The embedded example pair: report A and report B.
pub fn embedded() -> [ReportSource; 2] {
    [
        ReportSource {
            id: String::from("example-a"),
            title: None,
            headline: Some(String::from(include_str!(concat!(env!("OUT_DIR"), "/headline-a.txt")))),
            source: String::from("Example: report from outlet A"),
            text: Rc::from(include_str!(env!("PARALLAX_REPORT_A"))),
            origin: Origin::Example,
        },
        ReportSource {
            id: String::from("example-b"),
            title: None,
            headline: Some(String::from(include_str!(concat!(env!("OUT_DIR"), "/headline-b.txt")))),
            source: String::from("Example: report from outlet B"),
            text: Rc::from(include_str!(env!("PARALLAX_REPORT_B"))),
            origin: Origin::Example,
        },
    ]
}

/// The analysis of the embedded pair, made at build time: `Some` when
/// `chosen` is exactly that pair (report A then report B, untitled and
/// unedited) and there is no correction to apply. Anything else goes to the
/// analysis worker.
pub fn embedded_analysis(chosen: &[ReportSource], corrections: &Corrections) -> Option<Analysis> {
    let embedded = embedded();
    let same = chosen.len() == embedded.len()
        && chosen.iter().zip(&embedded).all(|(c, e)| c.id == e.id && c.title.is_none() && c.text == e.text);
    if !same || !corrections.is_empty() {
        return None;
    }
    parallax_model::wire::decode(include_bytes!(concat!(env!("OUT_DIR"), "/embedded-analysis.bin")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_analysis::{Input, analyze_with};
    use parallax_model::Correction;

    #[test]
    fn the_build_time_analysis_is_what_the_worker_would_send() {
        let pair = embedded();
        let inputs: Vec<Input<'_>> = pair.iter().map(|r| Input::new(&r.text)).collect();
        let fresh = analyze_with(&inputs, &Corrections::default());
        assert_eq!(embedded_analysis(&pair, &Corrections::default()), Some(fresh));
    }

    #[test]
    fn the_examples_are_named_by_the_headlines_the_core_finds() {
        for report in embedded() {
            assert_eq!(report.headline, Some(parallax_analysis::headline(&report.text)));
            assert_eq!(report.name(), parallax_analysis::headline(&report.text));
        }
    }

    #[test]
    fn any_other_pair_or_a_correction_needs_the_worker() {
        let pair = embedded();
        let swapped = [pair[1].clone(), pair[0].clone()];
        assert_eq!(embedded_analysis(&swapped, &Corrections::default()), None, "B then A");
        let mut titled = pair.clone();
        titled[0].title = Some(String::from("My title"));
        assert_eq!(embedded_analysis(&titled, &Corrections::default()), None, "a given title");
        let mut edited = pair.clone();
        edited[1].text = Rc::from(format!("{} More.", edited[1].text));
        assert_eq!(embedded_analysis(&edited, &Corrections::default()), None, "edited text");
        assert_eq!(embedded_analysis(&pair[..1], &Corrections::default()), None, "one report");
        let corrections = Corrections { items: vec![Correction::NotAnEntity { text: String::from("Lima") }] };
        assert_eq!(embedded_analysis(&pair, &corrections), None, "a correction");
    }
}
