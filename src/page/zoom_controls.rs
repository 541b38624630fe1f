use leptos::prelude::*;

use super::tr::t;
use crate::i18n::page::EN;

/// Buttons for zooming, the whole map, and the close view of the four
/// southern islands. As served the map is whole: zooming out is disabled.
#[component]
pub fn ZoomControls() -> impl IntoView {
    view! {
        <div class="zoom-controls" role="toolbar" aria-label=EN.map_zoom>
            <button type="button" class="zoom-in" aria-label=EN.map_zoom_in title=EN.map_zoom_in>"+"</button>
            <button type="button" class="zoom-out" aria-label=EN.map_zoom_out title=EN.map_zoom_out disabled>"−"</button>
            <button type="button" class="zoom-whole" aria-pressed="true">{t(|s| s.map_whole)}</button>
            <button type="button" class="zoom-southern" aria-pressed="false">
                // On a small map the button shows this sign instead of its name (which stays for screen readers).
                <svg class="zoom-icon" viewBox="0 0 16 16" aria-hidden="true">
                    <circle cx="8" cy="8" r="5.5"></circle>
                    <path d="M8 0.5v4M8 11.5v4M0.5 8h4M11.5 8h4"></path>
                </svg>
                {t(|s| s.map_southern_islands)}
            </button>
        </div>
    }
}
