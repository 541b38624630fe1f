//! The app: a thin Leptos view over `kurils-core` and the data compiled in by `build.rs`.

mod address;
pub mod crash;
mod data;
mod download;
mod embed_height;
mod i18n;
mod state;
mod ui;

pub use ui::app::start;
