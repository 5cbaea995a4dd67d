//! The user's corrections of the pair on screen: each in words, with a way
//! to take it back, undo the last one, or clear them all. Corrections that
//! match nothing in these reports are shown as such.

use parallax_model::{Correction, Corrections};
use yew::prelude::*;

use crate::state::Edit;

/// What it shows (a plain function of its parent's view: it keeps no
/// state, and a component costs about 1 KB of code on the page).
pub struct Props {
    /// The corrections the user made for this pair.
    pub corrections: Corrections,
    /// Those the analysis on screen applied.
    pub applied: Corrections,
    /// Takes corrections back.
    pub on_edit: Callback<Edit>,
}

/// A kind's label with its article: "a person", "an organization".
fn with_article(kind: parallax_model::Kind) -> String {
    let label = kind.label().to_ascii_lowercase();
    let article = if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {label}")
}

/// A correction in words, for the list.
fn describe(correction: &Correction) -> String {
    match correction {
        Correction::NotAnEntity { text } if text.chars().any(|c| c.is_ascii_digit()) => {
            format!("“{text}” is not a figure")
        }
        Correction::NotAnEntity { text } => format!("“{text}” is not an entity"),
        Correction::Retype { name, kind } => format!("“{name}” is {}", with_article(*kind)),
        Correction::Merge { name, into } => format!("“{name}” is “{into}”"),
        Correction::Split { text, from } => format!("“{text}” is not “{from}”"),
        Correction::Add { text, kind } => format!("“{text}” added as {}", with_article(*kind)),
    }
}

pub fn corrections_bar(props: &Props) -> Html {
    let Props {
        corrections,
        applied,
        on_edit,
    } = props;
    if corrections.is_empty() {
        return Html::default();
    }
    let emit = |edit: Edit| on_edit.reform(move |_: MouseEvent| edit.clone());
    let count = corrections.items.len();
    html! {
        <section class="corrections" aria-label="Your corrections">
            <h2 class="corrections__heading">
                { format!("Your corrections · {count}") }
            </h2>
            <ul class="corrections__items">
                { for corrections.items.iter().enumerate().map(|(i, correction)| {
                    let unused = !applied.items.contains(correction);
                    let text = describe(correction);
                    html! {
                        <li class={classes!("corrections__item", unused.then_some("corrections__item--unused"))}
                            title={unused.then_some("Matches nothing in these reports")}>
                            <span>{ &text }</span>
                            if unused {
                                <span class="corrections__unused">{ " (matches nothing)" }</span>
                            }
                            <button type="button" class="corrections__remove" aria-label={format!("Take back: {text}")}
                                onclick={emit(Edit::Uncorrect(Some(i)))}>{ "✕" }</button>
                        </li>
                    }
                }) }
            </ul>
            <div class="corrections__actions">
                <button type="button" class="button button--small" onclick={emit(Edit::Uncorrect(None))}>{ "Undo last" }</button>
                <button type="button" class="button button--small button--quiet" onclick={emit(Edit::ClearCorrections)}>{ "Clear all" }</button>
            </div>
        </section>
    }
}
