//! The embedded page's height, both ways.
//!
//! Inwards: in `?embed=1` the map is fitted to the frame, so a fixed-size iframe
//! shows the map, the slider and the legend without scrolling. The rest of the
//! page's height is measured and given to CSS as `--embed-rest`.
//!
//! Outwards: the page tells the page around it the height it would like —
//! the height with the map as wide as the frame — so a course page can size
//! the frame: the LMS convention `{"subject":"lti.frameResize","height":N}`
//! (as a JSON string, which Canvas, Moodle and others parse) and an object
//! `{type: "kurils-map:height", height}`. Reporting the *natural* height, not
//! the current one, is what keeps a resizing parent and a fitted map from
//! chasing each other: at that height the fitted map is the natural map.

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ResizeObserver};

use super::dom::later;
use crate::data::live::MAP;

fn post(parent: &web_sys::Window, height: i32) {
    let lti = format!(r#"{{"subject":"lti.frameResize","height":{height}}}"#);
    let _ = parent.post_message(&JsValue::from_str(&lti), "*");
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"kurils-map:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, "*");
}

/// Starts measuring (embed mode) and reporting (when in a frame).
pub fn start(embed: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let parent = window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| *parent != window);
    if !embed && parent.is_none() {
        return;
    }
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    let (last_rest, last_height) = (Cell::new(-1.0), Cell::new(0));
    let observed = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let Some(wrap) = document.query_selector(".map-wrap").ok().flatten() else {
            return;
        };
        // The box the map is as wide as (in the embed, the grid of map, slider and legend).
        let Some(column) = wrap.closest(".app-main").ok().flatten() else {
            return;
        };
        // A comparison's second map, when shown: fitted with the first, so
        // both count as map (stacked: one above the other; else side by side).
        let first = wrap.get_bounding_client_rect();
        let second = document
            .query_selector(".compare-pane:not([hidden]) .compare-map-slot")
            .ok()
            .flatten()
            .map(|slot| slot.get_bounding_client_rect());
        let stacked = second
            .as_ref()
            .is_some_and(|second| second.top() >= first.bottom() - 1.0);
        let map_height = match &second {
            Some(second) if stacked => first.height() + second.height(),
            Some(second) => first.height().max(second.height()),
            None => first.height(),
        };
        // The page's own height, not its scroll height: that is at least the frame's, and a
        // frame taller than its page (once narrowed) would never be asked to shrink.
        let rest = root.get_bounding_client_rect().height() - map_height;
        // At its natural width each map spans the column, or half of it side by side.
        let natural_maps = match (&second, stacked) {
            (None, _) => 1.0,
            (Some(_), true) => 2.0,
            (Some(_), false) => 0.5,
        };
        if embed && (rest - last_rest.get()).abs() > 1.0 {
            last_rest.set(rest);
            if let Some(app) = document
                .query_selector(".app.embed")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                // Written after this callback, not in it: the map it resizes changes the
                // observed root's size, and a size changed inside the callback is reported
                // as a page error ("ResizeObserver loop completed with undelivered
                // notifications", in every engine).
                let value = format!("{}px", rest.ceil() as i32);
                later(0, move || {
                    drop(app.style().set_property("--embed-rest", &value))
                });
            }
        }
        if let Some(parent) = &parent {
            let natural = (rest
                + natural_maps * f64::from(column.client_width()) * MAP.frame.h / MAP.frame.w)
                .ceil() as i32;
            if natural != last_height.get() {
                last_height.set(natural);
                post(parent, natural);
            }
        }
    });
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&observed);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();
}
