//! Projects, clips, simplifies and encodes the coastlines into [`MapData`]:
//! the work the browser never has to do.

use std::borrow::Cow;

use super::geojson_input::{Polygon, Shapes};
use super::map_input::{LonLatBox, MapSettings};
use crate::geometry::{clip_ring, encode_line, encode_path, simplify_ring, Point, Rect};
use crate::history::LonLat;
use crate::map::{BorderLine, GraticuleLine, MapData, PlaceLabel, Projector, TerritoryShape};
use crate::projection::ConicConformal;
use crate::territory::TerritoryId;

/// Fits the projected outline of `core` into a frame `width` SVG units wide,
/// with its top-left corner at (0, 0).
pub fn fit(conic: ConicConformal, core: LonLatBox, width: f64) -> (Projector, Rect) {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in core.outline(64) {
        let (x, y) = conic.project(p.lon, p.lat);
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let scale = width / (x1 - x0);
    let projector = Projector {
        conic,
        scale,
        offset: Point {
            x: -x0 * scale,
            y: y1 * scale,
        },
    };
    (
        projector,
        Rect {
            x: 0.0,
            y: 0.0,
            w: width,
            h: (y1 - y0) * scale,
        },
    )
}

fn project_box(projector: &Projector, area: LonLatBox) -> Rect {
    Rect::bounding(area.outline(16).map(|p| projector.to_svg(p))).expect("an outline has points")
}

/// Projects, clips to `clip`, simplifies and rounds polygons into path data.
fn polygons_to_path(
    projector: &Projector,
    polygons: &[Polygon],
    clip: Rect,
    tolerance: f64,
) -> (String, Option<Rect>) {
    let mut rings = Vec::new();
    for polygon in polygons {
        for ring in std::iter::once(&polygon.exterior).chain(&polygon.holes) {
            // GeoJSON repeats the first position at the end; the geometry functions do not.
            let open = &ring[..ring.len() - 1];
            let projected: Vec<Point> = open.iter().map(|&p| projector.to_svg(p)).collect();
            let clipped = clip_ring(&projected, clip);
            if clipped.len() >= 3 {
                rings.push(simplify_ring(&clipped, tolerance));
            }
        }
    }
    let bounds = Rect::bounding(rings.iter().flatten().copied());
    (encode_path(&rings), bounds)
}

fn graticule(projector: &Projector, frame: Rect, data: LonLatBox, step: f64) -> Vec<GraticuleLine> {
    let mut lines = Vec::new();
    let sample = |from: f64, to: f64| {
        let n = ((to - from) / 0.1).ceil() as usize;
        (0..=n).map(move |i| from + (to - from) * i as f64 / n as f64)
    };
    // Meridians, labelled where they leave the frame at the bottom.
    let mut lon = (data.west / step).ceil() * step;
    while lon <= data.east {
        let points: Vec<Point> = sample(data.south, data.north)
            .map(|lat| projector.to_svg(LonLat { lon, lat }))
            .collect();
        let bottom = frame.y + frame.h;
        let crossing = points
            .windows(2)
            .find(|w| (w[0].y - bottom) * (w[1].y - bottom) <= 0.0)
            .map(|w| {
                let t = (bottom - w[0].y) / (w[1].y - w[0].y);
                Point {
                    x: w[0].x + t * (w[1].x - w[0].x),
                    y: bottom,
                }
            });
        if let Some(at) = crossing.filter(|p| p.x > frame.x && p.x < frame.x + frame.w) {
            lines.push(GraticuleLine {
                path: encode_line(&points).into(),
                label: format!("{lon}°E").into(),
                label_at: at,
            });
        }
        lon += step;
    }
    // Parallels, labelled where they leave the frame on the left.
    let mut lat = (data.south / step).ceil() * step;
    while lat <= data.north {
        let points: Vec<Point> = sample(data.west, data.east)
            .map(|lon| projector.to_svg(LonLat { lon, lat }))
            .collect();
        let left = frame.x;
        let crossing = points
            .windows(2)
            .find(|w| (w[0].x - left) * (w[1].x - left) <= 0.0)
            .map(|w| {
                let t = (left - w[0].x) / (w[1].x - w[0].x);
                Point {
                    x: left,
                    y: w[0].y + t * (w[1].y - w[0].y),
                }
            });
        if let Some(at) = crossing.filter(|p| p.y > frame.y && p.y < frame.y + frame.h) {
            lines.push(GraticuleLine {
                path: encode_line(&points).into(),
                label: format!("{lat}°N").into(),
                label_at: at,
            });
        }
        lat += step;
    }
    lines
}

/// The 1905–1945 border across Sakhalin (Treaty of Portsmouth, Art. IX).
pub const SAKHALIN_BORDER_LAT: f64 = 50.0;

/// Where the coastline meets the 50th parallel, west and east: the ends of the
/// border line. Read off the data (the extraction cuts Sakhalin there), so the
/// line always runs exactly from coast to coast.
fn sakhalin_border(shapes: &Shapes) -> Option<(f64, f64)> {
    let (_, polygons) = shapes
        .territories
        .iter()
        .find(|(id, _)| *id == TerritoryId::SakhalinSouth)?;
    let on_line = polygons
        .iter()
        .flat_map(|p| &p.exterior)
        .filter(|p| (p.lat - SAKHALIN_BORDER_LAT).abs() < 1e-9)
        .map(|p| p.lon);
    on_line.fold(None, |range, lon| match range {
        None => Some((lon, lon)),
        Some((west, east)) => Some((lon.min(west), lon.max(east))),
    })
}

/// Builds the map the app draws from validated settings and shapes.
pub fn build_map(settings: &MapSettings, shapes: &Shapes, context: &[Polygon]) -> MapData {
    let conic = ConicConformal::new(
        settings.parallels,
        (settings.origin.lon, settings.origin.lat),
    );
    let (projector, frame) = fit(conic, settings.core_box, settings.width);
    // Clip a little outside the frame so no coastline ends visibly at its edge.
    let clip = frame.inflate(settings.width * 0.02);
    let territories = shapes
        .territories
        .iter()
        .zip(&settings.labels)
        .map(|((id, polygons), &label)| {
            let (path, bounds) = polygons_to_path(&projector, polygons, clip, settings.simplify);
            let label = projector.to_svg(label);
            TerritoryShape {
                id: *id,
                path: path.into(),
                label,
                bounds: bounds.unwrap_or(Rect {
                    x: label.x,
                    y: label.y,
                    w: 0.0,
                    h: 0.0,
                }),
            }
        })
        .collect();
    let (context_path, _) = polygons_to_path(&projector, context, clip, settings.simplify);
    let border: Vec<Point> = sakhalin_border(shapes)
        .map(|(west, east)| {
            (0..=40)
                .map(|i| {
                    projector.to_svg(LonLat {
                        lon: west + (east - west) * i as f64 / 40.0,
                        lat: SAKHALIN_BORDER_LAT,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let places = settings
        .places
        .iter()
        .map(|place| PlaceLabel {
            name: place.name.clone(),
            kind: place.kind,
            at: projector.to_svg(place.at),
        })
        .collect();
    MapData {
        projector,
        frame,
        southern_islands: project_box(&projector, settings.southern_islands),
        territories: Cow::Owned(territories),
        context: context_path.into(),
        graticule: Cow::Owned(graticule(
            &projector,
            frame,
            settings.data_box,
            settings.graticule_step,
        )),
        sakhalin_border: encode_line(&border).into(),
        places: Cow::Owned(places),
        event_points: Cow::Owned(Vec::new()),
        borders: Cow::Owned(Vec::new()),
    }
}

/// A border's line as drawn: each segment cut into steps of at most a tenth
/// of a degree before projecting, so a line along a parallel follows its curve;
/// its label at the middle of the drawn line.
pub fn project_line(projector: &Projector, points: &[LonLat]) -> BorderLine {
    const STEP: f64 = 0.1;
    let mut dense: Vec<LonLat> = Vec::new();
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let steps = ((b.lon - a.lon).abs().max((b.lat - a.lat).abs()) / STEP)
            .ceil()
            .max(1.0) as usize;
        for i in 0..steps {
            let t = i as f64 / steps as f64;
            dense.push(LonLat {
                lon: a.lon + (b.lon - a.lon) * t,
                lat: a.lat + (b.lat - a.lat) * t,
            });
        }
    }
    dense.extend(points.last().copied());
    let drawn: Vec<Point> = dense.iter().map(|&p| projector.to_svg(p)).collect();
    let label_at = drawn[drawn.len() / 2];
    BorderLine {
        path: Cow::Owned(encode_line(&drawn)),
        label_at,
    }
}
