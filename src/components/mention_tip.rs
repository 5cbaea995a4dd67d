//! The tooltip of a highlight: what it is, the entity's full name, how
//! often each report mentions it, why the core highlighted it, and why it
//! counts this form as that entity.

use parallax_core::{Analysis, Kind};
use yew::prelude::*;

use crate::state::{MentionRef, Shared};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub at: MentionRef,
}

/// The letter naming the report at `index`: A, B, C…
pub fn report_letter(index: usize) -> char {
    char::from(b'A' + (index % 26) as u8)
}

#[function_component(MentionTip)]
pub fn mention_tip(props: &Props) -> Html {
    let Props { analysis, at } = props;
    let Some(report) = analysis.reports.get(at.report) else {
        return Html::default();
    };
    let Some(mention) = report.mentions.get(at.mention) else {
        return Html::default();
    };
    let body = match (mention.kind, mention.entity.and_then(|id| analysis.entity(id))) {
        (Kind::Figure, _) => {
            let figure = mention.figure.and_then(|i| report.figures.get(i));
            match figure {
                Some(figure) => {
                    let mut detail = vec![format!("value {}", parallax_core::format_number(figure.value))];
                    if let Some(high) = figure.high {
                        detail.push(format!("up to {}", parallax_core::format_number(high)));
                    }
                    if !figure.unit.is_empty() {
                        detail.push(format!("counts {}", figure.unit));
                    }
                    if !figure.qualifier.label().is_empty() {
                        detail.push(format!("qualified “{}”", figure.qualifier.label()));
                    }
                    if let Some(period) = figure.period {
                        detail.push(period.label().to_string());
                    }
                    html! {
                        <>
                            <span class="mention-tip__name">{ &figure.text }</span>
                            <span class="mention-tip__line">{ detail.join(" · ") }</span>
                        </>
                    }
                }
                None => Html::default(),
            }
        }
        (_, Some(entity)) => {
            let counts: Vec<String> = analysis
                .reports
                .iter()
                .enumerate()
                .map(|(i, r)| format!("{}× in report {}", r.mention_count(entity.id), report_letter(i)))
                .collect();
            html! {
                <>
                    <span class="mention-tip__name">{ &entity.name }</span>
                    <span class="mention-tip__line">{ counts.join(" · ") }</span>
                </>
            }
        }
        (_, None) => Html::default(),
    };
    html! {
        <span class="mention-tip" role="tooltip" id="mention-tip">
            <span class={classes!("mention-tip__kind", format!("mention-tip__kind--{}", mention.kind.as_str()))}>
                { mention.kind.label() }
            </span>
            { body }
            <span class="mention-tip__why">{ format!("Why: {}", mention.evidence) }</span>
            if let Some(link) = &mention.link {
                <span class="mention-tip__why">{ format!("Same entity: {link}") }</span>
            }
        </span>
    }
}
