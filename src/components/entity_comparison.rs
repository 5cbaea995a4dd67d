//! Entities by report: those both name, and those only one names, with how
//! often each report names them. Choosing one selects it in both reports.
//! A function rather than a component, as the summary is.

use parallax_model::{Analysis, EntityId};

use crate::components::entity_list::MentionCounts;
use crate::components::show_more;
use yew::prelude::*;

use crate::reports::report_letter;
use crate::route::Page;

/// One column: the entities `ids`, the first `limits[which]` of them.
fn column(analysis: &Analysis, counts: &MentionCounts, title: &'static str, ids: &[EntityId], on_reveal: &Callback<EntityId>, (limits, which): (&UseStateHandle<Vec<usize>>, usize)) -> Html {
    // Sorted by id, as `Analysis::entities` gives them.
    let entities = analysis.entities();
    let by_id = |id: &EntityId| entities.binary_search_by_key(id, |e| e.id).ok().map(|at| entities[at]);
    html! {
        <div class="entity-columns__column">
            <h3 class="entity-columns__title">{ format!("{title} · {}", ids.len()) }</h3>
            <ul class="entity-columns__items">
                { for ids.iter().take(limits[which]).filter_map(by_id).map(|entity| {
                    let id = entity.id;
                    let on_click = on_reveal.reform(move |event: MouseEvent| {
                        // The app navigates itself, keeping the rest of the view.
                        event.prevent_default();
                        id
                    });
                    let counts: Vec<String> = counts.get(id).iter().enumerate().map(|(i, n)| {
                        format!("{}{}", report_letter(i), n)
                    }).collect();
                    html! {
                        <li key={id.0}>
                            <a
                                href={Page::Read.hash()}
                                class={classes!("entity-columns__item", format!("entity-list__item--{}", entity.kind.as_str()))}
                                title={format!("Show {} in both reports", entity.name)}
                                onclick={on_click}
                            >
                                <span class="entity-columns__name">{ &entity.name }</span>
                                <span class="entity-columns__kind">{ entity.kind.label() }</span>
                                <span class="entity-columns__counts">{ counts.join(" · ") }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
            { show_more(ids.len(), limits, which) }
        </div>
    }
}

/// The entities of `analysis`'s comparison by report; `on_reveal`
/// selects one in both reports. Each column shows the first
/// `limits[2..5]` of its entities.
pub fn entity_comparison(analysis: &Analysis, on_reveal: &Callback<EntityId>, limits: &UseStateHandle<Vec<usize>>) -> Html {
    let Some(c) = analysis.comparison.as_ref() else {
        return Html::default();
    };
    let counts = MentionCounts::of(analysis);
    html! {
        <section class="comparison-section" aria-labelledby="entities-heading">
            <h2 id="entities-heading" class="comparison-section__heading">{ "Who and what each names" }</h2>
            <div class="entity-columns">
                { column(analysis, &counts, "Both reports", &c.entities.shared, on_reveal, (limits, 2)) }
                { column(analysis, &counts, "Only A", &c.entities.only_a, on_reveal, (limits, 3)) }
                { column(analysis, &counts, "Only B", &c.entities.only_b, on_reveal, (limits, 4)) }
            </div>
        </section>
    }
}
