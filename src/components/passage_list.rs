//! Aligned passages: each sentence of report A beside its counterpart in
//! report B, with the words that differ marked and what anchors the pair
//! (the same words or reworded, figures and names both state); then, per
//! report, the sentences that have no counterpart, collapsed behind their
//! count.

use parallax_model::{Analysis, Passage, Span};
use yew::prelude::*;

use crate::components::{LIST_STEP, aria, show_more};
use crate::components::marked_text::marked_text;
use crate::reports::ReportSource;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub sources: Shared<Vec<ReportSource>>,
}

/// Writes what anchors a pair besides its words to `line`: the figures
/// both sentences state, as A writes them, and the names of the entities
/// both name (" · Both give 94% · Both name Boeing, IAM").
fn anchors(analysis: &Analysis, passage: &Passage, line: &mut String) {
    let figures = analysis.reports.first().map_or(&[][..], |a| &a.figures);
    let texts = passage.figures.iter().filter_map(|&i| figures.get(i)).map(|f| &f.text);
    let names = passage.entities.iter().filter_map(|&id| analysis.entity(id)).map(|e| &e.name);
    for (label, items) in [(" · Both give ", texts.collect::<Vec<_>>()), (" · Both name ", names.collect())] {
        for (k, item) in items.into_iter().enumerate() {
            line.push_str(if k == 0 { label } else { ", " });
            line.push_str(item);
        }
    }
}

/// The line under a pair: whether B has A's words or rewords them, and
/// what else anchors it.
fn evidence(analysis: &Analysis, passage: &Passage) -> Html {
    let same = passage.similarity >= 1.0;
    let mut line = if same { String::new() } else { format!(" {}% alike", (passage.similarity * 100.0) as u32) };
    anchors(analysis, passage, &mut line);
    html! {
        <p class="passage__evidence">
            <span class={if same { "status status--agree" } else { "status status--warn" }}>
                { if same { "Same words" } else { "Reworded" } }
            </span>
            { line }
        </p>
    }
}

/// One report's sentences without counterpart (`side` 0 is A, 1 is B),
/// behind a button that says how many there are and shows them (a long
/// list in steps: `limits[1 + side]` of them).
fn unique(spans: &[Span], text: &str, side: usize, shown: &UseStateHandle<[bool; 2]>, limits: &UseStateHandle<Vec<usize>>) -> Html {
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
                    { for spans.iter().take(limits[1 + side]).map(|span| html! { <li>{ span.slice(text) }</li> }) }
                </ol>
                { show_more(spans.len(), limits, 1 + side) }
            }
        </div>
    }
}

#[function_component(PassageList)]
pub fn passage_list(props: &Props) -> Html {
    let Props { analysis, sources } = props;
    // Whether A's and B's sentences without counterpart are shown.
    let shown = use_state(|| [false; 2]);
    // How many pairs, and of A's and B's sentences without counterpart, show.
    let limits = use_state(|| vec![LIST_STEP; 3]);
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
                <span>{ "Report A" }</span><span>{ "Report B" }</span>
            </div>
            <ol class="passage-list">
                { for c.passages.iter().take(limits[0]).map(|passage| html! {
                    <li class="passage">
                        <p class="passage__side passage__side--a">{ marked_text(&a.text, passage.a, &passage.a_changed, "diff diff--a") }</p>
                        <p class="passage__side passage__side--b">{ marked_text(&b.text, passage.b, &passage.b_changed, "diff diff--b") }</p>
                        { evidence(analysis, passage) }
                    </li>
                }) }
            </ol>
            { show_more(c.passages.len(), &limits, 0) }
            <div class="passage-unique-columns">
                { unique(&c.unique.a, &a.text, 0, &shown, &limits) }
                { unique(&c.unique.b, &b.text, 1, &shown, &limits) }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use parallax_analysis::{Input, analyze};

    use super::*;

    #[test]
    fn anchors_give_the_figures_as_a_writes_them_and_the_entities_by_name() {
        let analysis = analyze(&[
            Input::new("Boeing said 94% of machinists voted for the deal."),
            Input::new("Machinists at Boeing backed the deal, with 94% in favour."),
        ]);
        let boeing = analysis.entities().iter().find(|e| e.name == "Boeing").map(|e| e.id).expect("Boeing");
        let percent = analysis.reports[0].figures.iter().position(|f| f.text == "94%").expect("94%");
        let mut passage = analysis.comparison.as_ref().and_then(|c| c.passages.first()).cloned().expect("a pair");
        passage.figures = vec![percent, percent];
        passage.entities = vec![boeing];
        let mut line = String::new();
        anchors(&analysis, &passage, &mut line);
        assert_eq!(line, " · Both give 94%, 94% · Both name Boeing");
    }
}
