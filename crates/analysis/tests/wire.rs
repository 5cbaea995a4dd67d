//! The wire form the page reads analyses in: every analysis comes back
//! exactly as it went, and bytes that are not one are refused, never
//! misread and never a panic.

#[path = "support/corpus.rs"]
#[allow(dead_code)] // Each test uses a part of the shared corpus.
mod corpus;

use parallax_analysis::{Input, analyze, analyze_story, analyze_with};
use parallax_model::wire::{MAGIC, decode, encode};
use parallax_model::{Analysis, Correction, Corrections, Kind};

fn pairs() -> Vec<Analysis> {
    let reports = corpus::reports();
    let mut analyses: Vec<Analysis> =
        reports.windows(2).map(|pair| analyze(&[Input::new(&pair[0]), Input::new(&pair[1])])).collect();
    analyses.push(analyze(&[Input::titled(&reports[0], "Alone, with a title")]));
    analyses.push(Analysis::default());
    analyses
}

/// `analysis` as the wire form gives it back: without its story's
/// coverage, which the page is given laid out instead.
fn as_sent(analysis: &Analysis) -> Analysis {
    Analysis { coverage: None, ..analysis.clone() }
}

#[test]
fn a_storys_reports_come_back_exactly_without_its_coverage() {
    let reports = corpus::story(4, 5_000);
    let inputs: Vec<Input<'_>> = reports.iter().map(|r| Input::new(r)).collect();
    for analysis in [analyze(&inputs[..3]), analyze_story(&inputs, &Corrections::default())] {
        let coverage = analysis.coverage.as_ref().expect("a story has its coverage");
        assert!(!coverage.figures.is_empty(), "the story shares figures");
        let back = decode(&encode(&analysis)).expect("reads");
        assert_eq!(back.coverage, None);
        assert_eq!(back, as_sent(&analysis));
    }
}

#[test]
fn every_analysis_of_the_dev_set_comes_back_exactly() {
    for analysis in pairs() {
        assert_eq!(decode(&encode(&analysis)).as_ref(), Some(&analysis));
    }
}

#[test]
fn corrections_and_what_they_leave_come_back_too() {
    let reports = corpus::reports();
    let corrections = Corrections {
        items: vec![
            Correction::NotAnEntity { text: String::from("Monday") },
            Correction::Retype { name: String::from("Lima"), kind: Kind::Person },
            Correction::Merge { name: String::from("the ministry"), into: String::from("Ministry of Health") },
            Correction::Split { text: String::from("Gómez"), from: String::from("Ana Gómez") },
            Correction::Add { text: String::from("old quarry"), kind: Kind::Place },
        ],
    };
    let analysis = analyze_with(&[Input::new(&reports[0]), Input::new(&reports[1])], &corrections);
    assert_eq!(decode(&encode(&analysis)), Some(analysis.clone()));
    let mut all = analysis;
    all.corrections = corrections;
    assert_eq!(decode(&encode(&all)), Some(all));
}

#[test]
fn bytes_that_are_not_an_analysis_are_refused() {
    let analysis = &pairs()[0];
    let bytes = encode(analysis);
    assert!(bytes.starts_with(&MAGIC));
    // Every cut short, and anything after the end.
    for end in 0..bytes.len() {
        assert_eq!(decode(&bytes[..end]), None, "cut at {end}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(decode(&longer), None);
    // Another version of the form.
    let mut other = bytes.clone();
    other[3] = MAGIC[3] + 1;
    assert_eq!(decode(&other), None);
    assert_eq!(decode(b""), None);
}

#[test]
fn damaged_bytes_never_panic() {
    let bytes = encode(&pairs()[0]);
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..3000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let mut damaged = bytes.clone();
        let at = (state as usize) % damaged.len();
        damaged[at] = (state >> 32) as u8;
        // A huge count must not allocate for what is not there.
        if state & 3 == 0 && at + 4 <= damaged.len() {
            damaged[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        }
        if let Some(analysis) = decode(&damaged) {
            // What it reads is an analysis whose spans are well formed.
            for report in &analysis.reports {
                assert!(report.mentions.iter().all(|m| m.span.start <= m.span.end));
            }
        }
    }
}

#[test]
fn the_wire_form_is_smaller_than_json() {
    let analysis = &pairs()[0];
    assert!(encode(analysis).len() * 2 < parallax_formats::to_json(analysis).len());
}
