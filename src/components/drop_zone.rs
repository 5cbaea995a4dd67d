//! The whole page as a drop target: files dropped anywhere are opened into
//! the library, with a visible hint while they are dragged over.

use yew::prelude::*;

use crate::hooks::use_file_import::{Import, use_file_import};
use crate::notice::Draft as Notice;
use crate::state::Edit;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Adds the reports opened.
    pub on_edit: Callback<Edit>,
    /// Has the worker make HTML and Markdown files into reports.
    pub on_import: Callback<Import>,
    /// Says why a file could not be opened.
    pub on_notify: Callback<Notice>,
    pub children: Html,
}

/// The files a drag carries.
fn files_of(event: &DragEvent) -> Vec<web_sys::File> {
    let Some(list) = event.data_transfer().and_then(|t| t.files()) else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component(DropZone)]
pub fn drop_zone(props: &Props) -> Html {
    let Props { on_edit, on_import, on_notify, children } = props;
    let dragging = use_state(|| false);
    let open = use_file_import(on_edit.clone(), on_import.clone(), on_notify.clone());
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Leaving for a child element is not leaving the page.
            if event.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let files = files_of(&event);
            if !files.is_empty() {
                open.emit(files);
            }
        })
    };
    html! {
        <div
            class={classes!("drop-zone", dragging.then_some("drop-zone--active"))}
            ondragover={on_drag_over}
            ondragleave={on_drag_leave}
            ondrop={on_drop}
        >
            { children.clone() }
            if *dragging {
                <div class="drop-zone__hint" aria-hidden="true">
                    <p>{ "Drop .txt, .md or .html files to add them as reports" }</p>
                </div>
            }
        </div>
    }
}
