//! One report as the reader sees it: title, source, word count, and the
//! article text with its highlights; the site text set aside below it; or
//! the original text exactly as received.

use std::any::Any;
use std::rc::Rc;

use parallax_model::{Analysis, EntityId, Report};
use yew::prelude::*;

use crate::components::aria;
use crate::reports::report_letter;
use crate::components::paragraph_chunk::{Layout, ParagraphChunk};
use crate::reports::ReportSource;
use crate::state::{KindSet, MentionRef, Shared, TextView};

/// Chunks (or pieces of the original) added per step while a long report
/// appears.
const CHUNKS_PER_STEP: usize = 1;

/// About how many bytes of the original text each piece of it holds: a
/// long original appears piece by piece, one per task, each laid out on
/// its own.
const ORIGINAL_PIECE_BYTES: usize = 64 * 1024;

/// How many bytes of the original show at once, before the first paint.
const ORIGINAL_FIRST_BYTES: usize = 256 * 1024;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: usize,
    pub source: ReportSource,
    pub analysis: Shared<Analysis>,
    pub hidden: KindSet,
    pub selected: Option<EntityId>,
    /// The current mention of the selection, if it is in this report.
    pub current: Option<usize>,
    /// The mention whose tooltip is open, if it is in this report.
    pub hover: Option<usize>,
    /// Search hits in this report, sorted.
    #[prop_or_default]
    pub hits: Shared<Vec<parallax_model::Span>>,
    /// Index into `hits` of the current hit, if it is in this report.
    #[prop_or_default]
    pub current_hit: Option<usize>,
    pub view: TextView,
    /// Hidden on phone-width screens, where one report shows at a time.
    #[prop_or_default]
    pub phone_hidden: bool,
    /// Selects a highlight's entity.
    pub on_select: Callback<MentionRef>,
    /// Opens (or, with `None`, closes) a highlight's tooltip.
    pub on_hover: Callback<Option<MentionRef>>,
}

#[function_component(ReportView)]
pub fn report_view(props: &Props) -> Html {
    let Props {
        index,
        source,
        analysis,
        view,
        ..
    } = props;
    let layout = use_memo((analysis.clone(), *index), |(analysis, index)| {
        Shared::new(analysis.reports.get(*index).map(|r| Layout::of(r)).unwrap_or_default())
    });
    let layout: Shared<Layout> = (*layout).clone();
    let visible = use_visible_chunks(&layout, props.current);
    let original = use_original_pieces(&source.text, *view == TextView::Original);
    let Some(report) = analysis.reports.get(*index) else {
        return Html::default();
    };
    let letter = report_letter(*index);
    let title_id = format!("report-title-{index}");
    let body = match view {
        TextView::Original => html! {
            <pre class="report__original" aria-label={format!("Original text of report {letter}")} aria-busy={aria(original.last().map_or(0, |piece| piece.1) < source.text.len())}>
                { for original.iter().map(|&(start, end)| html! {
                    <span class="report__original-piece">{ source.text.get(start..end).unwrap_or_default() }</span>
                }) }
            </pre>
        },
        TextView::Analysed => html! {
            <>
                { analysed_text(props, &layout, visible) }
                { site_text(&source.text, report) }
            </>
        },
    };
    html! {
        <section
            class={classes!("report", format!("report--{}", letter.to_ascii_lowercase()), props.phone_hidden.then_some("report--phone-hidden"))}
            id={format!("report-{}", letter.to_ascii_lowercase())}
            aria-labelledby={title_id.clone()}
        >
            <header class="report__header">
                <p class="report__label">{ format!("Report {letter}") }</p>
                <h2 class="report__title" id={title_id}>{ &report.title }</h2>
                <p class="report__meta">
                    <span class="report__source">{ &source.source }</span>
                    <span class="report__words">{ format!("{} words", parallax_model::format_number(report.word_count as f64)) }</span>
                </p>
            </header>
            { body }
        </section>
    }
}

/// How many of `layout`'s chunks to show. Long reports appear chunk by
/// chunk, a few per frame, so that no task blocks the page; short ones
/// appear at once; the chunk holding the `current` mention shows at once.
#[hook]
fn use_visible_chunks(layout: &Shared<Layout>, current: Option<usize>) -> usize {
    let wanted = current.and_then(|m| layout.chunk_of_mention(m)).map_or(0, |chunk| chunk + 1);
    let least = layout.initial().max(wanted);
    use_stepped((Shared(layout.0.clone()), false), least, layout.chunks.len())
}

/// The pieces of `text` to show now, as byte ranges: each ends after a
/// line break (a piece is a block of its own, which ends its line) once it
/// holds [`ORIGINAL_PIECE_BYTES`], and a piece more shows at each task
/// while the original is `on`. A line longer than that is one piece.
#[hook]
fn use_original_pieces(text: &Rc<str>, on: bool) -> Vec<(usize, usize)> {
    let pieces = use_memo(Shared(Rc::clone(text)), |text| {
        let mut pieces = Vec::new();
        let mut start = 0;
        while start < text.len() {
            let from = (start + ORIGINAL_PIECE_BYTES).min(text.len());
            let end = text.as_bytes()[from..].iter().position(|&b| b == b'\n').map_or(text.len(), |at| from + at + 1);
            pieces.push((start, end));
            start = end;
        }
        pieces
    });
    let first = pieces.iter().take_while(|&&(_, end)| end <= ORIGINAL_FIRST_BYTES).count().max(1);
    let total = if on { pieces.len() } else { 0 };
    let visible = use_stepped((Shared(pieces.clone()), on), first, total);
    pieces[..visible].to_vec()
}

/// How many of `total` parts to show: at least `least`, and
/// [`CHUNKS_PER_STEP`] more at each task until all show; back to `least`
/// when `reset` changes (compared by pointer, and the flag by value). One
/// hook for the chunks of the analysed text and the pieces of the original,
/// so that its effects are made once.
#[hook]
fn use_stepped(reset: (Shared<dyn Any>, bool), least: usize, total: usize) -> usize {
    let shown = use_state(|| 0);
    {
        let shown = shown.clone();
        use_effect_with(reset, move |_| shown.set(0));
    }
    let visible = (*shown).max(least).min(total);
    use_effect_with((visible, total), move |&(visible, total)| {
        let timeout = (visible < total).then(|| {
            gloo::timers::callback::Timeout::new(0, move || shown.set(visible + CHUNKS_PER_STEP))
        });
        move || drop(timeout)
    });
    visible
}

/// Moves the focus between a report's highlights: the report's text is one
/// Tab stop, and the arrow keys go to the next (→, ↓) or previous (←, ↑)
/// highlight, Home and End to the first and last (a roving focus).
fn step_focus(event: KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let step: isize = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        "Home" => isize::MIN,
        "End" => isize::MAX,
        _ => return,
    };
    // Yew delegates events to the page's root, so the report is found from
    // the element the key was pressed in.
    let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(body) = target.and_then(|t| t.closest(".report__body").ok().flatten()) else { return };
    let Ok(marks) = body.query_selector_all("mark.mention") else { return };
    let count = marks.length() as isize;
    if count == 0 {
        return;
    }
    let active = gloo::utils::document().active_element();
    let at = (0..marks.length()).find(|&i| marks.item(i).is_some_and(|m| active.as_ref().is_some_and(|a| a.is_same_node(Some(&m)))));
    let to = match (step, at) {
        (isize::MIN, _) => 0,
        (isize::MAX, _) => count - 1,
        (step, Some(at)) => (at as isize + step).clamp(0, count - 1),
        (step, None) => if step > 0 { 0 } else { count - 1 },
    };
    if let Some(mark) = marks.item(to as u32).and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        event.prevent_default();
        let _ = mark.focus();
    }
}

/// The article text with its highlights: the first `visible` chunks.
fn analysed_text(props: &Props, layout: &Shared<Layout>, visible: usize) -> Html {
    let text: Shared<str> = Shared(Rc::clone(&props.source.text));
    html! {
        <div
            class="report__body"
            id={format!("report-body-{}", props.index)}
            tabindex="0"
            role="group"
            aria-label={format!("Report {} text: arrow keys move between its highlights", crate::reports::report_letter(props.index))}
            aria-busy={aria(visible < layout.chunks.len())}
            onkeydown={Callback::from(step_focus)}
        >
            { for layout.chunks[..visible].iter().enumerate().map(|(i, chunk)| {
                let mentions = chunk.mentions.clone();
                let in_chunk = |m: &Option<usize>| m.filter(|m| mentions.contains(m));
                let bytes = layout.chunk_span(i);
                let current_hit = props
                    .current_hit
                    .filter(|&k| props.hits.get(k).is_some_and(|h| h.overlaps(bytes)));
                html! {
                    <ParagraphChunk
                        key={i}
                        report={props.index}
                        text={text.clone()}
                        analysis={props.analysis.clone()}
                        layout={layout.clone()}
                        chunk={i}
                        hidden={props.hidden}
                        selected={props.selected.filter(|id| chunk.entities.contains(id))}
                        current={in_chunk(&props.current)}
                        hover={in_chunk(&props.hover)}
                        hits={props.hits.clone()}
                        {current_hit}
                        on_select={props.on_select.clone()}
                        on_hover={props.on_hover.clone()}
                    />
                }
            }) }
        </div>
    }
}

/// The boilerplate the core set aside, in a collapsed block.
fn site_text(text: &Rc<str>, report: &Report) -> Html {
    if report.boilerplate.is_empty() {
        return Html::default();
    }
    let pieces: Vec<&str> = report.boilerplate.iter().map(|span| span.slice(text)).collect();
    let lines: usize = pieces.iter().map(|p| p.lines().count()).sum();
    html! {
        <details class="site-text">
            <summary class="site-text__summary">
                { format!("Site text set aside · {lines} {}", if lines == 1 { "line" } else { "lines" }) }
            </summary>
            <pre class="site-text__body">{ pieces.join("\n") }</pre>
        </details>
    }
}
