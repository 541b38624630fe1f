//! Downloads of the current view (SVG, PNG; `download.rs`) and printing.

use web_sys::MouseEvent;

use super::dom::{find, on, window};
use super::download::{download_png, download_svg};
use super::state::State;

pub fn bind(state: State) {
    if let Some(button) = find(".export .export-svg") {
        on::<MouseEvent>(&button, "click", move |_| download_svg(state));
    }
    if let Some(button) = find(".export .export-png") {
        on::<MouseEvent>(&button, "click", move |_| download_png(state));
    }
    if let Some(button) = find(".export .print") {
        on::<MouseEvent>(&button, "click", move |_| drop(window().print()));
    }
}
