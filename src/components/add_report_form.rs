//! The library's form for bringing a report in: paste it (with an optional
//! title and source) or open files, and choose whether it shows as report
//! A or B.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_file_import::{Import, use_file_import};
use crate::library::Draft;
use crate::notice::Draft as Notice;
use crate::state::{CHOSEN, Edit, IN_TURN};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Adds the report pasted or the reports opened.
    pub on_edit: Callback<Edit>,
    /// Has the worker make HTML and Markdown files into reports.
    pub on_import: Callback<Import>,
    /// Says why a file could not be opened.
    pub on_notify: Callback<Notice>,
    /// Where the reports the user adds show: A (0), B (1) or in turn.
    pub slot: usize,
}

/// The text of the input or text area an event came from.
pub fn input_value(event: &Event) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok().map(|i| i.value()))
        .or_else(|| event.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok().map(|t| t.value())))
        .unwrap_or_default()
}

#[function_component(AddReportForm)]
pub fn add_report_form(props: &Props) -> Html {
    let Props { on_edit, on_import, on_notify, slot } = props;
    let open_files = use_file_import(on_edit.clone(), on_import.clone(), on_notify.clone());
    let text = use_state(String::new);
    let title = use_state(String::new);
    let source = use_state(String::new);
    let on_add = {
        let (text, title, source, on_edit) = (text.clone(), title.clone(), source.clone(), on_edit.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let draft = Draft {
                text: (*text).clone(),
                title: Some((*title).clone()).filter(|t| !t.trim().is_empty()),
                source: if source.trim().is_empty() { String::from("Pasted") } else { (*source).clone() },
            };
            let empty = draft.text.trim().is_empty();
            on_edit.emit(Edit::Add(draft, CHOSEN));
            if !empty {
                text.set(String::new());
                title.set(String::new());
                source.set(String::new());
            }
        })
    };
    let on_files = Callback::from(move |event: Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        if let Some(list) = input.files() {
            let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
            open_files.emit(files);
        }
        input.set_value("");
    });
    html! {
        <form class="library__add" onsubmit={on_add} aria-labelledby="add-heading">
            <h3 id="add-heading" class="library__subheading">{ "Add a report" }</h3>
            <label class="field">
                <span class="field__label">{ "Title (optional)" }</span>
                <input class="field__input" type="text" value={(*title).clone()} oninput={bind(&title)} />
            </label>
            <label class="field">
                <span class="field__label">{ "Source (optional)" }</span>
                <input class="field__input" type="text" placeholder="Outlet, URL or note" value={(*source).clone()} oninput={bind(&source)} />
            </label>
            <label class="field">
                <span class="field__label">{ "Report text" }</span>
                <textarea class="field__input field__input--text" rows="8" placeholder="Paste the report here" value={(*text).clone()} oninput={bind(&text)} />
            </label>
            <fieldset class="library__slot-choice">
                <legend class="field__label">{ "Show it as" }</legend>
                { slot_radio(*slot, 0, "Report A", on_edit) }
                { slot_radio(*slot, 1, "Report B", on_edit) }
                { slot_radio(*slot, IN_TURN, "A, then B", on_edit) }
            </fieldset>
            <div class="library__add-actions">
                <button type="submit" class="button button--primary">{ "Add report" }</button>
                <label class="button">
                    { "Open files…" }
                    <input class="visually-hidden" type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html" aria-label="Open report files" onchange={on_files} />
                </label>
            </div>
            <p class="library__hint">{ "Files: .txt, .md and .html (reduced to their text), or a Parallax reports file. You can also drop files anywhere on the page; pasted, opened and dropped reports all show as chosen above (“A, then B” fills both in turn)." }</p>
        </form>
    }
}

/// Keeps `state` in step with a text field.
fn bind(state: &UseStateHandle<String>) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |event: InputEvent| state.set(input_value(&event)))
}

/// The choice of showing reports as A (`value` 0), B (1) or in turn.
fn slot_radio(slot: usize, value: usize, label: &'static str, on_edit: &Callback<Edit>) -> Html {
    let checked = slot == value;
    let on_change = on_edit.reform(move |_: Event| Edit::ChooseSlot(value));
    html! {
        <label class="library__radio">
            <input type="radio" name="add-slot" {checked} onchange={on_change} />
            { label }
        </label>
    }
}
