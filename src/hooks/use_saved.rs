//! Keeping the user's choices in the browser: the library in the browser's
//! database, read when the app starts and whenever another tab changes
//! it, saved after every change (with a notice, and the reports offered as
//! a file, when the browser refuses); and the theme.

use yew::prelude::*;

use crate::state::{State, Storage};
use crate::storage;

/// Reads the library once the app is up, saves it whenever it changes
/// while it is kept, and applies and saves the theme.
#[hook]
pub fn use_saved(state: &State, dispatch: &UseReducerDispatcher<State>) {
    let on_action = dispatch.to_callback();
    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| storage::start(on_action));
    }
    let saving = (state.library.clone(), state.stored.clone(), state.revision, state.storage);
    use_effect_with(saving, move |(library, stored, revision, storage)| {
        storage::remember(library);
        if *storage != Storage::Loading {
            storage::keep_pair(library);
        }
        if *storage == Storage::Kept {
            storage::save(library.clone(), stored.clone(), *revision, on_action);
        }
    });
    use_effect_with(state.theme, |theme| theme.apply());
}
