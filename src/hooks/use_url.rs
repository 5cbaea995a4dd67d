//! The URL fragment and the view, kept in step both ways: the fragment
//! follows the view (a new page is a new history entry, other changes
//! replace the current one), and the view follows the fragment when the
//! user edits it or goes back and forward.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::notice::{Draft, Level};
use crate::share::ViewState;
use crate::state::{Action, State};

/// The page's URL fragment, with its `#`, or "" when it cannot be read.
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Keeps the fragment and `view` in step.
#[hook]
pub fn use_url(view: ViewState, dispatch: &UseReducerDispatcher<State>) {
    use_effect_with(view, move |view| {
        let hash = view.to_hash();
        let old = ViewState::from_hash(&current_hash()).ok();
        if old.as_ref().map(ViewState::to_hash) != Some(hash.clone()) {
            let window = gloo::utils::window();
            if old.is_some_and(|old| old.page != view.page) {
                let _ = window.location().set_hash(&hash);
            } else if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
            }
        }
    });
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let listener = EventListener::new(&window, "hashchange", move |_| match ViewState::from_hash(&current_hash()) {
            Ok(view) => dispatch.dispatch(Action::ApplyView(view)),
            Err(error) => dispatch.dispatch(Action::Notify(Draft::new(Level::Warning, error.to_string()))),
        });
        move || drop(listener)
    });
}
