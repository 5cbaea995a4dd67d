//! Text laid out as a browser lays out what it shows: runs of spaces and
//! line ends collapsed into one space, no space at the start or end of a
//! line, blocks apart by a blank line, line breaks where the source asks.
//!
//! Invariants of [`Flow::finish`]: no line starts or ends with a space
//! (outside preformatted text), no more than one blank line in a row, and
//! no blank line at the start or the end.

/// What separates the next text from the text before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Gap {
    /// Nothing, or one space if the source had some.
    None,
    /// A line break.
    Line,
    /// A blank line: a new paragraph.
    Paragraph,
}

/// Report text being written, one piece of the source at a time.
#[derive(Debug)]
pub(super) struct Flow {
    out: String,
    space: bool,
    gap: Gap,
}

impl Flow {
    pub(super) fn new() -> Flow {
        Flow { out: String::new(), space: false, gap: Gap::None }
    }

    /// Adds text whose whitespace collapses, as in an HTML paragraph.
    pub(super) fn words(&mut self, text: &str) {
        for c in text.chars() {
            if collapses(c) {
                self.space = true;
            } else {
                self.put(c);
            }
        }
    }

    /// Adds text whose spaces and line ends are kept (`<pre>`, code
    /// blocks), less any it starts with.
    pub(super) fn verbatim(&mut self, text: &str) {
        for c in text.chars() {
            if (self.gap > Gap::None || self.out.is_empty()) && c.is_whitespace() {
                continue;
            }
            self.space = false;
            self.put(c);
        }
    }

    /// Asks for at least `gap` before the next text.
    pub(super) fn gap(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    /// A `<br>`: a line break, and a blank line when it follows another.
    pub(super) fn line_break(&mut self) {
        self.gap = if self.gap == Gap::Line { Gap::Paragraph } else { self.gap.max(Gap::Line) };
    }

    /// A space before the next text (between table cells).
    pub(super) fn space(&mut self) {
        self.space = true;
    }

    /// The text written, without trailing whitespace.
    pub(super) fn finish(mut self) -> String {
        let end = self.out.trim_end().len();
        self.out.truncate(end);
        self.out
    }

    fn put(&mut self, c: char) {
        if self.out.is_empty() {
            self.gap = Gap::None;
        } else if self.gap > Gap::None {
            let end = self.out.trim_end_matches([' ', '\n']).len();
            self.out.truncate(end);
            self.out.push_str(if self.gap == Gap::Paragraph { "\n\n" } else { "\n" });
        } else if self.space && !self.out.ends_with(['\n', ' ']) {
            self.out.push(' ');
        }
        self.gap = Gap::None;
        self.space = false;
        self.out.push(c);
    }
}

/// Collapses runs of whitespace into one space and trims: a title or a
/// heading on one line.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whitespace a browser collapses (ASCII whitespace), and the no-break
/// space, which report text keeps as an ordinary space.
fn collapses(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}' | '\u{a0}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_collapse_and_breaks_never_stack() {
        let mut flow = Flow::new();
        flow.gap(Gap::Paragraph);
        flow.words("  Forty \n nurses\u{a0} came. ");
        flow.line_break();
        flow.words(" They stayed.");
        flow.gap(Gap::Paragraph);
        flow.gap(Gap::Line);
        flow.words("   ");
        flow.gap(Gap::Paragraph);
        flow.verbatim("\n  code  line\n  next\n");
        flow.gap(Gap::Paragraph);
        flow.words("End ");
        assert_eq!(flow.finish(), "Forty nurses came.\nThey stayed.\n\ncode  line\n  next\n\nEnd");
    }

    #[test]
    fn two_line_breaks_make_a_paragraph() {
        let mut flow = Flow::new();
        flow.words("a");
        flow.line_break();
        flow.line_break();
        flow.line_break();
        flow.words("b");
        assert_eq!(flow.finish(), "a\n\nb");
    }
}
