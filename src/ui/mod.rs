//! One component per file. Components render and wire signals; every
//! decision about history, geometry or zoom lives in `kurils-core`.

pub mod app;
mod event_detail;
mod event_list;
mod event_markers;
mod history_strip;
mod legend;
mod map_overlay;
mod map_view;
mod page;
mod status_patterns;
mod territory_card;
mod territory_path;
mod year_slider;
mod zoom_controls;
