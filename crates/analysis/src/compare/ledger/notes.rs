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
        FigureStatus::Conflict => notes.push(format!(
            "different values for the same quantity: {} in A, {} in B",
            shown(qa, fa),
            shown(qb, fb)
        )),
        FigureStatus::OnlyA | FigureStatus::OnlyB => {}
    }
    notes.join("; ")
}

/// Why two different numbers can both be right: the values both reports
/// allow, and the qualifier or rounding that allows them.
fn compatible(qa: &Quantity, qb: &Quantity, fa: &Figure, fb: &Figure) -> String {
    let low = qa.low.max(qb.low).max(0.0);
    let high = qa.high.min(qb.high);
    let range = if !high.is_finite() {
        format!("{} or more", format_number(low))
    } else if (high - low).abs() <= 1e-9 * high.abs().max(1.0) {
        format_number(low)
    } else if low <= 0.0 {
        format!("up to {}", format_number(high))
    } else {
        format!("{} to {}", format_number(low), format_number(high))
    };
    let why: Vec<String> = [(qa, fa), (qb, fb)]
        .iter()
        .filter_map(|(q, f)| match f.qualifier {
            // A number stated as exact reconciles only by its rounding.
            Qualifier::Exact => (q.low < q.value).then(|| format!("{} may be rounded", format_number(q.value))),
            Qualifier::AtLeast | Qualifier::MoreThan => Some(format!("“{}” sets a floor", f.qualifier.label())),
            Qualifier::UpTo | Qualifier::AtMost | Qualifier::LessThan => {
                Some(format!("“{}” sets a ceiling", f.qualifier.label()))
            }
            Qualifier::About | Qualifier::Nearly => Some(format!("“{}” allows some leeway", f.qualifier.label())),
        })
        .collect();
    format!("both can be right ({range}): {}", why.join(", "))
}

/// A figure's value as the ledger compares it: per year when a period is
/// given.
fn shown(q: &Quantity, f: &Figure) -> String {
    match f.period {
        Some(_) => format!("{} a year", format_number(q.value)),
        None => format_number(q.value),
    }
}
