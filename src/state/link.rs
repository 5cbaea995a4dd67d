//! Opening a link's view: the reports it carries join the library, then
//! its page, pair, selection, kinds and corrections take effect. Parts that
//! cannot apply are reported, and the rest still applies.

use parallax_model::EntityId;

use super::{KindSet, State, Storage};
use crate::library::{Draft as ReportDraft, Library};
use crate::notice::{Draft as NoticeDraft, Level};
use crate::share::ViewState;

impl State {
    /// Applies a link's view.
    pub(super) fn apply_view(&mut self, view: ViewState) {
        // Deflated reports are inflated before a view is applied (`use_url`).
        let ViewState { page, pair, selected, hidden, carried, packed: _, corrections, unchecked, story, story_carried, story_packed: _ } = view;
        let loading = self.storage == Storage::Loading;
        let (notices, wanted) = self.library.edit(|library| {
            let (mut notices, wanted) = open_reports(library, pair, carried, loading);
            if unchecked {
                notices.push(NoticeDraft::new(Level::Warning, "This link comes from an older Parallax and could not be checked for damage: compare its reports with the sender's."));
            }
            if let Some(corrections) = corrections {
                library.set_corrections(corrections);
            }
            open_story(library, story, story_carried, &mut notices);
            (notices, wanted)
        });
        self.wanted = wanted;
        for notice in notices {
            self.notify(notice);
        }
        self.page = page;
        self.hidden = KindSet::of(&hidden);
        if self.selected.map(|id| id.0) != selected {
            self.selected = selected.map(EntityId);
            self.cursor = 0;
        }
        self.hover = None;
    }
}

/// Adds the story's reports a link carries to the library, and makes the
/// story it names the library's once the library holds all its reports
/// (a link that names none leaves the story as it is).
fn open_story(library: &mut Library, story: Vec<String>, carried: Vec<crate::share::CarriedReport>, notices: &mut Vec<NoticeDraft>) {
    for report in carried {
        if let Err(error) = library.add(ReportDraft { text: report.text, title: report.title, source: report.source }) {
            notices.push(NoticeDraft::new(Level::Error, format!("A report of this link's story could not be opened: {error}")));
        }
    }
    if !story.is_empty() && story.iter().all(|id| library.get(id).is_some()) {
        library.story.clear();
        for id in story {
            library.toggle_story(&id);
        }
    }
}

/// What a link that names reports the library does not hold says.
pub(super) const NOT_HELD: &str =
    "This link names reports that are not in this browser's library, so the current reports stay open. Ask for a link that carries the reports, or for the reports file.";

/// Adds the reports a link carries to the library and chooses the pair it
/// names; the notices say what could not be done. While the saved library
/// is `loading`, a pair it may hold is returned to be chosen once it is
/// read (see `sync`).
fn open_reports(
    library: &mut Library,
    mut pair: Option<(String, String)>,
    carried: [Option<crate::share::CarriedReport>; 2],
    loading: bool,
) -> (Vec<NoticeDraft>, Option<(String, String)>) {
    let mut notices = Vec::new();
    for (slot, carried) in carried.into_iter().enumerate() {
        let Some(carried) = carried else { continue };
        let draft = ReportDraft { text: carried.text, title: carried.title, source: carried.source };
        match library.add(draft) {
            Ok(id) => {
                if let Some(pair) = pair.as_mut() {
                    if slot == 0 { pair.0 = id } else { pair.1 = id }
                }
            }
            Err(error) => notices.push(NoticeDraft::new(Level::Error, format!("A report in this link could not be opened: {error}"))),
        }
    }
    if let Some((a, b)) = pair {
        if library.get(&a).is_some() && library.get(&b).is_some() {
            library.choose(0, &a);
            library.choose(1, &b);
        } else if loading {
            return (notices, Some((a, b)));
        } else {
            notices.push(NoticeDraft::new(Level::Warning, NOT_HELD));
        }
    }
    (notices, None)
}
