//! From Natural Earth polygons to the two files under `geo/`: clip to the
//! data box, assign each island, cut Sakhalin at 50° N, write GeoJSON.

use std::collections::BTreeMap;
use std::fmt::Write;

use kurils_core::geometry::{clip_ring, ring_area2, Point, Rect};
use kurils_core::loader::LonLatBox;
use kurils_core::TerritoryId;

use crate::classify::{assign, Assignment};
use crate::topojson::Polygon;

/// The 1905–1945 border: Portsmouth, Art. IX.
const SAKHALIN_CUT_LAT: f64 = 50.0;

/// Decimal places kept: 0.0001° is about 10 m, far below Natural Earth 10m's
/// own grid (0.0036° × 0.0017°), so nothing visible is lost.
const DECIMALS: usize = 4;

pub const SOURCE: &str =
    "Natural Earth 1:10m land v4.1.0 (public domain), via npm world-atlas 2.0.2 land-10m.json";

/// The extracted shapes, ready to write.
pub struct Extracted {
    pub territories: BTreeMap<TerritoryId, Vec<Polygon>>,
    pub context: Vec<Polygon>,
}

fn rect(b: LonLatBox) -> Rect {
    Rect {
        x: b.west,
        y: b.south,
        w: b.east - b.west,
        h: b.north - b.south,
    }
}

/// Clips every ring of a polygon; `None` when the exterior falls outside.
fn clip_polygon(polygon: &Polygon, area: Rect) -> Option<Polygon> {
    let mut rings = polygon.iter().map(|ring| clip_ring(ring, area));
    let exterior = rings
        .next()
        .filter(|r| r.len() >= 3 && ring_area2(r) != 0.0)?;
    Some(
        std::iter::once(exterior)
            .chain(rings.filter(|r| r.len() >= 3 && ring_area2(r) != 0.0))
            .collect(),
    )
}

pub fn extract(land: &[Polygon], data_box: LonLatBox) -> Result<Extracted, String> {
    let area = rect(data_box);
    let south = Rect {
        h: SAKHALIN_CUT_LAT - area.y,
        ..area
    };
    let north = Rect {
        y: SAKHALIN_CUT_LAT,
        h: area.y + area.h - SAKHALIN_CUT_LAT,
        ..area
    };
    let mut territories: BTreeMap<TerritoryId, Vec<Polygon>> = BTreeMap::new();
    let mut context = Vec::new();
    for polygon in land {
        // Degenerate slivers (no area) carry no land.
        if polygon
            .first()
            .is_none_or(|exterior| ring_area2(exterior) == 0.0)
        {
            continue;
        }
        let Some(clipped) = clip_polygon(polygon, area) else {
            continue;
        };
        match assign(&polygon[0]) {
            Assignment::Territory(id) => territories.entry(id).or_default().push(clipped),
            Assignment::Context => context.push(clipped),
            Assignment::Sakhalin => {
                for (id, half) in [
                    (TerritoryId::SakhalinSouth, south),
                    (TerritoryId::SakhalinNorth, north),
                ] {
                    if let Some(part) = clip_polygon(&clipped, half) {
                        territories.entry(id).or_default().push(part);
                    }
                }
            }
        }
    }
    let missing: Vec<&str> = TerritoryId::ALL
        .iter()
        .filter(|id| !territories.contains_key(id))
        .map(|id| id.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "no land found for {}: has the source or the data box changed?",
            missing.join(", ")
        ));
    }
    Ok(Extracted {
        territories,
        context,
    })
}

fn coordinate(value: f64) -> String {
    let text = format!("{value:.DECIMALS$}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// A ring as GeoJSON positions: rounded, without repeats, closed, and wound
/// as RFC 7946 asks (exteriors counter-clockwise, holes clockwise).
fn ring_json(ring: &[Point], exterior: bool) -> String {
    let mut points: Vec<(String, String)> = Vec::with_capacity(ring.len() + 1);
    for p in ring {
        let q = (coordinate(p.x), coordinate(p.y));
        if points.last() != Some(&q) {
            points.push(q);
        }
    }
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    let counter_clockwise = ring_area2(ring) > 0.0;
    if counter_clockwise != exterior {
        points.reverse();
    }
    if let Some(first) = points.first().cloned() {
        points.push(first);
    }
    let positions: Vec<String> = points.iter().map(|(x, y)| format!("[{x},{y}]")).collect();
    format!("[{}]", positions.join(","))
}

fn multipolygon_json(polygons: &[Polygon]) -> String {
    let polygons: Vec<String> = polygons
        .iter()
        .map(|polygon| {
            let rings: Vec<String> = polygon
                .iter()
                .enumerate()
                .map(|(i, ring)| ring_json(ring, i == 0))
                .collect();
            format!("[{}]", rings.join(","))
        })
        .collect();
    format!(
        "{{\"type\":\"MultiPolygon\",\"coordinates\":[{}]}}",
        polygons.join(",")
    )
}

/// A FeatureCollection with one feature per line, so diffs stay readable.
fn collection(features: &[(String, String, String)]) -> String {
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (i, (id, description, geometry)) in features.iter().enumerate() {
        let separator = if i + 1 < features.len() { "," } else { "" };
        let _ = writeln!(
            out,
            "{{\"type\":\"Feature\",\"id\":{id:?},\"properties\":{{\"id\":{id:?},\"description\":{description:?},\"source\":{SOURCE:?}}},\"geometry\":{geometry}}}{separator}"
        );
    }
    out.push_str("]}\n");
    out
}

/// What each territory feature holds, for people reading the file.
fn description(id: TerritoryId) -> &'static str {
    match id {
        TerritoryId::Hokkaido => "Hokkaido with Rishiri, Rebun, Okushiri and Oshima-Oshima",
        TerritoryId::SakhalinSouth => "Sakhalin south of 50 N",
        TerritoryId::SakhalinNorth => "Sakhalin north of 50 N",
        TerritoryId::KurilsNorth => "The Kuril Islands from Urup to Shumshu",
        TerritoryId::Iturup => "Iturup / Etorofu",
        TerritoryId::Kunashir => "Kunashir / Kunashiri",
        TerritoryId::Shikotan => "Shikotan",
        TerritoryId::Habomai => {
            "Habomai islets (Tanfilyev/Suisho, Yuri, Zeleny/Shibotsu, Polonsky/Taraku)"
        }
    }
}

/// The two files' contents: (territories.geojson, context.geojson).
pub fn to_geojson(extracted: &Extracted) -> (String, String) {
    let territories: Vec<(String, String, String)> = extracted
        .territories
        .iter()
        .map(|(id, polygons)| {
            (
                id.as_str().to_owned(),
                description(*id).to_owned(),
                multipolygon_json(polygons),
            )
        })
        .collect();
    let context = vec![(
        "context-land".to_owned(),
        "Neighbouring land: mainland Asia, Kamchatka, Honshu, the Shantar Islands".to_owned(),
        multipolygon_json(&extracted.context),
    )];
    (collection(&territories), collection(&context))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(lon: f64, lat: f64, size: f64) -> Vec<Point> {
        vec![
            Point { x: lon, y: lat },
            Point {
                x: lon + size,
                y: lat,
            },
            Point {
                x: lon + size,
                y: lat + size,
            },
            Point {
                x: lon,
                y: lat + size,
            },
        ]
    }

    const BOX: LonLatBox = LonLatBox {
        west: 135.0,
        south: 40.0,
        east: 160.5,
        north: 56.5,
    };

    fn all_territories_plus(extra: Vec<Polygon>) -> Vec<Polygon> {
        let mut land: Vec<Polygon> = [
            (141.3, 43.0),
            (145.9, 43.42),
            (146.7, 43.75),
            (145.9, 44.1),
            (147.8, 45.0),
            (150.0, 45.9),
        ]
        .iter()
        .map(|&(lon, lat)| vec![square(lon, lat, 0.02)])
        .collect();
        land.extend(extra);
        land
    }

    #[test]
    fn sakhalin_is_cut_at_the_50th_parallel() {
        let sakhalin = vec![square(142.0, 48.0, 4.0)];
        let out = extract(&all_territories_plus(vec![sakhalin]), BOX).unwrap();
        let south = &out.territories[&TerritoryId::SakhalinSouth][0][0];
        let north = &out.territories[&TerritoryId::SakhalinNorth][0][0];
        assert!(south.iter().all(|p| p.y <= 50.0) && south.iter().any(|p| p.y == 50.0));
        assert!(north.iter().all(|p| p.y >= 50.0) && north.iter().any(|p| p.y == 50.0));
    }

    #[test]
    fn land_is_clipped_to_the_box_and_a_missing_territory_is_an_error() {
        let mainland = vec![square(120.0, 30.0, 20.0)];
        let out = extract(
            &all_territories_plus(vec![vec![square(142.0, 48.0, 4.0)], mainland]),
            BOX,
        )
        .unwrap();
        assert!(out.context[0][0]
            .iter()
            .all(|p| p.x >= 135.0 && p.y >= 40.0));
        let error = extract(&all_territories_plus(Vec::new()), BOX)
            .err()
            .unwrap();
        assert!(error.contains("sakhalin-south, sakhalin-north"), "{error}");
    }

    #[test]
    fn rings_are_rounded_closed_and_wound_counter_clockwise() {
        let clockwise: Vec<Point> = square(140.0, 41.0, 0.5).into_iter().rev().collect();
        assert_eq!(
            ring_json(&clockwise, true),
            "[[140,41],[140.5,41],[140.5,41.5],[140,41.5],[140,41]]"
        );
        assert_eq!(coordinate(142.123_456), "142.1235");
        assert_eq!(coordinate(-0.000_01), "0");
    }
}
