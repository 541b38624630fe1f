//! The map and the history, validated and pre-projected by `build.rs` from
//! `geo/` and compiled in: nothing is parsed or fetched at run time.

use std::borrow::Cow;

use kurils_core::geometry::{Point, Rect};
use kurils_core::history::LonLat;
use kurils_core::map::{GraticuleLine, MapData, PlaceKind, PlaceLabel, Projector, TerritoryShape};
use kurils_core::projection::ConicConformal;
use kurils_core::text::{EnglishFirst, Localized};
use kurils_core::{
    Date, Event, EventDate, History, Period, Precision, Source, Status, Territory, TerritoryId,
};

pub static HISTORY: History = include!(concat!(env!("OUT_DIR"), "/history.rs"));

pub static MAP: MapData = include!(concat!(env!("OUT_DIR"), "/map.rs"));
