//! Keeping the user's choices in the browser: the library after every
//! change (with a notice, and the reports offered as a file, when the
//! browser refuses), and the theme.

use yew::prelude::*;

use crate::library::Library;
use crate::state::{Action, Shared, State};
use crate::storage;
use crate::theme::Theme;

/// Saves `library` whenever it changes, and applies and saves `theme`.
#[hook]
pub fn use_saved(library: Shared<Library>, theme: Theme, dispatch: &UseReducerDispatcher<State>) {
    let dispatch = dispatch.clone();
    use_effect_with(library, move |library| {
        if let Err(error) = storage::save(library) {
            if error != storage::SaveError::Unavailable {
                dispatch.dispatch(Action::Notify(storage::save_failed(&error, library)));
            }
        }
    });
    use_effect_with(theme, |theme| theme.apply());
}
