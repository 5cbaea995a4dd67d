//! The tooltip of a highlight: what it is, the entity's full name, how
//! often each report mentions it, why the core highlighted it, and why it
//! counts this form as that entity.

use parallax_model::{Analysis, Kind};
use yew::prelude::*;

use crate::reports::report_letter;
use crate::state::{MentionRef, Shared};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub at: MentionRef,
}

/// Places the tooltip under its highlight (above it when there is no room
/// below), inside the window. The tooltip lives at the end of the body,
/// fixed, so that no container clips it; its place is set through the
/// style object, which the Content-Security-Policy allows where style
/// attributes are not.
fn place(tip: &web_sys::HtmlElement, at: MentionRef) {
    let Some(anchor) = gloo::utils::document().get_element_by_id(&at.dom_id()) else {
        return;
    };
    let window = gloo::utils::window();
    let width = window.inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0);
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(768.0);
    let mark = anchor.get_bounding_client_rect();
    let own = tip.get_bounding_client_rect();
    const GAP: f64 = 6.0;
    const MARGIN: f64 = 8.0;
    let left = mark.left().min(width - own.width() - MARGIN).max(MARGIN);
    let below = mark.bottom() + GAP;
    let top = if below + own.height() > height - MARGIN && mark.top() - GAP - own.height() > MARGIN {
        mark.top() - GAP - own.height()
    } else {
        below
    };
    let style = tip.style();
    let _ = style.set_property("left", &format!("{}px", parallax_model::fixed(left, 0)));
    let _ = style.set_property("top", &format!("{}px", parallax_model::fixed(top, 0)));
    let _ = style.set_property("visibility", "visible");
}

#[function_component(MentionTip)]
pub fn mention_tip(props: &Props) -> Html {
    let tip_ref = use_node_ref();
    {
        let (tip_ref, at) = (tip_ref.clone(), props.at);
        use_effect_with(at, move |&at| {
            let reposition = move || {
                if let Some(tip) = tip_ref.cast::<web_sys::HtmlElement>() {
                    place(&tip, at);
                }
            };
            reposition();
            // Follow the highlight while the page scrolls under the pointer.
            let options = gloo::events::EventListenerOptions::run_in_capture_phase();
            let listener = gloo::events::EventListener::new_with_options(&gloo::utils::window(), "scroll", options, move |_| reposition());
            move || drop(listener)
        });
    }
    let Some(host) = gloo::utils::document().body() else {
        return Html::default();
    };
    create_portal(tip(props, tip_ref), host.into())
}

/// The tooltip's content.
fn tip(props: &Props, tip_ref: NodeRef) -> Html {
    let Props { analysis, at } = props;
    let Some(report) = analysis.reports.get(at.report) else {
        return Html::default();
    };
    let Some(mention) = report.mentions.get(at.mention) else {
        return Html::default();
    };
    let body = match (mention.kind, mention.entity().and_then(|id| analysis.entity(id))) {
        (Kind::Figure, _) => {
            let figure = mention.figure().and_then(|i| report.figures.get(i));
            match figure {
                Some(figure) => {
                    let mut detail = vec![format!("value {}", parallax_model::format_number(figure.value))];
                    if let Some(high) = figure.high {
                        detail.push(format!("up to {}", parallax_model::format_number(high)));
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
        <span class="mention-tip" role="tooltip" id="mention-tip" ref={tip_ref}>
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
