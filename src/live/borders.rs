//! The treaties' lines and the line of control: each shown in the years it was
//! in force (`data-in-force`, and reachable by Tab only then), named in the
//! page's language; pointing at or focusing one shows its card.

use web_sys::{Element, FocusEvent, PointerEvent};

use super::dom::{find_all, on, set_attr};
use super::reactive::on_change;
use super::state::{into_card, State, Target, Via};
use crate::data::live::HISTORY;

pub fn bind(state: State) {
    let (timeline, lang, focus) = (state.timeline, state.lang, state.focus);
    let lines: Vec<(usize, Element)> = find_all("svg.map .border-line")
        .into_iter()
        .filter_map(|line| {
            let id = line.get_attribute("data-border")?;
            Some((HISTORY.borders.iter().position(|b| b.id == id)?, line))
        })
        .collect();
    for (index, line) in &lines {
        let (index, border) = (*index, &HISTORY.borders[*index]);
        let shown = line.clone();
        on_change(
            move || border.in_force_in_year(timeline.year.get()),
            move |&in_force| {
                set_attr(
                    &shown,
                    "data-in-force",
                    Some(if in_force { "true" } else { "false" }),
                );
                set_attr(&shown, "tabindex", Some(if in_force { "0" } else { "-1" }));
            },
        );
        let target = Target::Border(index);
        on::<PointerEvent>(line, "pointerenter", move |e| {
            if e.pointer_type() == "mouse" {
                focus.enter(target, Via::Mouse);
            }
        });
        on::<PointerEvent>(line, "pointerleave", move |e| {
            // Onto its own card, the pointer is still with it: the card stays (a
            // tall card can cover the territory, and must not flicker under the pointer).
            if !into_card(&e) {
                focus.leave(target, Via::Mouse)
            }
        });
        on::<FocusEvent>(line, "focus", move |_| focus.enter(target, Via::Keyboard));
        on::<FocusEvent>(line, "blur", move |_| focus.leave(target, Via::Keyboard));
    }
    // (The label's text is the name placer's: `labels.rs`.)
    on_change(
        move || lang.get(),
        move |&now| {
            for (index, line) in &lines {
                set_attr(
                    line,
                    "aria-label",
                    Some(HISTORY.borders[*index].name.get(now)),
                );
            }
        },
    );
}
