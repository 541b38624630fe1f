//! The years the slider spans end at the later of the build's year and the
//! visitor's. The served page ends at the build's; when the visitor's is
//! later, this moves the end: the slider's `max`, the year written at its end
//! and in the strip's title, the open bands' `data-to`, and `--last`, which
//! places every tick and band (see the generated rules, `page::layout_css`).

use super::dom::{find, find_all, set_attr, set_style, set_text};

pub fn extend_to(last: i16) {
    let Some(slider) = find("#year-slider") else {
        return;
    };
    let served: i16 = slider
        .get_attribute("max")
        .and_then(|m| m.parse().ok())
        .unwrap_or(last);
    if last <= served {
        return;
    }
    let (old, new) = (served.to_string(), last.to_string());
    set_attr(&slider, "max", Some(&new));
    for element in find_all(".slider-last, .strip-last") {
        set_text(&element, &new);
    }
    for band in find_all(&format!(".band[data-to=\"{old}\"]")) {
        set_attr(&band, "data-to", Some(&new));
    }
    if let Some(app) = find(".app") {
        set_style(&app, "--last", &new);
    }
}
