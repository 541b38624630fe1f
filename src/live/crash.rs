//! No blank page: if the app panics, the visitor sees what happened and a way
//! back (a reload link), in the page's language, and the error is logged once.
//!
//! The hook builds the message with plain DOM calls, not with Leptos: after a
//! panic the reactive system may be mid-update, and in a release build
//! (`panic = "abort"`) the wasm traps right after the hook returns, so nothing
//! else of the app will run. It flags the crash on `window.__kurilsCrashed`
//! so boot.js can keep the trap's own "unreachable" error out of the console.

use kurils_core::Lang;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use crate::i18n::live::{CRASH_DETAILS, CRASH_RELOAD, CRASH_TEXT, CRASH_TITLE};

/// Installs the hook. Called first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        // After a trap the wasm instance still answers calls, with Rust's state possibly
        // half-updated; a second panic would only repeat the first. Say it once.
        let crashed = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"__kurilsCrashed".into()).ok())
            .is_some_and(|v| v.is_truthy());
        if crashed {
            return;
        }
        let message = info.to_string();
        web_sys::console::error_2(
            &JsValue::from_str(&format!("The map stopped: {message}")),
            &js_sys::Error::new("where the panic happened"),
        );
        show(&message);
    }));
}

/// The language the page was showing, read off `<html lang>`.
fn page_language(document: &web_sys::Document) -> Lang {
    document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or(Lang::En)
}

fn show(detail: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let _ = js_sys::Reflect::set(&window, &"__kurilsCrashed".into(), &JsValue::TRUE);
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("crash").is_some() {
        return;
    }
    let l = page_language(&document) as usize;
    let element = |tag: &str, class: &str, text: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        e.set_text_content(Some(text));
        Some(e)
    };
    let Some(panel) = element("div", "crash", "") else {
        return;
    };
    panel.set_id("crash");
    let _ = panel.set_attribute("role", "alert");
    let reload = element("a", "crash-reload", CRASH_RELOAD[l]);
    if let Some(reload) = &reload {
        let _ = reload.set_attribute("href", &window.location().href().unwrap_or_default());
    }
    let details = element("details", "crash-details", "");
    if let Some(details) = &details {
        if let Some(summary) = element("summary", "", CRASH_DETAILS[l]) {
            let _ = details.append_child(&summary);
        }
        if let Some(code) = element("pre", "", detail) {
            let _ = details.append_child(&code);
        }
    }
    for child in [
        element("h2", "crash-title", CRASH_TITLE[l]),
        element("p", "crash-text", CRASH_TEXT[l]),
        reload,
        details,
    ]
    .into_iter()
    .flatten()
    {
        let _ = panel.append_child(&child);
    }
    let _ = body.prepend_with_node_1(&panel);
}

/// Diagnostics for the tests: panics on the next turn of the event loop, as a
/// bug in an event handler would. Reachable as `kurilsMap.simulatePanic()`.
#[wasm_bindgen]
pub fn simulate_panic() {
    super::dom::later(0, || panic!("simulated panic (kurilsMap.simulatePanic)"));
}
