use kurils_core::text::fixed;
use leptos::prelude::*;

use super::tr::{from_localized, tspans};
use crate::data::page::{HISTORY, MAP};
use crate::map_style::{
    label_size, served_units_per_pixel, GRATICULE_LABEL_PX, PLACE_LABEL_PX, SERVED_MAP_WIDTH_PX,
    TERRITORY_LABEL_PX,
};

/// The names on the map: degrees, seas and neighbours, the territories. Each
/// name is one `<text>` (the SVG download and the tests read it) holding the
/// three languages as `<tspan>`s until the live page writes the page's language.
#[component]
pub fn MapLabels() -> impl IntoView {
    let upp = served_units_per_pixel(MAP.frame);
    let size = |px| label_size(px, SERVED_MAP_WIDTH_PX, upp);
    let degrees = MAP
        .graticule
        .iter()
        .map(|line| {
            let bottom = line.label.ends_with('E');
            let (dx, dy, anchor) = if bottom {
                ("0", "-0.4em", "middle")
            } else {
                ("0.3em", "0.35em", "start")
            };
            view! {
                <text x=fixed(line.label_at.x, 0) y=fixed(line.label_at.y, 0) dx=dx dy=dy text-anchor=anchor>
                    {line.label.to_string()}
                </text>
            }
        })
        .collect_view();
    let places = MAP
        .places
        .iter()
        .enumerate()
        .map(|(index, place)| {
            view! {
                <text x=fixed(place.at.x, 0) y=fixed(place.at.y, 0) class=place.kind.as_str() text-anchor="middle" data-place=index>
                    {tspans(from_localized(&place.name))}
                </text>
            }
        })
        .collect_view();
    let territories = MAP
        .territories
        .iter()
        .map(|shape| {
            view! {
                <text x=fixed(shape.label.x, 0) y=fixed(shape.label.y, 0) text-anchor="middle" data-label=shape.id.as_str()>
                    {tspans(from_localized(&HISTORY.territory(shape.id).name))}
                </text>
            }
        })
        .collect_view();
    // Leader lines for the names that may move out of a crowd (`live::labels`): hidden until used.
    let leaders = ["iturup", "kunashir", "shikotan", "habomai"]
        .into_iter()
        .map(|id| view! { <line class="label-leader" data-leader-for=id visibility="hidden"></line> })
        .collect_view();
    view! {
        <g class="label-leaders" aria-hidden="true">{leaders}</g>
        <g class="graticule-labels" aria-hidden="true" font-size=size(GRATICULE_LABEL_PX)>{degrees}</g>
        <g class="place-labels" aria-hidden="true" font-size=size(PLACE_LABEL_PX)>{places}</g>
        <g class="territory-labels" aria-hidden="true" font-size=size(TERRITORY_LABEL_PX)>{territories}</g>
    }
}
