//! The root component: holds the reports and the state, runs the analysis
//! once per set of reports, and lays out the reading view.

use gloo::events::EventListener;
use parallax_core::{Analysis, Input, analyze};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::app_bar::AppBar;
use crate::components::entity_list::EntityList;
use crate::components::report_view::ReportView;
use crate::components::selection_bar::SelectionBar;
use crate::reports::{self, ReportSource};
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
        use_reducer(move || State::new(Shared::new(analyse(&sources))))
    };

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
                on_action={on_action.clone()}
            />
            <SelectionBar
                analysis={analysis.clone()}
                selected={state.selected}
                cursor={state.cursor}
                total={state.selection().len()}
                on_action={on_action.clone()}
            />
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
        </div>
    }
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
