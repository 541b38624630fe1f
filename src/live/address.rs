//! The address bar as part of the state: read once at start (with a notice
//! for every value that could not be used), and kept current as the view
//! changes, with `history.replaceState` so moving the slider adds no history
//! entries. Parsing and writing are `kurils_core::url_state`'s; this is the glue.

use super::reactive::untrack;
use super::reactive::Effect;
use kurils_core::url_state::{self, Notice, UrlState};
use kurils_core::viewport;
use kurils_core::Lang;

use super::dom::{find, set_attr, window, Timer};
use super::state::State;
use crate::data::live::{HISTORY, MAP};

/// How long the view must rest before the address follows: a drag across the
/// years writes the address once, at the end.
const WRITE_DELAY_MS: i32 = 300;

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    let navigator = window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// What the address asks for, the notices it needs, and the language to use.
pub fn read(years: (i16, i16)) -> (UrlState, Vec<Notice>, Lang) {
    let search = window().location().search().unwrap_or_default();
    let (state, notices) = url_state::parse(&search, years, |id| {
        HISTORY.event(id).map(|e| e.date.year())
    });
    let languages = browser_languages();
    let lang = state
        .lang
        .unwrap_or_else(|| url_state::preferred_language(languages.iter().map(String::as_str)));
    (state, notices, lang)
}

/// The address for the current view.
pub fn current(state: State) -> UrlState {
    let State {
        timeline,
        lang,
        map,
        embed,
        ..
    } = state;
    let chosen = timeline
        .chosen
        .get()
        .filter(|&i| timeline.shown.get() == Some(i));
    UrlState {
        year: Some(timeline.year.get()),
        lang: Some(lang.get()),
        event: chosen.map(|i| HISTORY.events[i].id.to_string()),
        viewpoint: state.viewpoint.chosen.get(),
        compare: state.compare.side().map(|side| url_state::Compare {
            year: side.year,
            viewpoint: side.viewpoint,
        }),
        embed: embed.0,
        view: viewport::to_address(map.view.get(), &MAP.projector, MAP.frame),
    }
}

/// The page's own address with another query (the same path and fragment).
pub fn with_query(query: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    format!("{path}{query}{hash}")
}

/// The absolute address of a state (for sharing).
pub fn absolute(state: &UrlState) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    format!("{origin}{}", with_query(&url_state::to_query(state)))
}

/// Keeps the address bar in step with the view, once the view has rested,
/// and with it the embed's link to the full map.
pub fn follow(state: State) {
    let timer = Timer::new();
    let open_full = state
        .embed
        .0
        .then(|| find(".embed-footer .open-full"))
        .flatten();
    let link = open_full.clone();
    Effect::new(move || {
        // Subscribe to everything the address shows; the address itself (which
        // unprojects the view's centre) is worked out once the view has rested,
        // not on every slider step.
        state.timeline.year.track();
        state.timeline.chosen.track();
        state.timeline.shown.track();
        state.lang.0.track();
        state.viewpoint.chosen.track();
        state.compare.active.track();
        state.compare.year.track();
        state.compare.viewpoint.track();
        state.map.view.track();
        let open_full = link.clone();
        timer.restart(WRITE_DELAY_MS, move || {
            let now = untrack(|| current(state));
            let query = url_state::to_query(&now);
            if window().location().search().unwrap_or_default() != query {
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&with_query(&query)),
                    );
                }
            }
            if let Some(link) = &open_full {
                point_to_full_page(link, now);
            }
        });
    });
    // The embed's link is right from the start, not only once the view has rested.
    if let Some(link) = &open_full {
        point_to_full_page(link, untrack(|| current(state)));
    }
}

/// The embed's link to the full map, at the same view.
fn point_to_full_page(link: &web_sys::Element, now: UrlState) {
    let full = UrlState {
        embed: false,
        ..now
    };
    set_attr(link, "href", Some(&with_query(&url_state::to_query(&full))));
}
