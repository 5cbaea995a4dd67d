//! Property tests: the core is total on any text, and every span it returns
//! is a valid, char-aligned slice of the text it was computed for.
//!
//! The strategies mix arbitrary Unicode with the things that tend to break
//! a text pipeline: combining marks, emoji and their joiners, right-to-left
//! scripts, NULs and control characters, characters whose case mapping
//! changes their length ("İ", "ß", "K"), very long lines, text with no
//! whitespace, walls of straight and curly quote marks, digits with every
//! kind of separator, capitalised word soup, and news-like sentences built
//! from a small vocabulary with junk mixed in.
//!
//! Each test runs `CASES` cases (256 by default; set `PROPTEST_CASES` to
//! run more, e.g. `PROPTEST_CASES=10000 cargo test --release -p
//! parallax-analysis --test properties`).
//!
//! Findings (a panic or a broken invariant) are kept at the end of this file
//! as minimal regression cases: marked `#[ignore = "finding: …"]` until the
//! core is fixed, then kept, without the `ignore`, so the fix stays fixed.

use parallax_analysis::{Input, analyze, headline};
use parallax_formats::brief;
use parallax_formats::import::{Format, import};
use parallax_model::{Analysis, Report, Span, marked, paragraphs};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Cases per property, unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 256;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(CASES);
    ProptestConfig {
        // Shrinking a long text can take many steps; keep it bounded.
        max_shrink_iters: 4096,
        // Findings are kept as named regression tests below, not in a
        // `.proptest-regressions` file.
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

// ---------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------
//
// Generating text char by char through proptest's combinators is slow in a
// debug build (tens of microseconds a char), so the strategies draw plain
// integers, which are cheap to generate and shrink towards 0, and expand
// them into text with a small deterministic generator. Shrinking still
// works: a shorter vector is a shorter text, and an integer shrunk to 0
// picks the simplest option (plain ASCII, the first vocabulary word).

/// Expands a seed into a stream of choices. The first draw is the seed
/// itself, so a seed of 0 picks the first option of the first choice.
struct Mix(u64);

impl Mix {
    fn new(seed: u32) -> Mix {
        Mix(u64::from(seed))
    }

    fn next(&mut self) -> u64 {
        let out = self.0;
        // splitmix64
        let mut z = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        self.0 = z;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        self.0 ^= z ^ (z >> 31);
        out
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn char_of(&mut self, set: &str) -> char {
        let n = set.chars().count();
        set.chars().nth(self.below(n)).unwrap_or('?')
    }

    fn chars_of(&mut self, set: &str, lo: usize, hi: usize) -> String {
        let n = self.between(lo, hi);
        (0..n).map(|_| self.char_of(set)).collect()
    }
}

/// Straight, curly, angle and CJK quote marks, and the apostrophe-likes.
const QUOTE_MARKS: &str = "\"'“”‘’«»„‟‚‹›「」『』〝〞＂ʼ′″`´";

/// Digits of several scripts and every separator a number may carry.
const DIGITS_AND_SEPARATORS: &str =
    "0123456789,.'’ \u{a0}\u{202f}\u{2009}_-–—/:%$€£¥₹٫٬٠١٢٣٤٥٦٧٨٩０１２３４５６７８９²³½¼⅓";

/// Whitespace and line breaks, Unicode ones included.
const SPACES: &str =
    " \n\r\t\u{b}\u{c}\u{85}\u{a0}\u{1680}\u{2000}\u{2007}\u{200b}\u{2028}\u{2029}\u{202f}\u{3000}\u{feff}";

/// Characters whose upper or lower case has another length in UTF-8, and
/// other letters that trip case folding.
const CASE_HAZARDS: &str = "İıßẞﬁﬂﬃŉǰΐΰΣσςKÅΩǅǈǋⅫⓐＡａ";

const ASCII: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?()[]-—–&@#*/\\|<> ";

/// Where a junk character comes from, and how often (out of 256).
enum Class {
    Set(&'static str),
    Range(u32, u32),
    Any,
}

const CLASSES: &[(u8, Class)] = &[
    (36, Class::Set(ASCII)),
    (24, Class::Any),
    (16, Class::Range(0x0300, 0x036F)),   // combining diacritics
    (6, Class::Range(0x1AB0, 0x1AFF)),    // combining, extended
    (6, Class::Range(0x20D0, 0x20FF)),    // combining for symbols
    (14, Class::Range(0x1F300, 0x1FAFF)), // emoji
    (8, Class::Set("\u{200d}\u{fe0f}\u{1f3fb}\u{1f1e6}\u{1f1fa}\u{e0067}\u{e007f}")), // ZWJ, VS16, skin tone, flags, tags
    (14, Class::Range(0x0590, 0x05FF)),                                               // Hebrew
    (14, Class::Range(0x0600, 0x06FF)),                                               // Arabic
    (6, Class::Set("\u{200e}\u{200f}\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2069}")), // bidi controls
    (12, Class::Range(0x0000, 0x001F)), // C0 controls, NUL included
    (6, Class::Range(0x007F, 0x009F)),  // DEL and C1 controls
    (18, Class::Set(QUOTE_MARKS)),
    (18, Class::Set(DIGITS_AND_SEPARATORS)),
    (18, Class::Set(SPACES)),
    (14, Class::Set(CASE_HAZARDS)),
    (6, Class::Range(0x4E00, 0x4FFF)), // CJK
    (4, Class::Range(0xE000, 0xE0FF)), // private use
    (4, Class::Set("\u{fffd}\u{fffe}\u{ffff}\u{10ffff}\u{e000}")),
    (4, Class::Range(0x10000, 0x10FFFF)), // astral planes, mostly unassigned
];

/// The junk character that `(class, value)` picks, weighted by `CLASSES`.
fn junk_char(class: u8, value: u32) -> char {
    let mut left = usize::from(class) * CLASSES.iter().map(|(w, _)| usize::from(*w)).sum::<usize>() / 256;
    for (weight, kind) in CLASSES {
        if left < usize::from(*weight) {
            return match kind {
                Class::Set(set) => Mix::new(value).char_of(set),
                Class::Range(lo, hi) => char::from_u32(lo + value % (hi - lo + 1)).unwrap_or('\u{fffd}'),
                Class::Any => char::from_u32(value % 0x11_0000).unwrap_or('\u{fffd}'),
            };
        }
        left -= usize::from(*weight);
    }
    '?'
}

fn junk_chars(max: usize) -> BoxedStrategy<String> {
    proptest::collection::vec(any::<(u8, u32)>(), 0..max)
        .prop_map(|v| v.into_iter().map(|(c, x)| junk_char(c, x)).collect())
        .boxed()
}

/// Words a news report is made of: function words, names, titles, org and
/// place heads, cues, months, figures, units, qualifiers and punctuation.
const VOCABULARY: &[&str] = &[
    "the", "of", "of the", "in", "on", "at", "and", "a", "to", "from", "by", "with", "for", "that", "said", "told",
    "according to", "announced", "denied", "added", "was", "were", "has", "had", "President", "Minister", "Dr.", "Mr.",
    "Mrs.", "Ambassador", "Gen.", "Sen.", "St.", "Prof.", "Ana", "Gómez", "María", "de los", "von der", "Leyen",
    "Jean-Pierre", "O'Brien", "Díaz-Canel", "al-Assad", "bin", "Muhammad", "Kvasnik", "İstanbul", "Ærøskøbing", "Łódź",
    "Zoë", "World Health Organization", "(WHO)", "United Nations", "(UN)", "Ministry of Health",
    "National Electoral Institute", "(INE)", "Banco de México S.A.", "Acme Holdings Ltd", "U.S.", "U.K.", "E.U.",
    "NATO", "IMSS", "theIMSS", "COMMENTFiled in:", "Lima", "Cuba", "Havana", "São Paulo", "Rio Grande do Sul", "Gaza",
    "Kyiv", "Mexico City", "North", "Province", "Island", "River", "Cuban", "Peruvian", "Monday", "Friday", "January",
    "Jan.", "March 3", "2024", "1999", "last week", "yesterday", "10:30 a.m.", "3 p.m.", "on Tuesday", "in May 2023",
    "40", "1,200", "4.2", "$4.2 billion", "€3m", "12 percent", "12%", "3.5 km", "40 nurses", "about", "more than",
    "up to", "nearly", "between", "and", "to", "a month", "per year", "yearly", "million", "billion", "thousand",
    "dozens", "half", "two", "twenty-five", "1.5-2", "10–12", "doctors", "people", "troops", "tonnes", "kg", "miles",
    "dollars", "pesos", ".", ".", ".", ",", ",", ";", ":", "?", "!", "...", "…", "—", "–", "-", "(", ")", "[", "]",
    "\"", "\"", "“", "”", "‘", "’", "'", "«", "»", "\n", "\n\n", "\r\n", "\t", "Advertisement", "Read more",
    "Share this article", "Filed in", "All rights reserved", "© 2024", "Leave a comment", "Follow us", "Subscribe",
    "Related",
];

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";

/// A capitalised word: ASCII, accented, or with a case hazard up front.
fn capitalised_word(m: &mut Mix) -> String {
    match m.below(6) {
        0 => m.chars_of(UPPER, 1, 1) + &m.chars_of(LOWER, 0, 9),
        1 => m.chars_of(UPPER, 2, 6),
        2 => m.chars_of("ÁÉÍÓÚÑÇÅØÆŁŚŻİ", 1, 1) + &m.chars_of("abcdefgáéíóúñçåøæłśżı", 1, 8),
        3 => m.chars_of("İẞǅΣ", 1, 1) + &m.chars_of("abcdeßı", 0, 6),
        4 => format!(
            "{}{}-{}{}",
            m.chars_of(UPPER, 1, 1),
            m.chars_of(LOWER, 1, 6),
            m.chars_of(UPPER, 1, 1),
            m.chars_of(LOWER, 1, 6)
        ),
        _ => (0..m.between(1, 4)).map(|_| format!("{}.", m.char_of(UPPER))).collect(),
    }
}

fn grouped(m: &mut Mix, separator: &str) -> String {
    let mut out = m.chars_of(DIGITS, 1, 3);
    for _ in 0..m.between(1, 4) {
        out.push_str(separator);
        out.push_str(&m.chars_of(DIGITS, 3, 3));
    }
    out
}

/// A number with separators, decimals, signs, scales, currency or percent.
fn number(m: &mut Mix) -> String {
    match m.below(11) {
        0 => m.chars_of(DIGITS, 1, 4),
        1 => {
            let whole = grouped(m, ",");
            if m.below(2) == 0 { whole } else { format!("{whole}.{}", m.chars_of(DIGITS, 1, 3)) }
        }
        2 => {
            let whole = grouped(m, ".");
            if m.below(2) == 0 { whole } else { format!("{whole},{}", m.chars_of(DIGITS, 1, 2)) }
        }
        3 => {
            let sep = m.char_of(" \u{a0}\u{202f}'’_").to_string();
            grouped(m, &sep)
        }
        4 => format!(
            "{}{}{}{}",
            m.chars_of("$€£¥", 0, 1),
            m.chars_of(DIGITS, 1, 3),
            if m.below(2) == 0 { String::new() } else { format!(".{}", m.char_of(DIGITS)) },
            m.pick(&["", " million", " billion", "bn", "m", "k", " trillion", " thousand"])
        ),
        5 => format!("{}{}", m.chars_of(DIGITS, 1, 3), m.pick(&["%", " percent", " per cent", "pc", " %"])),
        6 => format!("{}{}{}", m.chars_of(DIGITS, 1, 4), m.char_of("-–—"), m.chars_of(DIGITS, 1, 4)),
        7 => m.chars_of(DIGITS, 25, 60),
        8 => m.chars_of("0123456789,.", 1, 12),
        9 => m.chars_of("٠١٢٣٤٥٦٧٨٩٫٬", 1, 6),
        _ => m.chars_of("０１２３４５６７８９", 1, 6),
    }
}

/// A run of quote marks, straight and curly, maybe around a few words.
fn quote_run(m: &mut Mix) -> String {
    match m.below(2) {
        0 => m.chars_of(QUOTE_MARKS, 1, 12),
        _ => format!("{}{}{}", m.char_of("“\"«‘'"), m.chars_of("abcdefgh ", 0, 20), m.char_of("”\"»’'")),
    }
}

/// One word of text: mostly vocabulary, with names, numbers, quote marks
/// and junk mixed in.
fn token(kind: u8, seed: u32) -> String {
    let mut m = Mix::new(seed);
    match kind % 15 {
        0..=5 => m.pick(VOCABULARY).to_string(),
        6..=8 => capitalised_word(&mut m),
        9 | 10 => number(&mut m),
        11 | 12 => quote_run(&mut m),
        _ => (0..m.between(1, 5)).map(|_| junk_char(m.next() as u8, m.next() as u32)).collect(),
    }
}

/// What follows a token: mostly a space.
fn separator(kind: u8, seed: u32) -> String {
    match kind % 13 {
        0..=7 => " ".to_string(),
        8 | 9 => String::new(),
        10 => "\n".to_string(),
        11 => "\n\n".to_string(),
        _ => Mix::new(seed).char_of(SPACES).to_string(),
    }
}

type Piece = (u8, u32, u8);

fn piece((kind, seed, sep): Piece) -> String {
    token(kind, seed) + &separator(sep, seed)
}

/// News-like text from the vocabulary, mixed with junk.
fn newsish() -> BoxedStrategy<String> {
    proptest::collection::vec(any::<Piece>(), 0..120).prop_map(|v| v.into_iter().map(piece).collect()).boxed()
}

/// Arbitrary Unicode weighted towards the hazard classes.
fn unicode_soup() -> BoxedStrategy<String> {
    junk_chars(400)
}

/// Text with no whitespace at all.
fn no_whitespace() -> BoxedStrategy<String> {
    junk_chars(1500).prop_map(|s| s.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect()).boxed()
}

/// One very long line (up to ~8 KB): a short unit repeated, with no line
/// break.
fn long_line() -> BoxedStrategy<String> {
    (proptest::collection::vec(any::<Piece>(), 1..10), 0u8..5, 200usize..8000)
        .prop_map(|(pieces, kind, len)| {
            let mut m = Mix::new(pieces[0].1);
            let unit = match kind {
                0 => pieces.into_iter().map(piece).collect::<String>().replace(['\n', '\r'], " "),
                1 => m.chars_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ ", 1, 12),
                2 => capitalised_word(&mut m) + " ",
                3 => number(&mut m) + " ",
                _ => quote_run(&mut m),
            };
            let unit = if unit.is_empty() { "x".to_string() } else { unit };
            unit.repeat((len / unit.len()).max(1))
        })
        .boxed()
}

/// Walls of quote marks with a few words in between.
fn many_quotes() -> BoxedStrategy<String> {
    proptest::collection::vec(any::<(u8, u32)>(), 0..300)
        .prop_map(|v| {
            v.into_iter()
                .map(|(kind, seed)| match kind % 7 {
                    0..=3 => quote_run(&mut Mix::new(seed)),
                    4 | 5 => token(0, seed),
                    _ => " ".to_string(),
                })
                .collect()
        })
        .boxed()
}

/// Digits with separators and little else.
fn digit_soup() -> BoxedStrategy<String> {
    prop_oneof![
        proptest::collection::vec(any::<u32>(), 0..600)
            .prop_map(|v| v.into_iter().map(|x| Mix::new(x).char_of(DIGITS_AND_SEPARATORS)).collect()),
        proptest::collection::vec(any::<(u32, u8)>(), 0..150).prop_map(|v| v
            .into_iter()
            .map(|(x, s)| number(&mut Mix::new(x)) + ["", " ", ", ", "\n"][usize::from(s % 4)])
            .collect()),
    ]
    .boxed()
}

/// Numbers next to currency signs, codes and words, glued or spaced at
/// random ("1 $2", "5 €3 €", "US$4 dollars 5"), where a sign could belong
/// to the number before it or to the one after.
fn money_soup() -> BoxedStrategy<String> {
    const MONEY: &[&str] = &["$", "€", "£", "¥", "₹", "US$", "R$", "USD", "EUR", "dollars", "euros", "pounds"];
    const JOINS: &[&str] = &["", " ", " ", "\u{a0}", " to ", "-", " and ", ", "];
    proptest::collection::vec(any::<(u32, u8)>(), 0..40)
        .prop_map(|v| {
            v.into_iter()
                .map(|(x, join)| {
                    let mut m = Mix::new(x);
                    let word = if m.below(2) == 0 { number(&mut m) } else { m.pick(MONEY).to_string() };
                    word + JOINS[usize::from(join) % JOINS.len()]
                })
                .collect()
        })
        .boxed()
}

/// Capitalised words in a row, with the odd connector or acronym definition.
fn capital_soup() -> BoxedStrategy<String> {
    const CONNECTORS: &[&str] = &["of", "de", "the", "von", "al", "(WHO)", "(ABC)", "and", "&", "-"];
    proptest::collection::vec(any::<(u8, u32)>(), 0..200)
        .prop_map(|v| {
            v.into_iter()
                .map(|(kind, seed)| {
                    let mut m = Mix::new(seed);
                    match kind % 10 {
                        0..=7 => capitalised_word(&mut m),
                        8 => m.pick(CONNECTORS).to_string(),
                        _ => format!("({})", m.chars_of(UPPER, 2, 5)),
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .boxed()
}

/// Any text the core may be given.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        6 => newsish(),
        3 => unicode_soup(),
        1 => any::<String>(),
        1 => no_whitespace(),
        1 => long_line(),
        1 => many_quotes(),
        1 => digit_soup(),
        2 => capital_soup(),
    ]
    .boxed()
}

/// Two texts; often the second is an edited copy of the first, so the
/// comparison has passages to align and words to mark as changed.
fn text_pair() -> BoxedStrategy<(String, String)> {
    prop_oneof![
        1 => (text(), text()),
        2 => (text(), newsish(), any::<proptest::sample::Index>(), any::<proptest::sample::Index>()).prop_map(
            |(a, insert, at, cut)| {
                let bounds: Vec<usize> = (0..=a.len()).filter(|&i| a.is_char_boundary(i)).collect();
                let at = bounds[at.index(bounds.len())];
                let cut = bounds[cut.index(bounds.len())].max(at);
                // B: A with a stretch after `at` replaced by other text.
                let b = format!("{}{}{}", &a[..at], insert, &a[cut..]);
                (a, b)
            }
        ),
        1 => text().prop_map(|a| (a.clone(), a)),
    ]
    .boxed()
}

const HTML_BITS: &[&str] = &[
    "<html>", "</html>", "<head>", "<title>", "</title>", "<body>", "<p>", "</p>", "<div class=\"a\">", "</div>",
    "<br>", "<br/>", "<h1>", "</h1>", "<script>", "</script>", "<style>", "</style>", "<nav>", "</nav>", "<!--", "-->",
    "<![CDATA[", "]]>", "<!DOCTYPE html>", "<a href='x\">", "</a>", "<", ">", "</", "/>", "&amp;", "&lt;", "&gt;",
    "&quot;", "&nbsp;", "&#0;", "&#x0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&#x1F600;", "&#8217;",
    "&eacute;", "&", "&#", "&#x", "&;", "<li>", "<table><tr><td>", "<pre>", "<svg>", "<textarea>", "</textarea",
    "<img alt=\"“x”\">", "<P CLASS=x>", "<sCrIpT>", "</ScRiPt >",
];

const MARKDOWN_BITS: &[&str] = &[
    "# ", "## ", "###### ", "####### ", "\n", "\n\n", "**", "*", "__", "_", "`", "```", "```rust\n", "~~~", "> ",
    ">> ", "- ", "* ", "+ ", "1. ", "1) ", "[", "]", "(", ")", "[x](y)", "![img](src)", "[ref]: http://x", "<b>",
    "</b>", "\\", "\\*", "|", "| a | b |\n|---|---|\n", "---\n", "===\n", "    ", "\t", "<!--", "-->", "](", "&amp;",
    "# \n", "#",
];

/// Markup soup: markup bits from `bits`, text pieces and junk.
fn markup_soup(bits: &'static [&'static str]) -> BoxedStrategy<String> {
    proptest::collection::vec((any::<u8>(), any::<Piece>()), 0..150)
        .prop_map(move |v| {
            v.into_iter()
                .map(|(kind, p)| match kind % 7 {
                    0..=2 => Mix::new(p.1).pick(bits).to_string(),
                    3..=5 => piece(p),
                    _ => token(13, p.1),
                })
                .collect()
        })
        .boxed()
}

/// HTML-ish token soup for the importer.
fn html_soup() -> BoxedStrategy<String> {
    markup_soup(HTML_BITS)
}

/// Markdown-ish token soup for the importer.
fn markdown_soup() -> BoxedStrategy<String> {
    markup_soup(MARKDOWN_BITS)
}

// ---------------------------------------------------------------------------
// Invariant checks
// ---------------------------------------------------------------------------

/// A span lies inside `text` with both ends on char boundaries.
fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of range for text of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
    Ok(())
}

/// `spans` are sorted by start and no two share a byte.
fn check_sorted_disjoint(spans: &[Span], what: &str) -> Result<(), TestCaseError> {
    for pair in spans.windows(2) {
        prop_assert!(
            pair[0].end <= pair[1].start,
            "{what}: {:?} and {:?} are out of order or overlap",
            pair[0],
            pair[1]
        );
    }
    Ok(())
}

/// Every span of one report lies validly in its text.
fn check_report_spans(text: &str, report: &Report) -> Result<(), TestCaseError> {
    prop_assert_eq!(report.length, text.len());
    check_span(text, report.body, "body")?;
    for &span in &report.boilerplate {
        check_span(text, span, "boilerplate")?;
    }
    for &span in &report.paragraphs {
        check_span(text, span, "paragraph")?;
    }
    for &span in &report.sentences {
        check_span(text, span, "sentence")?;
    }
    for mention in &report.mentions {
        check_span(text, mention.span, "mention")?;
        prop_assert_eq!(mention.text.as_str(), &text[mention.span.range()], "mention text differs from its span");
    }
    for figure in &report.figures {
        check_span(text, figure.span, "figure")?;
        if let Some(unit) = figure.unit_span {
            check_span(text, unit, "figure unit")?;
        }
    }
    for quote in &report.quotes {
        check_span(text, quote.span, "quote")?;
    }
    Ok(())
}

/// Every span of the comparison lies validly in its report's text.
fn check_comparison_spans(a: &str, b: &str, analysis: &Analysis) -> Result<(), TestCaseError> {
    let Some(c) = &analysis.comparison else {
        return Err(TestCaseError::fail("two inputs but no comparison"));
    };
    for p in &c.passages {
        check_span(a, p.a, "passage a")?;
        check_span(b, p.b, "passage b")?;
        for &s in &p.a_changed {
            check_span(a, s, "passage a_changed")?;
        }
        for &s in &p.b_changed {
            check_span(b, s, "passage b_changed")?;
        }
    }
    for &s in &c.unique.a {
        check_span(a, s, "unique a")?;
    }
    for &s in &c.unique.b {
        check_span(b, s, "unique b")?;
    }
    for q in &c.quotes {
        for &s in &q.a_changed {
            check_span(a, s, "quote a_changed")?;
        }
        for &s in &q.b_changed {
            check_span(b, s, "quote b_changed")?;
        }
    }
    Ok(())
}

fn check_report_order(report: &Report) -> Result<(), TestCaseError> {
    let mentions: Vec<Span> = report.mentions.iter().map(|m| m.span).collect();
    check_sorted_disjoint(&mentions, "mentions")?;
    let figures: Vec<Span> = report.figures.iter().map(|f| f.span).collect();
    check_sorted_disjoint(&figures, "figures")?;
    let quotes: Vec<Span> = report.quotes.iter().map(|q| q.span).collect();
    check_sorted_disjoint(&quotes, "quotes")?;
    check_sorted_disjoint(&report.sentences, "sentences")?;
    check_sorted_disjoint(&report.paragraphs, "paragraphs")?;
    check_sorted_disjoint(&report.boilerplate, "boilerplate")?;
    Ok(())
}

/// The runs of `paragraphs(report)` are non-empty, sorted, and cover each
/// paragraph exactly; each lies inside the mention and quote it names and
/// outside every other.
fn check_runs(report: &Report) -> Result<(), TestCaseError> {
    let paras = paragraphs(report);
    prop_assert_eq!(paras.len(), report.paragraphs.len());
    let mention_spans: Vec<Span> = report.mentions.iter().map(|m| m.span).collect();
    let quote_spans: Vec<Span> = report.quotes.iter().map(|q| q.span).collect();
    for (para, &span) in paras.iter().zip(&report.paragraphs) {
        prop_assert_eq!(para.span, span);
        let mut at = span.start;
        for run in &para.runs {
            prop_assert!(!run.span.is_empty(), "empty run {:?} in paragraph {:?}", run.span, span);
            prop_assert_eq!(run.span.start, at, "runs of paragraph {:?} leave a gap or overlap", span);
            at = run.span.end;
            match run.mention {
                Some(i) => {
                    let m = report.mentions.get(i);
                    prop_assert!(
                        m.is_some_and(|m| m.span.contains(run.span)),
                        "run {:?} not inside mention {i}",
                        run.span
                    );
                }
                None => prop_assert!(
                    !overlaps_any(&mention_spans, run.span),
                    "run {:?} overlaps a mention it does not name",
                    run.span
                ),
            }
            match run.quote {
                Some(i) => {
                    let q = report.quotes.get(i);
                    prop_assert!(
                        q.is_some_and(|q| q.span.contains(run.span)),
                        "run {:?} not inside quote {i}",
                        run.span
                    );
                }
                None => prop_assert!(
                    !overlaps_any(&quote_spans, run.span),
                    "run {:?} overlaps a quote it does not name",
                    run.span
                ),
            }
        }
        prop_assert_eq!(at, span.end, "runs of paragraph {:?} stop short", span);
        prop_assert!(span.is_empty() || !para.runs.is_empty());
    }
    Ok(())
}

/// Whether any of the sorted, disjoint `spans` shares a byte with `span`.
fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let at = spans.partition_point(|s| s.end <= span.start);
    spans[at..].iter().take_while(|s| s.start < span.end).any(|s| s.overlaps(span))
}

/// Indices the analysis hands out point into the lists they name.
fn check_indices(analysis: &Analysis) -> Result<(), TestCaseError> {
    for report in &analysis.reports {
        for m in &report.mentions {
            if let Some(f) = m.figure() {
                prop_assert!(f < report.figures.len(), "mention figure index {f} out of range");
            }
            if let Some(id) = m.entity() {
                prop_assert!(analysis.entity(id).is_some(), "mention entity {id:?} unknown");
            }
        }
        for e in &report.entities {
            for &i in &e.mentions {
                prop_assert!(i < report.mentions.len(), "entity mention index {i} out of range");
            }
        }
        for f in &report.figures {
            prop_assert!(f.sentence < report.sentences.len().max(1), "figure sentence {} out of range", f.sentence);
        }
        for q in &report.quotes {
            prop_assert!(q.sentence < report.sentences.len().max(1), "quote sentence {} out of range", q.sentence);
        }
    }
    if let (Some(c), [a, b]) = (&analysis.comparison, &analysis.reports[..]) {
        for p in &c.passages {
            prop_assert!(p.a_sentence < a.sentences.len() && p.b_sentence < b.sentences.len());
        }
        for row in &c.figures {
            prop_assert!(row.a.iter().all(|&i| i < a.figures.len()) && row.b.iter().all(|&i| i < b.figures.len()));
        }
        for q in &c.quotes {
            prop_assert!(q.a.is_none_or(|i| i < a.quotes.len()) && q.b.is_none_or(|i| i < b.quotes.len()));
        }
    }
    Ok(())
}

fn check_json(analysis: &Analysis) -> Result<(), TestCaseError> {
    let json = parallax_formats::to_json(&analysis);
    let parsed: Result<serde_json::Value, _> = serde_json::from_str(&json);
    prop_assert!(parsed.is_ok(), "to_json is not JSON: {:?}", parsed.err());
    Ok(())
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn analyze_never_panics_on_one_input(text in text()) {
        let analysis = analyze(&[Input::new(&text)]);
        prop_assert_eq!(analysis.reports.len(), 1);
        prop_assert!(analysis.comparison.is_none());
    }

    #[test]
    fn analyze_never_panics_on_two_inputs_and_compares_them((a, b) in text_pair()) {
        let analysis = analyze(&[Input::new(&a), Input::new(&b)]);
        prop_assert_eq!(analysis.reports.len(), 2);
        prop_assert!(analysis.comparison.is_some());
    }

    #[test]
    fn analyze_never_panics_on_three_titled_inputs(a in text(), b in newsish(), title in unicode_soup()) {
        let analysis = analyze(&[Input::titled(&a, &title), Input::new(&b), Input::titled("", "")]);
        prop_assert_eq!(analysis.reports.len(), 3);
        prop_assert!(analysis.comparison.is_none());
    }

    #[test]
    fn every_span_of_a_report_is_in_range_on_char_boundaries(text in text()) {
        let analysis = analyze(&[Input::new(&text)]);
        check_report_spans(&text, &analysis.reports[0])?;
    }

    #[test]
    fn every_span_of_a_comparison_is_in_range_on_char_boundaries((a, b) in text_pair()) {
        let analysis = analyze(&[Input::new(&a), Input::new(&b)]);
        check_report_spans(&a, &analysis.reports[0])?;
        check_report_spans(&b, &analysis.reports[1])?;
        check_comparison_spans(&a, &b, &analysis)?;
    }

    #[test]
    fn mentions_figures_quotes_and_sentences_are_sorted_and_disjoint(text in text()) {
        let analysis = analyze(&[Input::new(&text)]);
        check_report_order(&analysis.reports[0])?;
    }

    #[test]
    fn figures_around_currency_signs_are_sorted_and_disjoint(text in money_soup()) {
        let analysis = analyze(&[Input::new(&text)]);
        check_report_order(&analysis.reports[0])?;
    }

    #[test]
    fn changed_spans_of_a_comparison_are_sorted_disjoint_and_marked_covers_the_passage((a, b) in text_pair()) {
        let analysis = analyze(&[Input::new(&a), Input::new(&b)]);
        check_report_order(&analysis.reports[0])?;
        check_report_order(&analysis.reports[1])?;
        let c = analysis.comparison.as_ref().expect("two inputs are compared");
        for p in &c.passages {
            check_sorted_disjoint(&p.a_changed, "passage a_changed")?;
            check_sorted_disjoint(&p.b_changed, "passage b_changed")?;
            for (span, changed) in [(p.a, &p.a_changed), (p.b, &p.b_changed)] {
                let pieces = marked(span, changed);
                let mut at = span.start;
                for (piece, _) in &pieces {
                    prop_assert!(piece.start == at && piece.end > piece.start, "marked pieces of {span:?} broken: {pieces:?}");
                    at = piece.end;
                }
                prop_assert_eq!(at, span.end);
            }
        }
        check_sorted_disjoint(&c.unique.a, "unique a")?;
        check_sorted_disjoint(&c.unique.b, "unique b")?;
    }

    #[test]
    fn paragraph_runs_cover_each_paragraph_exactly_in_order(text in text()) {
        let analysis = analyze(&[Input::new(&text)]);
        check_runs(&analysis.reports[0])?;
    }

    #[test]
    fn indices_in_an_analysis_point_into_their_lists((a, b) in text_pair()) {
        check_indices(&analyze(&[Input::new(&a)]))?;
        check_indices(&analyze(&[Input::new(&a), Input::new(&b)]))?;
    }

    #[test]
    fn import_never_panics_in_any_format(text in prop_oneof![text(), html_soup(), markdown_soup()]) {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let imported = import(&text, format);
            let _ = Format::guess("report.html", &imported.text);
            let _ = Format::guess("", &text);
            // What the importer makes is report text: it must analyse cleanly too.
            let analysis = analyze(&[Input::new(&imported.text)]);
            check_report_spans(&imported.text, &analysis.reports[0])?;
        }
    }

    #[test]
    fn brief_never_panics((a, b) in text_pair()) {
        let one = brief(&analyze(&[Input::new(&a)]));
        prop_assert!(one.starts_with("# Parallax brief"));
        let two = brief(&analyze(&[Input::new(&a), Input::new(&b)]));
        prop_assert!(two.starts_with("# Parallax brief"));
        let _ = brief(&analyze(&[]));
    }

    #[test]
    fn headline_never_panics(text in prop_oneof![text(), long_line()]) {
        let _ = headline(&text);
    }

    #[test]
    fn to_json_never_panics_and_is_json((a, b) in text_pair()) {
        check_json(&analyze(&[Input::new(&a)]))?;
        check_json(&analyze(&[Input::new(&a), Input::new(&b)]))?;
    }
}

// ---------------------------------------------------------------------------
// Fixed edge cases, run always
// ---------------------------------------------------------------------------

#[test]
fn edge_cases_hold_every_invariant() {
    let cases: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\0".into(),
        "\u{feff}".into(),
        "\u{301}".into(),
        "\u{301}\u{301}\u{301}A".into(),
        "İ".repeat(50),
        "\"".repeat(1000),
        "“".repeat(1000),
        "”“".repeat(500),
        "1,".repeat(1000),
        "(ABC) ".repeat(200),
        "\n".repeat(500),
        "\r".repeat(500),
        "A.".repeat(500),
        "of the ".repeat(500),
    ];
    for text in &cases {
        let analysis = analyze(&[Input::new(text), Input::new(text)]);
        let check = || -> Result<(), TestCaseError> {
            check_report_spans(text, &analysis.reports[0])?;
            check_report_order(&analysis.reports[0])?;
            check_runs(&analysis.reports[0])?;
            check_comparison_spans(text, text, &analysis)?;
            check_indices(&analysis)?;
            check_json(&analysis)
        };
        if let Err(e) = check() {
            panic!("{e} for {text:?}");
        }
        let _ = brief(&analysis);
        let _ = headline(text);
    }
}

// ---------------------------------------------------------------------------
// Findings: minimal inputs that break the core, to be fixed there.
// ---------------------------------------------------------------------------

/// The figures of `text` as (text, kind, value).
fn figures_of(text: &str) -> Vec<(String, String, f64)> {
    let report = &analyze(&[Input::new(text)]).reports[0];
    let spans: Vec<Span> = report.figures.iter().map(|f| f.span).collect();
    assert!(spans.windows(2).all(|w| w[0].end <= w[1].start), "figures overlap in {text:?}: {spans:?}");
    report.figures.iter().map(|f| (f.text.clone(), format!("{:?}", f.kind).to_lowercase(), f.value)).collect()
}

/// Found by `mentions_figures_quotes_and_sentences_are_sorted_and_disjoint`
/// (minimal input "1 $2"; proptest also shrank to "0$0" and "40 €0.2k "): a
/// currency sign between two numbers was taken both as the trailing sign of
/// the first ("1 $", 0..3) and the leading sign of the second ("$2", 2..4).
/// The figures overlapped, and `drop_overlaps` then dropped the mention of
/// one of them, so that figure had no mention to highlight. Now the sign
/// belongs to the number glued after it, and only to that one.
#[test]
fn currency_sign_between_two_numbers_belongs_to_one_figure() {
    const CASES: &[(&str, &[(&str, &str, f64)])] = &[
        // The sign is glued to the number after it: it is that number's.
        ("1 $2", &[("1", "count", 1.0), ("$2", "money", 2.0)]),
        ("5 £3", &[("5", "count", 5.0), ("£3", "money", 3.0)]),
        ("40 €0.2k ", &[("40", "count", 40.0), ("€0.2k", "money", 200.0)]),
        // Glued on both sides: still the sign of the number after it.
        ("0$0", &[("0", "count", 0.0), ("$0", "money", 0.0)]),
        ("0€0", &[("0", "count", 0.0), ("€0", "money", 0.0)]),
        // A repeated currency after money stays with the figure after it.
        ("$2 $3", &[("$2", "money", 2.0), ("$3", "money", 3.0)]),
        // A sign after a number, with nothing glued after it, is its sign.
        ("a bill of 5 € today", &[("5 €", "money", 5.0)]),
        ("it cost $20 dollars", &[("$20 dollars", "money", 20.0)]),
    ];
    for (text, expected) in CASES {
        let expected: Vec<(String, String, f64)> =
            expected.iter().map(|(t, k, v)| (t.to_string(), k.to_string(), *v)).collect();
        assert_eq!(figures_of(text), expected, "{text:?}");
    }
}
