//! The stylesheet rules that place things by data: the slider's ticks, the
//! history strip's bands and axis, the map's shape and the scale bar. Written
//! at build time and appended to the stylesheet, because the strict CSP
//! forbids `style` attributes in the served HTML. Positions are `calc()`s of
//! `--first` and `--last` (the years the slider spans), so the live page moves
//! them all by setting `--last` once, should the visitor's year be later than
//! the build's.

use std::fmt::Write;

use kurils_core::text::fixed;
use kurils_core::timeline::status_runs;
use kurils_core::viewport::scale_bar;
use kurils_core::TerritoryId;

use super::served::Served;
use super::strip::AXIS_STEP;
use crate::data::page::{HISTORY, MAP};
use crate::map_style::{served_units_per_pixel, SCALE_BAR_MAX_PX, SERVED_MAP_WIDTH_PX};

/// The fraction of the strip's axis before `year`, as a CSS expression: years are equal slots.
fn slot(year: &str) -> String {
    format!("({year} - var(--first)) * 100% / (var(--last) - var(--first) + 1)")
}

pub fn layout_css() -> String {
    let served = Served::get();
    let mut css = String::from("\n/* Generated at build time (src/page/layout_css.rs). */\n");
    let _ = writeln!(
        css,
        ".app {{ --first: {}; --last: {}; }}",
        served.first, served.last
    );
    let _ = writeln!(
        css,
        ".map-wrap, .compare-map-slot {{ --map-aspect: {}; }}",
        fixed(MAP.frame.w / MAP.frame.h, 4)
    );
    // The scale bar as served: the whole map's, as a share of the map's width.
    let (_, px) = scale_bar(
        MAP.projector.km_per_unit() * served_units_per_pixel(MAP.frame),
        SCALE_BAR_MAX_PX,
    );
    let _ = writeln!(
        css,
        ".scale-bar-line {{ width: {}cqw; }}",
        fixed(px * 100.0 / SERVED_MAP_WIDTH_PX, 3)
    );
    // The slider's ticks: the thumb's centre travels from half a thumb in to half a thumb short of the end.
    for year in HISTORY.event_years() {
        let _ = writeln!(
            css,
            ".tick[data-year=\"{year}\"] {{ left: calc(var(--thumb) / 2 + (100% - var(--thumb)) * ({year} - var(--first)) / (var(--last) - var(--first))); }}"
        );
    }
    for id in TerritoryId::ALL {
        let runs = status_runs(HISTORY.territory(id), served.first, served.last);
        let open = runs.last().map(|run| run.first);
        for run in runs {
            // The run that lasts to the last year ends wherever `--last` is.
            let end = if Some(run.first) == open {
                "var(--last)".to_owned()
            } else {
                run.last.to_string()
            };
            let _ = writeln!(
                css,
                ".strip-row[data-territory=\"{}\"] .band[data-from=\"{}\"] {{ left: calc({}); width: calc(({end} + 1 - {}) * 100% / (var(--last) - var(--first) + 1)); }}",
                id.as_str(),
                run.first,
                slot(&run.first.to_string()),
                run.first,
            );
        }
    }
    for year in (served.first..=served.last).filter(|y| y % AXIS_STEP == 0 || *y == served.first) {
        let _ = writeln!(
            css,
            ".strip-tick[data-year=\"{year}\"] {{ left: calc({}); }}",
            slot(&year.to_string())
        );
    }
    // The cursor in the middle of the served year's slot (the live page moves it by a transform).
    let _ = writeln!(
        css,
        ".strip-cursor-track {{ transform: translateX(calc({} + 50% / (var(--last) - var(--first) + 1))); }}",
        slot(&served.year.to_string())
    );
    css
}
