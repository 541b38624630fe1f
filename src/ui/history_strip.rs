use kurils_core::text::{fill, fixed};
use kurils_core::timeline::status_runs;
use kurils_core::TerritoryId;
use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::data::HISTORY;
use crate::state::{Language, Timeline};

/// Years marked on the strip's axis.
const AXIS_STEP: i16 = 25;

fn percent(fraction: f64) -> String {
    format!("{}%", fixed(fraction * 100.0, 3))
}

/// The whole story in one picture: a row per territory, bands coloured by
/// status from 1855 to today, and a cursor at the selected year. Clicking a
/// band moves the slider to the year under the pointer; each band is also a
/// button for the keyboard (it goes to the band's first year).
#[component]
pub fn HistoryStrip() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let (first, last) = (timeline.first, timeline.last);
    // Years are drawn as equal slots: year y covers [y, y + 1) of the axis.
    let slot = move |year: i16| {
        timeline.fraction(f64::from(year)) * f64::from(last - first) / f64::from(last - first + 1)
    };

    let rows = TerritoryId::ALL
        .into_iter()
        .map(|id| {
            let territory = HISTORY.territory(id);
            let bands = status_runs(territory, first, last)
                .into_iter()
                .map(|run| {
                    let go = move |e: MouseEvent| {
                        // A keyboard "click" has no pointer position: go to the band's first year.
                        let year = if e.detail() == 0 {
                            run.first
                        } else {
                            let Some(target) = e.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) else { return };
                            let bands = target.parent_element().unwrap_or(target).get_bounding_client_rect();
                            let x = (f64::from(e.client_x()) - bands.left()) / bands.width().max(1.0);
                            first + (x * f64::from(last - first + 1)).floor() as i16
                        };
                        timeline.set_year(year);
                    };
                    let t = lang.t();
                    let label = fill(t.strip_band, &[("territory", territory.name.get(lang.get())), ("status", t.status[run.status.index()]), ("from", &run.first.to_string()), ("to", &run.last.to_string())]);
                    view! {
                        <button
                            type="button"
                            class="band swatch"
                            data-status=run.status.as_str()
                            data-from=run.first
                            data-to=run.last
                            style:left=percent(slot(run.first))
                            style:width=percent(slot(run.last + 1) - slot(run.first))
                            aria-label=label.clone()
                            title=label
                            on:click=go
                        ></button>
                    }
                })
                .collect_view();
            view! {
                <div class="strip-row" data-territory=id.as_str()>
                    <span class="strip-name" title=territory.name.get(lang.get())>{territory.name.get(lang.get())}</span>
                    <div class="strip-bands">{bands}</div>
                </div>
            }
        })
        .collect_view();

    let axis = (first..=last)
        .filter(|y| y % AXIS_STEP == 0 || *y == first)
        .map(|y| view! { <span class="strip-tick" style:left=percent(slot(y))>{y}</span> })
        .collect_view();
    // The cursor sits in the middle of the selected year's slot. It moves by a
    // transform of a track as wide as the axis (translateX's percentages are of
    // the element's own width), so a slider step repaints no band and lays out nothing.
    let cursor = move || {
        format!(
            "translateX({})",
            percent((slot(timeline.year.get()) + slot(timeline.year.get() + 1)) / 2.0)
        )
    };

    view! {
        <section class="strip" aria-labelledby="strip-title">
            <h2 id="strip-title">{fill(lang.t().strip_title, &[("first", &first.to_string()), ("last", &last.to_string())])}</h2>
            <p class="hint">{lang.t().strip_hint}</p>
            <div class="strip-body">
                {rows}
                <div class="strip-overlay" aria-hidden="true">
                    <div class="strip-axis">{axis}</div>
                    <div class="strip-cursor-track" style:transform=cursor>
                        <div class="strip-cursor"></div>
                    </div>
                </div>
            </div>
        </section>
    }
}
