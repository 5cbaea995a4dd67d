//! Passages several reports carry nearly word for word: wire copy and
//! press-release text, which a reader weighs as one source however many
//! reports print it.
//!
//! The pairs' alignments say which sentences of two reports correspond
//! and how alike they are (the IDF-weighted Dice overlap of their content
//! words). Only near-copies count here: a similarity of at least
//! [`NEAR_COPY`], between sentences of at least [`MIN_WORDS`] words.
//! Aligned pairs of the dev set's stories show why 0.8: a sentence copied
//! with a word changed or a clause cut scores 0.8 to 1.0, while a
//! rewritten sentence that reports the same fact rarely passes 0.7. Short
//! sentences ("Police said.") match by chance and are no sign of a shared
//! source.
//!
//! Near-copies are clustered across the story (a sentence joins another
//! report's copy only when no report would then carry two sentences of
//! the cluster), and clusters that follow each other in every report that
//! carries them make one passage.

use parallax_model::SharedPassage;

use super::{Numbering, Pair, Sets, reports_of};
use crate::compare::Side;

/// Aligned sentences this alike (0 to 1) are copies of one text.
pub(super) const NEAR_COPY: f64 = 0.8;

/// Sentences shorter than this many words are not counted as shared.
pub(super) const MIN_WORDS: usize = 6;

/// The passages the reports share, in order of the first report that
/// carries each, and each report's share of words in them.
pub(super) fn passages(sides: &[Side<'_>], pairs: &[Pair]) -> (Vec<SharedPassage>, Vec<f64>) {
    let numbering = Numbering::new(sides.iter().map(|s| s.report.sentences.len()));
    let words: Vec<Vec<usize>> = sides
        .iter()
        .map(|side| side.report.sentences.iter().map(|&span| side.word_count(span)).collect())
        .collect();
    let mut sets = Sets::new(numbering.len());
    // The lowest similarity of the copies each sentence was clustered by.
    let mut alike = vec![1.0_f64; numbering.len()];
    for pair in pairs {
        for p in &pair.links.passages {
            let long = |r: usize, s: usize| words[r].get(s).is_some_and(|&n| n >= MIN_WORDS);
            if p.similarity < NEAR_COPY || !long(pair.a, p.a_sentence) || !long(pair.b, p.b_sentence) {
                continue;
            }
            let (x, y) = (numbering.of(pair.a, p.a_sentence), numbering.of(pair.b, p.b_sentence));
            let (rx, ry) = (sets.find(x), sets.find(y));
            if rx == ry {
                continue;
            }
            let (in_x, in_y) = (reports_of(&numbering, sets.members(rx)), reports_of(&numbering, sets.members(ry)));
            if in_x.iter().any(|r| in_y.contains(r)) {
                continue;
            }
            alike[x] = alike[x].min(p.similarity);
            alike[y] = alike[y].min(p.similarity);
            sets.union(rx, ry);
        }
    }
    let clusters = sets.groups(2);
    let shared = runs(&numbering, &clusters, &alike, sides.len());
    let share = shares(&shared, &words);
    (shared, share)
}

/// Clusters that follow one another in every report carrying them, as
/// passages.
fn runs(numbering: &Numbering, clusters: &[Vec<usize>], alike: &[f64], reports: usize) -> Vec<SharedPassage> {
    // Each cluster as (report, sentence) of its members, in report order;
    // and the cluster of each sentence.
    let mut of_sentence = vec![usize::MAX; numbering.len()];
    let members: Vec<Vec<(usize, usize)>> = clusters
        .iter()
        .enumerate()
        .map(|(c, nodes)| {
            nodes.iter().for_each(|&n| of_sentence[n] = c);
            nodes.iter().map(|&n| numbering.split(n)).collect()
        })
        .collect();
    let mut used = vec![false; clusters.len()];
    let mut out = Vec::new();
    for start in 0..clusters.len() {
        if used[start] {
            continue;
        }
        used[start] = true;
        let mut sentences: Vec<Vec<usize>> = vec![Vec::new(); reports];
        let mut similarity = 1.0_f64;
        let mut at = start;
        loop {
            for &(r, s) in &members[at] {
                sentences[r].push(s);
            }
            similarity = similarity.min(clusters[at].iter().map(|&n| alike[n]).fold(1.0, f64::min));
            let Some(next) = follower(numbering, &members[at], &of_sentence, &members) else { break };
            if used[next] {
                break;
            }
            used[next] = true;
            at = next;
        }
        out.push(SharedPassage { sentences, similarity: (similarity * 1000.0).round() / 1000.0 });
    }
    out
}

/// The cluster that holds the next sentence of every report of `cluster`,
/// and only those.
fn follower(
    numbering: &Numbering,
    cluster: &[(usize, usize)],
    of_sentence: &[usize],
    members: &[Vec<(usize, usize)>],
) -> Option<usize> {
    let &(r, s) = cluster.first()?;
    let next = numbering.of(r, s + 1);
    if numbering.split(next).0 != r {
        return None;
    }
    let candidate = *of_sentence.get(next).filter(|&&c| c != usize::MAX)?;
    let follows = members[candidate].len() == cluster.len()
        && cluster.iter().zip(&members[candidate]).all(|(&(r, s), &(q, t))| r == q && t == s + 1);
    follows.then_some(candidate)
}

/// Each report's share of words in the shared passages, 0 to 1.
fn shares(shared: &[SharedPassage], words: &[Vec<usize>]) -> Vec<f64> {
    words
        .iter()
        .enumerate()
        .map(|(r, counts)| {
            let total: usize = counts.iter().sum();
            let in_shared: usize =
                shared.iter().flat_map(|p| &p.sentences[r]).filter_map(|&s| counts.get(s)).sum();
            if total == 0 { 0.0 } else { ((in_shared as f64 / total as f64) * 1000.0).round() / 1000.0 }
        })
        .collect()
}
