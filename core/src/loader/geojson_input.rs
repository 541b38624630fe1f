//! `geo/territories.geojson` and `geo/context.geojson` → validated polygons.

use std::collections::BTreeMap;

use geojson::{Feature, GeoJson, GeometryValue, PolygonType};

use super::map_input::LonLatBox;
use super::{DataError, Report};
use crate::history::LonLat;
use crate::territory::TerritoryId;

/// A polygon in longitude/latitude: an exterior ring and its holes, each
/// ring closed (last point equals the first).
#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    pub exterior: Vec<LonLat>,
    pub holes: Vec<Vec<LonLat>>,
}

/// The coastline shapes: one entry per territory in [`TerritoryId::ALL`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct Shapes {
    pub territories: Vec<(TerritoryId, Vec<Polygon>)>,
}

const CONTEXT_ID: &str = "context-land";

fn feature_collection(file: &str, text: &str) -> Result<Vec<Feature>, Vec<DataError>> {
    let fail = |message: String| {
        vec![DataError {
            file: file.to_owned(),
            record: "file".into(),
            message,
        }]
    };
    match text.parse::<GeoJson>() {
        Ok(GeoJson::FeatureCollection(collection)) => Ok(collection.features),
        Ok(_) => Err(fail("is not a GeoJSON FeatureCollection".into())),
        Err(e) => Err(fail(format!("is not valid GeoJSON: {e}"))),
    }
}

fn feature_id(feature: &Feature) -> Option<String> {
    match &feature.id {
        Some(geojson::feature::Id::String(id)) => Some(id.clone()),
        _ => feature
            .properties
            .as_ref()?
            .get("id")?
            .as_str()
            .map(str::to_owned),
    }
}

fn polygons(
    report: &mut Report,
    record: &str,
    feature: &Feature,
    bounds: LonLatBox,
) -> Vec<Polygon> {
    let raw: Vec<&PolygonType> = match feature.geometry.as_ref().map(|g| &g.value) {
        Some(GeometryValue::MultiPolygon { coordinates }) => coordinates.iter().collect(),
        Some(GeometryValue::Polygon { coordinates }) => vec![coordinates],
        Some(other) => {
            report.error(
                record,
                format!(
                    "geometry is a {}, expected Polygon or MultiPolygon",
                    other.type_name()
                ),
            );
            return Vec::new();
        }
        None => {
            report.error(record, "has no geometry");
            return Vec::new();
        }
    };
    if raw.is_empty() {
        report.error(record, "has an empty geometry");
    }
    let mut result = Vec::new();
    for (p, rings) in raw.into_iter().enumerate() {
        let mut checked = Vec::new();
        for (r, ring) in rings.iter().enumerate() {
            let name = format!("{record}, polygon {}, ring {}", p + 1, r + 1);
            if let Some(ring) = check_ring(report, &name, ring, bounds) {
                checked.push(ring);
            }
        }
        if checked.len() == rings.len() && !checked.is_empty() {
            let exterior = checked.remove(0);
            result.push(Polygon {
                exterior,
                holes: checked,
            });
        } else if rings.is_empty() {
            report.error(format!("{record}, polygon {}", p + 1), "has no ring");
        }
    }
    result
}

fn check_ring(
    report: &mut Report,
    name: &str,
    ring: &[geojson::Position],
    bounds: LonLatBox,
) -> Option<Vec<LonLat>> {
    let before = report.errors.len();
    if ring.len() < 4 {
        report.error(
            name,
            format!("has {} positions; a ring needs at least 4", ring.len()),
        );
    }
    let mut points = Vec::with_capacity(ring.len());
    for (i, position) in ring.iter().enumerate() {
        let &[lon, lat] = position.as_slice() else {
            report.error(
                name,
                format!(
                    "position {} has {} coordinates, expected [lon, lat]",
                    i + 1,
                    position.len()
                ),
            );
            continue;
        };
        if !lon.is_finite() || !lat.is_finite() {
            report.error(name, format!("position {} is not a finite number", i + 1));
        } else if !bounds.contains(lon, lat) {
            report.error(
                name,
                format!(
                    "position {} [{lon}, {lat}] is outside the data box {bounds}",
                    i + 1
                ),
            );
        }
        points.push(LonLat { lon, lat });
    }
    if points.len() >= 2 && points.first() != points.last() {
        report.error(
            name,
            "is not closed (its last position must repeat the first)",
        );
    }
    (report.errors.len() == before).then_some(points)
}

/// Parses the territories file: exactly one feature per [`TerritoryId`].
pub fn parse_territories(
    file: &str,
    text: &str,
    bounds: LonLatBox,
) -> Result<Shapes, Vec<DataError>> {
    let features = feature_collection(file, text)?;
    let mut report = Report::new(file);
    let mut by_id: BTreeMap<TerritoryId, Vec<Polygon>> = BTreeMap::new();
    for (index, feature) in features.iter().enumerate() {
        let Some(raw_id) = feature_id(feature) else {
            report.error(
                format!("feature {}", index + 1),
                "has no id (set \"id\" or properties.id)",
            );
            continue;
        };
        let record = format!("feature `{raw_id}`");
        let Some(id) = TerritoryId::parse(&raw_id) else {
            let ids: Vec<_> = TerritoryId::ALL.iter().map(|id| id.as_str()).collect();
            report.error(
                &record,
                format!("unknown territory id (expected one of {})", ids.join(", ")),
            );
            continue;
        };
        let shapes = polygons(&mut report, &record, feature, bounds);
        if by_id.insert(id, shapes).is_some() {
            report.error(&record, "appears twice");
        }
    }
    for id in TerritoryId::ALL {
        if !by_id.contains_key(&id) {
            report.error(format!("feature `{id}`"), "is missing");
        }
    }
    if report.errors.is_empty() {
        Ok(Shapes {
            territories: by_id.into_iter().collect(),
        })
    } else {
        Err(report.errors)
    }
}

/// Parses the context-land file: features that are not territories.
pub fn parse_context(
    file: &str,
    text: &str,
    bounds: LonLatBox,
) -> Result<Vec<Polygon>, Vec<DataError>> {
    let features = feature_collection(file, text)?;
    let mut report = Report::new(file);
    let mut all = Vec::new();
    for (index, feature) in features.iter().enumerate() {
        let id = feature_id(feature).unwrap_or_default();
        let record = format!("feature {} `{id}`", index + 1);
        if id != CONTEXT_ID {
            report.error(
                &record,
                format!("context features must have id `{CONTEXT_ID}`"),
            );
            continue;
        }
        all.extend(polygons(&mut report, &record, feature, bounds));
    }
    if report.errors.is_empty() {
        Ok(all)
    } else {
        Err(report.errors)
    }
}
