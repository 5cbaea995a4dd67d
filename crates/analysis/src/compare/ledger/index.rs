//! B's groups indexed by what may pair them with one of A's, so that each
//! of A's groups is weighed against a few of B's, not all.

use parallax_model::FigureKind;

use super::Group;
use super::quantity::{self, Measure, Quantity};
use crate::hash::FastMap;

/// At most this many candidates per group are weighed.
const MAX_CANDIDATES: usize = 256;

/// B's groups by what may pair them with one of A's: their value (or,
/// for a precise one, a value within a hundredth of it), the words of
/// their things, their sentences, and their measure (for money,
/// percentages and units, which count no thing).
pub(super) struct Index<'g> {
    by_value: FastMap<(Measure, u64), Vec<usize>>,
    by_nearness: FastMap<(Measure, i64), Vec<usize>>,
    by_word: FastMap<(Measure, &'g str), Vec<usize>>,
    by_sentence: FastMap<usize, Vec<usize>>,
    by_measure: FastMap<Measure, Vec<usize>>,
    /// By the classes of alike things their heads are in ("killed" and
    /// "dead"), for counts that name someone.
    by_class: FastMap<(Measure, u16), Vec<usize>>,
}

impl<'g> Index<'g> {
    pub(super) fn new(groups: &'g [Group]) -> Index<'g> {
        let mut index = Index {
            by_value: FastMap::default(),
            by_nearness: FastMap::default(),
            by_word: FastMap::default(),
            by_sentence: FastMap::default(),
            by_measure: FastMap::default(),
            by_class: FastMap::default(),
        };
        for (j, g) in groups.iter().enumerate() {
            let m = &g.quantity.measure;
            index.by_value.entry((*m, g.quantity.value.to_bits())).or_default().push(j);
            if let Some(step) = nearness(&g.quantity) {
                index.by_nearness.entry((*m, step)).or_default().push(j);
            }
            let mut words: Vec<&str> = g.things.iter().flat_map(|t| &t.words).map(String::as_str).collect();
            words.sort_unstable();
            words.dedup();
            for word in words {
                index.by_word.entry((*m, word)).or_default().push(j);
            }
            for &s in &g.sentences {
                index.by_sentence.entry(s).or_default().push(j);
            }
            for class in classes(g) {
                let list = index.by_class.entry((*m, class)).or_default();
                if list.last() != Some(&j) {
                    list.push(j);
                }
            }
            if m.kind != FigureKind::Count {
                index.by_measure.entry(*m).or_default().push(j);
            }
        }
        index
    }

    /// B's groups that may pair with A's group `g`, whose sentences are
    /// aligned with B's sentences `aligned`.
    pub(super) fn candidates(&self, g: &Group, aligned: &[usize]) -> Vec<usize> {
        let m = &g.quantity.measure;
        let mut out: Vec<usize> = Vec::new();
        let mut add = |list: Option<&Vec<usize>>| out.extend(list.into_iter().flatten().take(MAX_CANDIDATES));
        add(self.by_value.get(&(*m, g.quantity.value.to_bits())));
        if let Some(step) = nearness(&g.quantity) {
            for near in step.saturating_sub(1)..=step.saturating_add(1) {
                add(self.by_nearness.get(&(*m, near)));
            }
        }
        for word in g.things.iter().flat_map(|t| &t.words) {
            add(self.by_word.get(&(*m, word.as_str())));
        }
        for s in aligned {
            add(self.by_sentence.get(s));
        }
        for class in classes(g) {
            add(self.by_class.get(&(*m, class)));
        }
        add(self.by_measure.get(m));
        out.sort_unstable();
        out.dedup();
        out.truncate(MAX_CANDIDATES);
        out
    }
}

/// Which hundredth-wide step of values a precise value is in ("23,537"
/// and "23,573" are one step apart at most); none for a round one.
fn nearness(q: &Quantity) -> Option<i64> {
    (q.is_precise() && q.value > 0.0 && q.value.is_finite()).then(|| (q.value.ln() / NEAR_VALUES.ln_1p()).floor() as i64)
}

/// Precise values this far apart, relatively, are near enough to be one
/// quantity misprinted or updated.
pub(super) const NEAR_VALUES: f64 = 0.01;

/// The classes of alike things the heads of a group's things are in;
/// none for things that name anyone ("people").
fn classes(g: &Group) -> impl Iterator<Item = u16> + '_ {
    g.things
        .iter()
        .filter(|t| !quantity::is_vague(t))
        .flat_map(|t| crate::lexicon::counted_classes(&t.head).iter().copied())
}
