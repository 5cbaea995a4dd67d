//! Notices above the reports: what went wrong and what the app did, each
//! with a way to keep the data concerned, dismissible.

use yew::prelude::*;

use crate::notice::{Level, Notice};

/// How long an information notice stays, in milliseconds.
const INFO_MILLIS: u32 = 8_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<u32>,
}

#[function_component(NoticeList)]
pub fn notice_list(props: &Props) -> Html {
    let Props { notices, on_dismiss } = props;
    // Information fades by itself; warnings and errors stay until dismissed.
    {
        let on_dismiss = on_dismiss.clone();
        let info: Vec<u32> = notices.iter().filter(|n| n.level == Level::Info).map(|n| n.id).collect();
        use_effect_with(info, move |info| {
            let timers: Vec<gloo::timers::callback::Timeout> = info
                .iter()
                .map(|&id| {
                    let on_dismiss = on_dismiss.clone();
                    gloo::timers::callback::Timeout::new(INFO_MILLIS, move || on_dismiss.emit(id))
                })
                .collect();
            move || drop(timers)
        });
    }
    if notices.is_empty() {
        return Html::default();
    }
    // Warnings and errors stand above the reports until dismissed;
    // information floats at the foot of the window, over the page rather
    // than pushing the reports down, and steps aside by itself.
    let (info, lasting): (Vec<&Notice>, Vec<&Notice>) = notices.iter().partition(|n| n.level == Level::Info);
    html! {
        <>
            if !lasting.is_empty() {
                <div class="notices">{ for lasting.into_iter().map(|notice| one(notice, on_dismiss)) }</div>
            }
            if !info.is_empty() {
                <div class="notices notices--floating">{ for info.into_iter().map(|notice| one(notice, on_dismiss)) }</div>
            }
        </>
    }
}

/// One notice, with its actions. Not a list item: each notice is a live
/// region (a status or an alert), which a list item cannot be.
fn one(notice: &Notice, on_dismiss: &Callback<u32>) -> Html {
    let id = notice.id;
    let on_dismiss = on_dismiss.reform(move |_: MouseEvent| id);
    let (class, role) = match notice.level {
        Level::Info => ("notice notice--info", "status"),
        Level::Warning => ("notice notice--warning", "alert"),
        Level::Error => ("notice notice--error", "alert"),
    };
    let download = notice.download.clone().map(|d| {
        let on_click = Callback::from(move |_: MouseEvent| crate::download::save(&d.filename, d.mime, &d.contents));
        html! { <button type="button" class="button" onclick={on_click}>{ notice.download.as_ref().map(|d| d.label.clone()).unwrap_or_default() }</button> }
    });
    // Deletes the stored data the notice is about, then the notice.
    let discard = notice.discard.clone().map(|keys| {
        let on_dismiss = on_dismiss.clone();
        let on_click = Callback::from(move |event: MouseEvent| {
            crate::storage::discard(&keys);
            on_dismiss.emit(event);
        });
        html! { <button type="button" class="button" onclick={on_click}>{ "Discard saved data" }</button> }
    });
    html! {
        <div key={id} {class} {role}>
            <p class="notice__text">{ &notice.text }</p>
            <div class="notice__actions">
                { for download }
                { for discard }
                <button type="button" class="button button--quiet" aria-label="Dismiss notice" onclick={on_dismiss}>{ "Dismiss" }</button>
            </div>
        </div>
    }
}
