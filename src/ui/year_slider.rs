use kurils_core::text::{fill, fixed};
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
    // The input shows the year when it changes elsewhere (an event, the strip, a
    // link). When the input itself moved it, it already shows it: writing the
    // value again would make the browser redo the slider's style for nothing.
    let input = NodeRef::<leptos::html::Input>::new();
    let sync = RenderEffect::new(move |_| {
        let value = year.get().to_string();
        if let Some(input) = input.get() {
            if input.value() != value {
                input.set_value(&value);
            }
        }
    });
    // Kept with the component (a dropped render effect stops).
    StoredValue::new_local(sync);
    let on_input = move |e: leptos::ev::Event| {
        if let Ok(value) = event_target_value(&e).parse::<i16>() {
            timeline.set_year(value);
        }
    };
    // Arrows, Home and End are the browser's; PageUp and PageDown move ten
    // years (browsers move a tenth of the range, which here is 17).
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        let step = match e.key().as_str() {
            "PageUp" => 10,
            "PageDown" => -10,
            _ => return,
        };
        e.prevent_default();
        timeline.set_year(year.get_untracked().saturating_add(step));
    };
    // What a screen reader says for the slider: the year, and its first event if it has one.
    let t = lang.t();
    let l = lang.get();
    let value_text = move || {
        let year = year.get();
        match HISTORY.events.iter().find(|e| e.date.year() == year) {
            Some(event) => fill(
                t.slider_valuetext_event,
                &[("year", &year.to_string()), ("event", event.title.get(l))],
            ),
            None => year.to_string(),
        }
    };
    let ticks = HISTORY
        .event_years()
        .into_iter()
        .map(|y| {
            // The thumb's centre travels from half a thumb in to half a thumb short of the end.
            let left = format!(
                "calc(var(--thumb) / 2 + (100% - var(--thumb)) * {})",
                fixed(timeline.fraction(f64::from(y)), 5)
            );
            view! { <span class="tick" style:left=left></span> }
        })
        .collect_view();
    view! {
        <div class="year-control">
            <div class="year-heading">
                <label for="year-slider" class="year-label">{lang.t().slider_label}</label>
                <output for="year-slider" class="year-display" data-year=move || year.get().to_string()>
                    {move || year.get()}
                </output>
                <p class="year-caption">{lang.t().slider_caption}</p>
            </div>
            <div class="slider-track">
                <input
                    id="year-slider"
                    class="year-slider"
                    type="range"
                    min=timeline.first
                    max=timeline.last
                    step="1"
                    node_ref=input
                    on:input=on_input
                    on:keydown=on_key
                    aria-valuetext=value_text
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
