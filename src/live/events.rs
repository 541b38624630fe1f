//! The event list and the event texts: the selected year's events are
//! highlighted (`in-year`) and the shown one marked in the list; its text is
//! the one card not `hidden`. Choosing an event in the list moves the slider
//! to its year. Only the items of events a year change crosses are written.

use super::reactive::on_change;
use kurils_core::timeline::When;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, MouseEvent};

use super::dom::{closest, find, find_all, on, set_attr, set_class, Timer};
use super::state::State;
use crate::data::live::HISTORY;

/// How long the year must rest before the list scrolls to its event.
const SCROLL_DELAY_MS: i32 = 150;

/// The served elements that carry `data-event` (or `data-shown-event`), by event index.
fn by_event(selector: &str, attribute: &str) -> Vec<(usize, Element)> {
    find_all(selector)
        .into_iter()
        .filter_map(|element| {
            let id = element.get_attribute(attribute)?;
            Some((HISTORY.events.iter().position(|e| e.id == id)?, element))
        })
        .collect()
}

pub fn bind(state: State) {
    let timeline = state.timeline;
    for (index, item) in by_event(".event-list li[data-event]", "data-event") {
        let (when, shown) = (timeline.event_when[index], timeline.event_shown[index]);
        let button = item.query_selector("button").ok().flatten();
        on_change(
            move || (when.get() == When::Current, shown.get()),
            move |&(in_year, shown)| {
                set_class(&item, "in-year", in_year);
                set_class(&item, "shown", shown);
                if let Some(button) = &button {
                    set_attr(button, "aria-current", shown.then_some("true"));
                }
            },
        );
    }
    for (index, card) in by_event(".event-detail .event-card", "data-shown-event") {
        let shown = timeline.event_shown[index];
        on_change(
            move || shown.get(),
            move |&shown| set_attr(&card, "hidden", (!shown).then_some("")),
        );
    }
    if let Some(none) = find(".event-detail .event-none") {
        on_change(
            move || timeline.shown.get().is_some(),
            move |&some| set_attr(&none, "hidden", some.then_some("")),
        );
    }
    let Some(list) = find(".event-list") else {
        return;
    };
    on::<MouseEvent>(&list, "click", move |e| {
        let Some(id) = closest(&e, "li[data-event]").and_then(|li| li.get_attribute("data-event"))
        else {
            return;
        };
        if let Some(index) = HISTORY.events.iter().position(|event| event.id == id) {
            timeline.choose_event(index);
        }
    });

    // Keep the shown event visible inside the list's own scroll box. Only the
    // list scrolls: scrollIntoView would also scroll the page under a dragging hand.
    // It waits until the year has rested: measuring an item forces a layout,
    // which a drag across the years would pay on every event year.
    let Ok(list) = list.dyn_into::<HtmlElement>() else {
        return;
    };
    let timer = Timer::new();
    on_change(
        move || timeline.shown.get(),
        move |&shown| {
            let Some(index) = shown else {
                return;
            };
            let list = list.clone();
            timer.restart(SCROLL_DELAY_MS, move || {
                let Some(item) = list
                    .children()
                    .item(index as u32)
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                else {
                    return;
                };
                let (top, bottom) = (item.offset_top(), item.offset_top() + item.offset_height());
                let (view_top, view_height) = (list.scroll_top(), list.client_height());
                if top < view_top {
                    list.set_scroll_top(top);
                } else if bottom > view_top + view_height {
                    list.set_scroll_top(bottom - view_height);
                }
            });
        },
    );
}
