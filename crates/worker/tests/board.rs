//! A story's coverage as the page draws it: every cell in words, and the
//! sentences behind a cell the report's own.

use parallax_analysis::{Input, analyze_story};
use parallax_model::Corrections;
use parallax_protocol::{Section, Tone};
use parallax_worker::board::board;

/// Four reports of one made-up story; only the last names the councillor.
const REPORTS: [&str; 4] = [
    "The Korvel steelworks in Dunmere stopped production on Tuesday, sending 1,200 workers home. Plant manager Aldo Ferreira said the furnaces were damaged.",
    "About 1,200 workers were sent home from the Korvel steelworks in Dunmere on Tuesday. \"We lost power for six hours,\" said Aldo Ferreira.",
    "The Korvel steelworks in Dunmere shut on Tuesday and 1,200 workers went home. Union organiser Marta Lindqvist said members feared a long closure.",
    "The Korvel steelworks in Dunmere halted work on Tuesday. Councillor Petra Novak called for an inquiry into the power cut.",
];

fn section<'a>(sections: &'a [Section], title: &str) -> &'a Section {
    sections.iter().find(|s| s.title == title).expect("the section is there")
}

#[test]
fn a_name_only_one_report_gives_is_said_and_opens_onto_its_sentence() {
    let inputs: Vec<Input<'_>> = REPORTS.iter().map(|t| Input::new(t)).collect();
    let analysis = analyze_story(&inputs, &Corrections::default());
    let board = board(&analysis);
    let titles: Vec<&str> = board.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Framing", "Figures", "Who and what", "Shared text", "Quotes"]);
    let names = section(&board.sections, "Who and what");
    assert!(names.rows[0].group && names.rows[0].name.starts_with("Named by one report only"));
    let novak = names.rows.iter().find(|r| r.name.contains("Petra Novak")).expect("her row");
    assert_eq!(novak.note, "Only D names it");
    assert_eq!(novak.cells.len(), 4);
    assert!(novak.cells[..3].iter().all(|c| c.tone == Tone::Missing && c.sentences.is_empty()));
    let cell = &novak.cells[3];
    assert_eq!(cell.text, "1×");
    let sentences: Vec<&str> = cell.sentences.iter().map(|s| s.slice(REPORTS[3])).collect();
    assert_eq!(sentences, ["Councillor Petra Novak called for an inquiry into the power cut."]);
    assert!(cell.marks.iter().all(|m| m.slice(REPORTS[3]).contains("Novak")));
    // Every row has one cell per report; the framing row opens somewhere.
    for section in &board.sections {
        assert!(section.rows.iter().all(|r| r.group || r.cells.len() == 4), "{}", section.title);
    }
}

#[test]
fn a_story_without_coverage_has_an_empty_board() {
    let analysis = parallax_analysis::analyze(&[Input::new("One report.")]);
    assert!(board(&analysis).sections.is_empty());
}

#[test]
fn a_figure_only_one_report_gives_agrees_with_no_one() {
    let inputs: Vec<Input<'_>> = REPORTS.iter().map(|t| Input::new(t)).collect();
    let board = board(&analyze_story(&inputs, &Corrections::default()));
    let figures = section(&board.sections, "Figures");
    let shared = figures.rows.iter().find(|r| r.name.starts_with("1,200")).expect("the workers' row");
    assert_eq!(shared.cells[0].tag, "agrees");
    let alone = figures.rows.iter().find(|r| r.name.contains("hours")).expect("the hours only B gives");
    let given: Vec<_> = alone.cells.iter().filter(|c| c.tone != Tone::Missing).collect();
    assert_eq!(given.len(), 1);
    assert_eq!((given[0].tag.as_str(), given[0].tone), ("", Tone::Plain));
}
