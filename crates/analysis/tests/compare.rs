//! Behaviour tests of the comparison: alignment, word differences, the
//! figure ledger, shared entities and paired quotes, on constructed pairs
//! and on the embedded pair.

use parallax_analysis::{Input, analyze};
use parallax_model::{Analysis, Comparison, FigureStatus};

fn compare(a: &str, b: &str) -> (Analysis, Comparison) {
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    let comparison = analysis.comparison.clone().expect("two reports are compared");
    (analysis, comparison)
}

fn slice(text: &str, span: parallax_model::Span) -> &str {
    &text[span.range()]
}

#[test]
fn near_copies_and_paraphrases_align_and_the_rest_is_unique() {
    let a = "The storm reached the coast on Monday and flooded two towns. \
             Officials opened three shelters for displaced families. \
             The mayor praised the volunteers.";
    let b = "Residents said the water rose quickly. \
             The storm hit the coast on Monday, flooding two towns. \
             Three shelters were opened by officials for the displaced families.";
    let (_, c) = compare(a, b);
    assert_eq!(c.passages.len(), 2, "{:#?}", c.passages);
    let first = &c.passages[0];
    assert!(slice(a, first.a).starts_with("The storm reached"));
    assert!(slice(b, first.b).starts_with("The storm hit"));
    let second = &c.passages[1];
    assert!(slice(a, second.a).starts_with("Officials opened"));
    assert!(slice(b, second.b).starts_with("Three shelters"));
    assert_eq!(c.unique.a.len(), 1);
    assert!(slice(a, c.unique.a[0]).starts_with("The mayor"));
    assert_eq!(c.unique.b.len(), 1);
    assert!(slice(b, c.unique.b[0]).starts_with("Residents"));
}

#[test]
fn aligned_passages_mark_the_words_that_differ() {
    let a = "The storm reached the coast on Monday and flooded two towns.";
    let b = "The storm hit the coast on Monday, flooding two towns.";
    let (_, c) = compare(a, b);
    let p = &c.passages[0];
    let changed_a: Vec<&str> = p.a_changed.iter().map(|s| slice(a, *s)).collect();
    let changed_b: Vec<&str> = p.b_changed.iter().map(|s| slice(b, *s)).collect();
    assert_eq!(changed_a, ["reached", "and flooded"]);
    assert_eq!(changed_b, ["hit", "flooding"]);
}

fn statuses(c: &Comparison) -> Vec<(FigureStatus, f64, String)> {
    c.figures.iter().map(|r| (r.status, r.value, r.unit.clone())).collect()
}

#[test]
fn different_values_for_the_same_group_conflict() {
    let a = "On Friday 40 nurses arrived at the regional hospital.";
    let b = "The regional hospital received 45 nurses on Friday.";
    let (_, c) = compare(a, b);
    assert_eq!(statuses(&c), [(FigureStatus::Conflict, 40.0, String::from("nurses"))]);
    assert_eq!(c.figures[0].b, [0]);
}

#[test]
fn qualifiers_periods_and_counted_words_let_near_values_agree() {
    // "about 20 a month" is 240 a year; "almost 1,200" allows 1,200;
    // "specialists" and "specialist doctors" are the same thing.
    let a = "Salaries are about 20 dollars monthly. Almost 1,200 specialists will come. More than 40 clinics opened.";
    let b = "Doctors earn $240 a year. The plan brings 1,200 specialist doctors. In all, 45 clinics opened.";
    let (_, c) = compare(a, b);
    let rows = statuses(&c);
    // The same value per year agrees; different numbers the qualifiers
    // reconcile are compatible.
    assert!(rows.contains(&(FigureStatus::Agree, 20.0, String::from("USD"))), "{rows:?}");
    assert!(rows.contains(&(FigureStatus::Agree, 1200.0, String::from("specialists"))), "{rows:?}");
    assert!(rows.contains(&(FigureStatus::Compatible, 40.0, String::from("clinics"))), "{rows:?}");
    assert_eq!(rows.len(), 3);
    let money = c.figures.iter().find(|r| r.unit == "USD").unwrap();
    assert!(money.note.contains("per year"), "{}", money.note);
}

#[test]
fn figures_only_one_report_gives_are_listed_as_such() {
    let a = "The agency hired 7,400 health workers. It spent €3.5 billion.";
    let b = "The agency spent €3.5 billion. Some 123 doctors will arrive.";
    let (_, c) = compare(a, b);
    let rows = statuses(&c);
    assert!(rows.contains(&(FigureStatus::Agree, 3.5e9, String::from("EUR"))));
    assert!(rows.contains(&(FigureStatus::OnlyA, 7400.0, String::from("health workers"))));
    assert!(rows.contains(&(FigureStatus::OnlyB, 123.0, String::from("doctors"))));
}

#[test]
fn unrelated_counts_of_one_thing_do_not_conflict() {
    // Different matters: no shared context, so no conflict.
    let a = "Last year the school had 300 students.";
    let b = "Police said 12 students were hurt in the crash.";
    let (_, c) = compare(a, b);
    assert!(c.figures.iter().all(|r| r.status != FigureStatus::Conflict), "{:?}", statuses(&c));
}

#[test]
fn entities_are_shared_or_only_in_one_report() {
    let a = "Ilkka Vaarnamo met officials in Lima.";
    let b = "Ilkka Vaarnamo later flew to Quito.";
    let (analysis, c) = compare(a, b);
    let name = |id| analysis.entity(id).unwrap().name.clone();
    assert_eq!(c.entities.shared.iter().map(|&id| name(id)).collect::<Vec<_>>(), ["Ilkka Vaarnamo"]);
    assert_eq!(c.entities.only_a.iter().map(|&id| name(id)).collect::<Vec<_>>(), ["Lima"]);
    assert_eq!(c.entities.only_b.iter().map(|&id| name(id)).collect::<Vec<_>>(), ["Quito"]);
}

#[test]
fn quotes_pair_across_reports_and_flag_cuts_rewording_and_speakers() {
    let a = "\"We will rebuild every school and every clinic before winter,\" said Ilkka Vaarnamo. \
             Teodora Kvasnik said: \"The budget is not enough.\"";
    let b = "\"We will rebuild every school,\" said Ilkka Vaarnamo. \
             \"The budget is simply not enough,\" said Ilkka Vaarnamo.";
    let (_, c) = compare(a, b);
    let cut = c.quotes.iter().find(|q| q.a == Some(0)).unwrap();
    assert_eq!(cut.b, Some(0));
    assert!(cut.shortened, "{cut:?}");
    assert!(!cut.speaker_differs);
    let other = c.quotes.iter().find(|q| q.a == Some(1)).unwrap();
    assert_eq!(other.b, Some(1));
    assert!(other.speaker_differs, "{other:?}");
    assert!(other.reworded || !other.b_changed.is_empty(), "{other:?}");
    assert_eq!(c.summary.shared_quotes, 2);
}

#[test]
fn the_embedded_pair_compares_as_a_reader_would() {
    let a = include_str!("../../../reports/000_3c10382c046089de.txt");
    let b = include_str!("../../../reports/003_9b3f9fb4060360a3.txt");
    let (analysis, c) = compare(a, b);
    // The quote both carry is aligned, with "reaching" / "ofreach" marked.
    let quote = c
        .passages
        .iter()
        .find(|p| slice(a, p.a).contains("We are working together"))
        .expect("the shared quote is aligned");
    assert!(slice(b, quote.b).contains("We are working together"));
    let changed_a: Vec<&str> = quote.a_changed.iter().map(|s| slice(a, *s)).collect();
    let changed_b: Vec<&str> = quote.b_changed.iter().map(|s| slice(b, *s)).collect();
    assert_eq!(changed_a, ["of reaching"]);
    assert_eq!(changed_b, ["ofreach"]);
    // Figures both state, and figures only one states.
    let rows = statuses(&c);
    assert!(rows.contains(&(FigureStatus::Agree, 768.0, String::from("Cuban doctors"))), "{rows:?}");
    assert!(rows.iter().any(|(s, v, _)| *s == FigureStatus::Agree && *v == 1200.0), "{rows:?}");
    assert!(rows.contains(&(FigureStatus::OnlyA, 20.0, String::from("USD"))), "{rows:?}");
    assert!(rows.contains(&(FigureStatus::OnlyB, 7400.0, String::from("health professionals"))), "{rows:?}");
    // Shared and one-sided entities.
    let names = |ids: &[parallax_model::EntityId]| -> Vec<String> {
        ids.iter().map(|&id| analysis.entity(id).unwrap().name.clone()).collect()
    };
    assert!(names(&c.entities.shared).contains(&String::from("Zoé Robledo Aburto")));
    assert!(names(&c.entities.only_a).contains(&String::from("Miguel Díaz-Canel Bermúdez")));
    // The quote is paired and flagged as reworded.
    let pair = c.quotes.iter().find(|q| q.a.is_some() && q.b.is_some()).expect("a shared quote");
    assert!(pair.reworded);
}

#[test]
fn comparison_json_has_the_documented_sections() {
    let a = include_str!("../../../reports/000_3c10382c046089de.txt");
    let b = include_str!("../../../reports/003_9b3f9fb4060360a3.txt");
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    let json: serde_json::Value = serde_json::from_str(&parallax_formats::to_json(&analysis)).unwrap();
    let c = &json["comparison"];
    let p = &c["passages"][0];
    assert!(p["a"].as_array().unwrap().len() == 2 && p["b"].as_array().unwrap().len() == 2);
    assert!(p["similarity"].is_number());
    assert!(c["unique"]["a"].is_array() && c["unique"]["b"].is_array());
    let f = &c["figures"][0];
    assert!(["agree", "only_a", "only_b", "conflict"].contains(&f["status"].as_str().unwrap()));
    assert!(f["value"].is_number() && f["unit"].is_string() && f["a"].is_array() && f["b"].is_array());
    for key in ["shared", "only_a", "only_b"] {
        assert!(c["entities"][key].is_array());
    }
}

#[test]
fn one_report_has_no_comparison() {
    let analysis = analyze(&[Input::new("Just one report.")]);
    assert!(analysis.comparison.is_none());
    assert!(!parallax_formats::to_json(&analysis).contains("comparison"));
}
