//! The worker's answers, through bincode as gloo-worker sends them: the
//! analysis the page would make itself, with the corrections applied; the
//! exports made of the same analysis; opened files made report text for
//! their slot.

use parallax_analysis::{Input, analyze_story, analyze_with};
use parallax_formats::{About, brief_about, to_json};
use parallax_model::{Correction, Corrections, Kind, Span, wire};
use parallax_protocol::{Answerer, Draft, Export, Key, Request, Response};
use parallax_worker::Analyst;
use serde::{Deserialize, Serialize};

fn through_bincode<T: Serialize + for<'de> Deserialize<'de>>(value: &T) -> T {
    let bytes = bincode::serialize(value).expect("serializes");
    bincode::deserialize(&bytes).expect("deserializes")
}

fn answer(request: &Request) -> Response {
    through_bincode(&Analyst::answer(through_bincode(request)))
}

#[test]
fn analyses_apply_the_corrections_the_key_carries() {
    let corrections = Corrections {
        items: vec![
            Correction::Retype { name: String::from("Lima"), kind: Kind::Person },
            Correction::Add { text: String::from("old quarry"), kind: Kind::Place },
        ],
    };
    let key = Key::new(vec![(String::from("r1"), None), (String::from("r2"), None)], &corrections);
    let texts = ["Ana Gómez visited Lima and the old quarry.", "Gómez left Lima."];
    let reports = texts.iter().map(|t| (t.to_string(), None)).collect();
    let Response::Analysed { key: back_key, analysis } = answer(&Request::Analyse { key: key.clone(), reports, export: None, sources: Vec::new() })
    else {
        panic!("an analysis was asked for");
    };
    let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
    let expected = analyze_with(&inputs, &corrections);
    assert_eq!(expected.corrections, corrections, "both apply");
    assert_eq!(back_key, key);
    assert_eq!(wire::decode(&analysis), Some(expected));
}

#[test]
fn a_story_is_analysed_with_its_coverage_even_as_a_pair() {
    // Two reports are a pair to the reading views, but a story of two
    // still has its coverage.
    let texts = ["Ana Gómez visited Lima.", "Gómez left Lima.", "Lima is quiet."];
    for n in [2, 3] {
        let key = Key::new((0..n).map(|i| (format!("r{i}"), None)).collect(), &Corrections::default());
        let reports = texts[..n].iter().map(|t| (t.to_string(), None)).collect();
        let Response::Covered { key: back, board } = answer(&Request::Story { key: key.clone(), reports }) else {
            panic!("a story was asked for");
        };
        let inputs: Vec<Input<'_>> = texts[..n].iter().map(|t| Input::new(t)).collect();
        let expected = analyze_story(&inputs, &Corrections::default());
        assert!(expected.coverage.is_some(), "{n} reports have their coverage");
        assert_eq!((back, board), (key, parallax_worker::board::board(&expected)));
    }
}

#[test]
fn exports_are_made_of_the_same_analysis() {
    let corrections = Corrections { items: vec![Correction::Add { text: String::from("old quarry"), kind: Kind::Place }] };
    let key = Key::new(vec![(String::from("a"), None), (String::from("b"), None)], &corrections);
    let texts = ["Ana Gómez visited the old quarry on Monday.", "Gómez said 40 people left the old quarry."];
    let reports: Vec<(String, Option<String>)> = texts.iter().map(|t| (t.to_string(), None)).collect();
    let inputs: Vec<Input<'_>> = texts.iter().map(|t| Input::new(t)).collect();
    let analysis = analyze_with(&inputs, &corrections);
    let sources = vec![String::from("Daily Courier"), String::from("quarry.html")];
    let about: Vec<About<'_>> = texts.iter().zip(&sources).map(|(text, source)| About { text, title: None, source }).collect();
    for (export, expected) in [(Export::Json, to_json(&analysis)), (Export::Brief, brief_about(&analysis, &about))] {
        let request = Request::Analyse { key: key.clone(), reports: reports.clone(), export: Some(export), sources: sources.clone() };
        let Response::Exported { export: made, contents } = answer(&request) else { panic!("an export was asked for") };
        assert_eq!((made, contents), (export, expected));
    }
}

#[test]
fn opened_files_become_report_text_for_their_slot() {
    let page = "<title>T</title><p>Hello <b>there</b>.</p><script>x()</script>";
    let request = Request::Import { name: String::from("page.html"), text: page.to_string(), slot: 1 };
    let Response::Imported { draft, slot } = answer(&request) else { panic!("an import was asked for") };
    assert_eq!(slot, 1);
    assert_eq!(draft, Draft { text: String::from("Hello there."), title: Some(String::from("T")), source: String::from("page.html") });
    let markdown = Request::Import { name: String::from("notes.md"), text: String::from("# Head\n\n**Bold** words."), slot: 0 };
    let Response::Imported { draft, .. } = answer(&markdown) else { panic!("an import was asked for") };
    assert_eq!((draft.title.as_deref(), draft.text.as_str()), (Some("Head"), "Head\n\nBold words."));
}

#[test]
fn searches_answer_with_each_reports_hits_or_the_patterns_error() {
    let texts = vec![String::from("Díaz said 1,200 nurses left."), String::from("35 doctors, DIAZ told us.")];
    let request = Request::Search { id: 4, query: String::from(r"\d[\d,]* (nurses|doctors)|diaz"), pattern: true, texts: texts.clone() };
    let Response::Found { id, hits, more, error } = answer(&request) else { panic!("a search was asked for") };
    assert_eq!((id, more, error), (4, false, None));
    let found: Vec<Vec<&str>> = hits.iter().zip(&texts).map(|(spans, text)| spans.iter().map(|s| &text[s.range()]).collect()).collect();
    assert_eq!(found, [vec!["Díaz", "1,200 nurses"], vec!["35 doctors", "DIAZ"]]);
    let plain = Request::Search { id: 6, query: String::from("diaz"), pattern: false, texts: texts.clone() };
    let Response::Found { hits, error: None, .. } = answer(&plain) else { panic!("words are searched for") };
    assert_eq!(hits, [vec![Span::new(0, 5)], vec![Span::new(12, 16)]], "from a word's start, as the page did");
    let Response::Found { id, hits, error: Some(error), .. } = answer(&Request::Search { id: 5, query: String::from("(said"), pattern: true, texts })
    else {
        panic!("an invalid pattern is an error");
    };
    assert_eq!((id, hits.len()), (5, 0));
    assert!(error.contains("unclosed group"), "{error}");
}
