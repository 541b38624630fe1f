//! The scale bar and the north arrow follow the view: the bar's length is
//! chosen again for the zoom and the map's width, and the arrow turns with
//! the meridian at the centre.

use super::reactive::{on_change, Memo};
use kurils_core::text::{fill, fixed};
use kurils_core::viewport::scale_bar;

use super::dom::{find, set_attr, set_style, set_text};
use super::state::State;
use crate::data::live::MAP;
use crate::i18n::live::MAP_SCALE;
use crate::map_style::SCALE_BAR_MAX_PX;

pub fn bind(state: State) {
    let map = state.map;
    let lang = state.lang;
    let bar = Memo::new(move || {
        scale_bar(
            MAP.projector.km_per_unit() * map.units_per_pixel(),
            SCALE_BAR_MAX_PX,
        )
    });
    if let (Some(line), Some(label)) = (find(".scale-bar-line"), find(".scale-bar-label")) {
        on_change(
            move || (bar.get(), lang.get()),
            move |&((km, px), lang)| {
                set_style(&line, "width", &format!("{}px", fixed(px, 1)));
                // One language from here on: the served label held three.
                let text = fill(MAP_SCALE[lang as usize], &[("km", &fixed(km, 3))]);
                set_text(&label, &text);
            },
        );
    }
    if let Some(arrow) = find(".north-arrow g") {
        on_change(
            move || fixed(MAP.projector.north_angle_at(map.view.get().center()), 2),
            move |angle| set_attr(&arrow, "transform", Some(&format!("rotate({angle})"))),
        );
    }
}
