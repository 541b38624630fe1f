use kurils_core::text::fill;
use leptos::prelude::*;

use crate::data::HISTORY;
use crate::state::{Language, Timeline};

/// The text of the shown event: date, place, one sentence, and its sources
/// as links (the loader admits only http(s) addresses; checked again here).
#[component]
pub fn EventDetail() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let body = move || {
        let Some(event) = timeline.shown.get().map(|i| &HISTORY.events[i]) else {
            // Only this text follows the year: the card is rebuilt when the shown event changes.
            let none = move || {
                fill(
                    lang.t().events_none,
                    &[("year", &timeline.year.get().to_string())],
                )
            };
            return view! { <p class="event-none">{none}</p> }.into_any();
        };
        let l = lang.get();
        let place = event
            .happened_in
            .as_ref()
            .map(|place| fill(lang.t().events_place, &[("place", place.get(l))]));
        let sources = event
            .sources
            .iter()
            .filter_map(|id| HISTORY.source(id))
            .filter(|source| source.is_safe_link())
            .map(|source| {
                view! {
                    <li>
                        <a href=&*source.url target="_blank" rel="noopener noreferrer">{&*source.title}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <article class="event-card" data-shown-event=&*event.id>
                <h3>{event.title.get(l)}</h3>
                <p class="event-meta">
                    <time datetime=event.date.to_string()>{lang.date(event.date)}</time>
                    {place.map(|place| view! { <span class="event-place">{place}</span> })}
                </p>
                <p class="event-text">{event.text.get(l)}</p>
                <h4>{lang.t().events_sources}</h4>
                <ul class="event-sources">{sources}</ul>
            </article>
        }
        .into_any()
    };
    view! { <section class="event-detail">{body}</section> }
}
