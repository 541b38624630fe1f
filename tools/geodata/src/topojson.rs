//! Just enough TopoJSON to read world-atlas's `land-10m.json`: quantized,
//! delta-encoded arcs, and one object holding a MultiPolygon (or Polygons).
//! See https://github.com/topojson/topojson-specification.

use kurils_core::geometry::Point;
use serde_json::Value;

/// A polygon in longitude/latitude (x = lon, y = lat): the exterior ring first,
/// then holes. Rings are open (the first point is not repeated at the end).
pub type Polygon = Vec<Vec<Point>>;

fn number(value: &Value, what: &str) -> Result<f64, String> {
    value
        .as_f64()
        .ok_or_else(|| format!("{what} is not a number"))
}

fn pair(value: &Value, what: &str) -> Result<(f64, f64), String> {
    match value.as_array().map(Vec::as_slice) {
        Some([a, b, ..]) => Ok((number(a, what)?, number(b, what)?)),
        _ => Err(format!("{what} is not a pair of numbers")),
    }
}

/// Decodes every arc into absolute longitude/latitude.
fn decode_arcs(topology: &Value) -> Result<Vec<Vec<Point>>, String> {
    let transform = &topology["transform"];
    let (sx, sy) = pair(&transform["scale"], "transform.scale")?;
    let (tx, ty) = pair(&transform["translate"], "transform.translate")?;
    let arcs = topology["arcs"]
        .as_array()
        .ok_or("the topology has no arcs")?;
    arcs.iter()
        .enumerate()
        .map(|(i, arc)| {
            let deltas = arc
                .as_array()
                .ok_or_else(|| format!("arc {i} is not a list"))?;
            let (mut x, mut y) = (0.0, 0.0);
            deltas
                .iter()
                .map(|delta| {
                    let (dx, dy) = pair(delta, "an arc position")?;
                    (x, y) = (x + dx, y + dy);
                    Ok(Point {
                        x: x * sx + tx,
                        y: y * sy + ty,
                    })
                })
                .collect()
        })
        .collect()
}

/// A ring from arc indexes: a negative index `!i` means arc `i` reversed, and
/// consecutive arcs share their joining point.
fn ring(arcs: &[Vec<Point>], indexes: &Value) -> Result<Vec<Point>, String> {
    let mut points: Vec<Point> = Vec::new();
    for index in indexes
        .as_array()
        .ok_or("a ring is not a list of arc indexes")?
    {
        let i = index.as_i64().ok_or("an arc index is not an integer")?;
        let arc = arcs
            .get(if i >= 0 { i as usize } else { !i as usize })
            .ok_or_else(|| format!("arc index {i} is out of range"))?;
        let step: Box<dyn Iterator<Item = &Point>> = if i >= 0 {
            Box::new(arc.iter())
        } else {
            Box::new(arc.iter().rev())
        };
        let skip = usize::from(!points.is_empty());
        points.extend(step.skip(skip));
    }
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    Ok(points)
}

fn polygon(arcs: &[Vec<Point>], rings: &Value) -> Result<Polygon, String> {
    rings
        .as_array()
        .ok_or("a polygon is not a list of rings")?
        .iter()
        .map(|r| ring(arcs, r))
        .collect()
}

/// Every polygon of the named object (a GeometryCollection of Polygons and
/// MultiPolygons, or a single one of them).
pub fn polygons(text: &str, object: &str) -> Result<Vec<Polygon>, String> {
    let topology: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    if topology["type"] != "Topology" {
        return Err("not a TopoJSON Topology".into());
    }
    let arcs = decode_arcs(&topology)?;
    let root = &topology["objects"][object];
    let geometries: Vec<&Value> = match root["type"].as_str() {
        Some("GeometryCollection") => root["geometries"]
            .as_array()
            .ok_or("no geometries")?
            .iter()
            .collect(),
        Some(_) => vec![root],
        None => return Err(format!("the topology has no object `{object}`")),
    };
    let mut all = Vec::new();
    for geometry in geometries {
        match geometry["type"].as_str() {
            Some("Polygon") => all.push(polygon(&arcs, &geometry["arcs"])?),
            Some("MultiPolygon") => {
                for rings in geometry["arcs"]
                    .as_array()
                    .ok_or("a MultiPolygon without arcs")?
                {
                    all.push(polygon(&arcs, rings)?);
                }
            }
            other => return Err(format!("unexpected geometry type {other:?}")),
        }
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_quantized_delta_arcs_and_joins_them_into_rings() {
        // Two arcs forming a unit square at 1/10 scale, offset by (100, 40):
        // arc 0 goes (0,0)→(10,0)→(10,10); arc 1 goes (0,0)→(0,10)→(10,10), used reversed.
        let text = r#"{"type":"Topology","transform":{"scale":[0.1,0.1],"translate":[100,40]},
            "arcs":[[[0,0],[10,0],[0,10]],[[0,0],[0,10],[10,0]]],
            "objects":{"land":{"type":"GeometryCollection","geometries":[{"type":"MultiPolygon","arcs":[[[0,-2]]]}]}}}"#;
        let land = polygons(text, "land").unwrap();
        let xy: Vec<(f64, f64)> = land[0][0].iter().map(|p| (p.x, p.y)).collect();
        assert_eq!(
            xy,
            vec![(100.0, 40.0), (101.0, 40.0), (101.0, 41.0), (100.0, 41.0)]
        );
        assert!(polygons(text, "countries").is_err());
    }
}
