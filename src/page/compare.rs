use kurils_core::Viewpoint;
use leptos::prelude::*;

use super::served::Served;
use super::tr::t;
use crate::i18n::page::{Strings, EN};

fn viewpoint_name(viewpoint: Viewpoint) -> fn(&'static Strings) -> &'static str {
    match viewpoint {
        Viewpoint::DeFacto => |s| s.viewpoint_de_facto,
        Viewpoint::Japan => |s| s.viewpoint_japan,
        Viewpoint::Russia => |s| s.viewpoint_russia,
    }
}

/// What a map pane says of itself in a comparison: its year, and whose map it
/// is (the three names are served; `data-viewpoint` on the pane shows one).
#[component]
pub fn PaneLabel(year: i16) -> impl IntoView {
    let names = Viewpoint::ALL
        .into_iter()
        .map(|v| view! { <span class="pane-viewpoint" data-viewpoint=v.as_str()>{t(viewpoint_name(v))}</span> })
        .collect_view();
    view! {
        <p class="pane-label">
            <span class="pane-year">{year}</span>
            {names}
        </p>
    }
}

/// The second map of a comparison, hidden until one is asked for: its label,
/// a slot the live page clones the served map into (the paths are in the page
/// once), its own year slider and whose map it shows, and a close button.
#[component]
pub fn ComparePane() -> impl IntoView {
    let served = Served::get();
    let choices = Viewpoint::ALL
        .into_iter()
        .map(|v| {
            view! {
                <label class="viewpoint-choice">
                    <input type="radio" name="compare-viewpoint" value=v.as_str() checked=v == Viewpoint::DeFacto autocomplete="off" />
                    <span>{t(viewpoint_name(v))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="map-pane compare-pane" data-year=served.year data-viewpoint="de-facto" hidden>
            <PaneLabel year=served.year />
            <div class="compare-map-slot"></div>
            <div class="compare-controls">
                <label for="compare-slider" class="compare-year-label">{t(|s| s.compare_year)}</label>
                <input id="compare-slider" class="compare-slider" type="range" min=served.first max=served.last step="1" value=served.year autocomplete="off" />
                <fieldset class="compare-viewpoint">
                    <legend>{t(|s| s.compare_viewpoint)}</legend>
                    <div class="viewpoint-choices">{choices}</div>
                </fieldset>
                <button type="button" class="compare-close" aria-label=EN.compare_close title=EN.compare_close>
                    <span aria-hidden="true">"×"</span>
                    " "
                    <span class="compare-close-text">{t(|s| s.compare_close)}</span>
                </button>
            </div>
        </div>
    }
}

/// The button that opens a comparison.
#[component]
pub fn CompareButton() -> impl IntoView {
    view! {
        <button type="button" class="compare-open" aria-pressed="false" title=EN.compare_open_title>
            {t(|s| s.compare_open)}
        </button>
    }
}

/// What differs between the two maps: written by the live page (it depends on
/// both years), a heading, the list `.changes` (one `li[data-territory]` per
/// territory) or the sentence saying nothing changed.
#[component]
pub fn Changes() -> impl IntoView {
    view! {
        <section class="changes-panel" aria-labelledby="changes-title" hidden>
            <h2 id="changes-title" class="changes-title"></h2>
            <ul class="changes"></ul>
            <p class="changes-none" hidden></p>
        </section>
    }
}
