//! Learning the analysis's model from annotated reports, and analysing
//! with a model of one's own: what the dev-set tests use to train the
//! shipped kind model (`parallax train`) and to score it on reports it was
//! not trained on (cross-validation).
//!
//! The shipped model lives in `resolve/kinds/kinds.model` and is read
//! once; nothing is loaded at run time from anywhere else.

use parallax_model::{Analysis, Corrections, Kind, Span};

use crate::Input;
use crate::resolve::Resolution;

pub use crate::resolve::kinds::model::KindModel;
pub use crate::resolve::kinds::train::{Example, train};

/// The hash a feature text is looked up by (see [`KindModel`]).
pub fn hash_feature(feature: &str) -> u64 {
    crate::resolve::kinds::features::hash_of(feature)
}

/// One report with its annotations: the text and the kind of every
/// annotated name (person, organization, place; dates are left to the
/// rules).
pub struct Annotated<'a> {
    /// The report's text.
    pub text: &'a str,
    /// The annotated names: where each is and what it is.
    pub names: Vec<(Span, Kind)>,
}

/// The entities the rules find in `reports` (analysed together, as a
/// story's reports are), each with its features and the kind its
/// annotations give it: the kind most of its mentions overlap an
/// annotation of, or none when most overlap no annotation.
pub fn examples(reports: &[Annotated<'_>]) -> Vec<Example> {
    let inputs: Vec<Input<'_>> = reports.iter().map(|r| Input::new(r.text)).collect();
    let prepared: Vec<_> = inputs.iter().map(|input| crate::text::prepare(input.text)).collect();
    let found: Vec<_> =
        inputs.iter().zip(&prepared).map(|(input, prep)| crate::names::find(input.text, prep)).collect();
    let texts: Vec<&str> = inputs.iter().map(|input| input.text).collect();
    let empty = KindModel::default();
    let mut resolution = Resolution::of(&texts, &prepared, &found, &empty);
    resolution.examples(|r, span| {
        let names = &reports.get(r)?.names;
        Some(names.iter().find(|(gold, _)| gold.overlaps(span)).map(|(_, kind)| *kind))
    })
}

/// [`crate::analyze_with`] with the kinds of entities decided by `model`
/// instead of the shipped one (an empty model keeps the rules' kinds).
pub fn analyze_with_model(inputs: &[Input<'_>], corrections: &Corrections, model: &KindModel) -> Analysis {
    crate::pipeline(inputs, corrections, model)
}
