//! A stretch of a report with some spans marked: the changed words of a
//! passage, or the figure a sentence states. The core cuts the pieces; this
//! only renders them.

use parallax_model::{Span, marked};
use yew::prelude::*;

/// Renders `span` of `text` with `marks` wrapped in `<mark class={class}>`.
pub fn marked_text(text: &str, span: Span, marks: &[Span], class: &'static str) -> Html {
    html! {
        { for marked(span, marks).into_iter().map(|(piece, is_marked)| {
            let words = piece.slice(text);
            if is_marked {
                html! { <mark class={class}>{ words }</mark> }
            } else {
                html! { { words } }
            }
        }) }
    }
}
