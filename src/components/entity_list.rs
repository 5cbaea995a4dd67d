//! The entity list beside the reports: every person, organization, place
//! and date either report names, with how often each report names it.
//! Clicking one selects it in both reports.

use parallax_model::{Analysis, Entity, EntityId, Kind};
use yew::prelude::*;

use crate::components::aria;
use crate::reports::report_letter;
use crate::state::{KindSet, Shared};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub hidden: KindSet,
    pub selected: Option<EntityId>,
    pub on_select: Callback<EntityId>,
}

#[function_component(EntityList)]
pub fn entity_list(props: &Props) -> Html {
    let Props {
        analysis,
        hidden,
        selected,
        on_select,
    } = props;
    let entities = analysis.entities();
    // Mentions per entity per report, counted once: long reports name
    // thousands of entities.
    let counts = MentionCounts::of(analysis);
    let groups = Kind::ALL
        .into_iter()
        .filter(|kind| *kind != Kind::Figure)
        .map(|kind| {
            let mut members: Vec<&Entity> = entities.iter().copied().filter(|e| e.kind == kind).collect();
            let total = |e: &Entity| -> usize { counts.get(e.id).iter().sum() };
            members.sort_by(|a, b| total(b).cmp(&total(a)).then_with(|| a.name.cmp(&b.name)));
            (kind, members)
        })
        .filter(|(_, members)| !members.is_empty());
    html! {
        <aside class="entity-list" aria-label="Entities">
            <h2 class="entity-list__heading">{ "Who and what" }</h2>
            { for groups.map(|(kind, members)| html! {
                <section class={classes!("entity-list__group", hidden.contains(kind).then_some("entity-list__group--hidden"))}>
                    // The legend counts highlights: say both, so the two agree.
                    <h3 class="entity-list__kind">
                        { kind.plural_label() }
                        <span class="entity-list__kind-count">
                            { format!("{} named · {} mentions", members.len(), members.iter().map(|e| counts.get(e.id).iter().sum::<usize>()).sum::<usize>()) }
                        </span>
                    </h3>
                    <ul class="entity-list__items">
                        { for members.into_iter().map(|entity| entity_row(&counts, entity, *selected, on_select)) }
                    </ul>
                </section>
            }) }
        </aside>
    }
}

/// How many times each report mentions each entity: a list sorted by
/// entity id, searched by halving.
pub struct MentionCounts(Vec<(EntityId, Vec<usize>)>);

impl MentionCounts {
    /// The counts of every entity of `analysis`.
    pub fn of(analysis: &Analysis) -> MentionCounts {
        let reports = analysis.reports.len();
        let mut counts: Vec<(EntityId, Vec<usize>)> =
            analysis.entities().into_iter().map(|entity| (entity.id, vec![0; reports])).collect();
        for (i, report) in analysis.reports.iter().enumerate() {
            for entity in &report.entities {
                if let Ok(at) = counts.binary_search_by_key(&entity.id, |(id, _)| *id) {
                    counts[at].1[i] = entity.mentions.len();
                }
            }
        }
        MentionCounts(counts)
    }

    /// Entity `id`'s count in each report (none if it is not named).
    pub fn get(&self, id: EntityId) -> &[usize] {
        match self.0.binary_search_by_key(&id, |(id, _)| *id) {
            Ok(at) => &self.0[at].1,
            Err(_) => &[],
        }
    }
}

fn entity_row(counts: &MentionCounts, entity: &Entity, selected: Option<EntityId>, on_select: &Callback<EntityId>) -> Html {
    let id = entity.id;
    let on_click = on_select.reform(move |_: MouseEvent| id);
    let is_selected = selected == Some(id);
    html! {
        <li key={id.0}>
            <button
                type="button"
                class={classes!("entity-list__item", format!("entity-list__item--{}", entity.kind.as_str()), is_selected.then_some("entity-list__item--selected"))}
                aria-pressed={aria(is_selected)}
                onclick={on_click}
            >
                <span class="entity-list__name">{ &entity.name }</span>
                <span class="entity-list__counts">
                    { for counts.get(id).iter().copied().enumerate().map(|(i, n)| {
                        html! {
                            <span
                                class={classes!("entity-list__count", (n == 0).then_some("entity-list__count--none"))}
                                title={format!("{n} in report {}", report_letter(i))}
                            >{ format!("{}{}", report_letter(i), n) }</span>
                        }
                    }) }
                </span>
            </button>
        </li>
    }
}
