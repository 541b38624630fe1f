use kurils_core::text::fill;
use leptos::prelude::*;

use crate::data::HISTORY;
use crate::state::{Language, Timeline};

/// The year slider: a native range input (keyboard, touch and screen readers
/// for free), the selected year shown large, and ticks at the years with events.
/// It recolours the map on every `input` event, not only on release.
#[component]
pub fn YearSlider() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let lang = expect_context::<Language>();
    let year = timeline.year;
    let on_input = move |e: leptos::ev::Event| {
        if let Ok(value) = event_target_value(&e).parse::<i16>() {
            timeline.set_year(value);
        }
    };
    let ticks = HISTORY
        .event_years()
        .into_iter()
        .map(|y| {
            // The thumb's centre travels from half a thumb in to half a thumb short of the end.
            let left = format!(
                "calc(var(--thumb) / 2 + (100% - var(--thumb)) * {:.5})",
                timeline.fraction(f64::from(y))
            );
            view! { <span class="tick" style:left=left></span> }
        })
        .collect_view();
    view! {
        <div class="year-control">
            <div class="year-heading">
                <label for="year-slider" class="year-label">{move || lang.t().slider_label}</label>
                <output for="year-slider" class="year-display" data-year=move || year.get().to_string()>
                    {move || year.get()}
                </output>
                <p class="year-caption">{move || fill(lang.t().slider_caption, &[("year", &year.get().to_string())])}</p>
            </div>
            <div class="slider-track">
                <input
                    id="year-slider"
                    class="year-slider"
                    type="range"
                    min=timeline.first
                    max=timeline.last
                    step="1"
                    prop:value=move || year.get().to_string()
                    on:input=on_input
                />
                <div class="slider-ticks" aria-hidden="true">{ticks}</div>
                <div class="slider-ends" aria-hidden="true">
                    <span>{timeline.first}</span>
                    <span>{timeline.last}</span>
                </div>
            </div>
        </div>
    }
}
