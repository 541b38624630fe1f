use leptos::prelude::*;

use super::card_templates::{Announcements, BorderCards, CardTemplates, ViewCards};
use super::compare::{Changes, CompareButton, ComparePane, PaneLabel};
use super::event_detail::EventDetail;
use super::event_list::EventList;
use super::export_buttons::ExportButtons;
use super::header::Header;
use super::legend::Legend;
use super::map::Map;
use super::method::{Method, MethodButton};
use super::notices::Notices;
use super::play_controls::PlayControls;
use super::strip::Strip;
use super::tr::t;
use super::year_control::YearControl;

/// The whole page: the map and its slider, the legend and the events beside
/// them, the history strip below, the tools above. The embed (`?embed=1`) is
/// the same document: `lang.js` marks it before the first paint, the
/// stylesheet lays it out compactly, and the live page removes what it lacks.
/// `data-app` says who runs the page: "static" as served, "live" once the
/// wasm has taken it over. `data-viewpoint` is whose map is drawn. Each map
/// sits in a `.map-pane[data-year]`; the second one (a comparison) is hidden
/// until asked for.
#[component]
pub fn App() -> impl IntoView {
    let served = super::served::Served::get();
    view! {
        <div class="app" data-app="static" data-viewpoint="de-facto">
            <Header />
            <Notices />
            <main class="app-main">
                <section class="map-column">
                    <div class="maps">
                        <div class="map-pane main-pane" data-year=served.year data-viewpoint="de-facto">
                            <PaneLabel year=served.year />
                            <Map />
                        </div>
                        <ComparePane />
                    </div>
                    <YearControl />
                    <div class="slider-tools">
                        <PlayControls />
                        <CompareButton />
                        <ExportButtons />
                    </div>
                    <Changes />
                </section>
                <aside class="side-panel">
                    <Legend />
                    <EventDetail />
                    <EventList />
                </aside>
                <Strip />
            </main>
            <footer class="app-footer">{t(|s| s.app_credits)}</footer>
            <footer class="embed-footer">
                <a class="open-full" href="./" target="_blank" rel="noopener">{t(|s| s.share_open_full)}</a>
                <MethodButton />
                <span class="embed-credits">{t(|s| s.app_credits)}</span>
            </footer>
            <p class="visually-hidden announcer" aria-live="polite" aria-atomic="true"></p>
            <Method />
        </div>
        <CardTemplates />
        <BorderCards />
        <ViewCards />
        <Announcements />
    }
}
