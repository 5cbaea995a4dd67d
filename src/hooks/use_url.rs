//! The URL fragment and the view, kept in step both ways: the fragment
//! follows the view (a new page is a new history entry, other changes
//! replace the current one), and the view follows the fragment when the
//! user edits it or goes back and forward. A link with deflated reports
//! is applied once the browser has inflated them; until then the fragment
//! stays as it is.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::notice::{Draft, Level};
use crate::share::ViewState;
use crate::state::{Action, State};

/// The page's URL fragment, with its `#`, or "" when it cannot be read.
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

thread_local! {
    /// Whether a link's deflated reports are being inflated.
    static OPENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Applies the view the fragment names, or says why it cannot. Deflated
/// reports are inflated first.
fn open(dispatch: UseReducerDispatcher<State>) {
    let view = match ViewState::from_hash(&current_hash()) {
        Ok(view) if view.is_packed() => view,
        Ok(view) => return dispatch.dispatch(Action::ApplyView(view)),
        Err(error) => return dispatch.dispatch(Action::Notify(Draft::new(Level::Warning, error.to_string()))),
    };
    OPENING.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        let view = view.unpack().await;
        OPENING.set(false);
        match view {
            Ok(view) => dispatch.dispatch(Action::ApplyView(view)),
            Err(error) => dispatch.dispatch(Action::Notify(Draft::new(Level::Error, error.to_string()))),
        }
    });
}

/// Keeps the fragment and `view` in step. The view the app opened with
/// has had the fragment applied, except deflated reports, which are
/// inflated and applied here.
#[hook]
pub fn use_url(view: ViewState, dispatch: &UseReducerDispatcher<State>) {
    // First, so that a link still opening keeps its fragment.
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        if ViewState::from_hash(&current_hash()).is_ok_and(|view| view.is_packed()) {
            open(dispatch.clone());
        }
        let window = gloo::utils::window();
        let listener = EventListener::new(&window, "hashchange", move |_| open(dispatch.clone()));
        move || drop(listener)
    });
    use_effect_with(view, move |view| {
        if OPENING.get() {
            return;
        }
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
}
