use kurils_core::geometry::Rect;
use kurils_core::Lang;
use leptos::prelude::*;

use super::map_view::MapView;
use crate::data::MAP;
use crate::i18n::{strings, Strings};

/// What the map is showing: shared by the map, its controls and its overlay.
#[derive(Clone, Copy)]
pub struct MapState {
    /// The SVG view box: the part of the frame on screen.
    pub view: RwSignal<Rect>,
    /// The map element's box in CSS pixels, kept current on resize.
    pub element: RwSignal<Rect>,
}

impl MapState {
    /// View units per CSS pixel: what keeps labels and strokes a constant size on screen.
    pub fn units_per_pixel(&self) -> f64 {
        let element = self.element.get();
        if element.w <= 0.0 || element.h <= 0.0 {
            return MAP.frame.w / 800.0;
        }
        kurils_core::viewport::units_per_pixel(element, self.view.get())
    }
}

/// The page's language, shared by every component that shows text.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

impl Language {
    pub fn get(self) -> Lang {
        self.0.get()
    }
    /// The interface strings in the current language (tracked).
    pub fn t(self) -> &'static Strings {
        strings(self.0.get())
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = MapState {
        view: RwSignal::new(MAP.frame),
        element: RwSignal::new(Rect {
            x: 0.0,
            y: 0.0,
            w: 0.0,
            h: 0.0,
        }),
    };
    provide_context(state);
    let lang = Language(RwSignal::new(Lang::En));
    provide_context(lang);
    view! {
        <div class="app">
            <header class="app-header">
                <h1>{move || lang.t().app_title}</h1>
                <p class="subtitle">{move || lang.t().app_subtitle}</p>
            </header>
            <main class="app-main">
                <MapView />
            </main>
            <footer class="app-footer">{move || lang.t().app_credits}</footer>
        </div>
    }
}
