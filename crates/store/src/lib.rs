//! The Parallax storage worker: the library kept in the browser's
//! database (IndexedDB), one record per report, merged three ways with
//! the changes other tabs make, and read back for the page.
//!
//! It runs in a worker of its own, so that the page's first load carries
//! none of it (the reading of records, the merge, the database calls), and
//! so that a save never waits behind a long analysis nor is lost when the
//! analysis worker is replaced. The page starts it after its first paint
//! when a library was saved before, or when the user first changes the
//! library. [`records`] and [`keeper`] are pure and tested on the host;
//! `idb` and `serve` are the browser's side.
#![deny(missing_docs)]

pub mod keeper;
pub mod records;

#[cfg(test)]
mod library;

#[cfg(target_arch = "wasm32")]
mod idb;
#[cfg(target_arch = "wasm32")]
mod serve;

#[cfg(target_arch = "wasm32")]
pub use serve::serve;
