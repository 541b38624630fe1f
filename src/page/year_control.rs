use kurils_core::text::fill;
use leptos::prelude::*;

use super::served::Served;
use super::tr::t;
use crate::data::page::HISTORY;
use crate::i18n::page::strings;

/// The year slider: a native range input (keyboard, touch and screen readers
/// for free), the year shown large, and ticks at the years with events
/// (placed by the generated stylesheet, see `layout_css`).
#[component]
pub fn YearControl() -> impl IntoView {
    let served = Served::get();
    let t_ = strings(served.lang);
    let value_text = match HISTORY.events.iter().find(|e| e.date.year() == served.year) {
        Some(event) => fill(
            t_.slider_valuetext_event,
            &[
                ("year", &served.year.to_string()),
                ("event", event.title.get(served.lang)),
            ],
        ),
        None => served.year.to_string(),
    };
    let ticks = HISTORY
        .event_years()
        .into_iter()
        .map(|year| view! { <span class="tick" data-year=year></span> })
        .collect_view();
    view! {
        <div class="year-control">
            <div class="year-heading">
                <label for="year-slider" class="year-label">{t(|s| s.slider_label)}</label>
                <output for="year-slider" class="year-display" data-year=served.year>{served.year}</output>
                <p class="year-caption">{t(|s| s.slider_caption)}</p>
            </div>
            <div class="slider-track">
                <input
                    id="year-slider"
                    class="year-slider"
                    type="range"
                    min=served.first
                    max=served.last
                    step="1"
                    value=served.year
                    aria-valuetext=value_text
                />
                <div class="slider-ticks" aria-hidden="true">{ticks}</div>
                <div class="slider-ends" aria-hidden="true">
                    <span>{served.first}</span>
                    <span class="slider-last">{served.last}</span>
                </div>
            </div>
        </div>
    }
}
