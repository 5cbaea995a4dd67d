//! The bar across the top: the name, the views, the legend, the text view
//! switch, and the actions (the library, links, exports, theme, help).

use parallax_model::{Analysis, Kind};
use parallax_protocol::Export;
use yew::prelude::*;

use crate::components::aria;
use crate::components::legend::{self, legend};
use crate::library::Library;
use crate::notice::{Draft, Level};
use crate::route::Page;
use crate::share::{self, ViewState};
use crate::state::{KindSet, Shared, TextView};
use crate::theme::Theme;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub hidden: KindSet,
    pub view: TextView,
    pub page: Page,
    pub library: Shared<Library>,
    pub library_open: bool,
    /// The export being made, whose button shows it is busy.
    pub exporting: Option<Export>,
    pub theme: Theme,
    pub view_state: ViewState,
    pub on_toggle_kind: Callback<Kind>,
    pub on_view: Callback<TextView>,
    /// Opens or closes the library.
    pub on_library: Callback<MouseEvent>,
    pub on_export: Callback<Export>,
    pub on_theme: Callback<Theme>,
    /// Opens the keyboard shortcuts.
    pub on_help: Callback<MouseEvent>,
    /// Says how copying the link went.
    pub on_notify: Callback<Draft>,
}

#[function_component(AppBar)]
pub fn app_bar(props: &Props) -> Html {
    let Props { analysis, hidden, view, page, library, library_open, exporting, theme, view_state, .. } = props;
    // The analysis as JSON is for tools, so its button is the quieter one.
    let export_button = |export: Export, label: &'static str| {
        let busy = *exporting == Some(export);
        let quiet = (export == Export::Json).then_some("button--quiet");
        html! {
            <button type="button" class={classes!("button", quiet, busy.then_some("button--busy"))} aria-busy={aria(busy)}
                onclick={props.on_export.reform(move |_: MouseEvent| export)}>
                { label }
            </button>
        }
    };
    let next = theme.next();
    let user_reports = library.visible().filter(|r| r.origin == crate::reports::Origin::User).count();
    html! {
        <header class="app-bar">
            <div class="app-bar__brand">
                <h1 class="app-bar__name">{ "Parallax" }</h1>
                <p class="app-bar__tagline">{ "Two reports of one story, side by side" }</p>
            </div>
            <nav class="view-tabs" aria-label="Views">
                { for [Page::Read, Page::Compare, Page::Framing, Page::Coverage].into_iter().map(|target| view_tab(target, *page, view_state)) }
            </nav>
            if *page == Page::Read {
                { legend(&legend::Props { analysis: analysis.clone(), hidden: *hidden, on_toggle: props.on_toggle_kind.clone() }) }
            }
            // On a phone the actions fold behind a menu switch (CSS only:
            // the box's state is the menu's), so the report comes first.
            <input type="checkbox" id="app-menu" class="app-bar__menu-switch visually-hidden" />
            <label for="app-menu" class="button app-bar__menu">{ "Menu" }</label>
            <div class="app-bar__actions">
                if *page == Page::Read {
                    <div class="segmented" role="group" aria-label="Text view">
                        { text_view_button(TextView::Analysed, "Analysed", *view, &props.on_view) }
                        { text_view_button(TextView::Original, "Show original", *view, &props.on_view) }
                    </div>
                }
                <div class="app-bar__group" role="group" aria-label="Your reports">
                    <button type="button" class="button" aria-expanded={aria(*library_open)} onclick={props.on_library.clone()}>
                        { "Reports" }
                        <span class="button__count">{ library.visible().count() }</span>
                    </button>
                    if user_reports > 0 {
                        <button type="button" class="button button--quiet" title="A file of your reports, to keep or to send"
                            onclick={download_reports(library)}>{ "Download reports" }</button>
                    }
                </div>
                <div class="app-bar__group" role="group" aria-label="Share and export">
                    <button type="button" class="button" onclick={copy_link(library, view_state, &props.on_notify)}>{ "Copy link" }</button>
                    { export_button(Export::Brief, "Export brief") }
                    { export_button(Export::Json, "Export JSON") }
                </div>
                <button
                    type="button"
                    class="button button--quiet"
                    aria-label={format!("Theme: {}. Switch to {}", theme.label(), next.label())}
                    title="Light, dark, or as the system"
                    onclick={props.on_theme.reform(move |_: MouseEvent| next)}
                >{ format!("◐ {}", theme.label()) }</button>
                <button type="button" class="button button--quiet" aria-label="Keyboard shortcuts" onclick={props.on_help.clone()}>{ "?" }</button>
            </div>
        </header>
    }
}

/// The link to a page, keeping the rest of the view: reports, selection,
/// kinds.
fn view_tab(target: Page, page: Page, view_state: &ViewState) -> Html {
    let current = page == target;
    let href = ViewState { page: target, ..view_state.clone() }.to_hash();
    html! {
        <a
            {href}
            class={classes!("view-tabs__tab", current.then_some("view-tabs__tab--current"))}
            aria-current={current.then_some("page")}
        >{ target.label() }</a>
    }
}

/// One option of the switch between the analysed and the original text.
fn text_view_button(target: TextView, label: &'static str, view: TextView, on_view: &Callback<TextView>) -> Html {
    let active = view == target;
    html! {
        <button
            type="button"
            class={classes!("segmented__option", active.then_some("segmented__option--active"))}
            aria-pressed={aria(active)}
            onclick={on_view.reform(move |_: MouseEvent| target)}
        >{ label }</button>
    }
}

/// The page's address without its fragment.
fn base_url() -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Copies a link to the view, carrying the user's reports; reports too long
/// for a link are offered as a file instead.
fn copy_link(library: &Shared<Library>, view_state: &ViewState, on_notify: &Callback<Draft>) -> Callback<MouseEvent> {
    let (library, view_state, on_notify) = (library.clone(), view_state.clone(), on_notify.clone());
    Callback::from(move |_: MouseEvent| {
        let (library, view_state, on_notify) = (library.clone(), view_state.clone(), on_notify.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match share::link(&base_url(), &view_state, &library).await {
                Ok(url) => copy_to_clipboard(url, on_notify),
                Err(length) => {
                    let bundle = library.to_bundle();
                    let notice = Draft::new(
                        Level::Warning,
                        format!(
                            "These reports are too long to travel in a link ({} characters; links stay under {}). Download the reports file instead and send it; opening it in Parallax brings the reports back.",
                            length,
                            share::MAX_LINK_CHARS
                        ),
                    )
                    .with_download("Download reports", "parallax-reports.json", "application/json", bundle);
                    on_notify.emit(notice);
                }
            }
        });
    })
}

/// Copies `text` to the clipboard, then tells the user how it went.
fn copy_to_clipboard(text: String, on_notify: Callback<Draft>) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let notice = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => Draft::new(Level::Info, "Link copied. Whoever opens it sees this view, with the same reports."),
            Err(_) => Draft::new(Level::Info, format!("Copy this link to share the view: {text}")),
        };
        on_notify.emit(notice);
    });
}

/// Saves the user's reports as a file they can open again.
fn download_reports(library: &Shared<Library>) -> Callback<MouseEvent> {
    let library = library.clone();
    Callback::from(move |_: MouseEvent| {
        let bundle = library.to_bundle();
        crate::download::save("parallax-reports.json", "application/json", &bundle);
    })
}
