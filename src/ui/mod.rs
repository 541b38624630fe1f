//! One component per file. Components render and wire signals; every
//! decision about history, geometry, zoom or the address lives in `kurils-core`.

mod announcer;
pub mod app;
mod embed_page;
mod event_detail;
mod event_list;
mod event_markers;
mod export_buttons;
mod full_page;
mod history_strip;
mod language_switch;
mod legend;
mod map_overlay;
mod map_view;
mod notice_bar;
mod page;
mod play_controls;
mod share_dialog;
mod status_patterns;
mod territory_card;
mod territory_path;
mod year_slider;
mod zoom_controls;
