//! A hook for work the first screen does not need: it turns `true` once the
//! page has painted for the first time, so that work renders after the user
//! sees the page instead of delaying it.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// `false` on the first render, `true` from the render after the first
/// paint: the next animation frame, then one task later, which is after the
/// frame is drawn.
#[hook]
pub fn use_after_first_paint() -> bool {
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            let fallback = painted.clone();
            // A gloo Timeout is cancelled when dropped, so it is forgotten.
            let after_frame = Closure::once_into_js(move || Timeout::new(0, move || painted.set(true)).forget());
            if gloo::utils::window().request_animation_frame(after_frame.unchecked_ref()).is_err() {
                fallback.set(true);
            }
        });
    }
    *painted
}
