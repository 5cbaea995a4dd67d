//! Adding an entity the analysis missed: when the reader selects a few
//! words in a report, a bar offers to add them as a person, organization,
//! place or date. The addition is a correction like any other: it applies
//! to every occurrence in both reports and can be taken back. Keyboard
//! users type the words into a small form beside the entity list instead.

use gloo::events::EventListener;
use parallax_model::{Correction, Kind};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::entity_inspector::ENTITY_KINDS;

/// Selections longer than this are not offered: no name is that long.
const MAX_SELECTION_CHARS: usize = 120;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Adds the words as an entity.
    pub on_correct: Callback<Correction>,
}

/// The words selected inside one report's text, tidied (see [`tidy`]);
/// `None` when nothing is selected there.
fn selected_words() -> Option<String> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() {
        return None;
    }
    let in_report = |node: Option<web_sys::Node>| -> Option<web_sys::Element> {
        let node = node?;
        let element = match node.dyn_ref::<web_sys::Element>() {
            Some(element) => element.clone(),
            None => node.parent_element()?,
        };
        element.closest(".report__body").ok()?
    };
    let anchor = in_report(selection.anchor_node())?;
    let focus = in_report(selection.focus_node())?;
    if anchor != focus {
        return None;
    }
    tidy(&String::from(selection.to_string()))
}

/// Words as the reader picked or typed them, tidied: whitespace runs made
/// single and stray punctuation at the ends dropped. `None` when nothing
/// is left, or more than a name could be.
fn tidy(raw: &str) -> Option<String> {
    let words = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let stray = [',', ';', ':', '"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', '!', '?'];
    let words = words.trim_matches(|c: char| stray.contains(&c));
    let chars = words.chars().count();
    (chars > 0 && chars <= MAX_SELECTION_CHARS && words.chars().any(char::is_alphanumeric))
        .then(|| words.to_string())
}

#[function_component(AddFromSelection)]
pub fn add_from_selection(props: &Props) -> Html {
    let picked = use_state_eq(|| None::<String>);
    {
        let picked = picked.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::document(), "selectionchange", move |_| {
                    picked.set(selected_words())
                });
            move || drop(listener)
        });
    }
    let Some(words) = (*picked).clone() else {
        return Html::default();
    };
    let clear = || {
        if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
            let _ = selection.remove_all_ranges();
        }
    };
    let add = |kind: Kind| {
        let (on_correct, words, picked) = (props.on_correct.clone(), words.clone(), picked.clone());
        Callback::from(move |_: MouseEvent| {
            on_correct.emit(Correction::Add {
                text: words.clone(),
                kind,
            });
            clear();
            picked.set(None);
        })
    };
    let on_cancel = {
        let picked = picked.clone();
        Callback::from(move |_: MouseEvent| {
            clear();
            picked.set(None);
        })
    };
    // Pressing a button must not drop the selection before the click.
    let keep_selection = Callback::from(|event: MouseEvent| event.prevent_default());
    html! {
        <div class="add-bar" role="region" aria-label="Add the selected words as an entity" onmousedown={keep_selection}>
            <span class="add-bar__label">{ "Add " }<q class="add-bar__words">{ &words }</q>{ " as" }</span>
            { for ENTITY_KINDS.into_iter().map(|kind| html! {
                <button type="button" class={classes!("button", "button--small", format!("add-bar__kind--{}", kind.as_str()))} onclick={add(kind)}>
                    { kind.label() }
                </button>
            }) }
            <button type="button" class="button button--small button--quiet" aria-label="Cancel" onclick={on_cancel}>{ "✕" }</button>
        </div>
    }
}

/// The same addition from the keyboard: type the words, pick the kind.
#[function_component(AddNameForm)]
pub fn add_name_form(props: &Props) -> Html {
    let words = use_state(String::new);
    let kind = use_state(|| Kind::Person);
    let on_input = {
        let words = words.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                words.set(input.value());
            }
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Some(chosen) = Kind::parse(&select.value()) {
                    kind.set(chosen);
                }
            }
        })
    };
    let on_submit = {
        let (words, kind, on_correct) = (words.clone(), kind.clone(), props.on_correct.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(text) = tidy(&words) {
                on_correct.emit(Correction::Add { text, kind: *kind });
                words.set(String::new());
            }
        })
    };
    html! {
        <form class="add-name" onsubmit={on_submit} aria-label="Add a name the analysis missed">
            <label class="add-name__label" for="add-name-words">{ "Missing a name? Add it" }</label>
            <div class="add-name__row">
                <input id="add-name-words" class="add-name__input" type="text" maxlength="120" placeholder="Words as written"
                    value={(*words).clone()} oninput={on_input} />
                <select class="add-name__kind" aria-label="Kind of the name to add" onchange={on_kind}>
                    { for ENTITY_KINDS.into_iter().map(|k| html! {
                        <option value={k.as_str()} selected={k == *kind}>{ k.label() }</option>
                    }) }
                </select>
                <button type="submit" class="button button--small">{ "Add" }</button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn picked_words_are_tidied_and_bounded() {
        assert_eq!(tidy("  “old \n quarry,”  ").as_deref(), Some("old quarry"));
        assert_eq!(tidy("Banco de México S.A.").as_deref(), Some("Banco de México S.A."));
        assert_eq!(tidy(" ,;() "), None);
        assert_eq!(tidy(&"word ".repeat(40)), None);
    }
}
