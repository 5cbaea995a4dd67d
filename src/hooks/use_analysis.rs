//! Keeping the analysis on screen current, and making exports: both are
//! made of the library's chosen pair, in the analysis worker, so the page
//! stays responsive however long the reports. The embedded pair needs no
//! worker: its analysis was made at build time.

use yew::prelude::*;

use crate::hooks::use_worker::Worker;
use crate::library::Library;
use crate::reports;
use crate::route::Page;
use crate::state::{Action, Job, Shared, State, analysis_key, story_key};
use crate::worker;

/// The chosen reports' texts and given titles, as the worker takes them.
fn texts(library: &Library) -> Vec<(String, Option<String>)> {
    library.chosen().iter().map(|r| (r.text.to_string(), r.title.clone())).collect()
}

/// Analyses the chosen pair again whenever the chosen reports, their
/// titles or the corrections change; asks for the export the state names.
#[hook]
pub fn use_analysis(state: &State, worker: &Worker, dispatch: &UseReducerDispatcher<State>) {
    {
        let (worker, dispatch) = (worker.clone(), dispatch.clone());
        let pending = state.analysing.as_ref().map(|(key, _)| key.clone());
        use_effect_with((state.library.clone(), state.is_current()), move |(library, current)| {
            if *current {
                return;
            }
            let key = analysis_key(library);
            let chosen = library.chosen();
            if let Some(analysis) = reports::embedded_analysis(&chosen, &key.corrections) {
                dispatch.dispatch(Action::Analysed(key, Shared::new(analysis)));
                return;
            }
            if pending.as_ref() == Some(&key) {
                return;
            }
            let bytes: usize = chosen.iter().map(|r| r.text.len()).sum();
            worker.ask(Job::Analysis(key.clone()), worker::analyse(&key, texts(library)), bytes);
            dispatch.dispatch(Action::Analysing(key, bytes));
        });
    }
    // The story is analysed while its coverage is on screen, and again
    // when its reports change.
    {
        let (worker, dispatch) = (worker.clone(), dispatch.clone());
        let pending = state.story_analysing.as_ref().map(|(key, _)| key.clone());
        let wanted = state.page == Page::Coverage && !state.is_story_current();
        use_effect_with((state.library.clone(), wanted), move |(library, wanted)| {
            let key = story_key(library);
            if !*wanted || key.reports.len() < 2 || pending.as_ref() == Some(&key) {
                return;
            }
            let reports: Vec<_> = library.story_reports().iter().map(|r| (r.text.to_string(), r.title.clone())).collect();
            let bytes = reports.iter().map(|(text, _)| text.len()).sum();
            worker.ask(Job::Story(key.clone()), worker::story(&key, reports), bytes);
            dispatch.dispatch(Action::AnalysingStory(key, bytes));
        });
    }
    // Exports are made of a fresh analysis of the chosen pair, or, on the
    // coverage view, of the story's reports (with their coverage from three
    // on); the worker's answer offers the file.
    {
        let (worker, library) = (worker.clone(), state.library.clone());
        let story = state.page == Page::Coverage && library.story.len() >= 2;
        use_effect_with(state.exporting, move |exporting| {
            if let Some(export) = *exporting {
                let (key, reports) =
                    if story { (story_key(&library), library.story_reports()) } else { (analysis_key(&library), library.chosen()) };
                let texts: Vec<_> = reports.iter().map(|r| (r.text.to_string(), r.title.clone())).collect();
                let bytes = texts.iter().map(|(text, _)| text.len()).sum();
                let sources = reports.iter().map(|r| r.source.clone()).collect();
                worker.ask(Job::Export(export), worker::export(&key, texts, export, sources), bytes);
            }
        });
    }
    // Marks the moment an analysis is on screen, for the benchmarks
    // (Performance API: `performance.getEntriesByName("parallax-ready")`).
    use_effect_with(state.analysed.clone(), |_| {
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("parallax-ready");
        }
    });
}
