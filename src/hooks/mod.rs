//! Custom hooks, one per file.

pub mod use_after_first_paint;
pub mod use_file_import;
pub mod use_shortcuts;
