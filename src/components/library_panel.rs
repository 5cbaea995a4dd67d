//! The report library: every report the user can read and compare, with
//! which is A and which is B, ways to rename and remove them and to bring
//! the examples back, and the form that brings new ones in.

use yew::prelude::*;

use crate::components::aria;
use crate::components::add_report_form::{AddReportForm, input_value};
use crate::hooks::use_file_import::Import;
use crate::library::{Library, MAX_STORY};
use crate::notice::Draft as Notice;
use crate::reports::{Origin, ReportSource};
use crate::state::{Edit, Shared};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub library: Shared<Library>,
    /// Closes the panel.
    pub on_close: Callback<MouseEvent>,
    /// Changes the library: adds, chooses, renames, removes.
    pub on_edit: Callback<Edit>,
    /// Has the worker make HTML and Markdown files into reports.
    pub on_import: Callback<Import>,
    /// Says why a file could not be opened.
    pub on_notify: Callback<Notice>,
    /// Where the reports the user adds show: A (0), B (1) or in turn.
    pub add_slot: usize,
    /// Closes the panel and shows the story's coverage.
    pub on_coverage: Callback<MouseEvent>,
}

/// The report being renamed: its id and the title typed so far.
type Renaming = UseStateHandle<Option<(String, String)>>;

fn size_label(bytes: usize) -> String {
    if bytes < 10_000 {
        format!("{} characters", parallax_model::format_number(bytes as f64))
    } else {
        format!("{} KB", parallax_model::fixed(bytes as f64 / 1024.0, 0))
    }
}

#[function_component(LibraryPanel)]
pub fn library_panel(props: &Props) -> Html {
    let Props { library, on_close, on_edit, on_import, on_notify, add_slot, on_coverage } = props;
    let n = library.story_reports().len();
    let renaming: Renaming = use_state(|| None);
    html! {
        <section class="library" aria-labelledby="library-heading">
            <header class="library__header">
                <h2 id="library-heading" class="library__heading">{ "Reports" }</h2>
                <button type="button" class="button button--quiet" aria-label="Close the report library" onclick={on_close.clone()}>{ "Close ✕" }</button>
            </header>
            <div class="library__columns">
                <div class="library__list-column">
                    <p class="library__hint">{ "Choose which report is A and which is B. Your reports stay in this browser; nothing is uploaded." }</p>
                    <p class="library__story" role="group" aria-label="The story">
                        <span>{ format!("Story: {n} {}", if n == 1 { "report" } else { "reports" }) }</span>
                        if n >= MAX_STORY { <span class="library__full">{ " (the most a story holds)" }</span> }
                        <button type="button" class="button button--small" onclick={on_coverage.clone()}>{ "Show coverage" }</button>
                    </p>
                    <ul class="library__list">
                        { for library.visible().map(|report| report_row(library, report, &renaming, on_edit)) }
                    </ul>
                    if !library.hidden_examples.is_empty() {
                        <button type="button" class="button" onclick={on_edit.reform(|_: MouseEvent| Edit::RestoreExamples)}>
                            { "Restore the examples" }
                        </button>
                    }
                </div>
                <AddReportForm on_edit={on_edit.clone()} on_import={on_import.clone()} on_notify={on_notify.clone()} slot={*add_slot} />
            </div>
        </section>
    }
}

/// One report of the list: the slot buttons, then its title and actions,
/// or the form that renames it.
fn report_row(library: &Library, report: &ReportSource, renaming: &Renaming, on_edit: &Callback<Edit>) -> Html {
    let id = report.id.clone();
    let in_slot = |s: usize| if s == 0 { library.pair.0 == id } else { library.pair.1 == id };
    let choose = |s: usize| {
        let id = id.clone();
        on_edit.reform(move |_: MouseEvent| Edit::Choose(s, id.clone()))
    };
    let name = report.name();
    let body = match renaming.as_ref() {
        Some((editing, value)) if *editing == id => rename_form(&id, &name, value, renaming, on_edit),
        _ => summary(report, &name, renaming, on_edit),
    };
    html! {
        <li key={id.clone()} class={classes!("library__item", (in_slot(0) || in_slot(1)).then_some("library__item--chosen"))}>
            <div class="library__slots" role="group" aria-label={format!("Show {name} as")}>
                <button type="button" class="library__slot" aria-pressed={aria(in_slot(0))} aria-label={format!("Show {name} as report A")} onclick={choose(0)}>{ "A" }</button>
                <button type="button" class="library__slot" aria-pressed={aria(in_slot(1))} aria-label={format!("Show {name} as report B")} onclick={choose(1)}>{ "B" }</button>
            </div>
            <div class="library__body">{ body }</div>
            { story_box(library, &id, &name, on_edit) }
        </li>
    }
}

/// The box that puts a report in the story or takes it out. A box ticked
/// while the story is full is unticked again (the notice says why).
fn story_box(library: &Library, id: &str, name: &str, on_edit: &Callback<Edit>) -> Html {
    let checked = library.story.iter().any(|s| s == id);
    let full = !checked && library.story.len() >= MAX_STORY;
    let on_change = {
        let (id, on_edit) = (id.to_string(), on_edit.clone());
        Callback::from(move |event: Event| {
            if full {
                if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                    input.set_checked(false);
                }
            }
            on_edit.emit(Edit::ToggleStory(id.clone()));
        })
    };
    html! {
        <label class="library__in-story">
            <input type="checkbox" {checked} aria-label={format!("In the story: {name}")} onchange={on_change} />
            { "In the story" }
        </label>
    }
}

/// A report's title, source and size, with ways to rename or remove it.
fn summary(report: &ReportSource, name: &str, renaming: &Renaming, on_edit: &Callback<Edit>) -> Html {
    let on_rename = {
        let (renaming, id, current) = (renaming.clone(), report.id.clone(), report.title.clone().unwrap_or_default());
        Callback::from(move |_: MouseEvent| renaming.set(Some((id.clone(), current.clone()))))
    };
    let on_remove = {
        let id = report.id.clone();
        on_edit.reform(move |_: MouseEvent| Edit::Remove(id.clone()))
    };
    let remove = if report.origin == Origin::Example { "Hide" } else { "Remove" };
    html! {
        <>
            <p class="library__title">{ name }</p>
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
}

/// The form that gives report `id` a new title.
fn rename_form(id: &str, name: &str, value: &str, renaming: &Renaming, on_edit: &Callback<Edit>) -> Html {
    let on_input = {
        let (renaming, id) = (renaming.clone(), id.to_string());
        Callback::from(move |event: InputEvent| renaming.set(Some((id.clone(), input_value(&event)))))
    };
    let on_save = {
        let (renaming, id, on_edit) = (renaming.clone(), id.to_string(), on_edit.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some((_, value)) = (*renaming).clone() {
                on_edit.emit(Edit::Rename(id.clone(), value));
            }
            renaming.set(None);
        })
    };
    let on_cancel = {
        let renaming = renaming.clone();
        Callback::from(move |_: MouseEvent| renaming.set(None))
    };
    html! {
        <form class="library__rename" onsubmit={on_save}>
            <input class="field__input" type="text" aria-label={format!("New title for {name}")} value={value.to_string()} oninput={on_input} />
            <button type="submit" class="button">{ "Save" }</button>
            <button type="button" class="button button--quiet" onclick={on_cancel}>{ "Cancel" }</button>
        </form>
    }
}
