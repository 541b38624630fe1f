use kurils_core::text::fixed;
use kurils_core::timeline::When;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::data::{HISTORY, MAP};
use crate::state::{Language, Timeline};

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
            let at = MAP.event_points[index];
            let d = format!("M{} {}h0", fixed(at.x, 0), fixed(at.y, 0));
            let state = timeline.event_when[index];
            let shown = move || timeline.event_shown[index].get();
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
                    data-when=move || state.get().as_str()
                    role="button"
                    tabindex=move || if state.get() == When::Current { "0" } else { "-1" }
                    aria-label=event.title.get(lang.get())
                    on:keydown=on_key
                >
                    <title>{event.title.get(lang.get())}</title>
                    <path class="marker-halo" d=d.clone()></path>
                    <path class="marker-dot" d=d></path>
                </g>
            }
        })
        .collect_view();
    view! { <g class="event-markers">{markers}</g> }
}
