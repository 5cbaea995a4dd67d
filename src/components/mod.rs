//! One component per file, named for what the user sees.

pub mod app_bar;
pub mod entity_list;
pub mod legend;
pub mod mention_tip;
pub mod report_view;
pub mod selection_bar;
