//! The "?" overlay: every keyboard shortcut, in a dialog that Escape closes.

use yew::prelude::*;

use crate::hooks::use_shortcuts::SHORTCUTS;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Closes the overlay.
    pub on_close: Callback<MouseEvent>,
}

#[function_component(ShortcutHelp)]
pub fn shortcut_help(props: &Props) -> Html {
    let Props { on_close } = props;
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    html! {
        <div class="overlay" role="presentation">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-heading">
                <header class="dialog__header">
                    <h2 id="shortcuts-heading" class="dialog__heading">{ "Keyboard shortcuts" }</h2>
                    <button ref={close_ref} type="button" class="button button--quiet" aria-label="Close keyboard shortcuts" onclick={on_close.clone()}>{ "Close ✕" }</button>
                </header>
                <dl class="shortcuts">
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <div class="shortcuts__row">
                            <dt>{ for keys.iter().enumerate().map(|(i, key)| html! {
                                <>
                                    if i > 0 { <span class="shortcuts__or">{ " or " }</span> }
                                    <kbd>{ key }</kbd>
                                </>
                            }) }</dt>
                            <dd>{ *what }</dd>
                        </div>
                    }) }
                </dl>
                <p class="dialog__note">{ "Every control can also be reached with Tab; Enter or Space activates it." }</p>
            </div>
        </div>
    }
}
