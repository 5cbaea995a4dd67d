//! The legend: each kind with its colour and count, as a switch that shows
//! or hides that kind's highlights.

use parallax_model::{Analysis, Kind};
use yew::prelude::*;

use crate::components::aria;
use crate::state::{KindSet, Shared};

/// What it shows (a plain function of its parent's view: it keeps no
/// state, and a component costs about 1 KB of code on the page).
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub hidden: KindSet,
    pub on_toggle: Callback<Kind>,
}

pub fn legend(props: &Props) -> Html {
    let Props {
        analysis,
        hidden,
        on_toggle,
    } = props;
    html! {
        <ul class="legend" aria-label="Highlighted kinds, with their mentions">
            { for Kind::ALL.into_iter().map(|kind| {
                let count: usize = analysis.reports.iter().map(|r| r.count_of(kind)).sum();
                let shown = !hidden.contains(kind);
                let on_click = on_toggle.reform(move |_: MouseEvent| kind);
                html! {
                    <li>
                        <button
                            type="button"
                            class={classes!("legend__item", format!("legend__item--{}", kind.as_str()), (!shown).then_some("legend__item--off"))}
                            aria-pressed={aria(shown)}
                            title={format!("{} {} highlights ({count} mentions)", if shown { "Hide" } else { "Show" }, kind.label().to_ascii_lowercase())}
                            onclick={on_click}
                        >
                            <span class={classes!("legend__swatch", format!("mention--{}", kind.as_str()))} aria-hidden="true"></span>
                            <span class="legend__label">{ kind.plural_label() }</span>
                            <span class="legend__count">{ count }</span>
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
