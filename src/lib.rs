//! The app: a thin Leptos view over `kurils-core` and the data compiled in by `build.rs`.

mod data;
mod i18n;
mod state;
mod ui;

pub use ui::app::start;
