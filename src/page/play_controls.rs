use leptos::prelude::*;

use super::tr::t;
use crate::i18n::page::EN;

/// The speeds, slowest first; the live page keeps their timing (`live::play`).
pub const SPEEDS: [&str; 3] = ["slow", "normal", "fast"];

/// Play / pause and the speed. The button holds both of its faces; the
/// stylesheet shows the one its `aria-pressed` calls for.
#[component]
pub fn PlayControls() -> impl IntoView {
    let names = [EN.play_slow, EN.play_normal, EN.play_fast];
    let options = SPEEDS
        .iter()
        .enumerate()
        .map(|(i, id)| view! { <option value=i data-speed=*id selected=i == 1>{names[i]}</option> })
        .collect_view();
    view! {
        <div class="play-controls">
            <button type="button" class="play" aria-pressed="false" aria-label=EN.play_play>
                <span aria-hidden="true" class="play-icon"><span class="when-stopped">"▶"</span><span class="when-playing">"❚❚"</span></span>
                <span class="when-stopped">{t(|s| s.play_play)}</span>
                <span class="when-playing">{t(|s| s.play_pause)}</span>
            </button>
            <label class="play-speed">
                <span>{t(|s| s.play_speed)}</span>
                <select>{options}</select>
            </label>
        </div>
    }
}
