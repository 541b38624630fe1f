use kurils_core::geometry::{Point, Rect};
use kurils_core::text::fixed;
use kurils_core::viewport::{pan, screen_to_view, zoom_at};
use leptos::ev;
use leptos::prelude::*;
use leptos::svg::Svg;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

use super::event_markers::EventMarkers;
use super::map_overlay::MapOverlay;
use super::status_patterns::StatusPatterns;
use super::territory_card::TerritoryCard;
use super::territory_path::TerritoryPath;
use super::zoom_controls::ZoomControls;
use crate::data::{HISTORY, MAP};
use crate::state::{Language, MapState, TerritoryFocus, Timeline};

/// Label sizes in CSS pixels; turned into view units so they stay constant on screen.
const TERRITORY_LABEL_PX: f64 = 14.0;
const PLACE_LABEL_PX: f64 = 12.0;

fn format_view_box(r: Rect) -> String {
    format!(
        "{} {} {} {}",
        fixed(r.x, 1),
        fixed(r.y, 1),
        fixed(r.w, 1),
        fixed(r.h, 1)
    )
}

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
}

/// How far (CSS pixels) a press may wander and still count as a tap.
const TAP_SLOP_PX: f64 = 6.0;

/// What a press started on: an event marker or a territory (they carry the DOM contract's attributes).
fn tapped(e: &PointerEvent) -> Option<Tapped> {
    let element = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let hit = element.closest("[data-event], [data-territory]").ok()??;
    match hit.get_attribute("data-event") {
        Some(id) => Some(Tapped::Event(id)),
        None => hit.get_attribute("data-territory").map(Tapped::Territory),
    }
}

fn client_point(x: i32, y: i32) -> Point {
    Point {
        x: f64::from(x),
        y: f64::from(y),
    }
}

/// The SVG map: sea, graticule, neighbouring land, the eight territories,
/// the 50th-parallel border and labels. Wheel, drag, pinch and keys zoom and pan
/// by rewriting the view box; paths are never rebuilt.
#[component]
pub fn MapView() -> impl IntoView {
    let state = expect_context::<MapState>();
    let lang = expect_context::<Language>();
    let timeline = expect_context::<Timeline>();
    let focus = expect_context::<TerritoryFocus>();
    let view = state.view;
    let press = StoredValue::new(None::<Press>);
    let svg_ref = NodeRef::<Svg>::new();
    // Pointers currently pressed on the map, by id, at their last screen position.
    let pointers = StoredValue::new(Vec::<(i32, Point)>::new());

    let measure = move || {
        if let Some(svg) = svg_ref.get_untracked() {
            let r = svg.get_bounding_client_rect();
            let rect = Rect {
                x: r.x(),
                y: r.y(),
                w: r.width(),
                h: r.height(),
            };
            if state.element.get_untracked() != rect {
                state.element.set(rect);
            }
        }
    };
    Effect::new(move |_| {
        if svg_ref.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    let scroll = window_event_listener(ev::scroll, move |_| measure());
    on_cleanup(move || {
        resize.remove();
        scroll.remove();
    });

    let to_view = move |screen: Point| {
        screen_to_view(screen, state.element.get_untracked(), view.get_untracked())
    };

    let on_wheel = move |e: WheelEvent| {
        e.prevent_default();
        measure();
        let focus = to_view(client_point(e.client_x(), e.client_y()));
        // Lines (Firefox) scroll in bigger steps than pixels.
        let delta = if e.delta_mode() == 1 {
            e.delta_y() * 16.0
        } else {
            e.delta_y()
        };
        let factor = (-delta * 0.002).exp();
        view.update(|v| *v = zoom_at(*v, focus, factor, MAP.frame));
    };

    let on_pointer_down = move |e: PointerEvent| {
        measure();
        if let Some(svg) = svg_ref.get_untracked() {
            let _ = svg.set_pointer_capture(e.pointer_id());
        }
        let at = client_point(e.client_x(), e.client_y());
        let first = pointers.with_value(Vec::is_empty);
        press.set_value(first.then(|| Press {
            pointer: e.pointer_id(),
            at,
            on: tapped(&e),
        }));
        pointers.update_value(|p| {
            p.retain(|(id, _)| *id != e.pointer_id());
            p.push((e.pointer_id(), at));
        });
    };

    let on_pointer_move = move |e: PointerEvent| {
        let now = client_point(e.client_x(), e.client_y());
        if press.with_value(|p| {
            p.as_ref()
                .is_some_and(|p| (p.at.x - now.x).hypot(p.at.y - now.y) > TAP_SLOP_PX)
        }) {
            press.set_value(None);
        }
        let before = pointers.with_value(|p| p.clone());
        let Some(index) = before.iter().position(|(id, _)| *id == e.pointer_id()) else {
            return;
        };
        let mut after = before.clone();
        after[index].1 = now;
        pointers.set_value(after.clone());
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
    };

    let on_pointer_up = move |e: PointerEvent| {
        pointers.update_value(|p| p.retain(|(id, _)| *id != e.pointer_id()));
        let Some(tap) = press
            .with_value(|p| p.clone())
            .filter(|p| p.pointer == e.pointer_id() && e.type_() == "pointerup")
        else {
            return;
        };
        press.set_value(None);
        match tap.on {
            Some(Tapped::Event(id)) => {
                if let Some(index) = HISTORY.events.iter().position(|event| event.id == id) {
                    timeline.choose_event(index);
                }
            }
            Some(Tapped::Territory(id)) => focus.pinned.set(kurils_core::TerritoryId::parse(&id)),
            None => focus.pinned.set(None),
        }
    };

    let on_key = move |e: KeyboardEvent| {
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
    };

    // Labels keep their size on screen at every zoom, and shrink a little on small maps (phones)
    // so names do not swallow the islands.
    let label_px = move |px: f64| {
        let small_map = (state.element.get().w / 800.0).clamp(0.72, 1.0);
        fixed(px * small_map * state.units_per_pixel(), 1)
    };
    let sea = MAP.frame.inflate(MAP.frame.w);

    view! {
        // The element takes the frame's shape, so the whole-map view fills it with no letterbox
        // (where land clipped at the frame's edge would show as a straight line).
        <div class="map-wrap" style:--map-aspect=fixed(MAP.frame.w / MAP.frame.h, 4)>
            <svg
                node_ref=svg_ref
                class="map"
                viewBox=move || format_view_box(view.get())
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-label=lang.t().map_label
                tabindex="0"
                on:wheel=on_wheel
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up
                on:keydown=on_key
            >
                <StatusPatterns />
                <rect class="sea" x=fixed(sea.x, 0) y=fixed(sea.y, 0) width=fixed(sea.w, 0) height=fixed(sea.h, 0)></rect>
                <g class="graticule" aria-hidden="true">
                    {MAP.graticule.iter().map(|line| view! { <path d=&*line.path></path> }).collect_view()}
                </g>
                <path class="context-land" d=&*MAP.context aria-hidden="true"></path>
                <g class="territories">
                    {MAP.territories.iter().map(|shape| view! { <TerritoryPath shape /> }).collect_view()}
                </g>
                <path class="border-50n" d=&*MAP.sakhalin_border aria-hidden="true"></path>
                <EventMarkers />
                <g class="graticule-labels" aria-hidden="true" font-size=move || label_px(PLACE_LABEL_PX * 0.85)>
                    {MAP
                        .graticule
                        .iter()
                        .map(|line| {
                            let bottom = line.label.ends_with('E');
                            let (dx, dy, anchor) = if bottom { ("0", "-0.4em", "middle") } else { ("0.3em", "0.35em", "start") };
                            view! {
                                <text x=fixed(line.label_at.x, 0) y=fixed(line.label_at.y, 0) dx=dx dy=dy text-anchor=anchor>
                                    {&*line.label}
                                </text>
                            }
                        })
                        .collect_view()}
                </g>
                <g class="place-labels" aria-hidden="true" font-size=move || label_px(PLACE_LABEL_PX)>
                    {MAP
                        .places
                        .iter()
                        .map(|place| {
                            view! {
                                <text x=fixed(place.at.x, 0) y=fixed(place.at.y, 0) class=place.kind.as_str() text-anchor="middle">
                                    {place.name.get(lang.get())}
                                </text>
                            }
                        })
                        .collect_view()}
                </g>
                <g class="territory-labels" aria-hidden="true" font-size=move || label_px(TERRITORY_LABEL_PX)>
                    {MAP
                        .territories
                        .iter()
                        .map(|shape| {
                            view! {
                                <text x=fixed(shape.label.x, 0) y=fixed(shape.label.y, 0) text-anchor="middle" data-label=shape.id.as_str()>
                                    {HISTORY.territory(shape.id).name.get(lang.get())}
                                </text>
                            }
                        })
                        .collect_view()}
                </g>
            </svg>
            <MapOverlay />
            <ZoomControls />
            <TerritoryCard />
        </div>
    }
}
