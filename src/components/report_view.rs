//! One report as the reader sees it: title, source, word count, and the
//! article text with its highlights; the site text set aside below it; or
//! the original text exactly as received.

use std::rc::Rc;

use parallax_core::{Analysis, EntityId, Paragraph, Report, Run, paragraphs};
use yew::prelude::*;

use crate::components::mention_tip::{MentionTip, report_letter};
use crate::reports::ReportSource;
use crate::state::{Action, KindSet, MentionRef, Shared, TextView};

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
    pub view: TextView,
    /// Hidden on phone-width screens, where one report shows at a time.
    #[prop_or_default]
    pub phone_hidden: bool,
    pub on_action: Callback<Action>,
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
        analysis.reports.get(*index).map(paragraphs).unwrap_or_default()
    });
    let Some(report) = analysis.reports.get(*index) else {
        return Html::default();
    };
    let letter = report_letter(*index);
    let title_id = format!("report-title-{index}");
    let body = match view {
        TextView::Original => html! {
            <pre class="report__original" aria-label={format!("Original text of report {letter}")}>{ &*source.text }</pre>
        },
        TextView::Analysed => html! {
            <>
                <div class="report__body">
                    { for layout.iter().map(|paragraph| render_paragraph(props, report, paragraph)) }
                </div>
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
                    <span class="report__words">{ format!("{} words", parallax_core::format_number(report.word_count as f64)) }</span>
                </p>
            </header>
            { body }
        </section>
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
    let text = run.span.slice(&props.source.text);
    let in_quote = run.quote.is_some();
    let mention = run
        .mention
        .and_then(|i| report.mentions.get(i).map(|m| (i, m)))
        .filter(|(_, m)| !props.hidden.contains(m.kind));
    let Some((i, mention)) = mention else {
        return if in_quote {
            html! { <span class="quote">{ text }</span> }
        } else {
            html! { { text } }
        };
    };
    let at = MentionRef {
        report: props.index,
        mention: i,
    };
    let selected = mention.entity.is_some() && mention.entity == props.selected;
    let class = classes!(
        "mention",
        format!("mention--{}", mention.kind.as_str()),
        selected.then_some("mention--selected"),
        (props.current == Some(i)).then_some("mention--current"),
        in_quote.then_some("quote"),
    );
    let on_click = {
        let on_action = props.on_action.clone();
        let selectable = mention.entity.is_some();
        Callback::from(move |_: MouseEvent| {
            if selectable {
                on_action.emit(Action::SelectMention(at));
            }
        })
    };
    let on_key = {
        let on_action = props.on_action.clone();
        let selectable = mention.entity.is_some();
        Callback::from(move |event: KeyboardEvent| {
            if selectable && (event.key() == "Enter" || event.key() == " ") {
                event.prevent_default();
                on_action.emit(Action::SelectMention(at));
            }
        })
    };
    let hover_on = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Hover(Some(at))))
    };
    let hover_off = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::Hover(None)))
    };
    let open = props.hover == Some(i);
    let label = format!("{} ({})", text, mention.kind.label().to_lowercase());
    // The tooltip stands beside the highlight, not inside it, so the
    // highlight's accessible name stays its own text and kind.
    html! {
        <span class="mention-anchor">
            <mark
                id={at.dom_id()}
                {class}
                tabindex="0"
                role={mention.entity.is_some().then_some("button")}
                aria-label={label}
                aria-pressed={mention.entity.is_some().then(|| selected.to_string())}
                aria-describedby={open.then_some("mention-tip")}
                data-kind={mention.kind.as_str()}
                data-entity={mention.entity.map(|id| id.0.to_string())}
                onclick={on_click}
                onkeydown={on_key}
                onmouseenter={hover_on.reform(|_: MouseEvent| ())}
                onmouseleave={hover_off.reform(|_: MouseEvent| ())}
                onfocus={hover_on.reform(|_: FocusEvent| ())}
                onblur={hover_off.reform(|_: FocusEvent| ())}
            >
                { text }
            </mark>
            if open {
                <MentionTip analysis={props.analysis.clone()} {at} />
            }
        </span>
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
