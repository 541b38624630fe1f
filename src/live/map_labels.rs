//! The names written on the map, in the page's language. Each is one
//! `<text>`: served with the three languages as `<tspan>`s (the stylesheet
//! shows one until now), it holds the page's language as plain text from here
//! on, so the SVG download and a reader of the DOM find one name.

use super::reactive::on_change;

use super::dom::{find_all, set_text};
use super::state::State;
use crate::data::live::{HISTORY, MAP};

pub fn bind(state: State) {
    let lang = state.lang;
    let territories: Vec<_> = find_all("svg.map text[data-label]")
        .into_iter()
        .filter_map(|text| {
            let id = kurils_core::TerritoryId::parse(&text.get_attribute("data-label")?)?;
            Some((text, &HISTORY.territory(id).name))
        })
        .collect();
    let places: Vec<_> = find_all("svg.map text[data-place]")
        .into_iter()
        .filter_map(|text| {
            let index: usize = text.get_attribute("data-place")?.parse().ok()?;
            Some((text, &MAP.places.get(index)?.name))
        })
        .collect();
    on_change(
        move || lang.get(),
        move |&now| {
            for (text, name) in territories.iter().chain(places.iter()) {
                set_text(text, name.get(now));
            }
        },
    );
}
