//! A small stand-in for the page's library, for the tests: the stored form
//! edited as the page edits its library (add, rename, remove, choose), so
//! that the tests read like the user's actions.

use std::ops::{Deref, DerefMut};

use parallax_protocol::stored::{FORMAT, Stored, StoredReport, VERSION};

pub use parallax_protocol::Draft;

/// The examples' ids, as the page embeds them.
pub const EXAMPLES: [&str; 2] = ["example-a", "example-b"];

/// A library: its stored form.
#[derive(Clone, Debug, PartialEq)]
pub struct Library(pub Stored);

impl Default for Library {
    fn default() -> Library {
        let pair = (EXAMPLES[0].to_string(), EXAMPLES[1].to_string());
        let (reports, example_titles, hidden_examples, corrections) = Default::default();
        Library(Stored { format: FORMAT.to_string(), version: VERSION, reports, example_titles, hidden_examples, pair, corrections, story: Vec::new() })
    }
}

impl Deref for Library {
    type Target = Stored;
    fn deref(&self) -> &Stored {
        &self.0
    }
}

impl DerefMut for Library {
    fn deref_mut(&mut self) -> &mut Stored {
        &mut self.0
    }
}

impl Library {
    /// Adds a report (its id made from its text, as the page's is).
    pub fn add(&mut self, draft: Draft) -> Result<String, ()> {
        let id = format!("r{:016x}", draft.text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)));
        let report = StoredReport { id: id.clone(), title: draft.title, headline: None, source: draft.source, text: draft.text };
        self.0.reports.push(report);
        Ok(id)
    }

    /// Gives a report or an example a title.
    pub fn rename(&mut self, id: &str, title: &str) {
        match self.0.reports.iter_mut().find(|r| r.id == id) {
            Some(report) => report.title = Some(title.to_string()),
            None => {
                self.0.example_titles.retain(|(k, _)| k != id);
                self.0.example_titles.push((id.to_string(), title.to_string()));
            }
        }
    }

    /// Removes a report, or hides an example.
    pub fn remove(&mut self, id: &str) {
        if EXAMPLES.contains(&id) {
            self.0.hidden_examples.push(id.to_string());
        } else {
            self.0.reports.retain(|r| r.id != id);
        }
    }

    /// Puts a report in slot A (0) or B (1).
    pub fn choose(&mut self, slot: usize, id: &str) {
        if slot == 0 { self.0.pair.0 = id.to_string() } else { self.0.pair.1 = id.to_string() }
    }
}

/// What the page would list of a stored form.
pub trait Listed {
    /// The ids of the examples shown and of the user's reports.
    fn visible(&self) -> std::vec::IntoIter<String>;
    /// The user's report `id`.
    fn get(&self, id: &str) -> Option<&StoredReport>;
}

impl Listed for Stored {
    fn visible(&self) -> std::vec::IntoIter<String> {
        let examples = EXAMPLES.iter().filter(|id| !self.hidden_examples.iter().any(|h| h == *id)).map(|id| id.to_string());
        examples.chain(self.reports.iter().map(|r| r.id.clone())).collect::<Vec<_>>().into_iter()
    }

    fn get(&self, id: &str) -> Option<&StoredReport> {
        self.reports.iter().find(|r| r.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_ids_are_the_pages_fnv1a_ids() {
        // The same values the page's `library::id_for` is pinned to.
        for (text, id) in [("a", "raf63dc4c8601ec8c"), ("Floods close the coast road.", "re42b903b24d4d9e9")] {
            let draft = Draft { text: text.to_string(), title: None, source: String::from("pasted") };
            assert_eq!(Library::default().add(draft), Ok(id.to_string()));
        }
    }
}
