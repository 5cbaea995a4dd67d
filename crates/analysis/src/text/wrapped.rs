//! Hard-wrapped copy: a report whose lines were broken at a fixed width,
//! as wire copy and old archives are, so that a line ends mid-sentence
//! ("about 1.73" / "million Toyotas"). Its lines are not its paragraphs.

use parallax_model::Span;

/// The widest line, in bytes, that still reads as a wrapped one: wider
/// lines are paragraphs a scraper left whole.
const MAX_WIDTH: usize = 100;

/// `lines` (trimmed, in order) joined into paragraphs where the text is
/// hard-wrapped: a line as wide as the wrap, not ending a sentence, goes
/// on in the next line. Copy whose lines are its paragraphs is returned
/// as it is.
///
/// The text is hard-wrapped when, of its line breaks, at least three and
/// one in five fall inside a sentence: after a line of 40 bytes or more
/// that ends on no stop, before one opening in lower case or on a digit.
/// A headline or a caption ends on no stop too, but stands before a
/// capital and is shorter than the lines around it.
pub(super) fn unwrap(text: &str, lines: Vec<Span>) -> Vec<Span> {
    let width = lines.iter().map(|line| line.len()).max().unwrap_or(0);
    let consecutive = |a: &Span, b: &Span| text.get(a.end..b.start).is_some_and(|gap| gap.trim_matches(' ') == "\n");
    let ends_sentence = |line: &Span| {
        let slice = line.slice(text).trim_end_matches(['"', '\'', ')', '\u{201d}', '\u{2019}']);
        slice.ends_with(['.', '!', '?', ':', ';'])
    };
    let opens_lower = |line: &Span| line.slice(text).starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    let breaks = lines.windows(2).filter(|w| consecutive(&w[0], &w[1])).count();
    let inside = lines
        .windows(2)
        .filter(|w| consecutive(&w[0], &w[1]) && w[0].len() >= 40 && !ends_sentence(&w[0]) && opens_lower(&w[1]))
        .count();
    if width > MAX_WIDTH || inside < 3 || inside * 5 < breaks {
        return lines;
    }
    let mut out: Vec<Span> = Vec::with_capacity(lines.len());
    for line in lines {
        match out.last_mut() {
            Some(last) if consecutive(last, &line) && !ends_sentence(last) && wrapped(text, last, width) => {
                last.end = line.end;
            }
            _ => out.push(line),
        }
    }
    out
}

/// Whether the last line of `paragraph` is as wide as a wrapped line: at
/// least three fifths of the `width`.
fn wrapped(text: &str, paragraph: &Span, width: usize) -> bool {
    let last = paragraph.slice(text).rsplit('\n').next().unwrap_or("");
    last.len() * 5 >= width * 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::boilerplate::lines;

    fn paragraphs(text: &str) -> Vec<&str> {
        let lines: Vec<Span> = lines(text, Span::new(0, text.len())).filter(|l| !l.is_empty()).collect();
        unwrap(text, lines).iter().map(|p| p.slice(text)).collect()
    }

    #[test]
    fn wrapped_lines_join_into_their_paragraphs() {
        let text = "Recall hits four carmakers\n\
                    Honda, Toyota, Nissan and Mazda are recalling cars to fix a\n\
                    problem with how the air bags inflate. No injuries have\n\
                    been reported.\n\
                    The recalls announced in Tokyo on Thursday include about 1.73\n\
                    million Toyotas, 1.14 million Hondas, 480,000 Nissans and 45,000\n\
                    Mazdas.\n\
                    Chris Martin, a Honda spokesman, wrote in an e-mail that the\n\
                    passenger-side air bag deployed differently.";
        assert_eq!(
            paragraphs(text),
            [
                "Recall hits four carmakers",
                "Honda, Toyota, Nissan and Mazda are recalling cars to fix a\n\
                 problem with how the air bags inflate. No injuries have\n\
                 been reported.",
                "The recalls announced in Tokyo on Thursday include about 1.73\n\
                 million Toyotas, 1.14 million Hondas, 480,000 Nissans and 45,000\n\
                 Mazdas.",
                "Chris Martin, a Honda spokesman, wrote in an e-mail that the\n\
                 passenger-side air bag deployed differently.",
            ]
        );
    }

    #[test]
    fn a_figure_and_a_name_broken_across_wrapped_lines_are_read_whole() {
        let text = "The recalls announced in Tokyo on Thursday include about 1.73\n\
                    million Toyotas, 1.14 million Hondas, 480,000 Nissans and 45,000\n\
                    Mazdas. The slick drifted west of Santa\n\
                    Barbara overnight, where crews from the coast guard worked to\n\
                    contain it before it reached the beaches of the county. The\n\
                    pipeline, which carried crude oil from platforms offshore, was\n\
                    shut after the leak.";
        let report = &crate::analyze(&[crate::Input::new(text)]).reports[0];
        let toyotas = report.figures.iter().find(|f| f.unit == "Toyotas").expect("the Toyotas counted");
        assert_eq!(toyotas.value, 1_730_000.0);
        assert!(report.mentions.iter().any(|m| m.text == "Santa\nBarbara"), "{:?}", report.mentions);
    }

    #[test]
    fn copy_whose_lines_are_paragraphs_stays_as_it_is() {
        let text = "Watch CBS News\n\
                    Death Toll Rises Above 200\n\
                    MEXICO CITY -- A desperate search for survivors continued in Mexico on Wednesday.\n\
                    At least 230 people were killed after the quake struck central Mexico, toppling dozens\n\
                    of buildings\n\
                    MORE FROM CBS NEWS\n\
                    One man could be seen tying the names of the missing onto a light pole.";
        assert_eq!(paragraphs(text).len(), 7);
    }
}
