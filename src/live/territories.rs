//! The eight territories: each served `<path>` keeps its `data-status` equal
//! to the territory's status on 31 December of the selected year, and its
//! accessible name ("Iturup / Etorofu: Administered by …") in the page's
//! language. `data-shown-as` is the status the chosen viewpoint draws (the
//! fill follows it): equal to `data-status` on the de facto map. Pointing at or
//! focusing one shows its card.

use super::reactive::on_change;
use kurils_core::text::fill;
use web_sys::{FocusEvent, PointerEvent};

use super::dom::{find_all, on, set_attr, territory_of};
use super::state::{as_seen_by, into_card, status_in, State, Target, Via};
use crate::data::live::HISTORY;
use crate::i18n::live::TERRITORY_LABEL;

pub fn bind(state: State) {
    let timeline = state.timeline;
    let lang = state.lang;
    let focus = state.focus;
    let viewpoint = state.viewpoint;
    for path in find_all("svg.map path.territory") {
        let Some(id) = territory_of(&path) else {
            continue;
        };
        let territory = HISTORY.territory(id);
        // Follows the period row, which changes only in the years something
        // changed: the path is written only when its status (or the language) changes.
        let shown = path.clone();
        let status = move || {
            timeline
                .periods
                .with(|row| row[id.index()])
                .map(|i| (territory.periods[i].status, territory.periods[i].polity))
        };
        // The chosen government's view where it differs from the de facto map.
        let view = move || {
            viewpoint
                .row
                .with(|row| row[id.index()])
                .map(|i| (territory.views[i].government, territory.views[i].status))
        };
        on_change(
            move || (status(), view(), lang.get()),
            move |&(status, view, now)| {
                set_attr(&shown, "data-status", status.map(|(s, _)| s.as_str()));
                let shown_as = view.map(|(_, s)| s).or(status.map(|(s, _)| s));
                set_attr(&shown, "data-shown-as", shown_as.map(|s| s.as_str()));
                let mut label = fill(
                    TERRITORY_LABEL[now as usize],
                    &[
                        ("name", territory.name.get(now)),
                        (
                            "status",
                            &status.map_or(String::new(), |(s, p)| status_in(s, Some(p), now)),
                        ),
                    ],
                );
                if let Some((government, status)) = view {
                    label.push_str(". ");
                    label.push_str(&as_seen_by(government, status, now));
                }
                set_attr(&shown, "aria-label", Some(&label));
            },
        );
        on::<PointerEvent>(&path, "pointerenter", move |e| {
            if e.pointer_type() == "mouse" {
                focus.enter(Target::Territory(id), Via::Mouse);
            }
        });
        on::<PointerEvent>(&path, "pointerleave", move |e| {
            // Onto its own card, the pointer is still with it: the card stays (a
            // tall card can cover the territory, and must not flicker under the pointer).
            if !into_card(&e) {
                focus.leave(Target::Territory(id), Via::Mouse)
            }
        });
        on::<FocusEvent>(&path, "focus", move |_| {
            focus.enter(Target::Territory(id), Via::Keyboard)
        });
        on::<FocusEvent>(&path, "blur", move |_| {
            focus.leave(Target::Territory(id), Via::Keyboard)
        });
    }
}
