//! A chunk of a report's paragraphs with their highlights. A long report
//! renders as many chunks, each a component whose props change only when
//! something inside it changes, so selecting or hovering re-renders a few
//! chunks rather than the whole report, and the report can appear chunk by
//! chunk without blocking the page.


use parallax_model::{Analysis, EntityId, Paragraph, Report, Run, Span, marked, paragraphs};
use yew::prelude::*;

use crate::components::aria;
use crate::components::mention_tip::MentionTip;
use crate::state::{KindSet, MentionRef, Shared};

/// About this much text goes in one chunk: rendering one takes a few
/// milliseconds, so adding chunks never blocks the page for long.
const CHUNK_BYTES: usize = 4_000;

/// The chunks shown at once, before the rest follow.
const INITIAL_CHUNKS: usize = 6;

/// A run of consecutive paragraphs and what they mention.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chunk {
    /// Indices into [`Layout::paragraphs`].
    pub paragraphs: std::ops::Range<usize>,
    /// Mention indices inside the chunk, sorted.
    pub mentions: Vec<usize>,
    /// Entities mentioned inside the chunk.
    pub entities: Vec<EntityId>,
}

/// A report's paragraphs cut into runs (by the core), grouped in chunks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// Every paragraph.
    pub paragraphs: Vec<Paragraph>,
    /// The paragraphs grouped in chunks of about [`CHUNK_BYTES`].
    pub chunks: Vec<Chunk>,
}

impl Layout {
    /// The layout of a report.
    pub fn of(report: &Report) -> Layout {
        let paragraphs = paragraphs(report);
        let mut chunks: Vec<Chunk> = Vec::new();
        let mut start = 0;
        let mut bytes = 0;
        for (i, paragraph) in paragraphs.iter().enumerate() {
            bytes += paragraph.span.len();
            if bytes >= CHUNK_BYTES || i + 1 == paragraphs.len() {
                chunks.push(Self::chunk(report, &paragraphs, start..i + 1));
                start = i + 1;
                bytes = 0;
            }
        }
        Layout { paragraphs, chunks }
    }

    fn chunk(report: &Report, paragraphs: &[Paragraph], range: std::ops::Range<usize>) -> Chunk {
        let mut mentions: Vec<usize> = paragraphs[range.clone()]
            .iter()
            .flat_map(|p| p.runs.iter().filter_map(|r| r.mention))
            .collect();
        mentions.dedup();
        let mut entities: Vec<EntityId> = mentions
            .iter()
            .filter_map(|&m| report.mentions.get(m).and_then(|m| m.entity()))
            .collect();
        entities.sort();
        entities.dedup();
        Chunk {
            paragraphs: range,
            mentions,
            entities,
        }
    }

    /// How many chunks to show before the rest follow.
    pub fn initial(&self) -> usize {
        INITIAL_CHUNKS.min(self.chunks.len())
    }

    /// The bytes chunk `i` covers, from its first paragraph to its last.
    pub fn chunk_span(&self, i: usize) -> Span {
        let Some(chunk) = self.chunks.get(i) else {
            return Span::default();
        };
        let first = self.paragraphs.get(chunk.paragraphs.start).map_or(0, |p| p.span.start);
        let last = chunk.paragraphs.end.checked_sub(1).and_then(|j| self.paragraphs.get(j)).map_or(first, |p| p.span.end);
        Span::new(first, last)
    }

    /// The chunk holding mention `m`.
    pub fn chunk_of_mention(&self, m: usize) -> Option<usize> {
        self.chunks.iter().position(|c| c.mentions.binary_search(&m).is_ok())
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: usize,
    /// The report's text, compared by pointer.
    pub text: Shared<str>,
    pub analysis: Shared<Analysis>,
    pub layout: Shared<Layout>,
    pub chunk: usize,
    pub hidden: KindSet,
    /// The selected entity, when this chunk mentions it.
    pub selected: Option<EntityId>,
    /// The current mention of the selection, when it is in this chunk.
    pub current: Option<usize>,
    /// The mention whose tooltip is open, when it is in this chunk.
    pub hover: Option<usize>,
    /// Search hits in this report, sorted.
    pub hits: Shared<Vec<Span>>,
    /// Index into `hits` of the current hit, when it is in this chunk
    /// (the chunk filters `hits` by its own bytes).
    pub current_hit: Option<usize>,
    /// Selects a highlight's entity.
    pub on_select: Callback<MentionRef>,
    /// Opens (or, with `None`, closes) a highlight's tooltip.
    pub on_hover: Callback<Option<MentionRef>>,
}

/// The mention a DOM event came from, and whether it can be selected: the
/// nearest highlight at or above the event's target.
fn mention_of(target: Option<web_sys::EventTarget>) -> Option<(usize, bool)> {
    use wasm_bindgen::JsCast;
    let element: web_sys::Element = target?.dyn_into().ok()?;
    let mark = element.closest("mark[data-mention]").ok()??;
    let mention = mark.get_attribute("data-mention")?.parse().ok()?;
    Some((mention, mark.has_attribute("data-selectable")))
}

/// The hits of `hits` (sorted) that overlap `span`, with their indices.
fn hits_in(hits: &[Span], span: Span) -> impl Iterator<Item = (usize, Span)> + '_ {
    let first = hits.partition_point(|h| h.end <= span.start);
    hits[first..]
        .iter()
        .take_while(move |h| h.start < span.end)
        .enumerate()
        .map(move |(k, h)| (first + k, *h))
}

/// Text outside any mention, with search hits marked; the core cuts the pieces.
fn plain_text(props: &Props, span: Span) -> Html {
    let hits: Vec<(usize, Span)> = hits_in(&props.hits, span).collect();
    if hits.is_empty() {
        return html! { { span.slice(&props.text) } };
    }
    let marks: Vec<Span> = hits.iter().map(|(_, h)| *h).collect();
    html! {
        { for marked(span, &marks).into_iter().map(|(piece, is_hit)| {
            let words = piece.slice(&props.text);
            if !is_hit {
                return html! { { words } };
            }
            let index = hits.iter().find(|(_, h)| h.overlaps(piece)).map_or(0, |(k, _)| *k);
            let current = Some(index) == props.current_hit;
            html! {
                <mark
                    id={(current).then(|| format!("hit-{}", props.report))}
                    class={classes!("search-hit", current.then_some("search-hit--current"))}
                >{ words }</mark>
            }
        }) }
    }
}

#[function_component(ParagraphChunk)]
pub fn paragraph_chunk(props: &Props) -> Html {
    let Props {
        analysis,
        layout,
        chunk,
        report,
        ..
    } = props;
    let (Some(chunk), Some(report_data)) = (layout.chunks.get(*chunk), analysis.reports.get(*report)) else {
        return Html::default();
    };
    // One set of listeners per chunk instead of six per highlight: events
    // bubble up from the highlight, which names its mention in `data-mention`.
    let report = *report;
    let on_click = {
        let on_select = props.on_select.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some((mention, true)) = mention_of(event.target()) {
                on_select.emit(MentionRef { report, mention });
            }
        })
    };
    let on_key = {
        let on_select = props.on_select.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() != "Enter" && event.key() != " " {
                return;
            }
            if let Some((mention, true)) = mention_of(event.target()) {
                event.prevent_default();
                on_select.emit(MentionRef { report, mention });
            }
        })
    };
    let hover = |open: bool| {
        let on_hover = props.on_hover.clone();
        move |target: Option<web_sys::EventTarget>| {
            if let Some((mention, _)) = mention_of(target) {
                on_hover.emit(open.then_some(MentionRef { report, mention }));
            }
        }
    };
    let (over, out) = (hover(true), hover(false));
    let (focus_in, focus_out) = (hover(true), hover(false));
    html! {
        <div
            class="report__chunk"
            onclick={on_click}
            onkeydown={on_key}
            onmouseover={Callback::from(move |e: MouseEvent| over(e.target()))}
            onmouseout={Callback::from(move |e: MouseEvent| out(e.target()))}
            onfocusin={Callback::from(move |e: FocusEvent| focus_in(e.target()))}
            onfocusout={Callback::from(move |e: FocusEvent| focus_out(e.target()))}
        >
            { for layout.paragraphs[chunk.paragraphs.clone()].iter().map(|p| render_paragraph(props, report_data, p)) }
        </div>
    }
}

fn render_paragraph(props: &Props, report: &Report, paragraph: &Paragraph) -> Html {
    html! {
        <p class="report__paragraph">
            { for paragraph.runs.iter().map(|run| render_run(props, report, run)) }
        </p>
    }
}

fn render_run(props: &Props, report: &Report, run: &Run) -> Html {
    let text = run.span.slice(&props.text);
    let in_quote = run.quote.is_some();
    let mention = run
        .mention
        .and_then(|i| report.mentions.get(i).map(|m| (i, m)))
        .filter(|(_, m)| !props.hidden.contains(m.kind));
    let Some((i, mention)) = mention else {
        let plain = plain_text(props, run.span);
        return if in_quote {
            html! { <span class="quote">{ plain }</span> }
        } else {
            plain
        };
    };
    let at = MentionRef {
        report: props.report,
        mention: i,
    };
    let selected = mention.entity().is_some() && mention.entity() == props.selected;
    let hit = hits_in(&props.hits, run.span).next();
    let class = classes!(
        "mention",
        format!("mention--{}", mention.kind.as_str()),
        selected.then_some("mention--selected"),
        (props.current == Some(i)).then_some("mention--current"),
        in_quote.then_some("quote"),
        hit.is_some().then_some("search-hit"),
        hit.is_some_and(|(h, _)| Some(h) == props.current_hit).then_some("search-hit--current"),
    );
    let open = props.hover == Some(i);
    let label = format!("{} ({})", text, mention.kind.label().to_ascii_lowercase());
    // The tooltip stands beside the highlight, not inside it, so the
    // highlight's accessible name stays its own text and kind.
    html! {
        <span class="mention-anchor">
            <mark
                id={at.dom_id()}
                {class}
                tabindex="-1"
                role={mention.entity().is_some().then_some("button")}
                aria-label={label}
                aria-pressed={mention.entity().is_some().then(|| aria(selected))}
                aria-describedby={open.then_some("mention-tip")}
                data-kind={mention.kind.as_str()}
                data-mention={i.to_string()}
                data-selectable={mention.entity().is_some().then_some("true")}
            >
                { text }
            </mark>
            if open {
                <MentionTip analysis={props.analysis.clone()} {at} />
            }
        </span>
    }
}

