//! The zoom buttons: in, out, the whole map, and the close view of the four
//! southern islands (the Habomai islets are a pixel wide at full-region
//! scale), which toggles back to the whole map (on small maps the only way back).

use super::reactive::on_change;
use kurils_core::viewport::{view_of, zoom_at};
use web_sys::MouseEvent;

use super::dom::{find, on, set_attr};
use super::state::State;
use crate::data::live::MAP;

pub fn bind(state: State) {
    let view = state.map.view;
    let southern = view_of(MAP.southern_islands, MAP.frame);
    let zoom = move |factor: f64| view.update(|v| *v = zoom_at(*v, v.center(), factor, MAP.frame));
    let (Some(zoom_in), Some(zoom_out), Some(whole), Some(close)) = (
        find(".zoom-controls .zoom-in"),
        find(".zoom-controls .zoom-out"),
        find(".zoom-controls .zoom-whole"),
        find(".zoom-controls .zoom-southern"),
    ) else {
        return;
    };
    on::<MouseEvent>(&zoom_in, "click", move |_| zoom(1.6));
    on::<MouseEvent>(&zoom_out, "click", move |_| zoom(1.0 / 1.6));
    on::<MouseEvent>(&whole, "click", move |_| view.set(MAP.frame));
    on::<MouseEvent>(&close, "click", move |_| {
        view.set(if view.get_untracked() == southern {
            MAP.frame
        } else {
            southern
        })
    });
    on_change(
        move || view.get(),
        move |&now| {
            let is_whole = now == MAP.frame;
            set_attr(&zoom_out, "disabled", is_whole.then_some(""));
            set_attr(
                &whole,
                "aria-pressed",
                Some(if is_whole { "true" } else { "false" }),
            );
            set_attr(
                &close,
                "aria-pressed",
                Some(if now == southern { "true" } else { "false" }),
            );
        },
    );
}
