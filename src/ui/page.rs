use leptos::prelude::*;

use super::event_detail::EventDetail;
use super::event_list::EventList;
use super::history_strip::HistoryStrip;
use super::legend::Legend;
use super::map_view::MapView;
use super::year_slider::YearSlider;
use crate::state::Language;

/// The page in one language: the map and its slider, the legend and the
/// events beside them, the history strip below.
#[component]
pub fn Page() -> impl IntoView {
    let t = expect_context::<Language>().t();
    view! {
        <div class="app">
            <header class="app-header">
                <h1>{t.app_title}</h1>
                <p class="subtitle">{t.app_subtitle}</p>
            </header>
            <main class="app-main">
                <section class="map-column">
                    <MapView />
                    <YearSlider />
                </section>
                <aside class="side-panel">
                    <Legend />
                    <EventDetail />
                    <EventList />
                </aside>
                <HistoryStrip />
            </main>
            <footer class="app-footer">{t.app_credits}</footer>
        </div>
    }
}
