//! Turning the files users bring into report text: HTML reduced to the
//! text of its story ([`html`]), Markdown to the text it renders
//! ([`markdown`]), plain text kept as it is.
//!
//! Both markup languages are read by maintained parsers that follow their
//! specifications (`html5gum` for HTML, `pulldown-cmark` for CommonMark),
//! so the text is what a reader of the page or the rendered file reads.
//! This code runs in the analysis worker, never on the page.
//!
//! The output is plain text, never markup: nothing a user opens is ever
//! rendered as HTML. Paragraphs are apart by a blank line, with no space
//! at the start or end of a line ([`flow`]). Every function here is total
//! on any input, and reads it in time linear in its length.

mod flow;
mod html;
mod markdown;

pub use parallax_model::Format;

/// A file made into a report: its text and the title it carries, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The readable text.
    pub text: String,
    /// The document's title: for HTML the story's first `<h1>`, else
    /// `og:title`, else `<title>` (less a trailing " | Site name"); for
    /// Markdown the first heading.
    pub title: Option<String>,
}

/// Reduces `text` written in `format` to report text.
///
/// # Example
///
/// ```
/// use parallax_formats::import::{import, Format};
///
/// let page = "<html><head><title>Doctors arrive | The Courier</title><script>alert('<p>')</script></head>\
///             <body><nav>Home · World</nav><p>Forty nurses &amp; doctors came.</p></body></html>";
/// let imported = import(page, Format::Html);
/// assert_eq!(imported.title.as_deref(), Some("Doctors arrive"));
/// assert_eq!(imported.text, "Forty nurses & doctors came.");
/// ```
pub fn import(text: &str, format: Format) -> Imported {
    match format {
        Format::Text => Imported { text: text.to_string(), title: None },
        Format::Markdown => markdown::markdown(text),
        Format::Html => html::html(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_readable_text_only() {
        let page = r#"<!doctype html><html><head><title>A &amp; B</title>
            <style>p { color: red }</style><script>document.write("<p>evil</p>")</script></head>
            <body><header><nav><a href="/">Home</a></nav></header>
            <article><h1>Doctors arrive</h1><p>Forty nurses&nbsp;came on <b>Friday</b>.</p>
            <p>“We are ready,” she said &#8212; and left.</p><!-- <p>hidden</p> -->
            <form><button>Subscribe</button></form></article>
            <footer>© News</footer><img src=x onerror=alert(1)></body></html>"#;
        let imported = import(page, Format::Html);
        // Too short to be the story by itself: the article is read with
        // the page, whose furniture is left out all the same.
        assert_eq!(imported.title.as_deref(), Some("Doctors arrive"));
        assert_eq!(imported.text, "Doctors arrive\n\nForty nurses came on Friday.\n\n“We are ready,” she said — and left.");
    }

    #[test]
    fn broken_html_does_not_panic() {
        for page in
            ["<", "<p", "&", "&#xZZ;", "&#99999999;", "<script>never closed", "<!-- open", "</>", "<p>é&eacute;</p>", "</div></p></br>", "<svg/><p>x"]
        {
            let _ = import(page, Format::Html);
        }
        assert_eq!(import("<p>é&eacute;", Format::Html).text, "éé");
    }

    #[test]
    fn markdown_loses_its_markup() {
        let md = "# Storm *hits* the coast\n\n> **Forty** nurses came, [said](https://x.org) the `agency`.\n\n---\n![map](m.png) caption";
        let imported = import(md, Format::Markdown);
        assert_eq!(imported.title.as_deref(), Some("Storm hits the coast"));
        assert_eq!(imported.text, "Storm hits the coast\n\nForty nurses came, said the agency.\n\nmap caption");
    }

    #[test]
    fn formats_are_guessed_from_names_and_content() {
        assert_eq!(Format::guess("a.HTML", ""), Format::Html);
        assert_eq!(Format::guess("notes.md", ""), Format::Markdown);
        assert_eq!(Format::guess("report.txt", "  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::guess("report.txt", "Plain words."), Format::Text);
    }
}
