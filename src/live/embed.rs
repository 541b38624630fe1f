//! The embed (`?embed=1`) is the same served document, laid out compactly by
//! the stylesheet (`lang.js` marks `<html class="embed">` before the first
//! paint). The live page takes out of the document what its mode does not
//! show, so an embed holds no hidden controls, and marks `.app.embed` (the DOM
//! contract). The embed's link to the full map follows the view with the
//! address (`address::follow`).

use super::dom::{find, find_all, set_class};

/// What the full page has and the embed does not.
const NOT_IN_EMBED: &str = ".app-header, .app-footer, .strip, .side-panel > .events, .side-panel > .event-detail, .slider-tools > .export, .slider-tools > .data-downloads";

/// What the embed has and the full page does not.
const NOT_IN_FULL_PAGE: &str = ".embed-footer";

pub fn arrange(embed: bool) {
    for element in find_all(if embed {
        NOT_IN_EMBED
    } else {
        NOT_IN_FULL_PAGE
    }) {
        element.remove();
    }
    if let Some(app) = find(".app") {
        set_class(&app, "embed", embed);
    }
}
