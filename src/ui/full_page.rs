use leptos::prelude::*;

use super::announcer::Announcer;
use super::event_detail::EventDetail;
use super::event_list::EventList;
use super::export_buttons::ExportButtons;
use super::history_strip::HistoryStrip;
use super::language_switch::LanguageSwitch;
use super::legend::Legend;
use super::map_view::MapView;
use super::notice_bar::NoticeBar;
use super::play_controls::PlayControls;
use super::share_dialog::ShareDialog;
use super::year_slider::YearSlider;
use crate::state::Language;

/// The full page: the map and its slider, the legend and the events beside
/// them, the history strip below, and the tools (language, share, download).
#[component]
pub fn FullPage() -> impl IntoView {
    let t = expect_context::<Language>().t();
    view! {
        <div class="app">
            <header class="app-header">
                <div class="titles">
                    <h1>{t.app_title}</h1>
                    <p class="subtitle">{t.app_subtitle}</p>
                </div>
                <div class="toolbar">
                    <LanguageSwitch />
                    <ShareDialog />
                </div>
            </header>
            <NoticeBar />
            <main class="app-main">
                <section class="map-column">
                    <MapView />
                    <YearSlider />
                    <div class="slider-tools">
                        <PlayControls />
                        <ExportButtons />
                    </div>
                </section>
                <aside class="side-panel">
                    <Legend />
                    <EventDetail />
                    <EventList />
                </aside>
                <HistoryStrip />
            </main>
            <footer class="app-footer">{t.app_credits}</footer>
            <Announcer />
        </div>
    }
}
