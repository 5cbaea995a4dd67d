//! Changes to the library: its reports, the chosen pair and the pair's
//! corrections. Each is made on a copy through [`Shared::edit`](super::Shared::edit), so
//! an edit that changes nothing leaves the state as it was.

use parallax_model::Corrections;

use super::{CHOSEN, Edit, IN_TURN, State};
use crate::library::{Draft as ReportDraft, Library};
use crate::notice::{Draft as NoticeDraft, Level};

impl State {
    /// Applies an edit; adding a report says how it went.
    pub(super) fn edit(&mut self, edit: Edit) {
        let edit = match edit {
            Edit::ChooseSlot(slot) => return self.add_slot = slot.min(IN_TURN),
            Edit::Add(draft, slot) => Edit::Add(draft, self.slot_for(slot)),
            Edit::AddAll(file, drafts, slot) => Edit::AddAll(file, drafts, self.slot_for(slot)),
            edit => edit,
        };
        if let Some(notice) = self.library.edit(|library| apply(library, edit)) {
            self.notify(notice);
        }
    }
}

impl State {
    /// The slot, A (0) or B (1), that `slot` ([`IN_TURN`], [`CHOSEN`] or
    /// a slot) names now.
    fn slot_for(&mut self, slot: usize) -> usize {
        let slot = if slot == CHOSEN { self.add_slot } else { slot };
        if slot != IN_TURN {
            return slot.min(1);
        }
        self.turn = 1 - self.turn.min(1);
        1 - self.turn
    }
}

/// Applies `edit` to `library`, with the notice it calls for.
fn apply(library: &mut Library, edit: Edit) -> Option<NoticeDraft> {
    match edit {
        Edit::Add(draft, slot) => return Some(add(library, draft, slot)),
        Edit::AddAll(file, drafts, slot) => return Some(add_all(library, &file, drafts, slot)),
        Edit::Choose(slot, id) => library.choose(slot, &id),
        Edit::ChooseSlot(_) => {}
        Edit::Rename(id, title) => library.rename(&id, &title),
        Edit::Remove(id) => library.remove(&id),
        Edit::RestoreExamples => library.restore_examples(),
        Edit::Correct(correction) => library.correct(correction),
        Edit::Uncorrect(index) => library.uncorrect(index),
        Edit::ClearCorrections => library.set_corrections(Corrections::default()),
        Edit::ToggleStory(id) => {
            if !library.toggle_story(&id) {
                return Some(NoticeDraft::new(Level::Warning, STORY_FULL));
            }
        }
        Edit::StartStory => library.start_story(),
    }
    None
}

/// What the user is told when the story is full.
const STORY_FULL: &str = "A story holds up to 12 reports. Take one out of the story before you add another.";

/// Adds a report and puts it in slot A (0) or B (1): the notice says it
/// was added, or why it was refused.
fn add(library: &mut Library, draft: ReportDraft, slot: usize) -> NoticeDraft {
    let name = name(&draft);
    match library.add(draft) {
        Ok(id) => {
            library.choose(slot.min(1), &id);
            NoticeDraft::new(Level::Info, format!("{name} was added as report {}.", if slot == 0 { 'A' } else { 'B' }))
        }
        Err(error) => NoticeDraft::new(Level::Error, error.to_string()),
    }
}

/// What a notice calls a report: its title, else where it came from.
fn name(draft: &ReportDraft) -> String {
    draft.title.clone().unwrap_or_else(|| match draft.source.trim() {
        "" | "Pasted" => String::from("The pasted report"),
        source => source.to_string(),
    })
}

/// Adds the reports of a reports file, the first in `slot` and the next
/// in turn in the other: one notice says how many were added and names
/// each one left out, with why (those left out in a row for one reason
/// named together).
fn add_all(library: &mut Library, file: &str, drafts: Vec<ReportDraft>, mut slot: usize) -> NoticeDraft {
    let total = drafts.len();
    let mut added = 0;
    let (mut left_out, mut why) = (String::new(), String::new());
    for draft in drafts {
        let name = name(&draft);
        match library.add(draft) {
            Ok(id) => {
                library.choose(slot.min(1), &id);
                slot = 1 - slot.min(1);
                added += 1;
            }
            Err(error) => {
                let reason = error.to_string();
                if reason == why {
                    left_out.push_str("”, “");
                } else {
                    close_group(&mut left_out, &why);
                    left_out.push_str(" Not added: “");
                    why = reason;
                }
                left_out.push_str(&name);
            }
        }
    }
    close_group(&mut left_out, &why);
    let level = if left_out.is_empty() { Level::Info } else { Level::Warning };
    NoticeDraft::new(level, format!("{file}: {added} of {total} reports added.{left_out}"))
}

/// Ends a group of reports left out with the reason they share.
fn close_group(left_out: &mut String, why: &str) {
    if !why.is_empty() {
        left_out.push_str("”. ");
        left_out.push_str(why);
    }
}
