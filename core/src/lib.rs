//! The pure core of the Hokkaido–Sakhalin–Kurils map.
//!
//! Everything here is plain Rust: no leptos, no web-sys, no I/O outside the
//! `loader` feature. The app (wasm) uses the model, dates, statuses and
//! projection; the build script and native tests also use the loader, which
//! parses and validates `geo/` and turns it into Rust source for the app.

pub mod border;
pub mod citation;
pub mod compare;
pub mod csv;
pub mod date;
pub mod export;
pub mod fills;
pub mod geojson_export;
pub mod geometry;
pub mod history;
pub mod labels;
pub mod map;
pub mod polity;
pub mod projection;
pub mod status;
pub mod territory;
pub mod text;
pub mod timeline;
pub mod url_state;
pub mod viewpoint;
pub mod viewport;

#[cfg(feature = "loader")]
pub mod loader;

pub use border::{Border, LineKind};
pub use date::{Certainty, Date, DateSpan, EventDate, Precision};
pub use history::{Event, History, Period, Source, Territory, ViewPeriod};
pub use polity::Polity;
pub use status::Status;
pub use territory::TerritoryId;
pub use text::{Lang, Localized};
pub use viewpoint::Viewpoint;
