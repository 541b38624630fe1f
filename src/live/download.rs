//! Downloads of the current view, for slides: an SVG document built by
//! `kurils_core::export` and a PNG drawn from it on a canvas at twice the size.
//! No network: everything is made in the page and handed to the browser as a
//! blob (SVG) or drawn from a `data:` image (PNG; the strict CSP allows both).
//! The coastlines come from the served map (the wasm carries no second copy).

use kurils_core::compare::{shown_on, Side};
use kurils_core::export::{self, Colors, Words};
use kurils_core::map::{MapData, MapPaths};
use kurils_core::timeline::holders_shown;
use kurils_core::{Status, Viewpoint};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

use super::dom::{document, find, find_all, later, window};
use super::reactive::untrack;
use super::state::{status_in, State};
use crate::data::live::{HISTORY, MAP};
use crate::i18n::live::{
    APP_TITLE, EXPORT_ATTRIBUTION, EXPORT_HEADING, EXPORT_HEADING_JAPAN, EXPORT_HEADING_RUSSIA,
    LEGEND_NO_HOLDER,
};

/// The map with the path data of the served SVG.
fn drawn_map() -> MapData {
    let d = |element: Option<web_sys::Element>| {
        element
            .and_then(|e| e.get_attribute("d"))
            .unwrap_or_default()
    };
    MAP.with_paths(MapPaths {
        territories: kurils_core::TerritoryId::ALL
            .iter()
            .map(|id| {
                d(find(&format!(
                    "svg.map path[data-territory=\"{}\"]",
                    id.as_str()
                )))
            })
            .collect(),
        context: d(find("svg.map .context-land")),
        graticule: find_all("svg.map .graticule path")
            .into_iter()
            .map(|p| d(Some(p)))
            .collect(),
        sakhalin_border: d(find("svg.map .border-50n")),
        borders: HISTORY
            .borders
            .iter()
            .map(|b| {
                d(find(&format!(
                    "svg.map .border-line[data-border=\"{}\"] .border-stroke",
                    b.id
                )))
            })
            .collect(),
    })
}

/// The colours, read from the stylesheet's custom properties (their one definition).
/// The heading names whose map it is when it is a government's.
fn heading_for(viewpoint: Viewpoint) -> [&'static str; 3] {
    match viewpoint {
        Viewpoint::DeFacto => EXPORT_HEADING,
        Viewpoint::Japan => EXPORT_HEADING_JAPAN,
        Viewpoint::Russia => EXPORT_HEADING_RUSSIA,
    }
}

fn css_colors() -> [String; 14] {
    let names = [
        "--japan",
        "--japan-strong",
        "--russia",
        "--russia-strong",
        "--sea",
        "--land-context",
        "--land-stroke",
        "--graticule",
        "--ink",
        "--ink-soft",
        "--paper",
        "--border-ink",
        "--control-ink",
        "--blank",
    ];
    let style = document()
        .document_element()
        .and_then(|root| window().get_computed_style(&root).ok().flatten());
    names.map(|name| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "#888".to_owned())
    })
}

/// The standalone SVG of what is on screen now.
pub fn current_svg(state: State) -> String {
    let first = Side {
        year: state.timeline.year.get_untracked(),
        viewpoint: state.viewpoint.chosen.get_untracked(),
    };
    let one = svg_of(state, first);
    match untrack(|| state.compare.side()) {
        // A comparison: both maps, each with its year, heading and legend.
        Some(second) => export::side_by_side(&one, &svg_of(state, second)),
        None => one,
    }
}

/// The standalone SVG of one map: a year, as one viewpoint draws it, at the view on screen.
fn svg_of(state: State, side: Side) -> String {
    let State { lang, map, .. } = state;
    let l = lang.get_untracked();
    let (year, viewpoint) = (side.year, side.viewpoint);
    // What that map draws (the de facto statuses, or a government's).
    let shown = shown_on(&HISTORY, side);
    let statuses: Vec<Option<Status>> = shown.iter().map(|s| s.map(|s| s.status)).collect();
    let holders = holders_shown(&shown);
    let legend = Status::ALL
        .into_iter()
        .filter_map(|status| {
            let present = shown.iter().flatten().find(|s| s.status == status)?;
            Some((
                status,
                status_in(status, present.polity, l),
                if holders[status.index()].is_empty() {
                    LEGEND_NO_HOLDER[l as usize].to_owned()
                } else {
                    holders[status.index()]
                        .iter()
                        .map(|h| h.get(l))
                        .collect::<Vec<_>>()
                        .join(" · ")
                },
            ))
        })
        .collect();
    let heading = kurils_core::text::fill(
        heading_for(viewpoint)[l as usize],
        &[("year", &year.to_string())],
    );
    let words = Words {
        title: APP_TITLE[l as usize],
        heading: &heading,
        year,
        legend,
        attribution: EXPORT_ATTRIBUTION[l as usize],
        territory_names: HISTORY
            .territories
            .iter()
            .map(|territory| territory.name.get(l))
            .collect(),
        place_names: MAP.places.iter().map(|place| place.name.get(l)).collect(),
        borders: HISTORY
            .borders
            .iter()
            .enumerate()
            .filter(|(_, b)| b.in_force_in_year(year))
            .map(|(i, b)| (i, b.name.get(l), b.kind))
            .collect(),
    };
    let [japan, japan_strong, russia, russia_strong, sea, land, land_stroke, graticule, ink, ink_soft, paper, border, control, blank] =
        css_colors();
    let colors = Colors {
        japan: &japan,
        japan_strong: &japan_strong,
        russia: &russia,
        russia_strong: &russia_strong,
        sea: &sea,
        land: &land,
        land_stroke: &land_stroke,
        graticule: &graticule,
        ink: &ink,
        ink_soft: &ink_soft,
        paper: &paper,
        border: &border,
        control: &control,
        blank: &blank,
    };
    export::svg_document(
        &drawn_map(),
        map.view.get_untracked(),
        &statuses,
        &words,
        &colors,
    )
}

/// Hands a blob to the browser as a download.
pub(super) fn save(blob: &Blob, filename: &str) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(anchor) = document()
        .create_element("a")
        .map(|e| e.unchecked_into::<HtmlAnchorElement>())
    {
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    // Revoked a little later: revoking at once can cancel the download in some browsers.
    later(5000, move || drop(Url::revoke_object_url(&url)));
}

/// "hokkaido-sakhalin-kurils-1952.svg", or "…-1952-japan.svg" for a government's map.
fn filename(state: State, extension: &str) -> String {
    let viewpoint = state.viewpoint.chosen.get_untracked();
    let whose = match viewpoint {
        Viewpoint::DeFacto => String::new(),
        other => format!("-{}", other.as_str()),
    };
    // A comparison names its second map too: "…-1905-and-1875.svg".
    let second = match untrack(|| state.compare.side()) {
        Some(side) if side.viewpoint == viewpoint => format!("-and-{}", side.year),
        Some(side) => format!("-and-{}-{}", side.year, side.viewpoint.as_str()),
        None => String::new(),
    };
    format!(
        "hokkaido-sakhalin-kurils-{}{whose}{second}.{extension}",
        state.timeline.year.get_untracked()
    )
}

pub fn download_svg(state: State) {
    let svg = current_svg(state);
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let parts = js_sys::Array::of1(&svg.into());
    if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) {
        save(&blob, &filename(state, "svg"));
    }
}

pub fn download_png(state: State) {
    let svg = current_svg(state);
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let name = filename(state, "png");
    let loaded = image.clone();
    let on_load = Closure::once_into_js(move || {
        const SCALE: u32 = 2;
        let (width, height) = (loaded.natural_width(), loaded.natural_height());
        let Ok(canvas) = document()
            .create_element("canvas")
            .map(|e| e.unchecked_into::<HtmlCanvasElement>())
        else {
            return;
        };
        canvas.set_width(width * SCALE);
        canvas.set_height(height * SCALE);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.scale(f64::from(SCALE), f64::from(SCALE));
        let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
        let on_blob = Closure::once_into_js(move |blob: Option<Blob>| {
            if let Some(blob) = blob {
                save(&blob, &name);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&svg))
    ));
}
