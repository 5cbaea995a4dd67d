//! Search across both reports: a box that finds any word or name, with how
//! many hits each report has, stepping through them, and the entities whose
//! names match, one click from being selected.

use parallax_model::{Analysis, text::fold};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::reports::report_letter;
use crate::state::{Action, Shared};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub query: String,
    /// Hits per report.
    pub counts: Vec<usize>,
    pub cursor: usize,
    pub on_action: Callback<Action>,
}

#[function_component(SearchBar)]
pub fn search_bar(props: &Props) -> Html {
    let Props {
        analysis,
        query,
        counts,
        cursor,
        on_action,
    } = props;
    let total: usize = counts.iter().sum();
    let on_input = {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            let value = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| input.value())
                .unwrap_or_default();
            on_action.emit(Action::Search(value));
        })
    };
    let step = |delta: isize| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::StepSearch { delta, total }))
    };
    let on_key = {
        let on_action = on_action.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" => {
                event.prevent_default();
                let delta = if event.shift_key() { -1 } else { 1 };
                on_action.emit(Action::StepSearch { delta, total });
            }
            "Escape" => {
                event.stop_propagation();
                on_action.emit(Action::Search(String::new()));
            }
            _ => {}
        })
    };
    let folded = fold(query.trim());
    let matching: Vec<_> = if folded.chars().count() >= 2 {
        analysis
            .entities()
            .into_iter()
            .filter(|e| fold(&e.name).contains(&folded) || e.aliases.iter().any(|a| fold(a).contains(&folded)))
            .take(4)
            .collect()
    } else {
        Vec::new()
    };
    let summary = if query.trim().is_empty() {
        String::new()
    } else if total == 0 {
        String::from("No match in either report")
    } else {
        let per_report: Vec<String> = counts
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{n} in {}", report_letter(i)))
            .collect();
        format!("Hit {} of {total} · {}", cursor + 1, per_report.join(" · "))
    };
    html! {
        <div class="search" role="search">
            <input
                id="search"
                class="search__input"
                type="search"
                placeholder="Search both reports  ( / )"
                aria-label="Search both reports"
                value={query.clone()}
                oninput={on_input}
                onkeydown={on_key}
            />
            if !query.trim().is_empty() {
                <span class="search__summary" aria-live="polite">{ summary }</span>
                <button type="button" class="button" aria-label="Previous hit" disabled={total == 0} onclick={step(-1)}>{ "‹" }</button>
                <button type="button" class="button" aria-label="Next hit" disabled={total == 0} onclick={step(1)}>{ "›" }</button>
                { for matching.into_iter().map(|entity| {
                    let id = entity.id;
                    let on_click = {
                        let on_action = on_action.clone();
                        Callback::from(move |_: MouseEvent| on_action.emit(Action::Reveal(id)))
                    };
                    html! {
                        <button
                            type="button"
                            class={classes!("search__entity", format!("entity-list__item--{}", entity.kind.as_str()))}
                            title={format!("Select {} in both reports", entity.name)}
                            onclick={on_click}
                        >{ format!("{} · {}", entity.kind.label(), entity.name) }</button>
                    }
                }) }
            }
        </div>
    }
}
