//! The live page: the wasm's part. The served HTML (written by `crate::page` at
//! build time) already shows the map, the legend, the events and the strip at
//! the first year, in three languages. This takes over those very nodes: it
//! finds them by the DOM contract's attributes, creates the shared state, and
//! binds each part, so that a change of year, view, language or focus changes
//! attributes on the served nodes. Nothing the page shows at rest is built here.
//!
//! One module per part of the page (`year_control`, `territories`, …), each a
//! `bind(state)` that wires its nodes to the state with render effects and
//! listeners. Decisions (what status, which events, what address) are
//! `kurils-core`'s.

mod address;
mod announcer;
mod card;
pub mod crash;
mod dom;
mod download;
mod embed;
mod embed_height;
mod events;
mod export_buttons;
mod language;
mod legend;
mod map_labels;
mod map_overlay;
mod map_view;
mod markers;
mod notices;
mod play;
mod range;
mod reactive;
mod share;
mod state;
mod strip;
mod territories;
mod year_control;
mod zoom;

use kurils_core::viewport;
use reactive::Signal;

use crate::data::live::{HISTORY, MAP};
use state::{Embed, Language, MapState, Notices, State, TerritoryFocus, Timeline};

/// The year the visitor's clock says it is: the slider's last year, if later than the build's.
fn current_year() -> i16 {
    let year = js_sys::Date::new_0().get_full_year();
    i16::try_from(year).unwrap_or(i16::MAX)
}

/// Starts the live page: called once, when the wasm has loaded (`main`).
pub fn start() {
    let timeline = Timeline::new(crate::data::last_year(&HISTORY, current_year()));
    let (asked, notices, lang) = address::read((timeline.first, timeline.last));
    // The state starts as the served page is (first year, whole map), so binding
    // writes nothing; the address is applied afterwards, as a change like any other.
    let state = State {
        timeline,
        lang: Language(Signal::new(lang)),
        map: MapState::new(),
        focus: TerritoryFocus::new(),
        embed: Embed(asked.embed),
        notices: Notices(Signal::new(notices)),
    };

    embed::arrange(state.embed.0);
    range::extend_to(timeline.last);
    language::bind(state);
    map_view::bind(state);
    map_labels::bind(state);
    map_overlay::bind(state);
    territories::bind(state);
    markers::bind(state);
    zoom::bind(state);
    card::bind(state);
    year_control::bind(state);
    play::bind(state);
    legend::bind(state);
    notices::bind(state);
    announcer::bind(state);
    if !state.embed.0 {
        events::bind(state);
        strip::bind(state);
        share::bind(state);
        export_buttons::bind(state);
    }
    embed_height::start(state.embed.0);

    // What the address asks for.
    if let Some(year) = asked.year {
        timeline.set_year(year);
    }
    if let Some(index) = asked
        .event
        .as_deref()
        .and_then(|id| HISTORY.events.iter().position(|e| e.id == id))
    {
        timeline.choose_event(index);
    }
    if let Some(view) = asked.view {
        state
            .map
            .view
            .set(viewport::from_address(view, &MAP.projector, MAP.frame));
    }

    // From here on the address follows the view.
    address::follow(state);

    // The page is live: the stylesheet stops hiding what depended on the address
    // (`html.pending`, set by lang.js), and the tests may start.
    if let Some(root) = dom::document().document_element() {
        root.class_list().remove_1("pending").ok();
    }
    if let Some(app) = dom::find(".app") {
        dom::set_attr(&app, "data-app", Some("live"));
    }
}
