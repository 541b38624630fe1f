//! The coastline loader rejects malformed GeoJSON, naming the file and the feature.

use kurils_core::loader::{parse_context, parse_territories};
use kurils_core::TerritoryId;

const FILE: &str = "geo/territories.geojson";

fn bounds() -> kurils_core::loader::LonLatBox {
    kurils_core::loader::LonLatBox {
        west: 135.0,
        south: 40.5,
        east: 160.5,
        north: 56.5,
    }
}

/// A small closed square at (lon, lat).
fn square(lon: f64, lat: f64) -> String {
    format!(
        "[[[{lon},{lat}],[{},{lat}],[{},{}],[{lon},{}],[{lon},{lat}]]]",
        lon + 0.1,
        lon + 0.1,
        lat + 0.1,
        lat + 0.1
    )
}

fn feature(id: &str, polygon: &str) -> String {
    format!(
        r#"{{"type":"Feature","id":"{id}","properties":{{"id":"{id}"}},"geometry":{{"type":"MultiPolygon","coordinates":[{polygon}]}}}}"#
    )
}

fn collection(features: &[String]) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

fn all_territories() -> Vec<String> {
    TerritoryId::ALL
        .iter()
        .enumerate()
        .map(|(i, id)| feature(id.as_str(), &square(140.0 + i as f64, 45.0)))
        .collect()
}

fn errors_of(text: &str) -> String {
    let errors = parse_territories(FILE, text, bounds()).expect_err("should be rejected");
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn eight_well_formed_features_load_in_territory_order() {
    let mut features = all_territories();
    features.reverse();
    let shapes = parse_territories(FILE, &collection(&features), bounds()).unwrap();
    let ids: Vec<TerritoryId> = shapes.territories.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, TerritoryId::ALL);
    assert_eq!(shapes.territories[0].1[0].exterior.len(), 5);
}

#[test]
fn unknown_and_missing_ids_are_named() {
    let mut features = all_territories();
    features[7] = feature("habomai-islets", &square(150.0, 45.0));
    let errors = errors_of(&collection(&features));
    assert!(
        errors.contains("geo/territories.geojson: feature `habomai-islets`: unknown territory id"),
        "{errors}"
    );
    assert!(
        errors.contains("geo/territories.geojson: feature `habomai`: is missing"),
        "{errors}"
    );
}

#[test]
fn invalid_rings_are_named_with_their_polygon_and_ring() {
    let mut features = all_territories();
    features[4] = feature("iturup", "[[[147,45],[148,45],[147,45]]]");
    features[5] = feature("kunashir", "[[[145,44],[146,44],[146,45],[145,45]]]");
    let errors = errors_of(&collection(&features));
    assert!(
        errors.contains(
            "feature `iturup`, polygon 1, ring 1: has 3 positions; a ring needs at least 4"
        ),
        "{errors}"
    );
    assert!(
        errors.contains("feature `kunashir`, polygon 1, ring 1: is not closed"),
        "{errors}"
    );
}

#[test]
fn coordinates_outside_the_data_box_are_named() {
    let mut features = all_territories();
    features[0] = feature("hokkaido", &square(120.0, 45.0));
    let errors = errors_of(&collection(&features));
    assert!(
        errors.contains(
            "feature `hokkaido`, polygon 1, ring 1: position 1 [120, 45] is outside the data box"
        ),
        "{errors}"
    );
}

#[test]
fn non_geojson_and_wrong_geometry_types_are_rejected() {
    assert!(errors_of("{\"type\":\"Nonsense\"}")
        .contains("geo/territories.geojson: file: is not valid GeoJSON"));
    let mut features = all_territories();
    features[1] = r#"{"type":"Feature","id":"sakhalin-south","properties":{},"geometry":{"type":"Point","coordinates":[142,47]}}"#.to_owned();
    assert!(errors_of(&collection(&features)).contains(
        "feature `sakhalin-south`: geometry is a Point, expected Polygon or MultiPolygon"
    ));
}

#[test]
fn context_features_must_be_context_land() {
    let good = collection(&[feature("context-land", &square(136.0, 50.0))]);
    assert_eq!(
        parse_context("geo/context.geojson", &good, bounds())
            .unwrap()
            .len(),
        1
    );
    let bad = collection(&[feature("hokkaido", &square(136.0, 50.0))]);
    let errors = parse_context("geo/context.geojson", &bad, bounds()).unwrap_err();
    assert!(errors[0].to_string().contains(
        "geo/context.geojson: feature 1 `hokkaido`: context features must have id `context-land`"
    ));
}
