//! The report library: every report the user can read and compare, with
//! which is A and which is B, and the ways to bring new ones in (paste,
//! open files), rename them, remove them, and bring the examples back.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_file_import::use_file_import;
use crate::library::{Draft, Library};
use crate::reports::{Origin, ReportSource};
use crate::state::{Action, Shared};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub library: Shared<Library>,
    pub on_action: Callback<Action>,
}

fn input_value(event: &Event) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok().map(|i| i.value()))
        .or_else(|| event.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok().map(|t| t.value())))
        .unwrap_or_default()
}

fn size_label(bytes: usize) -> String {
    if bytes < 10_000 {
        format!("{} characters", parallax_model::format_number(bytes as f64))
    } else {
        format!("{:.0} KB", bytes as f64 / 1024.0)
    }
}

#[function_component(LibraryPanel)]
pub fn library_panel(props: &Props) -> Html {
    let Props { library, on_action } = props;
    let open_files = use_file_import(on_action.clone());
    let text = use_state(String::new);
    let title = use_state(String::new);
    let source = use_state(String::new);
    let slot = use_state(|| 1usize);
    let editing = use_state(|| None::<(String, String)>);

    let on_close = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ToggleLibrary))
    };
    let on_add = {
        let (text, title, source, slot, on_action) = (text.clone(), title.clone(), source.clone(), slot.clone(), on_action.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let draft = Draft {
                text: (*text).clone(),
                title: Some((*title).clone()).filter(|t| !t.trim().is_empty()),
                source: if source.trim().is_empty() { String::from("Pasted") } else { (*source).clone() },
            };
            let empty = draft.text.trim().is_empty();
            on_action.emit(Action::AddReport(draft, *slot));
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
    let bind = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| state.set(input_value(&event)))
    };
    let slot_radio = |value: usize, label: &'static str| {
        let checked = *slot == value;
        let slot = slot.clone();
        let on_change = Callback::from(move |_: Event| slot.set(value));
        html! {
            <label class="library__radio">
                <input type="radio" name="add-slot" {checked} onchange={on_change} />
                { label }
            </label>
        }
    };
    let hidden_examples = !library.hidden_examples.is_empty();

    let row = |report: &ReportSource| {
        let id = report.id.clone();
        let in_slot = |s: usize| if s == 0 { library.pair.0 == id } else { library.pair.1 == id };
        let choose = |s: usize| {
            let (id, on_action) = (id.clone(), on_action.clone());
            Callback::from(move |_: MouseEvent| on_action.emit(Action::Choose(s, id.clone())))
        };
        let on_remove = {
            let (id, on_action) = (id.clone(), on_action.clone());
            Callback::from(move |_: MouseEvent| on_action.emit(Action::Remove(id.clone())))
        };
        let name = report.name();
        let is_editing = editing.as_ref().is_some_and(|(e, _)| *e == id);
        let remove = if report.origin == Origin::Example { "Hide" } else { "Remove" };
        let title_html = if is_editing {
            let value = editing.as_ref().map(|(_, v)| v.clone()).unwrap_or_default();
            let on_input = {
                let (editing, id) = (editing.clone(), id.clone());
                Callback::from(move |event: InputEvent| editing.set(Some((id.clone(), input_value(&event)))))
            };
            let on_save = {
                let (editing, id, on_action) = (editing.clone(), id.clone(), on_action.clone());
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    if let Some((_, value)) = (*editing).clone() {
                        on_action.emit(Action::Rename(id.clone(), value));
                    }
                    editing.set(None);
                })
            };
            let on_cancel = {
                let editing = editing.clone();
                Callback::from(move |_: MouseEvent| editing.set(None))
            };
            html! {
                <form class="library__rename" onsubmit={on_save}>
                    <input class="field__input" type="text" aria-label={format!("New title for {name}")} value={value} oninput={on_input} />
                    <button type="submit" class="button">{ "Save" }</button>
                    <button type="button" class="button button--quiet" onclick={on_cancel}>{ "Cancel" }</button>
                </form>
            }
        } else {
            let on_rename = {
                let (editing, id, current) = (editing.clone(), id.clone(), report.title.clone().unwrap_or_default());
                Callback::from(move |_: MouseEvent| editing.set(Some((id.clone(), current.clone()))))
            };
            html! {
                <>
                    <p class="library__title">{ name.clone() }</p>
                    <p class="library__meta">
                        { &report.source }{ " · " }{ size_label(report.text.len()) }
                        if report.origin == Origin::Example { { " · example" } }
                    </p>
                    <div class="library__actions">
                        <button type="button" class="button button--quiet" aria-label={format!("Rename {name}")} onclick={on_rename}>{ "Rename" }</button>
                        <button type="button" class="button button--quiet" aria-label={format!("{remove} {name}")} onclick={on_remove}>
                            { remove }
                        </button>
                    </div>
                </>
            }
        };
        html! {
            <li key={id.clone()} class={classes!("library__item", (in_slot(0) || in_slot(1)).then_some("library__item--chosen"))}>
                <div class="library__slots" role="group" aria-label={format!("Show {name} as")}>
                    <button type="button" class="library__slot" aria-pressed={in_slot(0).to_string()} aria-label={format!("Show {name} as report A")} onclick={choose(0)}>{ "A" }</button>
                    <button type="button" class="library__slot" aria-pressed={in_slot(1).to_string()} aria-label={format!("Show {name} as report B")} onclick={choose(1)}>{ "B" }</button>
                </div>
                <div class="library__body">{ title_html }</div>
            </li>
        }
    };

    html! {
        <section class="library" aria-labelledby="library-heading">
            <header class="library__header">
                <h2 id="library-heading" class="library__heading">{ "Reports" }</h2>
                <button type="button" class="button button--quiet" aria-label="Close the report library" onclick={on_close}>{ "Close ✕" }</button>
            </header>
            <div class="library__columns">
                <div class="library__list-column">
                    <p class="library__hint">{ "Choose which report is A and which is B. Your reports stay in this browser; nothing is uploaded." }</p>
                    <ul class="library__list">
                        { for library.visible().map(row) }
                    </ul>
                    if hidden_examples {
                        <button type="button" class="button" onclick={{
                            let on_action = on_action.clone();
                            Callback::from(move |_: MouseEvent| on_action.emit(Action::RestoreExamples))
                        }}>{ "Restore the examples" }</button>
                    }
                </div>
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
                        { slot_radio(0, "Report A") }
                        { slot_radio(1, "Report B") }
                    </fieldset>
                    <div class="library__add-actions">
                        <button type="submit" class="button button--primary">{ "Add report" }</button>
                        <label class="button">
                            { "Open files…" }
                            <input class="visually-hidden" type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html" aria-label="Open report files" onchange={on_files} />
                        </label>
                    </div>
                    <p class="library__hint">{ "Files: .txt, .md and .html (reduced to their text), or a Parallax reports file. You can also drop files anywhere on the page." }</p>
                </form>
            </div>
        </section>
    }
}
