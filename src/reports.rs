//! The two reports Parallax ships with, embedded at compile time, and the
//! metadata the UI shows for every report.

use std::rc::Rc;

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
    /// Where the report comes from, as shown under its title.
    pub source: String,
    /// The original text, exactly as received.
    pub text: Rc<str>,
    /// Embedded or the user's.
    pub origin: Origin,
}

impl PartialEq for ReportSource {
    /// Texts compare by pointer first: the same report is the same `Rc`,
    /// and comparing megabytes of text on every render would be costly.
    fn eq(&self, other: &ReportSource) -> bool {
        self.id == other.id
            && self.title == other.title
            && self.source == other.source
            && self.origin == other.origin
            && (Rc::ptr_eq(&self.text, &other.text) || self.text == other.text)
    }
}

/// The embedded example pair: report A and report B.
pub fn embedded() -> [ReportSource; 2] {
    [
        ReportSource {
            id: String::from("example-a"),
            title: None,
            source: String::from("Example report A · 000_3c10382c046089de.txt"),
            text: Rc::from(include_str!("../reports/000_3c10382c046089de.txt")),
            origin: Origin::Example,
        },
        ReportSource {
            id: String::from("example-b"),
            title: None,
            source: String::from("Example report B · 003_9b3f9fb4060360a3.txt"),
            text: Rc::from(include_str!("../reports/003_9b3f9fb4060360a3.txt")),
            origin: Origin::Example,
        },
    ]
}
