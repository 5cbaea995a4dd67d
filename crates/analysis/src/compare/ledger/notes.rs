//! What a ledger row says about its pair, in a reader's words: how an
//! agreement was reached (per year, despite a qualifier), why two different
//! numbers can both be right, or that they cannot.

use parallax_model::{Figure, FigureStatus, Qualifier, format_number};

use super::quantity::Quantity;

/// The note of a row pairing A's figure `fa` (quantity `qa`) with B's
/// `fb` (`qb`).
pub(super) fn note(status: FigureStatus, qa: &Quantity, qb: &Quantity, fa: &Figure, fb: &Figure) -> String {
    let mut notes = Vec::new();
    if fa.period != fb.period {
        notes.push(format!("compared per year: {} and {}", format_number(qa.value), format_number(qb.value)));
    }
    match status {
        FigureStatus::Agree => {
            let qualified: Vec<String> = [("A", fa), ("B", fb)]
                .iter()
                .filter(|(_, f)| f.qualifier != Qualifier::Exact && fa.qualifier != fb.qualifier)
                .map(|(side, f)| format!("{side} says “{}”", f.qualifier.label()))
                .collect();
            if !qualified.is_empty() {
                notes.push(format!("the same number; {}", qualified.join(", ")));
            }
        }
        FigureStatus::Compatible => notes.push(compatible(qa, qb, fa, fb)),
        FigureStatus::Conflict => {
            notes.push(format!("different values for the same quantity: “{}” in A, “{}” in B", fa.text, fb.text))
        }
        FigureStatus::OnlyA | FigureStatus::OnlyB => {}
    }
    notes.join("; ")
}

/// Why two different numbers can both be right: the values both reports
/// allow, in A's terms, and the qualifier or rounding of each that allows
/// them ("both can be right (22 to 30): “up to 30 months” is a ceiling,
/// “at least 22 months” a floor").
fn compatible(qa: &Quantity, qb: &Quantity, fa: &Figure, fb: &Figure) -> String {
    let own = |v: f64| format_number(v / qa.scale);
    let low = qa.low.max(qb.low).max(0.0);
    let high = qa.high.min(qb.high);
    let range = if !high.is_finite() {
        format!("{} or more", own(low))
    } else if (high - low).abs() <= 1e-9 * high.abs().max(1.0) {
        own(low)
    } else if low <= 0.0 {
        format!("up to {}", own(high))
    } else {
        format!("{} to {}", own(low), own(high))
    };
    let why: Vec<String> = [(qa, fa), (qb, fb)]
        .iter()
        .filter_map(|(q, f)| {
            let label = f.qualifier.label();
            let what = match f.qualifier {
                // A number stated as exact reconciles only by its rounding.
                Qualifier::Exact => return (q.low < q.value).then(|| format!("“{}” may be rounded", f.text)),
                Qualifier::AtLeast | Qualifier::MoreThan => "a floor",
                Qualifier::UpTo | Qualifier::AtMost | Qualifier::LessThan => "a ceiling",
                Qualifier::About | Qualifier::Nearly => "approximate",
            };
            let said = if f.text.starts_with(label) { f.text.clone() } else { format!("{label} {}", f.text) };
            Some(format!("“{said}” is {what}"))
        })
        .collect();
    format!("both can be right ({range}): {}", why.join(", "))
}
