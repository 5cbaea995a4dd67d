//! Figures: the quantities a report states, with their value, what they
//! count, and how precisely the report states them.

use serde::{Deserialize, Serialize};

use crate::Span;

/// A quantity stated by a report: its value, what it counts, and how sure
/// the report is about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The number expression: currency, number, scale and unit, without
    /// qualifier or counted noun ("$4.2 billion", "1,200", "12 percent").
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// The normalised value (the lower bound of a range).
    pub value: f64,
    /// The upper bound, when the report gives a range.
    pub high: Option<f64>,
    /// What is counted or measured: a currency code ("USD"), "percent", a
    /// unit ("km") or the counted noun phrase ("Cuban doctors"); may be empty.
    pub unit: String,
    /// Where the counted noun phrase stands in the text, if there is one.
    pub unit_span: Option<Span>,
    /// Money, percentage, count or measure.
    pub kind: FigureKind,
    /// "about", "more than", "up to"… as stated before the number.
    pub qualifier: Qualifier,
    /// The qualifier's own words in the report ("nearly", "as many as"),
    /// which [`Qualifier::label`] only names; empty for an exact figure.
    #[serde(default)]
    pub qualifier_text: String,
    /// The period an amount is given for ("a month", "yearly").
    pub period: Option<Period>,
    /// Index into [`Report::sentences`] of the sentence it stands in.
    pub sentence: usize,
}

impl Figure {
    /// How the report states the figure, qualifier, counted thing and
    /// period included: "about 20 dollars a month", "1,200 specialists".
    pub fn statement(&self) -> String {
        // The report's own words for the qualifier: "nearly 70,000", not
        // "almost 70,000".
        // A bound written after the number is part of its text: "200 or more".
        let qualifier = match &self.qualifier_text {
            words if words.is_empty() => self.qualifier.label(),
            words if self.text.ends_with(words.as_str()) => "",
            words => words,
        };
        let mut parts = vec![qualifier.to_string(), self.text.clone()];
        if self.kind == FigureKind::Count {
            // "an eight-lane route" counts lanes in its own words: "eight-lane",
            // not "eight-lane lanes".
            // ASCII only: Unicode's letter and case tables would cost the
            // page kilobytes for a few words of display.
            let tail = self.text.rsplit(['-', ' ']).next().unwrap_or("");
            let said = tail.len() >= 3
                && tail.bytes().all(|b| b.is_ascii_alphabetic())
                && !self.unit.contains(' ')
                && self.unit.get(..tail.len()).is_some_and(|head| head.eq_ignore_ascii_case(tail));
            if !said {
                parts.push(one_of(&self.unit, self.value));
            }
        }
        if let Some(period) = self.period {
            parts.push(period.label().to_string());
        }
        parts.retain(|part| !part.is_empty());
        parts.join(" ")
    }
}

/// A counted word in the singular for one of it: a share of "31 deaths,
/// one in Hakui" is "one death"; several words or anything but one stay
/// as they are. ASCII only, as in [`Figure::statement`].
fn one_of(unit: &str, value: f64) -> String {
    let plural = unit.len() > 3 && !unit.contains(' ') && unit.ends_with('s') && !unit.ends_with("ss");
    match unit.strip_suffix("ies") {
        _ if value != 1.0 || !plural || matches!(unit, "news" | "series" | "species") => unit.to_string(),
        Some(stem) => format!("{stem}y"),
        None => unit[..unit.len() - 1].to_string(),
    }
}

/// What sort of quantity a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// An amount of money; the unit is a currency code.
    Money,
    /// A percentage or percentage points.
    Percent,
    /// A quantity in a unit of measure (km, tonnes, years).
    Measure,
    /// A count of something, or a bare number.
    Count,
}

/// How a report qualifies a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as exact.
    Exact,
    /// "about", "around", "roughly", "some", "an estimated".
    About,
    /// "almost", "nearly", "just under": a little below.
    Nearly,
    /// "more than", "over", "above": the value is passed.
    MoreThan,
    /// "less than", "fewer than", "under": the value is not reached.
    LessThan,
    /// "up to", "as many as": the value is a maximum, maybe reached.
    UpTo,
    /// "at least": the value is a floor, maybe the value itself.
    AtLeast,
    /// "at most", "no more than": the value is a ceiling, maybe the value
    /// itself.
    AtMost,
}

impl Qualifier {
    /// The words a reader would see, for labels ("about", "more than").
    pub fn label(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::About => "about",
            Qualifier::Nearly => "almost",
            Qualifier::MoreThan => "more than",
            Qualifier::LessThan => "less than",
            Qualifier::UpTo => "up to",
            Qualifier::AtLeast => "at least",
            Qualifier::AtMost => "at most",
        }
    }
}

/// The period an amount is given for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Per hour.
    Hour,
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

impl Period {
    /// How many of this period make a year, to compare "20 dollars a month"
    /// with "240 dollars a year".
    pub fn per_year(self) -> f64 {
        match self {
            Period::Hour => 24.0 * 365.0,
            Period::Day => 365.0,
            Period::Week => 52.0,
            Period::Month => 12.0,
            Period::Year => 1.0,
        }
    }

    /// "a month", "a year"… for labels.
    pub fn label(self) -> &'static str {
        match self {
            Period::Hour => "an hour",
            Period::Day => "a day",
            Period::Week => "a week",
            Period::Month => "a month",
            Period::Year => "a year",
        }
    }
}

/// A number as a reader writes it: thousands separated by commas, at most
/// two decimals, no float noise ("1200" → "1,200", "3.5" → "3.5").
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return String::from("?");
    }
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.abs().trunc();
    let cents = ((rounded.abs() - whole) * 100.0).round() as u64;
    let digits = (whole as u128).to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if rounded < 0.0 { "-" } else { "" };
    match cents {
        0 => format!("{sign}{grouped}"),
        c if c % 10 == 0 => format!("{sign}{grouped}.{}", c / 10),
        c => format!("{sign}{grouped}.{c:02}"),
    }
}

/// `value` with exactly `decimals` decimals, as `{:.N}` writes it (halves
/// round away from zero), without the float-printing code that `{:.N}`
/// brings into the page. Values beyond 10^38 are not written exactly.
///
/// ```
/// assert_eq!(parallax_model::fixed(12.3456, 1), "12.3");
/// assert_eq!(parallax_model::fixed(-0.5, 0), "-1");
/// assert_eq!(parallax_model::fixed(7.0, 3), "7.000");
/// ```
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return String::from("?");
    }
    let scale = 10u128.pow(decimals.min(9));
    let scaled = (value.abs() * scale as f64).round() as u128;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let (whole, part) = (scaled / scale, scaled % scale);
    match decimals {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{part:0width$}", width = decimals.min(9) as usize),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_decimals_match_the_standard_formatting() {
        for value in [0.0, 0.04, 1.25, 12.345_67, 99.95, 1_048_576.0 / 3.0, 1e12 + 0.1, -3.7, 250.0] {
            for decimals in 0..=3 {
                let expected = format!("{value:.*}", decimals as usize);
                let got = fixed(value, decimals);
                // `{:.N}` rounds exact halves to even; `fixed` away from zero.
                let close = (got.parse::<f64>().unwrap() - expected.parse::<f64>().unwrap()).abs() <= 10f64.powi(-(decimals as i32)) + 1e-9;
                assert!(got == expected || close, "{value} to {decimals}: {got} vs {expected}");
            }
        }
        assert_eq!(fixed(f64::NAN, 1), "?");
        assert_eq!(fixed(-0.001, 1), "0.0");
    }

    #[test]
    fn a_statement_names_what_is_counted_once() {
        let count = |text: &str, unit: &str| Figure {
            span: Span::new(0, text.len()),
            text: text.to_string(),
            value: if text == "one" { 1.0 } else { 8.0 },
            high: None,
            unit: unit.to_string(),
            unit_span: None,
            kind: FigureKind::Count,
            qualifier: Qualifier::Exact,
            qualifier_text: String::new(),
            period: None,
            sentence: 0,
        };
        assert_eq!(count("eight-lane", "lanes").statement(), "eight-lane");
        assert_eq!(count("72-hour", "hours of notice").statement(), "72-hour hours of notice");
        assert_eq!(count("eight", "lanes").statement(), "eight lanes");
        assert_eq!(count("eight-year-old", "cars").statement(), "eight-year-old cars");
        // One of a noun shared from a plural: "31 deaths, one in Hakui".
        assert_eq!(count("one", "deaths").statement(), "one death");
        assert_eq!(count("one", "fatalities").statement(), "one fatality");
        assert_eq!(count("one", "news").statement(), "one news");
        assert_eq!(count("one", "crew members").statement(), "one crew members");
        // A bound written after the number is said once, where it stands.
        let bounded = Figure { qualifier: Qualifier::AtLeast, qualifier_text: String::from("or more"), ..count("200 or more", "doses") };
        assert_eq!(bounded.statement(), "200 or more doses");
        let before = Figure { qualifier: Qualifier::About, qualifier_text: String::from("nearly"), ..count("eight", "lanes") };
        assert_eq!(before.statement(), "nearly eight lanes");
    }

    #[test]
    fn numbers_format_as_readers_write_them() {
        assert_eq!(format_number(1200.0), "1,200");
        assert_eq!(format_number(4_250_000.0), "4,250,000");
        assert_eq!(format_number(3.5), "3.5");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(-40.0), "-40");
        assert_eq!(format_number(f64::NAN), "?");
    }
}
