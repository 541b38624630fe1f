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
mod borders;
mod card;
mod citation;
mod compare;
pub mod crash;
mod data_download;
mod dom;
mod download;
mod embed;
mod embed_height;
mod events;
mod export_buttons;
mod labels;
mod language;
mod legend;
mod map_overlay;
mod map_view;
mod markers;
mod method;
mod notices;
mod play;
mod range;
mod reactive;
mod share;
mod state;
mod strip;
mod territories;
mod viewpoint;
mod year_control;
mod zoom;

use kurils_core::{viewport, Lang};
use reactive::Signal;

use crate::data::live::{HISTORY, MAP};
use state::{
    Comparison, Embed, Language, MapState, Notices, State, TerritoryFocus, Timeline, Viewpoints,
};

/// The parts `make size` may leave out of a build, to measure what each costs
/// (`KURILS_LIVE_WITHOUT=strip,downloads`). Empty in every real build.
const WITHOUT: &str = match option_env!("KURILS_LIVE_WITHOUT") {
    Some(parts) => parts,
    None => "",
};

/// Whether `part` is named in [`WITHOUT`] (a `const fn`: the part's code is
/// not compiled in, rather than skipped at run time).
const fn left_out(part: &str) -> bool {
    let (list, name) = (WITHOUT.as_bytes(), part.as_bytes());
    let mut start = 0;
    while start < list.len() {
        let mut end = start;
        while end < list.len() && list[end] != b',' {
            end += 1;
        }
        if end - start == name.len() {
            let mut i = 0;
            while i < name.len() && list[start + i] == name[i] {
                i += 1;
            }
            if i == name.len() {
                return true;
            }
        }
        start = end + 1;
    }
    false
}

/// Binds a part of the page unless `make size` left it out (see [`WITHOUT`]).
macro_rules! part {
    ($name:literal, $bind:expr) => {
        if !const { left_out($name) } {
            $bind;
        }
    };
}

/// The year the visitor's clock says it is: the slider's last year, if later than the build's.
fn current_year() -> i16 {
    let year = js_sys::Date::new_0().get_full_year();
    i16::try_from(year).unwrap_or(i16::MAX)
}

/// Starts the live page: called once, when the wasm has loaded (`main`).
pub fn start() {
    let timeline = Timeline::new(crate::data::last_year(&HISTORY, current_year()));
    let (asked, notices, lang) = address::read((timeline.first, timeline.last));
    // The state starts as the served page is (first year, whole map, English
    // attributes), so binding writes nothing; the address is applied afterwards,
    // as a change like any other.
    let state = State {
        timeline,
        viewpoint: Viewpoints::new(timeline),
        compare: Comparison::new(),
        lang: Language(Signal::new(Lang::En)),
        map: MapState::new(),
        focus: TerritoryFocus::new(),
        embed: Embed(asked.embed),
        notices: Notices(Signal::new(notices)),
    };

    embed::arrange(state.embed.0);
    range::extend_to(timeline.last);
    // Each part of the page, under the name `make size` reports its cost with.
    part!("language", language::bind(state));
    part!("zoom-and-pan", {
        map_view::bind(state);
        zoom::bind(state);
        map_overlay::bind(state);
    });
    part!("map-labels", labels::bind(state));
    part!("territories", territories::bind(state));
    part!("markers", markers::bind(state));
    part!("borders", borders::bind(state));
    part!("territory-card", card::bind(state));
    part!("slider", year_control::bind(state));
    part!("play", play::bind(state));
    part!("legend", legend::bind(state));
    part!("viewpoint", viewpoint::bind(state));
    part!("compare", compare::bind(state));
    part!("notices", notices::bind(state));
    part!("announcer", announcer::bind(state));
    part!("method", method::bind());
    if !state.embed.0 {
        part!("events", events::bind(state));
        part!("strip", strip::bind(state));
        part!("share", share::bind(state));
        part!("downloads", export_buttons::bind(state));
        part!("data-downloads", data_download::bind(state));
    }
    part!("embed-height", embed_height::start(state.embed.0));

    // What the address asks for.
    state.lang.0.set(lang);
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
    if asked.viewpoint != state.viewpoint.chosen.get_untracked() {
        state.viewpoint.chosen.set(asked.viewpoint);
    }
    if let Some(asked) = asked.compare {
        state.compare.year.set(asked.year);
        state.compare.viewpoint.set(asked.viewpoint);
        state.compare.active.set(true);
    }
    if let Some(view) = asked.view {
        state
            .map
            .view
            .set(viewport::from_address(view, &MAP.projector, MAP.frame));
    }

    // From here on the address follows the view.
    part!("address", address::follow(state));

    // The page is live: the stylesheet stops hiding what depended on the address
    // (`html.pending`, set by lang.js), and the tests may start.
    if let Some(root) = dom::document().document_element() {
        root.class_list().remove_1("pending").ok();
    }
    if let Some(app) = dom::find(".app") {
        dom::set_attr(&app, "data-app", Some("live"));
    }
}
