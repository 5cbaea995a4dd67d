//! The kind model: a linear model over an entity's features that says
//! whether it is a person, an organization, a place, or no entity at all.
//!
//! The weights are learned from the annotated real-news reports by an
//! averaged perceptron (see [`train`](super::train)) and shipped as a text
//! file of `feature<TAB>person organization place none` lines, parsed once.

use std::sync::LazyLock;

use parallax_model::Kind;

use super::features::hash_of;
use crate::hash::FastMap;

/// The classes the model tells apart, in the order of its weights.
pub(crate) const CLASSES: [Option<Kind>; 4] = [Some(Kind::Person), Some(Kind::Organization), Some(Kind::Place), None];

/// Weights per feature hash, one per class.
#[derive(Clone, Debug, Default)]
pub struct KindModel {
    weights: FastMap<u64, [f32; 4]>,
    /// The weights by feature text, in the file's order.
    lines: Vec<(String, [f32; 4])>,
}

/// The model the analysis ships with.
pub(crate) static SHIPPED: LazyLock<KindModel> = LazyLock::new(|| KindModel::parse(include_str!("kinds.model")));

impl KindModel {
    /// A model made of `(feature, weights)` pairs.
    pub(crate) fn from_weights(lines: Vec<(String, [f32; 4])>) -> KindModel {
        let weights = lines.iter().map(|(feature, w)| (hash_of(feature), *w)).collect();
        KindModel { weights, lines }
    }

    /// The model a text file of `feature<TAB>w w w w` lines holds; lines
    /// that are not of that form (comments, blank lines) are skipped.
    pub fn parse(text: &str) -> KindModel {
        let lines = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (feature, weights) = line.split_once('\t')?;
                let mut w = [0.0; 4];
                let mut values = weights.split_whitespace().map(str::parse::<f32>);
                for slot in &mut w {
                    *slot = values.next()?.ok()?;
                }
                Some((feature.to_string(), w))
            })
            .collect();
        KindModel::from_weights(lines)
    }

    /// The model as the text [`KindModel::parse`] reads.
    pub fn to_text(&self) -> String {
        let mut out = String::from("# feature\tperson organization place none\n");
        for (feature, w) in &self.lines {
            out.push_str(&format!("{feature}\t{} {} {} {}\n", w[0], w[1], w[2], w[3]));
        }
        out
    }

    /// How many features the model weighs.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether the model weighs no feature (it then keeps the rules' kinds).
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The score of each class for an entity with these (distinct)
    /// feature hashes.
    pub(crate) fn scores(&self, features: &[u64]) -> [f32; 4] {
        let mut scores = [0.0; 4];
        for feature in features {
            if let Some(w) = self.weights.get(feature) {
                for (score, weight) in scores.iter_mut().zip(w) {
                    *score += weight;
                }
            }
        }
        scores
    }

    /// [`KindModel::predict`], for callers outside the crate.
    pub fn predict_hashes(&self, features: &[u64]) -> Option<Kind> {
        self.predict(features)
    }

    /// The class with the highest score (the first of equals).
    pub(crate) fn predict(&self, features: &[u64]) -> Option<Kind> {
        let scores = self.scores(features);
        let mut best = 0;
        for (class, score) in scores.iter().enumerate() {
            if *score > scores[best] {
                best = class;
            }
        }
        CLASSES[best]
    }
}
