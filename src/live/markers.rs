//! The event markers: `data-when` (past, current, future) and `tabindex`
//! follow the year, `shown` marks the event whose text is shown, and the
//! title and accessible name follow the language. Only the markers of the
//! events a year change crosses are written (per-event signals in `Timeline`).

use super::reactive::on_change;
use kurils_core::timeline::When;
use web_sys::Element;

use super::dom::{find_all, set_attr, set_class, set_text};
use super::state::State;
use crate::data::live::HISTORY;

pub fn bind(state: State) {
    let timeline = state.timeline;
    let lang = state.lang;
    let markers: Vec<(usize, Element)> = find_all("svg.map .event-marker")
        .into_iter()
        .filter_map(|marker| {
            let id = marker.get_attribute("data-event")?;
            Some((HISTORY.events.iter().position(|e| e.id == id)?, marker))
        })
        .collect();
    for (index, marker) in &markers {
        let (when, shown) = (timeline.event_when[*index], timeline.event_shown[*index]);
        let marker = marker.clone();
        on_change(
            move || (when.get(), shown.get()),
            move |&(when, shown)| {
                set_attr(&marker, "data-when", Some(when.as_str()));
                set_attr(
                    &marker,
                    "tabindex",
                    Some(if when == When::Current { "0" } else { "-1" }),
                );
                set_class(&marker, "shown", shown);
            },
        );
    }
    on_change(
        move || lang.get(),
        move |&now| {
            for (index, marker) in &markers {
                let name = HISTORY.events[*index].title.get(now);
                set_attr(marker, "aria-label", Some(name));
                if let Ok(Some(title)) = marker.query_selector("title") {
                    set_text(&title, name);
                }
            }
        },
    );
}
