//! The reducer's behaviour, action by action, on a small analysis of two
//! reports.

use std::rc::Rc;

use parallax_analysis::{Input, analyze};
use parallax_model::{Correction, Corrections, EntityId, Kind};
use yew::Reducible;

use super::*;
use crate::library::{Draft as ReportDraft, Library};
use crate::notice::Level;
use crate::route::Page;
use crate::share::ViewState;

fn state() -> Rc<State> {
    let analysis = analyze(&[
        Input::new("President Ana Gómez visited Lima on Monday. Gómez met doctors."),
        Input::new("Ana Gómez spoke in Lima. Gómez left."),
    ]);
    Rc::new(State::new(Shared::new(Library::default()), Shared::new(analysis)))
}

fn person(state: &State) -> EntityId {
    state
        .analysis
        .entities()
        .iter()
        .find(|e| e.kind == Kind::Person)
        .map(|e| e.id)
        .expect("a person")
}

#[test]
fn selecting_an_entity_marks_its_mentions_in_both_reports() {
    let s = state();
    let id = person(&s);
    let s = s.reduce(Action::Select(id));
    let selection = s.selection();
    assert_eq!(selection.len(), 4);
    assert!(selection.iter().any(|m| m.report == 0));
    assert!(selection.iter().any(|m| m.report == 1));
}

#[test]
fn selecting_again_or_clearing_deselects() {
    let s = state();
    let id = person(&s);
    let s = s.reduce(Action::Select(id)).reduce(Action::Select(id));
    assert_eq!(s.selected, None);
    let s = s.reduce(Action::Select(id)).reduce(Action::ClearSelection);
    assert_eq!(s.selected, None);
}

#[test]
fn stepping_wraps_around_the_selection() {
    let s = state();
    let id = person(&s);
    let s = s.reduce(Action::Select(id));
    let s = s.reduce(Action::Step(-1));
    assert_eq!(s.cursor, 3);
    let s = s.reduce(Action::Step(1));
    assert_eq!(s.cursor, 0);
}

#[test]
fn clicking_a_mention_makes_it_current() {
    let s = state();
    let id = person(&s);
    let report = &s.analysis.reports[1];
    let mention = report.entity(id).expect("mentioned in B").mentions[1];
    let s = s.reduce(Action::SelectMention(MentionRef { report: 1, mention }));
    assert_eq!(s.selected, Some(id));
    assert_eq!(s.current(), Some(MentionRef { report: 1, mention }));
}

#[test]
fn toggling_a_kind_twice_restores_it() {
    let s = state();
    let s = s.reduce(Action::ToggleKind(Kind::Place));
    assert!(s.hidden.contains(Kind::Place));
    let s = s.reduce(Action::ToggleKind(Kind::Place));
    assert!(s.hidden.is_empty());
}

#[test]
fn a_ledger_row_opens_and_closes() {
    let s = state().reduce(Action::ToggleRow(2));
    assert_eq!(s.open_row, Some(2));
    let s = s.reduce(Action::ToggleRow(3));
    assert_eq!(s.open_row, Some(3));
    assert_eq!(s.reduce(Action::ToggleRow(3)).open_row, None);
}

#[test]
fn navigating_switches_the_page() {
    let s = state().reduce(Action::Navigate(Page::Compare));
    assert_eq!(s.page, Page::Compare);
}

#[test]
fn adding_a_report_puts_it_in_its_slot_and_says_so() {
    let s = state().reduce(Action::Edit(Edit::Add(
        ReportDraft { text: String::from("A pasted report."), title: Some(String::from("Mine")), source: String::new() },
        1,
    )));
    let chosen = s.library.chosen();
    assert_eq!(chosen[1].title.as_deref(), Some("Mine"));
    assert!(!s.is_current(), "the pair changed, so the analysis is stale");
    assert_eq!(s.notices.last().map(|n| n.level), Some(Level::Info));
}

#[test]
fn added_reports_go_to_the_slot_the_user_chose_or_in_turn() {
    let draft = |title: &str| ReportDraft { text: format!("{title} says 40 nurses came."), title: Some(title.to_string()), source: String::new() };
    let title = |s: &State, slot: usize| s.library.chosen()[slot].title.clone().unwrap_or_default();
    // B is chosen at first: a file opened after a report pasted as A leaves A alone.
    let s = state().reduce(Action::Edit(Edit::ChooseSlot(0))).reduce(Action::Edit(Edit::Add(draft("Pasted"), CHOSEN)));
    let s = s.reduce(Action::Edit(Edit::ChooseSlot(1))).reduce(Action::Edit(Edit::Add(draft("Opened"), CHOSEN)));
    assert_eq!((title(&s, 0), title(&s, 1)), (String::from("Pasted"), String::from("Opened")));
    let s = s.reduce(Action::Edit(Edit::Add(draft("Dropped"), CHOSEN)));
    assert_eq!((title(&s, 0), title(&s, 1)), (String::from("Pasted"), String::from("Dropped")));
    // In turn: A, then B, then A.
    let s = s.reduce(Action::Edit(Edit::ChooseSlot(IN_TURN)));
    let s = s.reduce(Action::Edit(Edit::Add(draft("One"), CHOSEN))).reduce(Action::Edit(Edit::Add(draft("Two"), CHOSEN)));
    assert_eq!((title(&s, 0), title(&s, 1)), (String::from("One"), String::from("Two")));
    let s = s.reduce(Action::Edit(Edit::Add(draft("Three"), CHOSEN)));
    assert_eq!(title(&s, 0), "Three");
}

#[test]
fn a_refused_report_leaves_the_library_and_explains() {
    let before = state();
    let after = Rc::clone(&before).reduce(Action::Edit(Edit::Add(ReportDraft::default(), 0)));
    assert_eq!(after.library, before.library);
    assert_eq!(after.notices.last().map(|n| n.level), Some(Level::Error));
    let id = after.notices[0].id;
    assert!(after.reduce(Action::Dismiss(id)).notices.is_empty());
}

#[test]
fn a_link_with_unknown_reports_keeps_the_pair_and_warns() {
    let s = Rc::new(State { storage: Storage::Kept, ..(*state()).clone() });
    let pair = s.library.pair.clone();
    let view = ViewState { page: Page::Compare, pair: Some((String::from("r1"), String::from("r2"))), ..ViewState::default() };
    let s = s.reduce(Action::ApplyView(view));
    assert_eq!(s.page, Page::Compare);
    assert_eq!(s.library.pair, pair);
    assert_eq!(s.notices.len(), 1);
}

#[test]
fn a_link_that_carries_a_report_adds_and_opens_it() {
    use crate::share::CarriedReport;
    let carried = CarriedReport { title: Some(String::from("Shared")), source: String::from("link"), text: String::from("A shared report.") };
    let view = ViewState {
        pair: Some((String::from("example-a"), String::from("ignored"))),
        carried: [None, Some(carried)],
        hidden: vec![Kind::Date],
        ..ViewState::default()
    };
    let s = state().reduce(Action::ApplyView(view.clone()));
    assert_eq!(s.library.chosen()[1].title.as_deref(), Some("Shared"));
    assert!(s.hidden.contains(Kind::Date));
    assert!(s.notices.is_empty(), "a checked link opens without a notice");
    // The same report from a link made before the checksum opens too, and
    // the user is told it could not be checked for damage.
    let s = state().reduce(Action::ApplyView(ViewState { unchecked: true, ..view }));
    assert_eq!(s.library.chosen()[1].title.as_deref(), Some("Shared"));
    assert!(s.notices.iter().any(|n| n.level == Level::Warning && n.text.contains("could not be checked")));
}

#[test]
fn escape_closes_overlays_before_clearing_the_selection() {
    let s = state();
    let id = person(&s);
    let s = s.reduce(Action::Select(id)).reduce(Action::ToggleLibrary).reduce(Action::ToggleHelp);
    let s = s.reduce(Action::Escape);
    assert!(!s.help_open && s.library_open && s.selected.is_some());
    let s = s.reduce(Action::Escape);
    assert!(!s.library_open && s.selected.is_some());
    assert_eq!(s.reduce(Action::Escape).selected, None);
}

#[test]
fn stepping_through_search_hits_wraps_and_a_new_query_starts_over() {
    let s = state().reduce(Action::Search(String::from("lima")));
    let s = s.reduce(Action::StepSearch { delta: -1, total: 3 });
    assert_eq!(s.search_cursor, 2);
    let s = s.reduce(Action::StepSearch { delta: 1, total: 3 });
    assert_eq!(s.search_cursor, 0);
    let s = s.reduce(Action::StepSearch { delta: 1, total: 3 }).reduce(Action::Search(String::from("gómez")));
    assert_eq!(s.search_cursor, 0);
}

#[test]
fn a_query_between_slashes_is_a_pattern_without_them() {
    let s = state().reduce(Action::Search(String::from("/\\bmillion\\b")));
    assert!(!s.pattern, "not until the closing slash");
    let s = s.reduce(Action::Search(String::from("/\\bmillion\\b/")));
    assert_eq!((s.pattern, s.search.as_str()), (true, "\\bmillion\\b"));
    // Two slashes alone are a plain query; the toggle switches back.
    let s = s.reduce(Action::TogglePattern).reduce(Action::Search(String::from("//")));
    assert_eq!((s.pattern, s.search.as_str()), (false, "//"));
}

#[test]
fn only_the_answer_to_the_newest_pattern_search_is_kept() {
    let s = state().reduce(Action::TogglePattern).reduce(Action::Searching(1)).reduce(Action::Searching(2));
    let stale = Found::Error(Rc::from("old"));
    let s = s.reduce(Action::Found(1, stale));
    assert_eq!(s.found, None, "an answer to an older search is dropped");
    let found = Found::Hits(Rc::new(vec![Shared::new(vec![parallax_model::Span::new(0, 3)])]), false);
    let s = s.reduce(Action::Found(2, found.clone()));
    assert_eq!(s.found, Some(found));
    // A search that is stopped says so where its answer goes.
    let s = s.reduce(Action::Searching(3)).reduce(Action::Stopped(Job::Search, Stop::Stalled));
    assert!(matches!(&s.found, Some(Found::Error(message)) if message.contains("stopped")));
    assert!(s.notices.is_empty());
}

#[test]
fn an_overdue_analysis_is_explained_only_while_it_is_awaited() {
    let s = state();
    let key = AnalysisKey { reports: vec![(String::from("mine"), None)], ..AnalysisKey::default() };
    let other = AnalysisKey { reports: vec![(String::from("other"), None)], ..AnalysisKey::default() };
    let s = s.reduce(Action::Analysing(key.clone(), 2_000));
    let unchanged = Rc::clone(&s).reduce(Action::Stopped(Job::Analysis(other), Stop::NeverLoaded));
    assert!(Rc::ptr_eq(&s, &unchanged), "an answer no longer awaited says nothing");
    let s = s.reduce(Action::Stopped(Job::Analysis(key.clone()), Stop::NeverLoaded));
    assert_eq!(s.notices.len(), 1);
    assert_eq!(s.notices[0].level, Level::Warning);
    assert!(s.notices[0].text.contains("background worker"));
    let s = s.reduce(Action::Stopped(Job::Analysis(key), Stop::NeverLoaded));
    assert_eq!(s.notices.len(), 1, "said once");
}

#[test]
fn an_analysis_of_reports_no_longer_chosen_is_dropped() {
    let s = state();
    let stale = AnalysisKey { reports: vec![(String::from("gone"), None)], ..AnalysisKey::default() };
    let other = Shared::new(analyze(&[Input::new("Other.")]));
    let after = Rc::clone(&s).reduce(Action::Analysed(stale, other));
    assert!(Rc::ptr_eq(&s, &after));
}

#[test]
fn a_correction_changes_the_key_and_the_selection_follows_its_entity() {
    let s = state();
    let id = person(&s);
    let s = s.reduce(Action::Select(id));
    let s = s.reduce(Action::Edit(Edit::Correct(Correction::Retype { name: String::from("Ana Gómez"), kind: Kind::Place })));
    assert!(!s.is_current(), "the corrections changed, so the analysis is stale");
    let key = analysis_key(&s.library);
    let texts = ["President Ana Gómez visited Lima on Monday. Gómez met doctors.", "Ana Gómez spoke in Lima. Gómez left."];
    let inputs: Vec<_> = texts.iter().map(|t| Input::new(t)).collect();
    let corrected = parallax_analysis::analyze_with(&inputs, &key.corrections);
    let mut s = (*s).clone();
    s.analysed.reports = key.reports.clone();
    let s = Rc::new(s).reduce(Action::Analysed(key, Shared::new(corrected)));
    let selected = s.selected.and_then(|id| s.analysis.entity(id)).expect("still selected");
    assert_eq!((selected.name.as_str(), selected.kind), ("Ana Gómez", Kind::Place));
    let s = s.reduce(Action::Edit(Edit::Uncorrect(None)));
    assert!(s.library.corrections().is_empty());
}

#[test]
fn a_link_with_corrections_sets_them_for_its_pair() {
    let corrections = Corrections { items: vec![Correction::NotAnEntity { text: String::from("Lima") }] };
    let view = ViewState { corrections: Some(corrections.clone()), ..ViewState::default() };
    let s = state().reduce(Action::ApplyView(view));
    assert_eq!(s.library.corrections(), corrections);
    assert_eq!(s.view_state().corrections, Some(corrections));
    let s = s.reduce(Action::Edit(Edit::ClearCorrections));
    assert_eq!(s.view_state().corrections, None);
}

#[test]
fn an_action_that_changes_nothing_keeps_the_same_state() {
    let s = state();
    let same = Rc::clone(&s).reduce(Action::SetView(TextView::Analysed));
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn an_edit_that_changes_nothing_keeps_the_same_library_and_state() {
    let s = state();
    let a = s.library.pair.0.clone();
    let same = Rc::clone(&s).reduce(Action::Edit(Edit::Choose(0, a)));
    assert!(Rc::ptr_eq(&s, &same), "choosing the report already in slot A");
    let same = Rc::clone(&s).reduce(Action::Edit(Edit::Uncorrect(None)));
    assert!(Rc::ptr_eq(&s, &same), "no correction to take back");
    let renamed = Rc::clone(&s).reduce(Action::Edit(Edit::Rename(s.library.pair.0.clone(), String::from("Mine"))));
    assert!(!Rc::ptr_eq(&s.library.0, &renamed.library.0), "a change makes a new library");
}

#[test]
fn a_file_is_awaited_until_it_comes_and_explained_only_if_overdue() {
    let s = state().reduce(Action::Importing(String::from("page.html")));
    assert_eq!(s.importing, [String::from("page.html")]);
    let done = Rc::clone(&s).reduce(Action::Imported(String::from("page.html")));
    assert!(done.importing.is_empty());
    let late = Rc::clone(&done).reduce(Action::Stopped(Job::Import(String::from("page.html")), Stop::NeverLoaded));
    assert!(Rc::ptr_eq(&done, &late), "an answered file says nothing");
    let overdue = s.reduce(Action::Stopped(Job::Import(String::from("page.html")), Stop::NeverLoaded));
    assert!(overdue.importing.is_empty());
    assert_eq!(overdue.notices.last().map(|n| n.level), Some(Level::Warning));
    assert!(overdue.notices[0].text.starts_with("page.html is not open yet."));
}

#[test]
fn an_export_is_busy_until_its_file_is_offered_or_it_is_overdue() {
    use parallax_protocol::Export;
    let s = state().reduce(Action::Export(Export::Json));
    assert_eq!(s.exporting, Some(Export::Json));
    let other = Rc::clone(&s).reduce(Action::Exported(Export::Brief));
    assert!(Rc::ptr_eq(&s, &other), "another export's file leaves this one busy");
    assert_eq!(Rc::clone(&s).reduce(Action::Exported(Export::Json)).exporting, None);
    let overdue = s.reduce(Action::Stopped(Job::Export(Export::Json), Stop::NeverLoaded));
    assert_eq!(overdue.exporting, None);
    assert_eq!(overdue.notices.len(), 1);
}

#[test]
fn a_reports_file_names_each_report_left_out_and_why() {
    let draft = |i: usize| ReportDraft { text: format!("Report number {i} says {i} nurses came."), title: Some(format!("Report {i}")), source: String::from("file") };
    let mut drafts: Vec<ReportDraft> = (1..=45).map(draft).collect();
    // Over the size limit, before the library is full.
    drafts.insert(3, ReportDraft { text: "word ".repeat(crate::library::MAX_REPORT_BYTES / 5 + 1), title: Some(String::from("Huge")), source: String::new() });
    let s = state().reduce(Action::Edit(Edit::AddAll(String::from("reports.json"), drafts, 0)));
    assert_eq!(s.library.reports.iter().filter(|r| r.origin == crate::reports::Origin::User).count(), 40);
    assert_eq!(s.notices.len(), 1, "one notice for the file");
    let notice = &s.notices[0];
    assert_eq!(notice.level, Level::Warning);
    assert!(notice.text.starts_with("reports.json: 40 of 46 reports added."), "{}", notice.text);
    assert!(notice.text.contains("Not added: “Huge”. This report is 8.0 MB"), "{}", notice.text);
    assert!(notice.text.contains("Not added: “Report 41”, “Report 42”, “Report 43”, “Report 44”, “Report 45”. The library holds 40 reports"), "{}", notice.text);
    // The last two added are the pair, as when the reports come one by one.
    assert_eq!(s.library.chosen().iter().map(|r| r.title.clone().unwrap_or_default()).collect::<Vec<_>>(), ["Report 39", "Report 40"]);
}

#[test]
fn a_reports_file_that_fits_says_how_many_were_added() {
    let drafts = vec![ReportDraft { text: String::from("One report."), title: None, source: String::from("x") }];
    let s = state().reduce(Action::Edit(Edit::AddAll(String::from("mine.json"), drafts, 1)));
    assert_eq!(s.notices.iter().map(|n| (n.level, n.text.as_str())).collect::<Vec<_>>(), [(Level::Info, "mine.json: 1 of 1 reports added.")]);
    assert_eq!(s.library.chosen()[1].text.as_ref(), "One report.");
}

#[test]
fn a_stopped_job_is_no_longer_awaited_and_the_user_is_told_why() {
    let s = state().reduce(Action::Importing(String::from("huge.md")));
    let s = s.reduce(Action::StillWorking(Some(Job::Import(String::from("huge.md")))));
    assert_eq!(s.working, Some(Job::Import(String::from("huge.md"))));
    let s = s.reduce(Action::Stopped(Job::Import(String::from("huge.md")), Stop::Cancelled));
    assert!(s.importing.is_empty() && s.working.is_none());
    let told = &s.notices.last().expect("a notice").text;
    assert!(told.starts_with("Stopped working on the file you opened (huge.md), as you asked."), "{told}");
    // Only a worker that never started is said to be blocked.
    assert!(!told.contains("block"));
}

/// A library with `n` reports of the user's.
fn with_reports(n: usize) -> (Rc<State>, Vec<String>) {
    let mut s = state();
    for i in 0..n {
        s = s.reduce(Action::Edit(Edit::Add(ReportDraft { text: format!("Report number {i}."), ..ReportDraft::default() }, 1)));
    }
    let ids = s.library.reports.iter().map(|r| r.id.clone()).collect();
    (s, ids)
}

#[test]
fn a_story_holds_up_to_twelve_reports_and_says_so_at_the_limit() {
    let (mut s, ids) = with_reports(12);
    for id in &ids[..12] {
        s = s.reduce(Action::Edit(Edit::ToggleStory(id.clone())));
    }
    assert_eq!(s.library.story, ids[..12]);
    let notices = s.notices.len();
    let s = s.reduce(Action::Edit(Edit::ToggleStory(ids[12].clone())));
    assert_eq!(s.library.story.len(), 12, "the thirteenth is refused");
    assert_eq!(s.notices.len(), notices + 1);
    assert!(s.notices.last().unwrap().text.contains("up to 12 reports"));
    // Taking one out, or removing its report, frees a place.
    let s = s.reduce(Action::Edit(Edit::ToggleStory(ids[0].clone())));
    let s = s.reduce(Action::Edit(Edit::Remove(ids[1].clone())));
    assert_eq!(s.library.story, ids[2..12]);
}

#[test]
fn a_story_is_saved_with_the_library_and_libraries_saved_before_stories_still_open() {
    let (s, ids) = with_reports(3);
    let s = s.reduce(Action::Edit(Edit::ToggleStory(ids[4].clone())));
    let s = s.reduce(Action::Edit(Edit::ToggleStory(ids[2].clone())));
    let json = s.library.to_bundle();
    assert_eq!(Library::from_stored(&json).unwrap().story, [ids[4].clone(), ids[2].clone()]);
    // Saved before stories existed: no `story` key at all.
    let old = json.replace(&format!(",\"story\":[\"{}\",\"{}\"]", ids[4], ids[2]), "");
    assert!(!old.contains("story"), "{old}");
    let opened = Library::from_stored(&old).unwrap();
    assert!(opened.story.is_empty());
    assert_eq!(opened.reports.len(), 5);
}

#[test]
fn a_storys_coverage_is_shown_while_the_story_is_the_same() {
    let s = state();
    let s = s.reduce(Action::Edit(Edit::StartStory));
    assert_eq!(s.library.story, [s.library.pair.0.clone(), s.library.pair.1.clone()]);
    assert!(!s.is_story_current());
    let key = story_key(&s.library);
    let s = s.reduce(Action::AnalysingStory(key.clone(), 10));
    let board = Shared::new(parallax_protocol::Board::default());
    // An answer for another story is dropped.
    let other = AnalysisKey { reports: vec![(String::from("gone"), None)], ..AnalysisKey::default() };
    let s = s.reduce(Action::Covered(other, board.clone()));
    assert!(!s.is_story_current());
    let s = s.reduce(Action::Covered(key, board.clone()));
    assert!(s.is_story_current());
    assert!(s.story_analysing.is_none());
    assert_eq!(s.story, board);
    // Taking a report out makes the coverage stale.
    let id = s.library.story[0].clone();
    let s = s.reduce(Action::Edit(Edit::ToggleStory(id)));
    assert!(!s.is_story_current());
}
