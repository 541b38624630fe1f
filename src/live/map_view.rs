//! The served SVG map, made to move: wheel, drag, pinch and keys zoom and pan
//! by rewriting the `viewBox` (paths are never rebuilt); a tap chooses an
//! event marker or pins a territory's card. Sizes set in screen pixels
//! (labels, pattern stripes) follow the zoom and the map's width.

use std::cell::RefCell;
use std::rc::Rc;

use super::reactive::{on_change, Signal};
use kurils_core::geometry::{Point, Rect};
use kurils_core::viewport::{pan, screen_to_view, zoom_at};
use kurils_core::TerritoryId;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent, ResizeObserver, WheelEvent};

use super::dom::{closest, find, find_all, on, set_attr};
use super::state::{State, Target};
use crate::data::live::{HISTORY, MAP};
use crate::map_style::{
    label_size, pattern_scale, view_box, BORDER_LABEL_PX, GRATICULE_LABEL_PX, PLACE_LABEL_PX,
    TERRITORY_LABEL_PX,
};

/// A press that has not (yet) moved far enough to be a drag: if released, it
/// is a tap or click on whatever it started on.
#[derive(Clone)]
struct Press {
    pointer: i32,
    at: Point,
    on: Option<Tapped>,
}

#[derive(Clone)]
enum Tapped {
    Event(String),
    Territory(String),
    Border(String),
}

/// How far (CSS pixels) a press may wander and still count as a tap.
const TAP_SLOP_PX: f64 = 6.0;

/// What a press started on: an event marker or a territory (they carry the DOM contract's attributes).
fn tapped(e: &PointerEvent) -> Option<Tapped> {
    let hit = closest(e, "[data-event], [data-territory], [data-border]")?;
    if let Some(id) = hit.get_attribute("data-event") {
        return Some(Tapped::Event(id));
    }
    if let Some(id) = hit.get_attribute("data-border") {
        return Some(Tapped::Border(id));
    }
    hit.get_attribute("data-territory").map(Tapped::Territory)
}

fn client_point(x: i32, y: i32) -> Point {
    Point {
        x: f64::from(x),
        y: f64::from(y),
    }
}

/// A map element's box on screen, kept in `element` (`MapState::element` for the main map).
fn measure(svg: &Element, element: Signal<Rect>) {
    let r = svg.get_bounding_client_rect();
    let rect = Rect {
        x: r.x(),
        y: r.y(),
        w: r.width(),
        h: r.height(),
    };
    if element.get_untracked() != rect {
        element.set(rect);
    }
}

/// The pointers pressed on the map, by id, at their last screen position, and
/// the press that may still be a tap.
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, Point)>,
    press: Option<Press>,
}

pub fn bind(state: State) {
    let Some(svg) = find("svg.map") else { return };
    let map = state.map;
    let view = map.view;

    // The map's size, from a ResizeObserver: it reports after layout, so starting
    // costs no forced layout of the whole page (measured: 15-40 ms at start). The
    // position moves with scrolling; gestures measure it afresh when they begin.
    {
        let observed = svg.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || measure(&observed, map.element));
        if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&svg);
            // Both live as long as the page.
            std::mem::forget(observer);
        }
        on_resize.forget();
    }

    // The view box, and what is sized in screen pixels.
    {
        let svg = svg.clone();
        on_change(
            move || view.get(),
            move |&v| set_attr(&svg, "viewBox", Some(&view_box(v))),
        );
    }
    let patterns = find_all("svg.map pattern");
    on_change(
        move || pattern_scale(map.units_per_pixel()),
        move |scale| {
            for pattern in &patterns {
                let rotated = pattern
                    .get_attribute("patternTransform")
                    .is_some_and(|t| t.contains("rotate"));
                let transform = if rotated {
                    format!("scale({scale}) rotate(45)")
                } else {
                    format!("scale({scale})")
                };
                set_attr(pattern, "patternTransform", Some(&transform));
            }
        },
    );
    for (selector, px) in [
        ("svg.map .graticule-labels", GRATICULE_LABEL_PX),
        ("svg.map .place-labels", PLACE_LABEL_PX),
        ("svg.map .territory-labels", TERRITORY_LABEL_PX),
        ("svg.map .borders", BORDER_LABEL_PX),
    ] {
        let Some(group) = find(selector) else {
            continue;
        };
        on_change(
            move || label_size(px, map.element.get().w, map.units_per_pixel()),
            move |size| set_attr(&group, "font-size", Some(size)),
        );
    }

    bind_gestures(&svg, map.element, state);
}

/// Wheel, drag, pinch, taps and keys on a map element: they move the shared
/// view (`MapState::view`), so a comparison's second map moves both, as the
/// first one does. `element` is this map's own box on screen.
pub fn bind_gestures(svg: &Element, element: Signal<Rect>, state: State) {
    let map = state.map;
    let view = map.view;
    let timeline = state.timeline;
    let focus = state.focus;
    let svg = svg.clone();
    let to_view =
        move |screen: Point| screen_to_view(screen, element.get_untracked(), view.get_untracked());
    let gesture = Rc::new(RefCell::new(Gesture::default()));

    {
        let svg_ = svg.clone();
        on::<WheelEvent>(&svg, "wheel", move |e| {
            e.prevent_default();
            measure(&svg_, element);
            let at = to_view(client_point(e.client_x(), e.client_y()));
            // Lines (Firefox) scroll in bigger steps than pixels.
            let delta = if e.delta_mode() == 1 {
                e.delta_y() * 16.0
            } else {
                e.delta_y()
            };
            let factor = (-delta * 0.002).exp();
            view.update(|v| *v = zoom_at(*v, at, factor, MAP.frame));
        });
    }
    {
        let svg_ = svg.clone();
        let gesture = Rc::clone(&gesture);
        on::<PointerEvent>(&svg, "pointerdown", move |e| {
            measure(&svg_, element);
            let _ = svg_.set_pointer_capture(e.pointer_id());
            let at = client_point(e.client_x(), e.client_y());
            let mut g = gesture.borrow_mut();
            g.press = g.pointers.is_empty().then(|| Press {
                pointer: e.pointer_id(),
                at,
                on: tapped(&e),
            });
            g.pointers.retain(|(id, _)| *id != e.pointer_id());
            g.pointers.push((e.pointer_id(), at));
        });
    }
    {
        let gesture = Rc::clone(&gesture);
        on::<PointerEvent>(&svg, "pointermove", move |e| {
            let now = client_point(e.client_x(), e.client_y());
            let mut g = gesture.borrow_mut();
            if g.press
                .as_ref()
                .is_some_and(|p| (p.at.x - now.x).hypot(p.at.y - now.y) > TAP_SLOP_PX)
            {
                g.press = None;
            }
            let Some(index) = g.pointers.iter().position(|(id, _)| *id == e.pointer_id()) else {
                return;
            };
            let before = g.pointers.clone();
            g.pointers[index].1 = now;
            let after = g.pointers.clone();
            drop(g);
            match (before.as_slice(), after.as_slice()) {
                // One finger or the mouse: drag the map along.
                ([(_, a)], [(_, b)]) => {
                    let (from, to) = (to_view(*a), to_view(*b));
                    view.update(|v| *v = pan(*v, from.x - to.x, from.y - to.y, MAP.frame));
                }
                // Two fingers: zoom by the change in their distance, about their midpoint.
                ([(_, a0), (_, a1)], [(_, b0), (_, b1)]) => {
                    let d0 = (a0.x - a1.x).hypot(a0.y - a1.y);
                    let d1 = (b0.x - b1.x).hypot(b0.y - b1.y);
                    if d0 > 0.0 && d1 > 0.0 {
                        let mid = |p: &Point, q: &Point| Point {
                            x: (p.x + q.x) / 2.0,
                            y: (p.y + q.y) / 2.0,
                        };
                        let (m0, m1) = (to_view(mid(a0, a1)), to_view(mid(b0, b1)));
                        view.update(|v| {
                            let panned = pan(*v, m0.x - m1.x, m0.y - m1.y, MAP.frame);
                            *v = zoom_at(panned, m0, d1 / d0, MAP.frame);
                        });
                    }
                }
                _ => {}
            }
        });
    }
    let on_up = {
        let gesture = Rc::clone(&gesture);
        move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.retain(|(id, _)| *id != e.pointer_id());
            let Some(tap) = g
                .press
                .take()
                .filter(|p| p.pointer == e.pointer_id() && e.type_() == "pointerup")
            else {
                return;
            };
            drop(g);
            match tap.on {
                Some(Tapped::Event(id)) => {
                    if let Some(index) = HISTORY.events.iter().position(|event| event.id == id) {
                        timeline.choose_event(index);
                    }
                }
                Some(Tapped::Territory(id)) => focus
                    .pinned
                    .set(TerritoryId::parse(&id).map(Target::Territory)),
                Some(Tapped::Border(id)) => focus.pinned.set(
                    HISTORY
                        .borders
                        .iter()
                        .position(|b| b.id == id)
                        .map(Target::Border),
                ),
                None => focus.pinned.set(None),
            }
        }
    };
    on::<PointerEvent>(&svg, "pointerup", on_up.clone());
    on::<PointerEvent>(&svg, "pointercancel", on_up);

    on::<KeyboardEvent>(&svg, "keydown", move |e| {
        // Enter or Space on a focused event marker chooses it.
        if matches!(e.key().as_str(), "Enter" | " ") {
            if let Some(id) =
                closest(&e, ".event-marker").and_then(|m| m.get_attribute("data-event"))
            {
                e.prevent_default();
                if let Some(index) = HISTORY.events.iter().position(|event| event.id == id) {
                    timeline.choose_event(index);
                }
            }
            return;
        }
        let v = view.get_untracked();
        let step = v.w * 0.1;
        let next = match e.key().as_str() {
            "ArrowLeft" => pan(v, -step, 0.0, MAP.frame),
            "ArrowRight" => pan(v, step, 0.0, MAP.frame),
            "ArrowUp" => pan(v, 0.0, -step, MAP.frame),
            "ArrowDown" => pan(v, 0.0, step, MAP.frame),
            "+" | "=" => zoom_at(v, v.center(), 1.6, MAP.frame),
            "-" | "_" => zoom_at(v, v.center(), 1.0 / 1.6, MAP.frame),
            "0" => MAP.frame,
            _ => return,
        };
        e.prevent_default();
        view.set(next);
    });
}
