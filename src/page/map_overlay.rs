use kurils_core::text::fixed;
use kurils_core::viewport::scale_bar;
use leptos::prelude::*;

use super::tr::{filled, spans};
use crate::data::page::MAP;
use crate::i18n::page::EN;
use crate::map_style::{served_units_per_pixel, SCALE_BAR_MAX_PX};

/// The scale bar and the north arrow, over the map in screen space. As
/// served they are right for the whole map at any width (the bar's length is
/// in container units); the live page follows the zoom.
#[component]
pub fn MapOverlay() -> impl IntoView {
    let (km, _) = scale_bar(
        MAP.projector.km_per_unit() * served_units_per_pixel(MAP.frame),
        SCALE_BAR_MAX_PX,
    );
    let km = fixed(km, 3);
    let label = filled(|s| s.map_scale, |_| vec![("km", km.clone())]);
    let north = format!(
        "rotate({})",
        fixed(MAP.projector.north_angle_at(MAP.frame.center()), 2)
    );
    view! {
        <div class="scale-bar" aria-hidden="true">
            <div class="scale-bar-line"></div>
            <span class="scale-bar-label">{spans(label)}</span>
        </div>
        <svg class="north-arrow" viewBox="-20 -24 40 48" role="img" aria-label=EN.map_north>
            <g transform=north>
                <path d="M0 -18 L7 6 L0 1 L-7 6 Z" class="north-arrow-head"></path>
                <text y="20" text-anchor="middle">"N"</text>
            </g>
        </svg>
    }
}
