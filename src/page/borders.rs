use kurils_core::Lang;
use leptos::prelude::*;

use super::served::Served;
use super::tr::{from_localized, tspans};
use crate::data::page::{HISTORY, MAP};
use crate::map_style::{label_size, served_units_per_pixel, BORDER_LABEL_PX, SERVED_MAP_WIDTH_PX};
use kurils_core::text::fixed;

/// The lines the treaties drew and the line of control since 1945, each with
/// its name, shown only in the years it was in force (`data-in-force`); the
/// live page follows the year. Focusable, each opens its card (a template).
#[component]
pub fn Borders() -> impl IntoView {
    let served = Served::get();
    let upp = served_units_per_pixel(MAP.frame);
    let lines = HISTORY
        .borders
        .iter()
        .zip(MAP.borders.iter())
        .filter_map(|(border, line)| {
            let (from, to) = border.years(served.first, served.last)?;
            let title = Lang::ALL.map(|l| border.name.get(l)).join(" · ");
            let in_force = border.in_force_in_year(served.year);
            Some(view! {
                <g
                    class="border-line"
                    data-border=border.id.to_string()
                    data-border-kind=border.kind.as_str()
                    data-from=from
                    data-to=to
                    data-in-force=if in_force { "true" } else { "false" }
                    tabindex=if in_force { "0" } else { "-1" }
                    role="img"
                    aria-label=border.name.en.to_string()
                >
                    <title>{title}</title>
                    <path class="border-hit" d=line.path.to_string()></path>
                    <path class="border-stroke" d=line.path.to_string()></path>
                    <text class="border-label" data-border-label=border.id.to_string() x=fixed(line.label_at.x, 0) y=fixed(line.label_at.y, 0)>
                        {tspans(from_localized(&border.name))}
                    </text>
                </g>
            })
        })
        .collect_view();
    view! {
        <g class="borders" font-size=label_size(BORDER_LABEL_PX, SERVED_MAP_WIDTH_PX, upp)>{lines}</g>
    }
}
