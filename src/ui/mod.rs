//! One component per file. Components render and wire signals; every
//! decision about history, geometry or zoom lives in `kurils-core`.

pub mod app;
mod map_overlay;
mod map_view;
mod territory_path;
mod zoom_controls;
