//! Aligned passages: each sentence of report A beside its counterpart in
//! report B, with the words that differ marked; then, per report, the
//! sentences that have no counterpart, collapsed behind their count.

use parallax_model::{Analysis, Span};
use yew::prelude::*;

use crate::components::aria;
use crate::components::marked_text::marked_text;
use crate::reports::ReportSource;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub sources: Shared<Vec<ReportSource>>,
}

/// One report's sentences without counterpart (`side` 0 is A, 1 is B),
/// behind a button that says how many there are and shows them.
fn unique(spans: &[Span], text: &str, side: usize, shown: &UseStateHandle<[bool; 2]>) -> Html {
    let (letter, id) = if side == 0 { ("A", "unique-a") } else { ("B", "unique-b") };
    if spans.is_empty() {
        return html! { <p class="passage-unique">{ "No sentence only in " }{ letter }</p> };
    }
    let open = shown[side];
    let on_click = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = *shown;
            next[side] = !open;
            shown.set(next);
        })
    };
    html! {
        <div class="passage-unique">
            <button type="button" class="button passage-unique__toggle" aria-expanded={aria(open)} aria-controls={id} onclick={on_click}>
                { spans.len() }{ if spans.len() == 1 { " sentence only in " } else { " sentences only in " } }{ letter }
            </button>
            if open {
                <ol {id} class="passage-unique__list">
                    { for spans.iter().map(|span| html! { <li>{ span.slice(text) }</li> }) }
                </ol>
            }
        </div>
    }
}

#[function_component(PassageList)]
pub fn passage_list(props: &Props) -> Html {
    let Props { analysis, sources } = props;
    // Whether A's and B's sentences without counterpart are shown.
    let shown = use_state(|| [false; 2]);
    let (Some(c), Some(a), Some(b)) = (analysis.comparison.as_ref(), sources.first(), sources.get(1)) else {
        return Html::default();
    };
    html! {
        <section class="comparison-section" aria-labelledby="passages-heading">
            <h2 id="passages-heading" class="comparison-section__heading">{ "Passages" }</h2>
            <p class="comparison-section__hint">
                { "Sentences of report A beside their counterparts in report B. " }
                <mark class="diff diff--a">{ "Marked words" }</mark>{ " are worded differently in the other report." }
            </p>
            <div class="passage-columns" aria-hidden="true">
                <span>{ "Report A" }</span><span></span><span>{ "Report B" }</span>
            </div>
            <ol class="passage-list">
                { for c.passages.iter().map(|passage| html! {
                    <li class="passage">
                        <p class="passage__side passage__side--a">{ marked_text(&a.text, passage.a, &passage.a_changed, "diff diff--a") }</p>
                        <p class="passage__similarity" title="Share of weighted content words in common">
                            { format!("{:.0}%", passage.similarity * 100.0) }
                        </p>
                        <p class="passage__side passage__side--b">{ marked_text(&b.text, passage.b, &passage.b_changed, "diff diff--b") }</p>
                    </li>
                }) }
            </ol>
            <div class="passage-unique-columns">
                { unique(&c.unique.a, &a.text, 0, &shown) }
                { unique(&c.unique.b, &b.text, 1, &shown) }
            </div>
        </section>
    }
}
