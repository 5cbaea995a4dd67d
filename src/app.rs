//! The root component: holds the reports and the state, runs the analysis
//! once per set of reports, and lays out the reading view.

use gloo::events::EventListener;
use parallax_core::{Analysis, Input, analyze};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::app_bar::AppBar;
use crate::components::comparison_view::ComparisonView;
use crate::components::entity_list::EntityList;
use crate::components::report_view::ReportView;
use crate::components::selection_bar::SelectionBar;
use crate::reports::{self, ReportSource};
use crate::route::Page;
use crate::state::{Action, Shared, State};

/// Analyses the reports together, so entities share ids across them.
pub fn analyse(sources: &[ReportSource]) -> Analysis {
    let inputs: Vec<Input<'_>> = sources
        .iter()
        .map(|source| match &source.title {
            Some(title) => Input::titled(&source.text, title),
            None => Input::new(&source.text),
        })
        .collect();
    analyze(&inputs)
}

/// The Parallax app.
#[function_component(App)]
pub fn app() -> Html {
    let sources = use_memo((), |_| Shared::new(reports::embedded().to_vec()));
    let sources: Shared<Vec<ReportSource>> = (*sources).clone();
    let state = {
        let sources = sources.clone();
        use_reducer(move || {
            let mut state = State::new(Shared::new(analyse(&sources)));
            state.page = Page::from_hash(&current_hash()).unwrap_or_default();
            state
        })
    };

    // The URL fragment names the page: follow it when it changes, and keep
    // it in step when the page changes from inside the app.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let listener = EventListener::new(&window, "hashchange", move |_| {
                dispatch.dispatch(Action::Navigate(Page::from_hash(&current_hash()).unwrap_or_default()));
            });
            move || drop(listener)
        });
    }
    {
        let page = state.page;
        use_effect_with(page, move |page| {
            if Page::from_hash(&current_hash()) != Some(*page) {
                let _ = gloo::utils::window().location().set_hash(page.hash());
            }
        });
    }

    // Escape clears the selection wherever the focus is.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let listener = EventListener::new(&document, "keydown", move |event| {
                let is_escape = event
                    .dyn_ref::<KeyboardEvent>()
                    .is_some_and(|key| key.key() == "Escape");
                if is_escape {
                    dispatch.dispatch(Action::ClearSelection);
                }
            });
            move || drop(listener)
        });
    }

    // Bring the current mention of the selection into view.
    {
        let current = state.current();
        use_effect_with(current, move |current| {
            if let Some(at) = current {
                scroll_into_view(&at.dom_id());
            }
        });
    }

    let on_action = {
        let dispatch = state.dispatcher();
        Callback::from(move |action: Action| dispatch.dispatch(action))
    };
    let analysis = state.analysis.clone();
    let current = state.current();

    html! {
        <div class="app">
            <AppBar
                analysis={analysis.clone()}
                hidden={state.hidden}
                view={state.view}
                page={state.page}
                on_action={on_action.clone()}
            />
            if state.page == Page::Read {
            <SelectionBar
                analysis={analysis.clone()}
                selected={state.selected}
                cursor={state.cursor}
                total={state.selection().len()}
                on_action={on_action.clone()}
            />
            }
            if state.page == Page::Compare {
                <main class="compare-page">
                    <ComparisonView
                        analysis={analysis.clone()}
                        sources={sources.clone()}
                        open_row={state.open_row}
                        on_action={on_action.clone()}
                    />
                </main>
            } else {
            <main class="workspace">
                { for sources.iter().enumerate().map(|(index, source)| html! {
                    <ReportView
                        key={source.id.clone()}
                        {index}
                        source={source.clone()}
                        analysis={analysis.clone()}
                        hidden={state.hidden}
                        selected={state.selected}
                        current={current.filter(|at| at.report == index).map(|at| at.mention)}
                        hover={state.hover.filter(|at| at.report == index).map(|at| at.mention)}
                        view={state.view}
                        on_action={on_action.clone()}
                    />
                }) }
                <EntityList
                    analysis={analysis.clone()}
                    hidden={state.hidden}
                    selected={state.selected}
                    on_action={on_action.clone()}
                />
            </main>
            }
        </div>
    }
}

/// The page's URL fragment, with its `#`, or "" when it cannot be read.
fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

fn scroll_into_view(dom_id: &str) {
    let element = gloo::utils::document().get_element_by_id(dom_id);
    if let Some(element) = element {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
