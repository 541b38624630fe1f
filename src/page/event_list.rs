use leptos::prelude::*;

use super::served::Served;
use super::tr::{l, spans, t, when};
use crate::data::page::HISTORY;

/// The DOM's `data-date-certainty`: absent when the date is certain.
pub fn date_certainty(event: &kurils_core::Event) -> Option<&'static str> {
    (event.certainty != kurils_core::Certainty::Exact).then(|| event.certainty.as_str())
}

/// Every event in date order; the served year's are highlighted (`in-year`),
/// the shown one marked. Choosing one is the live page's.
#[component]
pub fn EventList() -> impl IntoView {
    let served = Served::get();
    let items = HISTORY
        .events
        .iter()
        .enumerate()
        .map(|(index, event)| {
            let shown = served.shown == Some(index);
            view! {
                <li class="event-item" data-event=event.id.to_string() data-date=event.date.to_string() data-date-end=event.until.map(|d| d.to_string()) data-date-certainty=date_certainty(event) class:in-year=event.date.year() == served.year class:shown=shown>
                    <button type="button" aria-current=shown.then_some("true")>
                        <time datetime=event.date.to_string()>{spans(when(event.when()))}</time>
                        <span class="event-title">{l(&event.title)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="events" aria-labelledby="events-title">
            <h2 id="events-title">{t(|s| s.events_title)}</h2>
            <ol class="event-list">{items}</ol>
        </section>
    }
}
