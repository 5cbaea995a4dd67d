//! The Parallax web app: a thin Yew UI over `parallax-model`.
//!
//! The UI renders an [`parallax_model::Analysis`]; it never re-derives one.
//! Components turn state into HTML and report what the user does through
//! narrow callbacks; the app turns those into [`state::Action`]s, which the
//! reducer in [`state`] turns into a new [`state::State`], or into commands
//! for its effect hooks ([`hooks`]: the worker, storage, the URL).

pub mod app;
pub mod components;
pub mod deflate;
pub mod download;
pub mod fatal;
pub mod hooks;
pub mod library;
pub mod notice;
pub mod reports;
pub mod route;
pub mod scroll;
pub mod share;
pub mod state;
pub mod storage;
pub mod theme;
pub mod worker;

/// Mounts the app on the page's `<body>`, replacing the loading line that
/// `index.html` shows while the wasm loads.
pub fn start() {
    fatal::install();
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    yew::Renderer::<app::App>::new().render();
}
