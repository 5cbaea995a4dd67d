//! The selection bar: the selected entity, how often each report names it,
//! and controls to step through its mentions in both reports.

use parallax_model::{Analysis, EntityId};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::reports::report_letter;
use crate::state::Shared;

/// What it shows (a plain function of its parent's view: it keeps no
/// state, and a component costs about 1 KB of code on the page).
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub selected: Option<EntityId>,
    pub cursor: usize,
    pub total: usize,
    /// Steps through the mentions: +1 or -1.
    pub on_step: Callback<isize>,
    pub on_clear: Callback<MouseEvent>,
}

/// Scrolls the selected entity's panel into view and moves the focus to
/// its heading.
fn show_inspector() {
    if let Some(heading) = gloo::utils::document().get_element_by_id("inspector-heading") {
        heading.scroll_into_view();
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
}

pub fn selection_bar(props: &Props) -> Html {
    let Props {
        analysis,
        selected,
        cursor,
        total,
        on_step,
        on_clear,
    } = props;
    let entity = selected.and_then(|id| analysis.entity(id));
    let Some(entity) = entity else {
        return html! {
            <div class="selection-bar selection-bar--empty" role="status">
                { "Click a highlight or a name in the list to follow it through both reports." }
            </div>
        };
    };
    let step = |delta: isize| on_step.reform(move |_: MouseEvent| delta);
    let counts: Vec<String> = analysis
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| format!("{} in report {}", r.mention_count(entity.id), report_letter(i)))
        .collect();
    html! {
        <div class="selection-bar" role="region" aria-label="Selected entity">
            <span class={classes!("selection-bar__kind", format!("mention--{}", entity.kind.as_str()))}>{ entity.kind.label() }</span>
            <strong class="selection-bar__name">{ &entity.name }</strong>
            <span class="selection-bar__counts">{ counts.join(" · ") }</span>
            <span class="selection-bar__position" aria-live="polite">
                { format!("Mention {} of {}", (cursor + 1).min(*total), total) }
            </span>
            <button type="button" class="button" aria-label="Previous mention" onclick={step(-1)}>{ "‹ Previous" }</button>
            <button type="button" class="button" aria-label="Next mention" onclick={step(1)}>{ "Next ›" }</button>
            <button type="button" class="button button--quiet" aria-label="Clear selection" onclick={on_clear.clone()}>{ "Clear ✕" }</button>
            // Where the side panel sits below the reports (narrow screens),
            // this brings its explanation and corrections into view.
            <button type="button" class="button selection-bar__explain" onclick={Callback::from(|_: MouseEvent| show_inspector())}>
                { "Why & correct ↓" }
            </button>
        </div>
    }
}
