use kurils_core::fills::{fill, pattern_id, Fill};
use kurils_core::text::fixed;
use kurils_core::Status;
use leptos::either::Either;
use leptos::prelude::*;

use crate::state::MapState;

/// The map's fill patterns, drawn from `kurils_core::fills` (the one
/// definition the SVG download shares). Their sizes are in screen pixels: the
/// transform scales them by the view units per pixel, so stripes stay as fine
/// when zoomed in. The stylesheet paints them (`.paint-japan` …).
#[component]
pub fn StatusPatterns() -> impl IntoView {
    let state = expect_context::<MapState>();
    let scale = move || fixed(state.units_per_pixel(), 3);
    let patterns = Status::ALL
        .into_iter()
        .filter_map(|status| match fill(status) {
            Fill::Plain(_) => None,
            Fill::Stripes { size, base, stripe, width } => Some(Either::Left(view! {
                <pattern id=pattern_id(status) patternUnits="userSpaceOnUse" width=size height=size patternTransform=move || format!("scale({}) rotate(45)", scale())>
                    <rect class=base.class() width=size height=size></rect>
                    <rect class=stripe.class() width=width height=size></rect>
                </pattern>
            })),
            Fill::Dots { size, base, dot, radius } => Some(Either::Right(view! {
                <pattern id=pattern_id(status) patternUnits="userSpaceOnUse" width=size height=size patternTransform=move || format!("scale({})", scale())>
                    <rect class=base.class() width=size height=size></rect>
                    <circle class=dot.class() cx=size / 2.0 cy=size / 2.0 r=radius></circle>
                </pattern>
            })),
        })
        .collect_view();
    view! { <defs>{patterns}</defs> }
}
