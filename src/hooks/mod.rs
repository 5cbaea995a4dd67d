//! Custom hooks, one per file.

pub mod use_file_import;
