//! The app's shared state: small `Copy` structs of signals, provided once by
//! `App` and read with `expect_context`. Everything else is derived from them.

use kurils_core::geometry::Rect;
use kurils_core::history::FIRST_YEAR;
use kurils_core::text::DateWords;
use kurils_core::timeline::{events_crossed, periods_in_year, When};
use kurils_core::{EventDate, Lang, TerritoryId};
use leptos::prelude::*;

use crate::data::{HISTORY, MAP};
use crate::i18n::{strings, Strings};

/// The selected year and event: what the slider, the map, the legend, the
/// event list and the history strip all show.
#[derive(Clone, Copy)]
pub struct Timeline {
    /// The map shows who held what on 31 December of this year.
    pub year: RwSignal<i16>,
    pub first: i16,
    pub last: i16,
    /// The event the user chose, by index into `HISTORY.events`.
    pub chosen: RwSignal<Option<usize>>,
    /// Each territory's period in force on 31 December of the year, by index
    /// (core::timeline::periods_in_year). What depends on statuses and holders
    /// derives from this memo, which changes only in the years something changed.
    pub periods: Memo<[Option<usize>; 8]>,
    /// The event whose text is shown: the chosen one while its year is
    /// selected, otherwise the selected year's first event.
    pub shown: Memo<Option<usize>>,
    /// Each event's place relative to the selected year (past, current,
    /// future), by index into `HISTORY.events`. One signal per event, set only
    /// when a year change crosses the event: a slider step touches the events of
    /// two years, not all of them.
    pub event_when: &'static [RwSignal<When>],
    /// Whether each event is the shown one. Per-event signals again: a memo that
    /// every list item, marker and card subscribed to would be re-checked by all of
    /// them on every step, since `shown` itself follows the year.
    pub event_shown: &'static [RwSignal<bool>],
}

impl Timeline {
    /// The slider's range: 1855 to the current year, and never short of the last event.
    pub fn new(current_year: i16) -> Timeline {
        let last_event = HISTORY.events.last().map_or(FIRST_YEAR, |e| e.date.year());
        let last = current_year.max(last_event);
        let year = RwSignal::new(FIRST_YEAR);
        let chosen = RwSignal::new(None::<usize>);
        let periods = Memo::new(move |_| periods_in_year(&HISTORY, year.get()));
        let shown = Memo::new(move |_| {
            let year = year.get();
            chosen
                .get()
                .filter(|&i| HISTORY.events[i].date.year() == year)
                .or_else(|| HISTORY.events.iter().position(|e| e.date.year() == year))
        });
        // Lives as long as the page (the timeline is created once, at start).
        let event_when: &'static [RwSignal<When>] = Box::leak(
            HISTORY
                .events
                .iter()
                .map(|e| RwSignal::new(When::of(e.date.year(), FIRST_YEAR)))
                .collect(),
        );
        // A render effect runs synchronously with the change, before the frame is painted.
        let crossing = RenderEffect::new(move |previous: Option<i16>| {
            let now = year.get();
            if let Some(previous) = previous {
                for index in events_crossed(&HISTORY, previous, now) {
                    let when = When::of(HISTORY.events[index].date.year(), now);
                    if event_when[index].get_untracked() != when {
                        event_when[index].set(when);
                    }
                }
            }
            now
        });
        std::mem::forget(crossing); // runs as long as the page, like the signals it sets
        let event_shown: &'static [RwSignal<bool>] = Box::leak(
            HISTORY
                .events
                .iter()
                .map(|_| RwSignal::new(false))
                .collect(),
        );
        let showing = RenderEffect::new(move |previous: Option<Option<usize>>| {
            let now = shown.get();
            if let Some(index) = previous.flatten().filter(|&i| Some(i) != now) {
                event_shown[index].set(false);
            }
            if let Some(index) = now {
                if !event_shown[index].get_untracked() {
                    event_shown[index].set(true);
                }
            }
            now
        });
        std::mem::forget(showing);
        Timeline {
            year,
            first: FIRST_YEAR,
            last,
            chosen,
            periods,
            shown,
            event_when,
            event_shown,
        }
    }

    pub fn set_year(self, year: i16) {
        let year = year.clamp(self.first, self.last);
        if self.year.get_untracked() != year {
            self.year.set(year);
        }
    }

    /// Shows an event: its year on the map and its text beside it.
    pub fn choose_event(self, index: usize) {
        self.chosen.set(Some(index));
        self.set_year(HISTORY.events[index].date.year());
    }

    /// Where `year` falls along the range, from 0 to 1: for ticks, bands and the strip's cursor.
    pub fn fraction(self, year: f64) -> f64 {
        (year - f64::from(self.first)) / f64::from(self.last - self.first).max(1.0)
    }
}

/// The page's language. Changing it renders the whole page again (`App`
/// keys the page on it): it is a rare, deliberate act, and in return every
/// component reads the language once, untracked, and writes plain text.
/// A closure per string would cost wasm size and memory for no benefit.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

impl Language {
    /// The language the page is being rendered in (untracked: see above).
    pub fn get(self) -> Lang {
        self.0.get_untracked()
    }

    /// The interface strings in that language.
    pub fn t(self) -> &'static Strings {
        strings(self.get())
    }

    /// A date as that language writes it.
    pub fn date(self, date: EventDate) -> String {
        let t = self.t();
        let words = DateWords {
            day: t.date_day,
            month: t.date_month,
            year: t.date_year,
            months: &t.month,
            months_of: &t.month_of,
        };
        kurils_core::text::format_date(date, &words)
    }
}

/// Whether the page is embedded (`?embed=1`): the compact layout for iframes.
#[derive(Clone, Copy)]
pub struct Embed(pub bool);

/// What the page has to tell about the address it was opened with.
#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Vec<kurils_core::url_state::Notice>>);

/// How a territory came to be pointed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    Mouse,
    Keyboard,
}

/// Which territory the information card describes: the one most recently
/// pointed at with the mouse or focused with the keyboard, else the one last
/// tapped. A mouse leaving clears only what the mouse set, so the page
/// scrolling under a resting pointer never hides a keyboard user's card.
#[derive(Clone, Copy)]
pub struct TerritoryFocus {
    active: RwSignal<Option<(TerritoryId, Via)>>,
    pub pinned: RwSignal<Option<TerritoryId>>,
}

impl TerritoryFocus {
    pub fn new() -> TerritoryFocus {
        TerritoryFocus {
            active: RwSignal::new(None),
            pinned: RwSignal::new(None),
        }
    }

    pub fn enter(self, id: TerritoryId, via: Via) {
        self.active.set(Some((id, via)));
    }

    pub fn leave(self, id: TerritoryId, via: Via) {
        if self.active.get_untracked() == Some((id, via)) {
            self.active.set(None);
        }
    }

    pub fn clear(self) {
        self.active.set(None);
        self.pinned.set(None);
    }

    pub fn shown(self) -> Option<TerritoryId> {
        self.active
            .get()
            .map(|(id, _)| id)
            .or_else(|| self.pinned.get())
    }
}

/// What the map is showing: shared by the map, its controls and its overlay.
#[derive(Clone, Copy)]
pub struct MapState {
    /// The SVG view box: the part of the frame on screen.
    pub view: RwSignal<Rect>,
    /// The map element's box in CSS pixels, kept current on resize.
    pub element: RwSignal<Rect>,
}

impl MapState {
    pub fn new() -> MapState {
        MapState {
            view: RwSignal::new(MAP.frame),
            element: RwSignal::new(Rect {
                x: 0.0,
                y: 0.0,
                w: 0.0,
                h: 0.0,
            }),
        }
    }

    /// View units per CSS pixel: what keeps labels and strokes a constant size on screen.
    pub fn units_per_pixel(&self) -> f64 {
        let element = self.element.get();
        if element.w <= 0.0 || element.h <= 0.0 {
            return MAP.frame.w / 800.0;
        }
        kurils_core::viewport::units_per_pixel(element, self.view.get())
    }
}
