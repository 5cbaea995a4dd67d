//! The app's screen laid out from its state: the bar across the top, and
//! the page on screen (reading, comparison, framing), each handing its
//! components the state they show and the callbacks they need.

use yew::prelude::*;

use super::callbacks::Callbacks;
use crate::components::add_from_selection::{AddFromSelection, AddNameForm};
use crate::components::app_bar::AppBar;
use crate::components::comparison_view::ComparisonView;
use crate::components::coverage_view::CoverageView;
use crate::components::entity_inspector::EntityInspector;
use crate::components::entity_list::EntityList;
use crate::components::framing_view::FramingView;
use crate::components::phone_tabs::{self, phone_tabs};
use crate::components::report_view::ReportView;
use crate::hooks::use_search::Search;
use crate::reports::ReportSource;
use crate::route::Page;
use crate::state::{Edit, Job, Shared, State};

/// Up to this much report text, the page holds both the reading view and
/// the comparison, so that either prints with the other.
const PRINT_BOTH_MAX_BYTES: usize = 200_000;

/// What one render of the app lays out.
pub struct Screen<'a> {
    /// The state.
    pub state: &'a State,
    /// The callbacks components take.
    pub on: &'a Callbacks,
    /// The reports the analysis on screen was made from.
    pub sources: Shared<Vec<ReportSource>>,
    /// The search's hits.
    pub search: &'a Search,
    /// Whether the page has painted once (see `use_after_first_paint`).
    pub painted: bool,
}

impl Screen<'_> {
    /// Whether there are two analysed reports to show.
    pub fn ready(&self) -> bool {
        self.sources.len() == self.state.analysis.reports.len() && self.sources.len() == 2
    }

    /// The bar across the top.
    pub fn app_bar(&self) -> Html {
        let Screen { state, on, .. } = self;
        html! {
            <AppBar
                analysis={state.analysis.clone()}
                library={state.library.clone()}
                library_open={state.library_open}
                exporting={state.exporting}
                theme={state.theme}
                hidden={state.hidden}
                view={state.view}
                page={state.page}
                view_state={state.view_state()}
                on_toggle_kind={on.toggle_kind.clone()}
                on_view={on.set_view.clone()}
                on_library={on.toggle_library.clone()}
                on_export={on.export.clone()}
                on_theme={on.set_theme.clone()}
                on_help={on.toggle_help.clone()}
                on_notify={on.notify.clone()}
            />
        }
    }

    /// The page on screen.
    pub fn page(&self) -> Html {
        let state = self.state;
        if state.page == Page::Coverage {
            return self.coverage();
        }
        if !self.ready() {
            let message = if state.analysing.is_some() {
                "The reports will appear here as soon as they are analysed."
            } else {
                "Choose two reports in the library to read and compare them."
            };
            return html! {
                <main class="workspace workspace--empty">
                    <p class="workspace__message">{ message }</p>
                </main>
            };
        }
        match state.page {
            Page::Framing => html! {
                <main class="framing-page">
                    <FramingView analysis={state.analysis.clone()} sources={self.sources.clone()} />
                </main>
            },
            Page::Compare => html! {
                <main class="compare-page">
                    if self.print_both() {
                        <div class="print-only workspace--print">{ self.reports() }</div>
                    }
                    { self.comparison(state.open_row) }
                </main>
            },
            Page::Read | Page::Coverage => self.reading(),
        }
    }

    /// The story's coverage; while it has fewer than two reports, how to
    /// make one.
    fn coverage(&self) -> Html {
        let Screen { state, on, .. } = self;
        let members = state.library.story_reports();
        let message = |text: String, actions: Html| html! {
            <main class="workspace workspace--empty">
                <div class="workspace__message"><h2 class="framing__title">{ "Coverage of a story" }</h2><p>{ text }</p>{ actions }</div>
            </main>
        };
        if members.len() < 2 {
            let start = on.edit.reform(|_: MouseEvent| Edit::StartStory);
            let text = "A story is several reports of one event, read together. Tick two to twelve reports “In the story” in the library \
                        to see, side by side, the figures each gives, whom each names, the text they share and the quotes they carry.";
            return message(text.to_string(), html! { <p class="coverage__start">
                <button type="button" class="button button--primary" onclick={start}>{ "Start a story with A and B" }</button>
                <button type="button" class="button" onclick={on.toggle_library.clone()}>{ "Open the library" }</button>
            </p> });
        }
        if !state.is_story_current() {
            return message(format!("The story's {} reports will appear here as soon as they are analysed.", members.len()), Html::default());
        }
        html! {
            <main class="coverage-page">
                <CoverageView board={state.story.clone()} sources={Shared::new(members)} pair={state.library.pair.clone()}
                    on_choose={on.edit.reform(|(slot, id)| Edit::Choose(slot, id))} />
            </main>
        }
    }

    /// Printing shows both reports and the comparison; the part not on
    /// screen is rendered for print only, when the reports are short enough
    /// for that to cost little, and after the first paint: it is half the
    /// page's elements, and the screen does not need it.
    fn print_both(&self) -> bool {
        self.painted && self.sources.iter().map(|s| s.text.len()).sum::<usize>() <= PRINT_BOTH_MAX_BYTES
    }

    /// The reading page: both reports, and beside them the selected
    /// entity's panel and the entity list.
    fn reading(&self) -> Html {
        let Screen { state, on, .. } = self;
        html! {
            <main class="workspace">
                { phone_tabs(&phone_tabs::Props { analysis: state.analysis.clone(), shown: state.phone_report, on_show: on.show_on_phone.clone() }) }
                { self.reports() }
                if self.print_both() {
                    <div class="print-only">{ self.comparison(None) }</div>
                }
                <div class="sidebar">
                    if let Some(selected) = state.selected {
                        <EntityInspector key={selected.0} analysis={state.analysis.clone()} {selected} on_correct={on.correct.clone()} />
                    }
                    <EntityList key="entity-list" analysis={state.analysis.clone()} hidden={state.hidden}
                        selected={state.selected} on_select={on.select.clone()} />
                    <AddNameForm key="add-name" on_correct={on.correct.clone()} />
                </div>
                <AddFromSelection on_correct={on.correct.clone()} />
            </main>
        }
    }

    /// Both reports, highlighted as the reader chose.
    fn reports(&self) -> Html {
        let Screen { state, on, search, .. } = self;
        let current = state.current();
        html! {
            { for self.sources.iter().enumerate().map(|(index, source)| html! {
                <ReportView
                    phone_hidden={index != state.phone_report}
                    key={source.id.clone()}
                    {index}
                    source={source.clone()}
                    analysis={state.analysis.clone()}
                    hidden={state.hidden}
                    selected={state.selected}
                    current={current.filter(|at| at.report == index).map(|at| at.mention)}
                    hover={state.hover.filter(|at| at.report == index).map(|at| at.mention)}
                    hits={search.hits.get(index).cloned().unwrap_or_default()}
                    current_hit={search.current.filter(|(r, _)| *r == index).map(|(_, k)| k)}
                    view={state.view}
                    on_select={on.select_mention.clone()}
                    on_hover={on.hover.clone()}
                />
            }) }
        }
    }

    /// The comparison, with the figure-ledger row `open_row` open.
    fn comparison(&self, open_row: Option<usize>) -> Html {
        let Screen { state, on, .. } = self;
        html! {
            <ComparisonView
                analysis={state.analysis.clone()}
                sources={self.sources.clone()}
                {open_row}
                on_toggle_row={on.toggle_row.clone()}
                on_correct={on.correct.clone()}
                on_reveal={on.reveal.clone()}
            />
        }
    }
}

/// The progress line while the worker analyses `bytes` of report text.
pub fn analysing(bytes: usize) -> Html {
    progress(analysing_message(bytes))
}

/// The progress line while the worker analyses the story's `n` reports.
pub fn analysing_story(n: usize) -> Html {
    progress(format!("Analysing {n} reports…"))
}

fn progress(message: String) -> Html {
    html! {
        <div class="analysing" role="status">
            <progress class="analysing__bar" aria-label="Analysing the reports"></progress>
            <span>{ message }</span>
        </div>
    }
}

/// The progress line when the worker's job has run a while, with a way to
/// stop it.
pub fn still_working(job: &Job, on_cancel: &Callback<MouseEvent>) -> Html {
    html! {
        <div class="analysing" role="status">
            <progress class="analysing__bar" aria-label="Still working"></progress>
            <span>{ format!("Still working on {}…", job.label()) }</span>
            <button type="button" class="button button--small" onclick={on_cancel}>{ "Cancel" }</button>
        </div>
    }
}

/// What the progress line says: short reports take a moment, long ones are
/// worth a figure.
fn analysing_message(bytes: usize) -> String {
    if bytes < 100_000 {
        String::from("Analysing the reports…")
    } else {
        format!("Analysing {} MB of report text in the background… The page stays usable.", parallax_model::fixed(bytes as f64 / 1_000_000.0, 1))
    }
}
