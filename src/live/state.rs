//! The live page's shared state: small `Copy` structs of signals, created
//! once at start and handed to each binding. Everything else derives from them.

use kurils_core::geometry::Rect;
use kurils_core::history::FIRST_YEAR;
use kurils_core::timeline::{events_crossed, periods_in_year, views_in_year, When};
use kurils_core::{Lang, TerritoryId, Viewpoint};

use super::reactive::{Effect, Memo, Signal};
use crate::data::live::{HISTORY, MAP};

/// The selected year and event: what the slider, the map, the legend, the
/// event list and the history strip all show.
#[derive(Clone, Copy)]
pub struct Timeline {
    /// The map shows who held what on 31 December of this year.
    pub year: Signal<i16>,
    pub first: i16,
    pub last: i16,
    /// The event the user chose, by index into `HISTORY.events`.
    pub chosen: Signal<Option<usize>>,
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
    pub event_when: &'static [Signal<When>],
    /// Whether each event is the shown one. Per-event signals again: a memo that
    /// every list item, marker and card subscribed to would be re-checked by all of
    /// them on every step, since `shown` itself follows the year.
    pub event_shown: &'static [Signal<bool>],
}

impl Timeline {
    /// The slider's range: 1855 to `last`; the year starts where the served page is.
    pub fn new(last: i16) -> Timeline {
        let year = Signal::new(FIRST_YEAR);
        let chosen = Signal::new(None::<usize>);
        let periods = Memo::new(move || periods_in_year(&HISTORY, year.get()));
        let shown = Memo::new(move || {
            let year = year.get();
            chosen
                .get()
                .filter(|&i| HISTORY.events[i].date.year() == year)
                .or_else(|| HISTORY.events.iter().position(|e| e.date.year() == year))
        });
        // Lives as long as the page (the timeline is created once, at start).
        let event_when: &'static [Signal<When>] = Box::leak(
            HISTORY
                .events
                .iter()
                .map(|e| Signal::new(When::of(e.date.year(), FIRST_YEAR)))
                .collect(),
        );
        // Effects run synchronously with the change, before the frame is painted.
        let mut previous: Option<i16> = None;
        Effect::new(move || {
            let now = year.get();
            if let Some(previous) = previous.replace(now) {
                for index in events_crossed(&HISTORY, previous, now) {
                    let when = When::of(HISTORY.events[index].date.year(), now);
                    if event_when[index].get_untracked() != when {
                        event_when[index].set(when);
                    }
                }
            }
        });
        let event_shown: &'static [Signal<bool>] =
            Box::leak(HISTORY.events.iter().map(|_| Signal::new(false)).collect());
        let mut previous: Option<usize> = None;
        Effect::new(move || {
            let now = shown.get();
            if let Some(index) = std::mem::replace(&mut previous, now).filter(|&i| Some(i) != now) {
                event_shown[index].set(false);
            }
            if let Some(index) = now {
                if !event_shown[index].get_untracked() {
                    event_shown[index].set(true);
                }
            }
        });
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
}

/// The page's language. Changing it changes `<html lang>` (the stylesheet
/// then shows that language's text, which the served page holds in all three)
/// and the few attributes and texts the live page writes.
#[derive(Clone, Copy)]
pub struct Language(pub Signal<Lang>);

impl Language {
    /// The language now (tracked: an effect that reads it follows it).
    pub fn get(self) -> Lang {
        self.0.get()
    }

    pub fn get_untracked(self) -> Lang {
        self.0.get_untracked()
    }

    /// One of the live strings (`crate::i18n::live`) in the language now.
    pub fn tr(self, text: [&'static str; 3]) -> &'static str {
        text[self.get() as usize]
    }
}

/// Whose map is drawn: the de facto one, or a government's own.
#[derive(Clone, Copy)]
pub struct Viewpoints {
    pub chosen: Signal<Viewpoint>,
    /// Each territory's view period in force in the year shown, by index into
    /// `Territory::views` (`kurils_core::timeline::views_in_year`): `None`
    /// where the chosen map agrees with the de facto one. Changes only in the
    /// few years a government's view changes, or with the switch.
    pub row: Memo<[Option<usize>; 8]>,
}

impl Viewpoints {
    pub fn new(timeline: Timeline) -> Viewpoints {
        let chosen = Signal::new(Viewpoint::DeFacto);
        let row = Memo::new(move || views_in_year(&HISTORY, timeline.year.get(), chosen.get()));
        Viewpoints { chosen, row }
    }
}

/// The second map of a comparison: its own year and viewpoint, and the rows
/// its territories follow (as `Timeline::periods` and `Viewpoints::row` do).
#[derive(Clone, Copy)]
pub struct Comparison {
    pub active: Signal<bool>,
    pub year: Signal<i16>,
    pub viewpoint: Signal<Viewpoint>,
    pub periods: Memo<[Option<usize>; 8]>,
    pub views: Memo<[Option<usize>; 8]>,
}

impl Comparison {
    pub fn new() -> Comparison {
        let active = Signal::new(false);
        let year = Signal::new(FIRST_YEAR);
        let viewpoint = Signal::new(Viewpoint::DeFacto);
        let periods = Memo::new(move || periods_in_year(&HISTORY, year.get()));
        let views = Memo::new(move || views_in_year(&HISTORY, year.get(), viewpoint.get()));
        Comparison {
            active,
            year,
            viewpoint,
            periods,
            views,
        }
    }

    /// The second map as the address says it, or `None` when there is no comparison.
    pub fn side(self) -> Option<kurils_core::compare::Side> {
        self.active.get().then(|| kurils_core::compare::Side {
            year: self.year.get(),
            viewpoint: self.viewpoint.get(),
        })
    }
}

/// Whether the page is embedded (`?embed=1`): the compact layout for iframes.
#[derive(Clone, Copy)]
pub struct Embed(pub bool);

/// What the page has to tell about the address it was opened with.
#[derive(Clone, Copy)]
pub struct Notices(pub Signal<Vec<kurils_core::url_state::Notice>>);

/// Everything the bindings share, handed to each at start.
#[derive(Clone, Copy)]
pub struct State {
    pub timeline: Timeline,
    pub viewpoint: Viewpoints,
    pub compare: Comparison,
    pub lang: Language,
    pub map: MapState,
    pub focus: TerritoryFocus,
    pub embed: Embed,
    pub notices: Notices,
}

/// How a territory came to be pointed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    Mouse,
    Keyboard,
}

/// What the information card can describe: a territory, or one of the
/// treaties' lines (by index into `HISTORY.borders`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Territory(TerritoryId),
    Border(usize),
}

/// Which territory or line the information card describes: the one most
/// recently pointed at with the mouse or focused with the keyboard, else the
/// one last tapped. A mouse leaving clears only what the mouse set, so the
/// page scrolling under a resting pointer never hides a keyboard user's card.
#[derive(Clone, Copy)]
pub struct TerritoryFocus {
    active: Signal<Option<(Target, Via)>>,
    pub pinned: Signal<Option<Target>>,
}

impl TerritoryFocus {
    pub fn new() -> TerritoryFocus {
        TerritoryFocus {
            active: Signal::new(None),
            pinned: Signal::new(None),
        }
    }

    pub fn enter(self, target: Target, via: Via) {
        self.active.set(Some((target, via)));
    }

    pub fn leave(self, target: Target, via: Via) {
        if self.active.get_untracked() == Some((target, via)) {
            self.active.set(None);
        }
    }

    /// The mouse has left what it pointed at and the card with it.
    pub fn leave_mouse(self) {
        if matches!(self.active.get_untracked(), Some((_, Via::Mouse))) {
            self.active.set(None);
        }
    }

    pub fn clear(self) {
        self.active.set(None);
        self.pinned.set(None);
    }

    pub fn shown(self) -> Option<Target> {
        self.active
            .get()
            .map(|(target, _)| target)
            .or_else(|| self.pinned.get())
    }
}

/// What the map is showing: shared by the map, its controls and its overlay.
#[derive(Clone, Copy)]
pub struct MapState {
    /// The SVG view box: the part of the frame on screen.
    pub view: Signal<Rect>,
    /// The map element's box in CSS pixels, kept current on resize.
    pub element: Signal<Rect>,
    /// Counts the placements of the map's labels, for the comparison's copy of them.
    pub labels_placed: Signal<u32>,
}

impl MapState {
    pub fn new() -> MapState {
        MapState {
            view: Signal::new(MAP.frame),
            element: Signal::new(Rect {
                x: 0.0,
                y: 0.0,
                w: 0.0,
                h: 0.0,
            }),
            labels_placed: Signal::new(0),
        }
    }

    /// View units per CSS pixel: what keeps labels and strokes a constant size on screen.
    pub fn units_per_pixel(&self) -> f64 {
        crate::map_style::units_per_pixel(self.element.get(), self.view.get(), MAP.frame)
    }
}

/// A status as the year shown has it, in `lang` (see `kurils_core::text::status_label`):
/// the disputed status names the state that administers it that year.
pub fn status_in(
    status: kurils_core::Status,
    polity: Option<kurils_core::Polity>,
    lang: Lang,
) -> String {
    use crate::i18n::live::{POLITY, STATUS, STATUS_BY_DISPUTED};
    let l = lang as usize;
    let words = kurils_core::text::StatusWords {
        status: &STATUS[l],
        disputed_by: STATUS_BY_DISPUTED[l],
        polity: &POLITY[l],
    };
    kurils_core::text::status_label(status, polity, &words)
}

/// "On Japan's government's map: Japan": how a government's own map draws a
/// territory, in `lang`.
pub fn as_seen_by(
    government: kurils_core::Viewpoint,
    status: kurils_core::Status,
    lang: Lang,
) -> String {
    use crate::i18n::live::{VIEWPOINT_CARD_JAPAN, VIEWPOINT_CARD_RUSSIA};
    let template = match government {
        kurils_core::Viewpoint::Russia => VIEWPOINT_CARD_RUSSIA,
        _ => VIEWPOINT_CARD_JAPAN,
    };
    kurils_core::text::fill(
        template[lang as usize],
        &[("status", &status_in(status, None, lang))],
    )
}

/// Whether a pointer leaving a territory or a line goes onto the information card.
pub fn into_card(event: &web_sys::PointerEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(".territory-card-slot").ok().flatten())
        .is_some()
}
