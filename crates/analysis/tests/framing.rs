//! Behaviour tests of the framing lens: loaded terms (one word or several,
//! longest first, never inside names or boilerplate), category and tone
//! counts, who is quoted at what length, and the share of attributed words,
//! on made-up texts with counts worked out by hand, and on the embedded pair.

use parallax_analysis::{Input, analyze, analyze_with};
use parallax_formats::brief;
use parallax_model::{Analysis, Correction, Corrections, Framing, FramingCategory, Report, Tone, Voice};

fn framing_of(text: &str) -> (Analysis, Framing) {
    let analysis = analyze(&[Input::new(text)]);
    let framing = analysis.reports[0].framing.clone();
    (analysis, framing)
}

/// The (term, count, texts of its spans) of each term, in order.
fn terms<'t>(text: &'t str, framing: &Framing) -> Vec<(String, usize, Vec<&'t str>)> {
    framing
        .terms
        .iter()
        .map(|t| (t.term.clone(), t.count, t.spans.iter().map(|s| &text[s.range()]).collect()))
        .collect()
}

#[test]
fn loaded_terms_are_counted_longest_first_outside_names_and_boilerplate() {
    // Each case: a text and its terms, most used first, then by term, with
    // the text of each occurrence.
    type Term = (&'static str, usize, &'static [&'static str]);
    let cases: &[(&str, &[Term])] = &[
        // A two-word hedge, a hyphenated word, and one term twice in any case.
        (
            "Critics say the so-called reform is a disaster. Chaos followed, and the chaos spread.",
            &[
                ("chaos", 2, &["Chaos", "chaos"]),
                ("critics say", 1, &["Critics say"]),
                ("disaster", 1, &["disaster"]),
                ("so-called", 1, &["so-called"]),
            ],
        ),
        // The longest term at a word wins: "it is said", not a shorter one.
        ("It is said that the plan failed.", &[("it is said", 1, &["It is said"])]),
        // A term inside the name of an organization is no framing.
        ("The International Crisis Group counted one crisis.", &[("crisis", 1, &["crisis"])]),
        // Site boilerplate after the article is not the report's wording.
        ("The storm passed quietly.\nShare this disaster story", &[]),
        // No loaded word at all.
        ("The council met on Tuesday and approved the budget.", &[]),
    ];
    for (text, expected) in cases {
        let (_, framing) = framing_of(text);
        let expected: Vec<(String, usize, Vec<&str>)> =
            expected.iter().map(|(term, n, spans)| (term.to_string(), *n, spans.to_vec())).collect();
        assert_eq!(terms(text, &framing), expected, "{text:?}");
    }
}

#[test]
fn categories_and_tones_sum_the_terms() {
    let text = "Critics say the so-called reform is a disaster. Chaos followed, and the chaos spread.";
    let (_, framing) = framing_of(text);
    // chaos ×2 and disaster: alarm, negative; "critics say": hedge, neutral;
    // "so-called": doubt, neutral.
    let categories: Vec<(FramingCategory, usize)> =
        FramingCategory::ALL.into_iter().map(|c| (c, framing.by_category.get(c))).collect();
    use FramingCategory::*;
    assert_eq!(categories, [(Alarm, 3), (Attack, 0), (Praise, 0), (Doubt, 1), (Intensity, 0), (Labels, 0), (Hedge, 1)]);
    let tones: Vec<(Tone, usize)> = Tone::ALL.into_iter().map(|t| (t, framing.by_tone.get(t))).collect();
    assert_eq!(tones, [(Tone::Negative, 3), (Tone::Positive, 0), (Tone::Neutral, 2)]);
    let chaos = &framing.terms[0];
    assert_eq!((chaos.category, chaos.tone), (Alarm, Tone::Negative));
}

#[test]
fn attributed_words_are_quoted_words_and_sentences_with_a_speech_verb() {
    // Sentence by sentence (words, attributed):
    //   "The dam will hold," the engineer said.   7 words, all (a speech verb), 4 quoted
    //   Water rose overnight.                      3 words, none
    //   According to residents, roads closed.      5 words, all ("according to")
    //   "Nobody came."                             2 words, both quoted
    let text = "\"The dam will hold,\" the engineer said. Water rose overnight. \
                According to residents, roads closed. \"Nobody came.\"";
    let (analysis, framing) = framing_of(text);
    assert_eq!(framing.total_words, 17);
    assert_eq!(framing.total_words, analysis.reports[0].word_count);
    assert_eq!(framing.quoted_words, 6);
    assert_eq!(framing.attributed_words, 7 + 5 + 2);
    assert!((framing.attributed_share - 14.0 / 17.0).abs() < 1e-12);
    // Nobody named speaks: both quotes are unattributed.
    let sources: Vec<_> = framing.sources.iter().map(|s| (s.speaker, s.quotes, s.words)).collect();
    assert_eq!(sources, [(None, 2, 6)]);
}

#[test]
fn sources_are_the_speakers_by_words_quoted() {
    // Kvasnik: one quote of 5 words. Vaarnamo: two quotes of 3 and 2 words,
    // the second by surname alone. Equal words: more quotes first.
    let text = "\"We will rebuild every school,\" said Teodora Kvasnik. \"Not this year,\" said Ilkka Vaarnamo. \
                \"Maybe never,\" Vaarnamo added. \"Who knows,\" a passer-by said.";
    let (analysis, framing) = framing_of(text);
    let report: &Report = &analysis.reports[0];
    let name = |id| report.entity(id).map(|e| e.name.as_str());
    let sources: Vec<(Option<&str>, usize, usize)> =
        framing.sources.iter().map(|s| (s.speaker.and_then(name), s.quotes, s.words)).collect();
    assert_eq!(sources, [(Some("Ilkka Vaarnamo"), 2, 5), (Some("Teodora Kvasnik"), 1, 5), (None, 1, 2)]);
    assert_eq!(framing.quoted_words, 12);
    // Every sentence has a speech verb: all of the report is attributed.
    assert_eq!(framing.attributed_words, framing.total_words);
    assert_eq!(framing.attributed_share, 1.0);
}

#[test]
fn an_empty_report_has_an_empty_framing() {
    let (_, framing) = framing_of("");
    assert_eq!(framing, Framing::default());
}

#[test]
fn the_embedded_pair_frames_the_story_differently() {
    let a = include_str!("../../../reports/000_3c10382c046089de.txt");
    let b = include_str!("../../../reports/003_9b3f9fb4060360a3.txt");
    let analysis = analyze(&[Input::new(a), Input::new(b)]);
    for (report, text) in analysis.reports.iter().zip([a, b]) {
        let framing = &report.framing;
        assert!(!framing.terms.is_empty(), "{}", report.title);
        assert!(framing.terms.windows(2).all(|w| (w[1].count, &w[0].term) <= (w[0].count, &w[1].term)));
        let counted: usize = framing.terms.iter().map(|t| t.count).sum();
        let by_category: usize = FramingCategory::ALL.into_iter().map(|c| framing.by_category.get(c)).sum();
        let by_tone: usize = Tone::ALL.into_iter().map(|t| framing.by_tone.get(t)).sum();
        assert_eq!((by_category, by_tone), (counted, counted));
        for term in &framing.terms {
            assert_eq!(term.spans.len(), term.count);
            for span in &term.spans {
                assert!(report.body.contains(*span));
                // A span's text folds to its term.
                assert_eq!(parallax_model::text::fold(&text[span.range()]), term.term);
            }
        }
        // Both reports quote the IMSS and carry a crisis.
        assert!(framing.terms.iter().any(|t| t.term == "crisis"));
        assert!(!framing.sources.is_empty());
        assert!(framing.sources.iter().all(|s| s.speaker.is_some()));
        let words: usize = framing.sources.iter().map(|s| s.words).sum();
        assert_eq!(words, framing.quoted_words);
        assert_eq!(framing.total_words, report.word_count);
        assert!(framing.quoted_words < framing.attributed_words && framing.attributed_words < framing.total_words);
        assert!(framing.attributed_share > 0.2 && framing.attributed_share < 0.8, "{}", framing.attributed_share);
    }
    // The JSON carries each report's framing.
    let json: serde_json::Value = serde_json::from_str(&parallax_formats::to_json(&analysis)).unwrap();
    let framing = &json["reports"][1]["framing"];
    assert!(framing["terms"][0]["term"].is_string() && framing["terms"][0]["spans"][0].is_array());
    assert!(framing["by_category"]["alarm"].as_u64().unwrap() >= 1);
    assert!(framing["by_tone"]["negative"].is_u64());
    assert!(framing["sources"][0]["speaker"].is_u64() && framing["sources"][0]["words"].is_u64());
    assert!(framing["attributed_share"].is_f64());
}

#[test]
fn the_brief_sets_both_reports_framing_side_by_side_and_lists_corrections() {
    let a = "Critics slammed the plan as a disaster. \"It will fail,\" said Ana Ruiz.";
    let b = "The landmark plan was praised by officials.";
    let corrections = Corrections { items: vec![Correction::NotAnEntity { text: String::from("Ana Ruiz") }] };
    let analysis = analyze_with(&[Input::new(a), Input::new(b)], &corrections);
    let brief = brief(&analysis);
    let framing = brief.split("## Framing").nth(1).expect("a framing section");
    assert!(framing.contains("| Voice |"), "{framing}");
    assert!(framing.contains("| Alarm | disaster | – |"), "{framing}");
    assert!(
        framing.contains("| Praise | – | landmark, praised |")
            || framing.contains("| Praise | – | praised, landmark |"),
        "{framing}"
    );
    assert!(!framing.contains("| Hedge |"), "categories neither report uses are left out");
    assert!(brief.contains("## Corrections applied\n\n- 'Ana Ruiz' is not an entity"), "{brief}");
}

/// The example the framing type's documentation gave before the model
/// moved to a crate of its own.
#[test]
fn loaded_terms_quotes_and_attribution_are_counted_as_documented() {
    let text = "Critics say the plan is a disaster. \"It will work,\" the mayor said. Rain fell.";
    let framing = &analyze(&[Input::new(text)]).reports[0].framing;
    let terms: Vec<&str> = framing.terms.iter().map(|t| t.term.as_str()).collect();
    assert_eq!(terms, ["critics say", "disaster"]);
    assert_eq!(framing.by_category.get(FramingCategory::Hedge), 1);
    // "It will work" is quoted; the sentences with "say" and "said" are
    // attributed (7 + 6 words); "Rain fell." is the outlet's own.
    assert_eq!((framing.quoted_words, framing.attributed_words, framing.total_words), (3, 13, 15));
}

/// The (term, voice) of each term, with the speaker's name for a quoted one.
fn voices(analysis: &Analysis) -> Vec<(String, String)> {
    let report = &analysis.reports[0];
    report
        .framing
        .terms
        .iter()
        .map(|t| {
            let voice = match t.voice {
                Voice::Own => String::from("own"),
                Voice::Quoted(None) => String::from("quoted, speaker unknown"),
                Voice::Quoted(Some(id)) => report.entity(id).map_or(String::from("?"), |e| e.name.clone()),
            };
            (t.term.clone(), voice)
        })
        .collect()
}

#[test]
fn a_loaded_word_in_a_direct_quote_counts_for_the_speaker_not_the_outlet() {
    let text = "The museum board voted to sell three paintings on Monday. \
                \"This sale is a disaster,\" said Hanne Lindqvist, who chairs the friends of the museum. \
                The board called the sale a bold step.";
    let (analysis, framing) = framing_of(text);
    assert_eq!(
        voices(&analysis),
        [("bold".into(), "own".into()), ("disaster".into(), "Hanne Lindqvist".into())],
        "{:?}",
        framing.terms
    );
    // Every voice counts in `by_category`; the outlet's own only in `own_by_category`.
    assert_eq!(framing.by_category.get(FramingCategory::Alarm), 1);
    assert_eq!(framing.own_by_category.get(FramingCategory::Alarm), 0);
    assert_eq!(framing.own_by_category.get(FramingCategory::Praise), 1);
    assert_eq!((framing.own_by_tone.get(Tone::Negative), framing.own_by_tone.get(Tone::Positive)), (0, 1));
    let loaded: Vec<(usize, usize)> = framing.sources.iter().map(|s| (s.quotes, s.loaded)).collect();
    assert_eq!(loaded, [(1, 1)]);
}

#[test]
fn quoted_words_go_to_the_speaker_or_to_no_one_over_paragraphs_and_single_marks() {
    // A quote over two paragraphs (the first left open, the next opening
    // again), its speaker named after its last part; a quote with no one
    // named; a headline quoting a word in single marks; and the same word
    // in the outlet's own voice, counted apart.
    let text = "Union calls pay offer 'a sham'\n\n\
                The shipyard offered a raise of two per cent on Friday.\n\n\
                \"We were promised talks, and we got a fiasco.\n\n\
                \"Nobody in that room listened to us,\" said Petra Kowalczyk, the union's negotiator.\n\n\
                \"It was chaos in there,\" one worker said.\n\n\
                The company said the talks ended in chaos.";
    let (analysis, framing) = framing_of(text);
    let mut got = voices(&analysis);
    got.sort();
    let expected: Vec<(String, String)> = [
        ("chaos", "own"),
        ("chaos", "quoted, speaker unknown"),
        ("fiasco", "Petra Kowalczyk"),
        ("sham", "quoted, speaker unknown"),
    ]
    .iter()
    .map(|(t, v)| (t.to_string(), v.to_string()))
    .collect();
    assert_eq!(got, expected, "{:?}", analysis.reports[0].quotes);
    assert_eq!(framing.by_category.get(FramingCategory::Alarm), 3);
    assert_eq!(framing.own_by_category.get(FramingCategory::Alarm), 1);
    let quoted: usize = framing.terms.iter().filter(|t| t.voice != Voice::Own).map(|t| t.count).sum();
    assert_eq!(framing.sources.iter().map(|s| s.loaded).sum::<usize>(), quoted);
}

#[test]
fn titles_roles_and_names_are_not_loaded_language() {
    // Each text holds a listed word only as part of a job, a body or a name.
    const NAMES: &[&str] = &[
        "The city's crisis manager, Ole Brandt, opened the depot.",
        "A crisis team met the emergency officer at noon.",
        "Grants come from the Disaster Relief Fund each spring.",
        "Analysts at Crisis Group wrote the note.",
        "Nurses at the Emergency Department voted.",
        "They met at the Chaos Theory bar on Elm Street.",
        "The council hired a disaster management consultant.",
        "Chaos Theory, the bar, opened at six.",
        // A word in its neutral sense, inside a longer phrase.
        "The new tax regime starts in May, the defending champion said.",
    ];
    for text in NAMES {
        let (_, framing) = framing_of(text);
        assert!(framing.terms.is_empty(), "{text:?}: {:?}", framing.terms);
    }
    // The same words loaded: not before a role, not capitalised as a name;
    // adjectives before a role's head word stay loaded, and so does a
    // label before "officials"; a title-case headline counts its words.
    const LOADED: &[(&str, &[&str])] = &[
        ("The crisis deepened as managers left.", &["crisis"]),
        ("It was a chaotic response to a disaster.", &["chaotic", "disaster"]),
        ("Regime officials denied it.", &["regime"]),
        ("Minister Slams Critics Over Fiasco", &["fiasco", "slams"]),
        ("\"Chaos reigns,\" she said.", &["chaos"]),
    ];
    for (text, expected) in LOADED {
        let (_, framing) = framing_of(text);
        let mut terms: Vec<&str> = framing.terms.iter().map(|t| t.term.as_str()).collect();
        terms.sort();
        assert_eq!(terms, *expected, "{text:?}");
    }
}

#[test]
fn slanted_verbs_and_labels_of_news_language_are_counted() {
    // (text, term, category, tone)
    const CASES: &[(&str, &str, FramingCategory, Tone)] = &[
        ("Opponents slammed the bill.", "slammed", FramingCategory::Attack, Tone::Negative),
        ("The mayor bragged about the budget.", "bragged", FramingCategory::Doubt, Tone::Negative),
        ("He boasted of a record year.", "boasted", FramingCategory::Doubt, Tone::Negative),
        ("Shops were looted overnight.", "looted", FramingCategory::Alarm, Tone::Negative),
        ("A rampage through the market followed.", "rampage", FramingCategory::Alarm, Tone::Negative),
        ("Far-right groups marched.", "far-right", FramingCategory::Labels, Tone::Negative),
        ("The far right gained seats.", "far right", FramingCategory::Labels, Tone::Negative),
        ("The junta closed the border.", "junta", FramingCategory::Labels, Tone::Negative),
        ("The so-called plan was delayed.", "so-called", FramingCategory::Doubt, Tone::Neutral),
        ("The ruling was disgraceful.", "disgraceful", FramingCategory::Attack, Tone::Negative),
    ];
    for (text, term, category, tone) in CASES {
        let (_, framing) = framing_of(text);
        let found: Vec<(&str, FramingCategory, Tone, Voice)> =
            framing.terms.iter().map(|t| (t.term.as_str(), t.category, t.tone, t.voice)).collect();
        assert_eq!(found, [(*term, *category, *tone, Voice::Own)], "{text:?}");
    }
}

#[test]
fn a_report_with_no_quotes_counts_every_word_as_its_own() {
    let text = "Critics say the so-called reform is a disaster. Chaos followed, and the chaos spread.";
    let (_, framing) = framing_of(text);
    assert!(framing.sources.is_empty());
    assert!(framing.terms.iter().all(|t| t.voice == Voice::Own));
    assert_eq!(framing.own_by_category, framing.by_category);
    assert_eq!(framing.own_by_tone, framing.by_tone);
}
