use std::time::Duration;

use leptos::prelude::*;

use crate::data::HISTORY;
use crate::state::{Language, Timeline};

/// Time per year at each speed; a year with events is held four times as long.
const SPEEDS: [(u64, &str); 3] = [(900, "slow"), (400, "normal"), (120, "fast")];
const EVENT_YEAR_HOLD: u32 = 4;

/// Play / pause: steps through the years from the selected one, lingering on
/// the years with events, and stops at the end. The speed is a choice of three.
#[component]
pub fn PlayControls() -> impl IntoView {
    let timeline = expect_context::<Timeline>();
    let t = expect_context::<Language>().t();
    let playing = RwSignal::new(false);
    let speed = RwSignal::new(1usize);
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    let event_years = HISTORY.event_years();

    let stop = move || {
        playing.set(false);
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
    };
    // One step, then the next is scheduled: a chain of timeouts, so a pause is immediate.
    fn schedule(
        timeline: Timeline,
        playing: RwSignal<bool>,
        speed: RwSignal<usize>,
        timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
        event_years: &'static [i16],
    ) {
        let year = timeline.year.get_untracked();
        let hold = if event_years.contains(&year) {
            EVENT_YEAR_HOLD
        } else {
            1
        };
        let delay = Duration::from_millis(SPEEDS[speed.get_untracked()].0) * hold;
        let step = move || {
            if !playing.get_untracked() {
                return;
            }
            let next = timeline.year.get_untracked() + 1;
            if next > timeline.last {
                playing.set(false);
                return;
            }
            timeline.set_year(next);
            if next == timeline.last {
                playing.set(false);
            } else {
                schedule(timeline, playing, speed, timer, event_years);
            }
        };
        timer.set_value(set_timeout_with_handle(step, delay).ok());
    }
    let event_years: &'static [i16] = Box::leak(event_years.into_boxed_slice());
    let toggle = move |_| {
        if playing.get_untracked() {
            stop();
        } else {
            if timeline.year.get_untracked() >= timeline.last {
                timeline.set_year(timeline.first);
            }
            playing.set(true);
            schedule(timeline, playing, speed, timer, event_years);
        }
    };
    on_cleanup(move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
    });
    let speed_names = [t.play_slow, t.play_normal, t.play_fast];
    let options = SPEEDS
        .iter()
        .enumerate()
        .map(|(i, (_, id))| view! { <option value=i.to_string() data-speed=*id selected=i == 1>{speed_names[i]}</option> })
        .collect_view();
    view! {
        <div class="play-controls">
            <button
                type="button"
                class="play"
                aria-pressed=move || if playing.get() { "true" } else { "false" }
                aria-label=move || if playing.get() { t.play_pause } else { t.play_play }
                on:click=toggle
            >
                <span aria-hidden="true" class="play-icon">{move || if playing.get() { "❚❚" } else { "▶" }}</span>
                <span>{move || if playing.get() { t.play_pause } else { t.play_play }}</span>
            </button>
            <label class="play-speed">
                <span>{t.play_speed}</span>
                <select on:change=move |e| speed.set(event_target_value(&e).parse().unwrap_or(1).min(SPEEDS.len() - 1))>{options}</select>
            </label>
        </div>
    }
}
