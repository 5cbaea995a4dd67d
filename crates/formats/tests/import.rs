//! The import as users meet it: files they open become the text a reader
//! of the page, or of the rendered Markdown, reads; never markup, never
//! the page's furniture, whatever the file.

use std::time::{Duration, Instant};

use parallax_formats::import::{Format, Imported, import};

fn html(page: &str) -> Imported {
    import(page, Format::Html)
}

fn markdown(text: &str) -> Imported {
    import(text, Format::Markdown)
}

#[test]
fn a_saved_news_page_comes_out_as_its_story() {
    let page = include_str!("fixtures/news-page.html");
    let imported = html(page);
    assert_eq!(imported.title.as_deref(), Some("Brennmoor council votes to bring back the harbour tram"));
    let story = "Brennmoor council votes to bring back the harbour tram\n\n\
        By Maren Holtz, Transport correspondent\n\n\
        14 March 2024\n\n\
        Brennmoor’s harbour tram will run again by 2027 after the town council voted 19 to 8 on Wednesday \
        to spend €42 million restoring the line, which closed in 1961.\n\n\
        The last surviving tram car has been stored at the Kestrel Street depot since 1961.\n\n\
        Councillor Renée Valcourt, who led the campaign, said the line would link the ferry terminal \
        with the old town in 11 minutes. “People have waited sixty years for this,” she said.\n\n\
        Opponents, led by Councillor Tobias Ferrand, said the cost had risen by a third since 2022 — and \
        that buses could do the job for less. “We can’t spend money we don’t have,” he said.\n\n\
        Work on the 3.2-kilometre track is due to start in the autumn.\n\
        The café owners on Quay Road, where the tram will stop, welcomed the vote.";
    assert_eq!(imported.text, story);
    for furniture in [
        "cookies", "Accept", "Politics", "Opinion", "Search", "Valley Ledger", "Share", "Copy link", "Related",
        "Ferry fares", "Comments", "conversation", "rights reserved", "About us", "dataLayer", "Tracking",
        "Script paragraph", "Structured data", "Style sheet", "ad slot", "noscript", "Local", "<", ">",
    ] {
        assert!(!imported.text.contains(furniture), "{furniture:?} is not the story's text");
    }
}

#[test]
fn a_greater_than_sign_in_an_attribute_does_not_end_the_tag() {
    let page = r#"<p><a href="/x?a=1&amp;b=2" title="rates > 5%" data-x='a>b'>Rates rose</a> again.</p>"#;
    assert_eq!(html(page).text, "Rates rose again.");
}

#[test]
fn a_bare_less_than_sign_is_text() {
    assert_eq!(html("<p>a < b and c > d, 3<4</p><p>next</p>").text, "a < b and c > d, 3<4\n\nnext");
}

#[test]
fn every_character_reference_is_decoded() {
    const CASES: &[(&str, &str)] = &[
        // The common named ones.
        ("caf&eacute; &mdash; &amp; &nbsp;x", "café — & x"),
        // Decimal and hexadecimal.
        ("it&#8217;s, it&#x2019;s, &#X2019;", "it’s, it’s, ’"),
        // Rarer names, from the full table of 2,231.
        ("&Lstrok;&oacute;d&zacute;, &Scaron;koda, &frac34;, &lceil;x&rceil;", "Łódź, Škoda, ¾, ⌈x⌉"),
        // Legacy names without a semicolon, as browsers read them.
        ("&copy 2024 &eacutex", "© 2024 éx"),
        // Not references: kept as written.
        ("AT&T &unknown; & &#xZZ;", "AT&T &unknown; & &#xZZ;"),
        // Out of range: the replacement character, as in a browser.
        ("&#99999999;", "\u{FFFD}"),
    ];
    for (source, expected) in CASES {
        assert_eq!(html(&format!("<p>{source}</p>")).text, *expected, "{source:?}");
    }
}

#[test]
fn blocks_are_paragraphs_br_a_line_and_spaces_collapse() {
    let page = "<body>  <p>  Forty\n\t nurses <br> came </p>\n<div><div>Then <b>more</b><i>&nbsp;came</i>.</div></div>\
                <ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table><pre>  kept   as\n  written</pre></body>";
    assert_eq!(html(page).text, "Forty nurses\ncame\n\nThen more came.\n\none\ntwo\n\na b\n\nkept   as\n  written");
}

#[test]
fn hidden_and_landmark_furniture_is_left_out() {
    let page = r#"<div role="navigation">Menu</div><div hidden>Hidden</div><p aria-hidden="true">Icon</p>
        <div style="display: none">Popup</div><div role="banner">Banner</div><dialog>Sign up</dialog>
        <p>Only this.</p><svg><title>Logo</title><text>Svg</text></svg><template><p>Later</p></template>"#;
    assert_eq!(html(page).text, "Only this.");
}

const STORY: &str = "The council voted on Wednesday to restore the harbour line, which closed in 1961, by 2027.";

#[test]
fn the_article_is_the_report_when_it_has_real_text() {
    let page = format!(
        "<title>Tram vote - The Ledger</title><div class=promo>Subscribe today for one euro a week and more</div>\
         <main><p>Main text around the article</p><article><header><h1>Tram returns</h1></header><p>{STORY}</p></article></main>"
    );
    let imported = html(&page);
    assert_eq!((imported.title.as_deref(), imported.text.as_str()), (Some("Tram returns"), format!("Tram returns\n\n{STORY}").as_str()));
    // Of several articles, the one with the most words; a teaser is not it.
    let two = format!("<article><p>Teaser of another story, short.</p></article><article><p>{STORY}</p><p>{STORY}</p></article>");
    assert_eq!(html(&two).text, format!("{STORY}\n\n{STORY}"));
    // An article without real text: the main content instead, then the
    // page, always less the furniture.
    let main = format!("<nav>Menu</nav><div role=main><p>{STORY}</p><article><p>Short.</p></article></div><p>Other</p>");
    assert_eq!(html(&main).text, format!("{STORY}\n\nShort."));
    let page = format!("<header>Site</header><h2>Vote</h2><p>{STORY}</p><footer>Contact</footer>");
    assert_eq!(html(&page).text, format!("Vote\n\n{STORY}"));
}

#[test]
fn the_title_is_the_stories_heading_else_the_pages_less_its_site() {
    const CASES: &[(&str, Option<&str>)] = &[
        // The article's h1, not the site's logo h1 in the banner.
        ("<header><h1>The Ledger</h1></header><article><h1>Tram &amp; ferry</h1></article>", Some("Tram & ferry")),
        // og:title before <title>.
        ("<title>T | Site</title><meta property='og:title' content='Tram  vote'><p>x</p>", Some("Tram vote")),
        // The site's name cut from <title>.
        ("<title>Tram vote | The Valley Ledger</title><p>x</p>", Some("Tram vote")),
        ("<title>Tram vote - Ledger</title><p>x</p>", Some("Tram vote")),
        // An empty heading and an empty title give no title.
        ("<title> </title><h1> </h1><p>x</p>", None),
    ];
    for (page, title) in CASES {
        assert_eq!(html(page).title.as_deref(), *title, "{page:?}");
    }
}

#[test]
fn markdown_markup_goes_and_its_text_stays() {
    const CASES: &[(&str, &str)] = &[
        // Stars and underscores that are not emphasis are text.
        ("5*3 is 15, snake__case and a_b_c stay; *emphasis* and __strong__ go", "5*3 is 15, snake__case and a_b_c stay; emphasis and strong go"),
        // A "#" with no space after it starts no heading.
        ("#1 in the polls, she said.", "#1 in the polls, she said."),
        // Links and images keep their text; references are decoded.
        ("[Ren&eacute;e](https://x.org) and ![the map](m.png) &mdash; `code`", "Renée and the map — code"),
        // Soft line breaks are spaces; a hard break is a line.
        ("one\ntwo  \nthree", "one two\nthree"),
        // Lists are lines; code blocks keep their spacing.
        ("- a\n- b\n\n```\nx  =  1\n```", "a\nb\n\nx  =  1"),
        // Raw HTML is read as HTML: its text, never its tags.
        ("<div class=\"note\">\n<b>Bold</b> <script>x()</script>words\n</div>\n\nand <span>inline</span> tags", "Bold words\n\nand inline tags"),
    ];
    for (source, expected) in CASES {
        assert_eq!(markdown(source).text, *expected, "{source:?}");
    }
    let titled = markdown("Intro line\n\n## Tram *returns*\n\n# Later heading");
    assert_eq!(titled.title.as_deref(), Some("Tram returns"));
    assert_eq!(markdown("#1 in the polls").title, None);
}

#[test]
fn long_runs_of_brackets_and_angles_are_read_in_linear_time() {
    // Each case is 200 KB; read in quadratic time, any of them would take
    // minutes.
    let cases = [
        ("[".repeat(200_000), Format::Markdown),
        ("[a](".repeat(50_000), Format::Markdown),
        ("![[".repeat(66_000), Format::Markdown),
        ("*_".repeat(100_000), Format::Markdown),
        ("<".repeat(200_000), Format::Html),
        ("<a ".repeat(66_000), Format::Html),
        ("&#".repeat(100_000), Format::Html),
        ("<article>".repeat(22_000), Format::Html),
        // End tags of elements never opened, under thousands of open ones.
        ("<b>".repeat(33_000) + &"</i>".repeat(25_000), Format::Html),
    ];
    for (text, format) in cases {
        let start = Instant::now();
        let imported = import(&text, format);
        assert!(start.elapsed() < Duration::from_secs(10), "{format:?} {:?}… took {:?}", &text[..8], start.elapsed());
        assert!(imported.text.len() <= text.len());
    }
}
