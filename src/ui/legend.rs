use kurils_core::timeline::holders_in_row;
use kurils_core::Status;
use leptos::prelude::*;

use crate::data::HISTORY;
use crate::state::{Language, Timeline};

/// The legend, derived from the core's status vocabulary: one row per status
/// with its swatch, and the states holding territories with it in the selected
/// year (statuses absent that year are dimmed, not removed, so rows never jump).
#[component]
pub fn Legend() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let holders = Memo::new(move |_| timeline.periods.with(|row| holders_in_row(&HISTORY, row)));
    let rows = Status::ALL
        .into_iter()
        .map(|status| {
            let present = move || holders.with(|h| !h[status.index()].is_empty());
            let names = move || {
                let lang_now = lang.get();
                holders.with(|h| {
                    let list = &h[status.index()];
                    if list.is_empty() {
                        lang.t().legend_none.to_owned()
                    } else {
                        list.iter()
                            .map(|holder| holder.get(lang_now))
                            .collect::<Vec<_>>()
                            .join(" · ")
                    }
                })
            };
            view! {
                <li class="legend-row" data-status=status.as_str() class:absent=move || !present()>
                    <span class="swatch" data-status=status.as_str() aria-hidden="true"></span>
                    <span class="legend-status">{lang.t().status[status.index()]}</span>
                    <span class="legend-holders">{names}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title">{lang.t().legend_title}</h2>
            <ul class="legend-rows">{rows}</ul>
            <p class="hint">{lang.t().territory_hint}</p>
        </section>
    }
}
