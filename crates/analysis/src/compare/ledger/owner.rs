//! Whose share a share is: the person or body a report names last before
//! it in its sentence, with no other share between ("Milei had 55.8% and
//! Economy Minister Sergio Massa 44.2%"; "Sergio Massa obtained 36.78%").
//! Two shares of two people, or of two bodies, are two quantities however
//! alike the words around them: a candidate's share in one report is not
//! the rival's in the other.

use parallax_model::{EntityId, FigureKind, Kind, Referent, Report};

/// The owner of each share of `report` (by figure index), and its kind;
/// `None` for figures that are no share or have none.
pub(super) fn owners(report: &Report) -> Vec<Option<(EntityId, Kind)>> {
    let mut out = vec![None; report.figures.len()];
    let mut last: Option<(EntityId, Kind, usize)> = None;
    for mention in &report.mentions {
        match mention.referent {
            Referent::Entity(id) if matches!(mention.kind, Kind::Person | Kind::Organization) => {
                last = Some((id, mention.kind, mention.span.start));
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

/// Whether two shares have owners of one kind that are not the same.
pub(super) fn differ(a: &[(EntityId, Kind)], b: &[(EntityId, Kind)]) -> bool {
    let Some(&(_, kind)) = a.first() else { return false };
    let one_kind = a.iter().chain(b).all(|&(_, k)| k == kind);
    !b.is_empty() && one_kind && !a.iter().any(|(id, _)| b.iter().any(|(other, _)| other == id))
}

/// Whether two shares have an owner in common: "the DA on 25.6%" and the
/// Democratic Alliance "at 22.16%" are two accounts of its share.
pub(super) fn shared(a: &[(EntityId, Kind)], b: &[(EntityId, Kind)]) -> bool {
    a.iter().any(|(id, _)| b.iter().any(|(other, _)| other == id))
}
