//! Custom hooks, one per file: the app's effects (the analysis worker,
//! storage, the URL, search, shortcuts, opening files) and small helpers.

pub mod use_after_first_paint;
pub mod use_analysis;
pub mod use_file_import;
pub mod use_saved;
pub mod use_search;
pub mod use_shortcuts;
pub mod use_url;
pub mod use_worker;
