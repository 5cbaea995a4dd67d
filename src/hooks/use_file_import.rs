//! Opening files the user picks or drops: each is read as text and added
//! to the library. Plain text is added as it is; HTML and Markdown are
//! reduced to report text by the core in the analysis worker (they lose
//! their markup, and nothing is ever rendered; see [`Import`]). A
//! Parallax reports file (the bundle the app downloads) brings back every
//! report it holds.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use parallax_model::Format;
use yew::prelude::*;

use crate::library::{AddError, Draft, LoadError, MAX_REPORT_BYTES, Stored};
use crate::notice::{Draft as Notice, Level};
use crate::state::{CHOSEN, Edit};

/// A file for the analysis worker to make into a report for slot A (0) or
/// B (1): HTML or Markdown, which it reduces to report text. Its answer
/// comes back as [`Edit::Add`].
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// The file's name, which becomes the report's source.
    pub name: String,
    /// The file's text.
    pub text: String,
    /// The slot the report goes to (see [`Edit::Add`]).
    pub slot: usize,
}

/// Whether a file named `name` is a Parallax reports file.
fn is_bundle(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".json")
}

/// The reports a Parallax reports file holds, every one of them (the
/// library says which it cannot take, and why), or why it is not a reports
/// file this version can open.
pub fn bundle_reports(name: &str, text: &str) -> Result<Vec<Draft>, String> {
    match Stored::parse(text) {
        Ok(stored) => Ok(stored.reports.into_iter().map(|r| Draft { text: r.text, title: r.title, source: r.source }).collect()),
        Err(LoadError::Newer(_)) => Err(format!("{name} comes from a newer version of Parallax; open it there.")),
        Err(LoadError::Corrupt) => Err(format!("{name} is not a Parallax reports file.")),
    }
}

/// A callback that opens files into the library: plain text becomes an
/// [`Edit::Add`], a reports file an [`Edit::AddAll`], HTML and Markdown
/// [`Import`]s, and files
/// that cannot be opened notices. Each report goes to the slot the user
/// chose ([`CHOSEN`]).
#[hook]
pub fn use_file_import(on_edit: Callback<Edit>, on_import: Callback<Import>, on_notify: Callback<Notice>) -> Callback<Vec<web_sys::File>> {
    let readers: Rc<RefCell<Vec<FileReader>>> = use_mut_ref(Vec::new);
    Callback::from(move |files: Vec<web_sys::File>| {
        for file in files {
            let file = gloo::file::File::from(file);
            let name = file.name();
            if file.size() as usize > MAX_REPORT_BYTES * 2 {
                let too_large = AddError::TooLarge { bytes: file.size() as usize };
                on_notify.emit(Notice::new(Level::Error, format!("{name}: {too_large}")));
                continue;
            }
            let (on_edit, on_import, on_notify) = (on_edit.clone(), on_import.clone(), on_notify.clone());
            // The browser decodes the file as UTF-8, replacing what is not.
            let reader = gloo::file::callbacks::read_as_text(&file, move |result| {
                let text = match result {
                    Ok(text) => text,
                    Err(_) => {
                        on_notify.emit(Notice::new(Level::Error, format!("{name} could not be read.")));
                        return;
                    }
                };
                if !is_bundle(&name) {
                    match Format::guess(&name, &text) {
                        Format::Text => on_edit.emit(Edit::Add(Draft { text, title: None, source: name }, CHOSEN)),
                        _ => on_import.emit(Import { name, text, slot: CHOSEN }),
                    }
                    return;
                }
                match bundle_reports(&name, &text) {
                    Ok(drafts) => on_edit.emit(Edit::AddAll(name, drafts, CHOSEN)),
                    Err(why) => on_notify.emit(Notice::new(Level::Error, why)),
                }
            });
            let mut readers = readers.borrow_mut();
            // Finished readers are no longer needed; keep the list short.
            if readers.len() > 16 {
                readers.drain(..8);
            }
            readers.push(reader);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    #[test]
    fn bundles_bring_their_reports_back() {
        assert!(is_bundle("parallax-reports.JSON") && !is_bundle("page.html"));
        let mut library = Library::default();
        library.add(Draft { text: String::from("Mine."), title: None, source: String::from("x") }).unwrap();
        let bundle = serde_json::to_string(&library.to_stored()).unwrap();
        let back = bundle_reports("parallax-reports.json", &bundle).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].text, "Mine.");
        assert_eq!(bundle_reports("x.json", "{}"), Err(String::from("x.json is not a Parallax reports file.")));
    }

    #[test]
    fn a_reports_file_from_a_newer_version_says_so() {
        for newer in [
            "{\"format\":\"parallax-library\",\"version\":2,\"reports\":[],\"pair\":[\"a\",\"b\"]}",
            // Whatever shape a newer version gives the rest.
            "{\"format\":\"parallax-library\",\"version\":7,\"reports\":{\"by_id\":{}}}",
        ] {
            let why = bundle_reports("later.json", newer).unwrap_err();
            assert!(why.contains("comes from a newer version of Parallax"), "{why}");
        }
    }

    #[test]
    fn a_reports_file_gives_every_report_even_one_the_library_will_refuse() {
        let huge = "word ".repeat(MAX_REPORT_BYTES / 5 + 1);
        let json = format!(
            "{{\"format\":\"parallax-library\",\"version\":1,\"reports\":[{{\"id\":\"r1\",\"title\":\"Huge\",\"source\":\"s\",\"text\":\"{huge}\"}},{{\"id\":\"r2\",\"title\":null,\"source\":\"s\",\"text\":\"Small.\"}}],\"pair\":[\"r1\",\"r2\"]}}"
        );
        let drafts = bundle_reports("big.json", &json).unwrap();
        assert_eq!(drafts.iter().map(|d| d.title.as_deref()).collect::<Vec<_>>(), [Some("Huge"), None]);
    }
}
