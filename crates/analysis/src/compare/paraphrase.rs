//! Whether a sentence of A and a sentence of B state the same fact, in the
//! same words or in their own: a few measures of what the two share,
//! weighed by a logistic model fitted to the sentence pairs annotated in
//! the real-news set (`cargo test -p parallax-analysis --test
//! compare_real -- --ignored fit_alignment --nocapture` fits it again and
//! prints the weights below, with its scores under cross-validation).
//!
//! The measures are anchors a reader would use: the rarer words both use,
//! how much of the shorter sentence the other holds, the entities and the
//! figures both give, and where the sentences stand in their reports (news
//! puts the same facts in about the same order).

use super::context::Sentences;

/// How many measures describe a pair.
pub const FEATURES: usize = 12;

/// The measures' names, in order, for the fitting's report.
pub const FEATURE_NAMES: [&str; FEATURES] =
    [
        "dice",
        "coverage",
        "rare words",
        "entities",
        "figures",
        "position",
        "length",
        "best for A",
        "best for B",
        "phrases",
        "other figures",
        "other entities",
    ];

/// The model: a weight per measure, then the bias. Fitted on the best
/// counterparts annotated in 48 stories of the real-news set. Fitted again
/// with the pairs marked `also` as positives too, it aligned more pairs at
/// this threshold but fewer right ones (P 0.859, R 0.500 against 0.882,
/// 0.488), so these weights stand.
const WEIGHTS: [f64; FEATURES + 1] = [1.704, 1.084, 2.146, 0.375, 3.067, 1.863, -0.28, 2.233, 2.091, -0.194, 0.47, -0.1, -5.626];

/// Pairs at least this likely to state the same fact are aligned.
pub(super) const THRESHOLD: f64 = 0.9;

/// The measures of A's sentence `i` and B's sentence `j`, each from 0 to 1,
/// given the best word overlap (Dice) `i` has with any candidate, and `j`
/// with any: a sentence's best counterpart stands out from its others.
pub(super) fn features(sentences: &Sentences, i: usize, j: usize, best_of_i: f64, best_of_j: f64) -> [f64; FEATURES] {
    let vocab = &sentences.vocab;
    let (x, y) = (&vocab.a[i], &vocab.b[j]);
    let idf = |w: &u32| vocab.idf[*w as usize];
    let shared: Vec<u32> = sentences.shared_words(i, j);
    let shared_weight: f64 = shared.iter().map(idf).sum();
    let (wx, wy): (f64, f64) = (x.iter().map(idf).sum(), y.iter().map(idf).sum());
    let dice = if wx + wy > 0.0 { 2.0 * shared_weight / (wx + wy) } else { 0.0 };
    let coverage = if wx.min(wy) > 0.0 { shared_weight / wx.min(wy) } else { 0.0 };
    let rare = shared.iter().filter(|w| idf(w) >= sentences.rare_idf).count();
    let entities = sentences.shared_entities(i, j).len();
    let figures = sentences.shared_values(i, j);
    let (na, nb) = (vocab.a.len().max(1) as f64, vocab.b.len().max(1) as f64);
    let position = 1.0 - (i as f64 / na - j as f64 / nb).abs();
    let length = (x.len().min(y.len()) as f64 / 20.0).min(1.0);
    [
        dice,
        coverage.min(1.0),
        (rare as f64 / 4.0).min(1.0),
        (entities as f64 / 3.0).min(1.0),
        (figures as f64 / 2.0).min(1.0),
        position,
        length,
        if best_of_i > 0.0 { dice / best_of_i } else { 0.0 },
        if best_of_j > 0.0 { dice / best_of_j } else { 0.0 },
        (sentences.shared_phrases(i, j) as f64 / 3.0).min(1.0),
        f64::from(u8::from(sentences.values_differ(i, j))),
        f64::from(u8::from(sentences.entities_differ(i, j))),
    ]
}

/// How likely the pair with measures `x` states one fact, 0 to 1.
pub(super) fn probability(x: &[f64; FEATURES]) -> f64 {
    probability_with(&WEIGHTS, x)
}

/// [`probability`] under the model `weights` (a weight per measure, then
/// the bias).
pub fn probability_with(weights: &[f64; FEATURES + 1], x: &[f64; FEATURES]) -> f64 {
    let z: f64 = weights[FEATURES] + x.iter().zip(weights).map(|(x, w)| x * w).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}
