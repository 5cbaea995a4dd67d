use proptest::prelude::*;

use super::*;

fn found<'t>(text: &'t str, pattern: &str) -> Vec<&'t str> {
    let hits = search(text, pattern).unwrap_or_else(|error| panic!("{pattern}: {error}"));
    hits.spans.iter().map(|s| &text[s.range()]).collect()
}

/// The spans' invariants: sorted, non-overlapping, non-empty, on char
/// boundaries of `text`.
fn assert_valid(text: &str, hits: &Hits) {
    for span in &hits.spans {
        assert!(span.start < span.end, "{span:?} is empty in {text:?}");
        assert!(text.get(span.range()).is_some(), "{span:?} is off a char boundary of {text:?}");
    }
    for pair in hits.spans.windows(2) {
        assert!(pair[0].end <= pair[1].start, "{pair:?} overlap in {text:?}");
    }
}

const REPORT: &str = "Health minister Ana Díaz said 1,200 nurses and 35 doctors had left. \
    “We lost a million hours,” Díaz told reporters, according to the ministry. \
    Millions more were spent; DIAZ said nothing of 3 nurses.";

/// (pattern, the hits it finds in REPORT): what people who check facts type.
const CASES: &[(&str, &[&str])] = &[
    // Counts of people, with thousands separators.
    (r"\d[\d,]* (nurses|doctors)", &["1,200 nurses", "35 doctors", "3 nurses"]),
    // Attribution verbs, any case.
    ("(said|told|according to)", &["said", "told", "according to", "said"]),
    // Whole words only: "Millions" is not "million".
    (r"\bmillion\b", &["million"]),
    // Accents and case ignored in the text...
    ("diaz", &["Díaz", "Díaz", "DIAZ"]),
    // ...and in the pattern's own letters.
    ("DÍAZ (said|told)", &["Díaz said", "Díaz told", "DIAZ said"]),
    // Upper-case escapes keep their meaning: the pattern is not lower-cased.
    (r"\d\D\d", &["1,2"]),
    (r"m\w+ \S+", &["minister Ana", "million hours,”", "Millions more"]),
];

#[test]
fn finds_what_fact_checkers_look_for() {
    for (pattern, expected) in CASES {
        assert_eq!(&found(REPORT, pattern), expected, "{pattern}");
    }
}

#[test]
fn combining_marks_belong_to_the_letter_before_them() {
    let text = "Jose\u{301} met José and Nguyê\u{303}n.";
    assert_eq!(found(text, "jose"), ["Jose\u{301}", "José"]);
    // A hit starting after a mark does not take it.
    assert_eq!(found(text, r"\s\w+\."), [" Nguyê\u{303}n."]);
    // A mark inside a hit stays in it.
    assert_eq!(found(text, "e met"), ["e\u{301} met"]);
}

#[test]
fn characters_that_fold_to_more_or_less_map_back_whole() {
    // "İ" folds to "i", "é" to "e": both shorter than themselves.
    assert_eq!(found("İstanbul, Évora", r"i\w+|e\w+"), ["İstanbul", "Évora"]);
    // A match inside what one character folds to covers the character.
    for text in ["straße", "ﬁnal", "Ǆemal", "🎉 é 🎉", "e\u{301}\u{301}x"] {
        for pattern in ["s", "i", ".", r"\w", "e", "x"] {
            let hits = search(text, pattern).expect("valid");
            assert_valid(text, &hits);
        }
    }
}

#[test]
fn invalid_patterns_say_where_the_error_is() {
    let Err(PatternError::Invalid(message)) = Pattern::new("(said") else { panic!("(said is not valid") };
    assert!(message.contains("unclosed group"), "{message}");
    assert!(message.contains("(said") && message.contains('^'), "the caret points at the error: {message}");
    assert!(matches!(Pattern::new("[z-a]"), Err(PatternError::Invalid(_))));
    assert_eq!(Pattern::new(&"a".repeat(MAX_PATTERN_BYTES + 1)).unwrap_err(), PatternError::TooLong);
    // A pattern built to take the worker's memory is refused, not run.
    assert!(matches!(Pattern::new(r"\w{1000}\w{1000}\w{1000}"), Err(PatternError::Invalid(_))));
}

#[test]
fn patterns_that_only_match_empty_text_are_told_apart() {
    for pattern in ["", "^", "$", r"\b", "a{0}", "(?:)"] {
        assert_eq!(Pattern::new(pattern).unwrap_err(), PatternError::OnlyEmpty, "{pattern:?}");
    }
    // A pattern that may match empty text still finds its non-empty hits.
    assert_eq!(found("a baa", "a*"), ["a", "aa"]);
}

#[test]
fn a_catastrophic_pattern_for_backtracking_answers_in_one_pass() {
    let text = "a".repeat(200_000) + "b";
    assert_eq!(search(&text, "(a+)+$").expect("valid"), Hits::default());
    assert_eq!(search(&text, "(a|aa)+b").expect("valid").spans, [Span::new(0, text.len())]);
}

#[test]
fn hits_stop_at_the_cap_and_say_there_are_more() {
    let text = "a ".repeat(MAX_HITS + 5);
    let hits = search(&text, "a").expect("valid");
    assert_eq!((hits.spans.len(), hits.more), (MAX_HITS, true));
    let hits = search(&text[..2 * MAX_HITS], "a").expect("valid");
    assert_eq!((hits.spans.len(), hits.more), (MAX_HITS, false));
}

proptest! {
    #[test]
    fn spans_are_valid_for_any_text(text in "[a-zA-Z0-9 ,.éÉßİıﬁǄ\u{301}\u{303}🎉’-]{0,40}", pattern in prop::sample::select(vec![
        "a", "e", "s", "i", ".", r"\w+", r"\W", r"\S+", r"\d[\d,]*", "(?-i)E", "[ée]", "é", "ss", "fi", r"\b\w", "'",
    ])) {
        let hits = search(&text, pattern).expect("valid");
        assert_valid(&text, &hits);
    }
}
