//! Whose share a share is: the person or body a report names last before
//! it in its sentence, with no other share between ("Milei had 55.8% and
//! Economy Minister Sergio Massa 44.2%"; "Sergio Massa obtained 36.78%"),
//! and outside an aside ("the Democratic Alliance – led by John
//! Steenhuisen – came in at 22.16%" is the party's). Two shares of two
//! people, or of two bodies, are two quantities however alike the words
//! around them: a candidate's share in one report is not the rival's in
//! the other.

use parallax_model::{EntityId, FigureKind, Kind, Referent, Span};

use crate::compare::Side;

/// The owner of each share of the report of `side` (by figure index), and
/// its kind; `None` for figures that are no share or have none.
pub(super) fn owners(side: &Side<'_>) -> Vec<Option<(EntityId, Kind)>> {
    let report = side.report;
    let mut out = vec![None; report.figures.len()];
    let mut last: Option<(EntityId, Kind, usize)> = None;
    for mention in &report.mentions {
        match mention.referent {
            Referent::Entity(id) if matches!(mention.kind, Kind::Person | Kind::Organization) => {
                if !in_aside(side, mention.span) {
                    last = Some((id, mention.kind, mention.span.start));
                }
            }
            Referent::Figure(f) => {
                let Some(figure) = report.figures.get(f).filter(|f| f.kind == FigureKind::Percent) else { continue };
                let opening = report.sentences.get(figure.sentence).map_or(usize::MAX, |s| s.start);
                if let Some((id, kind, _)) = last.filter(|&(_, _, at)| at >= opening) {
                    out[f] = Some((id, kind));
                }
                // A share ends the reach of the name before it.
                last = None;
            }
            Referent::Entity(_) => {}
        }
    }
    out
}

/// Whether the name at `span` stands in an aside: a dash or a bracket
/// opens within three words before it and closes right after it ("– led
/// by John Steenhuisen –", "(Reuters)").
fn in_aside(side: &Side<'_>, span: Span) -> bool {
    let tokens = &side.prep.tokens;
    let folded = &side.prep.folded;
    let first = tokens.partition_point(|t| t.span().start < span.start);
    let after = tokens.partition_point(|t| t.span().start < span.end);
    let dash = |w: &str| matches!(w, "–" | "—" | "-");
    let opens = (first.saturating_sub(4)..first).any(|k| {
        let w = folded.get(k);
        w == "(" || dash(w)
    });
    let closes = folded.get(after) == ")" || dash(folded.get(after));
    opens && closes
}

/// Whether two shares have owners of one kind that are not the same.
pub(super) fn differ(a: &[(EntityId, Kind)], b: &[(EntityId, Kind)]) -> bool {
    let Some(&(_, kind)) = a.first() else { return false };
    let one_kind = a.iter().chain(b).all(|&(_, k)| k == kind);
    !b.is_empty() && one_kind && !shared(a, b)
}

/// Whether two shares have an owner in common: "the DA on 25.6%" and the
/// Democratic Alliance "at 22.16%" are two accounts of its share.
pub(super) fn shared(a: &[(EntityId, Kind)], b: &[(EntityId, Kind)]) -> bool {
    a.iter().any(|(id, _)| b.iter().any(|(other, _)| other == id))
}
