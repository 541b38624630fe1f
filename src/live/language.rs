//! The page's language: `<html lang>` (the stylesheet then shows the served
//! text of that language), the document's title, the switch, and the fixed
//! attributes and texts that cannot hold three languages (an `aria-label`, an
//! `<option>`). The parts that write language-dependent text of their own
//! (labels, markers, bands, notices) follow the same signal in their modules.

use super::reactive::on_change;
use kurils_core::Lang;
use web_sys::{Element, HtmlSelectElement};

use super::dom::{document, find_all, on, set_attr, set_text};
use super::state::State;
use crate::i18n::live::*;

/// Attributes of served elements that name something in the page's language:
/// (selector, attribute, text). An element the page lacks (the embed has no
/// download buttons) is skipped.
const ATTRIBUTES: &[(&str, &str, [&str; 3])] = &[
    ("svg.map", "aria-label", MAP_LABEL),
    (".north-arrow", "aria-label", MAP_NORTH),
    (".zoom-controls", "aria-label", MAP_ZOOM),
    (".zoom-in", "aria-label", MAP_ZOOM_IN),
    (".zoom-in", "title", MAP_ZOOM_IN),
    (".zoom-out", "aria-label", MAP_ZOOM_OUT),
    (".zoom-out", "title", MAP_ZOOM_OUT),
    (".notices", "aria-label", NOTICE_LABEL),
    (".export", "aria-label", EXPORT_LABEL),
    (".export-svg", "aria-label", EXPORT_SVG_TITLE),
    (".export-svg", "title", EXPORT_SVG_TITLE),
    (".export-png", "aria-label", EXPORT_PNG_TITLE),
    (".export-png", "title", EXPORT_PNG_TITLE),
    (".data-downloads", "aria-label", DATA_LABEL),
    ("[data-file=\"periods\"]", "title", DATA_PERIODS_TITLE),
    ("[data-file=\"events\"]", "title", DATA_EVENTS_TITLE),
    ("[data-download=\"geojson\"]", "title", DATA_GEOJSON_TITLE),
    (".compare-open", "title", COMPARE_OPEN_TITLE),
    (".compare-close", "aria-label", COMPARE_CLOSE),
    (".compare-close", "title", COMPARE_CLOSE),
];

/// Texts of served elements that cannot hold three spans.
const TEXTS: &[(&str, [&str; 3])] = &[
    (".play-speed option[data-speed=\"slow\"]", PLAY_SLOW),
    (".play-speed option[data-speed=\"normal\"]", PLAY_NORMAL),
    (".play-speed option[data-speed=\"fast\"]", PLAY_FAST),
];

pub fn bind(state: State) {
    let lang = state.lang;
    let attributes: Vec<(Element, &str, [&str; 3])> = ATTRIBUTES
        .iter()
        .flat_map(|&(selector, name, text)| {
            find_all(selector).into_iter().map(move |e| (e, name, text))
        })
        .collect();
    let texts: Vec<(Element, [&str; 3])> = TEXTS
        .iter()
        .flat_map(|&(selector, text)| find_all(selector).into_iter().map(move |e| (e, text)))
        .collect();
    let root = document().document_element();
    on_change(
        move || lang.get(),
        move |&now| {
            if let Some(root) = &root {
                set_attr(root, "lang", Some(now.tag()));
            }
            document().set_title(APP_TITLE[now as usize]);
            for (element, name, text) in &attributes {
                set_attr(element, name, Some(text[now as usize]));
            }
            for (element, text) in &texts {
                set_text(element, text[now as usize]);
            }
        },
    );

    // The switch (the full page only: the embed has none).
    if let Some(select) = document()
        .get_element_by_id("language-select")
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(e).ok())
    {
        let shown = select.clone();
        on_change(
            move || lang.get(),
            move |now| {
                if shown.value() != now.tag() {
                    shown.set_value(now.tag());
                }
            },
        );
        let chosen = select.clone();
        on::<web_sys::Event>(&select, "change", move |_| {
            if let Some(choice) = Lang::parse(&chosen.value()) {
                lang.0.set(choice);
                // The switch keeps the focus it was used with.
                let _ = chosen.focus();
            }
        });
    }
}
