//! "Download data": every period and every event as CSV (UTF-8 with a
//! byte-order mark, so spreadsheet programs show Japanese and Cyrillic), and
//! the territories of the year shown as GeoJSON, with their status, for GIS
//! classes. Written in the page from the compiled-in data by
//! `kurils_core::csv` and `kurils_core::geojson_export`: no request. The
//! GeoJSON's outlines are the served map's paths, unprojected.

use kurils_core::compare::{shown_on, Side};
use kurils_core::csv::{events_csv, periods_csv, CsvWords};
use kurils_core::geojson_export::territories_geojson;
use kurils_core::{Lang, TerritoryId, Viewpoint};
use web_sys::{Blob, BlobPropertyBag, MouseEvent};

use super::dom::{find, find_all, on};
use super::download::save;
use super::state::{status_in, State};
use crate::data::live::{HISTORY, MAP};

/// The columns, as README documents them: stable names for scripts, the same in every language.
const PERIOD_HEADERS: [&str; 9] = [
    "territory",
    "name",
    "from",
    "to",
    "status",
    "status_label",
    "holder",
    "sources",
    "map",
];
const EVENT_HEADERS: [&str; 6] = ["id", "date", "end", "title", "territories", "sources"];

fn blob(text: &str, mime: &str) -> Option<Blob> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&text.into());
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn csv_file(which: &str, lang: Lang) -> String {
    let label = move |status, polity| status_in(status, polity, lang);
    let words = CsvWords {
        period_headers: PERIOD_HEADERS,
        event_headers: EVENT_HEADERS,
        status_label: &label,
    };
    if which == "events" {
        events_csv(&HISTORY, lang, &words)
    } else {
        periods_csv(&HISTORY, lang, &words)
    }
}

/// The year's territories as the chosen map draws them, in longitude and latitude.
fn geojson(state: State) -> String {
    let lang = state.lang.get_untracked();
    let side = Side {
        year: state.timeline.year.get_untracked(),
        viewpoint: state.viewpoint.chosen.get_untracked(),
    };
    let shown = shown_on(&HISTORY, side);
    let de_facto = shown_on(
        &HISTORY,
        Side {
            viewpoint: Viewpoint::DeFacto,
            ..side
        },
    );
    let paths: Vec<(TerritoryId, String)> = TerritoryId::ALL
        .iter()
        .map(|&id| {
            let d = find(&format!("svg.map path[data-territory=\"{}\"]", id.as_str()))
                .and_then(|p| p.get_attribute("d"))
                .unwrap_or_default();
            (id, d)
        })
        .collect();
    let shapes: Vec<(TerritoryId, &str)> = paths.iter().map(|(id, d)| (*id, d.as_str())).collect();
    territories_geojson(&shapes, &MAP.projector, |id| {
        let name = &HISTORY.territory(id).name;
        let drawn = shown[id.index()];
        let mut properties = vec![
            ("name", name.get(lang).to_owned()),
            ("name_en", name.en.to_string()),
            ("name_ja", name.ja.to_string()),
            ("name_ru", name.ru.to_string()),
            ("year", side.year.to_string()),
            ("viewpoint", side.viewpoint.as_str().to_owned()),
        ];
        if let Some(fact) = de_facto[id.index()] {
            properties.push(("status", fact.status.as_str().to_owned()));
        }
        if let Some(drawn) = drawn {
            properties.push(("shown_as", drawn.status.as_str().to_owned()));
            properties.push(("status_label", status_in(drawn.status, drawn.polity, lang)));
            properties.push((
                "holder",
                drawn
                    .holder
                    .map(|h| h.get(lang).to_owned())
                    .unwrap_or_default(),
            ));
        }
        properties
    })
}

pub fn bind(state: State) {
    for button in find_all("[data-download]") {
        let kind = button.get_attribute("data-download").unwrap_or_default();
        let which = button.get_attribute("data-file").unwrap_or_default();
        on::<MouseEvent>(&button, "click", move |_| {
            let lang = state.lang.get_untracked();
            let (text, mime, name) = match kind.as_str() {
                "csv" => (
                    csv_file(&which, lang),
                    "text/csv;charset=utf-8",
                    format!("hokkaido-sakhalin-kurils-{}-{}.csv", which, lang.tag()),
                ),
                "geojson" => {
                    let viewpoint = state.viewpoint.chosen.get_untracked();
                    let whose = match viewpoint {
                        Viewpoint::DeFacto => String::new(),
                        other => format!("-{}", other.as_str()),
                    };
                    (
                        geojson(state),
                        "application/geo+json",
                        format!(
                            "hokkaido-sakhalin-kurils-{}{whose}.geojson",
                            state.timeline.year.get_untracked()
                        ),
                    )
                }
                _ => return,
            };
            if let Some(blob) = blob(&text, mime) {
                save(&blob, &name);
            }
        });
    }
}
