//! Learning the kind model from annotated reports: an averaged perceptron
//! over the entities' features, in a fixed order, so the same reports
//! always give the same model.

use std::collections::BTreeMap;

use parallax_model::Kind;

use super::model::{CLASSES, KindModel};

/// An entity as the model learns from it: its features, and the kind the
/// annotators gave its mentions (`None`: not an entity).
#[derive(Clone, Debug)]
pub struct Example {
    /// The entity's distinct features, as `prefix:value` texts.
    pub features: Vec<String>,
    /// The right class.
    pub label: Option<Kind>,
    /// How many mentions the entity has: an entity named often weighs
    /// more in what the reader sees, so it counts more in training (up to
    /// [`MAX_WEIGHT`] times).
    pub mentions: usize,
}

/// The most times one entity counts in training.
const MAX_WEIGHT: usize = 4;

/// Passes over the examples.
const EPOCHS: usize = 12;

/// Features seen in fewer examples than this are left out of the model:
/// they say more about one report than about news.
const MIN_COUNT: usize = 2;

/// Trains the kind model on `examples`, in their order.
pub fn train(examples: &[Example]) -> KindModel {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for example in examples {
        for feature in &example.features {
            *counts.entry(feature).or_default() += 1;
        }
    }
    let index: BTreeMap<&str, usize> =
        counts.iter().filter(|(_, n)| **n >= MIN_COUNT).enumerate().map(|(i, (f, _))| (*f, i)).collect();
    let encoded: Vec<(Vec<usize>, usize, usize)> = examples
        .iter()
        .map(|example| {
            let mut ids: Vec<usize> = example.features.iter().filter_map(|f| index.get(f.as_str()).copied()).collect();
            ids.sort_unstable();
            ids.dedup();
            let label = CLASSES.iter().position(|c| *c == example.label).unwrap_or(3);
            (ids, label, example.mentions.clamp(1, MAX_WEIGHT))
        })
        .collect();
    let n = index.len();
    // Averaged perceptron, with the usual trick: `total` accumulates each
    // update times the step it was made at, so the average is
    // `weights - total / steps`.
    let mut weights = vec![[0.0f64; 4]; n];
    let mut total = vec![[0.0f64; 4]; n];
    let mut step = 1.0f64;
    for _ in 0..EPOCHS {
        for (ids, label, times) in &encoded {
            for _ in 0..*times {
                let mut scores = [0.0f64; 4];
                for &id in ids {
                    for (score, w) in scores.iter_mut().zip(weights[id]) {
                        *score += w;
                    }
                }
                let mut guess = 0;
                for class in 1..4 {
                    if scores[class] > scores[guess] {
                        guess = class;
                    }
                }
                if guess != *label {
                    for &id in ids {
                        weights[id][*label] += 1.0;
                        weights[id][guess] -= 1.0;
                        total[id][*label] += step;
                        total[id][guess] -= step;
                    }
                }
                step += 1.0;
            }
        }
    }
    let lines = index
        .iter()
        .filter_map(|(feature, &id)| {
            let mut w = [0.0f32; 4];
            for class in 0..4 {
                let average = weights[id][class] - total[id][class] / step;
                // Two decimals are plenty, and keep the file short.
                w[class] = ((average * 100.0).round() / 100.0) as f32;
            }
            w.iter().any(|v| *v != 0.0).then(|| (feature.to_string(), w))
        })
        .collect();
    KindModel::from_weights(lines)
}
