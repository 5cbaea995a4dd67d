//! HTML reduced to the text a reader of the page reads: the story, not the
//! page around it.
//!
//! The page is read by `html5gum`, a tokenizer that follows the WHATWG
//! specification, so a `>` inside an attribute value, a bare `<` in text,
//! script bodies and all 2,231 named character references are read as a
//! browser reads them. Over its tokens this module keeps the stack of open
//! elements and writes the text of those a reader sees into a [`Flow`]:
//! code, forms, media and the page's furniture (navigation, banners,
//! footers, asides, dialogs, hidden elements) are left out, with all they
//! hold; blocks are paragraphs, `<br>` a line break.
//!
//! When the page has an `<article>` (or else a `<main>`, or else an element
//! whose role is `main`) with real text, that content is the report; when
//! it has several, the one with the most words. The title is that
//! content's first `<h1>`, else `og:title`, else `<title>`, less a
//! trailing " | Site name".

use std::collections::HashMap;

use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};

use super::Imported;
use super::flow::{Flow, Gap, collapse};

/// Elements whose content is never report text: code, styling, forms,
/// embedded media and the page's furniture.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "video", "audio",
    "form", "button", "select", "textarea", "nav", "footer", "aside", "dialog", "noembed", "noframes", "title",
];

/// ARIA roles of the page's furniture, for `<div role="navigation">` and
/// the like.
const FURNITURE_ROLES: &[&str] =
    &["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar"];

/// Elements that never have content or an end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"];

/// Elements that stand apart from the text around them by a blank line.
const PARAGRAPHS: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "main", "header",
    "figure", "figcaption", "address", "table", "caption", "ul", "ol", "dl", "hr", "details", "summary", "fieldset",
    "legend", "body", "center", "listing", "xmp", "plaintext",
];

/// Elements that start a line of their own.
const LINES: &[&str] = &["li", "tr", "dt", "dd"];

/// Elements whose `header` is not the page's banner (the HTML-AAM rule): an
/// article's header holds its heading and byline.
const SECTIONING: &[&str] = &["article", "aside", "main", "nav", "section"];

/// Fewer words than this is not a story's text: a teaser, a caption, an
/// empty wrapper.
const REAL_TEXT_WORDS: usize = 15;

/// Candidates for the report's content open at once, at most: enough for
/// any real nesting of articles, and it bounds the work on a page of
/// thousands of nested `<article>` tags.
const MAX_OPEN_ROOTS: usize = 16;

/// Kinds of element whose content can be the report, in order of
/// preference; the whole page is the last resort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Article,
    Main,
    RoleMain,
    Page,
}

/// The text of one candidate for the report's content.
struct Root {
    kind: Kind,
    flow: Flow,
    h1: Option<String>,
}

/// A candidate's text as read, once the page is.
struct Read {
    kind: Kind,
    text: String,
    words: usize,
    h1: Option<String>,
}

/// An element open on the stack, and what its closing undoes.
struct Open {
    name: String,
    /// It started a skipped subtree.
    skip: bool,
    sectioning: bool,
    pre: bool,
    h1: bool,
    title: bool,
    /// The index of the root it opened, if it is a candidate.
    root: Option<usize>,
}

/// The reading of one page, token by token.
struct Reader {
    stack: Vec<Open>,
    /// How many elements of each name are open: an end tag with none open
    /// is ignored at once, not looked for down the whole stack.
    open_names: HashMap<String, usize>,
    /// Open elements that started a skipped subtree.
    skipping: usize,
    sectioning: usize,
    pre: usize,
    roots: Vec<Root>,
    open_roots: Vec<usize>,
    /// The text of the `<h1>` being read.
    h1: Option<String>,
    /// The text of the `<title>` being read, then the title.
    title: Option<String>,
    og_title: Option<String>,
}

/// The text and title of the HTML page `source`.
pub(super) fn html(source: &str) -> Imported {
    let mut emitter = DefaultEmitter::default();
    // Script, style and the other raw-text elements are read as raw text
    // (a "<p>" in a script string is no paragraph), as a browser's tree
    // builder tells its tokenizer to.
    emitter.naively_switch_states(true);
    let mut reader = Reader::new();
    for token in Tokenizer::new_with_emitter(source, emitter) {
        let Ok(token) = token;
        match token {
            Token::StartTag(tag) => reader.start(&tag),
            Token::EndTag(tag) => reader.end(&String::from_utf8_lossy(&tag.name)),
            Token::String(text) => reader.text(&String::from_utf8_lossy(&text.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    reader.finish()
}

impl Reader {
    fn new() -> Reader {
        let page = Root { kind: Kind::Page, flow: Flow::new(), h1: None };
        Reader {
            stack: Vec::new(),
            open_names: HashMap::new(),
            skipping: 0,
            sectioning: 0,
            pre: 0,
            roots: vec![page],
            open_roots: vec![0],
            h1: None,
            title: None,
            og_title: None,
        }
    }

    fn start(&mut self, tag: &StartTag<()>) {
        let name = String::from_utf8_lossy(&tag.name).into_owned();
        let attribute = |key: &str| tag.attributes.get(key.as_bytes()).map(|value| String::from_utf8_lossy(&value.value));
        if name == "meta" && self.og_title.is_none() {
            let property = attribute("property").or_else(|| attribute("name"));
            if property.is_some_and(|p| p.eq_ignore_ascii_case("og:title")) {
                self.og_title = attribute("content").map(|c| collapse(&c)).filter(|c| !c.is_empty());
            }
        }
        if self.skipping == 0 {
            self.breaks(&name);
        }
        // A self-closing <svg/> or <math/> is empty; in HTML a "/>" closes
        // nothing else, and a raw-text element's text follows it anyway.
        if VOID.contains(&name.as_str()) || (tag.self_closing && matches!(name.as_str(), "svg" | "math")) {
            return;
        }
        let role = attribute("role").map(|r| r.trim().to_ascii_lowercase());
        let skip = self.skipping == 0 && (is_hidden(tag) || self.is_furniture(&name, role.as_deref()));
        let reading = self.skipping == 0 && !skip;
        let kind = match name.as_str() {
            "article" => Some(Kind::Article),
            "main" => Some(Kind::Main),
            _ if role.as_deref() == Some("main") => Some(Kind::RoleMain),
            _ => None,
        };
        let root = kind.filter(|_| reading && self.open_roots.len() < MAX_OPEN_ROOTS).map(|kind| {
            self.roots.push(Root { kind, flow: Flow::new(), h1: None });
            self.open_roots.push(self.roots.len() - 1);
            self.roots.len() - 1
        });
        let open = Open {
            sectioning: SECTIONING.contains(&name.as_str()),
            pre: matches!(name.as_str(), "pre" | "listing" | "xmp" | "plaintext"),
            h1: reading && name == "h1" && self.h1.is_none(),
            title: name == "title" && self.skipping == 0 && self.title.is_none(),
            skip,
            root,
            name,
        };
        self.skipping += usize::from(open.skip);
        self.sectioning += usize::from(open.sectioning);
        self.pre += usize::from(open.pre);
        if open.h1 {
            self.h1 = Some(String::new());
        }
        if open.title {
            self.title = Some(String::new());
        }
        *self.open_names.entry(open.name.clone()).or_default() += 1;
        self.stack.push(open);
    }

    /// Whether an element `name` of `role` is the page's furniture: by
    /// its name, its role, or (a `header`) by being the page's banner.
    fn is_furniture(&self, name: &str, role: Option<&str>) -> bool {
        SKIPPED.contains(&name)
            || (name == "header" && self.sectioning == 0)
            || role.and_then(|r| r.split_whitespace().next()).is_some_and(|r| FURNITURE_ROLES.contains(&r))
    }

    fn end(&mut self, name: &str) {
        if name == "br" {
            // A "</br>" is read as a "<br>", as browsers do.
            if self.skipping == 0 {
                self.each(Flow::line_break);
            }
            return;
        }
        // An end tag closes its element and every element left open in it;
        // one with no open element is ignored. (Each element is looked
        // past once, as it is closed: linear over the page.)
        let is_open = self.open_names.get(name).is_some_and(|&count| count > 0);
        let at = if is_open { self.stack.iter().rposition(|open| open.name == name) } else { None };
        let Some(at) = at else {
            if self.skipping == 0 {
                self.breaks(name);
            }
            return;
        };
        while self.stack.len() > at {
            if let Some(open) = self.stack.pop() {
                self.close(open);
            }
        }
    }

    fn close(&mut self, open: Open) {
        if let Some(count) = self.open_names.get_mut(&open.name) {
            *count -= 1;
        }
        self.skipping -= usize::from(open.skip);
        self.sectioning -= usize::from(open.sectioning);
        self.pre -= usize::from(open.pre);
        if open.title {
            self.title = self.title.as_deref().map(collapse);
        }
        if open.h1 {
            let heading = self.h1.take().map(|h| collapse(&h)).filter(|h| !h.is_empty());
            for &at in &self.open_roots {
                let root = &mut self.roots[at];
                if root.h1.is_none() {
                    root.h1.clone_from(&heading);
                }
            }
        }
        if self.skipping == 0 {
            self.breaks(&open.name);
        }
        if let Some(root) = open.root {
            self.open_roots.retain(|&at| at != root);
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(title) = self.title.as_mut().filter(|_| self.stack.last().is_some_and(|open| open.title)) {
            title.push_str(text);
            return;
        }
        if self.skipping > 0 {
            return;
        }
        if let Some(h1) = self.h1.as_mut() {
            h1.push_str(text);
        }
        let verbatim = self.pre > 0;
        self.each(|flow| if verbatim { flow.verbatim(text) } else { flow.words(text) });
    }

    /// The breaks an element's start or end makes in the text.
    fn breaks(&mut self, name: &str) {
        match name {
            "br" => self.each(Flow::line_break),
            "td" | "th" => self.each(Flow::space),
            _ if PARAGRAPHS.contains(&name) => self.each(|flow| flow.gap(Gap::Paragraph)),
            _ if LINES.contains(&name) => self.each(|flow| flow.gap(Gap::Line)),
            _ => {}
        }
    }

    /// Does `write` to the text of every candidate now open.
    fn each(&mut self, write: impl Fn(&mut Flow)) {
        for &at in &self.open_roots {
            write(&mut self.roots[at].flow);
        }
    }

    fn finish(mut self) -> Imported {
        while let Some(open) = self.stack.pop() {
            self.close(open);
        }
        let title = self.title.take().filter(|t| !t.is_empty());
        let og_title = self.og_title.take();
        let roots: Vec<Read> = self
            .roots
            .into_iter()
            .map(|root| {
                let text = root.flow.finish();
                Read { kind: root.kind, words: text.split_whitespace().count(), text, h1: root.h1 }
            })
            .collect();
        // The candidate of `kind` with the most words (the first of
        // equals), if it has real text.
        let best = |kind: Kind| {
            roots
                .iter()
                .filter(|root| root.kind == kind && root.words >= REAL_TEXT_WORDS)
                .fold(None, |best: Option<&Read>, root| if best.is_some_and(|b| b.words >= root.words) { best } else { Some(root) })
        };
        let chosen = [Kind::Article, Kind::Main, Kind::RoleMain].into_iter().find_map(best).or(roots.first());
        let (text, heading) = chosen.map_or((String::new(), None), |read| (read.text.clone(), read.h1.clone()));
        let title = heading.or_else(|| og_title.or(title).map(|t| without_site(&t).to_string()));
        Imported { text, title }
    }
}

/// Whether `tag` hides its element: `hidden`, `aria-hidden="true"` or an
/// inline `display: none`.
fn is_hidden(tag: &StartTag<()>) -> bool {
    let attribute = |key: &str| tag.attributes.get(key.as_bytes()).map(|value| String::from_utf8_lossy(&value.value).to_ascii_lowercase());
    tag.attributes.contains_key("hidden".as_bytes())
        || attribute("aria-hidden").is_some_and(|v| v.trim() == "true")
        || attribute("style").is_some_and(|s| s.split_whitespace().collect::<String>().contains("display:none"))
}

/// `title` less a trailing site name: "Pay deal agreed | The Courier" is
/// "Pay deal agreed". The part cut is one to five words that start with a
/// capital or a digit, after the last " | ", " - ", " – ", " — " or " · ",
/// so that "Vote ends 52 - 48" and "Talks fail - again" stay whole.
fn without_site(title: &str) -> &str {
    let last = [" | ", " - ", " – ", " — ", " · "]
        .iter()
        .filter_map(|separator| title.rfind(separator).map(|at| (at, separator.len())))
        .max();
    let Some((at, len)) = last else { return title };
    let (head, site) = (title[..at].trim(), title[at + len..].trim());
    let words = site.split_whitespace().count();
    let named = site.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()) && site.chars().any(char::is_alphabetic);
    if !head.is_empty() && (1..=5).contains(&words) && named { head } else { title }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_are_cut_from_titles() {
        const CASES: &[(&str, &str)] = &[
            // The usual " | Site" and " - Site".
            ("Pay deal agreed | The Courier", "Pay deal agreed"),
            ("Pay deal agreed - Courier News", "Pay deal agreed"),
            // Only the last part goes.
            ("Talks: what we know - live - The Courier", "Talks: what we know - live"),
            // A score, a lower-case word or a long clause is no site name.
            ("Vote ends 52 - 48", "Vote ends 52 - 48"),
            ("Talks fail - again", "Talks fail - again"),
            ("Mayor resigns - After Six Weeks Of Pressure From The Council", "Mayor resigns - After Six Weeks Of Pressure From The Council"),
            // Nothing before the separator: kept whole.
            (" | The Courier", " | The Courier"),
            ("Plain title", "Plain title"),
        ];
        for (title, expected) in CASES {
            assert_eq!(without_site(title), *expected, "{title:?}");
        }
    }
}
