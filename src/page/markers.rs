use kurils_core::text::fixed;
use kurils_core::timeline::When;
use leptos::prelude::*;

use super::served::Served;
use crate::data::page::{HISTORY, MAP};

/// A marker per event at its place: the year's events large, earlier ones as
/// small grey dots, later ones hidden (`data-when`). Zero-length round-capped
/// strokes with a non-scaling width keep their size on screen at every zoom.
#[component]
pub fn Markers() -> impl IntoView {
    let served = Served::get();
    let markers = HISTORY
        .events
        .iter()
        .enumerate()
        .map(|(index, event)| {
            let at = MAP.event_points[index];
            let d = format!("M{} {}h0", fixed(at.x, 0), fixed(at.y, 0));
            let when = When::of(event.date.year(), served.year);
            let title = event.title.get(served.lang).to_owned();
            view! {
                <g
                    class="event-marker"
                    class:shown=served.shown == Some(index)
                    data-event=event.id.to_string()
                    data-date=event.date.to_string()
                    data-date-end=event.until.map(|d| d.to_string())
                    data-date-certainty=super::event_list::date_certainty(event)
                    data-when=when.as_str()
                    role="button"
                    tabindex=if when == When::Current { "0" } else { "-1" }
                    aria-label=title.clone()
                >
                    <title>{title.clone()}</title>
                    <path class="marker-halo" d=d.clone()></path>
                    <path class="marker-dot" d=d></path>
                </g>
            }
        })
        .collect_view();
    view! { <g class="event-markers">{markers}</g> }
}
