//! A live region that tells screen-reader users, in words, what changed once
//! the year comes to rest. The sentences are the served page's (one per year
//! in which something changed, in three languages, in a `<template>`); this
//! picks the year's in the page's language. Visually hidden: the map says
//! the same in colour.

use super::reactive::Effect;
use wasm_bindgen::JsCast;
use web_sys::HtmlTemplateElement;

use super::dom::{document, find, set_text, Timer};
use super::state::State;

/// How long the year must rest before its changes are read out: a drag across
/// the years is read once, where it stops, not year by year.
const SETTLE_MS: i32 = 600;

pub fn bind(state: State) {
    let (timeline, lang) = (state.timeline, state.lang);
    let (Some(region), Some(sentences)) = (
        find(".announcer"),
        document()
            .get_element_by_id("announcements")
            .and_then(|t| t.dyn_into::<HtmlTemplateElement>().ok()),
    ) else {
        return;
    };
    let timer = Timer::new();
    let mut started = false;
    Effect::new(move || {
        let year = timeline.year.get();
        // Not for the year the page starts with: only a change is announced.
        if std::mem::replace(&mut started, true) {
            let (region, sentences) = (region.clone(), sentences.clone());
            let lang = lang.get_untracked();
            timer.restart(SETTLE_MS, move || {
                let selector = format!("[data-year=\"{year}\"] [lang=\"{}\"]", lang.tag());
                let said = sentences
                    .content()
                    .query_selector(&selector)
                    .ok()
                    .flatten()
                    .and_then(|s| s.text_content())
                    .unwrap_or_default();
                set_text(&region, &said);
            });
        }
    });
}
