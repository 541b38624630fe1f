//! Extraction of the map's coastlines from Natural Earth 10m land: the
//! reproducible recipe behind `geo/territories.geojson` and `geo/context.geojson`.

pub mod classify;
pub mod extract;
pub mod topojson;

use kurils_core::loader::parse_map_settings;

/// The two files' contents, (territories.geojson, context.geojson), from the
/// text of world-atlas's `land-10m.json` and of `geo/map.toml` (its data box).
pub fn geojson_files(land_topojson: &str, map_toml: &str) -> Result<(String, String), String> {
    let settings = parse_map_settings("geo/map.toml", map_toml).map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let land = topojson::polygons(land_topojson, "land")?;
    let extracted = extract::extract(&land, settings.data_box)?;
    Ok(extract::to_geojson(&extracted))
}
