//! The committed coastline files are exactly what the documented extraction
//! produces from the pinned Natural Earth package: nobody hand-edited them.

use std::path::Path;

#[test]
fn geo_files_match_a_fresh_extraction() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let land = root.join("end2end/node_modules/world-atlas/land-10m.json");
    let land = std::fs::read_to_string(&land).unwrap_or_else(|e| {
        panic!("{}: {e}\nThe Natural Earth source comes from the Node lockfile: run `npm ci --prefix end2end` (make test does).", land.display())
    });
    let read = |name: &str| std::fs::read_to_string(root.join("geo").join(name)).unwrap();
    let (territories, context) = geodata::geojson_files(&land, &read("map.toml")).unwrap();
    assert!(
        territories == read("territories.geojson"),
        "geo/territories.geojson differs from a fresh extraction: run `make geodata`"
    );
    assert!(
        context == read("context.geojson"),
        "geo/context.geojson differs from a fresh extraction: run `make geodata`"
    );
}
