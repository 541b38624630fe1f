//! The map and the history, validated and pre-projected by `build.rs` from
//! `geo/` and compiled in: nothing is parsed or fetched at run time.
//!
//! Two cuts of the same data. [`page`] is all of it, for the build-time page
//! (feature `ssr`), which writes it into the served HTML. [`live`] is what the
//! wasm needs to decide what to show: dates, statuses, names and titles, but
//! no event texts, notes, sources or coastline paths, since the HTML carries those.

/// The whole data, for rendering the served page at build time.
#[cfg(feature = "ssr")]
pub mod page {
    use std::borrow::Cow;

    use kurils_core::geometry::{Point, Rect};
    use kurils_core::history::LonLat;
    use kurils_core::map::{
        BorderLine, GraticuleLine, MapData, PlaceKind, PlaceLabel, Projector, TerritoryShape,
    };
    use kurils_core::projection::ConicConformal;
    use kurils_core::text::{EnglishFirst, Localized};
    use kurils_core::{
        Border, Certainty, Date, Event, EventDate, History, LineKind, Period, Polity, Precision,
        Source, Status, Territory, TerritoryId, ViewPeriod, Viewpoint,
    };

    pub static HISTORY: History = include!(concat!(env!("OUT_DIR"), "/history.rs"));

    pub static MAP: MapData = include!(concat!(env!("OUT_DIR"), "/map.rs"));
}

/// The data the live page decides with (see the module's documentation).
pub mod live {
    // The generated code names what it uses; the lean cut uses fewer types.
    #![allow(unused_imports)]
    use std::borrow::Cow;

    use kurils_core::geometry::{Point, Rect};
    use kurils_core::history::LonLat;
    use kurils_core::map::{
        BorderLine, GraticuleLine, MapData, PlaceKind, PlaceLabel, Projector, TerritoryShape,
    };
    use kurils_core::projection::ConicConformal;
    use kurils_core::text::{EnglishFirst, Localized};
    use kurils_core::{
        Border, Certainty, Date, Event, EventDate, History, LineKind, Period, Polity, Precision,
        Source, Status, Territory, TerritoryId, ViewPeriod, Viewpoint,
    };

    pub static HISTORY: History = include!(concat!(env!("OUT_DIR"), "/history_live.rs"));

    pub static MAP: MapData = include!(concat!(env!("OUT_DIR"), "/map_live.rs"));
}

/// The year the page was built: the served page's last year. The live page
/// extends the range to the visitor's year if that is later.
pub const BUILD_YEAR: i16 = include!(concat!(env!("OUT_DIR"), "/build_year.rs"));

/// The slider's last year for a given current year: never short of the last event.
pub fn last_year(history: &kurils_core::History, current_year: i16) -> i16 {
    let last_event = history
        .events
        .last()
        .map_or(kurils_core::history::FIRST_YEAR, |e| e.date.year());
    current_year.max(last_event)
}
