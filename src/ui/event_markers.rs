use std::cmp::Ordering;

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::data::{HISTORY, MAP};
use crate::state::{Language, Timeline};

/// Where an event stands relative to the selected year.
fn when(event_year: i16, year: i16) -> &'static str {
    match event_year.cmp(&year) {
        Ordering::Less => "past",
        Ordering::Equal => "current",
        Ordering::Greater => "future",
    }
}

/// A marker per event at its place on the map: the selected year's events
/// large, earlier ones as small grey dots (discoverable, not cluttering),
/// later ones hidden. Markers are zero-length round-capped strokes with a
/// non-scaling width, so they keep their size on screen at every zoom with no
/// work per zoom step. All are drawn once; the year only changes `data-when`.
#[component]
pub fn EventMarkers() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let markers = HISTORY
        .events
        .iter()
        .enumerate()
        .map(|(index, event)| {
            let at = MAP.projector.to_svg(event.at);
            let d = format!("M{:.0} {:.0}h0", at.x, at.y);
            let state = Memo::new(move |_| when(event.date.year(), timeline.year.get()));
            let shown = move || timeline.shown.get() == Some(index);
            let on_key = move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    timeline.choose_event(index);
                }
            };
            view! {
                <g
                    class="event-marker"
                    class:shown=shown
                    data-event=&*event.id
                    data-date=event.date.to_string()
                    data-when=state
                    role="button"
                    tabindex=move || if state.get() == "current" { "0" } else { "-1" }
                    aria-label=move || event.title.get(lang.get())
                    on:keydown=on_key
                >
                    <title>{move || event.title.get(lang.get())}</title>
                    <path class="marker-halo" d=d.clone()></path>
                    <path class="marker-dot" d=d></path>
                </g>
            }
        })
        .collect_view();
    view! { <g class="event-markers">{markers}</g> }
}
