use kurils_core::text::{fill, fixed};
use kurils_core::viewport::scale_bar;
use leptos::prelude::*;

use crate::data::MAP;
use crate::state::{Language, MapState};

/// The scale bar's longest length on screen, in CSS pixels.
const SCALE_BAR_MAX_PX: f64 = 140.0;

/// The scale bar and the north arrow, drawn over the map in screen space so
/// they stay the same size at every zoom. Both follow the view: the bar's
/// length is re-chosen, and the arrow turns with the meridian at the centre.
#[component]
pub fn MapOverlay() -> impl IntoView {
    let state = expect_context::<MapState>();
    let lang = expect_context::<Language>();
    let bar = Memo::new(move |_| {
        scale_bar(
            MAP.projector.km_per_unit() * state.units_per_pixel(),
            SCALE_BAR_MAX_PX,
        )
    });
    let scale = lang.t().map_scale;
    let north = move || {
        format!(
            "rotate({})",
            fixed(MAP.projector.north_angle_at(state.view.get().center()), 2)
        )
    };
    view! {
        <div class="scale-bar" aria-hidden="true">
            <div class="scale-bar-line" style:width=move || format!("{}px", fixed(bar.get().1, 1))></div>
            <span class="scale-bar-label">{move || fill(scale, &[("km", &fixed(bar.get().0, 3))])}</span>
        </div>
        <svg class="north-arrow" viewBox="-20 -24 40 48" role="img" aria-label=lang.t().map_north>
            <g transform=north>
                <path d="M0 -18 L7 6 L0 1 L-7 6 Z" class="north-arrow-head"></path>
                <text y="20" text-anchor="middle">"N"</text>
            </g>
        </svg>
    }
}
