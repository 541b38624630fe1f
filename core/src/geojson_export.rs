//! The territories as GeoJSON (RFC 7946) for the year shown, for GIS classes:
//! one Feature per territory, its outline as a MultiPolygon in longitude and
//! latitude, its status and names as properties.
//!
//! The live page has only the projected SVG path data of the served map, so
//! the outlines are read back from it ([`decode_path`]) and unprojected: they
//! are the map's simplified coastlines (about 170 m per SVG unit), not the
//! source data's.

use crate::geometry::{decode_path, ring_area2, Point};
use crate::map::Projector;
use crate::territory::TerritoryId;
use crate::text::fixed;

/// Digits after the point of a degree: 0.00001° is about a metre, finer than
/// the map's unit, and RFC 7946 (§11.2) advises against more.
const DECIMALS: u32 = 5;

/// A FeatureCollection with one Feature per shape, in the order given:
/// `id` the territory's id, `geometry` a MultiPolygon (or `null` when the
/// path holds no ring), `properties` what `properties` gives, as strings.
/// `shapes` pairs each territory with its SVG path data (`d`).
pub fn territories_geojson(
    shapes: &[(TerritoryId, &str)],
    projector: &Projector,
    properties: impl Fn(TerritoryId) -> Vec<(&'static str, String)>,
) -> String {
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"features\":[");
    for (i, &(id, d)) in shapes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("\n{\"type\":\"Feature\",\"id\":");
        out.push_str(&json_string(id.as_str()));
        out.push_str(",\"geometry\":");
        write_multipolygon(&mut out, &lonlat_polygons(&decode_path(d), projector));
        out.push_str(",\"properties\":{");
        for (j, (name, value)) in properties(id).iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str(&json_string(name));
            out.push(':');
            out.push_str(&json_string(value));
        }
        out.push_str("}}");
    }
    out.push_str("\n]}\n");
    out
}

/// A JSON string literal (RFC 8259 §7): quotes and backslashes escaped,
/// control characters written as escapes; U+2028 and U+2029 too, which are
/// valid JSON but end a line in older JavaScript. Everything else stays UTF-8.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' || c == '\u{2028}' || c == '\u{2029}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = c as usize;
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(char::from(HEX[(code >> shift) & 0xf]));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A polygon: its exterior ring, then its holes; points in degrees
/// (`x` longitude, `y` latitude: y up, unlike SVG).
type Polygon = Vec<Vec<Point>>;

/// The SVG rings unprojected and grouped into polygons, wound as RFC 7946
/// asks (§3.1.6): exteriors counter-clockwise, holes clockwise. Which ring
/// is a hole is found by nesting, not by the SVG winding, which the
/// projection's flip of y and the source data leave unreliable. Rings with
/// no area are left out.
fn lonlat_polygons(svg_rings: &[Vec<Point>], projector: &Projector) -> Vec<Polygon> {
    let rings: Vec<Vec<Point>> = svg_rings
        .iter()
        .map(|ring| {
            ring.iter()
                .map(|&p| {
                    let at = projector.to_lonlat(p);
                    Point {
                        x: at.lon,
                        y: at.lat,
                    }
                })
                .collect::<Vec<Point>>()
        })
        .filter(|ring| ring.len() >= 3 && ring_area2(ring) != 0.0)
        .collect();
    nest_rings(rings)
}

/// Groups rings into polygons by nesting: a ring inside an even number of
/// others is an exterior, inside an odd number a hole of the smallest ring
/// around it (an island in a lake is an exterior again). Then winds each.
fn nest_rings(rings: Vec<Vec<Point>>) -> Vec<Polygon> {
    let areas: Vec<f64> = rings.iter().map(|ring| ring_area2(ring).abs()).collect();
    // The smallest larger ring around each ring's first point. Areas grow
    // along the chain, so following parents always ends.
    let parents: Vec<Option<usize>> = (0..rings.len())
        .map(|i| {
            (0..rings.len())
                .filter(|&j| areas[j] > areas[i] && contains(&rings[j], rings[i][0]))
                .min_by(|&a, &b| areas[a].total_cmp(&areas[b]))
        })
        .collect();
    let depth = |mut i: usize| {
        let mut depth = 0;
        while let Some(parent) = parents[i] {
            depth += 1;
            i = parent;
        }
        depth
    };
    let mut polygons: Vec<Polygon> = Vec::new();
    let mut polygon_of = vec![usize::MAX; rings.len()];
    let is_exterior: Vec<bool> = (0..rings.len()).map(|i| depth(i) % 2 == 0).collect();
    for (i, ring) in rings.iter().enumerate() {
        if is_exterior[i] {
            polygon_of[i] = polygons.len();
            polygons.push(vec![wound(ring, true)]);
        }
    }
    for (i, ring) in rings.iter().enumerate() {
        let polygon = parents[i].map(|parent| polygon_of[parent]);
        if let (false, Some(polygon)) = (is_exterior[i], polygon) {
            polygons[polygon].push(wound(ring, false));
        }
    }
    polygons
}

/// Whether `p` is inside `ring` (even–odd rule, by a ray towards +x).
fn contains(ring: &[Point], p: Point) -> bool {
    let mut inside = false;
    let mut previous = match ring.last() {
        Some(&last) => last,
        None => return false,
    };
    for &current in ring {
        if (current.y > p.y) != (previous.y > p.y)
            && p.x
                < previous.x
                    + (p.y - previous.y) / (current.y - previous.y) * (current.x - previous.x)
        {
            inside = !inside;
        }
        previous = current;
    }
    inside
}

/// The ring counter-clockwise (`exterior`) or clockwise (a hole), y up.
fn wound(ring: &[Point], exterior: bool) -> Vec<Point> {
    let counter_clockwise = ring_area2(ring) > 0.0;
    let mut ring = ring.to_vec();
    if counter_clockwise != exterior {
        ring.reverse();
    }
    ring
}

/// `{"type":"MultiPolygon","coordinates":[…]}`, each ring closed by repeating
/// its first point; `null` for no polygon (RFC 7946 §3.2: an unlocated Feature).
fn write_multipolygon(out: &mut String, polygons: &[Polygon]) {
    if polygons.is_empty() {
        out.push_str("null");
        return;
    }
    out.push_str("{\"type\":\"MultiPolygon\",\"coordinates\":[");
    for (i, polygon) in polygons.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        for (j, ring) in polygon.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push('[');
            for (k, p) in ring.iter().chain(ring.first()).enumerate() {
                if k > 0 {
                    out.push(',');
                }
                out.push('[');
                out.push_str(&fixed(p.x, DECIMALS));
                out.push(',');
                out.push_str(&fixed(p.y, DECIMALS));
                out.push(']');
            }
            out.push(']');
        }
        out.push(']');
    }
    out.push_str("]}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::encode_path;
    use crate::history::LonLat;
    use crate::projection::ConicConformal;

    fn projector() -> Projector {
        Projector {
            conic: ConicConformal::new((43.0, 52.0), (148.0, 48.0)),
            scale: 10_000.0,
            offset: Point {
                x: 5000.0,
                y: 4000.0,
            },
        }
    }

    /// A ring of longitude/latitude corners, projected to SVG.
    fn svg_ring(corners: &[(f64, f64)]) -> Vec<Point> {
        corners
            .iter()
            .map(|&(lon, lat)| projector().to_svg(LonLat { lon, lat }))
            .collect()
    }

    #[test]
    fn json_strings_escape_what_json_requires() {
        for (text, expected) in [
            ("Iturup", r#""Iturup""#),
            ("択捉島 Итуруп", "\"択捉島 Итуруп\""),
            (r#"say "hi""#, r#""say \"hi\"""#),
            (r"back\slash", r#""back\\slash""#),
            ("a\nb\r\tc", r#""a\nb\r\tc""#),
            ("\u{0}\u{1f}\u{8}\u{c}", r#""\u0000\u001f\b\f""#),
            ("\u{2028}\u{2029}", r#""\u2028\u2029""#),
            ("</script>", r#""</script>""#),
            ("\u{7f}", "\"\u{7f}\""),
        ] {
            assert_eq!(json_string(text), expected, "{text:?}");
        }
    }

    #[test]
    fn rings_nest_into_polygons_wound_as_rfc_7946_asks() {
        // An island with a lake holding an islet, and a second island: drawn
        // in SVG in every winding, to check that none is trusted.
        let island = svg_ring(&[(146.0, 44.0), (148.0, 44.0), (148.0, 46.0), (146.0, 46.0)]);
        let mut lake = svg_ring(&[(146.5, 44.5), (147.5, 44.5), (147.5, 45.5), (146.5, 45.5)]);
        lake.reverse();
        let islet = svg_ring(&[(146.8, 44.8), (147.2, 44.8), (147.2, 45.2), (146.8, 45.2)]);
        let mut other = svg_ring(&[(150.0, 47.0), (151.0, 47.0), (151.0, 48.0)]);
        other.reverse();
        let polygons = lonlat_polygons(&[lake, other, islet, island], &projector());
        assert_eq!(polygons.len(), 3, "other, islet, island: {polygons:?}");
        let rings_per_polygon: Vec<usize> = polygons.iter().map(Vec::len).collect();
        assert_eq!(
            rings_per_polygon,
            [1, 1, 2],
            "the lake is the island's hole"
        );
        for polygon in &polygons {
            assert!(ring_area2(&polygon[0]) > 0.0, "exterior counter-clockwise");
            for hole in &polygon[1..] {
                assert!(ring_area2(hole) < 0.0, "hole clockwise");
            }
        }
        let (west, south) = (polygons[2][0][0].x, polygons[2][0][0].y);
        assert!((west - 146.0).abs() < 1e-9 && (south - 44.0).abs() < 1e-9);
        assert!(!contains(&[], Point { x: 0.0, y: 0.0 }));
    }

    #[test]
    fn the_collection_has_a_feature_per_territory_in_degrees() {
        let square = svg_ring(&[(147.0, 45.0), (148.0, 45.0), (148.0, 46.0), (147.0, 46.0)]);
        let d = encode_path(&[square]);
        let shapes = [
            (TerritoryId::Iturup, d.as_str()),
            (TerritoryId::Habomai, ""),
        ];
        let json = territories_geojson(&shapes, &projector(), |id| {
            vec![
                ("name", id.as_str().to_owned()),
                ("note", "\"quoted\"\n\\".to_owned()),
            ]
        });
        assert!(json.starts_with("{\"type\":\"FeatureCollection\",\"features\":[\n"));
        assert!(json.contains(
            "{\"type\":\"Feature\",\"id\":\"habomai\",\"geometry\":null,\
             \"properties\":{\"name\":\"habomai\",\"note\":\"\\\"quoted\\\"\\n\\\\\"}}"
        ));
        // Rounded to whole SVG units (about 100 m here), the corners come back
        // within a few thousandths of a degree, counter-clockwise and closed.
        let iturup = json
            .split("\"coordinates\":[[[")
            .nth(1)
            .and_then(|rest| rest.split("]]]").next())
            .expect("Iturup has coordinates");
        let pairs: Vec<(&str, &str)> = iturup
            .trim_matches(|c| c == '[' || c == ']')
            .split("],[")
            .map(|pair| pair.split_once(',').expect("a pair"))
            .collect();
        let decimals = |number: &str| number.split('.').nth(1).map_or(0, str::len);
        assert!(
            pairs
                .iter()
                .all(|(lon, lat)| decimals(lon) <= 5 && decimals(lat) <= 5),
            "five decimals at most: {iturup}"
        );
        let points: Vec<(f64, f64)> = pairs
            .iter()
            .map(|(lon, lat)| (lon.parse().expect("lon"), lat.parse().expect("lat")))
            .collect();
        assert_eq!(points.len(), 5);
        assert_eq!(points.first(), points.last(), "closed");
        let expected = [(147.0, 45.0), (148.0, 45.0), (148.0, 46.0), (147.0, 46.0)];
        for (p, e) in points.iter().zip(expected) {
            assert!(
                (p.0 - e.0).abs() < 0.01 && (p.1 - e.1).abs() < 0.01,
                "{p:?}"
            );
        }
    }

    #[cfg(feature = "loader")]
    #[test]
    fn the_output_is_json() {
        let square = svg_ring(&[(147.0, 45.0), (148.0, 45.0), (148.0, 46.0), (147.0, 46.0)]);
        let d = encode_path(&[square]);
        let hostile = "\"}]\u{0}\\u0000\u{2028}</script>";
        let json = territories_geojson(&[(TerritoryId::Iturup, &d)], &projector(), |_| {
            vec![("name", hostile.to_owned()), ("year", "1905".to_owned())]
        });
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let feature = &value["features"][0];
        assert_eq!(feature["id"], "iturup");
        assert_eq!(feature["properties"]["name"], hostile);
        assert_eq!(feature["geometry"]["type"], "MultiPolygon");
    }
}
