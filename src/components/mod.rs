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

/// The value of an ARIA state attribute (`aria-pressed`, `aria-expanded`…):
/// "true" or "false", as a static string rather than one formatted anew on
/// every render.
pub fn aria(state: bool) -> &'static str {
    if state { "true" } else { "false" }
}
