//! Search across both reports: a box that finds any word or name, with how
//! many hits each report has, stepping through them, and the entities whose
//! mentions it hits, one click from being selected. In pattern mode the box takes
//! a regular expression (run in the worker); what is wrong with one is
//! shown under the box, in the regex crate's words.

use std::rc::Rc;

use parallax_model::{Analysis, Entity, EntityId, Span};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::aria;
use crate::reports::report_letter;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub query: String,
    /// Each report's hits.
    pub hits: Rc<Vec<Shared<Vec<Span>>>>,
    /// Hits per report.
    pub counts: Vec<usize>,
    pub cursor: usize,
    /// Whether the query is a regular expression.
    pub pattern: bool,
    /// Whether the worker's answer to the pattern is awaited.
    pub pending: bool,
    /// Whether a report has more hits than are shown.
    pub more: bool,
    /// What is wrong with the pattern.
    pub error: Option<Rc<str>>,
    pub on_search: Callback<String>,
    /// Switches between plain and pattern search.
    pub on_pattern: Callback<MouseEvent>,
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
        hits,
        counts,
        cursor,
        pattern,
        pending,
        more,
        error,
        on_search,
        on_step,
        on_pattern,
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
    let summary = if *pending { String::from("Searching…") } else { summary(query, counts, *cursor, *more) };
    let blank = query.trim().is_empty();
    html! {
        <div class="search" role="search">
            <input
                id="search"
                class="search__input"
                type="search"
                placeholder={if *pattern { "Pattern, e.g. \\d+ (nurses|doctors)" } else { "Search both reports  ( / )" }}
                aria-label={if *pattern { "Pattern to search both reports for" } else { "Search both reports" }}
                spellcheck="false"
                value={query.clone()}
                oninput={on_input}
                onkeydown={on_key}
            />
            <button type="button" class="button search__mode" aria-pressed={aria(*pattern)} onclick={on_pattern.clone()}
                title="Pattern search: a regular expression, ignoring accents and case; type /pattern/ to switch">{ "Pattern" }</button>
            if let (Some(error), false) = (error, blank) {
                <pre class="search__error" role="alert">{ error.to_string() }</pre>
            } else if !blank {
                <span class="search__summary" aria-live="polite">{ summary }</span>
                <button type="button" class="button" aria-label="Previous hit" disabled={total == 0} onclick={step(-1)}>{ "‹" }</button>
                <button type="button" class="button" aria-label="Next hit" disabled={total == 0} onclick={step(1)}>{ "›" }</button>
                if !*pattern {
                    { for matching(analysis, hits).into_iter().map(|entity| entity_button(entity, on_reveal)) }
                }
            }
        </div>
    }
}

/// What the search found: the current hit and each report's count.
fn summary(query: &str, counts: &[usize], cursor: usize, more: bool) -> String {
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
        let more = if more { " · the first 10,000 of each report" } else { "" };
        format!("Hit {} of {total} · {}{more}", cursor + 1, per_report.join(" · "))
    }
}

/// Up to four entities that the search hits in a mention of.
fn matching<'a>(analysis: &'a Analysis, hits: &[Shared<Vec<Span>>]) -> Vec<&'a Entity> {
    let mut ids = Vec::new();
    for (report, hits) in analysis.reports.iter().zip(hits) {
        for mention in &report.mentions {
            // The hits are sorted: the first that ends after the mention starts.
            let at = hits.partition_point(|h| h.end <= mention.span.start);
            match mention.entity() {
                Some(id) if !ids.contains(&id) && hits.get(at).is_some_and(|h| h.overlaps(mention.span)) => ids.push(id),
                _ => {}
            }
        }
    }
    analysis.entities().into_iter().filter(|e| ids.contains(&e.id)).take(4).collect()
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
