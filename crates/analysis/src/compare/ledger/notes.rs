//! What a ledger row says about its pair, in a reader's words: how an
//! agreement was reached (per year, despite a qualifier), why two different
//! numbers can both be right, or that they cannot.

use parallax_model::{Figure, FigureStatus, Qualifier, format_number};

use super::quantity::{Change, Quantity};

/// The note of a row pairing A's figure `fa` (quantity `qa`) with B's
/// `fb` (`qb`).
pub(super) fn note(status: FigureStatus, qa: &Quantity, qb: &Quantity, fa: &Figure, fb: &Figure) -> String {
    let mut notes = Vec::new();
    if fa.period != fb.period {
        notes.push(format!("compared per year: {} and {}", format_number(qa.value), format_number(qb.value)));
    }
    match status {
        FigureStatus::Agree if fa.qualifier != fb.qualifier => {
            let given: Vec<String> = [("A", fa), ("B", fb)]
                .iter()
                .filter_map(|(side, f)| bound(f.qualifier).map(|what| format!("{side} gives it as {what}")))
                .collect();
            notes.push(format!("the same number; {}", given.join(", ")));
        }
        FigureStatus::Agree => {}
        FigureStatus::Compatible => notes.push(compatible(qa, qb, fa, fb)),
        FigureStatus::Conflict if qa.change.opposes(qb.change) => notes.push(format!(
            "opposite changes: A's “{}” is a {}, B's “{}” a {}",
            fa.text,
            direction(qa),
            fb.text,
            direction(qb)
        )),
        FigureStatus::Conflict if qa.bound.opposes(qb.bound) => notes.push(format!(
            "the same number from opposite sides: A's “{}” is {}, B's “{}” is {}; they do not meet",
            fa.text,
            bound(fa.qualifier).unwrap_or("exact"),
            fb.text,
            bound(fb.qualifier).unwrap_or("exact")
        )),
        FigureStatus::Conflict => {
            notes.push(format!("different values for the same quantity: “{}” in A, “{}” in B", fa.text, fb.text))
        }
        FigureStatus::OnlyA | FigureStatus::OnlyB => {}
    }
    notes.join("; ")
}

/// Which way a share went, in a reader's words.
fn direction(q: &Quantity) -> &'static str {
    match q.change {
        Change::Up => "rise",
        Change::Down => "fall",
        Change::None => "level",
    }
}

/// What a qualifier makes of a number: "a floor", "a ceiling", "an
/// approximation"; nothing for an exact number.
fn bound(qualifier: Qualifier) -> Option<&'static str> {
    match qualifier {
        Qualifier::Exact => None,
        Qualifier::AtLeast | Qualifier::MoreThan => Some("a floor"),
        Qualifier::UpTo | Qualifier::AtMost | Qualifier::LessThan => Some("a ceiling"),
        Qualifier::About | Qualifier::Nearly => Some("an approximation"),
    }
}

/// Why two different numbers can both be right: the values both reports
/// allow, in A's terms, and the qualifier or rounding of each that allows
/// them ("both can be right (22 to 30): A's “30 months” is a ceiling, B's
/// “22 months” is a floor").
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
    // Only the figures' own words are quoted: the qualifier's kind is
    // named, not quoted, since the report may word it otherwise ("as much
    // as" for "up to").
    let why: Vec<String> = [("A", qa, fa), ("B", qb, fb)]
        .iter()
        .filter_map(|(side, q, f)| match bound(f.qualifier) {
            Some(what) => Some(format!("{side}'s “{}” is {what}", f.text)),
            // A number stated as exact reconciles only by its rounding.
            None => (q.low < q.value).then(|| format!("{side}'s “{}” may be rounded", f.text)),
        })
        .collect();
    format!("both can be right ({range}): {}", why.join(", "))
}
