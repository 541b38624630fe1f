//! Play / pause: steps through the years from the selected one, lingering on
//! the years with events, and stops at the end; three speeds. The served
//! button holds both faces; `aria-pressed` (and the stylesheet) picks one.

use std::cell::RefCell;
use std::rc::Rc;

use super::reactive::Effect;
use super::reactive::Signal;
use web_sys::{HtmlSelectElement, MouseEvent};

use super::dom::{find, find_as, on, set_attr, Timer};
use super::state::{State, Timeline};
use crate::data::live::HISTORY;
use crate::i18n::live::{PLAY_PAUSE, PLAY_PLAY};

/// Milliseconds per year at each speed (slow, normal, fast, as the served
/// `<option>`s); a year with events is held four times as long.
const SPEEDS_MS: [i32; 3] = [900, 400, 120];
const EVENT_YEAR_HOLD: i32 = 4;

/// One step, then the next is scheduled: a chain of timeouts, so a pause is immediate.
#[derive(Clone)]
struct Player {
    timeline: Timeline,
    playing: Signal<bool>,
    speed: Rc<RefCell<usize>>,
    timer: Timer,
    event_years: Rc<Vec<i16>>,
}

impl Player {
    fn schedule(&self) {
        let year = self.timeline.year.get_untracked();
        let hold = if self.event_years.contains(&year) {
            EVENT_YEAR_HOLD
        } else {
            1
        };
        let delay = SPEEDS_MS[*self.speed.borrow()] * hold;
        let player = self.clone();
        self.timer.restart(delay, move || {
            if !player.playing.get_untracked() {
                return;
            }
            let timeline = player.timeline;
            let next = timeline.year.get_untracked() + 1;
            if next > timeline.last {
                player.playing.set(false);
                return;
            }
            timeline.set_year(next);
            if next == timeline.last {
                player.playing.set(false);
            } else {
                player.schedule();
            }
        });
    }

    fn toggle(&self) {
        if self.playing.get_untracked() {
            self.playing.set(false);
            self.timer.cancel();
        } else {
            if self.timeline.year.get_untracked() >= self.timeline.last {
                self.timeline.set_year(self.timeline.first);
            }
            self.playing.set(true);
            self.schedule();
        }
    }
}

pub fn bind(state: State) {
    let lang = state.lang;
    let Some(button) = find(".play-controls .play") else {
        return;
    };
    let player = Player {
        timeline: state.timeline,
        playing: Signal::new(false),
        speed: Rc::new(RefCell::new(1)),
        timer: Timer::new(),
        event_years: Rc::new(HISTORY.event_years()),
    };
    let playing = player.playing;
    let toggled = player.clone();
    on::<MouseEvent>(&button, "click", move |_| toggled.toggle());
    if let Some(select) = find_as::<HtmlSelectElement>(".play-speed select") {
        let speed = Rc::clone(&player.speed);
        let chosen = select.clone();
        on::<web_sys::Event>(&select, "change", move |_| {
            *speed.borrow_mut() = chosen.value().parse().unwrap_or(1).min(SPEEDS_MS.len() - 1);
        });
    }
    Effect::new(move || {
        let on = playing.get();
        set_attr(
            &button,
            "aria-pressed",
            Some(if on { "true" } else { "false" }),
        );
        set_attr(
            &button,
            "aria-label",
            Some(lang.tr(if on { PLAY_PAUSE } else { PLAY_PLAY })),
        );
    });
}
