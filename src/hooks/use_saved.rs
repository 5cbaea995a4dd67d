//! Keeping the user's choices in the browser: the library in the browser's
//! database, through the storage worker (started after the first paint when
//! a library was saved before, or at the user's first change), with every
//! change sent to it and other tabs' changes merged in; and the theme.

use yew::prelude::*;

use crate::hooks::use_after_first_paint::use_after_first_paint;
use crate::state::{State, Storage};
use crate::storage;

/// Starts keeping the library once the app is up, sends every change of
/// it to be saved while it is kept, and applies and saves the theme.
#[hook]
pub fn use_saved(state: &State, dispatch: &UseReducerDispatcher<State>) {
    let painted = use_after_first_paint();
    {
        let on_action = dispatch.to_callback();
        use_effect_with((), move |_| storage::start(on_action));
    }
    let saving = (state.library.clone(), state.seen, state.storage, painted);
    use_effect_with(saving, move |(library, seen, storage, painted)| {
        storage::remember(library);
        if *storage != Storage::Loading {
            storage::keep_pair(library);
        }
        if *painted && *storage != Storage::Memory {
            storage::save(library, *seen);
        }
    });
    use_effect_with(state.theme, |theme| theme.apply());
}
