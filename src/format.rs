//! Number formatting for labels: thousands separators, no float noise.

/// "1200" → "1,200"; "3.5" stays "3.5"; "4250000" → "4,250,000".
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return String::from("?");
    }
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.trunc().abs() as u64;
    let fraction = (rounded.abs() - rounded.abs().trunc()) * 100.0;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if rounded < 0.0 { "-" } else { "" };
    let fraction = fraction.round() as u64;
    if fraction == 0 {
        format!("{sign}{grouped}")
    } else if fraction % 10 == 0 {
        format!("{sign}{grouped}.{}", fraction / 10)
    } else {
        format!("{sign}{grouped}.{fraction:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn groups_thousands_and_trims_fractions() {
        assert_eq!(number(1200.0), "1,200");
        assert_eq!(number(4_250_000.0), "4,250,000");
        assert_eq!(number(3.5), "3.5");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(12.0), "12");
        assert_eq!(number(-40.0), "-40");
        assert_eq!(number(f64::NAN), "?");
    }
}
