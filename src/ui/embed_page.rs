use kurils_core::url_state::to_query;
use leptos::prelude::*;

use super::announcer::Announcer;
use super::legend::Legend;
use super::map_view::MapView;
use super::notice_bar::NoticeBar;
use super::play_controls::PlayControls;
use super::year_slider::YearSlider;
use crate::address;
use crate::state::{Embed, Language, MapState, Timeline};

/// The compact page for iframes: map, slider and legend, no page chrome, and
/// a link to the full map at the same view. Works from 320 × 400 up.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let map = expect_context::<MapState>();
    let t = lang.t();
    let full = move || {
        let mut state = address::current(timeline, lang, map, Embed(true));
        state.embed = false;
        address::with_query(&to_query(&state))
    };
    view! {
        <div class="app embed">
            <NoticeBar />
            <main class="embed-main">
                <MapView />
                <YearSlider />
                <PlayControls />
                <Legend />
            </main>
            <footer class="embed-footer">
                <a class="open-full" href=full target="_blank" rel="noopener">{t.share_open_full}</a>
                <span class="embed-credits">{t.app_credits}</span>
            </footer>
            <Announcer />
        </div>
    }
}
