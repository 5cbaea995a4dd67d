//! The bar across the top: the name, the legend, the text view switch and
//! the export action.

use parallax_core::Analysis;
use yew::prelude::*;

use crate::components::legend::Legend;
use crate::route::Page;
use crate::state::{Action, KindSet, Shared, TextView};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub analysis: Shared<Analysis>,
    pub hidden: KindSet,
    pub view: TextView,
    pub page: Page,
    pub on_action: Callback<Action>,
}

#[function_component(AppBar)]
pub fn app_bar(props: &Props) -> Html {
    let Props {
        analysis,
        hidden,
        view,
        page,
        on_action,
    } = props;
    let tab = |target: Page| {
        let current = *page == target;
        html! {
            <a
                href={target.hash()}
                class={classes!("view-tabs__tab", current.then_some("view-tabs__tab--current"))}
                aria-current={current.then_some("page")}
            >{ target.label() }</a>
        }
    };
    let view_button = |target: TextView, label: &'static str| {
        let on_click = {
            let on_action = on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::SetView(target)))
        };
        let active = *view == target;
        html! {
            <button
                type="button"
                class={classes!("segmented__option", active.then_some("segmented__option--active"))}
                aria-pressed={active.to_string()}
                onclick={on_click}
            >{ label }</button>
        }
    };
    let on_export = {
        let analysis = analysis.clone();
        Callback::from(move |_: MouseEvent| {
            crate::download::save("parallax-analysis.json", "application/json", &analysis.to_json());
        })
    };
    html! {
        <header class="app-bar">
            <div class="app-bar__brand">
                <h1 class="app-bar__name">{ "Parallax" }</h1>
                <p class="app-bar__tagline">{ "Two reports of one story, side by side" }</p>
            </div>
            <nav class="view-tabs" aria-label="Views">
                { tab(Page::Read) }
                { tab(Page::Compare) }
            </nav>
            if *page == Page::Read {
                <Legend analysis={analysis.clone()} hidden={*hidden} on_action={on_action.clone()} />
            }
            <div class="app-bar__actions">
                if *page == Page::Read {
                    <div class="segmented" role="group" aria-label="Text view">
                        { view_button(TextView::Analysed, "Analysed") }
                        { view_button(TextView::Original, "Show original") }
                    </div>
                }
                <button type="button" class="button" onclick={on_export}>{ "Export JSON" }</button>
            </div>
        </header>
    }
}
