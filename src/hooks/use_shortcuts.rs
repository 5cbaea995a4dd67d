//! Keyboard shortcuts, active whenever the focus is not in a text field:
//! step through the selected entity's mentions, switch views, open the
//! library, search, and show the list of shortcuts itself.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::route::Page;
use crate::state::{Action, Edit};

/// Every shortcut, as the help overlay lists it: the keys (any one of
/// them), then what they do.
pub const SHORTCUTS: &[(&[&str], &str)] = &[
    (&["n", "j"], "Next mention of the selected entity"),
    (&["p", "k"], "Previous mention of the selected entity"),
    (&["/"], "Search both reports"),
    (&["r"], "Reading view"),
    (&["c"], "Comparison view"),
    (&["f"], "Framing lens"),
    (&["v"], "Coverage of the story"),
    (&["u"], "Undo the last correction"),
    (&["l"], "Open or close the report library"),
    (&["Esc"], "Close what is open, or clear the selection"),
    (&["?"], "Show or hide this list"),
];

/// Whether a key press is typing into a field rather than a command.
fn typing(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.get_attribute("contenteditable").is_some()
}

/// The action a key stands for, if any.
pub fn action_for(key: &str) -> Option<Action> {
    Some(match key {
        "n" | "j" => Action::Step(1),
        "p" | "k" => Action::Step(-1),
        "r" => Action::Navigate(Page::Read),
        "c" => Action::Navigate(Page::Compare),
        "f" => Action::Navigate(Page::Framing),
        "v" => Action::Navigate(Page::Coverage),
        "u" => Action::Edit(Edit::Uncorrect(None)),
        "l" => Action::ToggleLibrary,
        "?" => Action::ToggleHelp,
        "Escape" => Action::Escape,
        _ => return None,
    })
}

/// Listens for the shortcuts on the whole document. `/` moves the focus to
/// the element with id `search`.
#[hook]
pub fn use_shortcuts(on_action: Callback<Action>) {
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document, "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let key = event.key();
            if key != "Escape" && typing(event) {
                return;
            }
            if key == "/" {
                if let Some(search) = gloo::utils::document()
                    .get_element_by_id("search")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    event.prevent_default();
                    let _ = search.focus();
                }
                return;
            }
            if let Some(action) = action_for(&key) {
                event.prevent_default();
                on_action.emit(action);
            }
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_shortcut_does_something() {
        for key in ["n", "j", "p", "k", "r", "c", "l", "?", "Escape"] {
            assert!(action_for(key).is_some(), "{key}");
        }
        assert!(action_for("x").is_none());
        // The overlay's list names keys the listener acts on ("/" moves the
        // focus to the search box; "Esc" is the Escape key).
        for key in SHORTCUTS.iter().flat_map(|(keys, _)| keys.iter()).filter(|k| **k != "/") {
            let key = if *key == "Esc" { "Escape" } else { key };
            assert!(action_for(key).is_some(), "{key}");
        }
    }
}
