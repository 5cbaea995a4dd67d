//! The root component: holds the state, keeps the library saved and the URL
//! in step with the view, analyses the chosen pair of reports, and lays out
//! the page.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use parallax_model::Analysis;
use yew::prelude::*;

use crate::components::app_bar::AppBar;
use crate::components::add_from_selection::{AddFromSelection, AddNameForm};
use crate::components::comparison_view::ComparisonView;
use crate::components::corrections_bar::CorrectionsBar;
use crate::components::entity_inspector::EntityInspector;
use crate::components::framing_view::FramingView;
use crate::components::drop_zone::DropZone;
use crate::components::entity_list::EntityList;
use crate::components::library_panel::LibraryPanel;
use crate::components::notice_list::NoticeList;
use crate::components::phone_tabs::PhoneTabs;
use crate::components::report_view::ReportView;
use crate::components::search_bar::SearchBar;
use crate::components::selection_bar::SelectionBar;
use crate::components::shortcut_help::ShortcutHelp;
use crate::hooks::use_after_first_paint::use_after_first_paint;
use crate::hooks::use_shortcuts::use_shortcuts;
use crate::library::Library;
use crate::notice::{Draft, Level};
use crate::reports::{self, ReportSource};
use crate::route::Page;
use crate::share::ViewState;
use crate::state::{Action, AnalysisKey, Shared, State, analysis_key};
use crate::storage;
use crate::worker::{self, AnalysisWorker, Answer};
use parallax_protocol::{Request, Response};
use gloo::worker::{Spawnable, WorkerBridge};

/// Up to this much report text, the page holds both the reading view and
/// the comparison, so that either prints with the other.
const PRINT_BOTH_MAX_BYTES: usize = 200_000;

/// The state the app opens with: the saved library, the view the URL
/// names, and notices for whatever could not be restored. The embedded pair
/// opens on its build-time analysis; any other pair waits for the worker.
fn initial_state() -> State {
    let (library, mut notices) = storage::load();
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
    if let Some(view) = view {
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

/// How many requests the page has sent to the analysis worker, and how
/// many it has answered. The page renders one app (see `lib.rs`; a fatal
/// error reloads the page), which starts one worker, which answers each
/// request in turn, with one answer: so the `n`th request sent is answered
/// once `ANSWERED` is `n`. (Kept as statics, not in the app's state: the
/// page's wasm is held to a size budget, and these cost it least.)
static SENT: AtomicU32 = AtomicU32::new(0);
static ANSWERED: AtomicU32 = AtomicU32::new(0);

/// The analysis worker, started on first use; its answers are counted and
/// become actions ([`Action::Analysed`], [`Action::Exported`],
/// [`Action::AddReport`]).
fn started<'a>(
    worker: &'a mut Option<WorkerBridge<AnalysisWorker>>,
    dispatch: &UseReducerDispatcher<State>,
) -> &'a WorkerBridge<AnalysisWorker> {
    worker.get_or_insert_with(|| {
        let dispatch = dispatch.clone();
        AnalysisWorker::spawner()
            .callback(move |response: Response| {
                ANSWERED.fetch_add(1, Ordering::Relaxed);
                // The analysis is read from its wire form now, and shown a
                // task later: reading a long report's analysis and rendering
                // it in the same task would hold the page for too long.
                let answer = Answer::from(response);
                let dispatch = dispatch.clone();
                Timeout::new(0, move || match answer {
                    Answer::Analysed(key, analysis) => dispatch.dispatch(Action::Analysed(key, Shared::new(analysis))),
                    Answer::Exported(export, contents) => {
                        crate::download::save(export.file_name(), export.mime(), &contents);
                        dispatch.dispatch(Action::Exported(export));
                    }
                    Answer::Imported(draft, slot) => {
                        let name = draft.source.clone();
                        dispatch.dispatch(Action::AddReport(draft, slot));
                        dispatch.dispatch(Action::Imported(name));
                    }
                })
                .forget();
            })
            .spawn_with_loader("./worker-loader.js")
    })
}

/// Sends `request` about `bytes` of report text to the worker, starting it
/// if need be, and dispatches `overdue` if this request is still not
/// answered when it has taken far longer than it should (see
/// [`overdue_millis`]). (An earlier request of the same kind that was
/// answered meanwhile does not count.)
fn ask(
    worker: &RefCell<Option<WorkerBridge<AnalysisWorker>>>,
    dispatch: &UseReducerDispatcher<State>,
    request: Request,
    bytes: usize,
    overdue: Action,
) {
    started(&mut worker.borrow_mut(), dispatch).send(request);
    let request = SENT.fetch_add(1, Ordering::Relaxed) + 1;
    let dispatch = dispatch.clone();
    let check = move || {
        if ANSWERED.load(Ordering::Relaxed) < request {
            dispatch.dispatch(overdue);
        }
    };
    Timeout::new(overdue_millis(bytes), check).forget();
}

/// The chosen reports' texts and given titles, as the worker takes them.
fn texts(library: &Library) -> Vec<(String, Option<String>)> {
    library.chosen().iter().map(|r| (r.text.to_string(), r.title.clone())).collect()
}

/// How long an analysis of `bytes` may take before the user is told it may
/// never come: far beyond the worker's start and its pace (about 30 MB/s),
/// even on a slow machine.
fn overdue_millis(bytes: usize) -> u32 {
    // 15 s, and 2 s more per megabyte (a millisecond per 500 bytes).
    (15_000 + bytes / 500).min(120_000) as u32
}

/// What the progress line says while the worker analyses `bytes` of report
/// text: short reports take a moment, long ones are worth a figure.
fn analysing_message(bytes: usize) -> String {
    if bytes < 100_000 {
        String::from("Analysing the reports…")
    } else {
        format!("Analysing {:.1} MB of report text in the background… The page stays usable.", bytes as f64 / 1_000_000.0)
    }
}

/// The Parallax app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let painted = use_after_first_paint();

    // Analyse again whenever the chosen reports, their titles or the
    // corrections change. The analysis runs in the worker, so the page stays
    // responsive however long the reports; the embedded pair needs none.
    let worker = use_mut_ref(|| None::<WorkerBridge<AnalysisWorker>>);
    {
        let dispatch = state.dispatcher();
        let worker = worker.clone();
        let library = state.library.clone();
        let current = state.is_current();
        let pending = state.analysing.as_ref().map(|(key, _)| key.clone());
        use_effect_with((library, current), move |(library, current)| {
            if *current {
                return;
            }
            let key = analysis_key(library);
            let chosen = library.chosen();
            if let Some(analysis) = reports::embedded_analysis(&chosen, &key.corrections) {
                dispatch.dispatch(Action::Analysed(key, Shared::new(analysis)));
                return;
            }
            if pending.as_ref() == Some(&key) {
                return;
            }
            let bytes: usize = chosen.iter().map(|r| r.text.len()).sum();
            ask(&worker, &dispatch, worker::analyse(&key, texts(library)), bytes, Action::AnalysisOverdue(key.clone()));
            dispatch.dispatch(Action::Analysing(key, bytes));
        });
    }

    // Exports are made in the worker, of a fresh analysis of the chosen
    // pair; its answer offers the file (see `started`).
    {
        let dispatch = state.dispatcher();
        let worker = worker.clone();
        let library = state.library.clone();
        use_effect_with(state.exporting, move |exporting| {
            if let Some(export) = *exporting {
                let texts = texts(&library);
                let bytes = texts.iter().map(|(text, _)| text.len()).sum();
                let request = worker::export(&analysis_key(&library), texts, export);
                ask(&worker, &dispatch, request, bytes, Action::ExportOverdue(export));
            }
        });
    }

    // Opening the library means a report is coming: start the worker then,
    // so that its first analysis does not also wait for its code.
    {
        let dispatch = state.dispatcher();
        let worker = worker.clone();
        use_effect_with(state.library_open, move |open| {
            if *open {
                started(&mut worker.borrow_mut(), &dispatch);
            }
        });
    }

    // Keep the library saved; say so when the browser refuses.
    {
        let dispatch = state.dispatcher();
        let library = state.library.clone();
        use_effect_with(library, move |library| {
            if let Err(error) = storage::save(library) {
                if error != storage::SaveError::Unavailable {
                    dispatch.dispatch(Action::Notify(storage::save_failed(&error, library)));
                }
            }
        });
    }

    // The URL fragment follows the view: a new page is a new history entry,
    // other changes replace the current one.
    {
        let view = state.view_state();
        use_effect_with(view, move |view| {
            let hash = view.to_hash();
            let old = ViewState::from_hash(&current_hash()).ok();
            if old.as_ref().map(ViewState::to_hash) != Some(hash.clone()) {
                let window = gloo::utils::window();
                if old.is_some_and(|old| old.page != view.page) {
                    let _ = window.location().set_hash(&hash);
                } else if let Ok(history) = window.history() {
                    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
                }
            }
        });
    }

    // Follow the URL when the user edits it or goes back and forward.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let listener = EventListener::new(&window, "hashchange", move |_| match ViewState::from_hash(&current_hash()) {
                Ok(view) => dispatch.dispatch(Action::ApplyView(view)),
                Err(error) => dispatch.dispatch(Action::Notify(Draft::new(Level::Warning, error.to_string()))),
            });
            move || drop(listener)
        });
    }

    // Marks the moment an analysis is on screen, for the benchmarks
    // (Performance API: `performance.getEntriesByName("parallax-ready")`).
    use_effect_with(state.analysed.clone(), |_| {
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("parallax-ready");
        }
    });

    // Keyboard shortcuts, and the theme the user chose.
    {
        let dispatch = state.dispatcher();
        use_shortcuts(Callback::from(move |action: Action| dispatch.dispatch(action)));
    }
    use_effect_with(state.theme, |theme| theme.apply());

    // Bring the current mention of the selection into view.
    {
        let current = state.current();
        use_effect_with(current, move |current| {
            if let Some(at) = current {
                scroll_into_view(&at.dom_id());
            }
        });
    }

    // One callback for the app's lifetime, so props that carry it compare
    // equal between renders and unchanged components skip re-rendering.
    let on_action = {
        let dispatch = state.dispatcher();
        let worker = worker.clone();
        use_callback((), move |action: Action, _| match action {
            Action::Import { name, text, slot } => {
                let bytes = text.len();
                let overdue = Action::ImportOverdue(name.clone());
                ask(&worker, &dispatch, Request::Import { name: name.clone(), text, slot }, bytes, overdue);
                dispatch.dispatch(Action::Importing(name));
            }
            action => dispatch.dispatch(action),
        })
    };
    let analysis = state.analysis.clone();
    let sources = use_memo((state.library.clone(), state.analysed.clone()), |(library, analysed)| {
        shown_sources(library, analysed)
    });
    let sources: Shared<Vec<ReportSource>> = (*sources).clone();
    let current = state.current();
    let ready = sources.len() == analysis.reports.len() && sources.len() == 2;
    // Search hits per report, found by the core, kept while the query and
    // the reports stay the same.
    let hits = use_memo((sources.clone(), state.search.clone()), |(sources, query)| {
        sources
            .iter()
            .map(|s| Shared::new(parallax_model::search::find(&s.text, query)))
            .collect::<Vec<_>>()
    });
    let counts: Vec<usize> = hits.iter().map(|h| h.len()).collect();
    let current_hit = {
        let mut k = state.search_cursor;
        let mut at = None;
        for (report, n) in counts.iter().enumerate() {
            if k < *n {
                at = Some((report, k));
                break;
            }
            k -= n;
        }
        at
    };
    {
        let dispatch = state.dispatcher();
        let phone_report = state.phone_report;
        use_effect_with(current_hit, move |current_hit| {
            if let Some((report, _)) = current_hit {
                if *report != phone_report {
                    dispatch.dispatch(Action::ShowHitOnPhone(*report));
                }
                // After the render that marks the hit as current.
                Timeout::new(0, || scroll_to_selector(".search-hit--current")).forget();
            }
        });
    }

    // Printing shows both reports and the comparison; the part not on
    // screen is rendered for print only, when the reports are short enough
    // for that to cost little, and after the first paint: it is half the
    // page's elements, and the screen does not need it.
    let small = painted && sources.iter().map(|s| s.text.len()).sum::<usize>() <= PRINT_BOTH_MAX_BYTES;
    let reports_html = |hidden: crate::state::KindSet| -> Html {
        html! {
            { for sources.iter().enumerate().map(|(index, source)| html! {
                <ReportView
                    phone_hidden={index != state.phone_report}
                    key={source.id.clone()}
                    {index}
                    source={source.clone()}
                    analysis={analysis.clone()}
                    {hidden}
                    selected={state.selected}
                    current={current.filter(|at| at.report == index).map(|at| at.mention)}
                    hover={state.hover.filter(|at| at.report == index).map(|at| at.mention)}
                    hits={hits.get(index).cloned().unwrap_or_default()}
                    current_hit={current_hit.filter(|(r, _)| *r == index).map(|(_, k)| k)}
                    view={state.view}
                    on_action={on_action.clone()}
                />
            }) }
        }
    };
    let main = if !ready {
        html! {
            <main class="workspace workspace--empty">
                <p class="workspace__message">
                    { if state.analysing.is_some() { "The reports will appear here as soon as they are analysed." } else { "Choose two reports in the library to read and compare them." } }
                </p>
            </main>
        }
    } else if state.page == Page::Framing {
        html! {
            <main class="framing-page">
                <FramingView analysis={analysis.clone()} sources={sources.clone()} />
            </main>
        }
    } else if state.page == Page::Compare {
        html! {
            <main class="compare-page">
                if small {
                    <div class="print-only workspace--print">{ reports_html(state.hidden) }</div>
                }
                <ComparisonView
                    analysis={analysis.clone()}
                    sources={sources.clone()}
                    open_row={state.open_row}
                    on_action={on_action.clone()}
                />
            </main>
        }
    } else {
        html! {
            <main class="workspace">
                <PhoneTabs analysis={analysis.clone()} shown={state.phone_report} on_action={on_action.clone()} />
                { reports_html(state.hidden) }
                if small {
                    <div class="print-only">
                        <ComparisonView
                            analysis={analysis.clone()}
                            sources={sources.clone()}
                            open_row={None}
                            on_action={on_action.clone()}
                        />
                    </div>
                }
                <div class="sidebar">
                    if let Some(selected) = state.selected {
                        <EntityInspector key={selected.0} analysis={analysis.clone()} {selected} on_action={on_action.clone()} />
                    }
                    <EntityList
                        key="entity-list"
                        analysis={analysis.clone()}
                        hidden={state.hidden}
                        selected={state.selected}
                        on_action={on_action.clone()}
                    />
                    <AddNameForm key="add-name" on_action={on_action.clone()} />
                </div>
                <AddFromSelection on_action={on_action.clone()} />
            </main>
        }
    };

    html! {
        <DropZone on_action={on_action.clone()}>
            <div class="app">
                <AppBar
                    analysis={analysis.clone()}
                    library={state.library.clone()}
                    library_open={state.library_open}
                    exporting={state.exporting}
                    theme={state.theme}
                    hidden={state.hidden}
                    view={state.view}
                    page={state.page}
                    view_state={state.view_state()}
                    on_action={on_action.clone()}
                />
                <NoticeList notices={state.notices.clone()} on_action={on_action.clone()} />
                if let Some((_, bytes)) = &state.analysing {
                    <div class="analysing" role="status">
                        <progress class="analysing__bar" aria-label="Analysing the reports"></progress>
                        <span>{ analysing_message(*bytes) }</span>
                    </div>
                }
                if state.library_open {
                    <LibraryPanel library={state.library.clone()} on_action={on_action.clone()} />
                }
                if state.page == Page::Read && ready {
                    <SearchBar
                        analysis={analysis.clone()}
                        query={state.search.clone()}
                        counts={counts.clone()}
                        cursor={state.search_cursor}
                        on_action={on_action.clone()}
                    />
                    <SelectionBar
                        analysis={analysis.clone()}
                        selected={state.selected}
                        cursor={state.cursor}
                        total={state.selection().len()}
                        on_action={on_action.clone()}
                    />
                }
                if ready {
                    <CorrectionsBar
                        corrections={state.library.corrections()}
                        applied={analysis.corrections.clone()}
                        on_action={on_action.clone()}
                    />
                }
                { main }
                if state.help_open {
                    <ShortcutHelp on_action={on_action.clone()} />
                }
            </div>
        </DropZone>
    }
}

/// The reports the analysis on screen was made from, as the library holds
/// them now.
fn shown_sources(library: &Library, analysed: &AnalysisKey) -> Shared<Vec<ReportSource>> {
    Shared::new(analysed.reports.iter().filter_map(|(id, _)| library.get(id).cloned()).collect())
}

/// The page's URL fragment, with its `#`, or "" when it cannot be read.
pub fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

fn scroll_to_selector(selector: &str) {
    if let Ok(Some(element)) = gloo::utils::document().query_selector(selector) {
        scroll_element(&element);
    }
}

fn scroll_into_view(dom_id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(dom_id) {
        scroll_element(&element);
    }
}

fn scroll_element(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
