use leptos::prelude::*;

use super::served::Served;
use super::source_links::source_links;
use super::tr::{filled, l, spans, t, when};
use crate::data::page::HISTORY;

/// The text of every event: date, place, what happened, and its sources as
/// links (http(s) only: the loader admits nothing else, and this checks
/// again). All but the shown one are `hidden`; the live page flips that.
#[component]
pub fn EventDetail() -> impl IntoView {
    let served = Served::get();
    let cards = HISTORY
        .events
        .iter()
        .enumerate()
        .map(|(index, event)| {
            let place = event.happened_in.as_ref().map(|place| {
                spans(filled(|s| s.events_place, |lang| vec![("place", place.get(lang).to_owned())]))
            });
            let sources = source_links(&event.sources);
            view! {
                <article class="event-card" data-shown-event=event.id.to_string() hidden=served.shown != Some(index)>
                    <h3>{l(&event.title)}</h3>
                    <p class="event-meta">
                        <time datetime=event.date.to_string()>{spans(when(event.when()))}</time>
                        <span class="event-place">{place}</span>
                    </p>
                    <p class="event-text">{l(&event.text)}</p>
                    <h4>{t(|s| s.events_sources)}</h4>
                    <ul class="event-sources">{sources}</ul>
                </article>
            }
        })
        .collect_view();
    view! {
        <section class="event-detail">
            {cards}
            <p class="event-none" hidden=served.shown.is_some()>{t(|s| s.events_none)}</p>
        </section>
    }
}
