//! The switch between whose map is drawn: who administers (the default), or
//! each government's own map. The served page has the radio group and the
//! three captions; this keeps the chosen radio and `.app[data-viewpoint]` (which
//! shows the matching caption and legend rows) in step with the state.

use kurils_core::Viewpoint;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement};

use super::dom::{find, find_all, on, set_attr};
use super::reactive::on_change;
use super::state::State;

pub fn bind(state: State) {
    let chosen = state.viewpoint.chosen;
    let radios: Vec<HtmlInputElement> = find_all(".viewpoint-switch input[name=\"viewpoint\"]")
        .into_iter()
        .filter_map(|e| e.dyn_into().ok())
        .collect();
    for radio in &radios {
        let value = radio.value();
        on::<Event>(radio, "change", move |_| {
            if let Some(viewpoint) = Viewpoint::parse(&value) {
                chosen.set(viewpoint);
            }
        });
    }
    let app = find(".app");
    on_change(
        move || chosen.get(),
        move |&now| {
            for radio in &radios {
                let checked = radio.value() == now.as_str();
                if radio.checked() != checked {
                    radio.set_checked(checked);
                }
            }
            if let Some(app) = &app {
                set_attr(app, "data-viewpoint", Some(now.as_str()));
            }
        },
    );
}
