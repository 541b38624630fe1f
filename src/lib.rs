//! The map: a page written once at build time (`page`, feature `ssr`) and a
//! thin live layer in the browser (`live`) that takes over the served nodes
//! and changes their attributes as the year, the view and the language move.
//! Everything either decides lives in `kurils-core`.

pub mod data;
pub mod i18n;
pub mod map_style;

#[cfg(feature = "ssr")]
pub mod page;

pub mod live;
