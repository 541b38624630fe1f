//! Zoom and pan as pure functions of the SVG view box: the app only feeds
//! them pointer positions and writes the result back to one signal.

use crate::geometry::{clamp, Point, Rect};

/// How far in the map may zoom: the view is never narrower than this share of the frame.
pub const MAX_ZOOM: f64 = 40.0;

/// Keeps a view inside the frame and between full-frame and [`MAX_ZOOM`] sizes,
/// preserving its aspect ratio. A view wider than the frame is centred on it.
pub fn constrain(view: Rect, frame: Rect) -> Rect {
    let aspect = view.h / view.w;
    let w = clamp(view.w, frame.w / MAX_ZOOM, frame.w.max(frame.h / aspect));
    let h = w * aspect;
    let center = view.center();
    let clamp_axis = |c: f64, size: f64, start: f64, extent: f64| {
        if size >= extent {
            start + extent / 2.0
        } else {
            clamp(c, start + size / 2.0, start + extent - size / 2.0)
        }
    };
    let cx = clamp_axis(center.x, w, frame.x, frame.w);
    let cy = clamp_axis(center.y, h, frame.y, frame.h);
    Rect {
        x: cx - w / 2.0,
        y: cy - h / 2.0,
        w,
        h,
    }
}

/// Zooms by `factor` (> 1 zooms in) keeping `focus` (a point in view units) where it is.
pub fn zoom_at(view: Rect, focus: Point, factor: f64, frame: Rect) -> Rect {
    let w = view.w / factor;
    let h = view.h / factor;
    let tx = (focus.x - view.x) / view.w;
    let ty = (focus.y - view.y) / view.h;
    let zoomed = Rect {
        x: focus.x - tx * w,
        y: focus.y - ty * h,
        w,
        h,
    };
    constrain(zoomed, frame)
}

/// Moves the view by (dx, dy) view units.
pub fn pan(view: Rect, dx: f64, dy: f64, frame: Rect) -> Rect {
    constrain(
        Rect {
            x: view.x + dx,
            y: view.y + dy,
            ..view
        },
        frame,
    )
}

/// A view that shows `target` whole, with the aspect ratio of `frame`.
pub fn view_of(target: Rect, frame: Rect) -> Rect {
    let aspect = frame.h / frame.w;
    let (w, h) = if target.h / target.w > aspect {
        (target.h / aspect, target.h)
    } else {
        (target.w, target.w * aspect)
    };
    constrain(Rect::centered(target.center(), w, h), frame)
}

/// The view an address asks for ([`crate::url_state::MapView`]: centre and zoom), fitted to the frame.
pub fn from_address(
    view: crate::url_state::MapView,
    projector: &crate::map::Projector,
    frame: Rect,
) -> Rect {
    let center = projector.to_svg(crate::history::LonLat {
        lon: view.lon,
        lat: view.lat,
    });
    let w = frame.w / view.zoom;
    constrain(Rect::centered(center, w, w * frame.h / frame.w), frame)
}

/// The address's view for a view box: `None` for the whole map (no parameter needed).
pub fn to_address(
    view: Rect,
    projector: &crate::map::Projector,
    frame: Rect,
) -> Option<crate::url_state::MapView> {
    if (view.w - frame.w).abs() < 1e-6 * frame.w
        && (view.x - frame.x).abs() < 1e-6 * frame.w
        && (view.y - frame.y).abs() < 1e-6 * frame.h
    {
        return None;
    }
    let center = projector.to_lonlat(view.center());
    Some(crate::url_state::MapView {
        lon: center.lon,
        lat: center.lat,
        zoom: frame.w / view.w,
    })
}

/// Where, in view units, a point of an element on screen falls, for an SVG
/// drawn with `preserveAspectRatio="xMidYMid meet"`. `element` is the
/// element's box in CSS pixels (as `getBoundingClientRect` gives it).
pub fn screen_to_view(screen: Point, element: Rect, view: Rect) -> Point {
    let scale = (element.w / view.w).min(element.h / view.h);
    let pad_x = (element.w - view.w * scale) / 2.0;
    let pad_y = (element.h - view.h * scale) / 2.0;
    Point {
        x: view.x + (screen.x - element.x - pad_x) / scale,
        y: view.y + (screen.y - element.y - pad_y) / scale,
    }
}

/// View units per CSS pixel for that element.
pub fn units_per_pixel(element: Rect, view: Rect) -> f64 {
    1.0 / (element.w / view.w).min(element.h / view.h)
}

/// A scale bar with a round length (1, 2 or 5 × 10ⁿ km) no longer than `max_units`
/// view units: returns (kilometres, view units).
pub fn scale_bar(km_per_unit: f64, max_units: f64) -> (f64, f64) {
    let max_km = km_per_unit * max_units;
    // The largest power of ten not above max_km, by steps rather than log10 and
    // powf: this runs in the browser, where libm's versions cost wasm size.
    let mut magnitude = 1.0;
    while magnitude > max_km && magnitude > 1e-6 {
        magnitude /= 10.0;
    }
    while magnitude * 10.0 <= max_km {
        magnitude *= 10.0;
    }
    let km = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&km| km <= max_km)
        .unwrap_or(magnitude);
    (km, km / km_per_unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Rect = Rect {
        x: 0.0,
        y: 0.0,
        w: 1000.0,
        h: 800.0,
    };

    #[test]
    fn zooming_keeps_the_focus_point_fixed() {
        let focus = Point { x: 250.0, y: 200.0 };
        let zoomed = zoom_at(FRAME, focus, 2.0, FRAME);
        assert_eq!(
            zoomed,
            Rect {
                x: 125.0,
                y: 100.0,
                w: 500.0,
                h: 400.0
            }
        );
        let back = zoom_at(zoomed, focus, 0.5, FRAME);
        assert_eq!(back, FRAME);
    }

    #[test]
    fn zoom_is_limited_both_ways_and_views_stay_in_the_frame() {
        let out = zoom_at(FRAME, FRAME.center(), 0.1, FRAME);
        assert_eq!(out, FRAME, "cannot zoom out past the whole map");
        let deep = zoom_at(FRAME, FRAME.center(), 1000.0, FRAME);
        assert!((deep.w - FRAME.w / MAX_ZOOM).abs() < 1e-9);
        let panned = pan(
            Rect {
                x: 0.0,
                y: 0.0,
                w: 100.0,
                h: 80.0,
            },
            -500.0,
            5000.0,
            FRAME,
        );
        assert_eq!(
            panned,
            Rect {
                x: 0.0,
                y: 720.0,
                w: 100.0,
                h: 80.0
            }
        );
    }

    #[test]
    fn a_target_is_shown_whole_with_the_frame_aspect() {
        let target = Rect {
            x: 600.0,
            y: 600.0,
            w: 100.0,
            h: 200.0,
        };
        let view = view_of(target, FRAME);
        assert!((view.h / view.w - 0.8).abs() < 1e-9);
        assert!(
            view.x <= 600.0
                && view.x + view.w >= 700.0
                && view.y <= 600.0
                && view.y + view.h >= 800.0,
            "{view:?}"
        );
    }

    #[test]
    fn screen_points_map_through_letterboxing() {
        // A 500×500 px element shows a 1000×800 view at 0.5 px/unit, with 50 px bands above and below.
        let element = Rect {
            x: 10.0,
            y: 20.0,
            w: 500.0,
            h: 500.0,
        };
        assert_eq!(
            screen_to_view(Point { x: 10.0, y: 70.0 }, element, FRAME),
            Point { x: 0.0, y: 0.0 }
        );
        assert_eq!(
            screen_to_view(Point { x: 510.0, y: 470.0 }, element, FRAME),
            Point {
                x: 1000.0,
                y: 800.0
            }
        );
        assert_eq!(units_per_pixel(element, FRAME), 2.0);
    }

    #[test]
    fn an_address_view_round_trips() {
        use crate::map::Projector;
        use crate::projection::ConicConformal;
        let frame = Rect {
            x: 0.0,
            y: 0.0,
            w: 10000.0,
            h: 10500.0,
        };
        let projector = Projector {
            conic: ConicConformal::new((43.0, 52.0), (148.0, 48.0)),
            scale: 12000.0,
            offset: Point {
                x: 5000.0,
                y: 5200.0,
            },
        };
        assert_eq!(
            to_address(frame, &projector, frame),
            None,
            "the whole map needs no parameter"
        );
        let asked = crate::url_state::MapView {
            lon: 147.0,
            lat: 44.5,
            zoom: 4.0,
        };
        let view = from_address(asked, &projector, frame);
        assert!((view.w - 2500.0).abs() < 1e-9);
        let back = to_address(view, &projector, frame).unwrap();
        assert!(
            (back.lon - 147.0).abs() < 1e-9
                && (back.lat - 44.5).abs() < 1e-9
                && (back.zoom - 4.0).abs() < 1e-9,
            "{back:?}"
        );
        // A centre off the map is pulled back inside the frame.
        let far = from_address(
            crate::url_state::MapView {
                lon: 170.0,
                lat: 30.0,
                zoom: 2.0,
            },
            &projector,
            frame,
        );
        assert!(
            far.x >= 0.0 && far.x + far.w <= frame.w + 1e-9 && far.y + far.h <= frame.h + 1e-9,
            "{far:?}"
        );
    }

    #[test]
    fn scale_bars_have_round_lengths() {
        assert_eq!(scale_bar(1.0, 260.0), (200.0, 200.0));
        assert_eq!(scale_bar(0.17, 1000.0).0, 100.0);
        assert_eq!(scale_bar(2.0, 300.0), (500.0, 250.0));
        assert_eq!(scale_bar(0.01, 120.0).0, 1.0);
    }
}
