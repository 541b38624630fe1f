//! Downloads of the current view, for slides: an SVG document built by
//! `kurils_core::export` and a PNG drawn from it on a canvas at twice the size.
//! No network: everything is made in the page and handed to the browser as a
//! blob (SVG) or drawn from a `data:` image (PNG; the strict CSP allows both).

use kurils_core::export::{self, Colors, Words};
use kurils_core::timeline::holders_in_row;
use kurils_core::Status;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

use crate::data::{HISTORY, MAP};
use crate::state::{Language, MapState, Timeline};

/// The colours, read from the stylesheet's custom properties (their one definition).
fn css_colors() -> [String; 11] {
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
pub fn current_svg(timeline: Timeline, lang: Language, map: MapState) -> String {
    let t = lang.t();
    let l = lang.get();
    let year = timeline.year.get_untracked();
    let row = timeline.periods.get_untracked();
    let statuses: Vec<Option<Status>> = HISTORY
        .territories
        .iter()
        .zip(row)
        .map(|(territory, index)| index.map(|i| territory.periods[i].status))
        .collect();
    let holders = holders_in_row(&HISTORY, &row);
    let legend = Status::ALL
        .into_iter()
        .filter(|status| !holders[status.index()].is_empty())
        .map(|status| {
            (
                status,
                t.status[status.index()],
                holders[status.index()]
                    .iter()
                    .map(|h| h.get(l))
                    .collect::<Vec<_>>()
                    .join(" · "),
            )
        })
        .collect();
    let heading = kurils_core::text::fill(t.export_heading, &[("year", &year.to_string())]);
    let words = Words {
        title: t.app_title,
        heading: &heading,
        year,
        legend,
        attribution: t.export_attribution,
        territory_names: HISTORY
            .territories
            .iter()
            .map(|territory| territory.name.get(l))
            .collect(),
        place_names: MAP.places.iter().map(|place| place.name.get(l)).collect(),
    };
    let [japan, japan_strong, russia, russia_strong, sea, land, land_stroke, graticule, ink, ink_soft, paper] =
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
    };
    export::svg_document(&MAP, map.view.get_untracked(), &statuses, &words, &colors)
}

/// Hands a blob to the browser as a download.
fn save(blob: &Blob, filename: &str) {
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
    set_timeout(
        move || drop(Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(5),
    );
}

fn filename(timeline: Timeline, extension: &str) -> String {
    format!(
        "hokkaido-sakhalin-kurils-{}.{extension}",
        timeline.year.get_untracked()
    )
}

pub fn download_svg(timeline: Timeline, lang: Language, map: MapState) {
    let svg = current_svg(timeline, lang, map);
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let parts = js_sys::Array::of1(&svg.into());
    if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) {
        save(&blob, &filename(timeline, "svg"));
    }
}

pub fn download_png(timeline: Timeline, lang: Language, map: MapState) {
    let svg = current_svg(timeline, lang, map);
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let name = filename(timeline, "png");
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
