//! Tests of cutting a report into paragraphs, tokens and sentences.

use super::*;

#[test]
fn halves_cut_a_report_as_one_pass_does() {
    let text = halves::tests::long_report();
    let whole = prepare(&text);
    let paragraphs = &whole.paragraphs;
    let words = |cut: &Cut<'_>| -> Vec<String> {
        let folded = &cut.folded.folded;
        (0..cut.tokens.len()).map(|i| format!("{}#{:?}", folded.get(i), folded.word_of(i))).collect()
    };
    let one = Cut::of(&text, paragraphs);
    assert_eq!((&one.tokens, &one.sentences), (&whole.tokens, &whole.sentences));
    for middle in (0..paragraphs.len()).step_by(3).chain([paragraphs.len()]) {
        let cut = |some: Range<usize>| Cut::of(&text, &paragraphs[some]);
        let halves = halves::in_halves(paragraphs.len(), middle, cut, Cut::join);
        assert_eq!(halves.tokens, one.tokens, "cut before paragraph {middle}");
        assert_eq!(halves.sentences, one.sentences, "cut before paragraph {middle}");
        assert_eq!(words(&halves), words(&one), "cut before paragraph {middle}");
        assert_eq!(halves.folded.folded.words, one.folded.folded.words, "cut before paragraph {middle}");
    }
}

#[test]
fn a_body_is_cut_at_the_limit_on_a_char_boundary() {
    let text = "ab€cd";
    assert_eq!(cut_at(text, Span::new(0, 7), 100), Span::new(0, 7));
    assert_eq!(cut_at(text, Span::new(0, 7), 4), Span::new(0, 2));
    assert_eq!(cut_at(text, Span::new(3, 7), 2), Span::new(2, 2));
    assert_eq!(Token::new(Span::new(5, 9), Shape::Lower, true).span(), Span::new(5, 9));
}

fn words(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    tokenize(text, Span::new(0, text.len()), &mut tokens);
    tokens.iter().map(|t| t.text(text)).collect()
}

const GLUE_CASES: &[(&str, &[&str])] = &[
    // A number glued to the word before it.
    ("noted that768 Cuban doctors", &["noted", "that", "768", "Cuban", "doctors"]),
    // A function word glued to an acronym.
    ("said theIMSS.", &["said", "the", "IMSS", "."]),
    // A comma with no space after it.
    ("Cuba,José Ángel", &["Cuba", ",", "José", "Ángel"]),
    // Capitals glued to a capitalised word.
    ("COMMENTFiled in:", &["COMMENT", "Filed", "in", ":"]),
    // A quote glued to the speech verb.
    ("specialists\"said", &["specialists", "\"", "said"]),
    // Names with inner capitals are not split.
    ("McDonald and DiCaprio use an iPhone", &["McDonald", "and", "DiCaprio", "use", "an", "iPhone"]),
    // A capitalised article glued to a name.
    ("TheWorld Health Organization", &["The", "World", "Health", "Organization"]),
    // Hyphens and apostrophes inside words; initialisms keep their periods.
    ("Díaz-Canel's U.S. trip", &["Díaz-Canel's", "U.S.", "trip"]),
    ("Banco de México S.A. grew", &["Banco", "de", "México", "S.A.", "grew"]),
    // Capitals and digits make one name.
    ("the G20 and X90 chips", &["the", "G20", "and", "X90", "chips"]),
    // Separators in numbers, ordinals, money.
    ("$4,250,000 on the 21st, 3.5%", &["$", "4,250,000", "on", "the", "21st", ",", "3.5", "%"]),
    // A number and a hyphenated word.
    ("COVID-19 hit 45-year-old", &["COVID", "-", "19", "hit", "45", "-", "year-old"]),
];

#[test]
fn glued_words_split_at_visible_seams() {
    for (input, expected) in GLUE_CASES {
        assert_eq!(&words(input), expected, "input: {input}");
    }
}

#[test]
fn fold_ignores_accents_and_case() {
    assert_eq!(fold("Díaz-Canel"), "diaz-canel");
    assert_eq!(fold("DIAZ-CANEL"), "diaz-canel");
    assert_eq!(fold("Exploración"), "exploracion");
    assert_eq!(fold("São Paulo"), "sao paulo");
    assert_eq!(fold("Cuba’s"), "cuba's");
    // Combining accents (decomposed text) fold like precomposed ones.
    assert_eq!(fold("Jose\u{301}"), "jose");
}

#[test]
fn every_token_has_its_own_folded_form() {
    // Spellings of every length around the 7, 8 and 16 bytes where the
    // builder's caches change, repeated and in different cases.
    let text = "Gov Govern Governme Government GOVERNMENT government Governments \
                spokesperson spokespersons Spokespersonship spokespersonships \
                Díaz-Canel’s Díaz-Canel’s Exploración exploracion Government";
    let mut tokens = Vec::new();
    tokenize(text, Span::new(0, text.len()), &mut tokens);
    let folded = Folded::new(text, &tokens);
    for (i, token) in tokens.iter().enumerate() {
        assert_eq!(folded.get(i), fold(token.text(text)), "token {:?}", token.text(text));
    }
    let words: std::collections::HashSet<&str> = tokens.iter().map(|t| t.text(text)).collect();
    assert_eq!(folded.word_count(), words.len());
}

#[test]
fn trailing_site_text_is_set_aside() {
    let text = "The minister spoke.\nShe left.\nWhat do you think?\nCOMMENTFiled in:";
    let prep = prepare(text);
    assert_eq!(prep.body.slice(text), "The minister spoke.\nShe left.\n");
    assert_eq!(prep.boilerplate.len(), 1);
    assert_eq!(prep.boilerplate[0].slice(text), "What do you think?\nCOMMENTFiled in:");
    assert_eq!(prep.paragraphs.len(), 2);
}

#[test]
fn a_paywall_and_its_list_of_offers_are_site_text() {
    let text = "The board agreed the deal on Monday.\nShareholders will own 19% of the group, which...\n\
                To continue reading this article...\nJoin The Ledger for free\n\
                - Unlimited access to news, analysis and opinion from the harbour, including the markets hub and the weekly shipping digest\n\
                - Get ahead of changes in the port\n\
                - Breaking stories delivered straight to your inbox each day\n\
                - Weekly members-only newsletter\n\
                - Be the first to hear about our events";
    let prep = prepare(text);
    assert_eq!(prep.body.slice(text), "The board agreed the deal on Monday.\nShareholders will own 19% of the group, which...\n");
}

#[test]
fn a_glued_menu_and_a_reading_time_are_site_text() {
    let text = "date 2015-04-08 MarketsWorld NewsBusinessTech SportsCulture\nBoard backs harbour deal\n1 Min Read\n\
                April 8, 2015 / 6:14 AM / 2 years ago\nThe board agreed the deal on Monday.";
    let prep = prepare(text);
    let paragraphs: Vec<&str> = prep.paragraphs.iter().map(|p| p.slice(text)).collect();
    assert_eq!(paragraphs, ["Board backs harbour deal", "The board agreed the deal on Monday."]);
    assert_eq!(headline(text, &prep), "Board backs harbour deal");
}

#[test]
fn text_without_site_text_is_all_body() {
    let text = "The minister spoke.\nShe said what do you think of it, at length.";
    let prep = prepare(text);
    assert_eq!(prep.body, Span::new(0, text.len()));
    assert!(prep.boilerplate.is_empty());
}

#[test]
fn sentences_respect_abbreviations_and_quotes() {
    let text = "Dr. Smith met Mr. J. K. Jones in the U.S. on Monday. \"It went well.\" He left.";
    let prep = prepare(text);
    let sentences: Vec<&str> = prep.sentences.iter().map(|s| s.span.slice(text)).collect();
    assert_eq!(sentences, ["Dr. Smith met Mr. J. K. Jones in the U.S. on Monday.", "\"It went well.\"", "He left."]);
    // A period glued to the number after it ends nothing.
    let text = "It fined them Rs.50 lakh each. They appealed.";
    let prep = prepare(text);
    let sentences: Vec<&str> = prep.sentences.iter().map(|s| s.span.slice(text)).collect();
    assert_eq!(sentences, ["It fined them Rs.50 lakh each.", "They appealed."]);
}

#[test]
fn sentence_cursor_agrees_with_sentence_at() {
    let text = "One. Two words here. Three!\n\nFour? \"Five.\" Six";
    let prep = prepare(text);
    let mut cursor = SentenceCursor::new(&prep);
    // In order, repeated, then backwards and past the end.
    let offsets = (0..=text.len() + 2).chain([30, 30, 3, 0, 44, 12]);
    for offset in offsets {
        assert_eq!(cursor.sentence_at(offset), prep.sentence_at(offset), "offset {offset}");
    }
    let empty = prepare("");
    assert_eq!(SentenceCursor::new(&empty).sentence_at(5), 0);
}

#[test]
fn headline_prefers_a_short_first_line() {
    let text = "Doctors arrive in Mexico\nThe first group landed on Friday. More follow.";
    let prep = prepare(text);
    assert_eq!(headline(text, &prep), "Doctors arrive in Mexico");
    let text = "The first group landed on Friday. More follow.";
    assert_eq!(headline(text, &prepare(text)), "The first group landed on Friday.");
    // Nor is the site's own line over it.
    let text = "Ledger.com« Back to articlePrint this article\nCity go top after late win";
    assert_eq!(headline(text, &prepare(text)), "City go top after late win");
    // A headline with such a word stays the title.
    let text = "Minister declines to comment\nThe minister said nothing on Monday.";
    assert_eq!(headline(text, &prepare(text)), "Minister declines to comment");
    // Nor is a line that leads into what follows.
    let text = "Updated at 8:05 p.m. Sunday (will update):\nFive wildfires are burning in the valley, and crews are gaining on all of them.";
    assert_eq!(headline(text, &prepare(text)), "Five wildfires are burning in the valley, and crews are gaining on all of them.");
    // Nor is a byline over the report.
    let text = "By Ana Ruiz\nMADRID (Reuters) - The bank raised its rate to 5% on Friday.";
    assert_eq!(headline(text, &prepare(text)), "MADRID (Reuters) - The bank raised its rate to 5% on Friday.");
    // A photo's one-word label over its caption is not the title.
    let text = "RESCUE. Coast guard crews pull passengers from the water off the island of Veska on Thursday.";
    assert_eq!(headline(text, &prepare(text)), "Coast guard crews pull passengers from the water off the island of Veska on Thursday.");
}

#[test]
fn empty_and_odd_input_prepare_without_panic() {
    for text in ["", " ", "\n\n", "\u{0}\u{0}", "é", "1,", "U.", "a-", "\"", "’s"] {
        let prep = prepare(text);
        for token in &prep.tokens {
            assert!(text.is_char_boundary(token.span().start));
            assert!(text.is_char_boundary(token.span().end));
            assert!(!token.span().is_empty());
        }
    }
}

#[test]
fn site_text_inside_the_body_is_set_aside() {
    // Lines: a lone dated headline, a stamp opening a line, a stamp alone,
    // a credit, a list of dated links, a byline closed by a stamp.
    let text = "Dock strike ends - November 5, 2024\n\
                date 2024-11-05 HARBOUR CITY (AP) — Dock workers voted.\n\
                Updated: 5 November 2024, 10:01PM\n\
                Photo by: Wire Agency\n\
                Five tips for runners - November 6, 2020\n\
                -\n\
                Why the harbour froze - February 14, 2019\n\
                They return on Monday.\n\
                Ana Ruiz, Harbour City Published 5.11.24, 9:40 AM";
    let prep = prepare(text);
    let paragraphs: Vec<&str> = prep.paragraphs.iter().map(|p| p.slice(text)).collect();
    assert_eq!(
        paragraphs,
        [
            "Dock strike ends - November 5, 2024",
            "HARBOUR CITY (AP) — Dock workers voted.",
            "-",
            "They return on Monday.",
            "Ana Ruiz, Harbour City"
        ]
    );
    let boilerplate: Vec<&str> = prep.boilerplate.iter().map(|b| b.slice(text)).collect();
    assert_eq!(
        boilerplate,
        [
            "date 2024-11-05",
            "Updated: 5 November 2024, 10:01PM",
            "Photo by: Wire Agency",
            "Five tips for runners - November 6, 2020",
            "Why the harbour froze - February 14, 2019",
            "Published 5.11.24, 9:40 AM"
        ]
    );
}
