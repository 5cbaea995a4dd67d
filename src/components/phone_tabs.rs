//! On a phone-width screen the reports show one at a time; these tabs switch
//! between them. Wider screens hide the tabs and show both side by side.

use parallax_model::Analysis;
use yew::prelude::*;

use crate::components::aria;
use crate::reports::report_letter;
use crate::state::Shared;

/// What it shows (a plain function of its parent's view: it keeps no
/// state, and a component costs about 1 KB of code on the page).
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub shown: usize,
    pub on_show: Callback<usize>,
}

pub fn phone_tabs(props: &Props) -> Html {
    let Props { analysis, shown, on_show } = props;
    html! {
        <div class="phone-tabs" role="tablist" aria-label="Reports">
            { for analysis.reports.iter().enumerate().take(2).map(|(i, report)| {
                let on_click = on_show.reform(move |_: MouseEvent| i);
                let letter = report_letter(i);
                html! {
                    <button
                        type="button"
                        role="tab"
                        class="phone-tabs__tab"
                        aria-selected={aria(*shown == i)}
                        aria-controls={format!("report-{}", letter.to_ascii_lowercase())}
                        title={report.title.clone()}
                        onclick={on_click}
                    >{ format!("Report {letter}") }</button>
                }
            }) }
        </div>
    }
}
