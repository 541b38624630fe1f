use kurils_core::viewport::{view_of, zoom_at};
use leptos::prelude::*;

use crate::data::MAP;
use crate::state::{Language, MapState};

/// Buttons for zooming, the whole map, and the close view of the four southern
/// islands (the Habomai islets are a pixel wide at full-region scale), which
/// toggles back to the whole map (on small maps it is the only way back).
#[component]
pub fn ZoomControls() -> impl IntoView {
    let state = expect_context::<MapState>();
    let lang = expect_context::<Language>();
    let zoom = move |factor: f64| {
        state
            .view
            .update(|v| *v = zoom_at(*v, v.center(), factor, MAP.frame))
    };
    let whole = move || state.view.get() == MAP.frame;
    let southern = view_of(MAP.southern_islands, MAP.frame);
    view! {
        <div class="zoom-controls" role="toolbar" aria-label=lang.t().map_zoom>
            <button type="button" class="zoom-in" aria-label=lang.t().map_zoom_in title=lang.t().map_zoom_in on:click=move |_| zoom(1.6)>"+"</button>
            <button type="button" class="zoom-out" aria-label=lang.t().map_zoom_out title=lang.t().map_zoom_out disabled=whole on:click=move |_| zoom(1.0 / 1.6)>"−"</button>
            <button type="button" class="zoom-whole" aria-pressed=move || whole().to_string() on:click=move |_| state.view.set(MAP.frame)>{lang.t().map_whole}</button>
            <button type="button" class="zoom-southern" aria-pressed=move || (state.view.get() == southern).to_string() on:click=move |_| state.view.set(if state.view.get_untracked() == southern { MAP.frame } else { southern })>{lang.t().map_southern_islands}</button>
        </div>
    }
}
