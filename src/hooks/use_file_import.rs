//! Opening files the user picks or drops: each is read as text, reduced to
//! report text by the core (HTML and Markdown lose their markup; nothing is
//! ever rendered), and added to the library. A Parallax reports file (the
//! bundle the app downloads) brings back every report it holds.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use parallax_core::import::{Format, import};
use yew::prelude::*;

use crate::library::{Draft, Library, MAX_REPORT_BYTES};
use crate::notice::{Draft as Notice, Level};
use crate::state::Action;

/// What a file holds: reports to add, or why none could be read.
pub fn reports_in(name: &str, text: &str) -> Result<Vec<Draft>, String> {
    if name.to_ascii_lowercase().ends_with(".json") {
        let library = Library::from_stored(text)
            .map_err(|_| format!("{name} is not a Parallax reports file."))?;
        return Ok(library
            .reports
            .into_iter()
            .filter(|r| r.origin == crate::reports::Origin::User)
            .map(|r| Draft { text: r.text.to_string(), title: r.title, source: r.source })
            .collect());
    }
    let imported = import(text, Format::guess(name, text));
    Ok(vec![Draft {
        text: imported.text,
        title: imported.title,
        source: name.to_string(),
    }])
}

/// A callback that opens files into the library. Reports fill slot A, then
/// B, then A again.
#[hook]
pub fn use_file_import(on_action: Callback<Action>) -> Callback<Vec<web_sys::File>> {
    let readers: Rc<RefCell<Vec<FileReader>>> = use_mut_ref(Vec::new);
    let next_slot = use_mut_ref(|| 0usize);
    Callback::from(move |files: Vec<web_sys::File>| {
        for file in files {
            let file = gloo::file::File::from(file);
            let name = file.name();
            if file.size() as usize > MAX_REPORT_BYTES * 2 {
                on_action.emit(Action::Notify(Notice::new(
                    Level::Error,
                    format!("{name} is {:.1} MB, too large to open; Parallax handles reports up to {} MB.", file.size() as f64 / 1_048_576.0, MAX_REPORT_BYTES / 1_048_576),
                )));
                continue;
            }
            let on_action = on_action.clone();
            let next_slot = next_slot.clone();
            let reader = gloo::file::callbacks::read_as_bytes(&file, move |result| {
                let text = match result {
                    Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    Err(_) => {
                        on_action.emit(Action::Notify(Notice::new(Level::Error, format!("{name} could not be read."))));
                        return;
                    }
                };
                match reports_in(&name, &text) {
                    Ok(drafts) => {
                        for draft in drafts {
                            let slot = {
                                let mut next = next_slot.borrow_mut();
                                let slot = *next;
                                *next = 1 - slot;
                                slot
                            };
                            on_action.emit(Action::AddReport(draft, slot));
                        }
                    }
                    Err(why) => on_action.emit(Action::Notify(Notice::new(Level::Error, why))),
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

    #[test]
    fn html_files_become_text_and_bundles_bring_their_reports_back() {
        let drafts = reports_in("page.html", "<title>T</title><p>Hello <b>there</b>.</p><script>x()</script>").unwrap();
        assert_eq!(drafts[0].text, "Hello there.");
        assert_eq!(drafts[0].title.as_deref(), Some("T"));
        assert_eq!(drafts[0].source, "page.html");
        let mut library = Library::default();
        library.add(Draft { text: String::from("Mine."), title: None, source: String::from("x") }).unwrap();
        let bundle = serde_json::to_string(&library.to_stored()).unwrap();
        let back = reports_in("parallax-reports.json", &bundle).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].text, "Mine.");
        assert!(reports_in("x.json", "{}").is_err());
    }
}
