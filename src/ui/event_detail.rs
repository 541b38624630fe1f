use kurils_core::text::fill;
use leptos::prelude::*;

use crate::data::HISTORY;
use crate::state::{Language, Timeline};

/// The text of the shown event: date, place, one sentence, and its sources
/// as links (the loader admits only http(s) addresses; checked again here).
///
/// Every event's card is built once and all but the shown one are hidden:
/// moving the year then only flips `hidden` on two cards, and the wasm holds
/// one card's rendering code instead of a rebuild path.
#[component]
pub fn EventDetail() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let cards = HISTORY
        .events
        .iter()
        .enumerate()
        .map(|(index, event)| {
            let shown = timeline.event_shown[index];
            let hidden = move || !shown.get();
            let place = event.happened_in.as_ref().map(|place| fill(lang.t().events_place, &[("place", place.get(lang.get()))])).unwrap_or_default();
            let sources = event
                .sources
                .iter()
                .filter_map(|id| HISTORY.source(id))
                .filter(|source| source.is_safe_link())
                .map(|source| view! { <li><a href=&*source.url target="_blank" rel="noopener noreferrer">{&*source.title}</a></li> })
                .collect_view();
            view! {
                <article class="event-card" data-shown-event=&*event.id hidden=hidden>
                    <h3>{event.title.get(lang.get())}</h3>
                    <p class="event-meta">
                        <time datetime=event.date.to_string()>{lang.date(event.date)}</time>
                        <span class="event-place">{place}</span>
                    </p>
                    <p class="event-text">{event.text.get(lang.get())}</p>
                    <h4>{lang.t().events_sources}</h4>
                    <ul class="event-sources">{sources}</ul>
                </article>
            }
        })
        .collect_view();
    view! {
        <section class="event-detail">
            {cards}
            <p class="event-none" hidden=move || timeline.shown.get().is_some()>{lang.t().events_none}</p>
        </section>
    }
}
