//! The year slider: a move of the served range input sets the year (on every
//! `input`, not only on release); the year shown large, the input's value and
//! what a screen reader says for it ("1905 — Japanese invasion of Sakhalin")
//! follow the year wherever it was changed.

use super::reactive::on_change;
use kurils_core::text::fill;
use web_sys::{HtmlInputElement, KeyboardEvent};

use super::dom::{find, find_as, on, set_attr, set_text};
use super::state::State;
use crate::data::live::HISTORY;
use crate::i18n::live::SLIDER_VALUETEXT_EVENT;

pub fn bind(state: State) {
    let timeline = state.timeline;
    let lang = state.lang;
    let year = timeline.year;
    let (Some(input), Some(display)) = (
        find_as::<HtmlInputElement>("#year-slider"),
        find("output.year-display"),
    ) else {
        return;
    };
    let moved = input.clone();
    on::<web_sys::Event>(&input, "input", move |_| {
        if let Ok(value) = moved.value().parse::<i16>() {
            timeline.set_year(value);
        }
    });
    // Arrows, Home and End are the browser's; PageUp and PageDown move ten
    // years (browsers move a tenth of the range, which here is 17).
    on::<KeyboardEvent>(&input, "keydown", move |e| {
        let step = match e.key().as_str() {
            "PageUp" => 10,
            "PageDown" => -10,
            _ => return,
        };
        e.prevent_default();
        timeline.set_year(year.get_untracked().saturating_add(step));
    });
    on_change(
        move || (year.get(), lang.get()),
        move |&(y, l)| {
            let now = y.to_string();
            set_attr(&display, "data-year", Some(&now));
            set_text(&display, &now);
            // When the input itself moved the year it already shows it: writing the
            // value again would make the browser redo the slider's style for nothing.
            if input.value() != now {
                input.set_value(&now);
            }
            // Events are in date order: the year's first is where the earlier years end.
            let first = HISTORY.events.partition_point(|e| e.date.year() < y);
            let text = match HISTORY.events.get(first).filter(|e| e.date.year() == y) {
                Some(event) => fill(
                    SLIDER_VALUETEXT_EVENT[l as usize],
                    &[("year", &now), ("event", event.title.get(l))],
                ),
                None => now,
            };
            set_attr(&input, "aria-valuetext", Some(&text));
        },
    );
}
