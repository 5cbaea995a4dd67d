//! Aligned passages: each sentence of report A beside its counterpart in
//! report B, with the words that differ marked, and the sentences that
//! have no counterpart marked as unique to their report.

use parallax_model::{Analysis, Comparison, Span};
use yew::prelude::*;

use crate::components::marked_text::marked_text;
use crate::reports::ReportSource;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub sources: Shared<Vec<ReportSource>>,
}

/// One row of the two-column list: an aligned pair, or sentences without
/// counterpart side by side (either may be missing).
enum Row {
    Pair(usize),
    Unique(Option<Span>, Option<Span>),
}

/// Lays the passages out in reading order: each aligned pair, preceded by
/// the sentences without counterpart that stand before it in A and in B,
/// paired up side by side.
fn rows(c: &Comparison, a_sentences: &[Span], b_sentences: &[Span]) -> Vec<Row> {
    let mut a_aligned = vec![false; a_sentences.len()];
    let mut b_aligned = vec![false; b_sentences.len()];
    for p in &c.passages {
        if let Some(slot) = a_aligned.get_mut(p.a_sentence) {
            *slot = true;
        }
        if let Some(slot) = b_aligned.get_mut(p.b_sentence) {
            *slot = true;
        }
    }
    let a_unique: Vec<usize> = (0..a_sentences.len()).filter(|&i| !a_aligned[i]).collect();
    let b_unique: Vec<usize> = (0..b_sentences.len()).filter(|&j| !b_aligned[j]).collect();
    let (mut next_a, mut next_b) = (0, 0);
    let mut out = Vec::new();
    let flush = |out: &mut Vec<Row>, a_until: usize, b_until: usize, next_a: &mut usize, next_b: &mut usize| {
        let a_gap: Vec<Span> = a_unique[*next_a..].iter().take_while(|&&i| i < a_until).map(|&i| a_sentences[i]).collect();
        let b_gap: Vec<Span> = b_unique[*next_b..].iter().take_while(|&&j| j < b_until).map(|&j| b_sentences[j]).collect();
        *next_a += a_gap.len();
        *next_b += b_gap.len();
        for k in 0..a_gap.len().max(b_gap.len()) {
            out.push(Row::Unique(a_gap.get(k).copied(), b_gap.get(k).copied()));
        }
    };
    let mut order: Vec<usize> = (0..c.passages.len()).collect();
    order.sort_by_key(|&p| c.passages[p].a_sentence);
    for p in order {
        let passage = &c.passages[p];
        flush(&mut out, passage.a_sentence, passage.b_sentence, &mut next_a, &mut next_b);
        out.push(Row::Pair(p));
    }
    flush(&mut out, usize::MAX, usize::MAX, &mut next_a, &mut next_b);
    out
}

#[function_component(PassageList)]
pub fn passage_list(props: &Props) -> Html {
    let Props { analysis, sources } = props;
    let (Some(c), Some(a), Some(b)) = (analysis.comparison.as_ref(), sources.first(), sources.get(1)) else {
        return Html::default();
    };
    let (Some(ra), Some(rb)) = (analysis.reports.first(), analysis.reports.get(1)) else {
        return Html::default();
    };
    let rows = rows(c, &ra.sentences, &rb.sentences);
    let row_html = |row: &Row| match row {
        Row::Pair(p) => {
            let passage = &c.passages[*p];
            html! {
                <li class="passage passage--aligned">
                    <p class="passage__side passage__side--a">{ marked_text(&a.text, passage.a, &passage.a_changed, "diff diff--a") }</p>
                    <p class="passage__similarity" title="Share of weighted content words in common">
                        { format!("{:.0}%", passage.similarity * 100.0) }
                    </p>
                    <p class="passage__side passage__side--b">{ marked_text(&b.text, passage.b, &passage.b_changed, "diff diff--b") }</p>
                </li>
            }
        }
        Row::Unique(in_a, in_b) => {
            let cell = |span: &Option<Span>, text: &str, side: &'static str, letter: &str| match span {
                Some(span) => html! {
                    <p class={classes!("passage__side", side, "passage__unique")}>
                        <span class="passage__only">{ format!("Only in {letter}") }</span>
                        { span.slice(text) }
                    </p>
                },
                None => html! { <p class={classes!("passage__side", side, "passage__empty")}></p> },
            };
            html! {
                <li class="passage passage--unique">
                    { cell(in_a, &a.text, "passage__side--a", "A") }
                    <p class="passage__similarity"></p>
                    { cell(in_b, &b.text, "passage__side--b", "B") }
                </li>
            }
        }
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
                { for rows.iter().map(row_html) }
            </ol>
        </section>
    }
}
