//! How a story is covered: three or more reports of one story read
//! together (see [`parallax_model::Coverage`]).
//!
//! Entities are already resolved across every report of an analysis, so
//! the entity rows are the reports' own mention counts side by side.

use parallax_model::{Coverage, EntityCoverage, EntityId, Report};

use crate::text::Prepared;

/// The coverage of the story that `reports` (with their tokens, `prepared`)
/// tell, in the reports' order.
pub(crate) fn cover(prepared: &[Prepared], reports: &[Report]) -> Coverage {
    debug_assert_eq!(prepared.len(), reports.len());
    Coverage { entities: entities(reports), shared_share: vec![0.0; reports.len()], ..Coverage::default() }
}

/// One row per entity any report names, with each report's mention count:
/// those named by the most reports first, then the most mentioned, then
/// in order of first mention.
fn entities(reports: &[Report]) -> Vec<EntityCoverage> {
    let mut ids: Vec<EntityId> = Vec::new();
    for report in reports {
        for entity in &report.entities {
            if !ids.contains(&entity.id) {
                ids.push(entity.id);
            }
        }
    }
    let mut rows: Vec<EntityCoverage> = ids
        .into_iter()
        .map(|id| EntityCoverage { id, counts: reports.iter().map(|report| report.mention_count(id)).collect() })
        .collect();
    // A stable sort keeps first-mention order among equals.
    rows.sort_by_key(|row| {
        let naming = row.counts.iter().filter(|&&count| count > 0).count();
        (std::cmp::Reverse(naming), std::cmp::Reverse(row.counts.iter().sum::<usize>()))
    });
    rows
}
