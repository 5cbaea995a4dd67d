//! Search across both reports: a box that finds any word or name, with how
//! many hits each report has, stepping through them, and the entities whose
//! names match, one click from being selected.

use parallax_model::{Analysis, Entity, EntityId, text::fold};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::reports::report_letter;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub query: String,
    /// Hits per report.
    pub counts: Vec<usize>,
    pub cursor: usize,
    pub on_search: Callback<String>,
    /// Steps through the hits: (+1 or -1, how many there are).
    pub on_step: Callback<(isize, usize)>,
    /// Selects a matching entity in both reports.
    pub on_reveal: Callback<EntityId>,
}

#[function_component(SearchBar)]
pub fn search_bar(props: &Props) -> Html {
    let Props {
        analysis,
        query,
        counts,
        cursor,
        on_search,
        on_step,
        on_reveal,
    } = props;
    let total: usize = counts.iter().sum();
    let on_input = on_search.reform(|event: InputEvent| {
        event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    });
    let step = |delta: isize| on_step.reform(move |_: MouseEvent| (delta, total));
    let on_key = {
        let (on_search, on_step) = (on_search.clone(), on_step.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" => {
                event.prevent_default();
                on_step.emit((if event.shift_key() { -1 } else { 1 }, total));
            }
            "Escape" => {
                event.stop_propagation();
                on_search.emit(String::new());
            }
            _ => {}
        })
    };
    let summary = summary(query, counts, *cursor);
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
                { for matching(analysis, query).into_iter().map(|entity| entity_button(entity, on_reveal)) }
            }
        </div>
    }
}

/// What the search found: the current hit and each report's count.
fn summary(query: &str, counts: &[usize], cursor: usize) -> String {
    let total: usize = counts.iter().sum();
    if query.trim().is_empty() {
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
    }
}

/// Up to four entities whose name or another form holds the query (of two
/// characters or more), ignoring accents and case.
fn matching<'a>(analysis: &'a Analysis, query: &str) -> Vec<&'a Entity> {
    let folded = fold(query.trim());
    if folded.chars().count() < 2 {
        return Vec::new();
    }
    analysis
        .entities()
        .into_iter()
        .filter(|e| fold(&e.name).contains(&folded) || e.aliases.iter().any(|a| fold(a).contains(&folded)))
        .take(4)
        .collect()
}

/// A matching entity, one click from being selected in both reports.
fn entity_button(entity: &Entity, on_reveal: &Callback<EntityId>) -> Html {
    let id = entity.id;
    html! {
        <button
            type="button"
            class={classes!("search__entity", format!("entity-list__item--{}", entity.kind.as_str()))}
            title={format!("Select {} in both reports", entity.name)}
            onclick={on_reveal.reform(move |_: MouseEvent| id)}
        >{ format!("{} · {}", entity.kind.label(), entity.name) }</button>
    }
}
