//! The bar across the top: the name, the legend, the text view switch and
//! the export action.

use parallax_model::Analysis;
use yew::prelude::*;

use crate::components::legend::Legend;
use crate::library::Library;
use crate::notice::{Draft, Level};
use crate::route::Page;
use crate::share::{self, ViewState};
use crate::state::{Action, KindSet, Shared, TextView};
use crate::theme::Theme;
use crate::worker::Export;

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
    pub on_action: Callback<Action>,
}

/// The page's address without its fragment.
fn base_url() -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Copies `text` to the clipboard, then tells the user how it went.
fn copy_to_clipboard(text: String, on_action: Callback<Action>) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let notice = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => Draft::new(Level::Info, "Link copied. Whoever opens it sees this view, with the same reports."),
            Err(_) => Draft::new(Level::Info, format!("Copy this link to share the view: {text}")),
        };
        on_action.emit(Action::Notify(notice));
    });
}

#[function_component(AppBar)]
pub fn app_bar(props: &Props) -> Html {
    let Props {
        analysis,
        hidden,
        view,
        page,
        library,
        library_open,
        exporting,
        theme,
        view_state,
        on_action,
    } = props;
    let tab = |target: Page| {
        let current = *page == target;
        // The link keeps the rest of the view: reports, selection, kinds.
        let href = ViewState { page: target, ..view_state.clone() }.to_hash();
        html! {
            <a
                {href}
                class={classes!("view-tabs__tab", current.then_some("view-tabs__tab--current"))}
                aria-current={current.then_some("page")}
            >{ target.label() }</a>
        }
    };
    let view_button = |target: TextView, label: &'static str| {
        let on_click = {
            let on_action = on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::SetView(target)))
        };
        let active = *view == target;
        html! {
            <button
                type="button"
                class={classes!("segmented__option", active.then_some("segmented__option--active"))}
                aria-pressed={active.to_string()}
                onclick={on_click}
            >{ label }</button>
        }
    };
    let export_button = |export: Export, label: &'static str| {
        let on_click = {
            let on_action = on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::Export(export)))
        };
        let busy = *exporting == Some(export);
        html! {
            <button type="button" class={classes!("button", busy.then_some("button--busy"))} aria-busy={busy.to_string()} onclick={on_click}>
                { label }
            </button>
        }
    };
    let on_library = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ToggleLibrary))
    };
    let on_copy_link = {
        let (library, view_state, on_action) = (library.clone(), view_state.clone(), on_action.clone());
        Callback::from(move |_: MouseEvent| match share::link(&base_url(), &view_state, &library) {
            Ok(url) => copy_to_clipboard(url, on_action.clone()),
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
                on_action.emit(Action::Notify(notice));
            }
        })
    };
    let on_theme = {
        let (on_action, next) = (on_action.clone(), theme.next());
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SetTheme(next)))
    };
    let on_help = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::ToggleHelp))
    };
    let user_reports = library.visible().filter(|r| r.origin == crate::reports::Origin::User).count();
    html! {
        <header class="app-bar">
            <div class="app-bar__brand">
                <h1 class="app-bar__name">{ "Parallax" }</h1>
                <p class="app-bar__tagline">{ "Two reports of one story, side by side" }</p>
            </div>
            <nav class="view-tabs" aria-label="Views">
                { tab(Page::Read) }
                { tab(Page::Compare) }
                { tab(Page::Framing) }
            </nav>
            if *page == Page::Read {
                <Legend analysis={analysis.clone()} hidden={*hidden} on_action={on_action.clone()} />
            }
            <div class="app-bar__actions">
                if *page == Page::Read {
                    <div class="segmented" role="group" aria-label="Text view">
                        { view_button(TextView::Analysed, "Analysed") }
                        { view_button(TextView::Original, "Show original") }
                    </div>
                }
                <button type="button" class="button" aria-expanded={library_open.to_string()} onclick={on_library}>
                    { "Reports" }
                    <span class="button__count">{ library.visible().count() }</span>
                </button>
                <button type="button" class="button" onclick={on_copy_link}>{ "Copy link" }</button>
                { export_button(Export::Brief, "Export brief") }
                { export_button(Export::Json, "Export JSON") }
                <button
                    type="button"
                    class="button button--quiet"
                    aria-label={format!("Theme: {}. Switch to {}", theme.label(), theme.next().label())}
                    title="Light, dark, or as the system"
                    onclick={on_theme}
                >{ format!("◐ {}", theme.label()) }</button>
                <button type="button" class="button button--quiet" aria-label="Keyboard shortcuts" onclick={on_help}>{ "?" }</button>
                if user_reports > 0 {
                    <button type="button" class="button" onclick={{
                        let library = library.clone();
                        Callback::from(move |_: MouseEvent| {
                            let bundle = library.to_bundle();
                            crate::download::save("parallax-reports.json", "application/json", &bundle);
                        })
                    }}>{ "Download reports" }</button>
                }
            </div>
        </header>
    }
}
