use kurils_core::Lang;
use leptos::prelude::*;

use super::event_detail::EventDetail;
use super::event_list::EventList;
use super::history_strip::HistoryStrip;
use super::legend::Legend;
use super::map_view::MapView;
use super::year_slider::YearSlider;
use crate::state::{Language, MapState, TerritoryFocus, Timeline};

/// The year the visitor's clock says it is: the slider's last year.
fn current_year() -> i16 {
    let year = js_sys::Date::new_0().get_full_year();
    i16::try_from(year).unwrap_or(i16::MAX)
}

#[component]
pub fn App() -> impl IntoView {
    let lang = Language(RwSignal::new(Lang::En));
    let timeline = Timeline::new(current_year());
    provide_context(lang);
    provide_context(timeline);
    provide_context(MapState::new());
    provide_context(TerritoryFocus::new());
    view! {
        <div class="app">
            <header class="app-header">
                <h1>{move || lang.t().app_title}</h1>
                <p class="subtitle">{move || lang.t().app_subtitle}</p>
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
            <footer class="app-footer">{move || lang.t().app_credits}</footer>
        </div>
    }
}
