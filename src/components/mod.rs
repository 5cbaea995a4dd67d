//! One component per file, named for what the user sees.

pub mod app_bar;
pub mod entity_list;
pub mod legend;
pub mod mention_tip;
pub mod report_view;
pub mod selection_bar;
pub mod comparison_summary;
pub mod comparison_view;
pub mod entity_comparison;
pub mod figure_ledger;
pub mod marked_text;
pub mod passage_list;
pub mod quote_pairs;
pub mod drop_zone;
pub mod library_panel;
pub mod notice_list;
pub mod shortcut_help;
pub mod phone_tabs;
pub mod paragraph_chunk;
pub mod search_bar;
pub mod add_from_selection;
pub mod add_report_form;
pub mod corrections_bar;
pub mod entity_inspector;
pub mod framing_view;
pub mod coverage_view;

/// The value of an ARIA state attribute (`aria-pressed`, `aria-expanded`…):
/// "true" or "false", as a static string rather than one formatted anew on
/// every render.
pub fn aria(state: bool) -> &'static str {
    if state { "true" } else { "false" }
}

/// How many items of a long list of the comparison show at first, and how
/// many more each press of its "Show more" button adds: a huge report's
/// comparison has tens of thousands of rows, which would take many seconds
/// to render at once and more to read.
pub const LIST_STEP: usize = 500;

/// The button under a list of `total` items of which `limits[which]` show,
/// which shows [`LIST_STEP`] more; nothing once all show.
pub fn show_more(total: usize, limits: &yew::UseStateHandle<Vec<usize>>, which: usize) -> yew::Html {
    let shown = limits.get(which).copied().unwrap_or(total);
    if shown >= total {
        return yew::Html::default();
    }
    let limits = limits.clone();
    let on_click = yew::Callback::from(move |_: yew::MouseEvent| {
        let mut next = (*limits).clone();
        if let Some(limit) = next.get_mut(which) {
            *limit += LIST_STEP;
        }
        limits.set(next);
    });
    let label = format!("Show {} more ({} not shown)", LIST_STEP.min(total - shown), parallax_model::format_number((total - shown) as f64));
    yew::html! { <button type="button" class="button show-more" onclick={on_click}>{ label }</button> }
}
