//! The history strip: the cursor follows the year (a transform of a track as
//! wide as the axis, so a slider step repaints no band and lays out nothing);
//! a click on a band goes to the year under the pointer, Enter on a focused
//! band to its first year; the bands' names follow the language.

use super::reactive::on_change;
use kurils_core::text::{fill, fixed};
use kurils_core::{Polity, Status, TerritoryId};
use web_sys::{Element, MouseEvent};

use super::dom::{closest, find, find_all, on, set_attr, set_style, territory_of};
use super::state::{status_in, State};
use crate::data::live::HISTORY;
use crate::i18n::live::STRIP_BAND;

pub fn bind(state: State) {
    let (timeline, lang) = (state.timeline, state.lang);
    let (first, last) = (timeline.first, timeline.last);
    let span = f64::from(last - first + 1);
    if let Some(cursor) = find(".strip-cursor-track") {
        on_change(
            move || timeline.year.get(),
            move |&year| {
                // The middle of the year's slot: years are equal slots of the axis.
                let middle = (f64::from(year - first) + 0.5) / span;
                set_style(
                    &cursor,
                    "transform",
                    &format!("translateX({}%)", fixed(middle * 100.0, 3)),
                );
            },
        );
    }
    if let Some(body) = find(".strip-body") {
        on::<MouseEvent>(&body, "click", move |e| {
            let Some(band) = closest(&e, ".band") else {
                return;
            };
            // A keyboard "click" has no pointer position: go to the band's first year.
            let year = if e.detail() == 0 {
                band.get_attribute("data-from").and_then(|y| y.parse().ok())
            } else {
                band.parent_element().map(|bands| {
                    let r = bands.get_bounding_client_rect();
                    let x = (f64::from(e.client_x()) - r.left()) / r.width().max(1.0);
                    first + (x * span).floor() as i16
                })
            };
            if let Some(year) = year {
                timeline.set_year(year);
            }
        });
    }
    // Names that live in attributes: one language at a time.
    let rows: Vec<(Element, TerritoryId, Vec<Element>)> = find_all(".strip-row[data-territory]")
        .into_iter()
        .filter_map(|row| {
            let id = territory_of(&row)?;
            let bands = super::dom::find_all_in(&row, ".band");
            Some((row, id, bands))
        })
        .collect();
    on_change(
        move || lang.get(),
        move |&now| {
            for (row, id, bands) in &rows {
                let name = HISTORY.territory(*id).name.get(now);
                if let Ok(Some(label)) = row.query_selector(".strip-name") {
                    set_attr(&label, "title", Some(name));
                }
                for band in bands {
                    let attr = |n: &str| band.get_attribute(n).unwrap_or_default();
                    let status = Status::parse(&attr("data-status")).map_or(String::new(), |s| {
                        status_in(s, Polity::parse(&attr("data-polity")), now)
                    });
                    let label = fill(
                        STRIP_BAND[now as usize],
                        &[
                            ("territory", name),
                            ("status", &status),
                            ("from", &attr("data-from")),
                            ("to", &attr("data-to")),
                        ],
                    );
                    set_attr(band, "aria-label", Some(&label));
                    set_attr(band, "title", Some(&label));
                }
            }
        },
    );
}
