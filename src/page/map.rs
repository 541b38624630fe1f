use kurils_core::fills::{fill, pattern_id, Fill};
use kurils_core::text::fixed;
use kurils_core::Status;
use leptos::either::Either;
use leptos::prelude::*;

use super::borders::Borders;
use super::map_labels::MapLabels;
use super::map_overlay::MapOverlay;
use super::markers::Markers;
use super::served::Served;
use super::zoom_controls::ZoomControls;
use crate::data::page::{HISTORY, MAP};
use crate::i18n::page::{strings, EN};
use crate::map_style::{pattern_scale, sea, served_units_per_pixel, view_box};

/// The SVG map at the whole-map view: sea, graticule, neighbouring land, the
/// eight territories coloured for the served year, the 50th-parallel border,
/// event markers and labels; over it the scale bar, the north arrow, the zoom
/// buttons and the slot for the territory card. Paths are written here once;
/// the live page moves the view box and changes attributes.
#[component]
pub fn Map() -> impl IntoView {
    let served = Served::get();
    let upp = served_units_per_pixel(MAP.frame);
    let sea = sea(MAP.frame);
    let t = strings(served.lang);
    let territories = MAP
        .territories
        .iter()
        .map(|shape| {
            let territory = HISTORY.territory(shape.id);
            let period = served.periods[shape.id.index()].map(|i| &territory.periods[i]);
            let status = period.map(|p| p.status);
            let label = kurils_core::text::fill(
                t.territory_label,
                &[
                    ("name", territory.name.get(served.lang)),
                    (
                        "status",
                        &period.map_or(String::new(), |p| {
                            super::tr::status_in(p.status, Some(p.polity), served.lang)
                        }),
                    ),
                ],
            );
            let title = format!(
                "{} · {} · {}",
                territory.name.en, territory.name.ja, territory.name.ru
            );
            view! {
                <path
                    class="territory"
                    data-territory=shape.id.as_str()
                    data-status=status.map(|s| s.as_str())
                    data-shown-as=status.map(|s| s.as_str())
                    d=shape.path.to_string()
                    fill-rule="evenodd"
                    tabindex="0"
                    aria-label=label
                >
                    <title>{title}</title>
                </path>
            }
        })
        .collect_view();
    view! {
        <div class="map-wrap">
            <svg class="map" viewBox=view_box(MAP.frame) preserveAspectRatio="xMidYMid meet" role="group" aria-label=EN.map_label tabindex="0">
                <Patterns scale=pattern_scale(upp) />
                <rect class="sea" x=fixed(sea.x, 0) y=fixed(sea.y, 0) width=fixed(sea.w, 0) height=fixed(sea.h, 0)></rect>
                <g class="graticule" aria-hidden="true">
                    {MAP.graticule.iter().map(|line| view! { <path d=line.path.to_string()></path> }).collect_view()}
                </g>
                <path class="context-land" d=MAP.context.to_string() aria-hidden="true"></path>
                <g class="territories">{territories}</g>
                <path class="border-50n" d=MAP.sakhalin_border.to_string() aria-hidden="true"></path>
                <Borders />
                <Markers />
                <MapLabels />
            </svg>
            <MapOverlay />
            <ZoomControls />
            <div class="territory-card-slot"></div>
        </div>
    }
}

/// The fill patterns of `kurils_core::fills` (the one definition the SVG
/// download shares), sized in screen pixels by `scale` view units per pixel.
#[component]
fn Patterns(scale: String) -> impl IntoView {
    let patterns = Status::ALL
        .into_iter()
        .filter_map(|status| match fill(status) {
            Fill::Plain(_) => None,
            Fill::Stripes { size, base, stripe, width } => Some(Either::Left(view! {
                <pattern id=pattern_id(status) patternUnits="userSpaceOnUse" width=size height=size patternTransform=format!("scale({scale}) rotate(45)")>
                    <rect class=base.class() width=size height=size></rect>
                    <rect class=stripe.class() width=width height=size></rect>
                </pattern>
            })),
            Fill::Dots { size, base, dot, radius } => Some(Either::Right(view! {
                <pattern id=pattern_id(status) patternUnits="userSpaceOnUse" width=size height=size patternTransform=format!("scale({scale})")>
                    <rect class=base.class() width=size height=size></rect>
                    <circle class=dot.class() cx=size / 2.0 cy=size / 2.0 r=radius></circle>
                </pattern>
            })),
        })
        .collect_view();
    view! { <defs>{patterns}</defs> }
}
