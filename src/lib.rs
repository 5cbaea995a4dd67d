//! The Parallax web app: a thin Yew UI over `parallax-core`.
//!
//! The UI renders an [`parallax_core::Analysis`]; it never re-derives one.
//! User actions become [`state::Action`]s, the reducer in [`state`] turns
//! them into a new [`state::State`], and components turn state into HTML.

pub mod app;
pub mod components;
pub mod download;
pub mod format;
pub mod reports;
pub mod state;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
