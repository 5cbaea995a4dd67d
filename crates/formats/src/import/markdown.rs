//! Markdown reduced to its text, as a reader of it rendered would read it.
//!
//! The file is read by `pulldown-cmark`, a CommonMark parser, so only real
//! markup goes: `*emphasis*` loses its stars but `5*3` and `snake__case`
//! keep theirs, "#1 in the polls" is a line of text (a heading needs a
//! space after its `#`), and links keep their text. It reads in linear
//! time, whatever the brackets. Paragraphs, headings, quotes and lists are
//! paragraphs of the text, list items and table rows lines; soft line
//! breaks are spaces, as a renderer shows them. Code keeps its text, and
//! raw HTML is read as HTML is ([`super::html`]): its text, never its tags.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::Imported;
use super::flow::{Flow, Gap, collapse};
use super::html::html;

/// The text and title (the first heading) of the Markdown `source`.
pub(super) fn markdown(source: &str) -> Imported {
    let mut flow = Flow::new();
    let mut title: Option<String> = None;
    // The text of the first heading, while it is read.
    let mut heading: Option<String> = None;
    let mut html_block: Option<String> = None;
    let mut code = false;
    for event in Parser::new_ext(source, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(tag) => {
                match tag {
                    Tag::Heading { .. } if title.is_none() => heading = Some(String::new()),
                    Tag::CodeBlock(_) => code = true,
                    Tag::HtmlBlock => html_block = Some(String::new()),
                    _ => {}
                }
                flow.gap(start_gap(&tag));
            }
            Event::End(end) => {
                match end {
                    TagEnd::Heading(_) => title = title.or_else(|| heading.take().map(|h| collapse(&h)).filter(|h| !h.is_empty())),
                    TagEnd::CodeBlock => code = false,
                    TagEnd::HtmlBlock => flow.verbatim(&html(&html_block.take().unwrap_or_default()).text),
                    TagEnd::TableCell => flow.space(),
                    _ => {}
                }
                flow.gap(end_gap(end));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(heading) = heading.as_mut() {
                    heading.push_str(&text);
                }
                if code { flow.verbatim(&text) } else { flow.words(&text) }
            }
            Event::Html(html) => html_block.get_or_insert_with(String::new).push_str(&html),
            Event::SoftBreak => {
                if let Some(heading) = heading.as_mut() {
                    heading.push(' ');
                }
                flow.words(" ");
            }
            Event::HardBreak => flow.gap(Gap::Line),
            Event::Rule => flow.gap(Gap::Paragraph),
            // A tag inside a paragraph is markup; the rest is not text.
            Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => {}
        }
    }
    Imported { text: flow.finish(), title }
}

/// The break a block's start makes.
fn start_gap(tag: &Tag<'_>) -> Gap {
    match tag {
        Tag::Item | Tag::TableHead | Tag::TableRow | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => Gap::Line,
        Tag::Paragraph
        | Tag::Heading { .. }
        | Tag::BlockQuote(_)
        | Tag::CodeBlock(_)
        | Tag::HtmlBlock
        | Tag::List(_)
        | Tag::Table(_)
        | Tag::FootnoteDefinition(_)
        | Tag::DefinitionList
        | Tag::MetadataBlock(_) => Gap::Paragraph,
        _ => Gap::None,
    }
}

/// The break a block's end makes.
fn end_gap(end: TagEnd) -> Gap {
    match end {
        TagEnd::Item | TagEnd::TableHead | TagEnd::TableRow | TagEnd::DefinitionListTitle | TagEnd::DefinitionListDefinition => Gap::Line,
        TagEnd::Paragraph
        | TagEnd::Heading(_)
        | TagEnd::BlockQuote(_)
        | TagEnd::CodeBlock
        | TagEnd::HtmlBlock
        | TagEnd::List(_)
        | TagEnd::Table
        | TagEnd::FootnoteDefinition
        | TagEnd::DefinitionList
        | TagEnd::MetadataBlock(_) => Gap::Paragraph,
        _ => Gap::None,
    }
}
