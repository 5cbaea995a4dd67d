//! A story across many reports: figures, entities, shared passages and
//! quotes gathered report by report, on made-up stories.

use parallax_analysis::{Input, analyze_story, analyze_with};
use parallax_model::{Analysis, Corrections, Coverage, Standing};

fn story(texts: &[&str]) -> Analysis {
    let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
    analyze_story(&inputs, &Corrections::default())
}

fn coverage(analysis: &Analysis) -> &Coverage {
    analysis.coverage.as_ref().expect("a story has its coverage")
}

/// A flood report giving `people` displaced, with a line of its own.
fn flood(people: &str, own: &str) -> String {
    format!(
        "Floods in the river valley forced {people} people from their homes on Tuesday, the regional governor said.\n\n\
         {own}\n\nThe water reached the old mill by noon, and the bridge to Valdoro was closed to traffic.\n"
    )
}

/// How many people each report says were displaced, and how each should
/// then stand on that quantity, with the row's note.
const FIGURE_CASES: &[(&[&str], &[Standing], &str)] = &[
    // Two agree, the third is an outlier.
    (
        &["1,200", "1,200", "1,300"],
        &[Standing::Consensus, Standing::Consensus, Standing::Outlier],
        "2 of 3 give 1,200; C gives 1,300",
    ),
    // A floor below the consensus can be right with it.
    (
        &["1,250", "at least 1,200", "1,250"],
        &[Standing::Consensus, Standing::Compatible, Standing::Consensus],
        "2 of 3 give 1,250; B gives at least 1,200, which can agree",
    ),
    // Four agree; the outlier is the first report, which a tie would favour.
    (
        &["1,300", "1,200", "1,200", "1,200", "1,200"],
        &[Standing::Outlier, Standing::Consensus, Standing::Consensus, Standing::Consensus, Standing::Consensus],
        "4 of 5 give 1,200; A gives 1,300",
    ),
];

#[test]
fn each_report_stands_on_the_quantity_as_its_figure_says() {
    for (values, standings, note) in FIGURE_CASES {
        let owns = ["Rescue teams waited at the school.", "Buses left at dawn.", "Farmers counted their losses.", "Shops stayed shut.", "Rain fell again at night."];
        let texts: Vec<String> = values.iter().zip(owns).map(|(v, own)| flood(v, own)).collect();
        let analysis = story(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let row = &coverage(&analysis).figures[0];
        let got: Vec<Standing> = row.cells.iter().map(|c| c.standing).collect();
        assert_eq!((got.as_slice(), row.note.as_str()), (*standings, *note), "{values:?}: {:?}", coverage(&analysis).figures);
        assert_eq!(row.unit, "people");
        // Each cell points at its report's figure.
        for (cell, report) in row.cells.iter().zip(&analysis.reports) {
            assert_eq!(cell.figures.len(), 1);
            assert!(report.figures[cell.figures[0]].text.starts_with("1,"));
        }
    }
}

#[test]
fn a_report_that_does_not_give_the_quantity_is_missing_from_its_row() {
    let texts = [
        flood("1,200", "Buses left at dawn."),
        flood("1,200", "Shops stayed shut."),
        String::from("The bridge to Valdoro was closed to traffic on Tuesday after the floods, the regional governor said.\n"),
    ];
    let analysis = story(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let row = &coverage(&analysis).figures[0];
    let got: Vec<Standing> = row.cells.iter().map(|c| c.standing).collect();
    assert_eq!(got, [Standing::Consensus, Standing::Consensus, Standing::Missing]);
    assert!(row.cells[2].figures.is_empty());
    assert_eq!(row.note, "2 of 3 give 1,200; C omits it");
}

#[test]
fn an_entity_only_one_report_names_is_its_own() {
    let texts = [
        flood("1,200", "Governor Marta Ruiz visited the shelters."),
        flood("1,200", "Governor Marta Ruiz visited the shelters with Colonel Ivo Brandt."),
        flood("1,200", "Governor Marta Ruiz visited the shelters."),
    ];
    let analysis = story(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let name = |id| analysis.reports.iter().find_map(|r| r.entity(id)).map(|e| e.name.clone()).unwrap_or_default();
    let rows = &coverage(&analysis).entities;
    let counts = |wanted: &str| rows.iter().find(|row| name(row.id) == wanted).map(|row| row.counts.clone());
    assert_eq!(counts("Marta Ruiz"), Some(vec![1, 1, 1]));
    assert_eq!(counts("Ivo Brandt"), Some(vec![0, 1, 0]));
    let own = rows.iter().position(|row| name(row.id) == "Ivo Brandt").unwrap_or(0);
    let shared = rows.iter().position(|row| name(row.id) == "Marta Ruiz").unwrap_or(usize::MAX);
    assert!(shared < own, "entities named by more reports come first");
}

/// Wire copy: two sentences that three of four reports print word for word.
const WIRE: &str = "The national weather office warned that more heavy rain was expected over the coming days across the northern provinces. \
     Engineers from the water authority were inspecting the dam above the town of Valdoro for cracks.";

#[test]
fn a_wire_passage_three_of_four_reports_carry_is_shared() {
    let texts = [
        format!("Shops stayed shut in the lower town on Tuesday as the floods spread.\n\n{WIRE}\n"),
        format!("Farmers counted their losses along the valley road after the storm.\n\n{WIRE}\n"),
        String::from("A football match between the two city clubs was postponed until next month.\n"),
        format!("{WIRE}\n\nVolunteers handed out blankets at the school gym all night long.\n"),
    ];
    let analysis = story(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let coverage = coverage(&analysis);
    assert_eq!(coverage.shared.len(), 1, "{:?}", coverage.shared);
    let passage = &coverage.shared[0];
    assert_eq!(passage.sentences, [vec![1, 2], vec![1, 2], vec![], vec![0, 1]]);
    assert_eq!(passage.similarity, 1.0);
    let share = &coverage.shared_share;
    assert_eq!(share[2], 0.0);
    for r in [0, 1, 3] {
        // Two wire sentences of about 17 words each against one of 12.
        assert!(share[r] > 0.6 && share[r] < 0.85, "report {r}: {share:?}");
    }
}

#[test]
fn a_quote_three_reports_carry_is_one_row_with_what_each_made_of_it() {
    let quote = "We are doing everything we can to bring the families back home before the winter comes to the valley";
    let texts = [
        format!("\"{quote},\" said Marta Ruiz, the governor.\n"),
        String::from("\"We are doing everything we can to bring the families back home,\" said Marta Ruiz, the governor.\n"),
        format!("\"{quote},\" said Jorge Salas, the mayor.\n"),
        format!("\"{quote},\" Marta Ruiz told reporters.\n"),
    ];
    let analysis = story(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let rows = &coverage(&analysis).quotes;
    let row = &rows[0];
    assert!(row.cells.iter().all(|c| c.quote == Some(0)), "{rows:?}");
    let name = |id| analysis.reports.iter().find_map(|r| r.entity(id)).map(|e| e.name.clone()).unwrap_or_default();
    assert_eq!(row.speaker.map(name).as_deref(), Some("Marta Ruiz"));
    let flags: Vec<(bool, bool, bool)> = row.cells.iter().map(|c| (c.shortened, c.reworded, c.speaker_differs)).collect();
    assert_eq!(flags, [(false, false, false), (true, false, false), (false, false, true), (false, false, false)]);
}

#[test]
fn a_story_of_twelve_reports_has_one_column_per_report() {
    let owns: Vec<String> = (0..12).map(|k| format!("Report number {} spoke to {} farmers.", k + 1, 10 + k)).collect();
    let texts: Vec<String> = owns.iter().enumerate().map(|(k, own)| flood(if k == 7 { "1,300" } else { "1,200" }, own)).collect();
    let analysis = story(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let coverage = coverage(&analysis);
    assert!(coverage.figures.iter().all(|row| row.cells.len() == 12));
    assert!(coverage.quotes.iter().all(|row| row.cells.len() == 12));
    assert!(coverage.entities.iter().all(|row| row.counts.len() == 12));
    assert_eq!(coverage.figures[0].note, "11 of 12 give 1,200; H gives 1,300");
    // The shared closing sentence, in every report.
    assert!(coverage.shared.iter().any(|p| p.sentences.iter().all(|s| !s.is_empty())), "{:?}", coverage.shared);
    assert_eq!(coverage.shared_share.len(), 12);
}

#[test]
fn two_unrelated_reports_share_nothing() {
    let analysis = story(&[
        "The central bank cut its main rate by half a point to 7.5 percent on Thursday, citing weak growth.",
        "Heavy snow closed the mountain pass for 3 days and stranded 40 trucks near the border.",
    ]);
    let coverage = coverage(&analysis);
    assert!(coverage.shared.is_empty());
    assert_eq!(coverage.shared_share, [0.0, 0.0]);
    let given = |row: &parallax_model::FigureCoverage| row.cells.iter().filter(|c| c.standing != Standing::Missing).count();
    assert!(coverage.figures.iter().all(|row| given(row) == 1), "{:?}", coverage.figures);
    assert!(coverage.entities.iter().all(|row| row.counts.iter().filter(|&&n| n > 0).count() == 1));
}

#[test]
fn empty_reports_make_an_empty_coverage() {
    for texts in [&["", ""][..], &["", "", ""], &["", "   \n\n", "Forty nurses arrived."]] {
        let analysis = story(texts);
        let coverage = coverage(&analysis);
        assert!(coverage.shared.is_empty() && coverage.quotes.is_empty());
        assert_eq!(coverage.shared_share, vec![0.0; texts.len()]);
        assert!(coverage.figures.iter().all(|row| row.cells.len() == texts.len()));
    }
}

#[test]
fn coverage_comes_with_three_reports_or_a_story() {
    let one = flood("1,200", "Buses left at dawn.");
    let inputs = [Input::new(&one), Input::new(&one)];
    assert!(analyze_with(&inputs, &Corrections::default()).coverage.is_none());
    assert!(analyze_story(&inputs, &Corrections::default()).coverage.is_some());
    let three = [Input::new(&one), Input::new(&one), Input::new(&one)];
    assert!(analyze_with(&three, &Corrections::default()).coverage.is_some());
}
