use kurils_core::viewport::scale_bar;
use leptos::prelude::*;

use crate::data::MAP;
use crate::state::{Language, MapState};

/// The scale bar and the north arrow, drawn over the map in screen space so
/// they stay the same size at every zoom. Both follow the view: the bar's
/// length is re-chosen, and the arrow turns with the meridian at the centre.
#[component]
pub fn MapOverlay() -> impl IntoView {
    let state = expect_context::<MapState>();
    let lang = expect_context::<Language>();
    let bar = Memo::new(move |_| {
        let km_per_pixel = MAP.projector.km_per_unit() * state.units_per_pixel();
        let (km, pixels) = scale_bar(km_per_pixel, 140.0);
        (km, pixels)
    });
    let north = move || {
        let center = MAP.projector.to_lonlat(state.view.get().center());
        format!("rotate({:.2})", MAP.projector.north_angle(center.lon))
    };
    view! {
        <div class="scale-bar" aria-hidden="true">
            <div class="scale-bar-line" style:width=move || format!("{:.1}px", bar.get().1)></div>
            <span class="scale-bar-label">{move || lang.t().map_scale.replace("{km}", &bar.get().0.to_string())}</span>
        </div>
        <svg class="north-arrow" viewBox="-20 -24 40 48" role="img" aria-label=move || lang.t().map_north>
            <g transform=north>
                <path d="M0 -18 L7 6 L0 1 L-7 6 Z" class="north-arrow-head"></path>
                <text y="20" text-anchor="middle">"N"</text>
            </g>
        </svg>
    }
}
