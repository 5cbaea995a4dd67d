//! The root component: holds the state, runs the app's effects through its
//! hooks (the worker, storage, the URL, shortcuts, search), hands each
//! component the narrow callbacks it needs, and lays out the page.

mod callbacks;
mod pages;

use std::rc::Rc;

use parallax_model::Analysis;
use yew::prelude::*;

use crate::components::corrections_bar::{self, corrections_bar};
use crate::components::drop_zone::DropZone;
use crate::components::library_panel::LibraryPanel;
use crate::components::notice_list::NoticeList;
use crate::components::search_bar::SearchBar;
use crate::components::selection_bar::{self, selection_bar};
use crate::components::shortcut_help::ShortcutHelp;
use crate::hooks::use_after_first_paint::use_after_first_paint;
use crate::hooks::use_analysis::use_analysis;
use crate::hooks::use_saved::use_saved;
use crate::hooks::use_search::use_search;
use crate::hooks::use_shortcuts::use_shortcuts;
use crate::hooks::use_url::{current_hash, use_url};
use crate::hooks::use_worker::use_worker;
use crate::library::Library;
use crate::notice::{Draft, Level};
use crate::reports::{self, ReportSource};
use crate::route::Page;
use crate::share::ViewState;
use crate::state::{Action, AnalysisKey, Shared, State, analysis_key};
use callbacks::Callbacks;
use pages::Screen;

/// The state the app opens with: the examples, the view the URL
/// names, and notices for whatever could not be restored. The embedded pair
/// opens on its build-time analysis; any other pair waits for the worker.
fn initial_state() -> State {
    // The examples open at once; the saved library follows when the
    // browser's database has been read (`use_saved`).
    let (library, mut notices) = (Library::default(), Vec::new());
    let view = match ViewState::from_hash(&current_hash()) {
        Ok(view) => Some(view),
        Err(error) => {
            notices.push(Draft::new(Level::Warning, format!("{error} Parallax opened the default view instead.")));
            None
        }
    };
    let mut state = Rc::new(State::new(Shared::new(library), Shared::new(Analysis::default())));
    for notice in notices {
        state = state.reduce(Action::Notify(notice));
    }
    // A link's deflated reports are applied once inflated (`use_url`).
    if let Some(view) = view.filter(|view| !view.is_packed()) {
        state = state.reduce(Action::ApplyView(view));
    }
    let mut state = (*state).clone();
    state.theme = crate::theme::Theme::load();
    match reports::embedded_analysis(&state.library.chosen(), &state.library.corrections()) {
        Some(analysis) => {
            state.analysis = Shared::new(analysis);
            state.analysed = analysis_key(&state.library);
        }
        None => state.analysed = AnalysisKey::default(),
    }
    state
}

/// The reports the analysis on screen was made from, as the library holds
/// them now.
fn shown_sources(library: &Library, analysed: &AnalysisKey) -> Shared<Vec<ReportSource>> {
    Shared::new(analysed.reports.iter().filter_map(|(id, _)| library.get(id).cloned()).collect())
}

/// The first minute: a plain way to one's own reports, until there is one.
fn first_run(on: &Callbacks) -> Html {
    let open = |slot: usize| {
        let (edit, toggle) = (on.edit.clone(), on.toggle_library.clone());
        Callback::from(move |event: MouseEvent| {
            edit.emit(crate::state::Edit::ChooseSlot(slot));
            toggle.emit(event);
        })
    };
    html! {
        <section class="first-run" aria-labelledby="first-run-heading">
            <h2 id="first-run-heading" class="first-run__heading">{ "Compare your own reports" }</h2>
            <p class="first-run__text">{ "These are two example reports of one story. Paste or open two reports of your own (.txt, .md, .html), or drop the files anywhere on the page. They stay in this browser." }</p>
            <div class="first-run__actions">
                <button type="button" class="button button--primary" onclick={open(crate::state::IN_TURN)}>{ "Add reports A and B" }</button>
                <button type="button" class="button" onclick={open(0)}>{ "Replace report A" }</button>
                <button type="button" class="button" onclick={open(1)}>{ "Replace report B" }</button>
            </div>
        </section>
    }
}

/// Buttons, shown only when focused, that take the keyboard past the
/// toolbar to each report's text or to the list of who and what. (Buttons,
/// not links: the fragment is the view's.)
fn skip_links() -> Html {
    let to = |selector: &'static str| {
        Callback::from(move |_: MouseEvent| {
            let target = gloo::utils::document().query_selector(selector).ok().flatten();
            if let Some(target) = target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok()) {
                let _ = target.focus();
            }
        })
    };
    html! {
        <nav class="skip-links" aria-label="Skip to">
            <button type="button" class="skip-links__link" onclick={to("#report-body-0")}>{ "Skip to report A" }</button>
            <button type="button" class="skip-links__link" onclick={to("#report-body-1")}>{ "Skip to report B" }</button>
            <button type="button" class="skip-links__link" onclick={to(".entity-list button")}>{ "Skip to who and what" }</button>
        </nav>
    }
}

/// The Parallax app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let dispatch = state.dispatcher();
    let painted = use_after_first_paint();
    let worker = use_worker(dispatch.clone(), state.library_open);
    use_analysis(&state, &worker, &dispatch);
    use_saved(&state, &dispatch);
    use_url(state.view_state(), &dispatch);
    use_shortcuts(dispatch.to_callback());
    // Bring the current mention of the selection into view.
    use_effect_with(state.current(), |current| {
        if let Some(at) = current {
            crate::scroll::to_id(&at.dom_id());
        }
    });
    let on = use_memo((), |_| Callbacks::new(&dispatch, &worker));
    let sources = use_memo((state.library.clone(), state.analysed.clone()), |(library, analysed)| shown_sources(library, analysed));
    let sources: Shared<Vec<ReportSource>> = (*sources).clone();
    let search = use_search(sources.clone(), &state, &dispatch, &worker);
    let screen = Screen { state: &state, on: &on, sources, search: &search, painted };
    let ready = screen.ready();
    html! {
        <DropZone on_edit={on.edit.clone()} on_import={on.import.clone()} on_notify={on.notify.clone()}>
            <div class="app">
                if state.page == Page::Read {
                    { skip_links() }
                }
                { screen.app_bar() }
                <NoticeList notices={state.notices.clone()} on_dismiss={on.dismiss.clone()} />
                if let Some(job) = &state.working {
                    { pages::still_working(job, &on.cancel) }
                } else if let Some((_, bytes)) = &state.analysing {
                    { pages::analysing(*bytes) }
                } else if let (Page::Coverage, Some((key, _))) = (state.page, &state.story_analysing) {
                    { pages::analysing_story(key.reports.len()) }
                }
                if state.page == Page::Read && !state.library_open && !state.library.visible().any(|r| r.origin == crate::reports::Origin::User) {
                    { first_run(&on) }
                }
                if state.library_open {
                    <LibraryPanel library={state.library.clone()} on_close={on.toggle_library.clone()} on_edit={on.edit.clone()}
                        on_coverage={on.show_coverage.clone()}
                        on_import={on.import.clone()} on_notify={on.notify.clone()} add_slot={state.add_slot} />
                }
                if state.page == Page::Read && ready {
                    <SearchBar analysis={state.analysis.clone()} query={state.search.clone()} hits={search.hits.clone()} counts={search.counts.clone()}
                        cursor={state.search_cursor} pattern={state.pattern} pending={search.pending} more={search.more} error={search.error.clone()}
                        on_search={on.search.clone()} on_step={on.step_search.clone()} on_pattern={on.toggle_pattern.clone()} on_reveal={on.reveal.clone()} />
                    { selection_bar(&selection_bar::Props { analysis: state.analysis.clone(), selected: state.selected, cursor: state.cursor,
                        total: state.selection().len(), on_step: on.step.clone(), on_clear: on.clear_selection.clone() }) }
                }
                if ready && state.page != Page::Coverage {
                    { corrections_bar(&corrections_bar::Props { corrections: state.library.corrections(), applied: state.analysis.corrections.clone(),
                        on_edit: on.edit.clone() }) }
                }
                { screen.page() }
                if state.help_open {
                    <ShortcutHelp on_close={on.toggle_help.clone()} />
                }
            </div>
        </DropZone>
    }
}
