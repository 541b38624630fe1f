use kurils_core::timeline::holders_in_row;
use kurils_core::{Lang, Status};
use leptos::prelude::*;

use super::served::Served;
use super::tr::{self, spans, t};
use super::viewpoint_switch::ViewpointSwitch;
use crate::data::page::HISTORY;
use crate::i18n::page::strings;

/// The names the legend gives a status's holders in a year, per language:
/// "Empire of Japan · Russian Empire", or "none this year".
pub fn holder_names(holders: &[&kurils_core::Localized], lang: Lang) -> String {
    if holders.is_empty() {
        strings(lang).legend_none.to_owned()
    } else {
        holders
            .iter()
            .map(|h| h.get(lang))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// The legend, from the core's status vocabulary: one row per status with its
/// swatch and the states holding territories with it in the served year
/// (absent statuses are dimmed, not removed, so rows never jump).
#[component]
pub fn Legend() -> impl IntoView {
    let served = Served::get();
    let holders = holders_in_row(&HISTORY, &served.periods);
    let rows = Status::ALL
        .into_iter()
        .map(|status| {
            let list = &holders[status.index()];
            let names = Lang::ALL.map(|lang| holder_names(list, lang));
            view! {
                <li class="legend-row" data-status=status.as_str() class:absent=list.is_empty()>
                    <span class="swatch" data-status=status.as_str() aria-hidden="true"></span>
                    <span class="legend-status">{spans(tr::status(status, served.polity_of(status)))}</span>
                    <span class="legend-holders">{spans(names)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title">{t(|s| s.legend_title)}</h2>
            <ViewpointSwitch />
            <ul class="legend-rows">{rows}</ul>
            <p class="hint">{t(|s| s.territory_hint)}</p>
        </section>
    }
}
