//! The selected entity, explained and open to correction: every form the
//! reports use for it, why each is a mention of its kind and why it belongs
//! to this entity, and the corrections a reader can make (change its kind,
//! merge it into another entity, split a form off, say a form is not an
//! entity at all).

use std::collections::BTreeMap;

use parallax_model::{Analysis, Correction, Entity, EntityId, Kind};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::reports::report_letter;
use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub selected: EntityId,
    pub on_correct: Callback<Correction>,
}

/// One form of an entity as the reports write it.
#[derive(Default)]
struct Form {
    /// Mentions per report.
    counts: Vec<usize>,
    /// Why it is a mention of its kind.
    why: String,
    /// Why it belongs to the entity; `None` for the canonical name.
    link: Option<String>,
}

/// The entity's forms, by text, across every report.
fn forms(analysis: &Analysis, entity: &Entity) -> BTreeMap<String, Form> {
    let reports = analysis.reports.len();
    let mut forms: BTreeMap<String, Form> = BTreeMap::new();
    for (r, report) in analysis.reports.iter().enumerate() {
        let Some(own) = report.entity(entity.id) else {
            continue;
        };
        for mention in own.mentions.iter().filter_map(|&m| report.mentions.get(m)) {
            let form = forms.entry(mention.text.clone()).or_insert_with(|| Form {
                counts: vec![0; reports],
                why: mention.evidence.to_string(),
                link: mention.link.as_ref().map(ToString::to_string),
            });
            form.counts[r] += 1;
        }
    }
    forms
}

/// The kinds an entity can be corrected to or added as.
pub const ENTITY_KINDS: [Kind; 4] = [Kind::Person, Kind::Organization, Kind::Place, Kind::Date];

/// A button's callback that makes every correction of `corrections`.
fn correct_all(on_correct: &Callback<Correction>, corrections: Vec<Correction>) -> Callback<MouseEvent> {
    let on_correct = on_correct.clone();
    Callback::from(move |_: MouseEvent| {
        for correction in corrections.clone() {
            on_correct.emit(correction);
        }
    })
}

#[function_component(EntityInspector)]
pub fn entity_inspector(props: &Props) -> Html {
    let Props {
        analysis,
        selected,
        on_correct,
    } = props;
    let merge_target = use_state(|| None::<EntityId>);
    let Some(entity) = analysis.entity(*selected) else {
        return Html::default();
    };
    let forms = forms(analysis, entity);
    let several_forms = forms.len() > 1;
    let not_entity = correct_all(on_correct, forms.keys().map(|text| Correction::NotAnEntity { text: text.clone() }).collect());
    html! {
        <section class="inspector" aria-labelledby="inspector-heading">
            <h2 class="inspector__heading" id="inspector-heading" tabindex="-1">
                <span class={classes!("inspector__kind", format!("mention--{}", entity.kind.as_str()))}>{ entity.kind.label() }</span>
                <span class="inspector__name">{ &entity.name }</span>
            </h2>
            <h3 class="inspector__subheading">{ "Why it is highlighted" }</h3>
            <ul class="inspector__forms">
                { for forms.iter().map(|(text, form)| form_item(entity, text, form, several_forms, on_correct)) }
            </ul>
            <h3 class="inspector__subheading">{ "Correct it" }</h3>
            { retype_row(entity, on_correct) }
            { merge_row(analysis, entity, &merge_target, on_correct) }
            <p class="inspector__row">
                <button type="button" class="button button--small" onclick={not_entity}>
                    { if several_forms { "None of these is an entity" } else { "Not an entity" } }
                </button>
            </p>
            <p class="inspector__hint">{ "To add a name the analysis missed, select it in a report, or type it in the form below the entity list." }</p>
        </section>
    }
}

/// One form of the entity: how often each report uses it, why it is a
/// mention and why it is this entity, and the corrections that apply to it.
fn form_item(entity: &Entity, text: &str, form: &Form, several_forms: bool, on_correct: &Callback<Correction>) -> Html {
    let counts: Vec<String> = form
        .counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(r, n)| format!("{n}× in {}", report_letter(r)))
        .collect();
    let split = (several_forms && text != entity.name)
        .then(|| correct_all(on_correct, vec![Correction::Split { text: text.to_string(), from: entity.name.clone() }]));
    html! {
        <li class="inspector__form" key={text}>
            <p class="inspector__form-head">
                <q class="inspector__form-text">{ text }</q>
                <span class="inspector__form-counts">{ counts.join(" · ") }</span>
            </p>
            <p class="inspector__why">
                <span class="inspector__label">{ format!("{}:", entity.kind.label()) }</span>
                { " " }{ &form.why }
            </p>
            if let Some(link) = &form.link {
                <p class="inspector__why">
                    <span class="inspector__label">{ "Same entity:" }</span>
                    { " " }{ link }
                </p>
            }
            <p class="inspector__form-actions">
                if let Some(split) = split {
                    <button type="button" class="button button--small" onclick={split}
                        aria-label={format!("Split off “{text}” as an entity of its own")}>{ "Split off" }</button>
                }
                <button type="button" class="button button--small" onclick={correct_all(on_correct, vec![Correction::NotAnEntity { text: text.to_string() }])}
                    aria-label={format!("Not an entity: “{text}”")}>{ "Not an entity" }</button>
            </p>
        </li>
    }
}

/// The choice of the entity's kind.
fn retype_row(entity: &Entity, on_correct: &Callback<Correction>) -> Html {
    let on_retype = {
        let (on_correct, name) = (on_correct.clone(), entity.name.clone());
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(kind) = Kind::parse(&select.value()) {
                on_correct.emit(Correction::Retype {
                    name: name.clone(),
                    kind,
                });
            }
        })
    };
    html! {
        <div class="inspector__row">
            <label class="inspector__label" for="inspector-kind">{ "Kind" }</label>
            <select id="inspector-kind" class="inspector__select" onchange={on_retype}>
                { for ENTITY_KINDS.iter().map(|kind| html! {
                    <option value={kind.as_str()} selected={*kind == entity.kind}>{ kind.label() }</option>
                }) }
            </select>
        </div>
    }
}

/// The choice of another entity this one is the same as, and the button
/// that merges them.
fn merge_row(analysis: &Analysis, entity: &Entity, merge_target: &UseStateHandle<Option<EntityId>>, on_correct: &Callback<Correction>) -> Html {
    // Other entities to merge into: the same kind first, then by name.
    let mut others: Vec<&Entity> = analysis
        .entities()
        .into_iter()
        .filter(|e| e.id != entity.id)
        .collect();
    others.sort_by(|a, b| {
        (a.kind != entity.kind)
            .cmp(&(b.kind != entity.kind))
            .then_with(|| a.name.cmp(&b.name))
    });
    let target = merge_target.and_then(|id| others.iter().find(|e| e.id == id).copied());
    let on_target = {
        let merge_target = merge_target.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            merge_target.set(select.value().parse().ok().map(EntityId));
        })
    };
    let on_merge = match target {
        Some(target) => correct_all(on_correct, vec![Correction::Merge {
            name: entity.name.clone(),
            into: target.name.clone(),
        }]),
        None => Callback::noop(),
    };
    html! {
        <div class="inspector__row">
            <label class="inspector__label" for="inspector-merge">{ "Same as" }</label>
            <select id="inspector-merge" class="inspector__select" onchange={on_target}>
                <option value="" selected={target.is_none()}>{ "Choose an entity…" }</option>
                { for others.iter().map(|other| html! {
                    <option value={other.id.0.to_string()} selected={Some(other.id) == target.map(|t| t.id)}>
                        { format!("{} ({})", other.name, other.kind.label().to_ascii_lowercase()) }
                    </option>
                }) }
            </select>
            <button type="button" class="button button--small" disabled={target.is_none()} onclick={on_merge}>{ "Merge" }</button>
        </div>
    }
}
